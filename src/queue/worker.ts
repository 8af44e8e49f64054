import { hostname } from 'node:os';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { isOpnoteError, ProviderError } from '../errors.ts';
import { estimateRequestTokens } from '../extract/llm/tokens.ts';
import type { Extractor } from '../extract/types.ts';
import { type ProcessOptions, processNote } from '../pipeline/process.ts';
import { identityOf } from '../store/identity.ts';
import { pipelineKey } from '../store/keys.ts';
import type { Store } from '../store/types.ts';
import { jobLockOptions, QUEUE_PREFIX, redisConnection } from './connection.ts';
import type { NoteJobData, NoteJobResult } from './jobs.ts';
import { createSharedTokenBudget, type SharedTokenBudget } from './shared-limits.ts';

export interface QueueWorkerOptions {
  /** Redis URL of the queue. */
  url: string;
  /** Queue name. */
  name: string;
  store: Store;
  /** Creates the extractor a job names (configured with the worker's key, base URL and model). */
  extractorFor: (name: string) => Extractor;
  /** Model the extractors are configured with (part of the pipeline key). */
  model?: string;
  /** Jobs processed at once by this worker. Default 4. */
  concurrency?: number;
  /** Requests per minute shared by every worker of the queue (BullMQ's limiter). Default: none. */
  rpm?: number;
  /** Tokens per minute shared by every worker of the queue (a Redis token bucket). Default: none. */
  tpm?: number;
  /** Window of the rpm and tpm limits in ms. Default 60,000 (a minute). */
  windowMs?: number;
  /** Lock of a job in hand; a worker that stops renewing it (killed) loses its jobs to the others after this. Default 30,000. */
  lockMs?: number;
  /** Extractors that make no provider call (no token budget). Default ['rules']. */
  localExtractors?: readonly string[];
  /** Pipeline options for every note. */
  process?: Pick<ProcessOptions, 'codes' | 'templatesDir' | 'maxChars'>;
  /** Who processed, for the audit log. Default `worker <host>:<pid>`. */
  actor?: string;
  /** Told of each finished job (for progress lines and tests). */
  onJob?: (event: { noteId: string; status: 'ok' | 'error' | 'retry'; code?: string }) => void;
}

export interface QueueWorker {
  /** Stops taking jobs, finishes the jobs in hand, writes them, and closes the connections. */
  close(): Promise<void>;
  /** Jobs finished by this worker. */
  readonly stats: { ok: number; failed: number; retried: number; rateLimited: number };
}

/**
 * BullMQ's limiter counts in fixed windows: R per minute in one window lets a burst at the end of one
 * minute and another at the start of the next put 2R into a sliding minute. Spread it instead: at most
 * max(1, floor(R / 60)) jobs per 1/60-ish of the window, so any sliding window holds at most R plus one
 * slice (R + R/60 when R >= 60).
 */
export function spreadLimit(rpm: number, windowMs: number): { max: number; duration: number } {
  const max = Math.max(1, Math.floor(rpm / 60));
  return { max, duration: Math.max(1, Math.round((windowMs * max) / rpm)) };
}

/** Error codes worth another attempt (the provider or the model may answer next time). */
const RETRYABLE = new Set([
  'provider.rate-limited',
  'provider.server',
  'provider.timeout',
  'provider.connection',
  'extraction.parse',
  'extraction.schema',
  'extraction.truncated',
  'extraction.empty',
  'store.unavailable',
]);

/** The reason a failed job keeps: `<code>: <message>`; typed messages never quote the transcript. */
function failure(error: unknown): { code: string; message: string } {
  if (isOpnoteError(error)) return { code: error.code, message: error.message };
  const name = error instanceof Error ? error.name : 'unknown error';
  return { code: 'internal', message: `internal error (${name}) while processing the note` };
}

