import { keySectionKeys } from './drafts.ts';
import type { EvalResults, FormatOutcome } from './results.ts';

/** Counts of one transform over the cases both runs share. */
export interface FormatCounts {
  cases: number;
  sameCode: number;
  sameRoute: number;
  wrongCodesOutsideCoderReview: number;
  errored: number;
  /** Finding keys of the cases as written lost by their rewrites, and keys added (null: not measured). */
  findingsLost: number | null;
  findingsExtra: number | null;
  /** Draft gold items missed by the rewrites' drafts, and of them the key-section items (null: not measured). */
  draftMisses: number | null;
  draftKeyMisses: number | null;
}

/** One transform against the baseline. */
export interface FormatCheck {
  id: string;
  keepsFacts: boolean;
  current: FormatCounts;
  /** Null when the baseline did not run this transform (reported, not gated). */
  baseline: FormatCounts | null;
  /** Evidence that no longer slices the rewritten text (an absolute limit: none). */
  ungroundedEvidence: number;
  /** What got worse, in words; empty when the transform holds. */
  worse: string[];
  /** Cases that changed code (or route, where the transform keeps every fact) now but not in the baseline. */
  newlyChanged: string[];
}

export interface FormatGate {
  passed: boolean;
  checks: FormatCheck[];
  notes: string[];
}

function countsOver(t: FormatOutcome, shared: ReadonlySet<string>): FormatCounts {
  const inShared = (names: readonly string[]) => names.filter((n) => shared.has(n)).length;
  return {
    cases: shared.size,
    sameCode: shared.size - inShared(t.codeChanged),
    sameRoute: shared.size - inShared(t.routeChanged),
    wrongCodesOutsideCoderReview: inShared(t.wrongCodesOutsideCoderReview),
    errored: inShared(t.errored),
    findingsLost: t.findings ? inSharedLists(t.findings.lostByCase, shared) : null,
    findingsExtra: t.findings ? inSharedLists(t.findings.extraByCase, shared) : null,
    draftMisses: t.drafts ? inSharedLists(t.drafts.missesByCase, shared) : null,
    draftKeyMisses: t.drafts ? inSharedLists(t.drafts.missesByCase, shared, isKeyMiss) : null,
  };
}

const isKeyMiss = (miss: string): boolean => keySectionKeys.some((k) => miss.startsWith(`${k}: `));

/** How many listed items (of the cases in `shared`, kept by `keep`) a by-case record holds. */
function inSharedLists(
  byCase: Readonly<Record<string, readonly string[]>>,
  shared: ReadonlySet<string>,
  keep: (item: string) => boolean = () => true,
): number {
  return Object.entries(byCase)
    .filter(([name]) => shared.has(name))
    .reduce((n, [, items]) => n + items.filter(keep).length, 0);
}

/** A defect count that grew (both measured). */
const grew = (was: number | null, now: number | null): boolean => was !== null && now !== null && now > was;

/** The names of the cases both runs hold: the metamorphic gates compare only those. */
export function sharedCaseNames(current: EvalResults, baseline: EvalResults): Set<string> {
  const baseNames = new Set(baseline.cases.map((c) => c.name));
  return new Set(current.cases.map((c) => c.name).filter((n) => baseNames.has(n)));
}
/**
 * The format gate: per transform, over the cases both runs share, no fewer cases keeping their code
 * (and their route, where the transform keeps every fact) than the baseline, no more wrong codes outside
 * coder review or errors, where the transform keeps every fact no more finding keys lost or added and
 * no more draft gold items missed, and every piece of evidence an exact slice of the rewritten text. Undefined
 * when the current run has no format results. Pure.
 */
export function runFormatGate(current: EvalResults, baseline: EvalResults): FormatGate | undefined {
  if (!current.formats) return undefined;
  const notes: string[] = [];
  const shared = sharedCaseNames(current, baseline);
  const baseById = new Map((baseline.formats?.transforms ?? []).map((t) => [t.id, t]));
  if (!baseline.formats)
    notes.push('the baseline has no format results (run it with --formats): reported, not gated');
  const checks = current.formats.transforms.map((t): FormatCheck => {
    const base = baseById.get(t.id);
    const cur = countsOver(t, shared);
    const was = base ? countsOver(base, shared) : null;
    const worse: string[] = [];
    const ungroundedEvidence = t.evidence.total - t.evidence.exact;
    if (ungroundedEvidence > 0)
      worse.push(`${ungroundedEvidence} pieces of evidence do not slice the rewritten text`);
    if (was) {
      if (cur.sameCode < was.sameCode) worse.push(`same code ${was.sameCode} -> ${cur.sameCode}`);
      if (t.keepsFacts && cur.sameRoute < was.sameRoute)
        worse.push(`same route ${was.sameRoute} -> ${cur.sameRoute}`);
      if (cur.wrongCodesOutsideCoderReview > was.wrongCodesOutsideCoderReview)
        worse.push(
          `wrong codes outside coder review ${was.wrongCodesOutsideCoderReview} -> ${cur.wrongCodesOutsideCoderReview}`,
        );
      if (cur.errored > was.errored) worse.push(`errored ${was.errored} -> ${cur.errored}`);
      if (t.keepsFacts) {
        const defects = [
          ['findings lost', was.findingsLost, cur.findingsLost],
          ['findings added', was.findingsExtra, cur.findingsExtra],
          ['draft items missed', was.draftMisses, cur.draftMisses],
          ['draft key items missed', was.draftKeyMisses, cur.draftKeyMisses],
        ] as const;
        for (const [what, before, now] of defects)
          if (grew(before, now)) worse.push(`${what} ${before} -> ${now}`);
      }
    } else if (baseline.formats) notes.push(`transform ${t.id} is not in the baseline: reported, not gated`);
    const changed = (o: FormatOutcome) => [...o.codeChanged, ...(o.keepsFacts ? o.routeChanged : [])];
    const before = new Set(base ? changed(base) : []);
    const newlyChanged = base ? [...new Set(changed(t))].filter((n) => shared.has(n) && !before.has(n)) : [];
    return {
      id: t.id,
      keepsFacts: t.keepsFacts,
      current: cur,
      baseline: was,
      ungroundedEvidence,
      worse,
      newlyChanged,
    };
  });
  return { passed: checks.every((c) => c.worse.length === 0), checks, notes };
}
