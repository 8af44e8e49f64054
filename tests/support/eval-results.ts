import { computeMetrics } from '../../src/eval/metrics.ts';
import type { CaseRecord, EvalResults } from '../../src/eval/results.ts';

/** A scored case that passed with no code expected or given and no finding, changed by `over`. */
export function blankCase(name: string, over: Partial<CaseRecord> = {}): CaseRecord {
  return {
    name,
    passed: true,
    expectedCode: null,
    gotCode: null,
    codeCorrect: true,
    claimedCode: null,
    decision: null,
    findings: {
      expected: [],
      allowed: [],
      got: [],
      info: [],
      truePositives: [],
      falseNegatives: [],
      falsePositives: [],
    },
    facts: [],
    grounding: { documentedFacts: 0, groundedFacts: 0, ungroundedFindings: 0 },
    meta: { extractor: 'rules', durationMs: 1, promptTokens: 0, completionTokens: 0, costUsd: null },
    ...over,
  };
}

/** An eval run over `cases` (metrics computed from them unless `extra` gives them), changed by `extra`. */
export function evalResults(cases: CaseRecord[], extra: Partial<EvalResults> = {}): EvalResults {
  return {
    schemaVersion: 1,
    generatedAt: '2026-01-01T00:00:00.000Z',
    suite: { name: 't', extractor: 'rules', mode: 'live', dirs: ['fixtures'], thresholds: {} },
    versions: {
      opnote: '0',
      knowledge: 'k',
      prompt: null,
      schema: null,
      model: null,
      extractor: 'rules',
      fixtures: 'f',
      all: {},
    },
    metrics: computeMetrics(cases),
    cases,
    ...extra,
  };
}
