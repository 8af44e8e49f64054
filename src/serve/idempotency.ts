import { createHash } from 'node:crypto';
import { InputError } from '../errors.ts';

/** How long an `Idempotency-Key` is remembered: 24 hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Keys: 1 to 255 visible ASCII characters (a UUID is typical). */
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** An answer as it was sent, to be sent again for a retried request. */
export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Remembers the first answer per (client, key) and replays it; concurrent duplicates share one processing. */
export interface IdempotencyCache {
  /**
   * Runs `produce` once per `scope` (the client) and `key` within the TTL: a retry, or a duplicate sent
   * while the first still runs, gets the same answer. The same key with another `fingerprint` (another
   * body) throws `idempotency.mismatch`. When `produce` throws, the key is forgotten so a retry runs again.
   */
  run(
    scope: string,
    key: string,
    fingerprint: string,
    produce: () => Promise<StoredAnswer>,
  ): Promise<{ answer: StoredAnswer; replayed: boolean }>;
}

/** Checks an `Idempotency-Key` header value; throws `input.invalid` (the value is not echoed). */
export function checkIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_SHAPE.test(value))
    throw new InputError(
      'input.invalid',
      'Idempotency-Key must be one value of 1 to 255 visible ASCII characters (e.g. a UUID)',
    );
  return value;
}

/** A fingerprint of what a request asks for (its JSON body and its mode), to detect a reused key. */
export const requestFingerprint = (parts: readonly string[]): string =>
  createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');

/** Most keys remembered per instance; beyond, the oldest are forgotten first. */
export const IDEMPOTENCY_MAX_KEYS = 10_000;

/** An in-memory cache (per instance) with a TTL and a size bound, swept as it grows. */
export function createIdempotencyCache(
  options: { ttlMs?: number; maxKeys?: number; now?: () => number } = {},
): IdempotencyCache {
  const ttl = options.ttlMs ?? IDEMPOTENCY_TTL_MS;
  const maxKeys = options.maxKeys ?? IDEMPOTENCY_MAX_KEYS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; fingerprint: string; answer: Promise<StoredAnswer> }>();
  const sweep = (t: number): void => {
    for (const [k, e] of entries) if (t - e.at >= ttl) entries.delete(k);
  };
  return {
    async run(scope, key, fingerprint, produce) {
      const t = now();
      if (entries.size > 1000) sweep(t);
      const id = `${scope}\u0000${key}`;
      const existing = entries.get(id);
      if (existing && t - existing.at < ttl) {
        if (existing.fingerprint !== fingerprint)
          throw new InputError(
            'idempotency.mismatch',
            'this Idempotency-Key was first used with a different request; use a new key for a new request',
          );
        return { answer: await existing.answer, replayed: true };
      }
      const answer = produce();
      entries.delete(id);
      entries.set(id, { at: t, fingerprint, answer });
      // Insertion order is age order: drop the oldest beyond the bound.
      for (const old of entries.keys()) {
        if (entries.size <= maxKeys) break;
        entries.delete(old);
      }
      try {
        return { answer: await answer, replayed: false };
      } catch (error) {
        if (entries.get(id)?.answer === answer) entries.delete(id);
        throw error;
      }
    },
  };
}
