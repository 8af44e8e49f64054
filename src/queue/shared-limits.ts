import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A tokens-per-minute budget shared by every worker of a queue: a Redis token bucket
 * (rate-limiter-flexible, fixed one-minute windows). A call takes its estimate before it starts and
 * the estimate is corrected with the real usage afterwards.
 */
export interface SharedTokenBudget {
  /** Waits until `tokens` fit in the current minute, then takes them. */
  take(tokens: number, signal?: AbortSignal): Promise<void>;
  /** Corrects an earlier `take` with the tokens really used (gives back or takes the difference). */
  correct(estimated: number, used: number): Promise<void>;
}

const KEY = 'tpm';

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export function createSharedTokenBudget(options: {
  redis: Redis;
  /** Queue name: each queue has its own budget. */
  name: string;
  tpm: number;
  /** Window length in seconds. Default 60. */
  windowSeconds?: number;
}): SharedTokenBudget {
  const tpm = options.tpm;
  const limiter = new RateLimiterRedis({
    storeClient: options.redis,
    keyPrefix: `opnote:${options.name}`,
    points: tpm,
    duration: options.windowSeconds ?? 60,
  });
  return {
    async take(tokens, signal) {
      // A call larger than the whole budget still runs, alone in its window.
      const need = Math.min(Math.max(1, Math.ceil(tokens)), tpm);
      for (;;) {
        signal?.throwIfAborted();
        const state = await limiter.get(KEY);
        if (state && state.consumedPoints + need > tpm) {
          await sleep(Math.max(state.msBeforeNext, 10), signal);
          continue;
        }
        try {
          await limiter.consume(KEY, need);
          return;
        } catch (rejected) {
          if (!(rejected instanceof RateLimiterRes)) throw rejected;
          // Another worker took the room first: give back what this attempt added, and wait.
          await limiter.reward(KEY, need);
          await sleep(Math.max(rejected.msBeforeNext, 10), signal);
        }
      }
    },
    async correct(estimated, used) {
      const diff = Math.ceil(used) - Math.min(Math.ceil(estimated), tpm);
      if (diff > 0) await limiter.penalty(KEY, diff);
      else if (diff < 0) await limiter.reward(KEY, -diff);
    },
  };
}
