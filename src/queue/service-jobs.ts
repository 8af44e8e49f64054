import { hostname } from 'node:os';
import { type Job, Queue, QueueEvents, Worker } from 'bullmq';
import { ConfigError } from '../errors.ts';
import type { JobRecord, Store } from '../store/types.ts';
import { QUEUE_JOB_OWNER } from '../store/types.ts';
import { jobLockOptions, QUEUE_PREFIX, redisConnection } from './connection.ts';

/**
 * The service's async jobs (`opnote serve --queue`) on BullMQ. A queued job carries ids only: the
 * request (transcript included) stays in the store's `jobs` row, and the worker writes the answer
 * there, so no PHI is in Redis and a service that was down when a job finished still finds its result.
 */

/** The BullMQ queue of a service's async jobs, beside the batch queue of the same name. */
export const serviceQueueName = (name: string): string => `${name}-api`;

/** What a queued service job carries: its id in the store, and the pipeline it must run with. */
export interface ServiceJobData {
  jobId: string;
  extractor: string;
  pipelineKey: string;
}

/** Name of the BullMQ jobs. */
const SERVICE_JOB = 'service-note';
/** How long finished BullMQ entries (ids only) are kept, so an add of a finished job adds nothing. */
const KEEP_FINISHED_S = 24 * 60 * 60;

/** The service side: adds jobs, and tells when a worker finished one (BullMQ events, a wake-up only). */
export function createServiceJobQueue(options: { url: string; name: string }): {
  add(jobId: string, target: { extractor: string; pipelineKey: string }): Promise<void>;
  onFinished(listener: () => void): void;
  close(): Promise<void>;
} {
  const name = serviceQueueName(options.name);
  const connection = redisConnection(options.url);
  connection.on('error', () => {});
  const queue = new Queue<ServiceJobData>(name, { connection, prefix: QUEUE_PREFIX });
  queue.on('error', () => {});
  const eventsConnection = redisConnection(options.url);
  eventsConnection.on('error', () => {});
  let events: QueueEvents | undefined;
  const listeners: Array<() => void> = [];
  return {
    async add(jobId, target) {
      await queue.add(
        SERVICE_JOB,
        { jobId, ...target },
        {
          jobId,
          // A request's own failure is the job's answer (a problem), never retried; these attempts are
          // for the store or Redis going away mid-job. A killed worker's job is taken over (stalled-job
          // detection) without using one.
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: KEEP_FINISHED_S },
          removeOnFail: { age: KEEP_FINISHED_S },
        },
      );
    },
    onFinished(listener) {
      listeners.push(listener);
      if (events) return;
      events = new QueueEvents(name, { connection: eventsConnection, prefix: QUEUE_PREFIX });
      events.on('error', () => {});
      const tell = (): void => {
        for (const l of listeners) l();
      };
      events.on('completed', tell);
      events.on('failed', tell);
    },
    async close() {
      await events?.close();
      await queue.close();
      eventsConnection.disconnect();
      connection.disconnect();
    },
  };
}

/** How a worker runs a service job's request: as the service would (see `createJobExecutor`). */
export interface ServiceJobExecutor {
  execute: (
    request: { body: Record<string, unknown>; requestId: string },
    signal: AbortSignal,
  ) => Promise<unknown>;
  toProblem: (error: unknown, request: { body: Record<string, unknown>; requestId: string }) => unknown;
  /** The pipeline key of results of `extractor` on this worker. */
  pipelineKeyOf: (body: unknown) => { extractor: string; pipelineKey: string };
}

export interface ServiceJobWorkerOptions {
  url: string;
  /** The batch queue name; the service jobs are on `serviceQueueName(name)`. */
  name: string;
  /** The store the service writes its jobs to (the same one). */
  store: Store;
  executor: ServiceJobExecutor;
  /** Jobs in hand at once. Default 4. */
  concurrency?: number;
  /** Lock of a job in hand: a killed worker's jobs go to another after this. Default 30,000 ms. */
  lockMs?: number;
  /** Time allowed for one job. Default 600,000 ms (the service's). */
  timeoutMs?: number;
  /** Told of each finished job. */
  onJob?: (event: { jobId: string; status: 'done' | 'failed' | 'skipped' }) => void;
}

/** The problem of a job whose worker runs another pipeline than the service that accepted it. */
const MISMATCH =
  'the worker pipeline (opnote, knowledge, extractor or model versions) differs from the service that accepted the job; run matching versions';

/**
 * A worker of the service's async jobs: reads the request from the store's job row, runs it as the
 * service would, and writes the answer (or the problem) to the row, releasing the queue's lease so a
 * service instance claims and delivers the webhook. Any number run on any number of machines.
 */
export async function startServiceJobWorker(
  options: ServiceJobWorkerOptions,
): Promise<{ close(): Promise<void>; readonly stats: { done: number; failed: number } }> {
  const stats = { done: 0, failed: 0 };
  const { store, executor } = options;
  const timeoutMs = options.timeoutMs ?? 600_000;

  /** Writes the job as the queue's lease holder; false when the queue no longer holds it. */
  const write = async (job: JobRecord, release: boolean): Promise<boolean> => {
    job.updatedAt = new Date().toISOString();
    return store.updateClaimedJob(job, QUEUE_JOB_OWNER, release);
  };

  async function processJob(entry: Job<ServiceJobData>): Promise<{ status: string }> {
    const job = await store.job(entry.data.jobId);
    // Finished already (a worker died after writing it), or not the queue's: nothing to do.
    if (!job || job.claimedBy !== QUEUE_JOB_OWNER || job.status === 'done' || job.status === 'failed') {
      options.onJob?.({ jobId: entry.data.jobId, status: 'skipped' });
      return { status: 'skipped' };
    }
    const request = job.request as { body: Record<string, unknown>; requestId: string };
    job.status = 'running';
    if (!(await write(job, false))) return { status: 'skipped' };
    const body = { ...request.body, extractor: entry.data.extractor };
    try {
      let here: string;
      try {
        here = executor.pipelineKeyOf(body).pipelineKey;
      } catch {
        here = '';
      }
      if (here !== entry.data.pipelineKey) throw new ConfigError('config.invalid', MISMATCH);
      job.result = await executor.execute({ ...request, body }, AbortSignal.timeout(timeoutMs));
      job.status = 'done';
      stats.done += 1;
    } catch (error) {
      job.status = 'failed';
      job.error = executor.toProblem(error, request);
      stats.failed += 1;
    }
    job.request = null;
    job.webhookPending = job.callbackUrl !== null;
    await write(job, true);
    options.onJob?.({ jobId: job.id, status: job.status });
    return { status: job.status };
  }

  const connection = redisConnection(options.url);
  connection.on('error', () => {});
  const worker = new Worker<ServiceJobData>(serviceQueueName(options.name), processJob, {
    connection,
    prefix: QUEUE_PREFIX,
    name: `service ${hostname()}:${process.pid}`,
    concurrency: options.concurrency ?? 4,
    ...jobLockOptions(options.lockMs ?? 30_000),
  });
  worker.on('error', () => {});
  await worker.waitUntilReady();
  return {
    stats,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
