import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../errors.ts';

/** Shortest bearer token accepted in the server configuration. */
export const MIN_TOKEN_LENGTH = 16;

export type TokenVerdict = 'ok' | 'missing' | 'invalid';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Checks tokens for the server configuration: at least one, none blank or shorter than
 * MIN_TOKEN_LENGTH. Messages name the position, never the token.
 */
export function checkTokens(tokens: readonly string[]): string[] {
  if (tokens.length === 0)
    throw new ConfigError(
      'config.missing-key',
      'no API tokens configured; set OPNOTE_API_TOKENS=<token>[,<token>...] or turn auth off explicitly for local use (--no-auth)',
    );
  tokens.forEach((t, i) => {
    if (t.trim() !== t || t.length < MIN_TOKEN_LENGTH)
      throw new ConfigError(
        'config.invalid',
        `API token ${i + 1} of ${tokens.length} is shorter than ${MIN_TOKEN_LENGTH} characters or has surrounding spaces; use long random tokens (e.g. openssl rand -hex 24)`,
      );
  });
  return [...tokens];
}

/**
 * Builds a checker for `Authorization` header values. Compares SHA-256 digests with `timingSafeEqual`
 * against every token without stopping early, so timing reveals neither the token nor which one matched.
 */
export function createTokenCheck(
  tokens: readonly string[],
): (authorization: string | undefined) => TokenVerdict {
  const digests = checkTokens(tokens).map(digest);
  return (authorization) => {
    if (authorization === undefined || authorization === '') return 'missing';
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match?.[1]) return 'invalid';
    const presented = digest(match[1]);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(d, presented) || ok;
    return ok ? 'ok' : 'invalid';
  };
}
