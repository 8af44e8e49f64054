import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mkdirPrivate,
  openPrivate,
  writeFileAtomicPrivate,
  writeFilePrivate,
} from '../src/fs/private-files.ts';

const mode = (p: string) => statSync(p).mode & 0o777;

describe('private files (patient data at rest is owner-only under umask 022)', () => {
  const base = mkdtempSync(join(tmpdir(), 'opnote-private-'));
  it.each([
    ['writeFilePrivate', (p: string) => writeFilePrivate(p, 'x')],
    ['writeFileAtomicPrivate', (p: string) => writeFileAtomicPrivate(p, 'x')],
    ['openPrivate', (p: string) => openPrivate(p, 'a')],
  ])('%s creates 0600', (name, write) => {
    const path = join(base, `${name}.txt`);
    write(path);
    expect(mode(path)).toBe(0o600);
  });
  it('mkdirPrivate creates nested directories 0700', () => {
    const dir = join(base, 'a', 'b');
    mkdirPrivate(dir);
    expect([mode(join(base, 'a')), mode(dir)]).toEqual([0o700, 0o700]);
  });
});
