import { closeSync, existsSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { errorsPathFor } from '../../batch/output.ts';
import { UsageError } from '../../errors.ts';
import { mkdirPrivate, openPrivate } from '../../fs/private-files.ts';
import { addStoreOptions, openStoreFromFlags, type StoreFlags } from '../store-flags.ts';

interface ExportFlags extends StoreFlags {
  out?: string;
  run?: string;
}

/** `opnote export --store <url> --out results.jsonl`: the store as today's batch JSONL (results and errors files). */
export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description(
      "Write the store's latest result per note (or one run's) as batch JSONL: results file and <name>.errors.jsonl.",
    )
    .option('--out <file>', 'results JSONL to write (replaced; created 0600)')
    .option('--run <id>', 'export one run (see opnote batch --run) instead of the latest result per note');
  addStoreOptions(command).action(async (flags: ExportFlags) => {
    if (flags.out === undefined) throw new UsageError('export needs --out <results.jsonl>');
    const store = await openStoreFromFlags(flags, true);
    if (!store) return;
    const out = flags.out;
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
