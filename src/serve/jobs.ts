import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { ServiceError } from '../errors.ts';
import {
  type JobLease,
  type JobRecord,
  QUEUE_JOB_LEASE_UNTIL,
  QUEUE_JOB_OWNER,
  type Store,
} from '../store/types.ts';
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
  /**
   * The queue stored jobs go to instead of running here (`serve --queue`): the job's lease is then the
   * queue's (`QUEUE_JOB_OWNER`), a worker writes its result to the store, and an instance here delivers
   * its webhook. Needs a store. Default: jobs run in-process.
   */
  queue?: JobQueue | undefined;
  /** The extractor a request body runs with and its pipeline key (for the queue). Needed with `queue`. */
  pipelineKeyOf?: ((body: unknown) => JobTarget) | undefined;
  /** This instance's name in job leases. Default `<host>:<pid>:<random>`. */
  instanceId?: string | undefined;
  /** How long a lease holds unless renewed (every third of it while the job runs). Default: 30,000 ms. */
  leaseMs?: number | undefined;
  /** How often the store is scanned for jobs whose lease expired (a dead instance's). Default: leaseMs / 2. */
  scanIntervalMs?: number | undefined;
  logger?: FastifyBaseLogger | undefined;
  now?: () => Date;
}

/** Where a queued job must run: the extractor, and the pipeline key a worker's results must have. */
export interface JobTarget {
  extractor: string;
  pipelineKey: string;
}

