import { keySectionKeys } from './drafts.ts';
import type { EvalResults, FormatOutcome } from './results.ts';
import { runTransformGate, sharedCaseNames } from './transform-gate.ts';

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

/** What got worse in one transform against the baseline, in words. */
function worseThan(t: FormatOutcome, cur: FormatCounts, was: FormatCounts): string[] {
  const worse: string[] = [];
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
  return worse;
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
  return runTransformGate(current.formats.transforms, sharedCaseNames(current, baseline), {
    baseline: baseline.formats?.transforms,
    noBaseline: 'the baseline has no format results (run it with --formats): reported, not gated',
    countsOver,
    worseThan,
    check: ({ transform: t, base, current: cur, baseline: was, ungroundedEvidence, worse }, shared) => {
      const changed = (o: FormatOutcome) => [...o.codeChanged, ...(o.keepsFacts ? o.routeChanged : [])];
      const before = new Set(base ? changed(base) : []);
      const newlyChanged = base
        ? [...new Set(changed(t))].filter((n) => shared.has(n) && !before.has(n))
        : [];
      return {
        id: t.id,
        keepsFacts: t.keepsFacts,
        current: cur,
        baseline: was,
        ungroundedEvidence,
        worse,
        newlyChanged,
      };
    },
  });
}
