import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.ts';
import { fixture, postNote, type RunningServer, startServer } from './serve-helpers.ts';

describe('data at rest (serve)', () => {
  let server: RunningServer | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    server = undefined;
    dir = undefined;
  });

  it('what the service writes with --store (the SQLite file and its WAL) is readable by its owner only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'opnote-serve-store-'));
    const storeDir = join(dir, 'runs');
    const store = await openStore(`sqlite:${join(storeDir, 'opnote.db')}`);
    server = await startServer({ store });
    const res = await postNote(server.url, { ...fixture('a-27596-no-claim'), id: 'note-1' });
    expect(res.status).toBe(200);
    const files = readdirSync(storeDir);
    expect(files).toContain('opnote.db');
    expect(statSync(storeDir).mode & 0o777).toBe(0o700);
    for (const name of files) expect([name, statSync(join(storeDir, name)).mode & 0o077]).toEqual([name, 0]);
    await server.close();
    server = undefined;
    await store.close();
  });
});
