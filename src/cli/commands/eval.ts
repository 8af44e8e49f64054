import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { echo, errorLine, InputError, UsageError } from '../../errors.ts';
import { evaluate } from '../../eval/evaluate.ts';
import { type FixtureCase, loadFixtures } from '../../eval/fixtures.ts';
import { formatEval, type Reference, referenceOf } from '../../eval/format-eval.ts';
import { type FormatTransformId, formatTransformIds, isFormatTransformId } from '../../eval/formats.ts';
import { type GateResult, runGate } from '../../eval/gate.ts';
import { mutationPassed, mutationTest } from '../../eval/mutate.ts';
import { nameEval } from '../../eval/name-eval.ts';
import { renderReportHtml } from '../../eval/report-html.ts';
import { type EvalResults, parseResults } from '../../eval/results.ts';
import type { CaseWrapper } from '../../eval/run.ts';
import { amendForReplay, defaultSuite, loadSuite, type Suite, selectCases } from '../../eval/suite.ts';
import { summaryMarkdown } from '../../eval/summary.ts';
import { createExtractor } from '../../extract/registry.ts';
import type { Extractor } from '../../extract/types.ts';
import { mkdirPrivate, writeFilePrivate } from '../../fs/private-files.ts';
import { MAX_TRANSCRIPT_CHARS } from '../../pipeline/input.ts';
import {
  type EnvConfig,
  KNOWLEDGE_OPTION_HELP,
  loadEnvConfig,
  loadKnowledgeOption,
  resolveMaxChars,
} from '../config.ts';
import { addStoreOptions, openStoreFromFlags, recordResult, type StoreFlags } from '../store-flags.ts';

/** Where suites are declared, relative to the working directory. */
const EVALS_DIR = 'evals';
/** Default output directory for results.json, report.html and summary.md. */
export const DEFAULT_EVAL_OUT = join('out', 'eval');

interface EvalOptions extends StoreFlags {
  extractor?: string;
  suite?: string;
  out: string;
  baseline?: string;
  live?: boolean;
  mutate?: boolean;
  formats?: boolean | string;
  maxChars?: string;
  knowledge?: string;
}

/** The suite: named by --suite, else the one named after the extractor (or rules), else the built-in default. */
function chooseSuite(opts: EvalOptions, cwd: string): Suite {
  if (opts.suite) return loadSuite(opts.suite, resolve(cwd, EVALS_DIR));
  const name = opts.extractor ?? 'rules';
  if (existsSync(resolve(cwd, EVALS_DIR, `${name}.json`))) return loadSuite(name, resolve(cwd, EVALS_DIR));
  return defaultSuite(cwd);
}

function loadCases(dirs: readonly string[], suite: Suite): FixtureCase[] {
  const all = dirs.flatMap((dir) => {
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new InputError('input.not-found', `case directory not found: ${echo(dir)}`);
    return loadFixtures(dir);
  });
  const cases = selectCases(suite, all);
  if (cases.length === 0)
    throw new UsageError(
      `no cases selected in ${dirs.join(', ')}: a case is a folder with transcript.txt and expected.json (and optional claim.json); check the suite's include/exclude`,
    );
  return cases;
}

/** Extractor and per-case wrapper: rules or --live run as is; an LLM extractor otherwise replays each case's recordings. */
async function chooseExtractor(
  name: string,
  live: boolean,
  env: EnvConfig,
): Promise<{ extractor: Extractor; mode: 'live' | 'replay'; wrapCase?: CaseWrapper }> {
  if (name === 'rules' || live) return { extractor: createExtractor(name, env), mode: 'live' };
  // Replay never reaches the network: the extractor's fetch answers from fixtures/<case>/recordings and
  // refuses anything else (no interception library: it runs with production dependencies only).
  const { createReplaySession } = await import('../../extract/llm/replay.ts');
  const session = createReplaySession();
  const extractor = createExtractor(name, {
    apiKey: 'replay',
    maxRetries: 0,
    fetch: session.fetch,
    ...(env.model ? { model: env.model } : {}),
  });
  const wrapCase: CaseWrapper = async (fixture, run) =>
    (await session.run(join(fixture.dir, 'recordings'), run)).result;
  return { extractor, mode: 'replay', wrapCase };
}

