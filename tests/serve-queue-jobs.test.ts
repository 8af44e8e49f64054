import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { createServiceJobQueue, serviceQueueName, startServiceJobWorker } from '../src/queue/service-jobs.ts';
import { createJobExecutor } from '../src/serve/server.ts';
import { parseCallbackHosts, SIGNATURE_HEADER } from '../src/serve/webhooks.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/types.ts';
import { simulatedModel, startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';
import { AUTH, fixture, postNote, type RunningServer, startServer } from './serve-helpers.ts';
import { spawnTracked } from './support/children.ts';
import { settled, until } from './support/jobs.ts';
import { dropQueue, jobData } from './support/queue-helpers.ts';
import {
  dropSchema,
  pgStoreUrl,
  REDIS_URL,
  requirePostgres,
  requireRedis,
  uniqueName,
} from './support/services.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const SECRET = 'queue-webhook-secret-0123456789';
const ASYNC = { prefer: 'respond-async' };
const note = fixture('a-27290-classic-formatted');
const dir = mkdtempSync(join(tmpdir(), 'opnote-serve-queue-'));
const names: string[] = [];
const schema = uniqueName('svcq');

const servers: RunningServer[] = [];
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  await requireRedis();
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const c of closers.splice(0).reverse()) await c();
});
afterAll(async () => {
  for (const n of names) await dropQueue(REDIS_URL, n).catch(() => {});
  await dropSchema(schema).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const queueName = (): string => {
  const n = uniqueName('svc');
  names.push(n);
  return n;
};
const open = async (url: string): Promise<Store> => {
  const store = await openStore(url);
  closers.push(() => store.close());
  return store;
};

/** The service's extractor: the rules reader's identity, but it must never run (the workers do). */
function neverHere(): { factory: () => Extractor; calls: () => number } {
  const rules = createRulesExtractor();
  let calls = 0;
  return {
    factory: () => ({
      name: rules.name,
      ...(rules.versions ? { versions: rules.versions } : {}),
      extract: async () => {
        calls++;
        throw new Error('the service ran a queued job itself');
      },
    }),
    calls: () => calls,
  };
}

async function receiver(): Promise<{
  server: Server;
  port: number;
  got: Array<{ jobId: string; body: string; signature: string }>;
}> {
  const got: Array<{ jobId: string; body: string; signature: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      got.push({
        jobId: String(req.headers['opnote-job-id']),
        body,
        signature: String(req.headers[SIGNATURE_HEADER]),
      });
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => server.close(() => r())));
  return { server, port: (server.address() as AddressInfo).port, got };
}

const signed = (d: { body: string; signature: string }): boolean => {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(d.signature);
  return m?.[2] === createHmac('sha256', SECRET).update(`${m?.[1]}.${d.body}`).digest('hex');
};

/** A service on the queue, with the callback allowed, on `storeUrl`. */
async function service(storeUrl: string, name: string, port: number, instanceId = 'svc') {
  const never = neverHere();
  const store = await open(storeUrl);
  const s = await startServer({
    store,
    jobQueue: createServiceJobQueue({ url: REDIS_URL, name }),
    extractorFactory: never.factory,
    webhookSecret: SECRET,
    callbackHosts: parseCallbackHosts(`127.0.0.1:${port}`),
    jobLeaseMs: 1000,
    instanceId,
  });
  servers.push(s);
  return { ...s, never, store };
}

const engines = [
  { name: 'sqlite', url: () => `sqlite:${join(dir, 'queue.db')}`, setup: async () => {} },
  { name: 'postgres', url: () => pgStoreUrl(schema), setup: requirePostgres },
];

describe.each(engines)('serve --queue on $name: async jobs run by queue workers', (engine) => {
  beforeAll(async () => {
    await engine.setup();
  });

  it('a worker runs the job, the service answers its result and fires one signed webhook; Redis holds ids only', async () => {
    const name = queueName();
    const hook = await receiver();
    const svc = await service(engine.url(), name, hook.port);
    const workerStore = await open(engine.url());
    const executor = createJobExecutor({ workers: 0, store: workerStore });
    closers.push(() => executor.close());
    const worker = await startServiceJobWorker({ url: REDIS_URL, name, store: workerStore, executor });
    closers.push(() => worker.close());

    const res = await postNote(svc.url, { ...note, callbackUrl: `http://127.0.0.1:${hook.port}/h` }, ASYNC);
    expect(res.status).toBe(202);
    const id = String(res.headers.get('location')).split('/').pop() as string;
    const [job] = await settled(svc.store, [id]);
    // Two claims: the queue's (at acceptance), then the service instance's that delivered the webhook.
    expect(job).toMatchObject({ status: 'done', request: null, claimedBy: null, claims: 2 });
    expect(svc.never.calls()).toBe(0);
    expect(worker.stats.done).toBe(1);
    // The result is the synchronous answer of a service running the same pipeline.
    const plain = await startServer({});
    servers.push(plain);
    const sync = (await (await postNote(plain.url, note)).json()) as Record<string, unknown>;
    const polled = (await (await fetch(`${svc.url}/v1/jobs/${id}`, { headers: AUTH })).json()) as {
      result: Record<string, unknown>;
    };
    const strip = (r: Record<string, unknown>) => ({
      ...r,
      requestId: 'x',
      meta: { ...(r.meta as object), durationMs: 0 },
    });
    expect(polled.result.requestId).toBe(res.headers.get('x-request-id'));
    expect(strip(polled.result)).toEqual(strip(sync));
    // One delivery, by the service, signed; the job's attempts recorded.
    await until(async () => (hook.got.length > 0 ? true : undefined), 'the webhook');
    expect(hook.got.map((d) => d.jobId)).toEqual([id]);
    expect(signed(hook.got[0] as { body: string; signature: string })).toBe(true);
    expect((await workerStore.job(id))?.deliveries).toHaveLength(1);
    // Redis: the queued entry carries ids and the pipeline key, never the note.
    const data = await jobData(REDIS_URL, serviceQueueName(name), id);
    expect(Object.keys(data ?? {}).sort()).toEqual(['extractor', 'jobId', 'pipelineKey']);
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`opnote:${serviceQueueName(name)}:*`);
      for (const k of keys) {
        const type = await redis.type(k);
        const dump =
          type === 'hash'
            ? JSON.stringify(await redis.hgetall(k))
            : type === 'string'
              ? String(await redis.get(k))
              : '';
        expect(dump).not.toContain('chondrosarcoma');
      }
    } finally {
      redis.disconnect();
    }
  });

  it('a job accepted while no worker runs waits in the queue, across a service restart, for one', async () => {
    const name = queueName();
    const hook = await receiver();
    const first = await service(engine.url(), name, hook.port, 'first');
    const res = await postNote(first.url, { ...note, callbackUrl: `http://127.0.0.1:${hook.port}/h` }, ASYNC);
    const id = String(res.headers.get('location')).split('/').pop() as string;
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    // Redis lost the entry (no persistence): the next service start adds it again from the store.
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`opnote:${serviceQueueName(name)}:*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    const second = await service(engine.url(), name, hook.port, 'second');
    const workerStore = await open(engine.url());
    const executor = createJobExecutor({ workers: 0, store: workerStore });
    closers.push(() => executor.close());
    const worker = await startServiceJobWorker({ url: REDIS_URL, name, store: workerStore, executor });
    closers.push(() => worker.close());
    const [job] = await settled(workerStore, [id]);
    expect(job?.status).toBe('done');
    expect(worker.stats.done).toBe(1);
    await until(async () => (hook.got.length > 0 ? true : undefined), 'the webhook');
    expect(hook.got.map((d) => d.jobId)).toEqual([id]);
    expect(second.never.calls() + first.never.calls()).toBe(0);
  });
});

describe('serve --queue: a worker set up otherwise than the service', () => {
  it('fails the job with config.invalid (edited templates on the service, built-in on the worker)', async () => {
    const name = queueName();
    const templates = join(dir, 'edited-templates');
    cpSync(join(ROOT, 'src/render/templates'), templates, { recursive: true });
    const file = join(templates, 'coder-summary.md.hbs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited for this service.\n`);
    const store = await open(`sqlite:${join(dir, 'mismatch.db')}`);
    const svc = await startServer({
      store,
      jobQueue: createServiceJobQueue({ url: REDIS_URL, name }),
      templatesDir: templates,
    });
    servers.push(svc);
    const executor = createJobExecutor({ workers: 0, store });
    closers.push(() => executor.close());
    const worker = await startServiceJobWorker({ url: REDIS_URL, name, store, executor });
    closers.push(() => worker.close());
    const res = await postNote(svc.url, note, ASYNC);
    const id = String(res.headers.get('location')).split('/').pop() as string;
    const [job] = await settled(store, [id]);
    expect(job?.status).toBe('failed');
    expect((job?.error as { code?: string } | undefined)?.code).toBe('config.invalid');
    expect((await store.counts()).processings).toBe(0); // nothing recorded from the other pipeline
  });
});

