import { describe, expect, it } from 'vitest';
import { compareCase } from '../src/eval/compare.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import type { ProcessResult } from '../src/pipeline/process.ts';
import { ROOT, runCli } from './support/cli.ts';

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
    const result = JSON.parse(run.stdout) as ProcessResult;
    const cmp = compareCase(result, c.expected);
    expect({
      code: cmp.gotCode,
      missing: cmp.falseNegatives,
      unexpected: cmp.falsePositives,
      wrongFacts: cmp.factResults.filter((f) => !f.correct),
    }).toEqual({ code: c.expected.code, missing: [], unexpected: [], wrongFacts: [] });
  });
});
