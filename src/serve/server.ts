import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { codes, findCode } from '../codes/index.ts';
import { ConfigError, InputError, OpnoteError, ProviderError, ServiceError, UsageError } from '../errors.ts';
import { createExtractor, type ExtractorConfig, extractorNames } from '../extract/registry.ts';
import type { Extractor } from '../extract/types.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import { decodeUtf8, MAX_TRANSCRIPT_CHARS } from '../pipeline/input.ts';
import { createPipelinePool, defaultWorkerCount, type PipelinePool } from '../pipeline/pool/pool.ts';
import { type ProcessResult, pipelineVersions, processNote } from '../pipeline/process.ts';
import { precompileTemplates } from '../pipeline/templates.ts';
import { pipelineKey } from '../store/keys.ts';
import type { Store } from '../store/types.ts';
import { OPNOTE_VERSION } from '../version.ts';
import { FHIR_JSON, prefersFhir } from './accept.ts';
import { createTokenCheck } from './auth.ts';
import { toFhirDocument } from './fhir.ts';
import { type ConnectionLimits, clientErrorHandler, connectionLimitedServerFactory } from './http-server.ts';
import { executeInTurn, type JobRequest } from './jobs.ts';
import { createLimiter, type Limiter } from './limiter.ts';
import { buildOpenApiDocument } from './openapi.ts';
import {
  type HttpProblemCode,
  httpProblem,
  type Problem,
  type ProblemReply,
  problemFor,
} from './problems.ts';
import { registerReviewRoute } from './review.ts';
import { noteRequestRuntimeSchema } from './schemas.ts';
import { createIntegration, type IntegrationOptions } from './scribe.ts';
import { registerWebApp, webAppPaths } from './web.ts';
import { registerWorklistRoutes } from './worklist.ts';

/** Options of `buildServer`. Pure of the environment: the CLI reads env and flags and passes them here. */
export interface ServerOptions extends IntegrationOptions {
  /** Bearer tokens accepted on /v1 routes (at least 16 characters each). Required unless `authDisabled`. */
  tokens?: readonly string[];
  /** Turns bearer-token auth off, for local use only. Default: false. */
  authDisabled?: boolean;
  /** Creates an extractor by name. Default: `createExtractor(name, extractorConfig)` from the registry. */
  extractorFactory?: (name: string) => Extractor;
  /**
   * Names a request may choose. Each is created when the server is built: those that fail with a
   * configuration error (e.g. no API key) are left out; the rest are the enum documented in OpenAPI.
   * Default: the registry's names.
   */
  extractorNames?: readonly string[];
  /** Settings for registry extractors (API key, base URL, model, timeout). Default: {}. */
  extractorConfig?: ExtractorConfig;
  /** Extractor used when a request names none. Default: 'rules'. */
  defaultExtractor?: string;
  /** Extractors that make no LLM call and so skip the concurrency bound. Default: ['rules']. */
  localExtractors?: readonly string[];
  /**
   * Worker threads that run the pipeline (processNote), off the event loop that answers HTTP, so a
   * heavy note cannot stall /healthz or other requests. 0 runs it in-process. Default: 0 when
   * `extractorFactory` is given (its extractors cannot cross threads), else one per core, at most 4.
   */
  workers?: number;
  /**
   * After a request is abandoned (timeout, client gone), how long its worker may take to let go before
   * it is restarted, in ms: a runaway synchronous step cannot hold a worker. Default: 2000.
   */
  workerAbortGraceMs?: number;
  /** Most LLM extractions running at once, shared by all requests. Default: 4. */
  maxConcurrentExtractions?: number;
  /** Most requests waiting for an extraction slot; one more gets 503 with retry-after. Default: 32. */
  maxQueuedExtractions?: number;
  /** The retry-after advised with a 503 for back-pressure, in ms. Default: 1000. */
  retryAfterMs?: number;
  /** Time allowed for one `POST /v1/notes`, from routing to response; then 504. Default: 60000. */
  requestTimeoutMs?: number;
  /** Time to receive a request's headers; then 408 and the connection closes. Default: 10000. */
  headersTimeoutMs?: number;
  /** Time to receive a whole request, body included; then 408 and the connection closes. Default: 30000. */
  bodyTimeoutMs?: number;
  /** Time an idle keep-alive connection stays open. Default: 5000. */
  keepAliveTimeoutMs?: number;
  /** Most open connections; more are closed on accept. Default: 256. */
  maxConnections?: number;
  /** Largest request head (request line and headers) in bytes; more gets 431. Default: 16384. */
  maxHeaderBytes?: number;
  /** Largest transcript in characters; more gets 413. Default: MAX_TRANSCRIPT_CHARS (200,000). */
  maxChars?: number;
  /** Largest request body in bytes; more gets 413. Default: 4 bytes per allowed character + 64 KiB. */
  bodyLimitBytes?: number;
  /** Directory of user-edited Handlebars templates, loaded (and checked) when the server is built. Default: the built-in ones. */
  templatesDir?: string;
  /** An imported CMS knowledge overlay (`--knowledge`), applied to every note and to /v1/codes. Default: none. */
  knowledge?: Knowledge;
  /**
   * Logger (pino, or any fastify-compatible logger). One line per request: request id, route, status,
   * duration, extractor, error code; never the body, never headers. Default: no logging.
   */
  logger?: FastifyBaseLogger;
  /** Clock for FHIR timestamps. Default: () => new Date(). */
  now?: () => Date;
  /**
   * Result store: each processed note is recorded (id = the body's `id`, else the request id), and
   * `POST /v1/notes/{id}/review` appends reviews. Default: none (review answers 404).
   */
  store?: Store;
}

