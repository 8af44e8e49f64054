import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ServiceError } from '../../errors.ts';
import type { ExtractorConfig } from '../../extract/registry.ts';
import type { Extraction } from '../../extract/types.ts';
import type { KnowledgeOverlay } from '../../knowledge/overlay.ts';
import type { ProcessResult } from '../process.ts';
import {
  deserializeError,
  type LineJob,
  type PipelineJob,
  type PoolMessage,
  type ResultLine,
  serializeError,
  type WorkerMessage,
} from './protocol.ts';

export type { LineJob, PipelineJob, ResultDigest, ResultLine, WorkerExtractor } from './protocol.ts';

/** Worker threads by default: one per core, at most 4. */
export const defaultWorkerCount = (): number => Math.min(4, Math.max(1, availableParallelism()));

/**
 * How the main thread answers a job's extraction: its own policy (cache, rate limits, retries) around
 * `call`, which has the worker make the provider call (so its CPU stays on the worker) and may be
 * called again for a retry. A `call` that resolves is final: the worker goes on with that answer at
 * once (no message back), so the policy must resolve with it; a policy that answers without a call
 * (a cache hit) sends its extraction to the worker.
 */
export type ExtractOnMain = (transcript: string, call: () => Promise<Extraction>) => Promise<Extraction>;

export interface PipelinePoolOptions {
  /** Worker threads (at least 1). */
  size: number;
  /** Settings for the registry extractors each worker creates (functions such as `fetch` are dropped). */
  extractorConfig: ExtractorConfig;
  /**
   * After a job is abandoned (timeout, client gone), how long its worker may take to notice before it
   * is restarted, in ms: a runaway synchronous extraction cannot hold a worker forever. Default: 2000.
   */
  abortGraceMs?: number;
  /** The `--knowledge` overlay (plain data), applied by every worker. Default: none. */
  knowledgeOverlay?: KnowledgeOverlay;
}

export interface PipelinePoolStats {
  workers: number;
  /** Notes being processed, including abandoned ones a worker has not let go of yet. */
  running: number;
  /** Workers restarted because they held on to an abandoned note, or stopped. */
  restarts: number;
}

/**
 * processNote on worker threads: heavy notes never block the HTTP event loop of `serve`, and `batch`
 * keeps every core busy.
 */
export interface PipelinePool {
  /**
   * Runs one note on the least busy worker. Rejects with `signal.reason` as soon as it aborts. With
   * `extract`, the worker asks the main thread for the note's extraction (see `ExtractOnMain`).
   */
  run(job: PipelineJob, signal?: AbortSignal, extract?: ExtractOnMain): Promise<ProcessResult>;
  /**
   * As `run`, answered as the result's output line (see ResultLine: made on the worker, its bytes moved
   * rather than the 30 kB result cloned) and the digest a summary needs.
   */
  runLine(job: LineJob, signal?: AbortSignal, extract?: ExtractOnMain): Promise<ResultLine>;
  stats(): PipelinePoolStats;
  /** Messages between this thread and the workers so far, both ways (what a note costs in messages). */
  messages(): number;
  /** Stops every worker; jobs still running are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (answer: unknown) => void;
  reject: (error: unknown) => void;
  extract?: ExtractOnMain;
  /** The provider call the main thread asked this job's worker to make, while it runs. */
  call?: { resolve: (e: Extraction) => void; reject: (error: unknown) => void };
  /** Set once a call of this job answered: the worker went on with that answer. */
  called?: true;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Pending>;
  /** Jobs answered already (aborted) that the worker still runs, with their restart timers. */
  abandoned: Map<number, NodeJS.Timeout>;
}

const load = (slot: Slot): number => slot.jobs.size + slot.abandoned.size;

/**
 * A worker with jobs someone waits for keeps the process alive (a batch has nothing else to); an idle
 * one, or one holding only abandoned jobs, does not.
 */
const keepAlive = (slot: Slot): void => {
  if (slot.jobs.size > 0) slot.worker.ref();
  else slot.worker.unref();
};

const WORKER_URL = new URL('./worker.ts', import.meta.url);

/** Only plain data crosses to the workers. */
function plainConfig(config: ExtractorConfig): ExtractorConfig {
  const { fetch: _fetch, ...rest } = config;
  return rest;
}

