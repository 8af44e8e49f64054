import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { ServiceError } from '../errors.ts';
import type { JobRecord, Store } from '../store/types.ts';
import type { Problem } from './problems.ts';
import {
  type CallbackHost,
  checkCallbackUrl,
  type DeliveryAttempt,
  deliverWebhook,
  type WebhookRetryPolicy,
} from './webhooks.ts';

/** What `GET /v1/jobs/{id}` answers, and what a webhook delivers. */
export interface JobView {
  id: string;
  status: JobRecord['status'];
  /** The body the synchronous call would have answered, when done. */
  result?: unknown;
  /** The problem details the synchronous call would have answered, when failed. */
  error?: unknown;
  /** Webhook delivery attempts so far. */
  deliveries: unknown[];
  createdAt: string;
  updatedAt: string;
}

export const jobView = (job: JobRecord): JobView => ({
  id: job.id,
  status: job.status,
  ...(job.status === 'done' ? { result: job.result } : {}),
  ...(job.status === 'failed' ? { error: job.error } : {}),
  deliveries: job.deliveries,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
});

/** What a job needs to run: the validated request body and the id of the request that created it. */
export interface JobRequest {
  body: Record<string, unknown>;
  requestId: string;
}

export interface JobRunnerOptions {
  /** Where jobs persist (they then survive a restart). Default: memory, lost on restart. */
  store?: Store | undefined;
  /** Runs a job's request exactly as the synchronous path would; returns the answer body. */
  execute: (request: JobRequest, signal: AbortSignal) => Promise<unknown>;
  /** The problem details of an error, as the synchronous path would answer it. */
  toProblem: (error: unknown, request: JobRequest) => Problem;
  /** Webhook secret of a client (hashed token), or undefined when none is configured. */
  secretFor: (client: string | null) => string | undefined;
  /** Hosts callbacks may go to; re-checked before each delivery. */
  callbackHosts: readonly CallbackHost[];
  retry: WebhookRetryPolicy;
  /** Time allowed for one job. */
  timeoutMs: number;
  logger?: FastifyBaseLogger | undefined;
  now?: () => Date;
}

/** Submitting a job: the request, and the client's idempotency key (scoped) and callback. */
export interface JobSubmission {
  request: JobRequest;
  client: string | null;
  callbackUrl: string | null;
  idempotencyKey: string | null;
  fingerprint: string | null;
}

/** Runs async jobs in-process, persisting them through the store when there is one. */
export interface JobRunner {
  /** Creates (or, for a known idempotency key, finds) a job and starts it. */
  submit(submission: JobSubmission): Promise<JobRecord>;
  get(id: string): Promise<JobRecord | null>;
  /** Restarts the store's queued and running jobs (left by a stopped instance). */
  resume(): Promise<number>;
  /** Stops webhook retries and running jobs (they stay unfinished in the store, resumed next start). */
  close(): Promise<void>;
}

const MEMORY_TTL_MS = 24 * 60 * 60 * 1000;
/** Most finished jobs kept in memory without a store; beyond, the oldest finished ones are dropped. */
const MEMORY_MAX_FINISHED = 10_000;