interface Settings {
  auth: ((authorization: string | undefined) => 'ok' | 'missing' | 'invalid') | null;
  /** The extractors a request may choose, created once. */
  extractors: ReadonlyMap<string, Extractor>;
  defaultExtractor: string;
  localExtractors: ReadonlySet<string>;
  limiter: Limiter;
  workers: number;
  workerAbortGraceMs: number;
  extractorConfig: ExtractorConfig;
  requestTimeoutMs: number;
  limits: ConnectionLimits;
  maxChars: number;
  bodyLimitBytes: number;
  templatesDir: string | undefined;
  knowledge: Knowledge | undefined;
  now: () => Date;
}

/**
 * Creates every extractor a request may choose, once. One that fails with a configuration error (no
 * API key) is left out, unless it is the default: then the server must not start.
 */
function availableExtractors(
  names: readonly string[],
  defaultName: string,
  factory: (name: string) => Extractor,
): Map<string, Extractor> {
  if (!names.includes(defaultName))
    throw new UsageError(`unknown extractor "${defaultName}"; expected one of: ${names.join(', ')}`);
  const available = new Map<string, Extractor>();
  for (const name of names) {
    try {
      available.set(name, factory(name));
    } catch (error) {
      if (name === defaultName || !(error instanceof ConfigError)) throw error;
    }
  }
  return available;
}

function positiveInt(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError('config.invalid', `${name} must be an integer >= ${min}, got ${String(value)}`);
  return value;
}

function workerCount(options: ServerOptions): number {
  if (options.extractorFactory && options.workers !== undefined && options.workers > 0)
    throw new ConfigError(
      'config.invalid',
      'workers must be 0 with a custom extractorFactory: its extractors cannot run in worker threads',
    );
  return positiveInt('workers', options.workers, options.extractorFactory ? 0 : defaultWorkerCount(), 0);
}

