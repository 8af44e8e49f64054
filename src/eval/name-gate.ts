import { sharedCaseNames } from './format-gate.ts';
import type { EvalResults, NameOutcome } from './results.ts';

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

/**
 * The name gate: per transform, over the cases both runs share, no more violations (a code lost that did
 * not rest on a name, or a wrong code outside coder review), codes lost, wrong codes or errors than the baseline,
 * and every piece of evidence an exact slice of the rewritten text. Undefined when the current run has
 * no name results. Pure.
 */
export function runNameGate(current: EvalResults, baseline: EvalResults): NameGate | undefined {
  if (!current.names) return undefined;
  const notes: string[] = [];
  const shared = sharedCaseNames(current, baseline);
  const baseById = new Map((baseline.names?.transforms ?? []).map((t) => [t.id, t]));
  if (!baseline.names)
    notes.push('the baseline has no name results (run it with --mutate): reported, not gated');
  const checks = current.names.transforms.map((t): NameCheck => {
    const base = baseById.get(t.id);
    const cur = countsOver(t, shared);
    const was = base ? countsOver(base, shared) : null;
    const worse: string[] = [];
    const ungroundedEvidence = t.evidence.total - t.evidence.exact;
    if (ungroundedEvidence > 0)
      worse.push(`${ungroundedEvidence} pieces of evidence do not slice the rewritten text`);
    if (was) {
      if (cur.violations > was.violations) worse.push(`violations ${was.violations} -> ${cur.violations}`);
      if (cur.lost > was.lost) worse.push(`codes lost ${was.lost} -> ${cur.lost}`);
      if (cur.wrong > was.wrong) worse.push(`wrong codes outside coder review ${was.wrong} -> ${cur.wrong}`);
      if (cur.errored > was.errored) worse.push(`errored ${was.errored} -> ${cur.errored}`);
    } else if (baseline.names) notes.push(`transform ${t.id} is not in the baseline: reported, not gated`);
    const before = new Set(base?.violations ?? []);
    const newlyViolating = base ? t.violations.filter((n) => shared.has(n) && !before.has(n)) : [];
    if (was && newlyViolating.length > 0 && cur.violations <= was.violations)
      notes.push(`transform ${t.id}: new violations offset by fixed ones: ${newlyViolating.join(', ')}`);
    return { id: t.id, current: cur, baseline: was, ungroundedEvidence, worse, newlyViolating };
  });
  return { passed: checks.every((c) => c.worse.length === 0), checks, notes };
}
