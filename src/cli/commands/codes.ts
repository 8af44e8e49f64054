import { type Command, Option } from 'commander';
import { codes as builtIn } from '../../codes/index.ts';
import { UnknownCodeError, UsageError } from '../../errors.ts';
import { KNOWLEDGE_OPTION_HELP, loadKnowledgeOption } from '../config.ts';
import { codeListText, codeText } from '../format.ts';

/** `opnote codes [code]`: list the knowledge or show one code. */
export function registerCodesCommand(program: Command): void {
  program
    .command('codes')
    .description('List the codes in the knowledge, or show one.')
    .argument('[code]', 'a CPT code, e.g. 27290')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--knowledge <dir>', KNOWLEDGE_OPTION_HELP)
    .option('--date <yyyy-mm-dd>', 'date of service picking the imported release (default: the latest)')
    .action((code: string | undefined, opts: { format: string; knowledge?: string; date?: string }) => {
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new UsageError(`--date must be YYYY-MM-DD, got "${opts.date}"`);
      const knowledge = loadKnowledgeOption(opts.knowledge);
      const codes = knowledge ? knowledge.codesFor(opts.date) : builtIn;
      const findCode = (c: string) => codes.find((d) => d.code === c.trim());
      if (code === undefined) {
        process.stdout.write(
          opts.format === 'json' ? `${JSON.stringify(codes, null, 2)}\n` : codeListText(codes),
        );
        return;
      }
      const def = findCode(code);
      if (!def) throw new UnknownCodeError(code);
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(def, null, 2)}\n` : codeText(def));
    });
}