/** Validates options and fills in defaults; bad values fail here, naming the option. */
export function resolveServerOptions(options: ServerOptions): Settings {
  if (options.authDisabled !== true && options.tokens === undefined) createTokenCheck([]); // throws the "no API tokens" configuration error
  const maxChars = positiveInt('maxChars', options.maxChars, MAX_TRANSCRIPT_CHARS);
  const config = options.extractorConfig ?? {};
  const defaultExtractor = options.defaultExtractor ?? 'rules';
  const headersTimeoutMs = positiveInt('headersTimeoutMs', options.headersTimeoutMs, 10_000);
  const bodyTimeoutMs = positiveInt('bodyTimeoutMs', options.bodyTimeoutMs, 30_000);
  if (headersTimeoutMs > bodyTimeoutMs)
    throw new ConfigError(
      'config.invalid',
      `the headers timeout (${headersTimeoutMs} ms) must not be longer than the body timeout (${bodyTimeoutMs} ms)`,
    );
  // Read now: a missing template must stop the server from starting, not fail every request.
  if (options.templatesDir !== undefined) precompileTemplates(options.templatesDir);
  return {
    auth: options.authDisabled === true ? null : createTokenCheck(options.tokens ?? []),
    extractors: availableExtractors(
      options.extractorNames ?? extractorNames(),
      defaultExtractor,
      options.extractorFactory ?? ((name) => createExtractor(name, config)),
    ),
    defaultExtractor,
    localExtractors: new Set(options.localExtractors ?? ['rules']),
    limiter: createLimiter({
      concurrency: positiveInt('maxConcurrentExtractions', options.maxConcurrentExtractions, 4),
      maxQueue: positiveInt('maxQueuedExtractions', options.maxQueuedExtractions, 32, 0),
      retryAfterMs: positiveInt('retryAfterMs', options.retryAfterMs, 1000, 0),
    }),
    workers: workerCount(options),
    workerAbortGraceMs: positiveInt('workerAbortGraceMs', options.workerAbortGraceMs, 2000),
    extractorConfig: config,
    requestTimeoutMs: positiveInt('requestTimeoutMs', options.requestTimeoutMs, 60_000),
    limits: {
      headersTimeoutMs,
      bodyTimeoutMs,
      keepAliveTimeoutMs: positiveInt('keepAliveTimeoutMs', options.keepAliveTimeoutMs, 5000),
      maxConnections: positiveInt('maxConnections', options.maxConnections, 256),
      maxHeaderBytes: positiveInt('maxHeaderBytes', options.maxHeaderBytes, 16 * 1024, 1024),
    },
    maxChars,
    // A character is at most 4 bytes of UTF-8; the rest is room for the claim and JSON syntax.
    bodyLimitBytes: positiveInt('bodyLimitBytes', options.bodyLimitBytes, maxChars * 4 + 64 * 1024),
    templatesDir: options.templatesDir,
    knowledge: options.knowledge,
    now: options.now ?? (() => new Date()),
  };
}

/** Why a request's work was aborted: its client went away (it gets no answer). */
class ClientGoneError extends Error {
  override name = 'ClientGoneError';
}

/**
 * Runs `work` with a signal that aborts after `timeoutMs` (then throws `server.timeout`) or when the
 * client closes the connection. Answers at the deadline even if the work ignores its signal.
 * (Fastify's own request.signal aborts as soon as a POST body is read: fastify/fastify#6725.)
 */
async function withDeadline<T>(
  reply: FastifyReply,
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new ServiceError(
          'server.timeout',
          `the request took longer than ${timeoutMs / 1000} s and was abandoned; retry, or use a faster extractor`,
        ),
      ),
    timeoutMs,
  );
  const onClose = (): void => {
    if (!reply.raw.writableFinished)
      controller.abort(new ClientGoneError('the client closed the connection'));
  };
  reply.raw.on('close', onClose);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  const running = work(controller.signal);
  // Whichever loses the race must not become an unhandled rejection.
  running.catch(() => {});
  aborted.catch(() => {});
  try {
    return await Promise.race([running, aborted]);
  } finally {
    clearTimeout(timer);
    reply.raw.off('close', onClose);
  }
}

type NoteBody = ReturnType<typeof noteRequestRuntimeSchema.parse>;

/** What answers notes: the extractor a request names, and the processing of `POST /v1/notes`. */
interface NoteRunner {
  /** The extractor a request names, checked against the enum (a client's string is never echoed). */
  extractorFor: (name: string) => Extractor;
  /** Processes a note as `POST /v1/notes` answers it (JSON), recording it in the store when there is one. */
  answerNote: (body: NoteBody, requestId: string, signal: AbortSignal) => Promise<ProcessResult>;
  /** Notes being processed in-process now. */
  running: () => number;
}

