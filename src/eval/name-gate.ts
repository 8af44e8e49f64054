import type { EvalResults, NameOutcome } from './results.ts';
import { runTransformGate, sharedCaseNames } from './transform-gate.ts';

/** Counts of one name transform: lost, wrong, violations and errors over the cases both runs share. */
export interface NameCounts {
  cases: number;
  kept: number;
  lost: number;
  wrong: number;
  violations: number;
  errored: number;
}

/** One name transform against the baseline. */
export interface NameCheck {
  id: string;
  current: NameCounts;
  /** Null when the baseline did not run this transform (reported, not gated). */
  baseline: NameCounts | null;
  /** Evidence that no longer slices the rewritten text (an absolute limit: none). */
  ungroundedEvidence: number;
  /** What got worse, in words; empty when the transform holds. */
  worse: string[];
  /** Cases that violate the invariant now but not in the baseline. */
  newlyViolating: string[];
}

export interface NameGate {
  passed: boolean;
  checks: NameCheck[];
  notes: string[];
}

function countsOver(t: NameOutcome, shared: ReadonlySet<string>): NameCounts {
  const inShared = (names: readonly string[]) => names.filter((n) => shared.has(n)).length;
  return {
    // Cases and kept over the whole run (they are reported, not gated).
    cases: t.cases,
    kept: t.kept,
    lost: inShared(t.lost),
    wrong: inShared(t.wrong),
    violations: inShared(t.violations),
    errored: inShared(t.errored),
  };
}

/** The counts the name gate holds to the baseline's (none may grow), with their words. */
const gatedCounts = [
  ['violations', 'violations'],
  ['lost', 'codes lost'],
  ['wrong', 'wrong codes outside coder review'],
  ['errored', 'errored'],
] as const satisfies readonly (readonly [keyof NameCounts, string])[];

/**
 * The name gate: per transform, over the cases both runs share, no more violations (a code lost that did
 * not rest on a name, or a wrong code outside coder review), codes lost, wrong codes or errors than the baseline,
 * and every piece of evidence an exact slice of the rewritten text. Undefined when the current run has
 * no name results. Pure.
 */
export function runNameGate(current: EvalResults, baseline: EvalResults): NameGate | undefined {
  if (!current.names) return undefined;
  return runTransformGate(current.names.transforms, sharedCaseNames(current, baseline), {
    baseline: baseline.names?.transforms,
    noBaseline: 'the baseline has no name results (run it with --mutate): reported, not gated',
    countsOver,
    worseThan: (_t, cur, was) =>
      gatedCounts
        .filter(([key]) => cur[key] > was[key])
        .map(([key, what]) => `${what} ${was[key]} -> ${cur[key]}`),
    check: (
      { transform: t, base, current: cur, baseline: was, ungroundedEvidence, worse },
      shared,
      notes,
    ) => {
      const before = new Set(base?.violations ?? []);
      const newlyViolating = base ? t.violations.filter((n) => shared.has(n) && !before.has(n)) : [];
      if (was && newlyViolating.length > 0 && cur.violations <= was.violations)
        notes.push(`transform ${t.id}: new violations offset by fixed ones: ${newlyViolating.join(', ')}`);
      return { id: t.id, current: cur, baseline: was, ungroundedEvidence, worse, newlyViolating };
    },
  });
}
