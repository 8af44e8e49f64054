import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.ts';
import { createIdempotencyCache } from '../src/serve/idempotency.ts';
import { createRateLimiter } from '../src/serve/rate-limit.ts';
import {
  backoffMs,
  checkCallbackUrl,
  DEFAULT_RETRY_POLICY,
  type DeliveryAttempt,
  deliverWebhook,
  parseCallbackHosts,
  signatureHeader,
  verifyWebhookSignature,
} from '../src/serve/webhooks.ts';
import { AUTH, fixture, OTHER_TOKEN, postNote, startServer, TOKEN } from './serve-helpers.ts';

const SECRET = 'webhook-secret-abcdef0123456789';
const note = fixture('a-27290-classic-formatted');

const open: Server[] = [];
afterEach(() => {
  for (const s of open.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** A receiver whose n-th request is handled by `handlers[n]` (the last one repeats). */
async function receiver(handlers: Array<(res: import('node:http').ServerResponse) => void>): Promise<number> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => (handlers[Math.min(n++, handlers.length - 1)] as (r: typeof res) => void)(res));
  });
  open.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

describe('webhook delivery', () => {
  it('a receiver that does not answer in time is a timeout, retried', async () => {
    const port = await receiver([() => {}]); // never answers
    const attempts: DeliveryAttempt[] = [];
    const delivered = await deliverWebhook({
      url: new URL(`http://127.0.0.1:${port}/hook`),
      body: '{"id":"x"}',
      secret: SECRET,
      policy: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, timeoutMs: 100 },
      onAttempt: (a) => void attempts.push(a),
    });
    expect(delivered).toBe(false);
    expect(attempts.map((a) => [a.attempt, a.outcome, a.status])).toEqual([
      [1, 'timeout', undefined],
      [2, 'timeout', undefined],
    ]);
  });

  it('a redirect is not followed (the allowlist cannot be bypassed): it is a failure, retried', async () => {
    let redirectedTo = 0;
    const target = await receiver([
      (res) => {
        redirectedTo++;
        res.end();
      },
    ]);
    const port = await receiver([
      (res) => {
        res.statusCode = 302;
        res.setHeader('location', `http://127.0.0.1:${target}/`);
        res.end();
      },
      (res) => res.end('ok'),
    ]);
    const attempts: DeliveryAttempt[] = [];
    const delivered = await deliverWebhook({
      url: new URL(`http://127.0.0.1:${port}/hook`),
      body: '{"id":"x"}',
      secret: SECRET,
      policy: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 10_000 },
      onAttempt: (a) => void attempts.push(a),
    });
    expect(delivered).toBe(true);
    expect(attempts.map((a) => [a.attempt, a.outcome, a.status])).toEqual([
      [1, 'http-error', 302],
      [2, 'delivered', 200],
    ]);
    expect(redirectedTo).toBe(0);
  });

  it('stops after maxAttempts when the receiver keeps failing', async () => {
    const port = await receiver([
      (res) => {
        res.statusCode = 503;
        res.end();
      },
    ]);
    const attempts: DeliveryAttempt[] = [];
    const delivered = await deliverWebhook({
      url: new URL(`http://127.0.0.1:${port}/`),
      body: '{}',
      secret: SECRET,
      policy: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 1000 },
      onAttempt: (a) => void attempts.push(a),
    });
    expect(delivered).toBe(false);
    expect(attempts.map((a) => a.status)).toEqual([503, 503, 503]);
  });

  it('shutdown that begins during an attempt stops the retries at once (abort before the backoff sleep)', async () => {
    const port = await receiver([
      (res) => {
        res.statusCode = 500;
        res.end();
      },
    ]);
    const stop = new AbortController();
    const attempts: DeliveryAttempt[] = [];
    const delivered = await deliverWebhook({
      url: new URL(`http://127.0.0.1:${port}/`),
      body: '{}',
      secret: SECRET,
      policy: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, timeoutMs: 1000 },
      signal: stop.signal,
      onAttempt: (a) => {
        attempts.push(a);
        stop.abort();
      },
    });
    expect(delivered).toBe(false);
    expect(attempts).toHaveLength(1);
  });

  it('backs off exponentially, capped', () => {
    const p = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 8000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(p, n))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});

describe('signatures', () => {
  it('verify over timestamp and body, and refuse an old timestamp (replay)', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    const t = Math.floor(now.getTime() / 1000);
    const header = signatureHeader(SECRET, t, '{"a":1}');
    expect(verifyWebhookSignature(SECRET, header, '{"a":1}', { now: () => now })).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, '{"a":2}', { now: () => now })).toBe(false);
    const later = new Date(now.getTime() + 301_000);
    expect(verifyWebhookSignature(SECRET, header, '{"a":1}', { now: () => later })).toBe(false);
    expect(
      verifyWebhookSignature(SECRET, `t=${t + 1},${header.split(',')[1]}`, '{"a":1}', { now: () => now }),
    ).toBe(false);
    expect(verifyWebhookSignature(SECRET, 'garbage', '{}')).toBe(false);
  });
});

