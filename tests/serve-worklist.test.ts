import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import { identityOf } from '../src/store/identity.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/types.ts';
import type { NotePage } from '../src/store/worklist.ts';
import { AUTH, type RunningServer, startServer } from './serve-helpers.ts';
import { seedNotes } from './support/batch-notes.ts';
import { dropSchema, pgStoreUrl, requirePostgres, uniqueName } from './support/services.ts';

const seeds = seedNotes().slice(0, 24);
const extractor = createRulesExtractor();
const identity = identityOf(extractor);
const dir = mkdtempSync(join(tmpdir(), 'opnote-worklist-'));
const schema = uniqueName('worklist_test');

/** Records seed note `i` as `w-<i>` (in run `run-a` for even i). */
async function recordSeed(store: Store, i: number): Promise<void> {
  const seed = seeds[i] as (typeof seeds)[number];
  const transcript = `${seed.transcript}\nReference ${i}.`;
  const { id: _id, ...result } = await processNote(
    { transcript, ...(seed.claim === undefined ? {} : { claim: seed.claim }) },
    { extractor },
  );
  await store.record({
    noteId: `w-${String(i).padStart(2, '0')}`,
    transcript,
    ...(seed.claim === undefined ? {} : { claim: seed.claim }),
    identity,
    outcome: { result },
    actor: 'test',
    ...(i % 2 === 0 ? { runId: 'run-a' } : {}),
  });
}

const RANK = ['coder-review', 'query-physician', 'fix-claim', 'ready', 'error'];

const backends = [
  { name: 'sqlite', url: () => `sqlite:${join(dir, 'w.db')}` },
  { name: 'postgres', url: () => pgStoreUrl(schema) },
];

beforeAll(async () => {
  await requirePostgres();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchema(schema).catch(() => {});
});

