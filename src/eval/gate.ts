import { type FormatGate, runFormatGate } from './format-gate.ts';
import { computeMetrics, type GatedMetricKey, gatedMetricKeys, gatedMetrics } from './metrics.ts';
import { type NameGate, runNameGate } from './name-gate.ts';
import type { CaseRecord, EvalResults, Metrics } from './results.ts';
import type { Limits, Thresholds } from './suite.ts';

/** Float noise allowed on top of a threshold, so a threshold of 0 means "no drop at all". */
const EPSILON = 1e-9;

export interface MetricCheck {
  metric: GatedMetricKey;
  label: string;
  better: 'higher' | 'lower';
  baseline: number | null;
  current: number | null;
  /** current - baseline, or null when either is missing. */
  delta: number | null;
  /** Largest allowed worsening; null when the suite does not gate this metric. */
  threshold: number | null;
  /** Worse than the baseline by more than the threshold. */
  regressed: boolean;
  /** The suite's absolute bounds for this metric, or null when it sets none. */
  limit: { min?: number | undefined; max?: number | undefined } | null;
  /** Outside its absolute bounds (or not measured while bounded). */
  breached: boolean;
}

export interface CaseDiff {
  name: string;
  change: 'regressed' | 'improved' | 'mixed';
  /** What got worse (for regressed/mixed) and what got better, in words. */
  worse: string[];
  better: string[];
}

export interface GateResult {
  passed: boolean;
  /** Metrics compared over the cases both runs share (added and removed cases are listed, not scored). */
  metrics: MetricCheck[];
  comparedCases: number;
  /** Cases that got worse: pass to fail, code now wrong, findings missed or new false positives, facts now wrong. */
  regressedCases: CaseDiff[];
  /** Every case whose outcome changed, regressed or not. */
  caseDiffs: CaseDiff[];
  addedCases: string[];
  removedCases: string[];
  /** Context for the reader: changed versions or gold set. */
  notes: string[];
  /** The format gate (src/eval/format-gate.ts), when the current run has format results. */
  formats?: FormatGate;
  /** The name gate (src/eval/name-gate.ts), when the current run has name results. */
  names?: NameGate;
}

const pick = (c: MetricCheck) => ({ limit: c.limit, breached: c.breached });
const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => !b.includes(x));
const shown = (code: string | null): string => code ?? 'none';

/** What changed in one case between the baseline and the current run. */
export function diffCase(base: CaseRecord, cur: CaseRecord): CaseDiff | null {
  const worse: string[] = [];
  const better: string[] = [];
  if (!base.error && cur.error) worse.push(`now fails to run (${cur.error.code})`);
  if (base.error && !cur.error) better.push('runs again');
  if (base.passed && !cur.passed) worse.push('passed -> failed');
  if (!base.passed && cur.passed) better.push('failed -> passed');
  if (base.codeCorrect && !cur.codeCorrect)
    worse.push(`code ${shown(base.gotCode)} -> ${shown(cur.gotCode)} (expected ${shown(cur.expectedCode)})`);
  if (!base.codeCorrect && cur.codeCorrect)
    better.push(`code ${shown(base.gotCode)} -> ${shown(cur.gotCode)} (now correct)`);
  const missed = minus(cur.findings.falseNegatives, base.findings.falseNegatives);
  if (missed.length > 0) worse.push(`missed ${missed.join(', ')}`);
  const found = minus(base.findings.falseNegatives, cur.findings.falseNegatives);
  if (found.length > 0) better.push(`now finds ${found.join(', ')}`);
  const newFp = minus(cur.findings.falsePositives, base.findings.falsePositives);
  if (newFp.length > 0) worse.push(`new false positive ${newFp.join(', ')}`);
  const goneFp = minus(base.findings.falsePositives, cur.findings.falsePositives);
  if (goneFp.length > 0) better.push(`no longer reports ${goneFp.join(', ')}`);
  const wrongFacts = (r: CaseRecord) => r.facts.filter((f) => !f.correct).map((f) => f.element);
  const nowWrong = minus(wrongFacts(cur), wrongFacts(base));
  if (nowWrong.length > 0) worse.push(`facts now wrong: ${nowWrong.join(', ')}`);
  const nowRight = minus(wrongFacts(base), wrongFacts(cur));
  if (nowRight.length > 0) better.push(`facts now right: ${nowRight.join(', ')}`);
  if (worse.length === 0 && better.length === 0) return null;
  return {
    name: cur.name,
    change: worse.length === 0 ? 'improved' : better.length === 0 ? 'regressed' : 'mixed',
    worse,
    better,
  };
}

