import { closeSync, existsSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { errorsPathFor } from '../../batch/output.ts';
import { UsageError } from '../../errors.ts';
import { mkdirPrivate, openPrivate } from '../../fs/private-files.ts';
import type { Store } from '../../store/types.ts';
import { addStoreOptions, openStoreFromFlags, type StoreFlags } from '../store-flags.ts';

interface ExportFlags extends StoreFlags {
  out?: string;
  run?: string;
  reviewed?: string;
  overrides?: boolean;
}

/** Writes `lines` to `out` through a 0600 temp file renamed into place (a failed export leaves no half file). */
async function writeLines(out: string, lines: AsyncIterable<string>): Promise<number> {
  if (!existsSync(dirname(resolve(out)))) mkdirPrivate(dirname(resolve(out)));
  const tmp = `${out}.${process.pid}.tmp`;
  const fd = openPrivate(tmp, 'w');
  let count = 0;
  let finished = false;
  try {
    for await (const line of lines) {
      writeSync(fd, `${line}\n`);
      count += 1;
    }
    finished = true;
  } finally {
    closeSync(fd);
    if (!finished) rmSync(tmp, { force: true });
  }
  renameSync(tmp, out);
  return count;
}

/** `--reviewed csv|jsonl` or `--overrides`: the coders' decisions instead of the results. */
async function exportReviews(store: Store, flags: ExportFlags, out: string): Promise<void> {
  const { overrideCaseLines, reviewedLines } = await import('../../store/review-export.ts');
  try {
    if (flags.overrides) {
      const n = await writeLines(out, overrideCaseLines(store));
      process.stderr.write(`opnote: exported ${n} overrides as candidate eval cases to ${out}\n`);
      return;
    }
    const format = flags.reviewed;
    if (format !== 'csv' && format !== 'jsonl')
      throw new UsageError(`--reviewed expects csv or jsonl, got ${JSON.stringify(format)}`);
    const n = await writeLines(out, reviewedLines(store, format));
    const rows = format === 'csv' ? Math.max(0, n - 1) : n;
    process.stderr.write(`opnote: exported ${rows} reviewed notes (${format}) to ${out}\n`);
  } finally {
    await store.close();
  }
}

/** `opnote export --store <url> --out results.jsonl`: the store as today's batch JSONL (results and errors files). */
export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description(
      "Write the store's latest result per note (or one run's) as batch JSONL: results file and <name>.errors.jsonl; or the reviewed notes for billing (--reviewed), or the overrides as eval cases (--overrides).",
    )
    .option('--out <file>', 'results JSONL to write (replaced; created 0600)')
    .option('--run <id>', 'export one run (see opnote batch --run) instead of the latest result per note')
    .option('--reviewed <format>', 'instead: the reviewed notes for billing (csv or jsonl), one row per note')
    .option(
      '--overrides',
      'instead: each code override as a candidate eval case (JSONL; transcript only if stored)',
    );
  addStoreOptions(command).action(async (flags: ExportFlags) => {
    if (flags.out === undefined) throw new UsageError('export needs --out <file>');
    if (
      [flags.reviewed !== undefined, flags.overrides === true, flags.run !== undefined].filter(Boolean)
        .length > 1
    )
      throw new UsageError('export takes one of --run, --reviewed <format> and --overrides');
    if (flags.reviewed !== undefined && flags.reviewed !== 'csv' && flags.reviewed !== 'jsonl')
      throw new UsageError(`--reviewed expects csv or jsonl, got ${JSON.stringify(flags.reviewed)}`);
    const store = await openStoreFromFlags(flags, true, { existing: true });
    if (!store) return;
    const out = flags.out;
    if (flags.reviewed !== undefined || flags.overrides) return exportReviews(store, flags, out);
    const errorsOut = errorsPathFor(out);
    // The results hold PHI: a missing directory is created owner-only.
    if (!existsSync(dirname(resolve(out)))) mkdirPrivate(dirname(resolve(out)));
    const tmp = [`${out}.${process.pid}.tmp`, `${errorsOut}.${process.pid}.tmp`] as const;
    const fds = tmp.map((p) => openPrivate(p, 'w'));
    let results = 0;
    let errors = 0;
    let finished = false;
    try {
      if (flags.run !== undefined && !(await store.runs()).some((r) => r.id === flags.run))
        throw new UsageError(`run ${JSON.stringify(flags.run)} is not in the store`);
      const { exportLine } = await import('../../store/sql-store.ts');
      for await (const p of store.exportLatest(flags.run === undefined ? {} : { runId: flags.run })) {
        const line = exportLine(p);
        writeSync(
          line.kind === 'result' ? (fds[0] as number) : (fds[1] as number),
          `${JSON.stringify(line.record)}\n`,
        );
        if (line.kind === 'result') results += 1;
        else errors += 1;
      }
      finished = true;
    } finally {
      for (const fd of fds) closeSync(fd);
      if (!finished) for (const p of tmp) rmSync(p, { force: true });
      await store.close();
    }
    renameSync(tmp[0], out);
    renameSync(tmp[1], errorsOut);
    process.stderr.write(
      `opnote: exported ${results} results to ${out} and ${errors} errors to ${errorsOut}\n`,
    );
  });
}
