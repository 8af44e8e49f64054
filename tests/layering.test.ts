import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house layering, one table for every folder under src/: `cli -> batch / eval / serve / queue ->
 * store -> pipeline (and the test harness) -> extract / validate / render -> nlp -> schemas /
 * knowledge -> codes / fs`. A folder may import from its own folder and from lower layers only; the
 * folders of one layer never import one another (extract, validate and render share contract types
 * through schemas/; batch, eval, serve and queue share what they need through the store and the
 * pipeline). Top-level modules (errors.ts, version.ts) are below everything. A new folder must be
 * placed here: the test fails on a folder it does not know.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['codes', 'fs'],
  ['schemas', 'knowledge'],
  ['nlp'],
  ['extract', 'validate', 'render'],
  ['pipeline', 'testing'],
  ['store'],
  ['batch', 'eval', 'serve', 'queue'],
  ['cli'],
];
/** Folders under src/ holding no TypeScript modules (the web app's plain files). */
const NOT_MODULES = new Set(['web']);
const rank = (folder: string): number | undefined => {
  const i = LAYERS.findIndex((l) => l.includes(folder));
  return i < 0 ? undefined : i;
};

const SRC = resolve(import.meta.dirname, '../src');
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Wrong-way imports of one module: `from -> to` for each relative import that breaks the layering. */
function wrongWayImports(file: string, source: string): string[] {
  const from = relative(SRC, file).split('/')[0] as string;
  const fromRank = rank(from);
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const target = relative(SRC, resolve(dirname(file), m[1] as string));
    const to = target.split('/')[0] as string;
    const toRank = rank(to);
    if (to === from || fromRank === undefined || toRank === undefined || target.startsWith('..')) continue;
    const upward = toRank > fromRank;
    const sibling = toRank === fromRank;
    if (upward || sibling) out.push(`${relative(SRC, file)} -> ${target}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('layering', () => {
  it('every folder under src/ has its place in the table', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !NOT_MODULES.has(e.name))
      .map((e) => e.name);
    expect(folders.filter((f) => rank(f) === undefined)).toEqual([]);
  });

  it('no module imports a higher layer or a folder of its own layer', () => {
    const wrong = sourceFiles(SRC).flatMap((f) => wrongWayImports(f, readFileSync(f, 'utf8')));
    expect(wrong).toEqual([]);
  });

  it('the check sees each kind of wrong-way import', () => {
    const at = (path: string) => join(SRC, path);
    expect(wrongWayImports(at('schemas/result.ts'), "import { x } from '../validate/findings.ts';")).toEqual([
      'schemas/result.ts -> validate/findings.ts',
    ]);
    expect(
      wrongWayImports(at('validate/level.ts'), "import type { L } from '../extract/labels.ts';"),
    ).toEqual(['validate/level.ts -> extract/labels.ts']);
    expect(
      wrongWayImports(at('render/render.ts'), "import { f } from '../validate/rules/index.ts';"),
    ).toEqual(['render/render.ts -> validate/rules/index.ts']);
    expect(wrongWayImports(at('codes/index.ts'), "export { y } from '../schemas/facts.ts';")).toEqual([
      'codes/index.ts -> schemas/facts.ts',
    ]);
    expect(wrongWayImports(at('queue/worker.ts'), "const b = await import('../batch/run.ts');")).toEqual([
      'queue/worker.ts -> batch/run.ts',
    ]);
    expect(wrongWayImports(at('store/open.ts'), "import type { S } from '../serve/server.ts';")).toEqual([
      'store/open.ts -> serve/server.ts',
    ]);
    expect(wrongWayImports(at('pipeline/process.ts'), "import '../cli/main.ts';")).toEqual([
      'pipeline/process.ts -> cli/main.ts',
    ]);
    // Allowed: downward and within a folder.
    expect(
      wrongWayImports(
        at('serve/jobs.ts'),
        "import { a } from '../store/open.ts';\nimport { b } from './pool.ts';\nimport { c } from '../schemas/facts.ts';",
      ),
    ).toEqual([]);
  });
});
