import { describe, expect, it } from 'vitest';
import { codes } from '../src/codes/index.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { computeMetrics } from '../src/eval/metrics.ts';
import { nameEval, nameVerdict, restsOnName, runNameCase } from '../src/eval/name-eval.ts';
import { runNameGate } from '../src/eval/name-gate.ts';
import { deleteNames, NAME_REPLACEMENT, nameTransformIds, nameTransforms } from '../src/eval/names.ts';
import type { EvalResults, NameOutcome } from '../src/eval/results.ts';
import { findProcedureLabels } from '../src/extract/labels.ts';
import { processNote } from '../src/pipeline/process.ts';
import { blankCase, evalResults } from './support/eval-results.ts';

/** A note whose anatomy decides (27290) with its names in the title and in the body. */
const ANATOMY_NOTE = `PROCEDURE: Left hindquarter amputation (external hemipelvectomy).
DESCRIPTION: The external iliac vessels were ligated. The symphysis pubis was divided with a knife. The sacroiliac joint was divided with an osteotome. The hemipelvectomy was completed: the left lower limb and the hemipelvis were removed en bloc. The posterior flap was closed.
`;
/** A note that rests only on its name (level.label-only). */
const NAME_NOTE = `PROCEDURE: Right above-knee amputation.
DESCRIPTION: Under spinal anaesthesia the operation was done without event. The wound was closed over a drain.
`;

describe('name transforms', () => {
  it('the ids are the registry keys, each with a description', () => {
    expect(nameTransformIds).toEqual(Object.keys(nameTransforms));
    for (const id of nameTransformIds) expect(nameTransforms[id].description.length).toBeGreaterThan(5);
  });

  it.each([
    [
      'names-deleted',
      'PROCEDURE: Left procedure (procedure).',
      'The procedure was completed: the left lower limb and the hemipelvis were removed en bloc.',
    ],
    [
      'title-names-deleted',
      'PROCEDURE: Left procedure (procedure).',
      'The hemipelvectomy was completed: the left lower limb',
    ],
    [
      'body-names-deleted',
      'PROCEDURE: Left hindquarter amputation (external hemipelvectomy).',
      'The procedure was completed: the left lower limb',
    ],
  ] as const)('%s rewrites the names it deletes, and only those', (id, title, body) => {
    const { text, deleted } = deleteNames(ANATOMY_NOTE, codes, id);
    expect(text.split('\n')[0]).toBe(title);
    expect(text).toContain(body);
    expect(deleted.length).toBeGreaterThan(0);
    for (const d of deleted) expect(ANATOMY_NOTE.slice(d.start, d.end)).not.toContain(NAME_REPLACEMENT);
  });

  it('leaves no name the product reads, and keeps a note without one as it is', () => {
    const { text } = deleteNames(ANATOMY_NOTE, codes, 'names-deleted');
    expect(findProcedureLabels(text, codes)).toEqual([]);
    const plain = 'The femur was cut 10 cm above the knee and the leg was removed.\n';
    expect(deleteNames(plain, codes, 'names-deleted')).toEqual({ text: plain, deleted: [] });
  });

  it('keeps a name the product does not read as the operation (an indication)', () => {
    const note = `INDICATIONS: A hemipelvectomy was discussed and declined.\nDESCRIPTION: The femur was cut 10 cm above the knee and the leg was removed.\n`;
    expect(deleteNames(note, codes, 'names-deleted').text).toBe(note);
  });
});

