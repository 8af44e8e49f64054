import { type Command, Option } from 'commander';
import { codes, findCode } from '../../codes/index.ts';
import { UnknownCodeError } from '../../errors.ts';
import { codeListText, codeText } from '../format.ts';

/** `opnote codes [code]`: list the knowledge or show one code. */
export function registerCodesCommand(program: Command): void {
  program
    .command('codes')
    .description('List the codes in the knowledge, or show one.')
    .argument('[code]', 'a CPT code, e.g. 27290')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((code: string | undefined, opts: { format: string }) => {
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
