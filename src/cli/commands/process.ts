import { type Command, Option } from 'commander';
import { UsageError } from '../../errors.ts';
import { createRecordingFetch } from '../../extract/llm/recording.ts';
import { createExtractor, type ExtractorConfig, extractorNames } from '../../extract/registry.ts';
import {
  decodeUtf8,
  MAX_CLAIM_BYTES,
  MAX_TRANSCRIPT_CHARS,
  maxTranscriptBytes,
  parseClaimJson,
} from '../../pipeline/input.ts';
import { processNote } from '../../pipeline/process.ts';
import {
  type EnvConfig,
  KNOWLEDGE_OPTION_HELP,
  loadEnvConfig,
  loadKnowledgeOption,
  loadPriceTable,
  parseNonNegative,
  resolveMaxChars,
} from '../config.ts';
import { resultToMarkdown } from '../format.ts';
import { readInput } from '../io.ts';
import { addStoreOptions, openStoreFromFlags, recordResult, type StoreFlags } from '../store-flags.ts';

interface LlmFlags {
  model?: string;
  timeout?: string;
  maxRetries?: string;
  record?: string;
}

/** Extractor settings: environment first, flags over it; `--record` wraps fetch to save exchanges. */
function extractorConfig(env: EnvConfig, flags: LlmFlags): ExtractorConfig {
  const { defaultExtractor: _d, pricesPath, maxChars: _m, ...config } = env;
  return {
    ...config,
    ...(flags.model ? { model: flags.model } : {}),
    ...(flags.timeout === undefined
      ? {}
      : { timeoutMs: parseNonNegative('--timeout', flags.timeout) * 1000 }),
    ...(flags.maxRetries === undefined
      ? {}
      : { maxRetries: parseNonNegative('--max-retries', flags.maxRetries, { integer: true }) }),
    ...(pricesPath ? { prices: loadPriceTable(pricesPath) } : {}),
    ...(flags.record ? { fetch: createRecordingFetch({ dir: flags.record }) } : {}),
  };
}

/** `opnote process <file|->`: one dictation in, JSON or Markdown out. */
export function registerProcessCommand(program: Command): void {
  const command = program
    .command('process')
    .description(`Process one dictation (a file, or - for stdin; UTF-8, at most --max-chars characters).`)
    .argument('<file>', 'transcript file, or - to read standard input')
    .option(
      '--claim <file>',
      'claim JSON: {cpt, modifiers?, icd10?, placeOfService?, dateOfService?, units?, otherCpt?}',
    )
    .option('--knowledge <dir>', KNOWLEDGE_OPTION_HELP)
    .option(
      '--extractor <name>',
      `fact extractor (${extractorNames().join(', ')}); default openai when OPENAI_API_KEY is set, else rules`,
    )
    .option('--model <name>', 'LLM model (default OPNOTE_MODEL, else gpt-4.1-mini)')
    .option('--timeout <seconds>', 'LLM request timeout in seconds (default OPNOTE_TIMEOUT, else 60)')
    .option(
      '--max-retries <n>',
      'LLM retries on 429/5xx/timeouts/dropped connections (default OPNOTE_MAX_RETRIES, else 2)',
    )
    .option('--record <dir>', 'save each LLM exchange (without credentials) to <dir> for offline replay')
    .option(
      '--cross-check',
      'also run the rules extractor and warn where it disagrees with the LLM (extract.disagreement)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .option(
      '--templates <dir>',
      'directory of edited Handlebars templates to use instead of the built-in ones',
    )
    .option(
      '--max-chars <n>',
      `largest transcript in characters (default OPNOTE_MAX_CHARS, else ${MAX_TRANSCRIPT_CHARS})`,
    )
    .option(
      '--id <noteId>',
      'with --store: the note id to keep the result under (default: a hash of the input)',
    );
  addStoreOptions(command).action(
    async (
      file: string,
      opts: LlmFlags &
        StoreFlags & {
          id?: string;
          claim?: string;
          extractor?: string;
          format: string;
          templates?: string;
          crossCheck?: boolean;
          maxChars?: string;
          knowledge?: string;
        },
    ) => {
      const env = loadEnvConfig();
      const maxChars = resolveMaxChars(opts.maxChars, env);
      const knowledge = loadKnowledgeOption(opts.knowledge);
      const name = opts.extractor ?? env.defaultExtractor;
      if (name === 'rules' && (opts.crossCheck || opts.record))
        throw new UsageError(
          `${opts.crossCheck ? '--cross-check' : '--record'} needs an LLM extractor; use --extractor openai or langchain`,
        );
      const extractor = createExtractor(name, extractorConfig(env, opts));
      const crossCheck = opts.crossCheck ? createExtractor('rules') : undefined;
      const transcript = await readInput(file, {
        what: 'transcript',
        maxBytes: maxTranscriptBytes(maxChars),
        limitText: `${maxChars} characters`,
      });
      const claim =
        opts.claim === undefined
          ? undefined
          : parseClaimJson(
              decodeUtf8(await readInput(opts.claim, { what: 'claim', maxBytes: MAX_CLAIM_BYTES }), 'claim'),
            );
      // Opened before processing: an unreachable store must not cost an LLM call.
      const store = await openStoreFromFlags(opts, false, knowledge ? { knowledge } : {});
      let result: Awaited<ReturnType<typeof processNote>>;
      try {
        result = await processNote(
          { transcript, ...(claim === undefined ? {} : { claim }) },
          {
            extractor,
            ...(crossCheck ? { crossCheck } : {}),
            ...(opts.templates ? { templatesDir: opts.templates } : {}),
            ...(knowledge ? { knowledge } : {}),
            maxChars,
          },
        );
        if (store) {
          const { identityOf } = await import('../../store/identity.ts');
          const { inputHash } = await import('../../store/keys.ts');
          await recordResult(
            store,
            {
              noteId: opts.id ?? inputHash(transcript, claim).slice(0, 16),
              transcript,
              claim,
              identity: identityOf(extractor, { model: extractorConfig(env, opts).model }),
              actor: 'process',
            },
            { result },
          );
        }
      } finally {
        await store?.close();
      }
      process.stdout.write(
        opts.format === 'markdown' ? resultToMarkdown(result) : `${JSON.stringify(result, null, 2)}\n`,
      );
    },
  );
}