describe('name eval: what a decision rests on, and the verdicts', () => {
  it('a code decided by the anatomy does not rest on the names; a label-only code does', async () => {
    const anatomy = await processNote({ transcript: ANATOMY_NOTE });
    expect(anatomy.code.supported).toBe('27290');
    const { text, deleted } = deleteNames(ANATOMY_NOTE, codes, 'names-deleted');
    expect(restsOnName(anatomy, deleted, await processNote({ transcript: text }))).toBe(false);
    const named = await processNote({ transcript: NAME_NOTE });
    expect(named.code.basis).toBe('label');
    expect(restsOnName(named, deleteNames(NAME_NOTE, codes, 'names-deleted').deleted)).toBe(true);
  });

  it('a fact read only from a name rests on it: the rewrite no longer documents it', async () => {
    // "the amputation was completed" reads the limb removed; with the name gone, nothing does.
    const note = `PROCEDURE: Left hindquarter amputation.\nDESCRIPTION: The symphysis was divided and the sacroiliac joint divided. The hindquarter amputation was completed.\n`;
    const original = await processNote({ transcript: note });
    const { text, deleted } = deleteNames(note, codes, 'names-deleted');
    const rewritten = await processNote({ transcript: text });
    expect(original.anatomy.limbRemoved.status).toBe('documented');
    expect(rewritten.anatomy.limbRemoved.status).toBe('not_mentioned');
    expect(restsOnName(original, deleted, rewritten)).toBe(original.code.supported !== null);
  });

  it.each([
    { original: '27290', code: '27290', route: 'ready', verdict: 'kept' },
    { original: '27290', code: null, route: 'coder-review', verdict: 'lost' },
    { original: '27290', code: '27295', route: 'coder-review', verdict: 'lost' },
    { original: '27290', code: '27295', route: 'query-physician', verdict: 'wrong' },
    { original: null, code: '27590', route: 'ready', verdict: 'wrong' },
    { original: null, code: null, route: 'coder-review', verdict: 'kept' },
  ] as const)('$original -> $code ($route): $verdict', ({ original, code, route, verdict }) => {
    expect(nameVerdict(original, code, route)).toBe(verdict);
  });

  it('a lost code is a violation only where the decision did not rest on a name', async () => {
    for (const [note, violation] of [
      [ANATOMY_NOTE, true],
      [NAME_NOTE, false],
    ] as const) {
      const original = await processNote({ transcript: note });
      // A rewrite that keeps every fact and still gives no code.
      const run = async () => ({
        ...original,
        code: { ...original.code, supported: null },
        route: { ...original.route, decision: 'coder-review' as const },
      });
      const outcome = await runNameCase(
        'n',
        { transcript: note, claim: null },
        original,
        'names-deleted',
        codes,
        run,
      );
      expect(outcome).toMatchObject({ verdict: 'lost', violation });
    }
  });
  it('a case coded from its name alone loses the code in coder review: counted as lost, no violation', async () => {
    const cases = loadFixtures('fixtures').filter((c) => c.name === 'c-27596-very-short-noclaim');
    expect(cases).toHaveLength(1);
    const summary = await nameEval(cases, { transforms: ['names-deleted'] });
    expect(summary.transforms[0]).toMatchObject({
      cases: 1,
      kept: 0,
      restOnName: ['c-27596-very-short-noclaim'],
      lost: ['c-27596-very-short-noclaim'],
      wrong: [],
      violations: [],
    });
  });
});

describe('name gate', () => {
  const outcome = (over: Partial<NameOutcome> = {}): NameOutcome => ({
    id: 'names-deleted',
    description: 'names deleted',
    cases: 3,
    restOnName: [],
    kept: 3,
    lost: [],
    wrong: [],
    violations: [],
    errored: [],
    evidence: { exact: 10, total: 10 },
    ...over,
  });
  const resultsWith = (names?: NameOutcome[], cases = ['a', 'b', 'c']): EvalResults =>
    evalResults(
      cases.map((name) => blankCase(name)),
      {
        metrics: computeMetrics([]),
        ...(names ? { names: { cases: cases.length, transforms: names } } : {}),
      },
    );

  it.each([
    { name: 'unchanged', base: outcome(), cur: outcome(), passed: true },
    {
      name: 'a code lost that rested on a name, where the baseline kept it',
      base: outcome({ restOnName: ['a'] }),
      cur: outcome({ kept: 2, lost: ['a'], restOnName: ['a'] }),
      passed: false,
    },
    {
      name: 'one name-resting code lost, another one regained: the count holds',
      base: outcome({ kept: 2, lost: ['b'], restOnName: ['a', 'b'] }),
      cur: outcome({ kept: 2, lost: ['a'], restOnName: ['a', 'b'] }),
      passed: true,
    },
    {
      name: 'a code lost that rested on the anatomy',
      base: outcome(),
      cur: outcome({ kept: 2, lost: ['a'], violations: ['a'] }),
      passed: false,
    },
    {
      name: 'a wrong code outside coder review',
      base: outcome(),
      cur: outcome({ kept: 2, wrong: ['b'], violations: ['b'] }),
      passed: false,
    },
    {
      name: 'evidence that no longer slices the rewritten text',
      base: outcome(),
      cur: outcome({ evidence: { exact: 9, total: 10 } }),
      passed: false,
    },
    {
      name: 'a violation of a case the baseline does not share is not counted',
      base: outcome(),
      cur: outcome({ kept: 2, lost: ['z'], violations: ['z'] }),
      passed: true,
    },
  ])('$name', ({ base, cur, passed }) => {
    expect(runNameGate(resultsWith([cur]), resultsWith([base]))?.passed).toBe(passed);
  });

  it('a baseline without name results reports them, ungated; a run without them has no name gate', () => {
    const gate = runNameGate(resultsWith([outcome({ violations: ['a'] })]), resultsWith());
    expect(gate?.passed).toBe(true);
    expect(gate?.notes.join(' ')).toContain('no name results');
    expect(runNameGate(resultsWith(), resultsWith([outcome()]))).toBeUndefined();
  });
});
