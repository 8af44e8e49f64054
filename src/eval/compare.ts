import type { ProcessResult } from '../pipeline/process.ts';
import { findingKey } from '../schemas/findings.ts';
import { type Expected, NOT_DOCUMENTED } from './fixtures.ts';

/** Expected fact words that name a status, not a value; `not_documented` is "not mentioned or negated". */
export const STATUS_WORDS: ReadonlySet<string> = new Set([
  'documented',
  'negated',
  'not_mentioned',
  NOT_DOCUMENTED,
]);

const statusAs = (want: string, status: string): string =>
  want === NOT_DOCUMENTED && status !== 'documented' ? NOT_DOCUMENTED : status;

export interface CaseComparison {
  codeCorrect: boolean;
  expectedCode: string | null;
  gotCode: string | null;
  /** Null when the case has no route gold. */
  routeCorrect: boolean | null;
  expectedRoute: string | null;
  gotRoute: string;
  truePositives: string[];
  falseNegatives: string[];
  falsePositives: string[];
  factResults: Array<{ element: string; expected: string; got: string; correct: boolean }>;
}

const matches = (pattern: string, key: string): boolean =>
  pattern.endsWith(':*') ? key.startsWith(pattern.slice(0, -1)) : pattern === key;

/** Whether a finding key (`id` or `id:element`) matches a label pattern (exact, or `id:*`). */
export const matchesFinding = matches;

/** Compares a result with gold labels: error and warning findings only, `allowedFindings` never count against. */
export function compareCase(result: ProcessResult, expected: Expected): CaseComparison {
  const got = [...new Set(result.findings.filter((f) => f.severity !== 'info').map(findingKey))];
  const truePositives = expected.findings.filter((e) => got.some((g) => matches(e, g)));
  const falseNegatives = expected.findings.filter((e) => !got.some((g) => matches(e, g)));
  const falsePositives = got.filter(
    (g) =>
      !expected.findings.some((e) => matches(e, g)) && !expected.allowedFindings.some((a) => matches(a, g)),
  );
  const facts = { ...result.anatomy, ...result.facts } as Record<
    string,
    { status: string; value?: unknown } | undefined
  >;
  const factResults = Object.entries(expected.facts).map(([element, want]) => {
    const fact = facts[element];
    const isStatus = STATUS_WORDS.has(want);
    const gotValue = fact
      ? isStatus
        ? statusAs(want, fact.status)
        : String(fact.value ?? `(${fact.status})`)
      : '(absent)';
    return { element, expected: want, got: gotValue, correct: gotValue === want };
  });
  return {
    codeCorrect: expected.code === result.code.supported,
    expectedCode: expected.code,
    gotCode: result.code.supported,
    routeCorrect: expected.route === undefined ? null : expected.route === result.route.decision,
    expectedRoute: expected.route ?? null,
    gotRoute: result.route.decision,
    truePositives,
    falseNegatives,
    falsePositives,
    factResults,
  };
}
