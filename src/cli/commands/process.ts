import { type Command, Option } from 'commander';
import { createExtractor, extractorNames } from '../../extract/registry.ts';
import { MAX_TRANSCRIPT_CHARS, parseClaimJson } from '../../pipeline/input.ts';
import { processNote } from '../../pipeline/process.ts';
import { loadEnvConfig } from '../config.ts';
import { resultToMarkdown } from '../format.ts';
import { readInput } from '../io.ts';

/** `opnote process <file|->`: one dictation in, JSON or Markdown out. */
export function registerProcessCommand(program: Command): void {
  program
    .command('process')
    .description(
      `Process one dictation (a file, or - for stdin; UTF-8, at most ${MAX_TRANSCRIPT_CHARS} characters).`,
    )
    .argument('<file>', 'transcript file, or - to read standard input')
    .option('--claim <file>', 'claim JSON: {cpt, modifiers?, icd10?, placeOfService?, otherCpt?}')
    .option(
      '--extractor <name>',
      `fact extractor (${extractorNames().join(', ')}); default rules when no API key is set`,
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .option(
      '--templates <dir>',
      'directory of edited Handlebars templates to use instead of the built-in ones',
    )
    .action(
      async (
        file: string,
        opts: { claim?: string; extractor?: string; format: string; templates?: string },
      ) => {
        const env = loadEnvConfig();
        const extractor = createExtractor(opts.extractor ?? env.defaultExtractor, env);
        const transcript = readInput(file);
        const claim =
          opts.claim === undefined
            ? undefined
            : parseClaimJson(Buffer.from(readInput(opts.claim)).toString('utf8'));
        const result = await processNote(
          { transcript, ...(claim === undefined ? {} : { claim }) },
          { extractor, ...(opts.templates ? { templatesDir: opts.templates } : {}) },
        );
        process.stdout.write(
          opts.format === 'markdown' ? resultToMarkdown(result) : `${JSON.stringify(result, null, 2)}\n`,
        );
      },
    );
}