function createNoteRunner(
  settings: Settings,
  pool: PipelinePool | null,
  store: Store | undefined,
): NoteRunner {
  let inProcess = 0;
  // Registry extractors with LLM calls share the concurrency bound; local ones are not capped.
  const extractors = new Map(
    [...settings.extractors].map(([name, inner]): [string, Extractor] => [
      name,
      settings.localExtractors.has(name)
        ? inner
        : {
            name: inner.name,
            extract: (transcript, opts) =>
              settings.limiter.run(() => inner.extract(transcript, opts), opts?.signal),
          },
    ]),
  );
  const offered = [...extractors.keys()].join(', ');
  const extractorFor = (name: string): Extractor => {
    const extractor = extractors.get(name);
    if (!extractor) throw new UsageError(`extractor must be one this server offers: ${offered}`);
    return extractor;
  };

  const answerNote = async (body: NoteBody, requestId: string, signal: AbortSignal) => {
    const name = body.extractor ?? settings.defaultExtractor;
    const extractor = extractorFor(name);
    const note = {
      transcript: body.transcript,
      ...(body.claim === undefined ? {} : { claim: body.claim }),
      ...(body.id === undefined ? {} : { id: body.id }),
    };
    const shared = {
      maxChars: settings.maxChars,
      ...(settings.templatesDir ? { templatesDir: settings.templatesDir } : {}),
    };
    const runInProcess = async () => {
      inProcess++;
      try {
        return await processNote(note, {
          extractor,
          signal,
          ...shared,
          ...(settings.knowledge ? { knowledge: settings.knowledge } : {}),
        });
      } finally {
        inProcess--;
      }
    };
    const job = { ...note, extractor: name, ...shared };
    // On a worker thread, off this event loop; LLM extractors keep their shared bound.
    const result = !pool
      ? await runInProcess()
      : settings.localExtractors.has(name)
        ? await pool.run(job, signal)
        : await settings.limiter.run(() => pool.run(job, signal), signal);
    if (store) {
      const { id: _id, ...stored } = result;
      await store.record({
        noteId: body.id ?? requestId,
        transcript: body.transcript,
        claim: body.claim,
        identity: { extractor: result.meta.extractor, versions: result.meta.versions },
        outcome: { result: stored },
        actor: 'serve',
      });
    }
    return result;
  };
  return { extractorFor, answerNote, running: () => inProcess };
}

/** How an async job runs and fails: as the synchronous `POST /v1/notes` would answer it. */
function jobExecution(
  settings: Settings,
  notes: NoteRunner,
): Pick<JobExecutor, 'execute' | 'toProblem' | 'pipelineKeyOf'> {
  const keys = new Map<string, string>();
  return {
    execute: async (job, signal) => {
      const result = await notes.answerNote(noteRequestRuntimeSchema.parse(job.body), job.requestId, signal);
      return { requestId: job.requestId, ...result };
    },
    toProblem: (error, job) =>
      problemFor(error, { instance: job.requestId, bodyLimitBytes: settings.bodyLimitBytes }).problem,
    pipelineKeyOf: (body) => {
      const name = (body as { extractor?: string }).extractor ?? settings.defaultExtractor;
      const extractor = settings.extractors.get(name);
      if (!extractor)
        throw new UsageError(
          `extractor must be one this server offers: ${[...settings.extractors.keys()].join(', ')}`,
        );
      let key = keys.get(name);
      if (key === undefined) {
        // Everything a result depends on: extractor, model, and the pipeline's versions (opnote, code
        // knowledge with its overlay, validator, templates as loaded), so a worker set up otherwise is caught.
        key = pipelineKey({
          extractor: extractor.name,
          model: settings.extractorConfig.model,
          versions: {
            ...pipelineVersions({
              ...(settings.knowledge ? { knowledge: settings.knowledge } : {}),
              ...(settings.templatesDir ? { templatesDir: settings.templatesDir } : {}),
            }),
            ...(extractor.versions ?? {}),
          },
        });
        keys.set(name, key);
      }
      return { extractor: name, pipelineKey: key };
    },
  };
}

/** Runs async jobs' requests outside the HTTP service (an `opnote worker` taking them from the queue). */
export interface JobExecutor {
  /** Runs a job's request as `POST /v1/notes` would; the answer body. */
  execute: (request: JobRequest, signal: AbortSignal) => Promise<unknown>;
  /** The problem details the synchronous call would answer for `error`. */
  toProblem: (error: unknown, request: JobRequest) => Problem;
  /** The extractor a request body runs with here, and the pipeline key of its results. */
  pipelineKeyOf: (body: unknown) => { extractor: string; pipelineKey: string };
  close: () => Promise<void>;
}

/** The service's pipeline worker threads, or none when it runs the pipeline on its event loop (`workers: 0`). */
function pipelinePoolFor(settings: Settings): PipelinePool | null {
  return settings.workers > 0
    ? createPipelinePool({
        size: settings.workers,
        extractorConfig: settings.extractorConfig,
        abortGraceMs: settings.workerAbortGraceMs,
        ...(settings.knowledge ? { knowledgeOverlay: settings.knowledge.overlay } : {}),
      })
    : null;
}

