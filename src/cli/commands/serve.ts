import { type Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, UsageError } from '../../errors.ts';
import { extractorNames } from '../../extract/registry.ts';
import { MAX_TRANSCRIPT_CHARS } from '../../pipeline/input.ts';
import { defaultWorkerCount } from '../../pipeline/pool/pool.ts';
import { createServeLogger } from '../../serve/logger.ts';
import { buildServer, drainAndClose } from '../../serve/server.ts';
import {
  KNOWLEDGE_OPTION_HELP,
  loadEnvConfig,
  loadKnowledgeOption,
  loadServeEnvConfig,
  resolveMaxChars,
} from '../config.ts';
import { DEFAULT_QUEUE_NAME } from '../queue-batch.ts';
import { addStoreOptions, openStoreFromFlags, type StoreFlags, storeUrl } from '../store-flags.ts';

interface ServeFlags extends StoreFlags {
  port: number;
  host: string;
  auth: boolean;
  extractor?: string;
  maxConcurrent: number;
  maxQueue: number;
  timeout: number;
  headersTimeout: number;
  bodyTimeout: number;
  keepAliveTimeout: number;
  maxConnections: number;
  drain: number;
  workers: number;
  maxChars?: number;
  templates?: string;
  logLevel: string;
  knowledge?: string;
  jobLease: number;
  queue?: string;
  queueName?: string;
}

const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(
        max === Number.MAX_SAFE_INTEGER
          ? `expected an integer >= ${min}`
          : `expected an integer from ${min} to ${max}`,
      );
    return n;
  };

/** Seconds, fractions allowed (0.5 is 500 ms), as every --timeout of the CLI; parsed to milliseconds. */
const seconds =
  (min = 0.001) =>
  (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < min)
      throw new InvalidArgumentError(`expected a number of seconds >= ${min}`);
    return Math.round(n * 1000);
  };

