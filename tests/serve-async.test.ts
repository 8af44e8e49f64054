import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ExtractionError } from '../src/errors.ts';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { jobSchema } from '../src/serve/job-schemas.ts';
import { problemSchema } from '../src/serve/schemas.ts';
import { parseCallbackHosts, SIGNATURE_HEADER, verifyWebhookSignature } from '../src/serve/webhooks.ts';
import { openStore } from '../src/store/open.ts';
import {
  AUTH,
  failingExtractor,
  fixture,
  gatedExtractor,
  OTHER_TOKEN,
  postNote,
  type RunningServer,
  startServer,
  TOKEN,
} from './serve-helpers.ts';
import { dropSchema, pgStoreUrl, requirePostgres, uniqueName } from './support/services.ts';

const SECRET = 'webhook-secret-0123456789abcdef';
const ASYNC = { prefer: 'respond-async' };
const note = fixture('a-27290-classic-formatted');
const dir = mkdtempSync(join(tmpdir(), 'opnote-serve-async-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
const start = async (options: Parameters<typeof startServer>[0]) => {
  const s = await startServer(options);
  servers.push(s);
  return s;
};

/** Polls a job until it is finished (done or failed). */
async function finished(url: string, location: string, headers = AUTH): Promise<Record<string, unknown>> {
  for (;;) {
    const res = await fetch(`${url}${location}`, { headers });
    expect(res.status).toBe(200);
    const job = (await res.json()) as Record<string, unknown>;
    expect(jobSchema.parse(job)).toEqual(job);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A rules extractor that counts its calls. */
function counting(): { factory: (n: string) => Extractor; calls: () => number } {
  const rules = createRulesExtractor();
  let calls = 0;
  return {
    factory: () => ({
      name: 'rules',
      extract: (t, o) => {
        calls++;
        return rules.extract(t, o);
      },
    }),
    calls: () => calls,
  };
}

/** Verifies a delivery as a receiver would, from the documented scheme (not with opnote's code). */
function receiverVerifies(secret: string, header: string | undefined, body: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m?.[1] || !m[2]) return false;
  if (Math.abs(Date.now() / 1000 - Number(m[1])) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${m[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(m[2], 'hex'));
}

/** A webhook receiver on loopback: answers each delivery with the next status of `statuses` (then 200). */
async function receiver(statuses: number[]): Promise<{
  server: Server;
  port: number;
  deliveries: Array<{ headers: IncomingMessage['headers']; body: string; valid: boolean }>;
  next: () => Promise<void>;
}> {
  const deliveries: Array<{ headers: IncomingMessage['headers']; body: string; valid: boolean }> = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      const header = req.headers[SIGNATURE_HEADER];
      deliveries.push({
        headers: req.headers,
        body,
        valid: receiverVerifies(SECRET, typeof header === 'string' ? header : undefined, body),
      });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
      waiters.shift()?.();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    deliveries,
    next: () =>
      new Promise<void>((r) => {
        waiters.push(r);
      }),
  };
}

describe('async POST /v1/notes (Prefer: respond-async)', () => {
  it('answers 202 with a Location whose job ends with the synchronous answer', async () => {
    const { url } = await start({});
    const res = await postNote(url, note, ASYNC);
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/v1\/jobs\/[0-9a-f-]{36}$/);
    const job = await finished(url, location);
    expect(job.status).toBe('done');
    const sync = (await (await postNote(url, note)).json()) as Record<string, unknown>;
    const result = job.result as Record<string, unknown> & { meta: Record<string, unknown> };
    expect(result.requestId).toBe(res.headers.get('x-request-id'));
    const strip = (r: Record<string, unknown>) => ({
      ...r,
      requestId: 'x',
      meta: { ...(r.meta as object), durationMs: 0 },
    });
    expect(strip(result)).toEqual(strip(sync));
  });

  it('a failed job carries the problem the synchronous call answers', async () => {
    const { url } = await start({
      extractorFactory: () => failingExtractor(new ExtractionError('parse', 'no JSON in the answer')),
      localExtractors: ['rules'],
    });
    const res = await postNote(url, note, ASYNC);
    expect(res.status).toBe(202);
    const job = await finished(url, res.headers.get('location') ?? '');
    expect(job.status).toBe('failed');
    const problem = problemSchema.parse(job.error);
    const sync = (await (await postNote(url, note)).json()) as Record<string, unknown>;
    expect({ ...problem, instance: 'x' }).toEqual({ ...sync, instance: 'x' });
    expect(problem.code).toBe('extraction.parse');
  });

  it("another token's job is not found", async () => {
    const { url } = await start({});
    const res = await postNote(url, note, ASYNC);
    const other = await fetch(`${url}${res.headers.get('location')}`, {
      headers: { authorization: `Bearer ${OTHER_TOKEN}` },
    });
    expect(other.status).toBe(404);
    expect(((await other.json()) as { code: string }).code).toBe('job.not-found');
    expect((await fetch(`${url}/v1/jobs/nope`, { headers: AUTH })).status).toBe(404);
    const del = await fetch(`${url}${res.headers.get('location')}`, { method: 'DELETE', headers: AUTH });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
  });

  it('a job survives a service restart with a SQLite store', async () => {
    const path = join(dir, 'restart.db');
    const gated = gatedExtractor('slow');
    const first = await startServer({
      store: await openStore(`sqlite:${path}`),
      extractorFactory: gated.factory,
      extractorNames: ['rules', 'slow'],
    });
    const res = await postNote(first.url, { ...note, extractor: 'slow' }, ASYNC);
    expect(res.status).toBe(202);
    const location = res.headers.get('location') ?? '';
    await gated.nextCall(); // the job is running, and never finishes on this instance
    const running = (await (await fetch(`${first.url}${location}`, { headers: AUTH })).json()) as {
      status: string;
    };
    expect(running.status).toBe('running');
    await first.close();

    const store = await openStore(`sqlite:${path}`);
    const second = await start({
      store,
      extractorFactory: () => createRulesExtractor(),
      extractorNames: ['rules', 'slow'],
    });
    const job = await finished(second.url, location);
    expect(job.status).toBe('done');
    expect((job.result as { code: { supported: string } }).code.supported).toBe('27290');
    const stored = await store.job(location.split('/').pop() ?? '');
    expect(stored?.request).toBeNull(); // the transcript is dropped once the job is finished
  });
});

describe('webhooks', () => {
  it('delivers a signed result and retries after a 500', async () => {
    const hook = await receiver([500]);
    try {
      const { url } = await start({
        webhookSecret: SECRET,
        callbackHosts: parseCallbackHosts(`127.0.0.1:${hook.port}`),
        webhookRetry: { baseDelayMs: 10 },
      });
      const firstTwo = Promise.all([hook.next(), hook.next()]);
      const res = await postNote(url, { ...note, callbackUrl: `http://127.0.0.1:${hook.port}/hook` }, ASYNC);
      expect(res.status).toBe(202);
      await firstTwo;
      expect(hook.deliveries).toHaveLength(2);
      expect(hook.deliveries.every((d) => d.valid)).toBe(true);
      expect(hook.deliveries[0]?.body).toBe(hook.deliveries[1]?.body);
      const delivered = jobSchema.parse(JSON.parse(hook.deliveries[1]?.body ?? ''));
      expect(delivered.status).toBe('done');
      expect(delivered.result?.code.supported).toBe('27290');
      // A wrong secret or a changed body does not verify.
      const d = hook.deliveries[1];
      const header = String(d?.headers[SIGNATURE_HEADER]);
      expect(verifyWebhookSignature('another-secret-0123456789', header, d?.body ?? '')).toBe(false);
      expect(verifyWebhookSignature(SECRET, header, `${d?.body} `)).toBe(false);
      let job = await finished(url, res.headers.get('location') ?? '');
      while ((job.deliveries as unknown[]).length < 2)
        job = await finished(url, String(res.headers.get('location')));
      expect(
        (job.deliveries as Array<{ status: number; outcome: string }>).map((a) => [a.status, a.outcome]),
      ).toEqual([
        [500, 'http-error'],
        [200, 'delivered'],
      ]);
    } finally {
      hook.server.close();
    }
  });

  it("a token's default callback gets its deliveries, signed with the token's own secret", async () => {
    const tokenSecret = 'token-own-secret-0123456789abcdef';
    const hook = await receiver([]);
    try {
      const { url } = await start({
        webhookSecret: SECRET,
        callbackHosts: parseCallbackHosts(`127.0.0.1:${hook.port}`),
        tokenWebhooks: {
          [OTHER_TOKEN]: { callbackUrl: `http://127.0.0.1:${hook.port}/default`, webhookSecret: tokenSecret },
        },
      });
      const delivered = hook.next();
      const res = await postNote(url, note, { ...ASYNC, authorization: `Bearer ${OTHER_TOKEN}` });
      expect(res.status).toBe(202);
      await delivered;
      const d = hook.deliveries[0];
      const header =
        typeof d?.headers[SIGNATURE_HEADER] === 'string' ? d.headers[SIGNATURE_HEADER] : undefined;
      expect(receiverVerifies(tokenSecret, header, d?.body ?? '')).toBe(true);
      expect(receiverVerifies(SECRET, header, d?.body ?? '')).toBe(false);
      // The other token has no default callback: its job is only polled.
      const plain = await postNote(url, note, ASYNC);
      await finished(url, plain.headers.get('location') ?? '');
      expect(hook.deliveries).toHaveLength(1);
    } finally {
      hook.server.close();
    }
  });

  it('refuses a callback to a host off the allowlist, and any callback when none is configured', async () => {
    const hook = await receiver([]);
    try {
      const allowed = await start({
        webhookSecret: SECRET,
        callbackHosts: parseCallbackHosts('hooks.example.org'),
      });
      for (const target of [
        `http://127.0.0.1:${hook.port}/hook`,
        'http://169.254.169.254/latest/meta-data',
        'http://hooks.example.org.evil.test/hook',
        'file:///etc/passwd',
      ]) {
        const res = await postNote(allowed.url, { ...note, callbackUrl: target }, ASYNC);
        expect(res.status).toBe(400);
        const body = (await res.json()) as { code: string; detail: string };
        expect(body.code).toBe('callback.refused');
        expect(body.detail).not.toContain(target);
      }
      const none = await start({ webhookSecret: SECRET });
      const res = await postNote(none.url, { ...note, callbackUrl: `http://127.0.0.1:${hook.port}/` }, ASYNC);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('callback.refused');
      expect(hook.deliveries).toHaveLength(0);
    } finally {
      hook.server.close();
    }
  });
});

describe('Idempotency-Key', () => {
  it('the same key sent twice concurrently gives one processing and the same answer', async () => {
    const count = counting();
    const { url } = await start({ extractorFactory: count.factory });
    const headers = { 'idempotency-key': 'key-concurrent-1' };
    const [a, b] = await Promise.all([postNote(url, note, headers), postNote(url, note, headers)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await a.text()).toBe(await b.text());
    expect(count.calls()).toBe(1);
    expect([a.headers.get('idempotent-replayed'), b.headers.get('idempotent-replayed')]).toContain('true');
    // A new key processes again.
    await postNote(url, note, { 'idempotency-key': 'key-concurrent-2' });
    expect(count.calls()).toBe(2);
  });

  it('an async retry with the same key gets the same job, also after a restart', async () => {
    const path = join(dir, 'idem.db');
    const count = counting();
    const first = await startServer({
      store: await openStore(`sqlite:${path}`),
      extractorFactory: count.factory,
    });
    const headers = { ...ASYNC, 'idempotency-key': 'job-key-1' };
    const [a, b] = await Promise.all([
      postNote(first.url, note, headers),
      postNote(first.url, note, headers),
    ]);
    expect(a.headers.get('location')).toBe(b.headers.get('location'));
    await finished(first.url, a.headers.get('location') ?? '');
    await first.close();
    const second = await start({ store: await openStore(`sqlite:${path}`), extractorFactory: count.factory });
    const c = await postNote(second.url, note, headers);
    expect(c.status).toBe(202);
    expect(c.headers.get('location')).toBe(a.headers.get('location'));
    expect(count.calls()).toBe(1);
  });

  it('the same key with a different body is a 422 problem; keys are per token', async () => {
    const count = counting();
    const { url } = await start({ extractorFactory: count.factory });
    const headers = { 'idempotency-key': 'key-mismatch' };
    expect((await postNote(url, note, headers)).status).toBe(200);
    const res = await postNote(url, { ...note, id: 'another-note' }, headers);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(((await res.json()) as { code: string }).code).toBe('idempotency.mismatch');
    const other = await postNote(
      url,
      { ...note, id: 'another-note' },
      {
        ...headers,
        authorization: `Bearer ${OTHER_TOKEN}`,
      },
    );
    expect(other.status).toBe(200);
    expect(count.calls()).toBe(2);
    const bad = await postNote(url, note, { 'idempotency-key': 'has space' });
    expect(bad.status).toBe(400);
  });
});

describe('per-token rate limits', () => {
  it('answers RateLimit headers, then 429 with retry-after beyond the limit, per token', async () => {
    const { url } = await start({ rateLimitPerMinute: 2 });
    const codes = async (token: string) => {
      const res = await fetch(`${url}/v1/codes`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      return res;
    };
    const first = await codes(TOKEN);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    expect((await codes(TOKEN)).status).toBe(200);
    const limited = await fetch(`${url}/v1/codes`, { headers: AUTH });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(((await limited.json()) as { code: string }).code).toBe('rate.limited');
    expect((await codes(OTHER_TOKEN)).status).toBe(200);
  });
});

describe('webhook retries across a restart', () => {
  it('a delivery cut short by a restart carries on, numbering and bound included, on the next instance', async () => {
    const path = join(dir, 'redeliver.db');
    const hook = await receiver([500]);
    try {
      const options = {
        webhookSecret: SECRET,
        callbackHosts: parseCallbackHosts(`127.0.0.1:${hook.port}`),
      };
      // The first instance waits a minute after the failed attempt: it is stopped before retrying.
      const first = await startServer({
        ...options,
        store: await openStore(`sqlite:${path}`),
        webhookRetry: { baseDelayMs: 60_000 },
      });
      const firstAttempt = hook.next();
      const res = await postNote(
        first.url,
        { ...note, callbackUrl: `http://127.0.0.1:${hook.port}/hook` },
        ASYNC,
      );
      const location = res.headers.get('location') ?? '';
      await firstAttempt;
      await first.close();
      const secondAttempt = hook.next();
      const store = await openStore(`sqlite:${path}`);
      await start({ ...options, store, webhookRetry: { baseDelayMs: 10 } });
      await secondAttempt;
      expect(hook.deliveries.map((d) => d.valid)).toEqual([true, true]);
      expect(hook.deliveries.map((d) => d.headers['opnote-delivery'])).toEqual([
        hook.deliveries[0]?.headers['opnote-delivery'],
        hook.deliveries[0]?.headers['opnote-delivery'],
      ]);
      const id = location.split('/').pop() ?? '';
      let job = await store.job(id);
      while ((job?.deliveries.length ?? 0) < 2) {
        await new Promise((r) => setTimeout(r, 20));
        job = await store.job(id);
      }
      expect(
        job?.deliveries.map((a) => [(a as { attempt: number }).attempt, (a as { status: number }).status]),
      ).toEqual([
        [1, 500],
        [2, 200],
      ]);
    } finally {
      hook.server.close();
    }
  });
});

describe('jobs in a PostgreSQL store', () => {
  const schema = uniqueName('serve_jobs');
  afterAll(() => dropSchema(schema).catch(() => {}));

  it('a job and its idempotency key survive a restart; the redelivery query reads timestamps back', async () => {
    await requirePostgres();
    const gated = gatedExtractor('slow');
    const firstStore = await openStore(pgStoreUrl(schema));
    const first = await startServer({
      store: firstStore,
      extractorFactory: gated.factory,
      extractorNames: ['rules', 'slow'],
    });
    const headers = { ...ASYNC, 'idempotency-key': 'pg-key-1' };
    const res = await postNote(first.url, { ...note, extractor: 'slow' }, headers);
    expect(res.status).toBe(202);
    const location = res.headers.get('location') ?? '';
    await gated.nextCall();
    await first.close();
    await firstStore.close();
    const store = await openStore(pgStoreUrl(schema));
    const second = await start({
      store,
      extractorFactory: () => createRulesExtractor(),
      extractorNames: ['rules', 'slow'],
    });
    const job = await finished(second.url, location);
    expect(job.status).toBe('done');
    const again = await postNote(second.url, { ...note, extractor: 'slow' }, headers);
    expect(again.headers.get('location')).toBe(location);
    const mismatch = await postNote(second.url, { ...note, extractor: 'slow', id: 'other' }, headers);
    expect(mismatch.status).toBe(422);
    expect(await store.finishedJobsWithCallback(new Date(0).toISOString())).toEqual([]);
    expect((await store.unfinishedJobs()).map((j) => j.id)).toEqual([]);
    await servers.splice(0).reduce((p, sv) => p.then(() => sv.close()), Promise.resolve());
    await store.close();
  });
});
