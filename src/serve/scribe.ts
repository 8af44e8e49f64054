import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConfigError, InputError, ServiceError } from '../errors.ts';
import type { Store } from '../store/types.ts';
import {
  checkIdempotencyKey,
  createIdempotencyCache,
  requestFingerprint,
  type StoredAnswer,
} from './idempotency.ts';
import {
  createJobRunner,
  type JobQueue,
  type JobRequest,
  type JobRunner,
  type JobTarget,
  jobView,
} from './jobs.ts';
import type { Problem } from './problems.ts';
import { createRateLimiter, type RateLimiter, rateLimitHeaders, tokenKey } from './rate-limit.ts';
import {
  type CallbackHost,
  checkCallbackUrl,
  DEFAULT_RETRY_POLICY,
  MIN_WEBHOOK_SECRET_LENGTH,
  type WebhookRetryPolicy,
} from './webhooks.ts';

/** Webhook settings of one API token, overriding the server's. */
export interface TokenWebhookSettings {
  /** Callback URL used by this token's async requests that name none. */
  callbackUrl?: string;
  /** Secret that signs this token's deliveries instead of the server's. */
  webhookSecret?: string;
}

/** Integration options of `buildServer` (async jobs, webhooks, idempotency, per-token limits). */
export interface IntegrationOptions {
  /** Secret signing webhook deliveries (OPNOTE_WEBHOOK_SECRET). Without one, no callback is accepted. */
  webhookSecret?: string;
  /** Hosts callbacks may go to (OPNOTE_CALLBACK_HOSTS). Default: none (every callbackUrl is refused). */
  callbackHosts?: readonly CallbackHost[];
  /** Per-token webhook settings, by token. Default: none. */
  tokenWebhooks?: Readonly<Record<string, TokenWebhookSettings>>;
  /** Webhook retry policy. Default: 8 attempts, 1 s doubling to at most 60 s, 10 s per attempt. */
  webhookRetry?: Partial<WebhookRetryPolicy>;
  /** Time allowed for one async job. Default: 600,000 ms. */
  jobTimeoutMs?: number;
  /** Requests per minute per token on /v1 routes. Default: none (unlimited). */
  rateLimitPerMinute?: number;
  /**
   * With a store: how long a job's lease holds unless renewed (renewed every third of it while the job
   * runs or its webhook is delivered). A killed instance's jobs are taken over by another instance on
   * the same store after this. Default: 30,000 ms.
   */
  jobLeaseMs?: number;
  /** With a store: how often the store is scanned for jobs whose lease expired. Default: jobLeaseMs / 2. */
  jobScanIntervalMs?: number;
  /** This instance's name in job leases. Default `<host>:<pid>:<random>`. */
  instanceId?: string;
  /**
   * A queue for async jobs (`serve --queue`, see src/queue/service-jobs.ts): jobs go to it and
   * `opnote worker`s run them; needs `store`, which the workers share. Default: jobs run in-process.
   */
  jobQueue?: JobQueue;
}

/** What the note route gives the integration layer: the validated body and how to answer it now. */
export interface NoteCall {
  body: Record<string, unknown>;
  /** Answers synchronously (the normal path), as status, headers and body text. */
  sync: () => Promise<StoredAnswer>;
}

export interface Integration {
  /** The per-token rate-limit hook for /v1 routes (after auth). */
  rateLimit: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Handles `POST /v1/notes`: async (Prefer: respond-async) or sync, idempotent with Idempotency-Key. */
  handleNote: (request: FastifyRequest, reply: FastifyReply, call: NoteCall) => Promise<FastifyReply>;
  /** Registers `GET /v1/jobs/:id` on the /v1 scope. */
  registerRoutes: (v1: FastifyInstance) => void;
  /** Resumes the store's unfinished jobs; call once the server is ready. */
  resume: () => Promise<number>;
  close: () => Promise<void>;
}

/** Does a `Prefer` header (RFC 7240) ask for `respond-async`? */
export const prefersAsync = (header: string | string[] | undefined): boolean =>
  (Array.isArray(header) ? header : [header ?? ''])
    .flatMap((h) => h.split(','))
    .some((p) => p.split(';')[0]?.trim().toLowerCase() === 'respond-async');

