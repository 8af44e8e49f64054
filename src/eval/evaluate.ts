import { codes as registry } from '../codes/index.ts';
import { knowledgeVersion } from '../pipeline/process.ts';
import { contentHash, OPNOTE_VERSION } from '../version.ts';
import type { FixtureCase } from './fixtures.ts';
import { buildCaseRecord, computeMetrics } from './metrics.ts';
import { type EvalResults, RESULTS_SCHEMA_VERSION } from './results.ts';
import { type CaseRun, type RunCasesOptions, runCases } from './run.ts';

/** What results.json records about the suite that produced it. */
export interface SuiteInfo {
  name: string;
  /** Extractor name as given on the command line. */
  extractor: string;
  mode: 'live' | 'replay';
  /** Case directories as the user named them (kept relative, so a committed baseline has no local paths). */
  dirs: string[];
  thresholds: Record<string, number>;
}

export interface EvaluateOptions extends RunCasesOptions {
  /** Suite details for results.json. Default: suite "adhoc", the extractor's name, mode live, no thresholds. */
  suite?: Partial<SuiteInfo>;
  /** Clock for `generatedAt`. Default: the system clock. */
  date?: () => Date;
}

export interface Evaluation {
  /** Case runs in case order: inputs, results (with evidence) and errors, for reports. */
  runs: CaseRun[];
  results: EvalResults;
}

/** Versions every case reported, by key; a key with several values (mixed runs) lists them all. */
function collectVersions(runs: readonly CaseRun[]): Record<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const run of runs) {
    for (const [k, v] of Object.entries(run.result?.meta.versions ?? {})) {
      seen.set(k, (seen.get(k) ?? new Set()).add(v));
    }
  }
  return Object.fromEntries(
    [...seen.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, vs]) => [k, [...vs].sort().join(',')]),
  );
}

/** Hash of the gold set: names, transcripts, claims and labels of the cases. */
export const fixturesHash = (runs: readonly CaseRun[]): string =>
  contentHash(
    runs.map((r) => [r.fixture.name, contentHash(r.transcript), r.claim, r.fixture.expected] as const),
  );

/** Builds results.json from case runs. Pure apart from what it is given. */
export function buildResults(runs: readonly CaseRun[], suite: SuiteInfo, generatedAt: Date): EvalResults {
  const records = runs.map(buildCaseRecord);
  const all = collectVersions(runs);
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    generatedAt: generatedAt.toISOString(),
    suite,
    versions: {
      opnote: OPNOTE_VERSION,
      knowledge: all.knowledge ?? null,
      prompt: all.prompt ?? null,
      schema: all.schema ?? null,
      model: all.model ?? null,
      extractor: suite.extractor,
      fixtures: fixturesHash(runs),
      all,
    },
    metrics: computeMetrics(records),
    cases: records,
  };
}

/**
 * Runs the cases and scores them: the library form of `opnote eval` without its files.
 * Extractor, per-case wrapper (replay) and code knowledge are injected through the options.
 */
export async function evaluate(
  cases: readonly FixtureCase[],
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  const runs = await runCases(cases, options);
  const extractor = options.suite?.extractor ?? options.extractor?.name ?? 'rules';
  const suite: SuiteInfo = {
    name: options.suite?.name ?? 'adhoc',
    extractor,
    mode: options.suite?.mode ?? 'live',
    dirs: options.suite?.dirs ?? [...new Set(cases.map((c) => c.dir.split('/').slice(0, -1).join('/')))],
    thresholds: options.suite?.thresholds ?? {},
  };
  const results = buildResults(runs, suite, (options.date ?? (() => new Date()))());
  if (results.versions.knowledge === null)
    results.versions.knowledge = knowledgeVersion(options.codes ?? registry, options.knowledge);
  return { runs, results };
}