/** Creates the in-process job runner. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const now = options.now ?? (() => new Date());
  const memory = new Map<string, JobRecord>();
  const byKey = new Map<string, string>();
  const running = new Set<Promise<void>>();
  const stop = new AbortController();
  const store = options.store;

  const sweep = (): void => {
    const cutoff = now().getTime() - MEMORY_TTL_MS;
    let finished = 0;
    for (const j of memory.values()) if (j.status === 'done' || j.status === 'failed') finished++;
    for (const [id, j] of memory) {
      const done = j.status === 'done' || j.status === 'failed';
      if (Date.parse(j.updatedAt) < cutoff || (done && finished > MEMORY_MAX_FINISHED)) {
        memory.delete(id);
        if (j.idempotencyKey) byKey.delete(j.idempotencyKey);
        if (done) finished--;
      }
    }
  };

  const save = async (job: JobRecord): Promise<void> => {
    job.updatedAt = now().toISOString();
    if (store) await store.updateJob(job);
    else memory.set(job.id, job);
  };

  const deliver = async (job: JobRecord): Promise<void> => {
    if (!job.callbackUrl) return;
    const secret = options.secretFor(job.client);
    let url: URL;
    try {
      url = checkCallbackUrl(job.callbackUrl, options.callbackHosts);
    } catch {
      options.logger?.warn({ jobId: job.id }, 'webhook not sent: callback host no longer allowed');
      return;
    }
    if (!secret) return;
    const body = JSON.stringify(jobView({ ...job, deliveries: [] }));
    const delivered = await deliverWebhook({
      url,
      body,
      secret,
      attemptsMade: job.deliveries.length,
      headers: { 'opnote-job-id': job.id, 'opnote-delivery': `${job.id}.1` },
      policy: options.retry,
      signal: stop.signal,
      now,
      onAttempt: async (attempt: DeliveryAttempt) => {
        job.deliveries.push(attempt);
        await save(job);
        options.logger?.info(
          { jobId: job.id, attempt: attempt.attempt, outcome: attempt.outcome, status: attempt.status },
          'webhook attempt',
        );
      },
    });
    if (!delivered && !stop.signal.aborted)
      options.logger?.warn({ jobId: job.id }, 'webhook not delivered; attempts exhausted');
  };

  const runJob = async (job: JobRecord): Promise<void> => {
    const request = job.request as JobRequest;
    job.status = 'running';
    await save(job);
    const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(options.timeoutMs)]);
    try {
      let answer: unknown;
      for (;;) {
        try {
          answer = await options.execute(request, signal);
          break;
        } catch (error) {
          // A full extraction queue is back-pressure, not a failure: an async job waits its turn.
          if (!(error instanceof ServiceError && error.code === 'server.busy') || signal.aborted) throw error;
          await new Promise((r) => setTimeout(r, error.retryAfterMs ?? 1000));
        }
      }
      job.status = 'done';
      job.result = answer;
    } catch (error) {
      if (stop.signal.aborted) return; // shutting down: left unfinished, resumed on the next start
      const timedOut = signal.aborted;
      job.status = 'failed';
      job.error = options.toProblem(
        timedOut
          ? new ServiceError(
              'server.timeout',
              `the job took longer than ${options.timeoutMs / 1000} s and was abandoned; retry, or use a faster extractor`,
            )
          : error,
        request,
      );
      options.logger?.warn({ jobId: job.id, code: (job.error as Problem).code }, 'job failed');
    }
    job.request = null;
    await save(job);
    await deliver(job);
  };

  const track = (p: Promise<void>): void => {
    const tracked = p.finally(() => running.delete(tracked));
    running.add(tracked);
  };

  const start = (job: JobRecord): void => {
    track(
      runJob(job).catch((error: unknown) => {
        options.logger?.error(
          { jobId: job.id, errorName: (error as Error)?.name },
          'job could not be recorded',
        );
      }),
    );
  };

  return {
    async submit(s) {
      const at = now().toISOString();
      const job: JobRecord = {
        id: randomUUID(),
        status: 'queued',
        request: s.request,
        idempotencyKey: s.idempotencyKey,
        fingerprint: s.fingerprint,
        client: s.client,
        callbackUrl: s.callbackUrl,
        result: null,
        error: null,
        deliveries: [],
        createdAt: at,
        updatedAt: at,
      };
      if (store) {
        const stored = await store.createJob(job);
        if (stored.id !== job.id) return stored;
        start(stored);
        return stored;
      }
      sweep();
      const known = s.idempotencyKey ? byKey.get(s.idempotencyKey) : undefined;
      const existing = known ? memory.get(known) : undefined;
      if (existing) return existing;
      memory.set(job.id, job);
      if (s.idempotencyKey) byKey.set(s.idempotencyKey, job.id);
      start(job);
      return job;
    },
    async get(id) {
      if (store) return store.job(id);
      return memory.get(id) ?? null;
    },
    async resume() {
      if (!store) return 0;
      const jobs = await store.unfinishedJobs();
      for (const job of jobs) start(job);
      // Deliveries a stopped instance had not finished (its retries were cut short) carry on here.
      const since = new Date(now().getTime() - MEMORY_TTL_MS).toISOString();
      const pending = (await store.finishedJobsWithCallback(since)).filter(
        (j) =>
          j.deliveries.length < options.retry.maxAttempts &&
          !j.deliveries.some((a) => (a as { outcome?: string }).outcome === 'delivered'),
      );
      for (const job of pending)
        track(
          deliver(job).catch((error: unknown) => {
            options.logger?.error({ jobId: job.id, errorName: (error as Error)?.name }, 'webhook failed');
          }),
        );
      return jobs.length + pending.length;
    },
    async close() {
      stop.abort();
      await Promise.allSettled([...running]);
    },
  };
}
