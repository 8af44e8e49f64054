import { expect } from 'vitest';
import { compareCase } from '../../src/eval/compare.ts';
import type { Expected } from '../../src/eval/fixtures.ts';
import type { ProcessResult } from '../../src/pipeline/process.ts';

/** Asserts a result matches a fixture's gold labels: code, no missing or unexpected findings, no wrong facts. */
export function expectMatchesGold(result: ProcessResult, expected: Expected): void {
  const cmp = compareCase(result, expected);
  expect({
    code: cmp.gotCode,
    missing: cmp.falseNegatives,
    unexpected: cmp.falsePositives,
    wrongFacts: cmp.factResults.filter((f) => !f.correct),
  }).toEqual({ code: expected.code, missing: [], unexpected: [], wrongFacts: [] });
}
