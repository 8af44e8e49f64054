import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { diffOutcomes, diffText, diffTotalsText, readOutcomes } from '../../batch/diff.ts';
import { createProgressReporter } from '../../batch/progress.ts';
import { runBatch } from '../../batch/run.ts';
import { inputKind } from '../../batch/source.ts';
import { summaryText } from '../../batch/summary.ts';
import { UsageError } from '../../errors.ts';
import { createExtractor, extractorNames } from '../../extract/registry.ts';
import { loadEnvConfig } from '../config.ts';

interface BatchFlags {
  out?: string;
  extractor?: string;
  concurrency?: string;
  rpm?: string;
  tpm?: string;
  maxRetries?: string;
  cacheDir?: string;
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

async function runDiff(files: string[], format: string): Promise<void> {
  if (files.length !== 2)
    throw new UsageError(
      `--diff compares two results files: opnote batch --diff old.jsonl new.jsonl (got ${files.length})`,
    );
  const [oldPath, newPath] = files as [string, string];
  const { diffs, totals } = diffOutcomes(await readOutcomes(oldPath), await readOutcomes(newPath));
  if (format === 'json') {
    for (const d of diffs) process.stdout.write(`${JSON.stringify(d)}\n`);
    process.stderr.write(`${diffTotalsText(totals)}\n`);
    return;
  }
  for (const d of diffs) process.stdout.write(`${diffText(d)}\n`);
  process.stdout.write(`${diffTotalsText(totals)}\n`);
}

async function runNotes(files: string[], flags: BatchFlags): Promise<void> {
  if (files.length !== 1)
    throw new UsageError(
      `batch takes one input (a JSONL file, a directory of cases, or -); got ${files.length}`,
    );
  if (flags.out === undefined) throw new UsageError('batch needs --out <results.jsonl>');
  const file = files[0] as string;
  const input = file === '-' ? process.stdin : file;
  inputKind(input); // a missing input is a usage error before anything is created
  const concurrency = intFlag('--concurrency', flags.concurrency, 1);
  const rpm = intFlag('--rpm', flags.rpm, 1);
  const tpm = intFlag('--tpm', flags.tpm, 1);
  const maxRetries = intFlag('--max-retries', flags.maxRetries, 0);
  const env = loadEnvConfig();
  // The batch owns retries (with its own backoff and rate limits), so the SDK must not retry too.
  const extractor = createExtractor(flags.extractor ?? env.defaultExtractor, { ...env, maxRetries: 0 });

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
  process.on('SIGINT', onSigint);
  try {
    const run = await runBatch({
      input,
      out: flags.out,
      extractor,
      ...(env.model === undefined ? {} : { model: env.model }),
      ...(concurrency === undefined ? {} : { concurrency }),
      ...(rpm === undefined ? {} : { rpm }),
      ...(tpm === undefined ? {} : { tpm }),
      ...(maxRetries === undefined ? {} : { maxRetries }),
      ...(flags.cacheDir === undefined ? {} : { cacheDir: flags.cacheDir }),
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
      writeFileSync(
        flags.summaryJson,
        `${JSON.stringify({ ...run.summary, out: run.out, errorsOut: run.errorsOut }, null, 2)}\n`,
      );
    if (!flags.quiet)
      process.stderr.write(`${summaryText(run.summary)}  results: ${run.out}; errors: ${run.errorsOut}\n`);
    if (run.fatal) throw run.fatal;
    if (interrupt.signal.aborted) process.exitCode = 130;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** `opnote batch <input> --out results.jsonl`: reprocess many notes; `opnote batch --diff old new`: compare two runs. */
export function registerBatchCommand(program: Command): void {
  program
    .command('batch')
    .description(
      'Process many notes (JSONL or a directory of cases): concurrent, rate limited, resumable. Or compare two runs with --diff.',
    )
    .argument(
      '<files...>',
      'input (JSONL file, directory of cases, or - for stdin); with --diff: old.jsonl new.jsonl',
    )
    .option('--out <file>', 'results JSONL (appended; failed notes go to <name>.errors.jsonl)')
    .option(
      '--extractor <name>',
      `fact extractor (${extractorNames().join(', ')}); default rules when no API key is set`,
    )
    .option('--concurrency <n>', 'provider calls in flight at once (default 4)')
    .option('--rpm <n>', 'requests per minute cap (default none)')
    .option('--tpm <n>', 'tokens per minute cap, on an estimate made before each call (default none)')
    .option('--max-retries <n>', 'retries of a rate-limited, failed or timed-out provider call (default 5)')
    .option(
      '--cache-dir <dir>',
      'keep extractions on disk and reuse them across runs (holds PHI; default memory only)',
    )
    .option('--summary-json <file>', 'also write the summary as JSON')
    .option('--quiet', 'no progress and no summary on stderr')
    .option('--diff', 'compare two results files per note: supported code, findings gained or lost')
    .addOption(
      new Option('--format <format>', 'diff output format').choices(['text', 'json']).default('text'),
    )
    .action(async (files: string[], flags: BatchFlags) => {
      if (flags.diff) await runDiff(files, flags.format);
      else await runNotes(files, flags);
    });
}
