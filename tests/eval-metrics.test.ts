import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { buildCaseRecord, computeMetrics, groundingOf, prf } from '../src/eval/metrics.ts';
import type { CaseRecord } from '../src/eval/results.ts';
import { readCaseInput, runCases } from '../src/eval/run.ts';
import { selectCases } from '../src/eval/suite.ts';
import { processNote } from '../src/pipeline/process.ts';
import { blankCase } from './support/eval-results.ts';

/** A scored case with everything right, changed by `over`. */
const record = (name: string, over: Partial<CaseRecord> = {}): CaseRecord =>
  blankCase(name, {
    expectedCode: '27290',
    gotCode: '27290',
    claimedCode: '27290',
    decision: { supported: '27290', checked: '27290', basis: 'anatomy', reasons: [] },
    ...over,
  });

const findings = (tp: string[], fn: string[], fp: string[]): CaseRecord['findings'] => ({
  expected: [...tp, ...fn],
  allowed: [],
  got: [...tp, ...fp],
  info: [],
  truePositives: tp,
  falseNegatives: fn,
  falsePositives: fp,
});

describe('prf', () => {
  it.each([
    { tp: 0, fn: 0, fp: 0, want: { precision: null, recall: null, f1: null } },
    { tp: 3, fn: 1, fp: 0, want: { precision: 1, recall: 0.75, f1: 6 / 7 } },
    { tp: 0, fn: 2, fp: 0, want: { precision: null, recall: 0, f1: 0 } },
    { tp: 0, fn: 0, fp: 2, want: { precision: 0, recall: null, f1: 0 } },
    { tp: 2, fn: 2, fp: 2, want: { precision: 0.5, recall: 0.5, f1: 0.5 } },
  ])('tp $tp fn $fn fp $fp', ({ tp, fn, fp, want }) => {
    expect(prf(tp, fn, fp)).toEqual({ tp, fn, fp, ...want });
  });
});

describe('computeMetrics', () => {
  const records = [
    record('a', { findings: findings(['doc.missing:laterality'], [], []) }),
    record('b', {
      passed: false,
      expectedCode: '27596',
      gotCode: '27594',
      codeCorrect: false,
      findings: findings([], ['level.mismatch'], ['doc.missing:indication']),
      facts: [
        { element: 'laterality', kind: 'value', expected: 'left', got: 'right', correct: false },
        {
          element: 'informedConsent',
          kind: 'status',
          expected: 'documented',
          got: 'documented',
          correct: true,
        },
      ],
      grounding: { documentedFacts: 4, groundedFacts: 3, ungroundedFindings: 1 },
      meta: { extractor: 'openai', durationMs: 9, promptTokens: 100, completionTokens: 20, costUsd: 0.002 },
    }),
    record('c', {
      passed: false,
      expectedCode: null,
      gotCode: null,
      codeCorrect: false,
      error: { code: 'replay.missing', message: 'no recording' },
      findings: findings([], ['level.undetermined'], []),
    }),
  ];
  const m = computeMetrics(records);

  it('scores cases, codes and findings', () => {
    expect(m.cases).toEqual({
      total: 3,
      passed: 1,
      errored: 1,
      passRate: { correct: 1, total: 3, value: 1 / 3 },
    });
    expect(m.code.accuracy).toEqual({ correct: 1, total: 3, value: 1 / 3 });
    expect(m.code.confusion).toEqual({
      labels: ['27290', '27594', '27596', 'none'],
      counts: { '27290': { '27290': 1 }, '27596': { '27594': 1 }, none: { none: 1 } },
    });
    expect(m.findings).toEqual(prf(1, 2, 1));
  });

  it('breaks down by expected code and by rule', () => {
    expect(m.byCode).toEqual({
      '27290': {
        cases: 1,
        passed: 1,
        code: { correct: 1, total: 1, value: 1 },
        findings: prf(1, 0, 0),
        decidedAs: { '27290': 1 },
      },
      '27596': {
        cases: 1,
        passed: 0,
        code: { correct: 0, total: 1, value: 0 },
        findings: prf(0, 1, 1),
        decidedAs: { '27594': 1 },
      },
      none: {
        cases: 1,
        passed: 0,
        code: { correct: 0, total: 1, value: 0 },
        findings: prf(0, 1, 0),
        decidedAs: { none: 1 },
      },
    });
    expect(m.byRule).toEqual({
      'doc.missing': prf(1, 0, 1),
      'level.mismatch': prf(0, 1, 0),
      'level.undetermined': prf(0, 1, 0),
    });
  });

  it('scores elements, grounding and usage', () => {
    expect(m.elements).toEqual({
      status: { correct: 1, total: 1, value: 1 },
      value: { correct: 0, total: 1, value: 0 },
      byElement: {
        informedConsent: {
          status: { correct: 1, total: 1, value: 1 },
          value: { correct: 0, total: 0, value: null },
        },
        laterality: {
          status: { correct: 0, total: 0, value: null },
          value: { correct: 0, total: 1, value: 0 },
        },
      },
    });
    expect(m.grounding).toEqual({ documentedFacts: 4, groundedFacts: 3, share: 0.75, ungroundedFindings: 1 });
    // The errored case has no latency to count.
    expect(m.usage).toEqual({
      durationMs: { total: 10, mean: 5, p50: 1, p95: 9, max: 9 },
      promptTokens: 100,
      completionTokens: 20,
      totalTokens: 120,
      costUsd: 0.002,
      casesWithCost: 1,
    });
  });
});

