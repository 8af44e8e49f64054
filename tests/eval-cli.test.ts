import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { mutationPassed } from '../src/eval/mutate.ts';
import { parseResults } from '../src/eval/results.ts';
import { track } from './support/children.ts';
import { runCliInProcess } from './support/cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'opnote-eval-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `opnote ...` as a user does (bin/opnote.js on the project's Node), from the project root. */
function opnote(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      'node_modules/.bin/node',
      ['bin/opnote.js', ...args],
      { env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    track(child);
  });
}

/** The same `main` in-process: everything but the one run that checks the real binary. */
async function opnoteInProcess(args: string[]): Promise<Outcome> {
  const r = await runCliInProcess(args);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A few cases of different codes, for the runs that need a case set to change or mutate. */
function someCases(into: string, count = 6): string {
  const byCode = new Map<string, string>();
  for (const f of loadFixtures('fixtures'))
    if (f.expected.code !== null && !byCode.has(f.expected.code)) byCode.set(f.expected.code, f.name);
  for (const name of [...byCode.values()].slice(0, count))
    cpSync(join('fixtures', name), join(into, name), { recursive: true });
  return into;
}

describe('opnote eval', () => {
  const fixtures = loadFixtures('fixtures');
  const out = join(tmp, 'plain');
  const binOut = join(tmp, 'binary');
  let plain: Outcome;
  let binary: Outcome;

  beforeAll(async () => {
    // The default suite over every fixture, in this process (the same main the binary runs), and the
    // binary on the project's Node over a few cases, as a user runs it: a child over every fixture was
    // the most expensive start in the file for the same output path.
    [binary, plain] = await Promise.all([
      opnote(['eval', someCases(join(tmp, 'binary-cases')), '--out', binOut]),
      opnoteInProcess(['eval', '--out', out]),
    ]);
  });

  it.each([
    ['the default suite over every fixture (in-process)', () => ({ run: plain, dir: out })],
    ['the binary, on a few cases', () => ({ run: binary, dir: binOut })],
  ])('prints the metrics and writes results.json, report.html and summary.md: %s', (_name, which) => {
    const { run, dir } = which();
    expect(run.stderr).not.toContain('did not run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# opnote eval: suite rules (extractor rules, live)');
    for (const heading of [
      '## Metrics',
      'Supported-code accuracy',
      'Findings F1',
      '## Supported code: confusion matrix',
      '## By expected code',
      '## By element',
    ])
      expect(run.stdout).toContain(heading);
    expect(parseResults(readFileSync(join(dir, 'results.json'), 'utf8')).versions.knowledge).toMatch(
      /^[0-9a-f]{12}$/,
    );
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(run.stdout);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
    // The summary never carries transcript text: no quoted evidence, no decision reasons.
    expect(run.stdout).not.toContain('("');
  });

  it('the default suite is every fixture, and names itself in results.json', () => {
    const results = parseResults(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.cases.map((c) => c.name)).toEqual(fixtures.map((f) => f.name));
    expect(results.suite).toMatchObject({
      name: 'rules',
      extractor: 'rules',
      mode: 'live',
      dirs: ['fixtures'],
    });
  });

  it('reports the mutation kill rate with --mutate', async () => {
    // The mutation run over all fixtures is the CI gate's and eval-mutate.test.ts's; here, the wiring
    // (two cases: each case is read once per validator variant).
    const cases = someCases(join(tmp, 'mutate-cases'), 2);
    const mutated = await opnoteInProcess(['eval', cases, '--mutate', '--out', join(tmp, 'mutate')]);
    expect(mutated.stdout).toMatch(
      /## Mutation tests of the validator\n\nKill rate \d+\.\d% \(\d+\/\d+ variants killed/,
    );
    const results = parseResults(readFileSync(join(tmp, 'mutate', 'results.json'), 'utf8'));
    expect(results.mutation?.generated).toBeGreaterThan(results.cases.length);
    expect(results.mutation?.killed).toBeGreaterThan(0);
    const mutation = results.mutation;
    expect(mutated.code).toBe(mutation && mutationPassed(mutation) ? 0 : 1);
  });

  it('passes the gate against its own results', async () => {
    const baseline = join(tmp, 'self-baseline.json');
    cpSync(join(out, 'results.json'), baseline);
    const again = await opnoteInProcess(['eval', '--out', join(tmp, 'self-2'), '--baseline', baseline]);
    expect(again.stdout).toContain('## Gate: PASSED');
    expect(again.code).toBe(0);
  });

  it('fails the gate with exit 1 and names the case when a dictation loses its anatomy', async () => {
    const cases = someCases(join(tmp, 'cases'));
    const out = join(tmp, 'before');
    const before = await opnoteInProcess(['eval', cases, '--out', out]);
    expect(before.code).toBe(0);
    const baseline = parseResults(readFileSync(join(out, 'results.json'), 'utf8'));
    // A case decided right gets the dictation of a case with another code: its decision must change.
    const victim = baseline.cases.find((c) => c.codeCorrect && c.expectedCode !== null);
    const donor = baseline.cases.find((c) => c.codeCorrect && c.expectedCode !== victim?.expectedCode);
    if (!victim || !donor)
      throw new Error('the fixtures need two correctly decided cases with different codes');
    cpSync(join(cases, donor.name, 'transcript.txt'), join(cases, victim.name, 'transcript.txt'));

    const after = await opnoteInProcess([
      'eval',
      cases,
      '--out',
      join(tmp, 'after'),
      '--baseline',
      join(out, 'results.json'),
    ]);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('## Gate: FAILED');
    expect(after.stdout).toContain(`- \`${victim.name}\`: `);
    expect(after.stderr).toContain(`regressed cases: ${victim.name}`);
    expect(readFileSync(join(tmp, 'after', 'report.html'), 'utf8')).toContain('<ul id="regressed-cases">');
  });

  it.each([
    { name: 'unknown extractor', args: ['--extractor', 'nope'], message: 'unknown extractor "nope"' },
    { name: 'unknown suite', args: ['--suite', 'nope'], message: 'suite "nope" not found' },
    { name: 'missing baseline', args: ['--baseline', 'does/not/exist.json'], message: 'baseline not found' },
    { name: 'missing case directory', args: ['does-not-exist'], message: 'case directory not found' },
    { name: 'unknown option', args: ['--frobnicate'], message: "unknown option '--frobnicate'" },
  ])('exits 2 on bad usage: $name', async ({ args, message }) => {
    const r = await opnoteInProcess(['eval', '--out', join(tmp, 'bad'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(tmp, 'bad', 'results.json'))).toBe(false);
  });

  it('exits 2 on a baseline of another schema version, saying how to fix it', async () => {
    const old = join(tmp, 'old-baseline.json');
    writeFileSync(old, JSON.stringify({ schemaVersion: 0, cases: [] }));
    const r = await opnoteInProcess(['eval', '--out', join(tmp, 'bad2'), '--baseline', old]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("regenerate it with 'opnote eval --out <dir>'");
  });

  it('exits 2 on an invalid suite, naming the metrics a threshold may use', async () => {
    const suite = join(tmp, 'bad-suite.json');
    writeFileSync(suite, JSON.stringify({ name: 'x', thresholds: { accuracy: 0.1 } }));
    const r = await opnoteInProcess(['eval', '--suite', suite, '--out', join(tmp, 'bad3')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('thresholds may name: codeAccuracy');
  });
});
