import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueNotes, followQueue } from '../src/queue/enqueue.ts';
import { identityOf } from '../src/store/identity.ts';
import { openStore } from '../src/store/open.ts';
import type { ProcessingInput, Store } from '../src/store/types.ts';
import { generatedNote, seedNotes } from './support/batch-notes.ts';
import { spawnTracked } from './support/children.ts';
import { ROOT } from './support/cli.ts';
import { createFakeExtractor } from './support/fake-extractors.ts';
import { dropQueue } from './support/queue-helpers.ts';
import {
  dropSchema,
  PG_URL,
  pgStoreUrl,
  REDIS_URL,
  requirePostgres,
  requireRedis,
  uniqueName,
} from './support/services.ts';

/**
 * Kill tests of the distributed run: a worker killed with -9 mid-run, Redis restarted mid-run, the
 * PostgreSQL connection dropped mid-write. Each ends with every note processed exactly once in the
 * store. Each scenario runs in its describe's beforeAll; the tests check what it left.
 */
const CHILD = join(ROOT, 'tests/support/batch-child.ts');
const DELAY_MS = 150;
const dir = mkdtempSync(join(tmpdir(), 'opnote-queue-kill-'));
const seeds = seedNotes();
const identity = identityOf(createFakeExtractor({ name: 'slow-fake' }));

function writeNotes(path: string, n: number): void {
  writeFileSync(
    path,
    `${Array.from({ length: n }, (_, i) => JSON.stringify(generatedNote(seeds, i))).join('\n')}\n`,
  );
}