describe('the callback allowlist', () => {
  it('parses host and host:port entries and refuses malformed ones', () => {
    expect(parseCallbackHosts(' hooks.example.org, 10.0.0.5:8443 ,[::1]:9000')).toEqual([
      { host: 'hooks.example.org' },
      { host: '10.0.0.5', port: 8443 },
      { host: '[::1]', port: 9000 },
    ]);
    expect(parseCallbackHosts('')).toEqual([]);
    expect(() => parseCallbackHosts('a.example,http://b.example/x')).toThrow(ConfigError);
    expect(() => parseCallbackHosts('a.example:70000')).toThrow(/host 1 of 1/);
  });

  it('matches host and port exactly: no suffix tricks, no credentials, no other schemes', () => {
    const allowed = parseCallbackHosts('hooks.example.org,10.0.0.5:8443,[::1]:9000');
    expect(checkCallbackUrl('https://hooks.example.org/x', allowed).host).toBe('hooks.example.org');
    expect(checkCallbackUrl('https://HOOKS.example.org:8080/x', allowed).port).toBe('8080');
    expect(checkCallbackUrl('https://10.0.0.5:8443/x', allowed).hostname).toBe('10.0.0.5');
    expect(checkCallbackUrl('http://[::1]:9000/x', allowed).hostname).toBe('[::1]');
    for (const bad of [
      'https://10.0.0.5/x',
      'https://10.0.0.5:8444/x',
      'https://hooks.example.org.evil.test/',
      'https://evil.test/?hooks.example.org',
      'https://user:pw@hooks.example.org/',
      'ftp://hooks.example.org/',
      'http://[::1]:9001/',
      'not a url',
    ])
      expect(() => checkCallbackUrl(bad, allowed), bad).toThrow(
        expect.objectContaining({ code: 'callback.refused' }),
      );
    expect(() => checkCallbackUrl('https://hooks.example.org/', [])).toThrow(/no callback hosts/);
  });
});

describe('rate limiter', () => {
  it('resets when the minute is over', () => {
    let t = 0;
    const limiter = createRateLimiter(1, () => t);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 60 });
    t = 59_500;
    expect(limiter.take('a')).toMatchObject({ allowed: false, resetSeconds: 1 });
    t = 60_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('logs', () => {
  it('never carry the webhook secret, the token or the callback URL', async () => {
    const lines: string[] = [];
    const port = await receiver([
      (res) => {
        res.statusCode = 500;
        res.end();
      },
      (res) => res.end(),
    ]);
    const callbackUrl = `http://127.0.0.1:${port}/hook-path-Marker-9931`;
    const server = await startServer({
      logger: pino({ level: 'debug' }, { write: (l: string) => void lines.push(l) }),
      webhookSecret: SECRET,
      tokenWebhooks: { [OTHER_TOKEN]: { webhookSecret: 'other-secret-0123456789abcdef' } },
      callbackHosts: parseCallbackHosts(`127.0.0.1:${port}`),
      webhookRetry: { baseDelayMs: 5 },
      rateLimitPerMinute: 100,
    });
    try {
      const res = await postNote(server.url, { ...note, callbackUrl }, { prefer: 'respond-async' });
      const location = res.headers.get('location') ?? '';
      for (;;) {
        const job = (await (await fetch(`${server.url}${location}`, { headers: AUTH })).json()) as {
          deliveries: unknown[];
        };
        if (job.deliveries.length >= 2) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await server.close();
    }
    const all = lines.join('');
    expect(all).toContain('webhook attempt');
    for (const secret of [
      SECRET,
      'other-secret-0123456789abcdef',
      TOKEN,
      OTHER_TOKEN,
      'hook-path-Marker-9931',
    ])
      expect(all).not.toContain(secret);
  });
});

describe('idempotency cache', () => {
  it('forgets the oldest keys beyond its bound, and keys after the TTL', async () => {
    let t = 0;
    const cache = createIdempotencyCache({ maxKeys: 2, ttlMs: 1000, now: () => t });
    let runs = 0;
    const answer = async () => {
      runs++;
      return { status: 200, headers: {}, body: String(runs) };
    };
    await cache.run('c', 'a', 'f', answer);
    await cache.run('c', 'b', 'f', answer);
    expect((await cache.run('c', 'a', 'f', answer)).replayed).toBe(true);
    await cache.run('c', 'c', 'f', answer); // 'a' is now the oldest and goes
    expect((await cache.run('c', 'b', 'f', answer)).replayed).toBe(true);
    expect((await cache.run('c', 'a', 'f', answer)).replayed).toBe(false);
    t = 1000;
    expect((await cache.run('c', 'a', 'f', answer)).replayed).toBe(false);
    expect(runs).toBe(5);
  });
});
