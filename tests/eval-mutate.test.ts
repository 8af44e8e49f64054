import { describe, expect, it } from 'vitest';
import { codes } from '../src/codes/index.ts';
import type { CodeDefinition } from '../src/codes/types.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import {
  type MutationReport,
  memoProcessor,
  mutationPassed,
  mutationTest,
  runMutant,
  summarizeMutation,
} from '../src/eval/mutate.ts';
import { readCaseInput } from '../src/eval/run.ts';
import { processNote } from '../src/pipeline/process.ts';
import { findingKey } from '../src/schemas/findings.ts';
import { flipDiagnosisSide, insertNot, rewriteSpans, swapSides } from '../src/validate/rules/mutation.ts';

describe('text and claim edits', () => {
  it.each([
    ['Informed consent was obtained.', 'Informed consent was not obtained.'],
    ['The MRI scans were reviewed preoperatively.', 'The MRI scans were not reviewed preoperatively.'],
    ['Pathology has been reviewed.', 'Pathology has not been reviewed.'],
    ['We reviewed the MRI.', undefined],
    ['Consent was not obtained.', undefined],
  ])('insertNot(%j)', (sentence, want) => {
    expect(insertNot(sentence)).toBe(want);
  });

  it.each([
    ['right thigh', 'left thigh'],
    ['LEFT hip, Right knee', 'RIGHT hip, Left knee'],
    ['bright leftover', 'bright leftover'],
    ['L thigh, RT, Lt. knee, RLE; L4 and LR stay', 'R thigh, LT, Rt. knee, LLE; L4 and LR stay'],
  ])('swapSides(%j)', (text, want) => {
    expect(swapSides(text)).toBe(want);
  });

  it.each([
    ['C40.21', 'C40.22'],
    ['C40.22', 'C40.21'],
    ['T87.43', 'T87.44'],
    ['T87.41', 'T87.42'],
    ['Z89.611', 'Z89.612'],
    ['M86.651', 'M86.652'],
    ['C40.20', undefined],
    ['C41.4', undefined],
    ['T87.81', undefined],
  ])('flipDiagnosisSide(%s)', (code, want) => {
    expect(flipDiagnosisSide(code)).toBe(want);
  });

  it('deletes sentences with their full stop and never glues words', () => {
    const text = 'Alpha one. Beta two. Gamma three.';
    expect(rewriteSpans(text, [{ start: 11, end: 19 }], () => '')).toBe('Alpha one.  Gamma three.');
    expect(rewriteSpans('abc def ghi', [{ start: 4, end: 7 }], () => '')).toBe('abc  ghi');
    expect(rewriteSpans('abcdefghi', [{ start: 3, end: 6 }], () => '')).toBe('abc ghi');
    expect(
      rewriteSpans(
        text,
        [
          { start: 0, end: 9 },
          { start: 5, end: 19 },
        ],
        (s) => s.toUpperCase(),
      ),
    ).toBe('ALPHA ONE. BETA TWO. Gamma three.');
  });
});

