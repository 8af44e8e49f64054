import { ServiceError } from '../errors.ts';

export interface LimiterOptions {
  /** Most tasks running at once (concurrent LLM calls). Must be an integer of at least 1. */
  concurrency: number;
  /** Most tasks waiting for a slot; one more is refused with `server.busy`. 0 means no waiting. */
  maxQueue: number;
  /** Advised wait before retrying a refused task, for `retry-after`. */
  retryAfterMs: number;
}

export interface LimiterStats {
  running: number;
  queued: number;
  concurrency: number;
  maxQueue: number;
}

/** A semaphore with a bounded wait queue, shared by every request of a server. */
export interface Limiter {
  /**
   * Runs `task` once a slot is free. Throws `ServiceError('server.busy')` at once when the queue is full;
   * when `signal` aborts while waiting, the task is dropped and the abort reason is thrown.
   * The slot is held until `task` settles, so the bound holds even for tasks that ignore their signal.
   */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  stats(): LimiterStats;
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`limiter: ${name} must be an integer >= ${min}, got ${String(value)}`);
}

/** Creates a limiter. Unlike p-queue, an aborted running task keeps its slot until it really ends. */
export function createLimiter(options: LimiterOptions): Limiter {
  checkCount('concurrency', options.concurrency, 1);
  checkCount('maxQueue', options.maxQueue, 0);
  let running = 0;
  const queue: Array<() => void> = [];

  const release = (): void => {
    running--;
    const next = queue.shift();
    if (next) next();
  };

  const acquire = (signal: AbortSignal | undefined): Promise<void> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (running < options.concurrency) {
      running++;
      return Promise.resolve();
    }
    if (queue.length >= options.maxQueue) {
      return Promise.reject(
        new ServiceError(
          'server.busy',
          `all ${options.concurrency} extraction slots are busy and ${options.maxQueue} requests are waiting; retry later`,
          { retryAfterMs: options.retryAfterMs },
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const i = queue.indexOf(start);
        if (i >= 0) queue.splice(i, 1);
        reject(signal?.reason);
      };
      const start = (): void => {
        signal?.removeEventListener('abort', onAbort);
        running++;
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(start);
    });
  };

  return {
    async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    stats: () => ({
      running,
      queued: queue.length,
      concurrency: options.concurrency,
      maxQueue: options.maxQueue,
    }),
  };
}
