import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import { csvCell } from '../src/serve/export.ts';
import { identityOf } from '../src/store/identity.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/types.ts';
import { AUTH, type RunningServer, startServer } from './serve-helpers.ts';
import { seedNotes } from './support/batch-notes.ts';
import { runCliInProcess } from './support/cli.ts';

const extractor = createRulesExtractor();
const identity = identityOf(extractor);
const dir = mkdtempSync(join(tmpdir(), 'opnote-export-'));
const REASON = '=HYPERLINK("x"), per the surgeon';

describe('exports of reviewed notes and overrides', () => {
  let store: Store;
  let server: RunningServer;
  const transcripts = new Map<string, string>();
  beforeAll(async () => {
    store = await openStore(`sqlite:${join(dir, 'e.db')}`, { storeTranscripts: true });
    for (const [i, seed] of seedNotes().slice(0, 3).entries()) {
      const transcript = `${seed.transcript}\nRef ${i}.`;
      const { id: _id, ...result } = await processNote(
        { transcript, ...(seed.claim === undefined ? {} : { claim: seed.claim }) },
        { extractor },
      );
      transcripts.set(`e-${i}`, transcript);
      await store.record({ noteId: `e-${i}`, transcript, identity, outcome: { result }, actor: 'test' });
    }
    await store.review('e-0', { action: 'accept', actor: 'coder-1' });
    await store.review('e-1', { action: 'override', code: '27290', actor: 'coder-2', reason: REASON });
    server = await startServer({ store });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string) => fetch(`${server.url}${path}`, { headers: AUTH });

  it('CSV: one row per reviewed note with the final code, quoted, formulas defused', async () => {
    const res = await get('/v1/export/reviewed?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'noteId,route,claimedCode,supportedCode,finalCode,decision,actor,reason,reviewedAt,paymentDifference,findings',
    );
    expect(lines).toHaveLength(3);
    const e1 = lines.find((l) => l.startsWith('e-1,'));
    expect(e1).toContain(`,27290,overridden,coder-2,"'=HYPERLINK(""x""), per the surgeon",`);
    expect(lines.find((l) => l.startsWith('e-0,'))).toContain(',accepted,coder-1,,');
  });

  it('JSONL: the same rows as objects; bad format is 400', async () => {
    const rows = (await (await get('/v1/export/reviewed?format=jsonl')).text())
      .trimEnd()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { noteId: string; finalCode: string; decision: string; reason: string | null },
      );
    expect(rows.map((r) => [r.noteId, r.decision]).sort()).toEqual([
      ['e-0', 'accepted'],
      ['e-1', 'overridden'],
    ]);
    expect(rows.find((r) => r.noteId === 'e-1')).toMatchObject({ finalCode: '27290', reason: REASON });
    expect((await get('/v1/export/reviewed?format=xml')).status).toBe(400);
  });

  it('overrides: each a candidate eval case with the stored transcript and the coder’s code as gold', async () => {
    const lines = (await (await get('/v1/export/overrides')).text()).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const c = JSON.parse(lines[0] as string) as {
      name: string;
      transcript: string;
      expected: { code: string };
    };
    expect(c.name).toBe('override-e-1');
    expect(c.transcript).toBe(transcripts.get('e-1'));
    expect(c.expected.code).toBe('27290');
    expect((await fetch(`${server.url}/v1/export/overrides`)).status).toBe(401);
  });

  it('opnote export --reviewed csv|jsonl and --overrides write what the API serves, 0600', async () => {
    const db = `sqlite:${join(dir, 'e.db')}`;
    for (const [flags, path] of [
      [['--reviewed', 'csv'], '/v1/export/reviewed?format=csv'],
      [['--reviewed', 'jsonl'], '/v1/export/reviewed?format=jsonl'],
      [['--overrides'], '/v1/export/overrides'],
    ] as const) {
      const out = join(dir, `cli-${flags.join('-')}.out`);
      const run = await runCliInProcess(['export', '--store', db, ...flags, '--out', out]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/opnote: exported [12] /);
      expect(readFileSync(out, 'utf8')).toBe(await (await get(path)).text());
      expect(statSync(out).mode & 0o777).toBe(0o600);
    }
    const bad = await runCliInProcess([
      'export',
      '--store',
      db,
      '--reviewed',
      'xml',
      '--out',
      join(dir, 'x'),
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--reviewed expects csv or jsonl');
    const typo = join(dir, 'no-such-dir', 'e.db');
    const missing = await runCliInProcess([
      'export',
      '--store',
      `sqlite:${typo}`,
      '--reviewed',
      'csv',
      '--out',
      join(dir, 'y'),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no store at');
    expect(existsSync(typo)).toBe(false);
    expect(existsSync(join(dir, 'y'))).toBe(false);
    const both = await runCliInProcess([
      'export',
      '--store',
      db,
      '--reviewed',
      'csv',
      '--overrides',
      '--out',
      join(dir, 'x'),
    ]);
    expect(both.status).toBe(2);
  });

  it('csvCell quotes separators and defuses formula cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(-370.42)).toBe('-370.42');
    expect(csvCell(null)).toBe('');
  });
});
