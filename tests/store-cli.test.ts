import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.ts';
import { AUTH, fixture, JSON_BODY, postNote, startServer } from './serve-helpers.ts';
import { generatedNote, seedNotes } from './support/batch-notes.ts';
import { runCli } from './support/cli.ts';
import { runMain } from './support/cli-in-process.ts';
import { dropSchema, pgStoreUrl, requirePostgres, uniqueName } from './support/services.ts';

const dir = mkdtempSync(join(tmpdir(), 'opnote-store-cli-'));
const schema = uniqueName('store_cli');
const seeds = seedNotes();

function writeNotes(path: string, n: number, change?: (i: number, t: string) => string): void {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const note = generatedNote(seeds, i);
    lines.push(
      JSON.stringify({ ...note, transcript: change ? change(i, note.transcript) : note.transcript }),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const byId = (text: string): Map<string, unknown> =>
  new Map(
    text
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const v = JSON.parse(l) as { id: string };
        return [v.id, v];
      }),
  );

beforeAll(async () => {
  await requirePostgres();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchema(schema).catch(() => {});
});

describe('batch --store, export, review and batch --diff --store (SQLite)', () => {
  const db = join(dir, 'runs.db');
  const store = `sqlite:${db}`;
  const input = join(dir, 'notes.jsonl');
  const out = join(dir, 'out', 'results.jsonl');

  it('batch writes every note to the store once, and a second run adds nothing', async () => {
    writeNotes(input, 6);
    const first = await runMain([
      'batch',
      input,
      '--out',
      out,
      '--store',
      store,
      '--run',
      'before',
      '--quiet',
    ]);
    expect(first.status, first.stderr).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    const again = await runMain([
      'batch',
      input,
      '--out',
      join(dir, 'out', 'again.jsonl'),
      '--store',
      store,
      '--run',
      'before',
    ]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('store run: before');
    const s = await openStore(store);
    try {
      expect(await s.counts()).toMatchObject({ processings: 6, notes: 6 });
      const processed = (await s.events()).filter((e) => e.type === 'processed');
      expect(processed).toHaveLength(6);
      expect(new Set(processed.map((e) => e.noteId)).size).toBe(6);
    } finally {
      await s.close();
    }
  });

  it('export gives back the batch JSONL, line for line', async () => {
    const exported = join(dir, 'new-dir', 'exported.jsonl');
    const r = await runMain(['export', '--store', store, '--out', exported]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('exported 6 results');
    expect(statSync(exported).mode & 0o777).toBe(0o600);
    expect(byId(readFileSync(exported, 'utf8'))).toEqual(byId(readFileSync(out, 'utf8')));
  });

  it('review records accept and override with actor and reason; a bad review is one line, exit 2', async () => {
    const bad = await runMain(['review', 'n-0', '--override', '27295', '--store', store]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--reason');
    const unknown = await runMain(['review', 'n-999', '--accept', '--store', store]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/n-999.*no successful result/);
    const ok = await runMain([
      'review',
      'n-0',
      '--override',
      '27295',
      '--reason',
      'posterior only',
      '--actor',
      'coder-7',
      '--store',
      store,
    ]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      type: 'reviewed',
      actor: 'coder-7',
      reason: 'posterior only',
      data: { action: 'code-overridden', to: '27295' },
    });
    const shown = await runMain(['review', 'n-0', '--store', store]);
    expect(shown.status, shown.stderr).toBe(0);
    const history = JSON.parse(shown.stdout) as { events: Array<{ type: string }> };
    expect(history.events.map((e) => e.type)).toContain('reviewed');
  });

  it('batch --diff --store compares two runs in the store', async () => {
    const changed = join(dir, 'notes-changed.jsonl');
    // Note 3 loses its dictation: the new run records an error for it.
    writeNotes(changed, 6, (i, t) => (i === 3 ? ' ' : t));
    const r = await runMain([
      'batch',
      changed,
      '--out',
      join(dir, 'out', 'after.jsonl'),
      '--store',
      store,
      '--run',
      'after',
      '--quiet',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const diff = await runMain(['batch', '--diff', '--store', store, 'before', 'after', '--format', 'json']);
    expect(diff.status, diff.stderr).toBe(0);
    const lines = diff.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; status?: unknown });
    expect(lines).toEqual([
      expect.objectContaining({ id: 'n-3', status: { old: 'ok', new: 'error:input.empty' } }),
    ]);
    const missing = await runMain(['batch', '--diff', '--store', store, 'before', 'nope']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('run "nope" is not in the store');
  });

  it('names the flag when --store is malformed, before processing anything', async () => {
    const r = await runMain(['batch', input, '--out', join(dir, 'x.jsonl'), '--store', 'mysql://db']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^opnote: --store expects sqlite:<path> or postgres:/);
  });
});

describe('process, eval and serve with a PostgreSQL store', () => {
  const url = (): string => pgStoreUrl(schema);

  it('process --store --id keeps the result under the note id, without the transcript', async () => {
    const c = 'fixtures/a-27290-classic-formatted';
    // A child process: it must also exit once done (no pool left open).
    const r = runCli([
      'process',
      `${c}/transcript.txt`,
      '--claim',
      `${c}/claim.json`,
      '--store',
      url(),
      '--id',
      'p-1',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const s = await openStore(url());
    try {
      const p = await s.latest('p-1');
      expect(p).toMatchObject({
        status: 'ok',
        supportedCode: JSON.parse(r.stdout).code.supported,
        transcript: null,
      });
    } finally {
      await s.close();
    }
  });

  it('eval --store records every case', async () => {
    // Two cases keep it cheap: a case directory of copies.
    const cases = join(dir, 'cases');
    for (const name of ['a-27290-classic-formatted', 'a-27596-no-claim'])
      cpSync(join('fixtures', name), join(cases, name), { recursive: true });
    const r = await runMain(['eval', cases, '--store', url(), '--out', join(dir, 'eval')]);
    expect(r.status, r.stderr).toBe(0);
    const s = await openStore(url());
    try {
      expect((await s.latest('a-27290-classic-formatted'))?.status).toBe('ok');
    } finally {
      await s.close();
    }
  });

  it('POST /v1/notes records the note, and POST /v1/notes/{id}/review appends to the audit log (auth as today)', async () => {
    const s = await openStore(url());
    const server = await startServer({ store: s });
    try {
      const c = fixture('a-27596-no-claim');
      const res = await postNote(server.url, { ...c, id: 'srv-1' });
      expect(res.status).toBe(200);
      const review = (body: unknown, headers: Record<string, string> = AUTH) =>
        fetch(`${server.url}/v1/notes/srv-1/review`, {
          method: 'POST',
          headers: { ...headers, ...JSON_BODY },
          body: JSON.stringify(body),
        });
      expect((await review({ action: 'accept', actor: 'coder-1' }, {})).status).toBe(401);
      const accepted = await review({ action: 'accept', actor: 'coder-1' });
      expect(accepted.status).toBe(201);
      expect(await accepted.json()).toMatchObject({
        noteId: 'srv-1',
        type: 'reviewed',
        data: { action: 'accepted' },
      });
      expect((await review({ action: 'override', code: '27295', actor: 'coder-1' })).status).toBe(400);
      const none = await fetch(`${server.url}/v1/notes/nope/review`, {
        method: 'POST',
        headers: { ...AUTH, ...JSON_BODY },
        body: JSON.stringify({ action: 'accept', actor: 'x' }),
      });
      expect(none.status).toBe(404);
      expect((await s.events('srv-1')).map((e) => e.type)).toContain('reviewed');
    } finally {
      await server.close();
      await s.close();
    }
  });
});