const checkSecret = (secret: string, what: string): string => {
  if (secret.length < MIN_WEBHOOK_SECRET_LENGTH)
    throw new ConfigError(
      'config.invalid',
      `${what} is shorter than ${MIN_WEBHOOK_SECRET_LENGTH} characters; use a long random secret (e.g. openssl rand -hex 32)`,
    );
  return secret;
};

const positive = (name: string, v: number | undefined, fallback: number, min = 1): number => {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < min)
    throw new ConfigError('config.invalid', `${name} must be an integer >= ${min}, got ${String(v)}`);
  return v;
};

/**
 * Builds the integration layer. `execute` runs a job's request as the synchronous path would (its answer
 * body); `toProblem` turns an error into the problem details the synchronous path would send.
 */
export function createIntegration(
  options: IntegrationOptions & {
    auth: boolean;
    store?: Store | undefined;
    logger?: FastifyBaseLogger | undefined;
    execute: (request: JobRequest, signal: AbortSignal) => Promise<unknown>;
    toProblem: (error: unknown, request: JobRequest) => Problem;
    pipelineKeyOf: (body: unknown) => JobTarget;
  },
): Integration {
  if (options.jobQueue && !options.store)
    throw new ConfigError('config.invalid', 'a job queue needs a store (--store), shared with the workers');
  const secret =
    options.webhookSecret === undefined
      ? undefined
      : checkSecret(options.webhookSecret, 'the webhook secret');
  const hosts = options.callbackHosts ?? [];
  const perToken = new Map<string, TokenWebhookSettings>();
  Object.entries(options.tokenWebhooks ?? {}).forEach(([token, s], i) => {
    if (s.webhookSecret !== undefined) checkSecret(s.webhookSecret, `the webhook secret of token ${i + 1}`);
    if (s.callbackUrl !== undefined)
      try {
        checkCallbackUrl(s.callbackUrl, hosts);
      } catch (error) {
        throw new ConfigError(
          'config.invalid',
          `the default callback URL of token ${i + 1} is refused: ${(error as Error).message}`,
        );
      }
    perToken.set(tokenKey(token), s);
  });
  const retry: WebhookRetryPolicy = {
    maxAttempts: positive(
      'webhookRetry.maxAttempts',
      options.webhookRetry?.maxAttempts,
      DEFAULT_RETRY_POLICY.maxAttempts,
    ),
    baseDelayMs: positive(
      'webhookRetry.baseDelayMs',
      options.webhookRetry?.baseDelayMs,
      DEFAULT_RETRY_POLICY.baseDelayMs,
    ),
    maxDelayMs: positive(
      'webhookRetry.maxDelayMs',
      options.webhookRetry?.maxDelayMs,
      DEFAULT_RETRY_POLICY.maxDelayMs,
    ),
    timeoutMs: positive(
      'webhookRetry.timeoutMs',
      options.webhookRetry?.timeoutMs,
      DEFAULT_RETRY_POLICY.timeoutMs,
    ),
  };
  const limiter: RateLimiter | null =
    options.rateLimitPerMinute === undefined
      ? null
      : createRateLimiter(positive('rateLimitPerMinute', options.rateLimitPerMinute, 0));
  const secretFor = (client: string | null): string | undefined =>
    (client === null ? undefined : perToken.get(client)?.webhookSecret) ?? secret;
  const runner: JobRunner = createJobRunner({
    store: options.store,
    execute: options.execute,
    toProblem: options.toProblem,
    secretFor,
    callbackHosts: hosts,
    retry,
    timeoutMs: positive('jobTimeoutMs', options.jobTimeoutMs, 600_000),
    leaseMs: positive('jobLeaseMs', options.jobLeaseMs, 30_000, 100),
    scanIntervalMs:
      options.jobScanIntervalMs === undefined
        ? undefined
        : positive('jobScanIntervalMs', options.jobScanIntervalMs, 15_000, 10),
    instanceId: options.instanceId,
    queue: options.jobQueue,
    pipelineKeyOf: options.pipelineKeyOf,
    logger: options.logger,
  });
  const idempotency = createIdempotencyCache();

  /** The client: a hashed token with auth on, one anonymous client without. */
  const clientOf = (request: FastifyRequest): string | null =>
    options.auth && request.headers.authorization ? tokenKey(request.headers.authorization) : null;

  const send = (reply: FastifyReply, answer: StoredAnswer, replayed: boolean): FastifyReply => {
    if (reply.sent) return reply;
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(answer.status).headers(answer.headers).send(answer.body);
  };

  const accepted = (id: string): StoredAnswer => ({
    status: 202,
    headers: {
      location: `/v1/jobs/${id}`,
      'preference-applied': 'respond-async',
      'content-type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify({ id, status: 'queued', location: `/v1/jobs/${id}` }),
  });

  return {
    async rateLimit(request, reply) {
      if (!limiter) return;
      const key = clientOf(request) ?? `address:${request.ip}`;
      const verdict = limiter.take(key);
      reply.headers(rateLimitHeaders(verdict));
      if (!verdict.allowed)
        throw new ServiceError(
          'rate.limited',
          `this token may send ${verdict.limit} requests per minute; retry after the retry-after delay`,
          { retryAfterMs: verdict.resetSeconds * 1000 },
        );
    },

    async handleNote(request, reply, call) {
      const asyncMode = prefersAsync(request.headers.prefer);
      const client = clientOf(request);
      const { callbackUrl: asked, ...body } = call.body as { callbackUrl?: unknown } & Record<
        string,
        unknown
      >;
      const key = checkIdempotencyKey(request.headers['idempotency-key']);
      if (!asyncMode && asked !== undefined)
        throw new InputError(
          'callback.refused',
          'callbackUrl needs an async request: send it with Prefer: respond-async',
        );
      const callbackUrl =
        typeof asked === 'string'
          ? asked
          : asyncMode && client
            ? perToken.get(client)?.callbackUrl
            : undefined;
      if (callbackUrl !== undefined) {
        checkCallbackUrl(callbackUrl, hosts);
        if (!secretFor(client))
          throw new InputError(
            'callback.refused',
            'this server has no webhook secret configured, so it sends no callbacks; poll GET /v1/jobs/{id} instead',
          );
      }
      const fingerprint = requestFingerprint([
        JSON.stringify(call.body),
        asyncMode ? 'async' : 'sync',
        String(request.headers.accept ?? ''),
      ]);
      const scopedKey = key === undefined ? null : `${client ?? 'anonymous'}:${key}`;
      const produce = async (): Promise<StoredAnswer> => {
        if (!asyncMode) return call.sync();
        const job = await runner.submit({
          request: { body, requestId: request.id },
          client,
          callbackUrl: callbackUrl ?? null,
          idempotencyKey: scopedKey,
          fingerprint: scopedKey === null ? null : fingerprint,
        });
        if (scopedKey !== null && job.fingerprint !== fingerprint)
          throw new InputError(
            'idempotency.mismatch',
            'this Idempotency-Key was first used with a different request; use a new key for a new request',
          );
        return accepted(job.id);
      };
      if (key === undefined) return send(reply, await produce(), false);
      const { answer, replayed } = await idempotency.run(client ?? 'anonymous', key, fingerprint, produce);
      return send(reply, answer, replayed);
    },

    registerRoutes(v1) {
      v1.get<{ Params: { id: string } }>('/jobs/:id', async (request, reply) => {
        const job = /^[0-9a-f-]{36}$/.test(request.params.id) ? await runner.get(request.params.id) : null;
        // Another client's job is not found either: ids are not secrets to guess, but results are PHI.
        if (!job || (job.client !== null && job.client !== clientOf(request)))
          throw new ServiceError('job.not-found', 'no such job; job ids come from the Location of a 202');
        return reply.type('application/json; charset=utf-8').send(jobView(job));
      });
    },

    resume: () => runner.resume(),
    close: () => runner.close(),
  };
}