/** Why `listen` failed, as one line naming the flag to change (Node's error codes). */
function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE')
    return new ConfigError(
      'config.invalid',
      `port ${port} on ${host} is already in use; choose another --port`,
    );
  if (code === 'EACCES')
    return new ConfigError(
      'config.invalid',
      `not allowed to listen on port ${port}; choose a port above 1023 or 0 for a free one`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EINVAL')
    return new ConfigError(
      'config.invalid',
      `cannot listen on --host ${JSON.stringify(host)} (${code}); use an address of this machine, e.g. 127.0.0.1 or 0.0.0.0`,
    );
  return error;
}

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
      new Option('--port <n>', 'port to listen on (0 picks a free one)')
        .default(8080)
        .argParser(integer(0, 65535)),
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
      new Option('--timeout <seconds>', 'per-request processing timeout; slower requests get 504')
        .default(60_000, '60')
        .argParser(seconds()),
    )
    .addOption(
      new Option('--headers-timeout <seconds>', 'time to receive request headers; then 408 and close')
        .default(10_000, '10')
        .argParser(seconds()),
    )
    .addOption(
      new Option('--body-timeout <seconds>', 'time to receive a whole request; then 408 and close')
        .default(30_000, '30')
        .argParser(seconds()),
    )
    .addOption(
      new Option('--keep-alive-timeout <seconds>', 'how long an idle connection stays open')
        .default(5000, '5')
        .argParser(seconds()),
    )
    .addOption(
      new Option(
        '--workers <n>',
        'worker threads running the pipeline, off the HTTP event loop (0: in-process)',
      )
        .default(defaultWorkerCount(), `one per core, at most 4: ${defaultWorkerCount()}`)
        .argParser(integer(0, 64)),
    )
    .addOption(
      new Option('--max-connections <n>', 'most open connections; more are closed on accept')
        .default(256)
        .argParser(integer(1)),
    )
    .addOption(
      new Option(
        '--drain <seconds>',
        'on SIGTERM, how long /readyz answers 503 while the listener still accepts, before it closes',
      )
        .default(1000, '1')
        .argParser(seconds(0)),
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
    .option(
      '--queue <url>',
      'run async jobs on this Redis queue (redis://host:port) by `opnote worker`s sharing --store (default: in-process)',
    )
    .option('--queue-name <name>', `queue name, as given to the workers (default ${DEFAULT_QUEUE_NAME})`)
    .addOption(
      new Option(
        '--job-lease <seconds>',
        "with --store: an async job's lease; a dead instance's jobs are taken over by another after this",
      )
        .default(30_000, '30')
        .argParser(seconds(0.1)),
    )
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
    if (flags.queue !== undefined && storeUrl(flags) === undefined)
      throw new UsageError(
        'serve --queue needs --store <url> (or OPNOTE_STORE), the store the workers share',
      );
    if (flags.queue !== undefined) {
      const { assertRedisReachable } = await import('../../queue/connection.ts');
      await assertRedisReachable(flags.queue);
    }
    const store = await openStoreFromFlags(flags, false, knowledge ? { knowledge } : {});
    const jobQueue =
      flags.queue === undefined
        ? undefined
        : (await import('../../queue/service-jobs.ts')).createServiceJobQueue({
            url: flags.queue,
            name: flags.queueName ?? DEFAULT_QUEUE_NAME,
          });
    const { defaultExtractor: _d, ...extractorConfig } = env;
    let app: ReturnType<typeof buildServer>;
    try {
      app = buildServer({
        ...(authDisabled ? { authDisabled: true } : { tokens: serveEnv.apiTokens }),
        extractorConfig,
        defaultExtractor: flags.extractor ?? env.defaultExtractor,
        maxConcurrentExtractions: flags.maxConcurrent,
        maxQueuedExtractions: flags.maxQueue,
        requestTimeoutMs: flags.timeout,
        headersTimeoutMs: flags.headersTimeout,
        bodyTimeoutMs: flags.bodyTimeout,
        keepAliveTimeoutMs: flags.keepAliveTimeout,
        maxConnections: flags.maxConnections,
        workers: flags.workers,
        maxChars: resolveMaxChars(flags.maxChars, env),
        ...(flags.templates ? { templatesDir: flags.templates } : {}),
        ...(knowledge ? { knowledge } : {}),
        logger,
        ...(store ? { store } : {}),
        ...(serveEnv.webhookSecret ? { webhookSecret: serveEnv.webhookSecret } : {}),
        callbackHosts: serveEnv.callbackHosts,
        tokenWebhooks: serveEnv.tokenWebhooks,
        ...(serveEnv.rateLimitPerMinute ? { rateLimitPerMinute: serveEnv.rateLimitPerMinute } : {}),
        jobLeaseMs: flags.jobLease,
        ...(jobQueue ? { jobQueue } : {}),
      });
    } catch (error) {
      await jobQueue?.close();
      await store?.close();
      throw error;
    }
    const url = await app.listen({ port: flags.port, host: flags.host }).catch(async (error: unknown) => {
      await app.close();
      await store?.close();
      throw listenError(error, flags.host, flags.port);
    });
    process.stderr.write(
      `opnote: listening on ${url}${flags.queue ? `, async jobs on queue ${flags.queueName ?? DEFAULT_QUEUE_NAME}` : ''} (auth ${authDisabled ? 'OFF: local use only' : `on, ${serveEnv.apiTokens.length} token(s)`})\n`,
    );

    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    process.stderr.write(`opnote: ${signal} received; draining: answering received requests, then closing\n`);
    const graceMs = flags.timeout + SHUTDOWN_MARGIN_MS;
    const { forced } = await drainAndClose(app, { drainMs: flags.drain, graceMs });
    await store?.close();
    if (forced) {
      process.stderr.write(
        `opnote: requests still running ${graceMs} ms after the listener closed; their connections were cut\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stderr.write('opnote: stopped\n');
  });
}
