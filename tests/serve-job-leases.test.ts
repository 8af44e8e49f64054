import type { ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { parseCallbackHosts } from '../src/serve/webhooks.ts';
import { openStore } from '../src/store/open.ts';
import type { JobRecord, Store } from '../src/store/types.ts';
import { simulatedModel, startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';
import { AUTH, fixture, postNote, type RunningServer, startServer, TOKEN } from './serve-helpers.ts';
import { spawnTracked } from './support/children.ts';
import { settled, until } from './support/jobs.ts';
import { dropSchema, pgStoreUrl, requirePostgres, uniqueName } from './support/services.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const SECRET = 'lease-webhook-secret-0123456789';
const ASYNC = { prefer: 'respond-async' };
const note = fixture('a-27290-classic-formatted');
const dir = mkdtempSync(join(tmpdir(), 'opnote-leases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const servers: RunningServer[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const s of stores.splice(0)) await s.close();
});

const open = async (url: string): Promise<Store> => {
  const store = await openStore(url);
  stores.push(store);
  return store;
};

const hash = (t: string): string => createHash('sha256').update(t).digest('hex').slice(0, 16);

/**
 * A rules extractor that takes `ms` per call (honouring its signal) and counts calls per transcript.
 * Transcripts are the fixture with a line appended: the fixture's extraction is read once and reused,
 * so the jobs' end is no burst of CPU (the two instances share this process's event loop).
 */
function slowCounting(ms: number): { factory: () => Extractor; calls: Map<string, number> } {
  const rules = createRulesExtractor();
  const calls = new Map<string, number>();
  let once: ReturnType<Extractor['extract']> | undefined;
  const extractor: Extractor = {
    name: 'rules',
    extract: async (t, o) => {
      const text = typeof t === 'string' ? t : Buffer.from(t).toString('utf8');
      calls.set(hash(text), (calls.get(hash(text)) ?? 0) + 1);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        o?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(o.signal?.reason);
        });
      });
      once ??= rules.extract(note.transcript, o);
      return once;
    },
  };
  return { factory: () => extractor, calls };
}

/** A webhook receiver on loopback that answers 200 and records the job id of each delivery. */
async function receiver(): Promise<{ server: Server; port: number; jobIds: string[] }> {
  const jobIds: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      jobIds.push(String(req.headers['opnote-job-id']));
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, jobIds };
}

const unclaimedJob = (i: number): JobRecord => {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id: randomUUID(),
    status: 'queued',
    request: { body: { transcript: `note ${i}` }, requestId: `r${i}` },
    idempotencyKey: null,
    fingerprint: null,
    client: null,
    callbackUrl: null,
    result: null,
    error: null,
    deliveries: [],
    createdAt: at,
    updatedAt: at,
  };
};

const engines: Array<{ name: string; url: () => string; setup?: () => Promise<void> }> = [];
const schema = uniqueName('leases');
engines.push({ name: 'sqlite', url: () => `sqlite:${join(dir, 'shared.db')}` });
engines.push({ name: 'postgres', url: () => pgStoreUrl(schema), setup: requirePostgres });
afterAll(() => dropSchema(schema).catch(() => {}));

describe.each(engines)('job leases on $name', (engine) => {
  beforeAll(async () => {
    await engine.setup?.();
  });

  it('two connections claiming at once never claim one job twice; a live lease is not taken', async () => {
    const a = await open(engine.url());
    const b = await open(engine.url());
    const jobs = Array.from({ length: 40 }, (_, i) => unclaimedJob(i));
    for (const j of jobs) await a.createJob(j);
    const ids = new Set(jobs.map((j) => j.id));
    const now = new Date().toISOString();
    const until = new Date(Date.now() + 60_000).toISOString();
    const rounds = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).claimJobs({ owner: `owner-${i}`, until }, now, 8)),
    );
    const claimed = rounds.flat().filter((j) => ids.has(j.id));
    expect(claimed).toHaveLength(40);
    expect(new Set(claimed.map((j) => j.id)).size).toBe(40);
    expect(claimed.every((j) => j.claims === 1)).toBe(true);
    // Held leases are not claimable; past their end they are, and the claim counts up.
    expect((await a.claimJobs({ owner: 'late', until }, now, 100)).filter((j) => ids.has(j.id))).toEqual([]);
    const first = claimed[0] as JobRecord;
    expect(await b.renewJobLease(first.id, { owner: 'not-the-owner', until })).toBe(false);
    expect(await b.updateClaimedJob({ ...first, status: 'done' }, 'not-the-owner', true)).toBe(false);
    const later = new Date(Date.now() + 120_000).toISOString();
    const taken = (await a.claimJobs({ owner: 'late', until: later }, later, 100)).filter((j) =>
      ids.has(j.id),
    );
    expect(taken).toHaveLength(40);
    expect(taken.every((j) => j.claims === 2 && j.claimedBy === 'late')).toBe(true);
    // The old owner's write is fenced off; the new owner's goes through and releases the lease.
    expect(await a.updateClaimedJob({ ...first, status: 'done' }, first.claimedBy as string, false)).toBe(
      false,
    );
    expect(await a.updateClaimedJob({ ...first, status: 'done', request: null }, 'late', true)).toBe(true);
    expect(await a.job(first.id)).toMatchObject({ status: 'done', claimedBy: null, leaseUntil: null });
  });

  it('two service instances on one store process each of N jobs once and deliver each webhook once', async () => {
    const hook = await receiver();
    try {
      // Each job takes longer than the lease: only renewal (every 0.4 s) keeps the other instance's scans off it.
      const slow = slowCounting(1600);
      const options = {
        extractorFactory: slow.factory,
        webhookSecret: SECRET,
        callbackHosts: parseCallbackHosts(`127.0.0.1:${hook.port}`),
        jobLeaseMs: 1200,
        jobScanIntervalMs: 50,
      };
      const a = await startServer({ ...options, store: await open(engine.url()), instanceId: 'a' });
      servers.push(a);
      const b = await startServer({ ...options, store: await open(engine.url()), instanceId: 'b' });
      servers.push(b);
      const n = 8;
      const responses = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          postNote(
            (i % 2 ? a : b).url,
            {
              ...note,
              transcript: `${note.transcript}\nDictated for job ${i}.`,
              callbackUrl: `http://127.0.0.1:${hook.port}/hook`,
            },
            ASYNC,
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(n).fill(202));
      const ids = responses.map((r) => String(r.headers.get('location')).split('/').pop() as string);
      const jobs = await settled(await open(engine.url()), ids);
      expect(jobs.map((j) => j.status)).toEqual(Array(n).fill('done'));
      expect(jobs.map((j) => j.claims)).toEqual(Array(n).fill(1));
      expect([...slow.calls.values()]).toEqual(Array(n).fill(1));
      expect(hook.jobIds.sort()).toEqual([...ids].sort());
      expect(jobs.every((j) => j.claimedBy === null && j.deliveries.length === 1)).toBe(true);
    } finally {
      hook.server.close();
    }
  });
});

