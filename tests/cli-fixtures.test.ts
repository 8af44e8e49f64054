import { describe, expect, it } from 'vitest';
import { type FixtureCase, loadFixtures } from '../src/eval/fixtures.ts';
import type { ProcessResult } from '../src/pipeline/process.ts';
import { type CliRun, ROOT, runCli, runCliInProcess } from './support/cli.ts';
import { expectMatchesGold } from './support/gold.ts';

const cases = loadFixtures(`${ROOT}fixtures`);
const argsFor = (c: FixtureCase) => [
  'process',
  c.transcriptPath,
  ...(c.claimPath ? ['--claim', c.claimPath] : []),
];
const expectGold = (run: CliRun, c: FixtureCase) => {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expectMatchesGold(JSON.parse(run.stdout) as ProcessResult, c.expected);
};

/**
 * One case, with a claim, also runs as a real process as a user runs it: the binary's entry, its real
 * stdout and exit status. Every case, this one included, runs through the same `main` above; a child
 * per case would only add Node starts (the costliest part of this file on a busy machine).
 */
const asProcess = cases.filter((c) => c.claimPath).slice(0, 1);

describe('opnote process on every fixture (the CLI entry point, in-process)', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: expected code, findings and facts',
    async (_name, c) => {
      expectGold(await runCliInProcess(argsFor(c)), c);
    },
  );
});

describe('opnote process as a child process', () => {
  it('there is a case with a claim to run', () => {
    expect(asProcess).toHaveLength(1);
  });

  it.each(asProcess.map((c) => [c.name, c] as const))('%s: expected code, findings and facts', (_name, c) => {
    expectGold(runCli(argsFor(c)), c);
  });
});