describe('mutation tests over the fixtures', () => {
  const cases = loadFixtures('fixtures');
  // One test per case (each a fraction of a second, where one hook over all 1,500 variants took
  // seconds and timed out on a busy machine); the tests after them read the merged report.
  const perCase: MutationReport[] = [];
  let merged: MutationReport | undefined;
  const reportOf = (): MutationReport => {
    if (perCase.length !== cases.length)
      throw new Error('the per-case mutation tests must run first (do not filter them out)');
    if (!merged) {
      const mutants = perCase.flatMap((r) => r.mutants);
      const outcomes = perCase.flatMap((r) => r.outcomes);
      const notGenerated = perCase.reduce((n, r) => n + r.notGenerated, 0);
      merged = { ...summarizeMutation(outcomes, notGenerated, 0.95), mutants, outcomes };
    }
    return merged;
  };

  it.each(cases.map((c) => [c.name, c] as const))('%s: every variant runs', async (_name, c) => {
    const one = await mutationTest([c]);
    expect(one.outcomes.map((o) => o.id)).toEqual(one.mutants.map((m) => m.id));
    perCase.push(one);
  });

  it('merging per case gives the same report as one run (spot check on three cases)', async () => {
    const three = cases.slice(0, 3);
    const together = await mutationTest(three);
    const apart = await Promise.all(three.map((c) => mutationTest([c])));
    expect(together.outcomes).toEqual(apart.flatMap((r) => r.outcomes));
    expect(together.notGenerated).toBe(apart.reduce((n, r) => n + r.notGenerated, 0));
  });

  it('kills at least 95% of the variants', () => {
    expect(reportOf().generated).toBeGreaterThan(cases.length);
    expect(reportOf().killRate).toBeGreaterThanOrEqual(0.95);
    expect(mutationPassed(reportOf())).toBe(true);
    expect(reportOf().survivors).toEqual(reportOf().outcomes.filter((o) => !o.killed));
  });

  it('generates every kind the issue asks for, from the code knowledge', () => {
    for (const kind of [
      'element-delete',
      'element-negate',
      'side-flip-claim',
      'side-flip-text',
      'level-cue-remove',
      'claim-bilateral',
      'claim-inpatient-pos',
      'claim-co-surgeon',
      'claim-remove-side',
    ])
      expect(reportOf().byKind[kind]?.generated ?? 0, kind).toBeGreaterThan(0);
  });

  it('never generates a variant whose expected finding the original case already has', async () => {
    for (const fixture of cases) {
      const { transcript, claim } = readCaseInput(fixture);
      if (!claim) continue;
      const original = new Set((await processNote({ transcript, claim })).findings.map(findingKey));
      const own = reportOf().mutants.filter(
        (m) => m.caseName === fixture.name && JSON.stringify(m.claim) === JSON.stringify(claim),
      );
      for (const m of own)
        expect(
          m.expect.filter((k) => original.has(k)),
          m.id,
        ).toEqual([]);
    }
  });

  it('skips a variant when the original already has its finding', async () => {
    reportOf(); // the per-case runs are complete
    let checked = 0;
    for (const fixture of cases.filter((c) => c.claimPath !== undefined)) {
      const { transcript, claim } = readCaseInput(fixture);
      const missing = (await processNote({ transcript, claim })).findings
        .map(findingKey)
        .filter((k) => k.startsWith('doc.missing:'));
      if (missing.length === 0) continue;
      // The case's own mutation run (generateMutants over this case, as mutationTest calls it).
      const own = perCase[cases.indexOf(fixture)];
      if (!own) throw new Error(`no mutation run for ${fixture.name}`);
      expect(own.mutants.every((m) => m.caseName === fixture.name)).toBe(true);
      expect(own.mutants.flatMap((m) => m.expect).filter((k) => missing.includes(k))).toEqual([]);
      expect(own.notGenerated + own.mutants.length).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('falls below the threshold when the validator loses its documentation rules', async () => {
    // The same variants, run against knowledge whose codes require nothing (not even the side).
    const broken: CodeDefinition[] = codes.map((c) => ({ ...c, requirements: [] }));
    const process = memoProcessor({ codes: broken });
    const outcomes = [];
    // The kinds the assertions name: every control (claim-bilateral) variant, and the deletion
    // variants of every eighth case (none of them may be killed without the rules).
    const sampled = new Set(cases.filter((_c, i) => i % 8 === 0).map((c) => c.name));
    const checked = reportOf().mutants.filter(
      (m) => m.kind === 'claim-bilateral' || (m.kind === 'element-delete' && sampled.has(m.caseName)),
    );
    expect(checked.filter((m) => m.kind === 'element-delete').length).toBeGreaterThan(10);
    for (const m of checked) outcomes.push(await runMutant(m, process));
    const summary = summarizeMutation(outcomes, 0, 0.95);
    expect(mutationPassed(summary)).toBe(false);
    expect(summary.byKind['element-delete']?.killed).toBe(0);
    expect(summary.byKind['claim-bilateral']).toEqual(reportOf().byKind['claim-bilateral']);
  });
});