/**
 * Starts `opnote worker` as its own process on queue `name` and the SQLite store at `path`; resolves
 * once it says it is ready (its stderr kept for the test), rejects if it exits first.
 */
async function startWorkerProcess(
  name: string,
  path: string,
  options: { args?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<{ child: ChildProcess; stderr: () => string }> {
  const child = spawnTracked(
    NODE,
    [
      join(ROOT, 'bin/opnote.js'),
      'worker',
      '--queue',
      REDIS_URL,
      '--queue-name',
      name,
      '--store',
      `sqlite:${path}`,
      ...(options.args ?? []),
    ],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (/ready on queue/.test(stderr)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${stderr}`)));
  });
  return { child, stderr: () => stderr };
}

describe('serve --queue with a spawned opnote worker', () => {
  const name = queueName();
  const path = join(dir, 'spawned.db');
  let child: ChildProcess;
  let worker: Awaited<ReturnType<typeof startWorkerProcess>>;
  // The worker process is the fixture: its start on a busy machine does not count against the test.
  beforeAll(async () => {
    worker = await startWorkerProcess(name, path);
    child = worker.child;
  });
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('N jobs through a real worker process are each done once, one webhook each', async () => {
    const hook = await receiver();
    const svc = await service(`sqlite:${path}`, name, hook.port);
    const n = 4;
    const responses = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        postNote(
          svc.url,
          { ...note, id: `queued-${i}`, callbackUrl: `http://127.0.0.1:${hook.port}/h` },
          ASYNC,
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(n).fill(202));
    const ids = responses.map((r) => String(r.headers.get('location')).split('/').pop() as string);
    const store = await open(`sqlite:${path}`);
    const jobs = await settled(store, ids);
    expect(jobs.map((j) => j.status)).toEqual(Array(n).fill('done'));
    expect(jobs.map((j) => j.claims)).toEqual(Array(n).fill(2)); // the queue's, then the delivery's
    await until(async () => (hook.got.length >= n ? true : undefined), 'the webhooks');
    expect(hook.got.map((d) => d.jobId).sort()).toEqual([...ids].sort());
    expect(svc.never.calls()).toBe(0);
    // The worker recorded each note in the store, as the service would (one processing per note id).
    for (let i = 0; i < n; i++) expect(await store.processings(`queued-${i}`)).toHaveLength(1);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    expect(worker.stderr()).toMatch(/stopped/);
  });
});

