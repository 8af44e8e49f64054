import type { ProcessResult } from '../pipeline/process.ts';
import type { Fact } from '../schemas/facts.ts';
import { findingKey, routeDecisions } from '../schemas/findings.ts';
import { compareCase, STATUS_WORDS } from './compare.ts';
import { asksStatedFact, scoreDrafts } from './drafts.ts';
import type { Breakdown, CaseRecord, FactCheck, Metrics, Prf, Ratio } from './results.ts';
import type { CaseRun } from './run.ts';

/** Label for "no supported code" in the confusion matrix and breakdowns. */
export const NONE = 'none';

export const ratio = (correct: number, total: number): Ratio => ({
  correct,
  total,
  value: total === 0 ? null : correct / total,
});

/** Precision, recall and F1 from counts; each is null when its denominator is 0. */
export function prf(tp: number, fn: number, fp: number): Prf {
  return {
    tp,
    fn,
    fp,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fn + fp === 0 ? null : (2 * tp) / (2 * tp + fn + fp),
  };
}

/** Documented facts whose every evidence is an exact slice of the transcript (no evidence: not grounded). */
export function groundingOf(
  transcript: string,
  result: Pick<ProcessResult, 'facts' | 'anatomy' | 'findings'>,
): CaseRecord['grounding'] {
  const facts = [...Object.values(result.facts), ...Object.values(result.anatomy)].filter(
    (f): f is Fact => f !== undefined && f.status === 'documented',
  );
  const grounded = facts.filter(
    (f) => f.evidence.length > 0 && f.evidence.every((e) => transcript.slice(e.start, e.end) === e.quote),
  );
  return {
    documentedFacts: facts.length,
    groundedFacts: grounded.length,
    ungroundedFindings: result.findings.filter((f) => f.id === 'doc.ungrounded').length,
  };
}

/** Scores one case run against its gold labels: the JSON-ready record of results.json. */
export function buildCaseRecord(run: CaseRun): CaseRecord {
  const { fixture, result } = run;
  const expected = fixture.expected;
  const findingsBase = { expected: expected.findings, allowed: expected.allowedFindings };
  if (!result) {
    return {
      name: fixture.name,
      passed: false,
      expectedCode: expected.code,
      gotCode: null,
      codeCorrect: false,
      expectedRoute: expected.route ?? null,
      gotRoute: null,
      claimedCode: run.claim?.cpt ?? null,
      decision: null,
      findings: {
        ...findingsBase,
        got: [],
        info: [],
        truePositives: [],
        falseNegatives: [...expected.findings],
        falsePositives: [],
      },
      facts: Object.entries(expected.facts).map(([element, want]) => ({
        element,
        kind: STATUS_WORDS.has(want) ? 'status' : 'value',
        expected: want,
        got: '(error)',
        correct: false,
      })),
      grounding: { documentedFacts: 0, groundedFacts: 0, ungroundedFindings: 0 },
      meta: { extractor: '', durationMs: 0, promptTokens: 0, completionTokens: 0, costUsd: null },
      ...(run.error ? { error: run.error } : {}),
    };
  }
  const cmp = compareCase(result, expected);
  const facts: FactCheck[] = cmp.factResults.map((f) => ({
    ...f,
    kind: STATUS_WORDS.has(f.expected) ? 'status' : 'value',
  }));
  const passed =
    cmp.codeCorrect &&
    cmp.falseNegatives.length === 0 &&
    cmp.falsePositives.length === 0 &&
    facts.every((f) => f.correct);
  const keys = (severity: 'info' | 'scored') => [
    ...new Set(
      result.findings
        .filter((f) => (severity === 'info' ? f.severity === 'info' : f.severity !== 'info'))
        .map(findingKey),
    ),
  ];
  return {
    name: fixture.name,
    passed,
    expectedCode: cmp.expectedCode,
    gotCode: cmp.gotCode,
    codeCorrect: cmp.codeCorrect,
    expectedRoute: cmp.expectedRoute,
    gotRoute: cmp.gotRoute,
    claimedCode: result.code.claimed,
    decision: {
      supported: result.code.supported,
      checked: result.code.checked,
      basis: result.code.basis,
      reasons: result.code.reasons,
    },
    findings: {
      ...findingsBase,
      got: keys('scored'),
      info: keys('info'),
      truePositives: cmp.truePositives,
      falseNegatives: cmp.falseNegatives,
      falsePositives: cmp.falsePositives,
    },
    facts,
    grounding: groundingOf(run.transcript, result),
    drafts: scoreDrafts(run.transcript, result, expected.draft),
    meta: {
      extractor: result.meta.extractor,
      durationMs: result.meta.durationMs,
      promptTokens: result.meta.usage?.promptTokens ?? 0,
      completionTokens: result.meta.usage?.completionTokens ?? 0,
      costUsd: result.meta.costUsd ?? null,
    },
  };
}