/**
 * The job execution of a service configured with `options`, without HTTP: what an `opnote worker`
 * runs for the service's queued async jobs, so their results are the ones the service would give.
 */
export function createJobExecutor(options: ServerOptions): JobExecutor {
  const settings = resolveServerOptions({ ...options, authDisabled: true });
  const pool = pipelinePoolFor(settings);
  const notes = createNoteRunner(settings, pool, options.store);
  const { execute, ...rest } = jobExecution(settings, notes);
  return {
    ...rest,
    execute: (request, signal) => executeInTurn(execute, request, signal),
    close: async () => pool?.close(),
  };
}

/** Request ids: a caller's x-request-id when it is a safe FHIR id, otherwise a new UUID. */
const REQUEST_ID = /^[A-Za-z0-9.-]{1,64}$/;
const requestIdFor = (header: string | string[] | undefined): string =>
  typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();

/** The answer of /readyz: 503 `draining` once shutdown has begun, so load balancers stop sending. */
interface ServerState {
  draining: boolean;
  /** Connections accepted that have not sent a request yet: closing now would reset them. */
  fresh: Set<Socket>;
  /** Connections accepted so far. */
  accepted: number;
}
const states = new WeakMap<FastifyInstance, ServerState>();

/** Methods a route may be asked for; the others get 405 with `allow`. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;

/** A code from a URL, echoed only when it looks like one (never an arbitrary client string). */
const CODE_SHAPE = /^[0-9A-Z]{4,6}$/;

/**
 * Builds the HTTP service (not listening yet): `POST /v1/notes`, `GET /v1/codes`, `GET /v1/codes/:code`,
 * `GET /healthz`, `GET /readyz`, `GET /openapi.json`. Call `listen({port, host})` to start; to stop,
 * `drainAndClose(app, ...)` (readiness off, received requests answered, then close) or `close()`.
 * Checks its configuration first: an unknown or unconfigured default extractor, a missing template or a
 * bad limit throws (ConfigError, UsageError, InputError) here, before anything listens.
 */
