import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { DEFAULT_CACHE_TTL_MS, pruneCacheDir } from '../../batch/cache.ts';
import {
  diffOutcomes,
  diffText,
  diffTotalsText,
  type NoteOutcome,
  outcomeOfLine,
  readOutcomes,
} from '../../batch/diff.ts';
import { createProgressReporter } from '../../batch/progress.ts';
import { runBatch } from '../../batch/run.ts';
import { summaryText } from '../../batch/summary.ts';
import { UsageError } from '../../errors.ts';
import { createExtractor, extractorNames } from '../../extract/registry.ts';
import { mkdirPrivate, writeFilePrivate } from '../../fs/private-files.ts';
import { MAX_TRANSCRIPT_CHARS } from '../../pipeline/input.ts';
import { jsonLine } from '../../pipeline/lines.ts';
import { type BatchInput, inputKind } from '../../pipeline/source.ts';
import { KNOWLEDGE_OPTION_HELP, loadEnvConfig, loadKnowledgeOption, resolveMaxChars } from '../config.ts';
import { addStoreOptions, openStoreFromFlags, type StoreFlags, storeWriter } from '../store-flags.ts';

interface BatchFlags extends StoreFlags {
  run?: string;
  queue?: string;
  queueName?: string;
  detach?: boolean;
  status?: boolean;
  retryFailed?: boolean;
  out?: string;
  extractor?: string;
  concurrency?: string;
  threads?: string;
  rpm?: string;
  tpm?: string;
  maxRetries?: string;
  cacheDir?: string;
  cacheTtl?: string;
  cachePrune?: boolean;
  maxRetryAfter?: string;
  maxChars?: string;
  knowledge?: string;
  summaryJson?: string;
  quiet?: boolean;
  diff?: boolean;
  format: string;
}