describe('serve --queue: a worker killed mid-job', () => {
  const name = queueName();
  const path = join(dir, 'worker-killed.db');
  const apiKey = 'sk-queue-kill-test-key';
  let provider: Awaited<ReturnType<typeof startFakeOpenAIServer>>;
  let child: ChildProcess;
  // The spawned worker is the fixture: its start on a busy machine does not count against the test.
  beforeAll(async () => {
    // The first extraction request is never answered (the worker dies holding it); later ones are.
    let held = 0;
    provider = await startFakeOpenAIServer({
      respond: (body) => (held++ === 0 ? new Promise(() => {}) : simulatedModel(body)),
    });
    ({ child } = await startWorkerProcess(name, path, {
      args: ['--lock-ms', '1000'],
      env: { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: provider.url },
    }));
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await provider.close();
  });

  it('kill -9 of a spawned opnote worker: another worker takes the job over; done once, one webhook', async () => {
    const hook = await receiver();
    const store = await open(`sqlite:${path}`);
    const svc = await startServer({
      store,
      jobQueue: createServiceJobQueue({ url: REDIS_URL, name }),
      // The service's openai extractor is configured (same pipeline key) but never called: the workers run it.
      extractorConfig: { apiKey, baseURL: 'http://127.0.0.1:9/v1' },
      webhookSecret: SECRET,
      callbackHosts: parseCallbackHosts(`127.0.0.1:${hook.port}`),
      jobLeaseMs: 1000,
    });
    servers.push(svc);
    const res = await postNote(
      svc.url,
      {
        ...note,
        id: 'killed-worker-note',
        extractor: 'openai',
        callbackUrl: `http://127.0.0.1:${hook.port}/h`,
      },
      ASYNC,
    );
    expect(res.status).toBe(202);
    const id = String(res.headers.get('location')).split('/').pop() as string;
    await until(async () => (provider.requests.length > 0 ? true : undefined), 'the extraction request');
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect((await store.job(id))?.status).toBe('running');

    const workerStore = await open(`sqlite:${path}`);
    const executor = createJobExecutor({
      extractorConfig: { apiKey, baseURL: provider.url },
      workers: 0,
      store: workerStore,
    });
    closers.push(() => executor.close());
    const worker = await startServiceJobWorker({
      url: REDIS_URL,
      name,
      store: workerStore,
      executor,
      lockMs: 1000,
    });
    closers.push(() => worker.close());
    const [job] = await settled(store, [id]);
    expect(job?.status).toBe('done');
    expect((job?.result as { code?: { supported: string } } | undefined)?.code?.supported).toBe('27290');
    expect(worker.stats.done).toBe(1);
    expect(provider.requests).toHaveLength(2);
    await until(async () => (hook.got.length > 0 ? true : undefined), 'the webhook');
    expect(hook.got.map((d) => d.jobId)).toEqual([id]);
    expect(await store.processings('killed-worker-note')).toHaveLength(1);
  });
});