const codeLabel = (code: string | null): string => code ?? NONE;
const ruleOf = (key: string): string => key.split(':')[0] ?? key;
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function findingsPrf(records: readonly CaseRecord[]): Prf {
  return prf(
    sum(records.map((r) => r.findings.truePositives.length)),
    sum(records.map((r) => r.findings.falseNegatives.length)),
    sum(records.map((r) => r.findings.falsePositives.length)),
  );
}

function byRule(records: readonly CaseRecord[]): Record<string, Prf> {
  const counts = new Map<string, { tp: number; fn: number; fp: number }>();
  const bump = (key: string, field: 'tp' | 'fn' | 'fp') => {
    const rule = ruleOf(key);
    const c = counts.get(rule) ?? { tp: 0, fn: 0, fp: 0 };
    c[field]++;
    counts.set(rule, c);
  };
  for (const r of records) {
    for (const k of r.findings.truePositives) bump(k, 'tp');
    for (const k of r.findings.falseNegatives) bump(k, 'fn');
    for (const k of r.findings.falsePositives) bump(k, 'fp');
  }
  return Object.fromEntries(
    [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, prf(c.tp, c.fn, c.fp)]),
  );
}

function byCode(records: readonly CaseRecord[]): Record<string, Breakdown> {
  const groups = new Map<string, CaseRecord[]>();
  for (const r of records) {
    const key = codeLabel(r.expectedCode);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return Object.fromEntries(
    [...groups.entries()]
      .sort(([a], [b]) => (a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b)))
      .map(([code, rs]) => {
        const decidedAs: Record<string, number> = {};
        for (const r of rs) decidedAs[codeLabel(r.gotCode)] = (decidedAs[codeLabel(r.gotCode)] ?? 0) + 1;
        return [
          code,
          {
            cases: rs.length,
            passed: rs.filter((r) => r.passed).length,
            code: ratio(rs.filter((r) => r.codeCorrect).length, rs.length),
            findings: findingsPrf(rs),
            decidedAs,
          },
        ];
      }),
  );
}

function confusion(records: readonly CaseRecord[]): Metrics['code']['confusion'] {
  const labels = [...new Set(records.flatMap((r) => [codeLabel(r.expectedCode), codeLabel(r.gotCode)]))].sort(
    (a, b) => (a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b)),
  );
  const counts: Record<string, Record<string, number>> = {};
  for (const r of records) {
    const row = counts[codeLabel(r.expectedCode)] ?? {};
    row[codeLabel(r.gotCode)] = (row[codeLabel(r.gotCode)] ?? 0) + 1;
    counts[codeLabel(r.expectedCode)] = row;
  }
  return { labels, counts };
}

function elementAccuracy(records: readonly CaseRecord[]): Metrics['elements'] {
  const facts = records.flatMap((r) => r.facts);
  const share = (fs: FactCheck[], kind: FactCheck['kind']) => {
    const of = fs.filter((f) => f.kind === kind);
    return ratio(of.filter((f) => f.correct).length, of.length);
  };
  const names = [...new Set(facts.map((f) => f.element))].sort();
  return {
    status: share(facts, 'status'),
    value: share(facts, 'value'),
    byElement: Object.fromEntries(
      names.map((name) => {
        const of = facts.filter((f) => f.element === name);
        return [name, { status: share(of, 'status'), value: share(of, 'value') }];
      }),
    ),
  };
}

