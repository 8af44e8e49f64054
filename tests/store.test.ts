import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import { identityOf } from '../src/store/identity.ts';
import { openStore } from '../src/store/open.ts';
import { exportLine } from '../src/store/sql-store.ts';
import type { ProcessingInput, Store } from '../src/store/types.ts';
import { seedNotes } from './support/batch-notes.ts';
import { dropSchema, PG_URL, pgStoreUrl, requirePostgres, uniqueName } from './support/services.ts';

const seeds = seedNotes();
const extractor = createRulesExtractor();
const identity = identityOf(extractor);
const MARKER = 'Unique marker phrase zebra-quartz';

async function processed(i: number, extra = ''): Promise<ProcessingInput> {
  const seed = seeds[i % seeds.length] as (typeof seeds)[number];
  const transcript = `${seed.transcript}\n${MARKER} ${i}.${extra}`;
  const { id: _id, ...result } = await processNote(
    { transcript, ...(seed.claim === undefined ? {} : { claim: seed.claim }) },
    { extractor },
  );
  return {
    noteId: `n-${i}`,
    transcript,
    ...(seed.claim === undefined ? {} : { claim: seed.claim }),
    identity,
    outcome: { result },
    actor: 'test',
  };
}

const dir = mkdtempSync(join(tmpdir(), 'opnote-store-'));
const schema = uniqueName('store_test');

interface Backend {
  name: string;
  open: (opts?: { storeTranscripts?: boolean; tag?: string }) => Promise<Store>;
  /** Runs raw SQL against the backend, bypassing the store. */
  raw: (sql: string, tag?: string) => Promise<void>;
}

