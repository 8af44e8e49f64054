import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ServiceError } from '../errors.ts';
import type { ExtractorConfig } from '../extract/registry.ts';
import type { KnowledgeOverlay } from '../knowledge/overlay.ts';
import type { ProcessResult } from '../pipeline/process.ts';
import { deserializeError, type PipelineJob, type PoolMessage, type WorkerMessage } from './pool-protocol.ts';

export type { PipelineJob } from './pool-protocol.ts';

/** Worker threads by default: one per core, at most 4. */
export const defaultWorkerCount = (): number => Math.min(4, Math.max(1, availableParallelism()));

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

/** processNote on worker threads, so that heavy notes never block the HTTP event loop. */
export interface PipelinePool {
  /** Runs one note on the least busy worker. Rejects with `signal.reason` as soon as it aborts. */
  run(job: PipelineJob, signal?: AbortSignal): Promise<ProcessResult>;
  stats(): PipelinePoolStats;
  /** Stops every worker; jobs still running are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: ProcessResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Pending>;
  /** Jobs answered already (aborted) that the worker still runs, with their restart timers. */
  abandoned: Map<number, NodeJS.Timeout>;
}

const load = (slot: Slot): number => slot.jobs.size + slot.abandoned.size;

const WORKER_URL = new URL('./pipeline-worker.ts', import.meta.url);

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

  const failAll = (slot: Slot, error: () => unknown): void => {
    for (const pending of slot.jobs.values()) pending.reject(error());
    slot.jobs.clear();
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
      const timer = slot.abandoned.get(message.id);
      if (timer) {
        clearTimeout(timer);
        slot.abandoned.delete(message.id);
      }
      const pending = slot.jobs.get(message.id);
      if (!pending) return;
      slot.jobs.delete(message.id);
      if (message.type === 'done') pending.resolve(message.result);
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
    slot.worker.unref();
    return slot;
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

  return {
    run(job, signal) {
      if (closed) return Promise.reject(new ServiceError('server.closing', 'the server is shutting down'));
      if (signal?.aborted) return Promise.reject(signal.reason);
      const slot = slots.reduce((a, b) => (load(b) < load(a) ? b : a));
      const id = nextId++;
      return new Promise<ProcessResult>((resolve, reject) => {
        const onAbort = (): void => {
          if (!slot.jobs.has(id)) return;
          slot.jobs.delete(id);
          slot.worker.postMessage({ type: 'abort', id } satisfies PoolMessage);
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
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        slot.worker.postMessage({ type: 'run', id, job } satisfies PoolMessage);
      });
    },
    stats: () => ({
      workers: slots.length,
      running: slots.reduce((n, s) => n + load(s), 0),
      restarts,
    }),
    async close() {
      closed = true;
      await Promise.all(
        slots.map((slot) => {
          slot.worker.removeAllListeners('exit');
          slot.worker.removeAllListeners('error');
          failAll(slot, () => new ServiceError('server.closing', 'the server is shutting down'));
          return slot.worker.terminate();
        }),
      );
    },
  };
}