/** Routes taken, their accuracy against gold, and the wrong codes that no coder would review. */
export function routeMetrics(records: readonly CaseRecord[]): NonNullable<Metrics['route']> {
  const ran = records.filter((r) => !r.error && typeof r.gotRoute === 'string');
  const counts: Record<string, number> = Object.fromEntries(routeDecisions.map((d) => [d, 0]));
  for (const r of ran) counts[r.gotRoute as string] = (counts[r.gotRoute as string] ?? 0) + 1;
  const shares = Object.fromEntries(
    Object.entries(counts).map(([k, n]) => [k, ran.length === 0 ? 0 : n / ran.length]),
  );
  const gold = ran.filter((r) => typeof r.expectedRoute === 'string');
  const confusion: Record<string, Record<string, number>> = {};
  for (const r of gold) {
    const row = confusion[r.expectedRoute as string] ?? {};
    row[r.gotRoute as string] = (row[r.gotRoute as string] ?? 0) + 1;
    confusion[r.expectedRoute as string] = row;
  }
  const wrong = ran.filter((r) => !r.codeCorrect && r.gotRoute !== 'coder-review');
  return {
    counts,
    shares,
    accuracy: ratio(gold.filter((r) => r.expectedRoute === r.gotRoute).length, gold.length),
    confusion,
    wrongCodesOutsideCoderReview: wrong.length,
    wrongCodeCases: wrong.map((r) => r.name),
  };
}

function draftMetrics(records: readonly CaseRecord[]): NonNullable<Metrics['drafts']> {
  const scored = records.flatMap((r) => (r.drafts ? [{ name: r.name, d: r.drafts }] : []));
  return {
    sectionRecall: ratio(sum(scored.map((s) => s.d.sectionHits)), sum(scored.map((s) => s.d.sectionItems))),
    keySectionRecall: ratio(
      sum(scored.map((s) => s.d.keyHits ?? 0)),
      sum(scored.map((s) => s.d.keyItems ?? 0)),
    ),
    leakedElements: sum(scored.map((s) => s.d.leaked.length)),
    ungroundedSentences: sum(scored.map((s) => s.d.ungrounded)),
    truncatedSpans: sum(scored.map((s) => s.d.truncated)),
    queryViolations: sum(scored.map((s) => s.d.queryViolations.length)),
    statedFactQueries: sum(scored.map((s) => s.d.queryViolations.filter(asksStatedFact).length)),
    defectCases: scored
      .filter(
        (s) =>
          s.d.sectionMisses.length +
            s.d.leaked.length +
            s.d.ungrounded +
            s.d.truncated +
            s.d.queryViolations.length >
          0,
      )
      .map((s) => s.name),
  };
}

/** Computes every suite metric from case records. Pure: metrics can be recomputed from results.json. */
export function computeMetrics(records: readonly CaseRecord[]): Metrics {
  const durations = records
    .filter((r) => !r.error)
    .map((r) => r.meta.durationMs)
    .sort((a, b) => a - b);
  const promptTokens = sum(records.map((r) => r.meta.promptTokens));
  const completionTokens = sum(records.map((r) => r.meta.completionTokens));
  const costs = records.flatMap((r) => (r.meta.costUsd === null ? [] : [r.meta.costUsd]));
  const documentedFacts = sum(records.map((r) => r.grounding.documentedFacts));
  const groundedFacts = sum(records.map((r) => r.grounding.groundedFacts));
  const passed = records.filter((r) => r.passed).length;
  return {
    cases: {
      total: records.length,
      passed,
      errored: records.filter((r) => r.error).length,
      passRate: ratio(passed, records.length),
    },
    code: {
      accuracy: ratio(records.filter((r) => r.codeCorrect).length, records.length),
      confusion: confusion(records),
    },
    findings: findingsPrf(records),
    elements: elementAccuracy(records),
    grounding: {
      documentedFacts,
      groundedFacts,
      share: documentedFacts === 0 ? null : groundedFacts / documentedFacts,
      ungroundedFindings: sum(records.map((r) => r.grounding.ungroundedFindings)),
    },
    usage: {
      durationMs: {
        total: round(sum(durations)),
        mean: durations.length === 0 ? null : round(sum(durations) / durations.length),
        p50: percentile(durations, 50),
        p95: percentile(durations, 95),
        max: durations.length === 0 ? null : (durations[durations.length - 1] ?? null),
      },
      promptTokens,
      completionTokens,
      totalTokens: promptTokens + completionTokens,
      costUsd: Math.round(sum(costs) * 1e6) / 1e6,
      casesWithCost: costs.length,
    },
    route: routeMetrics(records),
    drafts: draftMetrics(records),
    byCode: byCode(records),
    byRule: byRule(records),
  };
}