const backends: Backend[] = [
  {
    name: 'sqlite',
    open: (opts = {}) =>
      openStore(`sqlite:${join(dir, `${opts.tag ?? 'main'}.db`)}`, {
        storeTranscripts: opts.storeTranscripts === true,
      }),
    raw: async (sql, tag = 'main') => {
      const db = new DatabaseSync(join(dir, `${tag}.db`));
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'postgres',
    open: (opts = {}) =>
      openStore(pgStoreUrl(`${schema}_${opts.tag ?? 'main'}`), {
        storeTranscripts: opts.storeTranscripts === true,
      }),
    raw: async (sql, tag = 'main') => {
      const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}_${tag}` });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
  },
];

beforeAll(async () => {
  await requirePostgres();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const tag of ['main', 'tx', 'run']) await dropSchema(`${schema}_${tag}`).catch(() => {});
});

describe.each(backends)('store on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('writes a processing once per (note, input, pipeline): recording again adds nothing', async () => {
    const input = await processed(1);
    const first = await store.record(input);
    const again = await store.record(input);
    expect(first.inserted).toBe(true);
    expect(again).toEqual({ id: first.id, inserted: false });
    const rows = await store.processings('n-1');
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row?.status).toBe('ok');
    expect(row?.versions).toMatchObject(identity.versions);
    expect(row?.supportedCode).toBe(
      input.outcome && 'result' in input.outcome ? input.outcome.result.code.supported : null,
    );
    expect(row?.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.durationMs).toBeGreaterThan(0);
    const processedEvents = (await store.events('n-1')).filter((e) => e.type === 'processed');
    expect(processedEvents).toHaveLength(1);
    expect(processedEvents[0]).toMatchObject({ actor: 'test', data: { status: 'ok' } });
  });

  it('a changed input or pipeline is a new processing of the same note', async () => {
    const input = await processed(2);
    await store.record(input);
    await store.record(await processed(2, ' Addendum.'));
    await store.record({
      ...input,
      identity: { ...identity, versions: { ...identity.versions, rules: 'next' } },
    });
    expect(await store.processings('n-2')).toHaveLength(3);
  });

  it('a failed note keeps its typed error code, and a later success of the same key replaces it', async () => {
    const ok = await processed(3);
    const failed: ProcessingInput = {
      ...ok,
      outcome: { error: { code: 'provider.timeout', message: 'the provider did not answer in time' } },
    };
    await store.record(failed);
    const [err] = await store.processings('n-3');
    expect(err).toMatchObject({ status: 'error', errorCode: 'provider.timeout', result: null });
    expect(exportLine(err as NonNullable<typeof err>).record).toMatchObject({
      id: 'n-3',
      code: 'provider.timeout',
    });
    await store.record(ok);
    const rows = await store.processings('n-3');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'ok', errorCode: null });
    const processedEvents = (await store.events('n-3')).filter((e) => e.type === 'processed');
    expect(processedEvents.map((e) => e.data.status)).toEqual(['error', 'ok']);
  });

  it('keeps no transcript text unless asked (--store-transcripts)', async () => {
    const input = await processed(4);
    await store.record(input);
    expect((await store.latest('n-4'))?.transcript).toBeNull();
    const withText = await backend.open({ storeTranscripts: true, tag: 'tx' });
    try {
      await withText.record(input);
      expect((await withText.latest('n-4'))?.transcript).toBe(input.transcript);
    } finally {
      await withText.close();
    }
  });

  it('records reviews with actor and reason: accepted, code overridden, finding dismissed, query answered', async () => {
    const input = await processed(5);
    await store.record(input);
    const result = 'result' in input.outcome ? input.outcome.result : undefined;
    const accepted = await store.review('n-5', { action: 'accept', actor: 'coder-a' });
    expect(accepted).toMatchObject({
      type: 'reviewed',
      actor: 'coder-a',
      data: { action: 'accepted', code: result?.code.supported },
    });
    const overridden = await store.review('n-5', {
      action: 'override',
      code: '27295',
      actor: 'coder-b',
      reason: 'posterior approach only',
    });
    expect(overridden).toMatchObject({
      reason: 'posterior approach only',
      data: { action: 'code-overridden', from: result?.code.supported ?? null, to: '27295' },
    });
    const finding = result?.findings[0];
    if (finding) {
      const dismissed = await store.review('n-5', {
        action: 'dismiss',
        finding: finding.id,
        actor: 'coder-b',
        reason: 'documented elsewhere',
      });
      expect(dismissed.data).toEqual({ action: 'finding-dismissed', finding: finding.id });
    }
    const query = result?.drafts.queries[0];
    if (query) {
      const answered = await store.review('n-5', {
        action: 'answer',
        element: query.element,
        actor: 'dr-x',
        reason: 'tourniquet 90 min',
      });
      expect(answered).toMatchObject({ type: 'query-answered', data: { element: query.element } });
    }
    const types = (await store.events('n-5')).map((e) => e.type);
    expect(types[0]).toBe('processed');
    expect(types.filter((t) => t === 'query-drafted')).toHaveLength(result?.drafts.queries.length ?? 0);
  });

  it('refuses bad reviews with typed errors', async () => {
    await store.record(await processed(6));
    await expect(store.review('nope', { action: 'accept', actor: 'a' })).rejects.toMatchObject({
      code: 'store.not-found',
    });
    await expect(
      store.review('n-6', { action: 'override', code: '27295', actor: 'a', reason: ' ' }),
    ).rejects.toMatchObject({
      code: 'review.invalid',
    });
    await expect(
      store.review('n-6', { action: 'override', code: '99999', actor: 'a', reason: 'r' }),
    ).rejects.toMatchObject({
      code: 'review.invalid',
    });
    await expect(
      store.review('n-6', { action: 'dismiss', finding: 'no.such-finding', actor: 'a', reason: 'r' }),
    ).rejects.toMatchObject({ code: 'review.invalid' });
  });

  it('keeps the audit log append-only: the database refuses updates and deletes', async () => {
    await store.record(await processed(7));
    await expect(backend.raw("UPDATE audit_events SET actor = 'someone else'")).rejects.toThrow(
      /append-only/,
    );
    await expect(backend.raw('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    expect((await store.events('n-7')).length).toBeGreaterThan(0);
  });

  it('exports the latest processing per note as the batch JSONL lines, in pages', async () => {
    const lines = [];
    for await (const p of store.exportLatest({ pageSize: 2 })) lines.push(exportLine(p));
    const ids = lines.map((l) => l.record.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const n2 = lines.find((l) => l.record.id === 'n-2');
    expect(n2?.kind).toBe('result');
    expect(Object.keys(n2?.record ?? {}).slice(0, 4)).toEqual(['id', 'batchKey', 'code', 'facts']);
  });

  it('attaches processings to runs and exports one run', async () => {
    const runStore = await backend.open({ tag: 'run' });
    try {
      await runStore.beginRun({ id: 'run-a', identity });
      await runStore.beginRun({ id: 'run-a', identity });
      for (const i of [10, 11]) await runStore.record({ ...(await processed(i)), runId: 'run-a' });
      await runStore.record(await processed(12));
      const exported = [];
      for await (const p of runStore.exportLatest({ runId: 'run-a' })) exported.push(p.noteId);
      expect(exported).toEqual(['n-10', 'n-11']);
      expect(await runStore.runs()).toMatchObject([{ id: 'run-a', notes: 2 }]);
    } finally {
      await runStore.close();
    }
  });
});

describe('sqlite store at rest', () => {
  it('creates the database file 0600 and never writes the transcript into it', async () => {
    const path = join(dir, 'private', 'rest.db');
    const store = await openStore(`sqlite:${path}`);
    const input = await processed(20);
    await store.record(input);
    await store.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'private')).mode & 0o777).toBe(0o700);
    // The drafted operative note carries the dictation's sentences (rendered, one by one, with offsets),
    // as evidence carries quotes; the transcript itself is not kept.
    expect(readFileSync(path).includes(Buffer.from(input.transcript))).toBe(false);
  });

  it('rejects a URL it does not know with a typed error', async () => {
    await expect(openStore('mysql://x')).rejects.toMatchObject({ code: 'store.invalid-url' });
    await expect(openStore('sqlite:')).rejects.toMatchObject({ code: 'store.invalid-url' });
  });

  it('names the server and how to start it when PostgreSQL is unreachable', async () => {
    await expect(openStore('postgres://postgres@127.0.0.1:1/test')).rejects.toMatchObject({
      code: 'store.unavailable',
      message: expect.stringMatching(/127\.0\.0\.1:1.*start it/),
    });
  });
});
