import type { EvalResults } from './results.ts';

/** The names of the cases both runs hold: the metamorphic gates compare only those. */
export function sharedCaseNames(current: EvalResults, baseline: EvalResults): Set<string> {
  const baseNames = new Set(baseline.cases.map((c) => c.name));
  return new Set(current.cases.map((c) => c.name).filter((n) => baseNames.has(n)));
}

/** What every metamorphic gate reads of one transform's outcome. */
export interface GatedTransform {
  id: string;
  evidence: { total: number; exact: number };
}

/** One transform measured against its baseline, for a gate to turn into its check. */
export interface Measured<T, Counts> {
  transform: T;
  /** The same transform in the baseline, if the baseline ran it. */
  base: T | undefined;
  current: Counts;
  /** Null when the baseline did not run this transform (reported, not gated). */
  baseline: Counts | null;
  /** Evidence that no longer slices the rewritten text (an absolute limit: none). */
  ungroundedEvidence: number;
  /** What got worse, in words; empty when the transform holds. */
  worse: string[];
}

/** The parts of a metamorphic gate that differ by kind (name transforms, format transforms). */
export interface TransformGateSpec<T extends GatedTransform, Counts, Check extends { worse: string[] }> {
  /** The baseline's transforms of this kind; undefined when the baseline did not run it. */
  baseline: readonly T[] | undefined;
  /** The note when the baseline did not run this kind. */
  noBaseline: string;
  /** One transform's counts over the cases both runs share. */
  countsOver: (t: T, shared: ReadonlySet<string>) => Counts;
  /** What got worse between two measured counts, in words. */
  worseThan: (t: T, current: Counts, baseline: Counts) => string[];
  /** The check reported for one transform; it may add notes. */
  check: (m: Measured<T, Counts>, shared: ReadonlySet<string>, notes: string[]) => Check;
}

/**
 * The skeleton both metamorphic gates share: per transform of the current run, its counts over the
 * shared cases against the baseline's (a transform or a kind the baseline lacks is reported, not gated),
 * and any evidence that does not slice the rewritten text. Passes when no check got worse. Pure.
 */
export function runTransformGate<T extends GatedTransform, Counts, Check extends { worse: string[] }>(
  current: readonly T[],
  shared: ReadonlySet<string>,
  spec: TransformGateSpec<T, Counts, Check>,
): { passed: boolean; checks: Check[]; notes: string[] } {
  const notes: string[] = [];
  const baseById = new Map((spec.baseline ?? []).map((t) => [t.id, t]));
  if (!spec.baseline) notes.push(spec.noBaseline);
  const checks = current.map((t): Check => {
    const base = baseById.get(t.id);
    const cur = spec.countsOver(t, shared);
    const was = base ? spec.countsOver(base, shared) : null;
    const worse: string[] = [];
    const ungroundedEvidence = t.evidence.total - t.evidence.exact;
    if (ungroundedEvidence > 0)
      worse.push(`${ungroundedEvidence} pieces of evidence do not slice the rewritten text`);
    if (was) worse.push(...spec.worseThan(t, cur, was));
    else if (spec.baseline) notes.push(`transform ${t.id} is not in the baseline: reported, not gated`);
    const measured = { transform: t, base, current: cur, baseline: was, ungroundedEvidence, worse };
    return spec.check(measured, shared, notes);
  });
  return { passed: checks.every((c) => c.worse.length === 0), checks, notes };
}
