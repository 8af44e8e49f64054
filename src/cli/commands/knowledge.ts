import type { Command } from 'commander';
import { codeNumbers } from '../../codes/index.ts';
import { UsageError } from '../../errors.ts';
import { importKnowledge, writeOverlay } from '../../knowledge/import.ts';

/** `opnote knowledge import <file...> --out <dir>`: read the quarter's CMS files into a knowledge overlay. */
export function registerKnowledgeCommand(program: Command): void {
  const knowledge = program
    .command('knowledge')
    .description('Import the public CMS files (PPRRVU, OPPS Addendum B, ASC Addendum AA, NCCI PTP, MUE).');
  knowledge
    .command('import')
    .description(
      'Read CMS files (or the .csv/.txt/.tsv files of a folder) as CMS publishes them and write <dir>/knowledge.json; apply it with --knowledge <dir>.',
    )
    .argument('<files...>', 'CMS files or folders')
    .option('--out <dir>', 'directory for knowledge.json (written atomically)')
    .action(async (files: string[], opts: { out?: string }) => {
      if (opts.out === undefined) throw new UsageError('knowledge import needs --out <dir>');
      const started = performance.now();
      const overlay = await importKnowledge(files, { codes: codeNumbers });
      const { path, bytes } = writeOverlay(opts.out, overlay);
      const seconds = (performance.now() - started) / 1000;
      for (const f of overlay.files)
        process.stdout.write(
          `${f.name}: ${f.kind}${f.setting ? ` (${f.setting})` : ''}, release ${f.release}, effective ${f.effective ?? 'unknown'}, ${f.rows} rows, ${f.kept} kept, sha256 ${f.sha256.slice(0, 12)}\n`,
        );
      process.stdout.write(
        `wrote ${path} (${bytes} bytes) from ${overlay.files.length} file(s) in ${seconds.toFixed(2)} s\n`,
      );
    });
  for (const command of knowledge.commands) command.exitOverride();
  knowledge.exitOverride();
}
