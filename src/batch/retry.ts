import { type ErrorCode, isOpnoteError } from '../errors.ts';

/** Provider failures that a later attempt can cure; input, auth and answer errors are not among them. */
export const RETRYABLE_CODES: readonly ErrorCode[] = [
  'provider.rate-limited',
  'provider.server',
  'provider.timeout',
  'provider.connection',
];

/** Failures that would fail every note the same way: the batch stops instead of filling the error file. */
export const FATAL_CODES: readonly ErrorCode[] = ['provider.auth', 'config.missing-key', 'config.invalid'];

export const isRetryable = (error: unknown): boolean =>
  isOpnoteError(error) && RETRYABLE_CODES.includes(error.code);

export const isFatal = (error: unknown): boolean => isOpnoteError(error) && FATAL_CODES.includes(error.code);

export interface BackoffOptions {
  /** Delay before the first retry, before jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** Largest delay, before honouring a retry-after. Default 30,000 ms. */
  maxDelayMs?: number;
}

/**
 * Delay before retry number `attempt` (0 for the first retry): exponential backoff with full jitter
 * (uniform in 0..min(max, base * 2^attempt)), and never shorter than the provider's retry-after.
 * `random` returns a number in [0, 1).
 */
export function backoffDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number,
  options: BackoffOptions = {},
): number {
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  const ceiling = Math.min(max, base * 2 ** attempt);
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs !== undefined && retryAfterMs > jittered ? retryAfterMs : jittered;
}