/** Reads a whole-number flag; `min` is 1 for counts and limits, 0 for retries. */
function intFlag(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${flag} expects a whole number of at least ${min}; got "${value}"`);
  return n;
}

/** A run's outcomes from the store, reduced exactly as a results file is. */
async function storeOutcomes(
  flags: StoreFlags,
  oldRun: string,
  newRun: string,
): Promise<Map<string, NoteOutcome>[]> {
  const store = await openStoreFromFlags(flags, true, { existing: true });
  if (!store) return [];
  try {
    const { exportLine } = await import('../../store/sql-store.ts');
    const known = new Set((await store.runs()).map((r) => r.id));
    const maps: Map<string, NoteOutcome>[] = [];
    for (const runId of [oldRun, newRun]) {
      if (!known.has(runId))
        throw new UsageError(
          `run ${JSON.stringify(runId)} is not in the store; runs: ${[...known].join(', ') || 'none'}`,
        );
      const outcomes = new Map<string, NoteOutcome>();
      for await (const p of store.exportLatest({ runId })) {
        const parsed = outcomeOfLine(JSON.stringify(exportLine(p).record));
        if (parsed) outcomes.set(parsed.id, parsed.outcome);
      }
      maps.push(outcomes);
    }
    return maps;
  } finally {
    await store.close();
  }
}

async function runDiff(files: string[], flags: BatchFlags): Promise<void> {
  const format = flags.format;
  const fromStore = flags.store !== undefined;
  if (files.length !== 2)
    throw new UsageError(
      fromStore
        ? `--diff --store compares two runs: opnote batch --diff --store <url> old-run new-run (got ${files.length})`
        : `--diff compares two results files: opnote batch --diff old.jsonl new.jsonl (got ${files.length})`,
    );
  const [oldPath, newPath] = files as [string, string];
  const [before, after] = fromStore
    ? await storeOutcomes(flags, oldPath, newPath)
    : [await readOutcomes(oldPath), await readOutcomes(newPath)];
  const { diffs, totals } = diffOutcomes(
    before as Map<string, NoteOutcome>,
    after as Map<string, NoteOutcome>,
  );
  if (format === 'json') {
    for (const d of diffs) process.stdout.write(jsonLine(d));
    process.stderr.write(`${diffTotalsText(totals)}\n`);
    return;
  }
  for (const d of diffs) process.stdout.write(`${diffText(d)}\n`);
  process.stdout.write(`${diffTotalsText(totals)}\n`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `--cache-ttl <days>` in ms (whole days, at least 1). */
const cacheTtlMs = (flags: BatchFlags): number | undefined => {
  const days = intFlag('--cache-ttl', flags.cacheTtl, 1);
  return days === undefined ? undefined : days * DAY_MS;
};

/** `opnote batch --cache-prune --cache-dir <dir>`: deletes expired cache entries and stale temporary files. */
function runCachePrune(files: string[], flags: BatchFlags): void {
  if (flags.cacheDir === undefined)
    throw new UsageError(
      '--cache-prune needs --cache-dir <dir>: opnote batch --cache-prune --cache-dir <dir>',
    );
  if (files.length > 0)
    throw new UsageError('--cache-prune takes no input files: opnote batch --cache-prune --cache-dir <dir>');
  const ttlMs = cacheTtlMs(flags) ?? DEFAULT_CACHE_TTL_MS;
  const r = pruneCacheDir(flags.cacheDir, { ttlMs });
  process.stderr.write(
    `cache ${flags.cacheDir}: removed ${r.expired} entries older than ${ttlMs / DAY_MS} days and ${r.temps} stale temporary files; ${r.kept} entries kept\n`,
  );
}

async function runNotes(files: string[], flags: BatchFlags): Promise<void> {
  if (files.length === 0)
    throw new UsageError('batch needs an input: opnote batch <notes.jsonl|dir|-> --out <results.jsonl>');
  if (flags.out === undefined) throw new UsageError('batch needs --out <results.jsonl>');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read once');
  const inputs: BatchInput[] = files.map((f) => (f === '-' ? process.stdin : f));
  for (const input of inputs) inputKind(input); // a missing input is a usage error before anything is created
  // The summary is written at the end: make its directory now, so a long run cannot fail on it.
  if (flags.summaryJson !== undefined) mkdirPrivate(dirname(resolve(flags.summaryJson)));
  const concurrency = intFlag('--concurrency', flags.concurrency, 1);
  const threads = intFlag('--threads', flags.threads, 1) ?? availableParallelism();
  const rpm = intFlag('--rpm', flags.rpm, 1);
  const tpm = intFlag('--tpm', flags.tpm, 1);
  const maxRetries = intFlag('--max-retries', flags.maxRetries, 0);
  const maxRetryAfter = intFlag('--max-retry-after', flags.maxRetryAfter, 0);
  const ttlMs = cacheTtlMs(flags);
  const env = loadEnvConfig();
  const maxChars = resolveMaxChars(flags.maxChars, env);
  const knowledge = loadKnowledgeOption(flags.knowledge);
  // The batch owns retries (with its own backoff and rate limits), so the SDK must not retry too.
  const extractorName = flags.extractor ?? env.defaultExtractor;
  const extractorConfig = { ...env, maxRetries: 0 };
  const extractor = createExtractor(extractorName, extractorConfig);

  const reporter = flags.quiet
    ? undefined
    : createProgressReporter({ stream: process.stderr, tty: process.stderr.isTTY === true });
  let last: Parameters<NonNullable<typeof reporter>['update']>[0] | undefined;
  const interrupt = new AbortController();
  const onSigint = (): void => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write(
      '\nopnote: stopping after the notes in flight; run the same command again to resume (Ctrl-C again to quit now)\n',
    );
    interrupt.abort();
  };
  const store = await openStoreFromFlags(flags, false, knowledge ? { knowledge } : {});
  const writer = store
    ? storeWriter(store, { actor: 'batch', ...(flags.run === undefined ? {} : { runId: flags.run }) })
    : undefined;
  process.on('SIGINT', onSigint);
  try {
    const run = await runBatch({
      ...(writer ? { onWritten: writer.write } : {}),
      input: inputs.length === 1 ? (inputs[0] as BatchInput) : inputs,
      out: flags.out,
      extractor,
      // The pipeline on every core: worker threads build the same extractor from its name and settings.
      threads,
      workerExtractor: extractorName,
      extractorConfig,
      process: { maxChars, ...(knowledge ? { knowledge } : {}) },
      ...(env.model === undefined ? {} : { model: env.model }),
      ...(concurrency === undefined ? {} : { concurrency }),
      ...(rpm === undefined ? {} : { rpm }),
      ...(tpm === undefined ? {} : { tpm }),
      ...(maxRetries === undefined ? {} : { maxRetries }),
      ...(maxRetryAfter === undefined ? {} : { maxRetryAfterMs: maxRetryAfter * 1000 }),
      ...(flags.cacheDir === undefined ? {} : { cacheDir: flags.cacheDir }),
      ...(ttlMs === undefined ? {} : { cacheTtlMs: ttlMs }),
      signal: interrupt.signal,
      ...(reporter
        ? {
            onProgress: (p) => {
              last = p;
              reporter.update(p);
            },
          }
        : {}),
    });
    if (reporter && last) reporter.done(last);
    if (flags.summaryJson !== undefined)
      writeFilePrivate(
        flags.summaryJson,
        `${JSON.stringify({ ...run.summary, out: run.out, errorsOut: run.errorsOut }, null, 2)}\n`,
      );
    if (!flags.quiet)
      process.stderr.write(
        `${summaryText(run.summary)}  results: ${run.out}; errors: ${run.errorsOut}${writer?.runId() ? `; store run: ${writer.runId()}` : ''}\n`,
      );
    if (run.fatal) throw run.fatal;
    if (interrupt.signal.aborted) process.exitCode = 130;
  } finally {
    process.off('SIGINT', onSigint);
    await store?.close();
  }
}

/**
 * `opnote batch <inputs...> --out results.jsonl`: reprocess many notes; `opnote batch --diff old new`:
 * compare two runs; `opnote batch --cache-prune --cache-dir <dir>`: expire the on-disk cache.
 */
export function registerBatchCommand(program: Command): void {
  const command = program
    .command('batch')
    .usage(
      '<inputs...> --out <results.jsonl> [options] | --diff <old.jsonl> <new.jsonl> | --cache-prune --cache-dir <dir>',
    )
    .description(
      'Process many notes (JSONL files, directories of cases, or -): concurrent, rate limited, resumable. Or compare two runs with --diff.',
    )
    .argument(
      '[inputs...]',
      'inputs (JSONL files, directories of cases, - for stdin), read as one batch with ids unique across them; with --diff: old.jsonl new.jsonl',
    )
    .option(
      '--out <file>',
      'required: results JSONL (appended; failed notes go to <name>.errors.jsonl; locked while a batch runs)',
    )
    .option(
      '--extractor <name>',
      `fact extractor (${extractorNames().join(', ')}); default openai when OPENAI_API_KEY is set, else rules`,
    )
    .option('--concurrency <n>', 'provider calls in flight at once (default 4)')
    .option(
      '--threads <n>',
      `pipeline worker threads; 1 runs every note in the main thread (default: one per core, ${availableParallelism()})`,
    )
    .option('--rpm <n>', 'requests per minute cap (default none)')
    .option('--tpm <n>', 'tokens per minute cap, on an estimate made before each call (default none)')
    .option('--max-retries <n>', 'retries of a rate-limited, failed or timed-out provider call (default 5)')
    .option(
      '--max-retry-after <seconds>',
      'longest retry-after honoured; a longer one is waited this long (default 60)',
    )
    .option(
      '--cache-dir <dir>',
      'keep extractions on disk and reuse them across runs (holds PHI, owner-only; default memory only)',
    )
    .option('--cache-ttl <days>', 'on-disk cache entries older than this are deleted (default 7)')
    .option('--cache-prune', 'delete expired entries of --cache-dir and exit')
    .option(
      '--max-chars <n>',
      `largest transcript in characters (default OPNOTE_MAX_CHARS, else ${MAX_TRANSCRIPT_CHARS}); longer notes are input.too-large errors`,
    )
    .option('--summary-json <file>', 'also write the summary as JSON')
    .option('--knowledge <dir>', KNOWLEDGE_OPTION_HELP)
    .option('--quiet', 'no progress and no summary on stderr')
    .option(
      '--diff',
      'compare two results files per note (or, with --store, two store runs): supported code, findings gained or lost',
    )
    .option(
      '--queue <url>',
      'enqueue the notes on a Redis queue (redis://host:port) for `opnote worker`s, and follow until done',
    )
    .option('--queue-name <name>', 'with --queue: queue name (default opnote)')
    .option('--detach', 'with --queue: return once enqueued')
    .option('--status', 'with --queue: print the queue counts and failed notes by error code')
    .option('--retry-failed', 'with --queue: queue failed notes again')
    .option(
      '--run <id>',
      'with --store: the run the results are attached to (default <extractor>-<pipeline hash>, so a resume continues it)',
    )
    .addOption(
      new Option('--format <format>', 'diff output format').choices(['text', 'json']).default('text'),
    );
  addStoreOptions(command).action(async (files: string[], flags: BatchFlags) => {
    if (flags.diff) await runDiff(files, flags);
    else if (flags.queue !== undefined) {
      const { runQueueBatch } = await import('../queue-batch.ts');
      await runQueueBatch(files, { ...flags, queue: flags.queue });
    } else if (flags.status || flags.retryFailed || flags.detach)
      throw new UsageError('--status, --retry-failed and --detach need --queue redis://host:port');
    else if (flags.cachePrune) runCachePrune(files, flags);
    else await runNotes(files, flags);
  });
}