describe('an instance killed mid-job', () => {
  const path = join(dir, 'killed.db');
  let hook: Awaited<ReturnType<typeof receiver>>;
  let provider: Awaited<ReturnType<typeof startFakeOpenAIServer>>;
  let child: ChildProcess;
  let url: string;
  // The spawned server is the fixture: its start on a busy machine does not count against the test.
  beforeAll(async () => {
    hook = await receiver();
    // The first extraction request is never answered (the instance dies holding it); later ones are.
    let held = 0;
    provider = await startFakeOpenAIServer({
      respond: (body) => (held++ === 0 ? new Promise(() => {}) : simulatedModel(body)),
    });
    const env = {
      PATH: process.env.PATH ?? '',
      OPNOTE_API_TOKENS: TOKEN,
      OPENAI_API_KEY: 'sk-lease-test-key',
      OPENAI_BASE_URL: provider.url,
      OPNOTE_WEBHOOK_SECRET: SECRET,
      OPNOTE_CALLBACK_HOSTS: `127.0.0.1:${hook.port}`,
    };
    child = spawnTracked(
      NODE,
      [
        join(ROOT, 'bin/opnote.js'),
        'serve',
        '--port',
        '0',
        '--workers',
        '0',
        '--store',
        `sqlite:${path}`,
        '--job-lease',
        '1',
        '--log-level',
        'silent',
      ],
      { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    url = await new Promise<string>((resolve, reject) => {
      child.stderr?.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(stderr);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    hook.server.close();
    await provider.close();
  });

  it('kill -9 of a spawned server: another instance on the store takes the job over and finishes it once', async () => {
    const res = await postNote(
      url,
      { ...note, extractor: 'openai', callbackUrl: `http://127.0.0.1:${hook.port}/hook` },
      ASYNC,
    );
    expect(res.status).toBe(202);
    const id = String(res.headers.get('location')).split('/').pop() as string;
    await until(async () => (provider.requests.length > 0 ? true : undefined), 'the extraction request');
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const store = await open(`sqlite:${path}`);
    const orphan = await store.job(id);
    expect(orphan).toMatchObject({ status: 'running', claims: 1 });
    expect(orphan?.claimedBy).not.toBeNull();

    const second = await startServer({
      store: await open(`sqlite:${path}`),
      extractorConfig: { apiKey: 'sk-lease-test-key', baseURL: provider.url, maxRetries: 0 },
      webhookSecret: SECRET,
      callbackHosts: parseCallbackHosts(`127.0.0.1:${hook.port}`),
      jobLeaseMs: 1000,
      jobScanIntervalMs: 50,
      instanceId: 'survivor',
    });
    servers.push(second);
    const [job] = await settled(store, [id]);
    expect(job).toMatchObject({ status: 'done', claims: 2, claimedBy: null, request: null });
    expect((job?.result as { code?: { supported: string } } | undefined)?.code?.supported).toBe('27290');
    expect(provider.requests).toHaveLength(2);
    expect(hook.jobIds).toEqual([id]);
    const polled = await fetch(`${second.url}/v1/jobs/${id}`, { headers: AUTH });
    expect(((await polled.json()) as { status: string }).status).toBe('done');
  });
});
