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

/** The first, middle and last case also run as a real process, as a user runs them. */
const asProcess = [...new Set([0, Math.floor(cases.length / 2), cases.length - 1])].flatMap((i) =>
  cases[i] ? [cases[i]] : [],
);

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

describe('opnote process as a child process, three cases', () => {
  it.each(asProcess.map((c) => [c.name, c] as const))('%s: expected code, findings and facts', (_name, c) => {
    expectGold(runCli(argsFor(c)), c);
  });
});
