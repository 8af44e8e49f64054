import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumCheck } from './support/browser.ts';
import { spawnTracked } from './support/children.ts';
import { ROOT, runCliInProcess } from './support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'opnote-new-user-'));
const FIXTURES = `${ROOT}fixtures`;

/** Starts the CLI with stdout piped and closes the reading end at once, as `| head -0` does. */
function runWithClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(process.execPath, [`${ROOT}bin/opnote.js`, ...args], {
      cwd: ROOT,
      env: { ...process.env, OPENAI_API_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.destroy();
    const err: Buffer[] = [];
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Two batch results files whose every note changed code: a long `--diff`. */
function diffInputs(): [string, string] {
  const line = (id: string, supported: string) =>
    JSON.stringify({ id, code: { supported }, findings: [{ id: 'doc.missing', element: 'margins' }] });
  const ids = Array.from({ length: 5000 }, (_, i) => `note-${i}`);
  const before = join(dir, 'before.jsonl');
  const after = join(dir, 'after.jsonl');
  writeFileSync(before, `${ids.map((id) => line(id, '27290')).join('\n')}\n`);
  writeFileSync(after, `${ids.map((id) => line(id, '27295')).join('\n')}\n`);
  return [before, after];
}

describe('a closed stdout pipe ends any command quietly', () => {
  it.each([
    ['batch --diff a b | head -1 (was an EPIPE stack trace)', () => ['batch', '--diff', ...diffInputs()]],
    ['codes --format json | head -1', () => ['codes', '--format', 'json']],
  ])('%s', async (_name, args) => {
    const run = await runWithClosedStdout(args());
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at |Error/);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('opnote with no command', () => {
  it('prints the help to stdout, not stderr', async () => {
    const run = await runCliInProcess([]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: opnote /);
    expect(run.stdout).toContain('process');
    expect(run.status).toBe(0);
  });
});

describe('eval case files', () => {
  const caseDir = (name: string, expected: unknown) => {
    const root = join(dir, `cases-${name}`);
    mkdirSync(root);
    cpSync(`${FIXTURES}/a-27290-classic-formatted`, join(root, 'one'), { recursive: true });
    writeFileSync(join(root, 'one', 'expected.json'), JSON.stringify(expected));
    return root;
  };
  const expected = JSON.parse(readFileSync(`${FIXTURES}/a-27290-classic-formatted/expected.json`, 'utf8'));

  it('"facts": {"laterality": null} means not documented (was internal error (ZodError))', async () => {
    // The fixture documents its side, so null ("not documented") must be scored wrong; an
    // element the note does not mention (here: the co-surgeon) scores right.
    const root = caseDir('null', { ...expected, facts: { laterality: null, coSurgeon: null } });
    const out = join(dir, 'out-null');
    const run = await runCliInProcess(['eval', root, '--out', out]);
    expect(run.stderr).not.toMatch(/internal error|did not run/);
    const [record] = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).cases;
    expect(record.facts).toEqual([
      expect.objectContaining({
        element: 'laterality',
        expected: 'not_documented',
        got: 'documented',
        correct: false,
      }),
      expect.objectContaining({
        element: 'coSurgeon',
        expected: 'not_documented',
        got: 'not_documented',
        correct: true,
      }),
    ]);
  });

  it('a malformed expected.json is one line naming the file and the field, exit 2', async () => {
    const root = caseDir('bad', { ...expected, facts: { laterality: 3 } });
    const run = await runCliInProcess(['eval', root, '--out', join(dir, 'out-bad')]);
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^opnote: case file .*cases-bad\/one\/expected\.json is invalid: facts\.laterality: /,
    );
    expect(run.stderr).not.toMatch(/ZodError|internal error/);
  });

  it('an expected.json that is not JSON is one line naming the file, exit 2', async () => {
    const root = caseDir('json', {});
    writeFileSync(join(root, 'one', 'expected.json'), '{"code": "27290",');
    const run = await runCliInProcess(['eval', root, '--out', join(dir, 'out-json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^opnote: case file .*expected\.json is not valid JSON[^\n]*\n$/);
  });

  it('eval writes report.html, results.json and summary.md owner-only (they quote transcripts)', async () => {
    const out = join(dir, 'out-private');
    await runCliInProcess(['eval', caseDir('private', expected), '--out', out]);
    const { statSync } = await import('node:fs');
    expect(statSync(out).mode & 0o777).toBe(0o700);
    for (const name of ['report.html', 'results.json', 'summary.md'])
      expect(statSync(join(out, name)).mode & 0o777, name).toBe(0o600);
  });
});

/** Node binaries below 24 on this machine's PATH (the system Node, typically), outside the project. */
function oldNodes(): string[] {
  const found = new Set<string>();
  for (const d of (process.env.PATH ?? '').split(delimiter)) {
    const bin = join(d, 'node');
    if (!d || d.includes('node_modules') || !existsSync(bin)) continue;
    try {
      const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
      if (Number(version.slice(1).split('.')[0]) < 24) found.add(bin);
    } catch {}
  }
  return [...found];
}

describe('an old Node', () => {
  // A Node below 24 as seen by the scripts: the real one when the machine has it, and always this
  // Node claiming to be 20 (so the check runs everywhere).
  const pretend20 =
    'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.0.0"});Object.defineProperty(process,"version",{value:"v20.0.0"})';
  const runners: Array<[string, string[]]> = [
    ['this Node claiming v20', [process.execPath, '--import', pretend20]],
    ...oldNodes().map((bin): [string, string[]] => [bin, [bin]]),
  ];

  it.each(runners)('bin/opnote.js on %s exits 2 with the clear message', (_name, [bin, ...pre]) => {
    const r = spawnSync(bin as string, [...pre, `${ROOT}bin/opnote.js`, 'codes'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^opnote: needs Node 24 or later \(this is v\d+[.\d]*\); run 'npm install'[^\n]*\n$/,
    );
    expect(r.status).toBe(2);
  });

  it.each(runners)(
    'npm test and npm start (scripts/check-node.js) on %s fail fast with the clear message',
    (_n, [bin, ...pre]) => {
      const r = spawnSync(bin as string, [...pre, `${ROOT}scripts/check-node.js`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.stderr).toMatch(/^opnote needs Node 24 or later; this is v\d/);
      expect(r.status).toBe(1);
    },
  );
});

describe('npm test on a fresh machine', () => {
  // The policy tests/eval-report.test.ts applies (a nested vitest run to watch it was too slow).
  const missing = join(dir, 'no-such-chromium');

  it('without a browser, the report render check is skipped with its reason, not failed (was a failure)', () => {
    const check = chromiumCheck({ OPNOTE_CHROMIUM: missing });
    expect(check).toMatchObject({ run: false, required: false, path: missing });
    expect(check.run === false && check.reason).toMatch(
      /no-such-chromium is missing: install it \(apt-get install -y chromium\)/,
    );
  });

  it('in CI or with OPNOTE_REQUIRE_BROWSER=1 a missing browser fails the check', () => {
    expect(chromiumCheck({ OPNOTE_CHROMIUM: missing, CI: 'true' })).toMatchObject({
      run: false,
      required: true,
    });
    expect(chromiumCheck({ OPNOTE_CHROMIUM: missing, OPNOTE_REQUIRE_BROWSER: '1' })).toMatchObject({
      run: false,
      required: true,
    });
  });

  it('a browser that is there runs the check', () => {
    expect(chromiumCheck({ OPNOTE_CHROMIUM: process.execPath, CI: 'true' })).toEqual({
      run: true,
      path: process.execPath,
    });
  });
});