/** The transforms `--formats` names: all with no list, else the comma-separated ids (each checked). */
export function parseFormatsOption(value: boolean | string): FormatTransformId[] {
  if (value === true) return [...formatTransformIds];
  const ids = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !isFormatTransformId(id));
  if (ids.length === 0 || unknown.length > 0)
    throw new UsageError(
      `--formats takes no value or a comma-separated list of transforms${unknown.length > 0 ? `; unknown: ${unknown.map((u) => echo(u, 40)).join(', ')}` : ''}; known: ${formatTransformIds.join(', ')}`,
    );
  return formatTransformIds.filter((id) => ids.includes(id));
}

function readBaseline(file: string): EvalResults {
  if (!existsSync(file)) throw new InputError('input.not-found', `baseline not found: ${echo(file)}`);
  return parseResults(readFileSync(file, 'utf8'), `baseline ${echo(file)}`);
}

/**
 * `opnote eval [dir ...]`: runs the cases, prints the Markdown summary, writes results.json,
 * report.html and summary.md. Exit 1 when the gate fails, the mutation kill rate is below the
 * suite's minimum, or a case could not run; 2 for bad usage.
 */
export function registerEvalCommand(program: Command): void {
  const command = program
    .command('eval')
    .description(
      'Run the eval cases (default: the suite in evals/, else ./fixtures): metrics, results.json, report.html; with --baseline, the regression gate.',
    )
    .argument(
      '[dirs...]',
      'case directories (override the suite); a case is a folder with transcript.txt and expected.json',
    )
    .option(
      '--extractor <name>',
      'fact extractor: rules, openai, langchain (default: the suite extractor, rules)',
    )
    .option('--suite <name>', 'suite in evals/<name>.json, or a path to a suite file')
    .option('--out <dir>', 'output directory for results.json, report.html and summary.md', DEFAULT_EVAL_OUT)
    .option(
      '--baseline <file>',
      'results.json to gate against: exit 1 when a metric drops beyond the suite threshold',
    )
    .option('--live', 'call the LLM provider (needs OPENAI_API_KEY) instead of replaying recordings')
    .option('--knowledge <dir>', KNOWLEDGE_OPTION_HELP)
    .option(
      '--mutate',
      'also run mutation tests of the validator (exit 1 below the suite minimum kill rate), and the format eval where the suite declares it (mutation.formats)',
    )
    .option(
      '--formats [ids]',
      `also run the metamorphic format eval: each case rewritten by each format transform (or the comma-separated ones given) must keep its code, and its route where the transform keeps every fact; with it the metamorphic name eval (src/eval/names.ts: procedure names deleted, the anatomy must keep the code); gated with --baseline. Transforms: ${formatTransformIds.join(', ')}`,
    )
    .option(
      '--max-chars <n>',
      `largest transcript in characters (default OPNOTE_MAX_CHARS, else ${MAX_TRANSCRIPT_CHARS})`,
    );
  addStoreOptions(command).action(async (dirs: string[], opts: EvalOptions) => {
    const cwd = process.cwd();
    const env = loadEnvConfig();
    const maxChars = resolveMaxChars(opts.maxChars, env);
    const knowledge = loadKnowledgeOption(opts.knowledge);
    const suite = chooseSuite(opts, cwd);
    const caseDirs = dirs.length > 0 ? dirs.map((d) => resolve(cwd, d)) : suite.resolvedDirs;
    const cases = loadCases(caseDirs, suite);
    const extractorName = opts.extractor ?? suite.extractor;
    // --formats names the transforms; a suite may have --mutate run them all (`mutation.formats`).
    const transforms =
      opts.formats !== undefined
        ? parseFormatsOption(opts.formats)
        : opts.mutate && suite.mutation.formats
          ? [...formatTransformIds]
          : undefined;
    const baseline = opts.baseline ? readBaseline(opts.baseline) : undefined;
    const chosen = await chooseExtractor(extractorName, opts.live === true, env);
    if ((opts.mutate || transforms) && chosen.mode === 'replay')
      throw new UsageError(
        `${opts.formats === undefined ? '--mutate' : '--formats'} runs changed transcripts, which have no recordings: use --extractor rules, or --live with a key`,
      );

    // Opened before any case runs: an unreachable store fails fast.
    const store = await openStoreFromFlags(opts, false, knowledge ? { knowledge } : {});
    // A replayed answer the suite knows to be wrong is scored against what opnote must do with it.
    const scored = chosen.mode === 'replay' ? cases.map((c) => amendForReplay(c, suite.amendments)) : cases;
    const evaluated = evaluate(scored, {
      extractor: chosen.extractor,
      ...(chosen.wrapCase ? { wrapCase: chosen.wrapCase } : {}),
      maxChars,
      ...(knowledge ? { knowledge } : {}),
      suite: {
        name: suite.name,
        extractor: extractorName,
        mode: chosen.mode,
        dirs: caseDirs.map((d) => relative(cwd, d) || '.'),
        thresholds: suite.thresholds,
      },
    });
    if (store) evaluated.catch(() => store.close());
    const { runs, results } = await evaluated;
    if (store) {
      try {
        const { identityOf } = await import('../../store/identity.ts');
        const identity = identityOf(chosen.extractor, { model: env.model });
        for (const run of runs)
          await recordResult(
            store,
            {
              noteId: run.fixture.name,
              transcript: run.transcript,
              claim: run.claim,
              identity,
              actor: 'eval',
            },
            run.result ? { result: run.result } : { error: run.error ?? { code: 'internal', message: '' } },
          );
      } finally {
        await store.close();
      }
    }
    if (opts.mutate) {
      const {
        outcomes: _outcomes,
        mutants: _mutants,
        ...summary
      } = await mutationTest(cases, {
        extractor: chosen.extractor,
        ...(knowledge ? { knowledge } : {}),
        minKillRate: suite.mutation.minKillRate,
        maxChars,
      });
      results.mutation = summary;
    }
    if (transforms) {
      // Each rewrite is held to what its case decides as written: the runs above.
      const originals = new Map<string, Reference>(
        runs.flatMap((r) => (r.result ? [[r.fixture.name, referenceOf(r.result)]] : [])),
      );
      results.formats = await formatEval(cases, {
        extractor: chosen.extractor,
        ...(knowledge ? { knowledge } : {}),
        maxChars,
        transforms,
        originals,
      });
      // The name eval runs with the format eval: each case's names deleted, held to its result as written.
      results.names = await nameEval(cases, {
        extractor: chosen.extractor,
        ...(knowledge ? { knowledge } : {}),
        maxChars,
        originals: new Map(runs.flatMap((r) => (r.result ? [[r.fixture.name, r.result]] : []))),
      });
    }
    const gate: GateResult | undefined = baseline
      ? runGate(results, baseline, suite.thresholds, suite.limits)
      : undefined;

    // The report quotes transcripts (PHI): owner-only directory and files.
    mkdirPrivate(opts.out);
    const summary = summaryMarkdown(results, gate);
    writeFilePrivate(join(opts.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFilePrivate(
      join(opts.out, 'report.html'),
      renderReportHtml({ results, runs, ...(gate ? { gate } : {}), ...(baseline ? { baseline } : {}) }),
    );
    writeFilePrivate(join(opts.out, 'summary.md'), summary);
    process.stdout.write(summary);

    const problems: string[] = [];
    for (const c of results.cases)
      if (c.error) problems.push(`case ${c.name} did not run (${c.error.code}): ${c.error.message}`);
    if (gate?.formats && !gate.formats.passed)
      problems.push(
        `format gate failed against ${opts.baseline}: ${gate.formats.checks
          .filter((c) => c.worse.length > 0)
          .map((c) => `${c.id} (${c.worse.join('; ')})`)
          .join(', ')}`,
      );
    if (gate?.names && !gate.names.passed)
      problems.push(
        `name gate failed against ${opts.baseline}: ${gate.names.checks
          .filter((c) => c.worse.length > 0)
          .map((c) => `${c.id} (${c.worse.join('; ')})`)
          .join(', ')}`,
      );
    if (gate?.metrics.some((m) => m.regressed || m.breached))
      problems.push(
        `gate failed against ${opts.baseline}: ${gate.metrics
          .filter((m) => m.regressed)
          .map((m) => m.metric)
          .join(
            ', ',
          )} dropped beyond the threshold; regressed cases: ${gate.regressedCases.map((d) => d.name).join(', ') || 'none'}`,
      );
    if (results.mutation && !mutationPassed(results.mutation))
      problems.push(
        `mutation kill rate ${results.mutation.killed}/${results.mutation.generated} is below the minimum ${results.mutation.minKillRate}`,
      );
    process.stderr.write(
      `opnote: ${errorLine(`wrote ${join(opts.out, 'results.json')}, ${join(opts.out, 'report.html')} and ${join(opts.out, 'summary.md')}`)}\n`,
    );
    for (const p of problems) process.stderr.write(`opnote: ${errorLine(p)}\n`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  });
}
