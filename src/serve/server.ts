import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { codes, findCode } from '../codes/index.ts';
import { ConfigError, InputError, ProviderError, ServiceError, UnknownCodeError } from '../errors.ts';
import { createExtractor, type ExtractorConfig, extractorNames } from '../extract/registry.ts';
import type { Extractor } from '../extract/types.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import { MAX_TRANSCRIPT_CHARS } from '../pipeline/input.ts';
import { processNote } from '../pipeline/process.ts';
import type { Store } from '../store/types.ts';
import { OPNOTE_VERSION } from '../version.ts';
import { FHIR_JSON, prefersFhir } from './accept.ts';
import { createTokenCheck } from './auth.ts';
import { toFhirBundle } from './fhir.ts';
import { createLimiter, type Limiter } from './limiter.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { type ProblemReply, plainProblem, problemFor } from './problems.ts';
import { registerReviewRoute } from './review.ts';
import { noteRequestRuntimeSchema } from './schemas.ts';
import { createIntegration, type IntegrationOptions } from './scribe.ts';

/** Options of `buildServer`. Pure of the environment: the CLI reads env and flags and passes them here. */
export interface ServerOptions extends IntegrationOptions {
  /** Bearer tokens accepted on /v1 routes (at least 16 characters each). Required unless `authDisabled`. */
  tokens?: readonly string[];
  /** Turns bearer-token auth off, for local use only. Default: false. */
  authDisabled?: boolean;
  /** Creates an extractor by name. Default: `createExtractor(name, extractorConfig)` from the registry. */
  extractorFactory?: (name: string) => Extractor;
  /** Names a request may choose, as documented in OpenAPI. Default: the registry's names. */
  extractorNames?: readonly string[];
  /** Settings for registry extractors (API key, base URL, model, timeout). Default: {}. */
  extractorConfig?: ExtractorConfig;
  /** Extractor used when a request names none. Default: 'rules'. */
  defaultExtractor?: string;
  /** Extractors that make no LLM call and so skip the concurrency bound. Default: ['rules']. */
  localExtractors?: readonly string[];
  /** Most LLM extractions running at once, shared by all requests. Default: 4. */
  maxConcurrentExtractions?: number;
  /** Most requests waiting for an extraction slot; one more gets 503 with retry-after. Default: 32. */
  maxQueuedExtractions?: number;
  /** The retry-after advised with a 503 for back-pressure, in ms. Default: 1000. */
  retryAfterMs?: number;
  /** Time allowed for one `POST /v1/notes`, from routing to response; then 504. Default: 60000. */
  requestTimeoutMs?: number;
  /** Largest transcript in characters; more gets 413. Default: MAX_TRANSCRIPT_CHARS (200,000). */
  maxChars?: number;
  /** Largest request body in bytes; more gets 413. Default: 4 bytes per allowed character + 64 KiB. */
  bodyLimitBytes?: number;
  /** Directory of user-edited Handlebars templates. Default: the built-in ones. */
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
  extractorFactory: (name: string) => Extractor;
  extractorNames: readonly string[];
  defaultExtractor: string;
  localExtractors: ReadonlySet<string>;
  limiter: Limiter;
  requestTimeoutMs: number;
  maxChars: number;
  bodyLimitBytes: number;
  templatesDir: string | undefined;
  knowledge: Knowledge | undefined;
  now: () => Date;
}

function positiveInt(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError('config.invalid', `${name} must be an integer >= ${min}, got ${String(value)}`);
  return value;
}

