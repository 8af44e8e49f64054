import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from './support/batch-notes.ts';
import { ROOT } from './support/cli.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const dirs = tempDirs('opnote-omit-dev-');
afterAll(() => dirs.removeAll());

/** Package name of a bare specifier (`@scope/name/sub` -> `@scope/name`). */
const packageOf = (spec: string): string =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);

/** Every source file the shipped CLI can load (static and dynamic imports), and the packages they import. */
function runtimeGraph(entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  const IMPORT =
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3]) as string;
      if (spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else packages.add(packageOf(spec));
    }
  }
  return { files: [...seen], packages };
}

describe('the shipped CLI runs with production dependencies only (npm install --omit=dev)', () => {
  it('imports no devDependency and no test harness (eval replay reached msw)', () => {
    const { files, packages } = runtimeGraph(join(ROOT, 'bin/opnote.js'));
    expect([...packages].filter((p) => !(p in pkg.dependencies)).sort()).toEqual([]);
    expect(files.filter((f) => f.includes('/src/testing/'))).toEqual([]);
  });

  const CASE = 'a-27290-classic-formatted';
  /** A copy of the shipped files whose node_modules holds only what `npm install --omit=dev` installs. */
  function productionCopy(): string {
    const dir = dirs.make();
    for (const part of ['bin', 'src', 'prompts', 'package.json'])
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    cpSync(join(ROOT, 'fixtures', CASE), join(dir, 'cases', CASE), { recursive: true });
    // The lockfile's top-level packages not marked dev.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    for (const [path, meta] of Object.entries(lock.packages)) {
      if (!/^node_modules\/(?:@[^/]+\/)?[^/]+$/.test(path) || meta.dev) continue;
      if (!existsSync(join(ROOT, path))) continue;
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      symlinkSync(join(ROOT, path), join(dir, path));
    }
    return dir;
  }
  let dir = '';
  beforeAll(() => {
    dir = productionCopy();
  });
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'bin/opnote.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir },
      encoding: 'utf8',
    });

  it('the copy has no devDependency installed', () => {
    expect(existsSync(join(dir, 'node_modules/msw'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules/openai'))).toBe(true);
  });

  it('opnote process runs there', () => {
    const processed = run(['process', `cases/${CASE}/transcript.txt`]);
    expect({ status: processed.status, stderr: processed.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(processed.stdout).code.supported).toBe('27290');
  });

  it('opnote eval --extractor openai replays there (it reached msw, a devDependency)', () => {
    const replayed = run(['eval', 'cases', '--extractor', 'openai', '--out', 'out']);
    expect(replayed.stderr).not.toMatch(/internal error|Cannot find|ERR_MODULE_NOT_FOUND/);
    expect(replayed.status).toBe(0);
    const results = JSON.parse(readFileSync(join(dir, 'out/results.json'), 'utf8'));
    expect(results).toMatchObject({ suite: { mode: 'replay', extractor: 'openai' } });
    expect(results.cases).toHaveLength(1);
  });
});
