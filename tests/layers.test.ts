import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layer arrow of the house rules: cli -> batch / eval / serve / store (and queue) -> pipeline ->
// extract / validate / render -> nlp -> schemas -> codes. Checked on the import statements themselves
// (static and dynamic), so a new import against the arrow fails here.

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Top folder under src/ of a file (`batch`, `pipeline`, ...), or `.` for src/errors.ts and the like. */
const topOf = (file: string): string => {
  const rel = relative(SRC, file);
  return rel.includes('/') ? (rel.split('/')[0] as string) : '.';
};

/** Every (from folder, to folder, file, specifier) of a relative import inside src/. */
function edges(): Array<{ from: string; to: string; file: string; spec: string }> {
  const found: Array<{ from: string; to: string; file: string; spec: string }> = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g;
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(pattern)) {
      const spec = m[1] as string;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC)) continue;
      found.push({ from: topOf(file), to: topOf(target), file: relative(SRC, file), spec });
    }
  }
  return found;
}

const RUNNERS = ['batch', 'eval', 'serve', 'queue'];
const TOP = ['cli', ...RUNNERS, 'store'];

describe('import direction (layers)', () => {
  const all = edges();

  it('reads the imports (the scan itself works)', () => {
    expect(all.some((e) => e.from === 'queue' && e.to === 'pipeline')).toBe(true);
    expect(all.some((e) => e.from === 'cli' && e.to === 'queue')).toBe(true); // a dynamic import
  });

  it('only the cli imports the cli', () => {
    expect(all.filter((e) => e.to === 'cli' && e.from !== 'cli')).toEqual([]);
  });

  it('batch, eval, serve and queue import none of each other, and the store none of them', () => {
    const across = all.filter(
      (e) => e.from !== e.to && RUNNERS.includes(e.to) && (RUNNERS.includes(e.from) || e.from === 'store'),
    );
    expect(across).toEqual([]);
  });

  it('the pipeline and everything below it import nothing above the pipeline', () => {
    const upward = all.filter((e) => !TOP.includes(e.from) && TOP.includes(e.to));
    expect(upward).toEqual([]);
  });
});