/** A suite metric the gate can hold: higher is better unless `better` says lower. */
export interface GatedMetric {
  label: string;
  better: 'higher' | 'lower';
  /** Whether the metric is a share (0..1) or a count; shapes how it is printed. */
  unit: 'share' | 'count';
  read: (m: Metrics) => number | null;
}

/** The metrics a suite may put thresholds on; suites name them by these keys. */
export const gatedMetrics = {
  codeAccuracy: {
    label: 'Supported-code accuracy',
    better: 'higher',
    unit: 'share',
    read: (m) => m.code.accuracy.value,
  },
  casePassRate: {
    label: 'Cases passed',
    better: 'higher',
    unit: 'share',
    read: (m) => m.cases.passRate.value,
  },
  findingsPrecision: {
    label: 'Findings precision',
    better: 'higher',
    unit: 'share',
    read: (m) => m.findings.precision,
  },
  findingsRecall: {
    label: 'Findings recall',
    better: 'higher',
    unit: 'share',
    read: (m) => m.findings.recall,
  },
  findingsF1: { label: 'Findings F1', better: 'higher', unit: 'share', read: (m) => m.findings.f1 },
  elementStatusAccuracy: {
    label: 'Element status accuracy',
    better: 'higher',
    unit: 'share',
    read: (m) => m.elements.status.value,
  },
  elementValueAccuracy: {
    label: 'Element value accuracy',
    better: 'higher',
    unit: 'share',
    read: (m) => m.elements.value.value,
  },
  groundingShare: {
    label: 'Grounded documented facts',
    better: 'higher',
    unit: 'share',
    read: (m) => m.grounding.share,
  },
  ungroundedFindings: {
    label: 'doc.ungrounded findings',
    better: 'lower',
    unit: 'count',
    read: (m) => m.grounding.ungroundedFindings,
  },
  wrongCodesOutsideCoderReview: {
    label: 'Wrong codes outside coder-review',
    better: 'lower',
    unit: 'count',
    read: (m) => m.route?.wrongCodesOutsideCoderReview ?? null,
  },
  routeAccuracy: {
    label: 'Route accuracy',
    better: 'higher',
    unit: 'share',
    read: (m) => m.route?.accuracy.value ?? null,
  },
  draftSectionRecall: {
    label: 'Draft section recall (gold)',
    better: 'higher',
    unit: 'share',
    read: (m) => m.drafts?.sectionRecall.value ?? null,
  },
  draftKeySectionRecall: {
    label: 'Draft recall: surgeons, EBL, specimens, complications, disposition',
    better: 'higher',
    unit: 'share',
    read: (m) => m.drafts?.keySectionRecall?.value ?? null,
  },
  draftLeakedElements: {
    label: 'Draft elements of other codes',
    better: 'lower',
    unit: 'count',
    read: (m) => m.drafts?.leakedElements ?? null,
  },
  draftUngroundedSentences: {
    label: 'Draft ungrounded sentences',
    better: 'lower',
    unit: 'count',
    read: (m) => m.drafts?.ungroundedSentences ?? null,
  },
  draftTruncatedSpans: {
    label: 'Draft spans cut mid-word',
    better: 'lower',
    unit: 'count',
    read: (m) => m.drafts?.truncatedSpans ?? null,
  },
  draftQueryViolations: {
    label: 'Non-compliant query rules',
    better: 'lower',
    unit: 'count',
    read: (m) => m.drafts?.queryViolations ?? null,
  },
  draftStatedFactQueries: {
    label: 'Queries for facts the note states',
    better: 'lower',
    unit: 'count',
    read: (m) => m.drafts?.statedFactQueries ?? null,
  },
} as const satisfies Record<string, GatedMetric>;

export type GatedMetricKey = keyof typeof gatedMetrics;
export const gatedMetricKeys = Object.keys(gatedMetrics) as GatedMetricKey[];