/** Checks one metric against the baseline and its threshold. */
export function checkMetric(
  key: GatedMetricKey,
  current: Metrics,
  baseline: Metrics,
  thresholds: Thresholds,
  limits: Limits = {},
): MetricCheck {
  const def = gatedMetrics[key];
  const cur = def.read(current);
  const base = def.read(baseline);
  const threshold = thresholds[key] ?? null;
  const delta = cur === null || base === null ? null : cur - base;
  const worsening = delta === null ? 0 : def.better === 'higher' ? -delta : delta;
  const limit = limits[key] ?? null;
  const breached =
    limit !== null &&
    (cur === null ||
      (limit.min !== undefined && cur < limit.min - EPSILON) ||
      (limit.max !== undefined && cur > limit.max + EPSILON));
  return {
    metric: key,
    label: def.label,
    better: def.better,
    baseline: base,
    current: cur,
    delta,
    threshold,
    regressed: threshold !== null && worsening > threshold + EPSILON,
    limit,
    breached,
  };
}

/**
 * The regression gate: fails when any gated metric is worse than the baseline by more than the
 * suite's threshold or outside the suite's absolute limits, and names every case that got worse.
 * Like for like: when cases were added or removed, both sides are rescored over the cases they share
 * (limits hold on the current run's own metrics). Pure.
 */
export function runGate(
  current: EvalResults,
  baseline: EvalResults,
  thresholds: Thresholds,
  limits: Limits = {},
): GateResult {
  const baseByName = new Map(baseline.cases.map((c) => [c.name, c]));
  const curNames = new Set(current.cases.map((c) => c.name));
  const sameSet =
    current.cases.length === baseline.cases.length && current.cases.every((c) => baseByName.has(c.name));
  const [curMetrics, baseMetrics] = sameSet
    ? [current.metrics, baseline.metrics]
    : [
        computeMetrics(current.cases.filter((c) => baseByName.has(c.name))),
        computeMetrics(baseline.cases.filter((c) => curNames.has(c.name))),
      ];
  const metrics = gatedMetricKeys.map((k) => {
    const check = checkMetric(k, curMetrics, baseMetrics, thresholds, limits);
    return limits[k]
      ? { ...check, ...pick(checkMetric(k, current.metrics, current.metrics, {}, limits)) }
      : check;
  });
  const caseDiffs = current.cases.flatMap((c) => {
    const base = baseByName.get(c.name);
    const diff = base ? diffCase(base, c) : null;
    return diff ? [diff] : [];
  });
  const notes: string[] = [];
  for (const key of ['opnote', 'knowledge', 'extractor', 'prompt', 'schema', 'model'] as const) {
    if (current.versions[key] !== baseline.versions[key])
      notes.push(`${key} version ${baseline.versions[key] ?? '—'} -> ${current.versions[key] ?? '—'}`);
  }
  // The content versions of the reader, its context rules, the validator and the templates.
  for (const key of ['rules', 'context', 'validator', 'templates']) {
    const [was, now] = [baseline.versions.all[key], current.versions.all[key]];
    if (was !== now) notes.push(`${key} version ${was ?? '—'} -> ${now ?? '—'}`);
  }
  if (current.versions.fixtures !== baseline.versions.fixtures)
    notes.push('the cases (transcripts, claims or labels) differ from the baseline');
  if (!sameSet)
    notes.push(
      `metrics compared over the ${curMetrics.cases.total} cases both runs share; regenerate the baseline to score added cases`,
    );
  const formats = runFormatGate(current, baseline);
  const names = runNameGate(current, baseline);
  return {
    passed:
      metrics.every((m) => !m.regressed && !m.breached) &&
      (formats?.passed ?? true) &&
      (names?.passed ?? true),
    metrics,
    comparedCases: curMetrics.cases.total,
    regressedCases: caseDiffs.filter((d) => d.change !== 'improved'),
    caseDiffs,
    addedCases: current.cases.filter((c) => !baseByName.has(c.name)).map((c) => c.name),
    removedCases: baseline.cases.filter((c) => !curNames.has(c.name)).map((c) => c.name),
    notes,
    ...(formats ? { formats } : {}),
    ...(names ? { names } : {}),
  };
}
