import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FeatureKey, featureKeys } from '../src/codes/features.ts';
import { codes } from '../src/codes/index.ts';
import type { CodeDefinition, LevelCue } from '../src/codes/types.ts';
import { type Evaluation, evaluate } from '../src/eval/evaluate.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { diffCase, runGate } from '../src/eval/gate.ts';
import type { CaseRecord, EvalResults } from '../src/eval/results.ts';
import { parseSuite } from '../src/eval/suite.ts';
import { findProcedureLabels } from '../src/extract/labels.ts';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { decideLevel } from '../src/validate/level.ts';
import { evalResults } from './support/eval-results.ts';

const suite = parseSuite(readFileSync('evals/rules.json', 'utf8'), 'evals/rules.json');

function record(name: string, over: Partial<CaseRecord> = {}): CaseRecord {
  return {
    name,
    passed: true,
    expectedCode: '27596',
    gotCode: '27596',
    codeCorrect: true,
    claimedCode: '27596',
    decision: null,
    findings: {
      expected: ['doc.missing:indication'],
      allowed: [],
      got: ['doc.missing:indication'],
      info: [],
      truePositives: ['doc.missing:indication'],
      falseNegatives: [],
      falsePositives: [],
    },
    facts: [],
    grounding: { documentedFacts: 1, groundedFacts: 1, ungroundedFindings: 0 },
    meta: { extractor: 'rules', durationMs: 1, promptTokens: 0, completionTokens: 0, costUsd: null },
    ...over,
  };
}

const results = (cases: CaseRecord[]): EvalResults => evalResults(cases);

const missed = (r: CaseRecord): CaseRecord => ({
  ...r,
  passed: false,
  findings: { ...r.findings, got: [], truePositives: [], falseNegatives: ['doc.missing:indication'] },
});
const wrongCode = (r: CaseRecord): CaseRecord => ({
  ...r,
  passed: false,
  gotCode: '27594',
  codeCorrect: false,
});

describe('runGate', () => {
  const base = Array.from({ length: 10 }, (_, i) => record(`case-${i}`));

  it.each([
    { name: 'unchanged', change: (rs: CaseRecord[]) => rs, thresholds: {}, passed: true, regressed: [] },
    {
      name: 'one code wrong, zero tolerance',
      change: (rs: CaseRecord[]) => rs.map((r, i) => (i === 3 ? wrongCode(r) : r)),
      thresholds: { codeAccuracy: 0 },
      passed: false,
      regressed: ['case-3'],
    },
    {
      name: 'one code wrong (10 points), 10 points allowed',
      change: (rs: CaseRecord[]) => rs.map((r, i) => (i === 3 ? wrongCode(r) : r)),
      thresholds: { codeAccuracy: 0.1 },
      passed: true,
      regressed: ['case-3'],
    },
    {
      name: 'one code wrong, metric not gated',
      change: (rs: CaseRecord[]) => rs.map((r, i) => (i === 3 ? wrongCode(r) : r)),
      thresholds: { findingsF1: 0 },
      passed: true,
      regressed: ['case-3'],
    },
    {
      name: 'two findings missed, recall gated at 5 points',
      change: (rs: CaseRecord[]) => rs.map((r, i) => (i < 2 ? missed(r) : r)),
      thresholds: { findingsRecall: 0.05 },
      passed: false,
      regressed: ['case-0', 'case-1'],
    },
    {
      name: 'more doc.ungrounded (lower is better)',
      change: (rs: CaseRecord[]) =>
        rs.map((r, i) => (i === 0 ? { ...r, grounding: { ...r.grounding, ungroundedFindings: 2 } } : r)),
      thresholds: { ungroundedFindings: 1 },
      passed: false,
      regressed: [],
    },
    {
      name: 'an improvement never fails',
      change: (rs: CaseRecord[]) => rs,
      thresholds: { codeAccuracy: 0 },
      passed: true,
      regressed: [],
      baseChange: (rs: CaseRecord[]) => rs.map((r, i) => (i === 5 ? wrongCode(r) : r)),
    },
  ])('$name', ({ change, thresholds, passed, regressed, baseChange }) => {
    const baseline = results(baseChange ? baseChange(base) : base);
    const gate = runGate(results(change(base)), baseline, thresholds);
    expect(gate.passed).toBe(passed);
    expect(gate.regressedCases.map((d) => d.name)).toEqual(regressed);
  });

  it('fails on an absolute limit even when the baseline was as bad (a draft defect is never "no worse")', () => {
    const drafts = (leaked: string[]) => ({
      sectionHits: 1,
      sectionItems: 1,
      sectionMisses: [],
      keyHits: 1,
      keyItems: 1,
      leaked,
      ungrounded: 0,
      truncated: 0,
      queryViolations: [],
    });
    const leaky = base.map((r, i) => ({ ...r, drafts: drafts(i === 0 ? ['element margin'] : []) }));
    const same = runGate(results(leaky), results(leaky), { draftLeakedElements: 0 });
    expect(same.passed).toBe(true);
    const limited = runGate(
      results(leaky),
      results(leaky),
      { draftLeakedElements: 0 },
      {
        draftLeakedElements: { max: 0 },
        draftKeySectionRecall: { min: 0.99 },
      },
    );
    expect(limited.passed).toBe(false);
    expect(limited.metrics.find((m) => m.metric === 'draftLeakedElements')).toMatchObject({
      regressed: false,
      breached: true,
      current: 1,
    });
    expect(limited.metrics.find((m) => m.metric === 'draftKeySectionRecall')?.breached).toBe(false);
    const clean = base.map((r) => ({ ...r, drafts: drafts([]) }));
    expect(runGate(results(clean), results(leaky), {}, { draftLeakedElements: { max: 0 } }).passed).toBe(
      true,
    );
  });

  it('compares like for like when cases were added or removed', () => {
    const baseline = results(base);
    const current = results([...base.slice(1), wrongCode(record('new-case'))]);
    const gate = runGate(current, baseline, { codeAccuracy: 0 });
    expect(gate).toMatchObject({
      passed: true,
      comparedCases: 9,
      addedCases: ['new-case'],
      removedCases: ['case-0'],
    });
  });
});

