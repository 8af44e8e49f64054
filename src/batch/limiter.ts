import { setTimeout as delay } from 'node:timers/promises';
import PQueue from 'p-queue';
import { ProviderError, UsageError } from '../errors.ts';
import { type BackoffOptions, backoffDelay, isRetryable } from './retry.ts';
import { createTokenBucket, type TokenBucket } from './token-bucket.ts';

/**
 * Spreads a requests-per-minute cap into short sliding windows: providers enforce per-minute limits over
 * shorter periods too, so 600 rpm is sent as at most 10 starts in any second, not 600 at once.
 */
export function rpmWindow(rpm: number): { intervalCap: number; interval: number } {
  const intervalCap = Math.max(1, Math.floor(rpm / 60));
  return { intervalCap, interval: Math.round((60_000 * intervalCap) / rpm) };
}

export interface CallLimiterOptions {
  /** Calls in flight at once. Default 4. */
  concurrency?: number;
  /** Requests per minute; default: no cap. */
  rpm?: number;
  /** Tokens per minute, checked against each call's estimate before it is sent; default: no cap. */
  tpm?: number;
  /** Retries after the first attempt for retryable provider errors. Default 5. */
  maxRetries?: number;
  /** Backoff base and ceiling (defaults 500 ms and 30 s). */
  backoff?: BackoffOptions;
  /** Randomness for jitter, in [0, 1). Default Math.random. */
  random?: () => number;
  /** Clock in ms. Default Date.now. */
  now?: () => number;
  /** Waits `ms`, rejecting when `signal` aborts. Default: timers/promises setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told of each retry (for progress), with the error's code. */
  onRetry?: (code: string, delayMs: number) => void;
  /**
   * Longest retry-after honoured, in ms; a longer one is waited this long instead (a provider asking for
   * hours, or a value too large for a timer). Default DEFAULT_MAX_RETRY_AFTER_MS (60 s).
   */
  maxRetryAfterMs?: number;
  /** Told when a retry-after was longer than `maxRetryAfterMs` and was cut to it (for the summary). */
  onRetryAfterClamped?: (askedMs: number, waitedMs: number) => void;
}

/** Longest retry-after a batch waits by default: 60 s (twice the longest backoff). */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

const retriesText = (n: number): string => (n === 1 ? '1 retry' : `${n} retries`);

/**
 * The provider error a call finally failed with, saying how many retries the batch made: the extractor
 * built its message with its own (SDK) retry count, which is 0 under a batch that retries itself.
 */
export function withRetryCount(error: unknown, retries: number): unknown {
  if (!(error instanceof ProviderError) || retries === 0) return error;
  const said = /after \d+ retr(?:y|ies)/;
  const message = said.test(error.message)
    ? error.message.replace(said, `after ${retriesText(retries)}`)
    : `${error.message} (after ${retriesText(retries)})`;
  return new ProviderError(error.code, message, {
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    cause: error,
  });
}

export interface CallOptions<T> {
  /** Estimated tokens of the call (for the tpm bucket). Default 0. */
  tokens?: number;
  /** Real tokens used, read from the result, to correct the estimate. */
  usedTokens?: (result: T) => number | undefined;
  signal?: AbortSignal;
}

export interface CallLimiter {
  /** Runs `call` within the concurrency, rpm and tpm limits, retrying retryable provider errors. */
  run<T>(call: () => Promise<T>, options?: CallOptions<T>): Promise<T>;
  /** Calls started (attempts, retries included) and retries so far. */
  stats(): { attempts: number; retries: number };
}

function positiveInt(
  name: string,
  value: number | undefined,
  fallback: number | undefined,
): number | undefined {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${name} must be a positive integer; got ${String(value)}`);
  return value;
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  ms <= 0 ? Promise.resolve() : delay(ms, undefined, signal ? { signal } : {});

/**
 * The provider gate of a batch: a p-queue for concurrency and requests per minute, a token bucket for
 * tokens per minute, and retries with exponential backoff and jitter that honour retry-after. A
 * rate-limit answer pauses every call until its retry-after has passed, since the provider limits the
 * whole key, not one request. Sleeping retries do not hold a concurrency slot.
 */
export function createCallLimiter(options: CallLimiterOptions = {}): CallLimiter {
  const concurrency = positiveInt('concurrency', options.concurrency, 4) as number;
  const rpm = positiveInt('rpm', options.rpm, undefined);
  const tpm = positiveInt('tpm', options.tpm, undefined);
  const maxRetries = options.maxRetries ?? 5;
  if (!Number.isInteger(maxRetries) || maxRetries < 0)
    throw new UsageError(`maxRetries must be an integer of 0 or more; got ${String(maxRetries)}`);
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const maxRetryAfter = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  if (!(maxRetryAfter >= 0))
    throw new UsageError(`maxRetryAfterMs must be 0 or more; got ${String(options.maxRetryAfterMs)}`);
  /** The retry-after of a retryable error, cut to the cap (undefined when it has none). */
  const retryAfterOf = (error: unknown): number | undefined => {
    if (!isRetryable(error)) return undefined;
    const asked = (error as { retryAfterMs?: number }).retryAfterMs;
    if (asked === undefined || Number.isNaN(asked)) return undefined;
    return Math.max(0, Math.min(asked, maxRetryAfter));
  };
  const queue = new PQueue({
    concurrency,
    ...(rpm === undefined ? {} : { ...rpmWindow(rpm), strict: true }),
  });
  const bucket: TokenBucket | undefined =
    tpm === undefined ? undefined : createTokenBucket({ tokensPerMinute: tpm, now });
  let pausedUntil = 0;
  let attempts = 0;
  let retries = 0;

  async function run<T>(call: () => Promise<T>, callOptions: CallOptions<T> = {}): Promise<T> {
    const { signal } = callOptions;
    const estimate = callOptions.tokens ?? 0;
    for (let attempt = 0; ; attempt++) {
      if (bucket && estimate > 0) await sleep(bucket.reserve(estimate), signal);
      try {
        const result = await queue.add(
          async () => {
            // A rate-limit pause that began while this call waited in the queue still applies.
            const wait = pausedUntil - now();
            if (wait > 0) await sleep(wait, signal);
            attempts += 1;
            try {
              return await call();
            } catch (error) {
              // Set the pause before this slot frees, so the next queued call already honours it.
              const after = retryAfterOf(error);
              if (after !== undefined) pausedUntil = Math.max(pausedUntil, now() + after);
              throw error;
            }
          },
          { priority: attempt, ...(signal ? { signal } : {}) },
        );
        if (bucket && estimate > 0) {
          const used = callOptions.usedTokens?.(result);
          if (used !== undefined) bucket.settle(estimate, used);
        }
        return result;
      } catch (error) {
        if (!isRetryable(error) || attempt >= maxRetries || signal?.aborted)
          throw withRetryCount(error, attempt);
        const asked = (error as { retryAfterMs?: number }).retryAfterMs;
        const retryAfterMs = retryAfterOf(error);
        if (asked !== undefined && retryAfterMs !== undefined && asked > retryAfterMs)
          options.onRetryAfterClamped?.(asked, retryAfterMs);
        const wait = backoffDelay(attempt, retryAfterMs, random, options.backoff);
        retries += 1;
        options.onRetry?.((error as { code: string }).code, wait);
        await sleep(wait, signal);
      }
    }
  }

  return { run, stats: () => ({ attempts, retries }) };
}
