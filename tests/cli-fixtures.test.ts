import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../src/eval/fixtures.ts';
import type { ProcessResult } from '../src/pipeline/process.ts';
import { ROOT, runCli } from './support/cli.ts';
import { expectMatchesGold } from './support/gold.ts';

const cases = loadFixtures(`${ROOT}fixtures`);

describe('opnote process on every fixture (end to end, as a user runs it)', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: expected code, findings and facts', (_name, c) => {
    const args = ['process', c.transcriptPath, ...(c.claimPath ? ['--claim', c.claimPath] : [])];
    const run = runCli(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectMatchesGold(JSON.parse(run.stdout) as ProcessResult, c.expected);
  });
});