describe('diffCase', () => {
  it('says what got worse and what got better', () => {
    const before = record('x', {
      findings: { ...record('x').findings, falsePositives: ['pos.office-setting'] },
      passed: false,
    });
    const after = wrongCode(missed(record('x')));
    expect(diffCase(before, after)).toEqual({
      name: 'x',
      change: 'mixed',
      worse: ['code 27596 -> 27594 (expected 27596)', 'missed doc.missing:indication'],
      better: ['no longer reports pos.office-setting'],
    });
    expect(diffCase(record('x'), record('x'))).toBeNull();
  });
});

describe('the gate over the fixtures', () => {
  const cases = loadFixtures('fixtures');
  let baseline: Evaluation;

  beforeAll(async () => {
    baseline = await evaluate(cases, { suite: { thresholds: suite.thresholds } });
  });

  it('passes when nothing changed', async () => {
    const again = await evaluate(cases);
    const gate = runGate(again.results, baseline.results, suite.thresholds);
    expect(gate.passed).toBe(true);
    expect(gate.regressedCases).toEqual([]);
  });

  it('fails and names the cases when a level cue is broken in the code knowledge', async () => {
    // The code decided correctly from anatomy in the most cases; its first positive cue is flipped.
    const anatomyRight = baseline.results.cases.filter(
      (c) => c.codeCorrect && c.decision?.basis === 'anatomy',
    );
    const counts = new Map<string, number>();
    for (const c of anatomyRight) counts.set(c.gotCode ?? '', (counts.get(c.gotCode ?? '') ?? 0) + 1);
    const target = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const def = codes.find((c) => c.code === target);
    if (!def) throw new Error('no case is decided from anatomy; the fixtures cannot exercise the gate');
    const index = def.levelCues.findIndex((c) => c.is === 'documented');
    const cue = def.levelCues[index] as LevelCue;
    const brokenCues = def.levelCues.map((c, i) =>
      i === index ? { feature: cue.feature, is: 'absent' as const } : c,
    );
    const broken: CodeDefinition[] = codes.map((c) => (c === def ? { ...def, levelCues: brokenCues } : c));

    const current = await evaluate(cases, { codes: broken });
    const gate = runGate(current.results, baseline.results, suite.thresholds);

    expect(gate.passed).toBe(false);
    expect(gate.metrics.find((m) => m.metric === 'codeAccuracy')?.regressed).toBe(true);
    const affected = anatomyRight.filter((c) => c.gotCode === target).map((c) => c.name);
    expect(affected.length).toBeGreaterThan(0);
    const named = gate.regressedCases.map((d) => d.name);
    expect(named).toEqual(expect.arrayContaining(affected));
    for (const d of gate.regressedCases.filter((r) => affected.includes(r.name)))
      expect(d.worse.some((w) => w.startsWith(`code ${target} -> `))).toBe(true);
  });

  it('fails and names the cases when the extractor drops a deciding feature', async () => {
    // The feature whose loss the level decision says would change the most correct codes.
    const runs = baseline.runs
      .filter((r) => r.result && r.fixture.expected.code === r.result.code.supported)
      .map((r) => ({ run: r, labels: findProcedureLabels(r.transcript, codes) }));
    const losers = (feature: FeatureKey) =>
      runs
        .filter(({ run, labels }) => {
          const result = run.result;
          if (!result) return false;
          const features = { ...result.anatomy, [feature]: { status: 'not_mentioned', evidence: [] } };
          const decision = decideLevel({ features, labels, claimedCode: result.code.claimed, codes });
          return decision.supported !== result.code.supported;
        })
        .map(({ run }) => run);
    // Each feature's losers once (a sort comparator would recompute them for every comparison).
    const lost = new Map(featureKeys.map((f) => [f, losers(f)] as const));
    const [feature] = [...featureKeys].sort(
      (a, b) => (lost.get(b)?.length ?? 0) - (lost.get(a)?.length ?? 0),
    );
    if (!feature) throw new Error('no features');
    const predicted = (lost.get(feature) ?? []).map((r) => r.fixture.name);
    expect(predicted.length).toBeGreaterThan(0);

    const rules = createRulesExtractor();
    const dropping: Extractor = {
      name: 'rules',
      extract: async (transcript, options) => {
        const e = await rules.extract(transcript, options);
        return { ...e, features: { ...e.features, [feature]: { status: 'not_mentioned', evidence: [] } } };
      },
    };
    const current = await evaluate(cases, { extractor: dropping });
    const gate = runGate(current.results, baseline.results, suite.thresholds);

    expect(gate.passed).toBe(false);
    expect(gate.regressedCases.map((d) => d.name)).toEqual(expect.arrayContaining(predicted));
  });
});