// Every child this file starts is killed at its end whatever happened (tests/support/children.ts).
function startWorker(queueUrl: string, name: string, store: string): ChildProcess {
  return spawnTracked(
    process.execPath,
    [
      CHILD,
      String(DELAY_MS),
      'worker',
      '--queue',
      queueUrl,
      '--queue-name',
      name,
      '--store',
      store,
      '--concurrency',
      '3',
      '--lock-ms',
      '1000',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

/** Polls until `ready` holds; gives up after a number of polls, not a duration. */
async function until(ready: () => Promise<boolean>, polls = 400): Promise<void> {
  for (let i = 0; i < polls; i++) {
    if (await ready()) return;
    await sleep(25);
  }
  throw new Error('the workers wrote nothing to the store');
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  return code as number | null;
}

/** Rows, distinct notes and `processed` events per note, as the exactly-once check reads them. */
async function exactlyOnce(
  store: Store,
): Promise<{ processings: number; notes: number; processedPerNote: number[] }> {
  const counts = await store.counts();
  const perNote = new Map<string, number>();
  for (const e of await store.events())
    if (e.type === 'processed') perNote.set(e.noteId, (perNote.get(e.noteId) ?? 0) + 1);
  return {
    processings: counts.processings,
    notes: counts.notes,
    processedPerNote: [...new Set(perNote.values())],
  };
}

beforeAll(async () => {
  await requireRedis();
  await requirePostgres();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a worker killed with -9 mid-run', () => {
  const NOTES = 16;
  const name = uniqueName('qkill');
  const schema = uniqueName('qkill');
  let store: Store;
  let killedMidRun = false;
  let signal: string | null = null;
  let survivorExit: number | null = null;
  let completed = -1;

  beforeAll(async () => {
    const input = join(dir, 'kill.jsonl');
    writeNotes(input, NOTES);
    store = await openStore(pgStoreUrl(schema));
    await enqueueNotes({ url: REDIS_URL, name, input, identity, runId: 'kill' });
    const victim = startWorker(REDIS_URL, name, pgStoreUrl(schema));
    const survivor = startWorker(REDIS_URL, name, pgStoreUrl(schema));
    const victimExit = once(victim, 'exit');
    await until(async () => (await store.counts()).processings >= 4);
    victim.kill('SIGKILL');
    [, signal] = (await victimExit) as [number | null, string | null];
    killedMidRun = (await store.counts()).processings < NOTES;
    completed = (await followQueue({ url: REDIS_URL, name, intervalMs: 50 })).completed;
    survivorExit = await stop(survivor);
  });

  afterAll(async () => {
    await store.close();
    await dropSchema(schema).catch(() => {});
    await dropQueue(REDIS_URL, name).catch(() => {});
  });

  it('loses nothing: its jobs are taken over and every note is written exactly once', async () => {
    expect({ signal, killedMidRun }).toEqual({ signal: 'SIGKILL', killedMidRun: true });
    expect(completed).toBe(NOTES);
    expect(await exactlyOnce(store)).toEqual({ processings: NOTES, notes: NOTES, processedPerNote: [1] });
  });

  it('the survivor stops gracefully on SIGTERM (exit 0)', () => {
    expect(survivorExit).toBe(0);
  });
});

describe('Redis restarted mid-run (a private redis-server with an append-only file)', () => {
  const NOTES = 12;
  const name = uniqueName('qredis');
  const port = 20_000 + (process.pid % 20_000);
  const url = `redis://127.0.0.1:${port}`;
  const redisDir = join(dir, 'redis');
  let store: Store;
  let redis: ChildProcess | undefined;
  let restartedMidRun = false;
  let completed = -1;

  const startRedis = async (): Promise<ChildProcess> => {
    const child = spawnTracked(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--dir',
        redisDir,
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 200; i++) {
      try {
        await requireRedis(url);
        return child;
      } catch {
        await sleep(25);
      }
    }
    throw new Error(`the private redis-server on port ${port} did not start`);
  };

  beforeAll(async () => {
    rmSync(redisDir, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(redisDir, { recursive: true });
    redis = await startRedis();
    const input = join(dir, 'redis.jsonl');
    writeNotes(input, NOTES);
    store = await openStore(`sqlite:${join(dir, 'redis.db')}`);
    await enqueueNotes({ url, name, input, identity, runId: 'redis' });
    const worker = startWorker(url, name, `sqlite:${join(dir, 'redis.db')}`);
    await until(async () => (await store.counts()).processings >= 3);
    const down = once(redis, 'exit');
    redis.kill('SIGKILL');
    await down;
    restartedMidRun = (await store.counts()).processings < NOTES;
    redis = await startRedis();
    completed = (await followQueue({ url, name, intervalMs: 50 })).completed;
    await stop(worker);
  });

  afterAll(async () => {
    await store.close();
    if (redis && redis.exitCode === null) {
      const down = once(redis, 'exit');
      redis.kill('SIGKILL');
      await down;
    }
  });

  it('every note ends in the store exactly once', async () => {
    expect(restartedMidRun).toBe(true);
    expect(completed).toBe(NOTES);
    expect(await exactlyOnce(store)).toEqual({ processings: NOTES, notes: NOTES, processedPerNote: [1] });
  });
});

describe('the PostgreSQL connection dropped mid-write (pg_terminate_backend on our own connections)', () => {
  const NOTES = 40;
  const schema = uniqueName('qpgdrop');
  const app = uniqueName('opnote_drop');
  let store: Store;
  let terminated = 0;

  beforeAll(async () => {
    store = await openStore(`${pgStoreUrl(schema)}&application_name=${app}`);
    const fake = createFakeExtractor({ name: 'slow-fake' });
    const { processNote } = await import('../src/pipeline/process.ts');
    const inputs: ProcessingInput[] = [];
    for (let i = 0; i < NOTES; i++) {
      const note = generatedNote(seeds, i);
      const { id: _id, ...result } = await processNote(note, { extractor: fake });
      inputs.push({
        noteId: note.id,
        transcript: note.transcript,
        claim: note.claim,
        identity,
        outcome: { result },
        actor: 'test',
      });
    }
    const killer = new pg.Client({ connectionString: PG_URL });
    await killer.connect();
    let writing = true;
    const killing = (async () => {
      // Up to 12 terminations, each at most every 20 ms: enough to land inside transactions.
      while (writing && terminated < 12) {
        const r = await killer.query(
          'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
          [app],
        );
        terminated += r.rows.filter((x) => x.ok).length;
        await sleep(20);
      }
    })();
    // Several writes at once, so terminations land inside open transactions.
    for (let i = 0; i < NOTES; i += 8) await Promise.all(inputs.slice(i, i + 8).map((x) => store.record(x)));
    writing = false;
    await killing;
    await killer.end();
  });

  afterAll(async () => {
    await store.close();
    await dropSchema(schema).catch(() => {});
  });

  it('retries the transaction, and every note is written exactly once', async () => {
    expect(terminated).toBeGreaterThan(0);
    expect(await exactlyOnce(store)).toEqual({ processings: NOTES, notes: NOTES, processedPerNote: [1] });
  });
});