/** Creates the pool and starts its workers. */
export function createPipelinePool(options: PipelinePoolOptions): PipelinePool {
  if (!Number.isInteger(options.size) || options.size < 1)
    throw new RangeError(`pipeline pool: size must be an integer >= 1, got ${String(options.size)}`);
  const abortGraceMs = options.abortGraceMs ?? 2000;
  const workerData = {
    extractorConfig: plainConfig(options.extractorConfig),
    ...(options.knowledgeOverlay ? { knowledgeOverlay: options.knowledgeOverlay } : {}),
  };
  let nextId = 1;
  let closed = false;
  let restarts = 0;
  let messages = 0;
  const post = (slot: Slot, message: PoolMessage): void => {
    messages++;
    slot.worker.postMessage(message);
  };

  const failAll = (slot: Slot, error: () => unknown): void => {
    for (const pending of slot.jobs.values()) {
      pending.call?.reject(error());
      pending.reject(error());
    }
    slot.jobs.clear();
    keepAlive(slot);
    for (const timer of slot.abandoned.values()) clearTimeout(timer);
    slot.abandoned.clear();
  };

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: new Worker(WORKER_URL, { workerData }),
      jobs: new Map(),
      abandoned: new Map(),
    };
    slot.worker.on('message', (message: WorkerMessage) => {
      messages++;
      if (message.type === 'extract' || message.type === 'called' || message.type === 'call-failed') {
        onExtraction(slot, message);
        return;
      }
      const timer = slot.abandoned.get(message.id);
      if (timer) {
        clearTimeout(timer);
        slot.abandoned.delete(message.id);
      }
      const pending = slot.jobs.get(message.id);
      if (!pending) return;
      slot.jobs.delete(message.id);
      keepAlive(slot);
      pending.call?.reject(new Error('the note finished before its provider call'));
      if (message.type === 'done') pending.resolve(message.result);
      else if (message.type === 'done-line') pending.resolve({ line: message.line, digest: message.digest });
      else pending.reject(deserializeError(message.error));
    });
    const replace = (): void => {
      failAll(slot, () => {
        const e = new Error('a pipeline worker stopped');
        e.name = 'WorkerExit';
        return e;
      });
      const i = slots.indexOf(slot);
      if (!closed && i >= 0) {
        restarts++;
        slots[i] = spawn();
      }
    };
    slot.worker.on('error', replace);
    slot.worker.on('exit', replace);
    // Idle workers do not keep the process alive (listeners added after unref would ref it again).
    keepAlive(slot);
    return slot;
  };

  /** The extraction steps of a job whose extraction the main thread decides (`run` with `extract`). */
  const onExtraction = (
    slot: Slot,
    message: Extract<WorkerMessage, { type: 'extract' | 'called' | 'call-failed' }>,
  ): void => {
    const { id } = message;
    const pending = slot.jobs.get(id);
    if (!pending) return; // aborted meanwhile
    if (message.type !== 'extract') {
      const call = pending.call;
      delete pending.call;
      if (message.type === 'called') {
        pending.called = true;
        call?.resolve(JSON.parse(message.json) as Extraction);
      } else call?.reject(deserializeError(message.error));
      return;
    }
    const call = (): Promise<Extraction> =>
      new Promise<Extraction>((resolve, reject) => {
        if (!slot.jobs.has(id)) {
          reject(new Error('the note was abandoned before its provider call'));
          return;
        }
        pending.call = { resolve, reject };
        post(slot, { type: 'call', id } satisfies PoolMessage);
      });
    const extract = pending.extract ?? ((_t: string, c: () => Promise<Extraction>) => c());
    extract(message.transcript, call).then(
      (extraction) => {
        // After a call that answered, the worker has the extraction already.
        if (!slot.jobs.has(id) || pending.called) return;
        post(slot, { type: 'extracted', id, extraction } satisfies PoolMessage);
      },
      (error: unknown) => {
        if (slot.jobs.has(id) && !pending.called)
          post(slot, {
            type: 'extract-failed',
            id,
            error: serializeError(error),
          } satisfies PoolMessage);
      },
    );
  };

  const slots: Slot[] = Array.from({ length: options.size }, spawn);

  /** Restarts a worker that did not let go of an abandoned job; its other jobs may be retried. */
  const restart = (slot: Slot): void => {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    restarts++;
    slots[i] = spawn();
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    failAll(
      slot,
      () =>
        new ServiceError('server.busy', 'the worker running this request was restarted; retry', {
          retryAfterMs: 1000,
        }),
    );
    void slot.worker.terminate();
  };

  const submit = (
    job: PipelineJob,
    signal: AbortSignal | undefined,
    extract: ExtractOnMain | undefined,
    answer: 'result' | 'line',
  ): Promise<unknown> => {
    if (closed)
      return Promise.reject(new ServiceError('server.closing', 'the pipeline workers are stopping'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    const slot = slots.reduce((a, b) => (load(b) < load(a) ? b : a));
    const id = nextId++;
    return new Promise<unknown>((resolve, reject) => {
      const onAbort = (): void => {
        const pending = slot.jobs.get(id);
        if (!pending) return;
        slot.jobs.delete(id);
        keepAlive(slot);
        pending.call?.reject(signal?.reason);
        post(slot, { type: 'abort', id } satisfies PoolMessage);
        reject(signal?.reason);
        // The worker answers once the job notices the abort; if it cannot (a long synchronous
        // step), it is restarted so that it does not stay busy for an answer nobody waits for.
        const timer = setTimeout(() => restart(slot), abortGraceMs);
        timer.unref();
        slot.abandoned.set(id, timer);
      };
      slot.jobs.set(id, {
        resolve: (r) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(r);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
        ...(extract ? { extract } : {}),
      });
      keepAlive(slot);
      signal?.addEventListener('abort', onAbort, { once: true });
      post(slot, {
        type: 'run',
        id,
        job,
        ...(extract ? { viaMain: true as const } : {}),
        ...(answer === 'line' ? { answer } : {}),
      } satisfies PoolMessage);
    });
  };

  return {
    run: (job, signal, extract) => submit(job, signal, extract, 'result') as Promise<ProcessResult>,
    runLine: (job, signal, extract) => submit(job, signal, extract, 'line') as Promise<ResultLine>,
    stats: () => ({
      workers: slots.length,
      running: slots.reduce((n, s) => n + load(s), 0),
      restarts,
    }),
    messages: () => messages,
    async close() {
      closed = true;
      await Promise.all(
        slots.map((slot) => {
          slot.worker.removeAllListeners('exit');
          slot.worker.removeAllListeners('error');
          failAll(slot, () => new ServiceError('server.closing', 'the pipeline workers are stopping'));
          return slot.worker.terminate();
        }),
      );
    },
  };
}
