import { createHash } from 'node:crypto';

/** What one request got from the limiter: allowed or not, and the numbers for the `RateLimit-*` headers. */
export interface RateVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
}

/** A fixed one-minute window of requests per key (a hashed token, or the client address without auth). */
export interface RateLimiter {
  take(key: string): RateVerdict;
}

const WINDOW_MS = 60_000;
/** Windows kept before expired ones are swept. */
const SWEEP_AT = 10_000;

/**
 * Counts requests per key in fixed one-minute windows, in memory (per instance). `perMinute` requests
 * are allowed in each window; beyond them `take` says no until the window ends.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const t = now();
      if (windows.size > SWEEP_AT)
        for (const [k, w] of windows) if (t - w.start >= WINDOW_MS) windows.delete(k);
      let w = windows.get(key);
      if (!w || t - w.start >= WINDOW_MS) {
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      const allowed = w.count < perMinute;
      if (allowed) w.count++;
      return {
        allowed,
        limit: perMinute,
        remaining: perMinute - w.count,
        resetSeconds: Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000)),
      };
    },
  };
}

/** The `RateLimit-*` headers of a verdict (IETF httpapi ratelimit-headers draft, as separate fields). */
export const rateLimitHeaders = (v: RateVerdict): Record<string, string> => ({
  'ratelimit-limit': String(v.limit),
  'ratelimit-remaining': String(v.remaining),
  'ratelimit-reset': String(v.resetSeconds),
  'ratelimit-policy': `${v.limit};w=60`,
});

/** A key for a bearer token that is not the token: its SHA-256, shortened (never logged either). */
export const tokenKey = (authorization: string): string =>
  createHash('sha256')
    .update(authorization.replace(/^Bearer +/i, '').trim(), 'utf8')
    .digest('hex')
    .slice(0, 32);