/** Validates options and fills in defaults; bad values fail here, naming the option. */
export function resolveServerOptions(options: ServerOptions): Settings {
  if (options.authDisabled !== true && options.tokens === undefined) createTokenCheck([]); // throws the "no API tokens" configuration error
  const maxChars = positiveInt('maxChars', options.maxChars, MAX_TRANSCRIPT_CHARS);
  const config = options.extractorConfig ?? {};
  return {
    auth: options.authDisabled === true ? null : createTokenCheck(options.tokens ?? []),
    extractorFactory: options.extractorFactory ?? ((name) => createExtractor(name, config)),
    extractorNames: options.extractorNames ?? extractorNames(),
    defaultExtractor: options.defaultExtractor ?? 'rules',
    localExtractors: new Set(options.localExtractors ?? ['rules']),
    limiter: createLimiter({
      concurrency: positiveInt('maxConcurrentExtractions', options.maxConcurrentExtractions, 4),
      maxQueue: positiveInt('maxQueuedExtractions', options.maxQueuedExtractions, 32, 0),
      retryAfterMs: positiveInt('retryAfterMs', options.retryAfterMs, 1000, 0),
    }),
    requestTimeoutMs: positiveInt('requestTimeoutMs', options.requestTimeoutMs, 60_000),
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
          `the request took longer than ${timeoutMs} ms and was abandoned; retry, or use a faster extractor`,
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

/** Request ids: a caller's x-request-id when it is a safe FHIR id, otherwise a new UUID. */
const REQUEST_ID = /^[A-Za-z0-9.-]{1,64}$/;
const requestIdFor = (header: string | string[] | undefined): string =>
  typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();

/**
 * Builds the HTTP service (not listening yet): `POST /v1/notes`, `GET /v1/codes`, `GET /v1/codes/:code`,
 * `GET /healthz`, `GET /readyz`, `GET /openapi.json`. Call `listen({port, host})` to start and `close()`
 * to stop: close refuses new requests with 503 `server.closing` and waits for those in flight.
 */
export function buildServer(options: ServerOptions = {}): FastifyInstance {
  const settings = resolveServerOptions(options);
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : {}),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.bodyLimitBytes,
    genReqId: (req) => requestIdFor(req.headers['x-request-id']),
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  });

  const extractorOf = new WeakMap<FastifyRequest, string>();
  const codeOf = new WeakMap<FastifyRequest, string>();
  let closing = false;
  const openapi = buildOpenApiDocument({
    version: OPNOTE_VERSION,
    extractors: settings.extractorNames,
    defaultExtractor: settings.defaultExtractor,
    auth: settings.auth !== null,
  });

  const sendProblem = (request: FastifyRequest, reply: FastifyReply, p: ProblemReply): FastifyReply => {
    codeOf.set(request, p.code);
    return reply
      .code(p.problem.status)
      .headers(p.headers)
      .type('application/problem+json; charset=utf-8')
      .send(p.problem);
  };

  app.removeContentTypeParser('text/plain');

  const extractors = new Map<string, Extractor>();
  const extractorFor = (name: string): Extractor => {
    const cached = extractors.get(name);
    if (cached) return cached;
    const inner = settings.extractorFactory(name);
    const extractor: Extractor = settings.localExtractors.has(name)
      ? inner
      : {
          name: inner.name,
          extract: (transcript, opts) =>
            settings.limiter.run(() => inner.extract(transcript, opts), opts?.signal),
        };
    extractors.set(name, extractor);
    return extractor;
  };

  type NoteBody = ReturnType<typeof noteRequestRuntimeSchema.parse>;
  /** Processes a note as `POST /v1/notes` answers it (JSON), recording it in the store when there is one. */
  const answerNote = async (body: NoteBody, requestId: string, signal: AbortSignal) => {
    const name = body.extractor ?? settings.defaultExtractor;
    const result = await processNote(
      {
        transcript: body.transcript,
        ...(body.claim === undefined ? {} : { claim: body.claim }),
        ...(body.id === undefined ? {} : { id: body.id }),
      },
      {
        extractor: extractorFor(name),
        maxChars: settings.maxChars,
        signal,
        ...(settings.templatesDir ? { templatesDir: settings.templatesDir } : {}),
        ...(settings.knowledge ? { knowledge: settings.knowledge } : {}),
      },
    );
    if (options.store) {
      const { id: _id, ...stored } = result;
      await options.store.record({
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
  const integration = createIntegration({
    ...options,
    auth: settings.auth !== null,
    store: options.store,
    logger: options.logger,
    execute: async (job, signal) => {
      const result = await answerNote(noteRequestRuntimeSchema.parse(job.body), job.requestId, signal);
      return { requestId: job.requestId, ...result };
    },
    toProblem: (error, job) =>
      problemFor(error, { instance: job.requestId, bodyLimitBytes: settings.bodyLimitBytes }).problem,
  });
  app.addHook('onReady', async () => {
    await integration.resume();
  });
  app.addHook('onClose', async () => {
    await integration.close();
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) {
      reply.header('connection', 'close');
      throw new ServiceError('server.closing', 'the server is shutting down; retry on another instance', {
        retryAfterMs: 1000,
      });
    }
  });
  app.addHook('preClose', async () => {
    closing = true;
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
        ? plainProblem(499, 'the client closed the connection before the answer', request.id)
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
    sendProblem(
      request,
      reply,
      plainProblem(404, 'no such route; the routes are listed at /openapi.json', request.id),
    ),
  );

  app.get('/healthz', async () => ({ status: 'ok' as const }));
  app.get('/readyz', async () => ({ status: 'ready' as const, extraction: settings.limiter.stats() }));
  app.get('/openapi.json', async () => openapi);

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
      v1.get<{ Params: { code: string } }>('/codes/:code', async (request) => {
        const def = settings.knowledge
          ? settings.knowledge.codesFor().find((c) => c.code === request.params.code.trim())
          : findCode(request.params.code);
        if (!def) throw new UnknownCodeError(request.params.code);
        return def;
      });

      registerReviewRoute(v1, options.store);

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
        extractorOf.set(request, name);
        extractorFor(name);
        return integration.handleNote(request, reply, {
          body,
          sync: async () => {
            const { callbackUrl: _c, ...note } = body;
            const result = await withDeadline(reply, settings.requestTimeoutMs, (signal) =>
              answerNote(note, request.id, signal),
            );
            if (prefersFhir(request.headers.accept)) {
              const bundle = toFhirBundle(result, {
                id: request.id,
                timestamp: settings.now().toISOString(),
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
    },
    { prefix: '/v1' },
  );

  return app;
}