describe('groundingOf', () => {
  const transcript = 'The right femur was transected. Consent was obtained.';
  const fact = (quote: string, start: number) => ({
    status: 'documented' as const,
    evidence: [{ quote, start, end: start + quote.length }],
  });
  it.each([
    { name: 'exact slice', facts: { a: fact('right femur', 4) }, grounded: 1 },
    { name: 'offsets off by one', facts: { a: fact('right femur', 5) }, grounded: 0 },
    { name: 'quote not in text', facts: { a: fact('left femur!', 4) }, grounded: 0 },
    {
      name: 'documented without evidence',
      facts: { a: { status: 'documented' as const, evidence: [] } },
      grounded: 0,
    },
  ])('$name', ({ facts, grounded }) => {
    const result = { facts, anatomy: {}, findings: [] } as unknown as Parameters<typeof groundingOf>[1];
    expect(groundingOf(transcript, result)).toEqual({
      documentedFacts: 1,
      groundedFacts: grounded,
      ungroundedFindings: 0,
    });
  });
});

describe('buildCaseRecord over the fixtures', () => {
  const cases = loadFixtures('fixtures');

  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  // One test per case: each runs one note twice (through runCases and as a user would), so no test
  // waits on the whole fixture set.
  it.each(cases.map((c) => [c.name, c] as const))(
    'records what compareCase and the result say: %s',
    async (_, fixture) => {
      const runs = await runCases([fixture]);
      expect(runs).toHaveLength(1);
      for (const run of runs) {
        expect(run.error).toBeUndefined();
        const rec = buildCaseRecord(run);
        const { transcript, claim } = readCaseInput(run.fixture);
        const again = await processNote({ transcript, ...(claim ? { claim } : {}) });
        expect(rec.gotCode).toBe(again.code.supported);
        expect(rec.passed).toBe(
          rec.codeCorrect &&
            rec.findings.falseNegatives.length === 0 &&
            rec.findings.falsePositives.length === 0 &&
            rec.facts.every((f) => f.correct),
        );
        // Rules evidence is sliced from the transcript, so every documented fact is grounded.
        expect(rec.grounding.groundedFacts).toBe(rec.grounding.documentedFacts);
      }
    },
  );

  it('records a case that cannot run as failed, with its error', async () => {
    const one = selectCases({ include: ['*'], exclude: [] }, cases).slice(0, 1);
    const broken = one.map((c) => ({ ...c, transcriptPath: `${c.dir}/missing-transcript.txt` }));
    const [run] = await runCases(broken);
    if (!run) throw new Error('no run');
    expect(run.error?.code).toBe('input.not-found');
    const rec = buildCaseRecord(run);
    expect(rec).toMatchObject({
      passed: false,
      codeCorrect: false,
      gotCode: null,
      decision: null,
      error: run.error,
    });
    expect(rec.findings.falseNegatives).toEqual(run.fixture.expected.findings);
  });
});