describe.each(backends)('worklist API on $name', (backend) => {
  let store: Store;
  let server: RunningServer;
  const get = async (path: string, headers: Record<string, string> = AUTH): Promise<Response> =>
    fetch(`${server.url}${path}`, { headers });
  const page = async (query = ''): Promise<NotePage> => {
    const res = await get(`/v1/notes${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as NotePage;
  };
  const review = (id: string, body: unknown): Promise<Response> =>
    fetch(`${server.url}/v1/notes/${id}/review`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    store = await openStore(backend.url(), { storeTranscripts: true });
    await store.beginRun({ id: 'run-a', identity });
    for (let i = 0; i < seeds.length; i++) await recordSeed(store, i);
    // A 27290 dictation claimed as 27365: a correction moves the national payment by 27290 - 27365.
    const classic = seedNotes().find((x) => x.name === 'a-27290-classic-formatted');
    if (!classic) throw new Error('fixture a-27290-classic-formatted is missing');
    const claim = { cpt: '27365', modifiers: [], icd10: ['C41.4'], placeOfService: '21', otherCpt: [] };
    const { id: _id, ...staked } = await processNote(
      { transcript: classic.transcript, claim },
      { extractor },
    );
    await store.record({
      noteId: 'w-stake',
      transcript: classic.transcript,
      claim,
      identity,
      outcome: { result: staked },
      actor: 'test',
    });
    await store.record({
      noteId: 'w-failed',
      transcript: 'too short',
      identity,
      outcome: { error: { code: 'input.too-short', message: 'the transcript is too short' } },
      actor: 'test',
    });
    server = await startServer({ store });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('GET /v1/notes lists every note once, coder-review first, then by payment at stake, with counts per route', async () => {
    const all = await page('?limit=500');
    expect(all.total).toBe(seeds.length + 2);
    expect(all.notes).toHaveLength(seeds.length + 2);
    expect(new Set(all.notes.map((n) => n.id)).size).toBe(all.notes.length);
    const keys = all.notes.map((n) => [RANK.indexOf(n.route), -Math.abs(n.paymentDifference ?? 0)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(all.notes.some((n) => n.route === 'coder-review')).toBe(true);
    expect(all.notes.find((n) => n.id === 'w-stake')).toMatchObject({
      claimedCode: '27365',
      supportedCode: '27290',
      paymentDifference: -370.42,
    });
    expect(all.notes.find((n) => n.id === 'w-failed')).toMatchObject({ route: 'error', status: 'error' });
    const perRoute = Object.fromEntries(RANK.map((r) => [r, all.notes.filter((n) => n.route === r).length]));
    expect(all.counts).toEqual(perRoute);
  });

  it('filters by route, code, finding and run, and pages with limit and offset', async () => {
    const all = await page('?limit=500');
    const review = await page('?route=coder-review');
    expect(review.notes.length).toBeGreaterThan(0);
    expect(review.notes.every((n) => n.route === 'coder-review')).toBe(true);
    expect(review.total).toBe(all.counts['coder-review']);
    expect(review.counts).toEqual(all.counts);

    const withFinding = all.notes.find((n) => n.findings.length > 0);
    const finding = withFinding?.findings[0] as string;
    const byFinding = await page(`?finding=${encodeURIComponent(finding)}&limit=500`);
    expect(byFinding.notes.map((n) => n.id)).toEqual(
      all.notes.filter((n) => n.findings.includes(finding)).map((n) => n.id),
    );

    const code = withFinding?.supportedCode as string;
    const byCode = await page(`?code=${code}&limit=500`);
    expect(byCode.notes.map((n) => n.id)).toEqual(
      all.notes.filter((n) => n.supportedCode === code || n.claimedCode === code).map((n) => n.id),
    );

    const byRun = await page('?run=run-a&limit=500');
    expect(byRun.notes.map((n) => n.id).sort()).toEqual(
      all.notes
        .map((n) => n.id)
        .filter((id) => /^w-\d+$/.test(id) && Number(id.slice(2)) % 2 === 0)
        .sort(),
    );

    const first = await page('?limit=5');
    const second = await page('?limit=5&offset=5');
    expect([...first.notes, ...second.notes].map((n) => n.id)).toEqual(
      all.notes.slice(0, 10).map((n) => n.id),
    );
    expect(first.total).toBe(all.total);
  });

  it('a bad query is a 400 problem naming the parameter; no token is 401; an unknown note is 404', async () => {
    for (const [q, word] of [
      ['?limit=0', 'limit'],
      ['?limit=abc', 'limit'],
      ['?offset=-1', 'offset'],
      ['?route=nowhere', 'route'],
      ['?review=maybe', 'review'],
    ] as const) {
      const res = await get(`/v1/notes${q}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; detail: string };
      expect(body.code).toBe('input.invalid');
      expect(body.detail).toContain(word);
    }
    expect((await get('/v1/notes', {})).status).toBe(401);
    expect((await get('/v1/notes/nope')).status).toBe(404);
    expect((await get('/v1/notes/nope/events')).status).toBe(404);
  });

  it('GET /v1/notes/{id} gives the stored result and transcript; accept and override close a note; events name each action, oldest first', async () => {
    const open = await page('?review=open&limit=500');
    const [a, b] = open.notes.filter((n) => n.status === 'ok');
    if (!a || !b) throw new Error('need two notes');
    const note = (await (await get(`/v1/notes/${a.id}`)).json()) as {
      result: { code: { supported: string } };
      transcript: string;
      reviewState: string;
    };
    expect(note.result.code.supported).toBe(a.supportedCode);
    expect(note.transcript).toContain('Reference');
    expect(note.reviewState).toBe('open');

    expect((await review(a.id, { action: 'accept', actor: 'coder-1' })).status).toBe(201);
    expect(
      (await review(b.id, { action: 'override', code: '27290', actor: 'coder-2', reason: 'per op report' }))
        .status,
    ).toBe(201);
    const after = await page('?review=open&limit=500');
    expect(after.notes.map((n) => n.id)).not.toContain(a.id);
    expect(after.notes.map((n) => n.id)).not.toContain(b.id);
    expect(after.total).toBe(open.total - 2);
    const reviewed = await page('?review=reviewed');
    expect(reviewed.notes.map((n) => n.id).sort()).toEqual([a.id, b.id].sort());

    const events = (await (await get(`/v1/notes/${b.id}/events`)).json()) as {
      events: Array<{ type: string; actor: string; reason: string | null; at: string }>;
    };
    expect(events.events[0]?.type).toBe('processed');
    expect(events.events.at(-1)).toMatchObject({
      type: 'overridden',
      actor: 'coder-2',
      reason: 'per op report',
    });
    const accepted = (await (await get(`/v1/notes/${a.id}/events`)).json()) as {
      events: Array<{ type: string }>;
    };
    expect(accepted.events.map((e) => e.type)).toContain('accepted');
  });

  it('a drafted query can be marked sent and answered; a finding dismissed; each is an event', async () => {
    const all = await page('?review=open&limit=500');
    let target: { id: string; element: string; finding: string } | undefined;
    for (const n of all.notes.filter((x) => x.status === 'ok' && x.findings.length > 0)) {
      const full = (await (await get(`/v1/notes/${n.id}`)).json()) as {
        result: { drafts: { queries: Array<{ element: string }> } };
      };
      const q = full.result.drafts.queries[0];
      if (q) {
        target = { id: n.id, element: q.element, finding: n.findings[0] as string };
        break;
      }
    }
    if (!target) throw new Error('no seed note has a drafted query');
    expect(
      (await review(target.id, { action: 'send', element: target.element, actor: 'coder-3' })).status,
    ).toBe(201);
    expect(
      (
        await review(target.id, {
          action: 'answer',
          element: target.element,
          actor: 'coder-3',
          reason: 'yes, done',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await review(target.id, {
          action: 'dismiss',
          finding: target.finding,
          actor: 'coder-3',
          reason: 'known',
        })
      ).status,
    ).toBe(201);
    const events = (await (await get(`/v1/notes/${target.id}/events`)).json()) as {
      events: Array<{ type: string; id: number }>;
    };
    const types = events.events.map((e) => e.type);
    expect(types.slice(-3)).toEqual(['query-sent', 'query-answered', 'finding-dismissed']);
    expect(events.events.map((e) => e.id)).toEqual([...events.events.map((e) => e.id)].sort((x, y) => x - y));
    // Neither sending a query nor dismissing a finding closes the note.
    expect((await page('?review=open&limit=500')).notes.map((n) => n.id)).toContain(target.id);
  });

  it('a new processing of a reviewed note opens it again', async () => {
    const reviewed = await page('?review=reviewed');
    const id = reviewed.notes[0]?.id as string;
    const i = Number(id.slice(2));
    const seed = seeds[i] as (typeof seeds)[number];
    const transcript = `${seed.transcript}\nReference ${i}. Addendum.`;
    const { id: _id, ...result } = await processNote(
      { transcript, ...(seed.claim === undefined ? {} : { claim: seed.claim }) },
      { extractor },
    );
    await store.record({ noteId: id, transcript, identity, outcome: { result }, actor: 'test' });
    expect((await page('?review=open&limit=500')).notes.map((n) => n.id)).toContain(id);
  });
});

describe('worklist of a store written before the worklist existed', () => {
  it('is filled from the stored processings and reviews when the store is opened', async () => {
    const file = join(dir, 'old.db');
    const store = await openStore(`sqlite:${file}`);
    await store.beginRun({ id: 'run-a', identity });
    for (let i = 0; i < 4; i++) await recordSeed(store, i);
    await store.review('w-01', { action: 'accept', actor: 'coder-1' });
    const before = await store.listNotes({ limit: 500 });
    await store.close();
    const db = new DatabaseSync(file);
    db.exec('DELETE FROM worklist; DELETE FROM worklist_findings;');
    db.close();
    const reopened = await openStore(`sqlite:${file}`);
    try {
      const after = await reopened.listNotes({ limit: 500 });
      expect(after.notes.map((n) => [n.id, n.route, n.reviewState, n.findings])).toEqual(
        before.notes.map((n) => [n.id, n.route, n.reviewState, n.findings]),
      );
      expect(after.notes.find((n) => n.id === 'w-01')?.reviewState).toBe('reviewed');
    } finally {
      await reopened.close();
    }
  });
});