export function buildServer(options: ServerOptions = {}): FastifyInstance {
  const settings = resolveServerOptions(options);
  const extractorOf = new WeakMap<FastifyRequest, string>();
  const codeOf = new WeakMap<FastifyRequest, string>();
  const state: ServerState = { draining: false, fresh: new Set(), accepted: 0 };
  let log: FastifyBaseLogger | undefined;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : {}),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.bodyLimitBytes,
    genReqId: (req) => requestIdFor(req.headers['x-request-id']),
    return503OnClosing: false,
    forceCloseConnections: false,
    serverFactory: connectionLimitedServerFactory(settings.limits),
    clientErrorHandler: clientErrorHandler((code, status) =>
      log?.info({ status, code }, 'connection closed: client error'),
    ),
  });
  log = app.log;
  states.set(app, state);
  const pool = pipelinePoolFor(settings);
  app.addHook('onClose', async () => {
    await pool?.close();
  });
  const pipelineStats = () => pool?.stats() ?? { workers: 0, running: notes.running(), restarts: 0 };
  app.server.on('connection', (socket: Socket) => {
    state.accepted++;
    state.fresh.add(socket);
    socket.once('close', () => state.fresh.delete(socket));
  });
  app.server.on('request', (req: { socket: Socket }) => state.fresh.delete(req.socket));

  const openapi = buildOpenApiDocument({
    version: OPNOTE_VERSION,
    extractors: [...settings.extractors.keys()],
    defaultExtractor: settings.defaultExtractor,
    auth: settings.auth !== null,
  });

  const sendProblem = (request: FastifyRequest, reply: FastifyReply, p: ProblemReply): FastifyReply => {
    codeOf.set(request, p.code);
    // A body not read yet (auth refused, route unknown) is not waited for: the connection closes.
    if (!request.raw.complete) reply.header('connection', 'close');
    return reply
      .code(p.problem.status)
      .headers(p.headers)
      .type('application/problem+json; charset=utf-8')
      .send(p.problem);
  };
  const httpError = (request: FastifyRequest, reply: FastifyReply, code: HttpProblemCode, detail: string) =>
    sendProblem(request, reply, httpProblem(code, detail, request.id));

  app.removeAllContentTypeParsers();
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // The CLI's rule: invalid UTF-8 is refused (`input.encoding`), never replaced with U+FFFD.
    let text: string;
    try {
      text = decodeUtf8(body as Buffer, 'request body');
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    jsonParser(request, text, done);
  });

  const notes = createNoteRunner(settings, pool, options.store);
  const { extractorFor, answerNote } = notes;
  const integration = createIntegration({
    ...options,
    auth: settings.auth !== null,
    store: options.store,
    logger: options.logger,
    ...jobExecution(settings, notes),
  });
  app.addHook('onReady', async () => {
    await integration.resume();
  });
  app.addHook('onClose', async () => {
    await integration.close();
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // A plain close() drains too: answers sent while the server closes end their connections.
  app.addHook('preClose', async () => {
    state.draining = true;
  });
  // While draining, every answer ends its connection, so keep-alive clients move elsewhere. Checked
  // when the answer is sent, not when its request arrived: a request begun before the drain and
  // answered during it must not leave its connection open for the keep-alive timeout.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (state.draining) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
        ...(extractorOf.has(request) ? { extractor: extractorOf.get(request) } : {}),
        ...(codeOf.has(request) ? { code: codeOf.get(request) } : {}),
      },
      'request completed',
    );
  });

  app.setErrorHandler((error, request, reply) => {
    const p =
      error instanceof ClientGoneError
        ? httpProblem('client.gone', 'the client closed the connection before the answer', request.id)
        : problemFor(error, {
            instance: request.id,
            bodyLimitBytes: settings.bodyLimitBytes,
          });
    if (p.internalDetail !== undefined) {
      const upstream =
        error instanceof ProviderError
          ? { providerStatus: error.status, providerRequestId: error.requestId }
          : {};
      request.log.warn({ code: p.code, detail: p.internalDetail, ...upstream }, 'extraction failed');
    }
    if (p.problem.status >= 500 && p.code === 'internal') {
      // Name and frames only: a foreign error's message could quote what it was processing.
      const e = error instanceof Error ? error : new Error('non-error thrown');
      const frames = (e.stack ?? '')
        .split('\n')
        .filter((l) => l.startsWith('    at '))
        .slice(0, 8);
      request.log.error({ errorName: e.name, frames }, 'internal error');
    }
    return sendProblem(request, reply, p);
  });
  app.setNotFoundHandler((request, reply) =>
    httpError(request, reply, 'route.not-found', 'no such route; the routes are listed at /openapi.json'),
  );

  /** Registers `url` for its methods and answers every other method with 405 and `allow`. */
  const only = (scope: FastifyInstance, url: string, allowed: readonly (typeof METHODS)[number][]): void => {
    const allow = allowed.includes('GET') ? [...allowed, 'HEAD'] : [...allowed];
    scope.route({
      method: METHODS.filter((m) => !allow.includes(m)),
      url,
      handler: async (request, reply) => {
        reply.header('allow', allow.join(', '));
        const path = `${scope.prefix}${url}`;
        return httpError(request, reply, 'method.not-allowed', `${path} accepts ${allow.join(', ')}`);
      },
    });
  };

  app.get('/healthz', async () => ({ status: 'ok' as const }));
  app.get('/readyz', async (_request, reply) => {
    const stats = { extraction: settings.limiter.stats(), pipeline: pipelineStats() };
    return state.draining
      ? reply.code(503).send({ status: 'draining' as const, ...stats })
      : { status: 'ready' as const, ...stats };
  });
  app.get('/openapi.json', async () => openapi);
  for (const url of ['/healthz', '/readyz', '/openapi.json']) only(app, url, ['GET']);
  registerWebApp(app);
  for (const url of webAppPaths) only(app, url, ['GET']);

  app.register(
    async (v1) => {
      v1.addHook('onRequest', async (request) => {
        if (!settings.auth) return;
        const verdict = settings.auth(request.headers.authorization);
        if (verdict === 'missing')
          throw new ServiceError(
            'auth.required',
            'send Authorization: Bearer <token> (a token from OPNOTE_API_TOKENS)',
          );
        if (verdict === 'invalid')
          throw new ServiceError('auth.invalid', 'the bearer token is not one of the configured API tokens');
      });
      v1.addHook('onRequest', integration.rateLimit);
      integration.registerRoutes(v1);
      only(v1, '/jobs/:id', ['GET']);

      v1.get('/codes', async () => ({
        codes: (settings.knowledge?.codesFor() ?? codes).map((c) => ({
          code: c.code,
          descriptor: c.descriptor,
          region: c.region,
          documented: c.documented,
          decidingFacts: c.decidingFacts,
          neighbours: c.neighbours,
        })),
      }));
      only(v1, '/codes', ['GET']);
      v1.get<{ Params: { code: string } }>('/codes/:code', async (request) => {
        const asked = request.params.code;
        const def = settings.knowledge
          ? settings.knowledge.codesFor().find((c) => c.code === asked.trim())
          : findCode(asked);
        if (!def)
          throw new OpnoteError(
            'code.unknown',
            `${CODE_SHAPE.test(asked) ? `CPT ${asked} is` : 'that code is'} not in the code knowledge; GET /v1/codes lists the known codes`,
          );
        return def;
      });
      only(v1, '/codes/:code', ['GET']);

      registerReviewRoute(v1, options.store);
      only(v1, '/notes/:id/review', ['POST']);
      registerWorklistRoutes(v1, options.store);
      only(v1, '/notes/:id', ['GET']);
      only(v1, '/notes/:id/events', ['GET']);
      only(v1, '/export/reviewed', ['GET']);
      only(v1, '/export/overrides', ['GET']);

      v1.post('/notes', async (request, reply) => {
        const parsed = noteRequestRuntimeSchema.safeParse(request.body);
        if (!parsed.success) {
          const where = parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
            .join('; ');
          throw new InputError(
            'input.invalid',
            `request body is invalid: ${where}; expected {"transcript": "..."}`,
          );
        }
        const body = parsed.data;
        const name = body.extractor ?? settings.defaultExtractor;
        // Checked against the enum before it is logged or echoed: a client's string goes nowhere.
        extractorFor(name);
        extractorOf.set(request, name);
        return integration.handleNote(request, reply, {
          body,
          sync: async () => {
            const { callbackUrl: _c, ...note } = body;
            const result = await withDeadline(reply, settings.requestTimeoutMs, (signal) =>
              answerNote(note, request.id, signal),
            );
            if (prefersFhir(request.headers.accept)) {
              const bundle = toFhirDocument(result, {
                id: request.id,
                timestamp: settings.now().toISOString(),
                transcript: note.transcript,
                ...(note.claim === undefined ? {} : { claim: note.claim }),
              });
              return {
                status: 200,
                headers: { 'content-type': `${FHIR_JSON}; charset=utf-8` },
                body: JSON.stringify(bundle),
              };
            }
            return {
              status: 200,
              headers: { 'content-type': 'application/json; charset=utf-8' },
              body: JSON.stringify({ requestId: request.id, ...result }),
            };
          },
        });
      });
      only(v1, '/notes', ['GET', 'POST']);
    },
    { prefix: '/v1' },
  );

  return app;
}

