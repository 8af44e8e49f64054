import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house layering: `cli -> batch / eval / serve / store -> pipeline -> extract / validate / render
 * -> nlp -> schemas -> codes`. A folder may import from its own folder and from lower layers only;
 * the three siblings extract, validate and render never import one another (shared contract types
 * live in schemas/). The folders of one middle tier (batch, eval, serve, store) may use each other.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['codes'],
  ['schemas'],
  ['nlp'],
  ['extract', 'validate', 'render'],
  ['pipeline'],
  ['batch', 'eval', 'serve', 'store'],
  ['cli'],
];
const SIBLINGS_MAY_IMPORT = new Set(['batch', 'eval', 'serve', 'store']);
const rank = (folder: string): number | undefined => {
  const i = LAYERS.findIndex((l) => l.includes(folder));
  return i < 0 ? undefined : i;
};

const SRC = resolve(import.meta.dirname, '../src');
const IMPORT_RE = /(?:\bfrom\s+|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

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
    const sibling = toRank === fromRank && !SIBLINGS_MAY_IMPORT.has(from);
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
  it('no module imports a higher layer or a sibling of extract / validate / render', () => {
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
    // Allowed: downward, within a folder, and between middle-tier siblings.
    expect(
      wrongWayImports(
        at('serve/jobs.ts'),
        "import { a } from '../store/open.ts';\nimport { b } from './pool.ts';\nimport { c } from '../schemas/facts.ts';",
      ),
    ).toEqual([]);
  });
});