/**
 * A queue worker: takes note jobs from BullMQ, processes each with the pipeline, writes it to the
 * store once (idempotent), and completes the job. Any number of these run on any number of machines;
 * the request and token limits and a provider 429 are shared by all of them through Redis. A killed
 * worker's jobs are taken over once their lock expires (stalled-job detection); SIGTERM handling is
 * the caller's: `close()` finishes the jobs in hand.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const actor = options.actor ?? `worker ${hostname()}:${process.pid}`;
  const windowMs = options.windowMs ?? 60_000;
  const local = new Set(options.localExtractors ?? ['rules']);
  const connection = redisConnection(options.url);
  connection.on('error', () => {});
  const queue = new Queue<NoteJobData>(options.name, { connection, prefix: QUEUE_PREFIX });
  queue.on('error', () => {});
  const budget: SharedTokenBudget | undefined =
    options.tpm === undefined
      ? undefined
      : createSharedTokenBudget({
          redis: connection,
          name: options.name,
          tpm: options.tpm,
          windowSeconds: Math.max(1, Math.round(windowMs / 1000)),
        });
  const extractors = new Map<string, { extractor: Extractor; key: string }>();
  const extractorFor = (name: string, model: string | undefined): { extractor: Extractor; key: string } => {
    let e = extractors.get(name);
    if (!e) {
      const extractor = options.extractorFor(name);
      e = {
        extractor,
        key: pipelineKey(
          identityOf(extractor, {
            model,
            ...(options.process?.codes ? { codes: options.process.codes } : {}),
          }),
        ),
      };
      extractors.set(name, e);
    }
    return e;
  };
  const stats = { ok: 0, failed: 0, retried: 0, rateLimited: 0 };

  const begun = new Map<string, Promise<void>>();
  /** Writes to the store; a failure becomes a typed, retryable job error (never a raw driver message). */
  async function write(input: Parameters<Store['record']>[0]): Promise<{ inserted: boolean }> {
    try {
      const runId = input.runId as string;
      let run = begun.get(runId);
      if (!run) {
        run = options.store.beginRun({ id: runId, identity: input.identity });
        begun.set(runId, run);
        run.catch(() => begun.delete(runId));
      }
      await run;
      return await options.store.record(input);
    } catch (error) {
      const code = isOpnoteError(error) ? error.code : 'store.unavailable';
      const what = (error as { code?: unknown }).code;
      throw new Error(
        `${code}: the store write failed${typeof what === 'string' ? ` (${what})` : ''}; the job is retried`,
      );
    }
  }

  async function recordError(data: NoteJobData, error: { code: string; message: string }): Promise<void> {
    await write({
      noteId: data.noteId,
      transcript: data.transcript ?? '',
      claim: data.transcript === undefined ? { invalidLine: data.batchKey } : data.claim,
      identity: data.identity,
      batchKey: data.batchKey,
      outcome: { error },
      actor,
      runId: data.runId,
    });
  }

  async function processJob(job: Job<NoteJobData, NoteJobResult>): Promise<NoteJobResult> {
    const data = job.data;
    // A worker that died after writing the store but before completing: the note is done.
    if (data.stored) return { status: 'ok', inserted: false };
    if (data.transcript === undefined) {
      const invalid = (data.claim as { invalid?: { code: string; message: string } } | undefined)
        ?.invalid ?? {
        code: 'input.invalid',
        message: 'the job carries no note',
      };
      await recordError(data, invalid);
      stats.failed += 1;
      options.onJob?.({ noteId: data.noteId, status: 'error', code: invalid.code });
      throw new UnrecoverableError(`${invalid.code}: ${invalid.message}`);
    }
    const { extractor, key } = extractorFor(data.identity.extractor, options.model);
    if (key !== data.pipelineKey) {
      // This worker runs another pipeline (other rules, prompt, model): leave the job to a matching worker.
      throw new UnrecoverableError(
        'config.invalid: the worker pipeline (opnote, knowledge, extractor or model versions) differs from the one the note was enqueued for; run matching versions',
      );
    }
    const estimate =
      local.has(extractor.name) || !budget ? 0 : estimateRequestTokens(data.transcript, options.model);
    if (budget && estimate > 0) await budget.take(estimate);
    let result: Awaited<ReturnType<typeof processNote>>;
    try {
      result = await processNote(
        { transcript: data.transcript, ...(data.claim === undefined ? {} : { claim: data.claim }) },
        { ...options.process, extractor },
      );
    } catch (error) {
      if (budget && estimate > 0) await budget.correct(estimate, 0).catch(() => {});
      if (error instanceof ProviderError && error.code === 'provider.rate-limited') {
        // Every worker of the queue pauses for the provider's retry-after; the job goes back to wait.
        stats.rateLimited += 1;
        await queue.rateLimit(Math.max(error.retryAfterMs ?? 1000, 1));
        options.onJob?.({ noteId: data.noteId, status: 'retry', code: error.code });
        throw Worker.RateLimitError();
      }
      const f = failure(error);
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!RETRYABLE.has(f.code) || last) {
        await recordError(data, f);
        stats.failed += 1;
        options.onJob?.({ noteId: data.noteId, status: 'error', code: f.code });
        throw new UnrecoverableError(`${f.code}: ${f.message}`);
      }
      stats.retried += 1;
      options.onJob?.({ noteId: data.noteId, status: 'retry', code: f.code });
      throw new Error(`${f.code}: ${f.message}`);
    }
    const usage = result.meta.usage;
    if (budget && estimate > 0)
      await budget.correct(estimate, usage ? usage.promptTokens + usage.completionTokens : estimate);
    const { id: _id, ...stored } = result;
    const written = await write({
      noteId: data.noteId,
      transcript: data.transcript,
      claim: data.claim,
      identity: data.identity,
      batchKey: data.batchKey,
      outcome: { result: stored },
      actor,
      runId: data.runId,
    });
    // The job keeps only ids from now on: no transcript stays in Redis once the note is in the store.
    const { transcript: _t, claim: _c, ...ids } = data;
    await job.updateData({ ...ids, stored: true });
    stats.ok += 1;
    options.onJob?.({ noteId: data.noteId, status: 'ok' });
    return { status: 'ok', supported: result.code.supported, inserted: written.inserted };
  }

  const workerConnection = redisConnection(options.url);
  workerConnection.on('error', () => {});
  const worker = new Worker<NoteJobData, NoteJobResult>(options.name, processJob, {
    connection: workerConnection,
    prefix: QUEUE_PREFIX,
    concurrency: options.concurrency ?? 4,
    // BullMQ applies a global pause (a 429) only when a limiter is set: without --rpm it never binds.
    limiter:
      options.rpm === undefined ? { max: 1_000_000_000, duration: 1000 } : spreadLimit(options.rpm, windowMs),
    ...jobLockOptions(options.lockMs ?? 30_000),
    autorun: true,
  });
  worker.on('error', () => {});
  await worker.waitUntilReady();

  return {
    stats,
    async close() {
      await worker.close();
      await queue.close();
      // BullMQ leaves connections it was given open.
      workerConnection.disconnect();
      connection.disconnect();
    },
  };
}
