import { type Command, InvalidArgumentError, Option } from 'commander';
import { extractorNames } from '../../extract/registry.ts';
import { MAX_TRANSCRIPT_CHARS } from '../../pipeline/input.ts';
import { createServeLogger } from '../../serve/logger.ts';
import { buildServer } from '../../serve/server.ts';
import {
  KNOWLEDGE_OPTION_HELP,
  loadEnvConfig,
  loadKnowledgeOption,
  loadServeEnvConfig,
  resolveMaxChars,
} from '../config.ts';
import { addStoreOptions, openStoreFromFlags, type StoreFlags } from '../store-flags.ts';

interface ServeFlags extends StoreFlags {
  port: number;
  host: string;
  auth: boolean;
  extractor?: string;
  maxConcurrent: number;
  maxQueue: number;
  timeout: number;
  maxChars?: number;
  templates?: string;
  logLevel: string;
  knowledge?: string;
}

const integer =
  (min: number) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };

/** Extra time, beyond the request timeout, that shutdown waits before closing connections by force. */
const SHUTDOWN_MARGIN_MS = 5000;

/** `opnote serve`: the HTTP API (see src/serve/server.ts), with graceful shutdown on SIGTERM/SIGINT. */
export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve')
    .description(
      'Serve the HTTP API: POST /v1/notes, GET /v1/codes, /healthz, /readyz, /openapi.json. ' +
        'Bearer tokens come from OPNOTE_API_TOKENS (comma-separated).',
    )
    .addOption(
      new Option('--port <n>', 'port to listen on (0 picks a free one)').default(8080).argParser(integer(0)),
    )
    .option('--host <host>', 'interface to listen on (0.0.0.0 for all)', '127.0.0.1')
    .option('--no-auth', 'serve without bearer-token auth, for local use only (or OPNOTE_AUTH_DISABLED=1)')
    .option('--extractor <name>', `default fact extractor (${extractorNames().join(', ')})`)
    .addOption(
      new Option('--max-concurrent <n>', 'most LLM extractions at once, across requests')
        .default(4)
        .argParser(integer(1)),
    )
    .addOption(
      new Option('--max-queue <n>', 'most requests waiting for an extraction slot; more get 503')
        .default(32)
        .argParser(integer(0)),
    )
    .addOption(
      new Option('--timeout <ms>', 'per-request timeout; slower requests get 504')
        .default(60_000)
        .argParser(integer(1)),
    )
    .addOption(
      new Option(
        '--max-chars <n>',
        `largest transcript in characters; more gets 413 (default OPNOTE_MAX_CHARS, else ${MAX_TRANSCRIPT_CHARS})`,
      ).argParser(integer(1)),
    )
    .option(
      '--templates <dir>',
      'directory of edited Handlebars templates to use instead of the built-in ones',
    )
    .option('--knowledge <dir>', KNOWLEDGE_OPTION_HELP)
    .addOption(
      new Option('--log-level <level>', 'log level of the JSON logs on stdout')
        .choices(['fatal', 'error', 'warn', 'info', 'debug', 'silent'])
        .default('info'),
    );
  addStoreOptions(command).action(async (flags: ServeFlags) => {
    const env = loadEnvConfig();
    const serveEnv = loadServeEnvConfig();
    const authDisabled = !flags.auth || serveEnv.authDisabled;
    const knowledge = loadKnowledgeOption(flags.knowledge);
    const logger = createServeLogger({ level: flags.logLevel });
    const store = await openStoreFromFlags(flags);
    const { defaultExtractor: _d, ...extractorConfig } = env;
    const app = buildServer({
      ...(authDisabled ? { authDisabled: true } : { tokens: serveEnv.apiTokens }),
      extractorConfig,
      defaultExtractor: flags.extractor ?? env.defaultExtractor,
      maxConcurrentExtractions: flags.maxConcurrent,
      maxQueuedExtractions: flags.maxQueue,
      requestTimeoutMs: flags.timeout,
      maxChars: resolveMaxChars(flags.maxChars, env),
      ...(flags.templates ? { templatesDir: flags.templates } : {}),
      ...(knowledge ? { knowledge } : {}),
      logger,
      ...(store ? { store } : {}),
      ...(serveEnv.webhookSecret ? { webhookSecret: serveEnv.webhookSecret } : {}),
      callbackHosts: serveEnv.callbackHosts,
      ...(serveEnv.rateLimitPerMinute ? { rateLimitPerMinute: serveEnv.rateLimitPerMinute } : {}),
    });
    const url = await app.listen({ port: flags.port, host: flags.host });
    process.stderr.write(
      `opnote: listening on ${url} (auth ${authDisabled ? 'OFF: local use only' : `on, ${serveEnv.apiTokens.length} token(s)`})\n`,
    );

    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    process.stderr.write(`opnote: ${signal} received; finishing in-flight requests\n`);
    const graceMs = flags.timeout + SHUTDOWN_MARGIN_MS;
    let timer: NodeJS.Timeout | undefined;
    const forced = await Promise.race([
      app.close().then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (forced) {
      process.stderr.write(`opnote: requests still running after ${graceMs} ms; closing their connections\n`);
      app.server.closeAllConnections();
      await app.close();
      await store?.close();
      process.exitCode = 1;
      return;
    }
    await store?.close();
    process.stderr.write('opnote: stopped\n');
  });
}
