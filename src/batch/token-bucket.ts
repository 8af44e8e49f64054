/**
 * A token bucket for a tokens-per-minute limit, with an injected clock so it stays pure. Callers reserve
 * an estimate before a call and are told how long to wait; reservations are first come, first served
 * (the level may go below zero, which is the queue of waiting callers), and a call larger than the whole
 * bucket is let through once the bucket is full rather than waiting forever.
 */
export interface TokenBucket {
  /** Reserves `tokens`; returns how many milliseconds to wait before sending. */
  reserve(tokens: number): number;
  /** Corrects a reservation once the real usage is known (refunds an over-estimate, charges an under-estimate). */
  settle(estimated: number, actual: number): void;
  /** Tokens available now (negative while callers wait). */
  level(): number;
}

export interface TokenBucketOptions {
  /** Tokens per minute. */
  tokensPerMinute: number;
  /** Clock in milliseconds. Default: Date.now. */
  now?: () => number;
}

export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  const capacity = options.tokensPerMinute;
  const perMs = capacity / 60_000;
  const now = options.now ?? Date.now;
  let tokens = capacity;
  let at = now();
  const refill = (): void => {
    const t = now();
    tokens = Math.min(capacity, tokens + (t - at) * perMs);
    at = t;
  };
  return {
    reserve(requested) {
      refill();
      const cost = Math.min(requested, capacity);
      tokens -= cost;
      return tokens >= 0 ? 0 : Math.ceil(-tokens / perMs);
    },
    settle(estimated, actual) {
      refill();
      tokens = Math.min(capacity, tokens + Math.min(estimated, capacity) - actual);
    },
    level() {
      refill();
      return tokens;
    },
  };
}

/** Prompt, schema and a typical answer of the openai extractor, in tokens (measured: ~2,250 + ~1,600). */
export const DEFAULT_OVERHEAD_TOKENS = 4_000;

/** Rough tokens of one extraction call before it is sent: 4 characters a token, plus prompt and answer. */
export const estimateTokens = (transcriptChars: number, overheadTokens = DEFAULT_OVERHEAD_TOKENS): number =>
  Math.ceil(transcriptChars / 4) + overheadTokens;