/** Options of `drainAndClose`. */
export interface DrainOptions {
  /**
   * How long the listener stays open after readiness turns off, in ms: connections the kernel has
   * already queued are accepted and their requests answered. Default: 1000.
   */
  drainMs?: number;
  /** How long to wait, after the listener closed, for requests still running; then they are cut. */
  graceMs: number;
}

/**
 * Graceful shutdown: `/readyz` answers 503 at once and every answer carries `connection: close`;
 * after `drainMs` the listener closes; requests received by then are answered. Resolves with
 * `forced: true` when some were still running after `graceMs` and their connections were cut.
 */
export async function drainAndClose(
  app: FastifyInstance,
  options: DrainOptions,
): Promise<{ forced: boolean }> {
  const state = states.get(app);
  if (state) state.draining = true;
  const drainMs = options.drainMs ?? 1000;
  await sleep(drainMs);
  // On a busy machine the timer can fire before connections the kernel has queued were accepted (Node
  // accepts one per event-loop turn) or before the request on one just accepted was read. Keep the
  // listener open until a few turns pass with no new connection and none still silent (bounded).
  if (state) {
    const until = Date.now() + Math.max(1000, drainMs);
    for (;;) {
      const before = state.accepted;
      await setImmediate();
      await setImmediate();
      await sleep(10);
      if ((state.accepted === before && state.fresh.size === 0) || Date.now() > until) break;
    }
  }
  let timer: NodeJS.Timeout | undefined;
  const forced = await Promise.race([
    app.close().then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), options.graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (forced) {
    app.server.closeAllConnections();
    await app.close();
  }
  return { forced };
}
