import type { FeatureKey } from '../codes/features.ts';
import type { Evidence } from './facts.ts';

/**
 * The level decision's contract types: what the validator decides about the code and why (its zod
 * schema is `codeDecisionSchema` in ./result.ts), and the stated procedure names it reads.
 */

/**
 * A procedure name stated in the note that the code knowledge lists (found by `src/extract/labels.ts`).
 * `section` is the nlp section kind the name sits in (a title or addendum states the procedure).
 */
export interface LabelMention {
  code: string;
  /** Length of the matched name: longer names are more specific. */
  length: number;
  evidence: Evidence;
  section: string;
}

/** Procedure names that overlap where they sit, as one name: the codes it points at and its first mention. */
export interface NamePlace<T> {
  codes: Set<string>;
  first: T;
  start: number;
  end: number;
}

/**
 * Procedure names grouped where they sit: one name may point at several codes ("internal
 * hemipelvectomy": 27075, 27076 and 27077). In the given order, each mention joins the first group whose
 * place its own overlaps, else opens one. A group's place is its first mention's, or with `grow` the
 * hull of its members' places.
 */
export function groupNamePlaces<T extends { code: string }>(
  mentions: readonly T[],
  placeOf: (mention: T) => { start: number; end: number },
  grow = false,
): Array<NamePlace<T>> {
  const groups: Array<NamePlace<T>> = [];
  for (const m of mentions) {
    const { start, end } = placeOf(m);
    const overlapping = groups.find((g) => start < g.end && g.start < end);
    if (!overlapping) {
      groups.push({ codes: new Set([m.code]), first: m, start, end });
      continue;
    }
    overlapping.codes.add(m.code);
    if (grow) {
      overlapping.start = Math.min(overlapping.start, start);
      overlapping.end = Math.max(overlapping.end, end);
    }
  }
  return groups;
}

/**
 * How one deciding cue fared against the extracted anatomy: it holds, the note says nothing that
 * decides it (`unknown`: the fact is not mentioned), or the note contradicts it (`contradicted`).
 */
export type CueState = 'holds' | 'unknown' | 'contradicted';

/** How one deciding cue fared against the extracted anatomy. */
export interface CueResult {
  feature: FeatureKey;
  expectation: string;
  holds: boolean;
  state: CueState;
  evidence: Evidence[];
}

export interface Candidate {
  code: string;
  descriptor: string;
  /** True when every cue holds (anatomy) or, lacking anatomy, the procedure name points here without contradiction (label). */
  supported: boolean;
  /** True when the evidence cannot split this code from the other standing candidates (see `ambiguity`). */
  standing: boolean;
  cues: CueResult[];
  /** One sentence: why this code is or is not supported. */
  why: string;
  /** The same reason without transcript quotes (for finding messages, which must not carry note text). */
  summary: string;
}

/** Why the decision is left open: which codes still stand and which documented fact would split them. */
export interface Ambiguity {
  /**
   * `missing-fact`: neighbours differ only in facts the note does not state (e.g. tumor size);
   * `tie`: several codes are fully documented and neither is a more specific form of the other.
   */
  kind: 'missing-fact' | 'tie';
  codes: string[];
  /** Features whose documentation would decide (empty for a tie: the surgeon must say which procedure was done). */
  missing: FeatureKey[];
  /** The same in words, without transcript quotes. */
  summary: string;
}

/** A procedure name in the performed sections that names another code than the anatomy supports. */
export interface LabelConflict {
  /** The code the name points at. */
  code: string;
  evidence: Evidence;
  /**
   * The note states anatomy that rules the named code out (a cue of it is contradicted), so the reading
   * is confident; otherwise the description merely does not show the name's anatomy, and the name may
   * be right where the reading missed something.
   */
  refuted: boolean;
  /** Without transcript quotes. */
  summary: string;
}

export interface CodeDecision {
  claimed: string | null;
  supported: string | null;
  /** What the supported code rests on: the anatomy, only a procedure name, or nothing. */
  basis: 'anatomy' | 'label' | 'none';
  candidates: Candidate[];
  reasons: string[];
  /**
   * Set when the evidence cannot split neighbours. For a missing fact, `supported` is null and the
   * candidates stand; for a tie, `supported` is the tie-break's pick and the reasons say so.
   */
  ambiguity: Ambiguity | null;
  /** Stated procedure names the described anatomy contradicts, whichever won. */
  labelConflicts: LabelConflict[];
}