/** A queue for the service's async jobs (BullMQ, see src/queue/service-jobs.ts). */
export interface JobQueue {
  /** Adds the job (by id: adding it again adds nothing). */
  add(jobId: string, target: JobTarget): Promise<void>;
  /** Calls `listener` whenever a worker finished a job (its result is then in the store). */
  onFinished(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * Runs `execute`, waiting out a full extraction queue: back-pressure is not a failure for an async job,
 * which waits its turn (until `signal` aborts).
 */
export async function executeInTurn<T>(
  execute: (request: JobRequest, signal: AbortSignal) => Promise<T>,
  request: JobRequest,
  signal: AbortSignal,
): Promise<T> {
  for (;;) {
    try {
      return await execute(request, signal);
    } catch (error) {
      if (!(error instanceof ServiceError && error.code === 'server.busy') || signal.aborted) throw error;
      await new Promise((r) => setTimeout(r, error.retryAfterMs ?? 1000));
    }
  }
}

/** Submitting a job: the request, and the client's idempotency key (scoped) and callback. */
export interface JobSubmission {
  request: JobRequest;
  client: string | null;
  callbackUrl: string | null;
  idempotencyKey: string | null;
  fingerprint: string | null;
}

/** Runs async jobs in-process (or hands them to a queue), persisting them through the store when there is one. */
export interface JobRunner {
  /** Creates (or, for a known idempotency key, finds) a job and starts it. */
  submit(submission: JobSubmission): Promise<JobRecord>;
  get(id: string): Promise<JobRecord | null>;
  /**
   * Takes over the store's jobs with work left whose lease is free or expired (left by a stopped or dead
   * instance), then keeps looking every `scanIntervalMs`. Returns how many it took at once.
   */
  resume(): Promise<number>;
  /** Looks for claimable jobs now (a worker finished one, say). Returns how many it took. */
  scan(): Promise<number>;
  /** Stops webhook retries and running jobs, and releases their leases (the next instance takes them at once). */
  close(): Promise<void>;
}

const MEMORY_TTL_MS = 24 * 60 * 60 * 1000;
/** Most finished jobs kept in memory without a store; beyond, the oldest finished ones are dropped. */
const MEMORY_MAX_FINISHED = 10_000;
/** Most jobs one scan claims. */
const SCAN_BATCH = 16;

/** The lease of the job was lost (it expired and another instance took the job): stop, write nothing. */
class LeaseLost extends Error {
  override name = 'LeaseLost';
}

const delivered = (job: JobRecord): boolean =>
  job.deliveries.some((a) => (a as { outcome?: string }).outcome === 'delivered');

/** Creates the job runner. */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const now = options.now ?? (() => new Date());
  const memory = new Map<string, JobRecord>();
  const byKey = new Map<string, string>();
  const running = new Set<Promise<void>>();
  const stop = new AbortController();
  const store = options.store;
  const me = options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 30_000;
  const lease = (): JobLease => ({ owner: me, until: new Date(now().getTime() + leaseMs).toISOString() });
  const queue = store ? options.queue : undefined;
  if (queue && !options.pipelineKeyOf) throw new Error('a job queue needs pipelineKeyOf');
  const enqueue = (job: JobRecord): Promise<void> =>
    (queue as JobQueue).add(
      job.id,
      (options.pipelineKeyOf as (body: unknown) => JobTarget)((job.request as JobRequest).body),
    );
  // A worker finished a job: its webhook is there to claim and deliver now, not at the next scan.
  queue?.onFinished(() => {
    scan().catch(() => {});
  });

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

  /** Writes the job, only while this instance holds its lease (throws LeaseLost otherwise). */
  const save = async (job: JobRecord, release = false): Promise<void> => {
    job.updatedAt = now().toISOString();
    if (!store) {
      memory.set(job.id, job);
      return;
    }
    if (!(await store.updateClaimedJob(job, me, release))) throw new LeaseLost('the job lease was lost');
  };

  /**
   * Holds the job's lease while `work` runs: renewed every third of the lease; `lost` aborts when a
   * renewal finds it taken (this instance stalled past its lease and another took the job over).
   */
  const holding = async (job: JobRecord, work: (lost: AbortSignal) => Promise<void>): Promise<void> => {
    const lost = new AbortController();
    const timer = store
      ? setInterval(
          () => {
            store.renewJobLease(job.id, lease()).then(
              (ok) => {
                if (!ok) lost.abort(new LeaseLost('the job lease was lost'));
              },
              () => {}, // the store is away: try again next time; the write after the job is fenced anyway
            );
          },
          Math.max(20, Math.floor(leaseMs / 3)),
        )
      : undefined;
    try {
      await work(lost.signal);
    } catch (error) {
      if (!(error instanceof LeaseLost)) throw error;
      options.logger?.warn({ jobId: job.id }, 'job lease lost; another instance has the job');
    } finally {
      clearInterval(timer);
    }
  };

  /** Whether a finished job has a delivery to make: a callback, a secret, attempts left, none delivered. */
  const wantsDelivery = (job: JobRecord): boolean =>
    job.callbackUrl !== null &&
    options.secretFor(job.client) !== undefined &&
    !delivered(job) &&
    job.deliveries.length < options.retry.maxAttempts &&
    Date.parse(job.updatedAt) >= now().getTime() - MEMORY_TTL_MS;

  /** Delivers the webhook of a finished job whose lease this instance holds, then settles and releases it. */
  const deliver = async (job: JobRecord, lost: AbortSignal): Promise<void> => {
    const secret = options.secretFor(job.client);
    let url: URL | undefined;
    if (job.callbackUrl && secret && wantsDelivery(job))
      try {
        url = checkCallbackUrl(job.callbackUrl, options.callbackHosts);
      } catch {
        options.logger?.warn({ jobId: job.id }, 'webhook not sent: callback host no longer allowed');
      }
    if (url && secret) {
      const signal = AbortSignal.any([stop.signal, lost]);
      const body = JSON.stringify(jobView({ ...job, deliveries: [] }));
      const ok = await deliverWebhook({
        url,
        body,
        secret,
        attemptsMade: job.deliveries.length,
        headers: { 'opnote-job-id': job.id, 'opnote-delivery': `${job.id}.1` },
        policy: options.retry,
        signal,
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
      if (lost.aborted) throw new LeaseLost('the job lease was lost');
      if (stop.signal.aborted) {
        // Shutting down mid-retry: the delivery stays pending, taken over by the next instance at once.
        await save(job, true);
        return;
      }
      if (!ok) options.logger?.warn({ jobId: job.id }, 'webhook not delivered; attempts exhausted');
    }
    job.webhookPending = false;
    await save(job, true);
  };

  /** Runs a job whose lease this instance holds (or hands it to the queue), then delivers its webhook. */
  const runJob = async (job: JobRecord, lost: AbortSignal): Promise<void> => {
    if (queue && store) {
      // Claimed here (left by a dead in-process instance, say): the queue takes it over.
      if (
        !(await store.transferJobLease(job.id, me, { owner: QUEUE_JOB_OWNER, until: QUEUE_JOB_LEASE_UNTIL }))
      )
        throw new LeaseLost('the job lease was lost');
      await enqueue(job);
      return;
    }
    const request = job.request as JobRequest;
    job.status = 'running';
    await save(job);
    const signal = AbortSignal.any([stop.signal, lost, AbortSignal.timeout(options.timeoutMs)]);
    try {
      job.result = await executeInTurn(options.execute, request, signal);
      job.status = 'done';
    } catch (error) {
      if (lost.aborted) throw new LeaseLost('the job lease was lost');
      if (stop.signal.aborted) {
        // Shutting down: left unfinished and released, so the next instance runs it at once.
        if (store) await save(job, true);
        return;
      }
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
    if (lost.aborted) throw new LeaseLost('the job lease was lost');
    job.request = null;
    job.webhookPending = wantsDelivery(job);
    await save(job, !job.webhookPending);
    if (job.webhookPending) await deliver(job, lost);
  };

  const track = (p: Promise<void>): void => {
    const tracked = p.finally(() => running.delete(tracked));
    running.add(tracked);
  };

  /** Runs or delivers a job this instance holds, under its lease. */
  const start = (job: JobRecord): void => {
    const finished = job.status === 'done' || job.status === 'failed';
    track(
      holding(job, (lost) => (finished ? deliver(job, lost) : runJob(job, lost))).catch((error: unknown) => {
        options.logger?.error(
          { jobId: job.id, errorName: (error as Error)?.name },
          'job could not be recorded',
        );
      }),
    );
  };

  let scanning: Promise<number> | undefined;
  let scanTimer: NodeJS.Timeout | undefined;
  const scan = (): Promise<number> => {
    if (!store || stop.signal.aborted) return Promise.resolve(0);
    scanning ??= (async () => {
      try {
        const claimed = await store.claimJobs(lease(), now().toISOString(), SCAN_BATCH);
        for (const job of claimed) {
          if (job.claims !== undefined && job.claims > 1)
            options.logger?.info({ jobId: job.id, claims: job.claims }, 'job taken over');
          start(job);
        }
        return claimed.length;
      } finally {
        scanning = undefined;
      }
    })();
    return scanning;
  };

  return {
    async submit(s) {
      const at = now().toISOString();
      const queued = queue !== undefined && store !== undefined;
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
        // Claimed on creation: no other instance's scan takes a job this one is about to run.
        claimedBy: queued ? QUEUE_JOB_OWNER : me,
        leaseUntil: queued ? QUEUE_JOB_LEASE_UNTIL : lease().until,
        claims: 1,
        webhookPending: false,
      };
      if (store) {
        const stored = await store.createJob(job);
        if (stored.id !== job.id) return stored;
        if (queued) await enqueue(stored);
        else start(stored);
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
      if (queue)
        // Jobs the queue owns, added again (a no-op for those it holds): an instance that stopped between
        // storing a job and adding it, or a Redis that lost its data, loses none.
        for (const job of await store.unfinishedJobs())
          if (job.claimedBy === QUEUE_JOB_OWNER && job.request !== null) await enqueue(job);
      const taken = await scan();
      const every = options.scanIntervalMs ?? Math.max(50, Math.floor(leaseMs / 2));
      scanTimer = setInterval(() => {
        scan().catch((error: unknown) => {
          options.logger?.warn({ errorName: (error as Error)?.name }, 'job scan failed; retried');
        });
      }, every);
      scanTimer.unref();
      return taken;
    },
    scan,
    async close() {
      clearInterval(scanTimer);
      stop.abort();
      await scanning?.catch(() => 0);
      await Promise.allSettled([...running]);
      await queue?.close();
    },
  };
}
