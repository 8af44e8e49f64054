import type { FeatureKey } from '../codes/features.ts';
import type { CodeDecision } from '../schemas/decision.ts';
import type { Evidence, Fact, NoteContext } from '../schemas/facts.ts';
import {
  type FactSignal,
  type Finding,
  findingKey,
  type NoteSignal,
  type RouteDecision,
  routeDecisions,
  type UncertaintySignal,
} from '../schemas/findings.ts';
import { ruleFor } from './rules/index.ts';

/** Why a note takes its route: the finding or the piece of evidence that sends it there. */
export interface RouteReason {
  decision: RouteDecision;
  /** The finding (`id` or `id:element`) behind this reason, when a finding is. */
  finding?: string;
  /** The extraction-uncertainty signal behind this reason (see `uncertaintySignals`), when one is. */
  signal?: UncertaintySignal;
  /** The deciding feature the signal concerns. */
  feature?: FeatureKey;
  evidence: Evidence[];
  /** One sentence, without transcript quotes. */
  message: string;
}

/** Where the note goes next, and why. */
export interface Route {
  decision: RouteDecision;
  reasons: RouteReason[];
}

/**
 * Uncertainty signals over the whole note: each sends the note to its route when it holds, with the
 * note-level rule's cue as evidence. A new signal registers here with its test and message.
 */
export const noteSignals = {
  /**
   * The text describes an operation in general (a textbook, an atlas) or several patients (a series),
   * not one patient's index operation (src/nlp/note-context.ts): the code its described anatomy
   * supports is never to be billed as-is.
   */
  'note.generic': {
    route: 'coder-review',
    test: (input: RouteInput) => input.generic,
    message: (note: NoteContext) =>
      `The text describes an operation in general or several patients (note-level rule ${note.rule}), not one patient's index operation: the code is what the described anatomy supports, not a claim to bill as-is.`,
  },
} as const satisfies Record<
  NoteSignal,
  {
    route: RouteDecision;
    test: (input: RouteInput) => NoteContext | undefined;
    message: (note: NoteContext) => string;
  }
>;

/**
 * Extraction-uncertainty signals over the facts the supported code rests on: each sends the note to
 * its route when it holds for a deciding fact. A new signal registers here with its test and message.
 */
export const uncertaintySignals = {
  /** The extractor inferred the fact by a rule rather than reading it stated (`fact.inferred`). */
  'fact.inferred': {
    route: 'coder-review',
    // An inference the stated procedure name agrees with (a femur transected, the specimen the limb,
    // "Procedure: AKA") rests on two independent statements: not uncertain.
    corroboratedByName: true,
    test: (fact: Fact) => inferredOf(fact) !== undefined,
    message: (feature: string, fact: Fact) =>
      `The deciding fact "${feature}" is inferred (${inferredOf(fact)?.rule ?? 'a rule'}), not stated.`,
  },
  /**
   * The fact is affirmed, and its evidence also holds an explicit denial of it ("the femur was
   * transected" and "the femur was not re-cut"), or the note states its value two ways (an autograft
   * in the procedure list, an allograft in the implant record): which one is true is for the coder to read.
   */
  'fact.conflicting': {
    route: 'coder-review',
    corroboratedByName: false,
    test: (fact: Fact) =>
      fact.status === 'documented' &&
      (fact.evidence.some((e) => e.context?.category === 'negated') || (fact.conflicting?.length ?? 0) > 0),
    message: (feature: string) =>
      `The deciding fact "${feature}" is both affirmed and explicitly denied in the note.`,
  },
  /** A quote was aligned to the transcript only by a fuzzy match (LLM extractors). */
  'evidence.fuzzy': {
    route: 'coder-review',
    corroboratedByName: false,
    test: (fact: Fact) => fact.evidence.some((e) => matchOf(e) === 'fuzzy'),
    message: (feature: string) =>
      `The evidence for the deciding fact "${feature}" matches the transcript only approximately.`,
  },
} as const satisfies Record<
  FactSignal,
  {
    route: RouteDecision;
    /** Whether a stated procedure name for the decided code lifts the doubt. */
    corroboratedByName: boolean;
    test: (fact: Fact) => boolean;
    message: (feature: string, fact: Fact) => string;
  }
>;

/** The inference mark an extractor puts on a fact: which rule inferred it and why. */
const inferredOf = (fact: Fact): Fact['inferred'] => fact.inferred;

const matchOf = (e: Evidence): Evidence['match'] => e.match;

export interface RouteInput {
  transcript: string;
  decision: CodeDecision;
  findings: readonly Finding[];
  features: Record<FeatureKey, Fact>;
  /**
   * The code the level decision supports without one feature (as if not mentioned). With it, an
   * uncertainty signal counts only for a fact that decides (the code changes without it). Default:
   * every fact behind a holding cue counts.
   */
  supportedWithout?: (feature: FeatureKey) => string | null;
  /**
   * The code whose documentation was checked (`checkedCode`: a claimed code the confident reading rules
   * out is not checked at all). When it is still a claimed code other than the supported one (a reading
   * resting on a procedure name, or a tie the claimed code stands in), its documentation gaps are moot
   * once the claim is fixed: they route as fix-claim.
   */
  checked?: string | null;
  /** Codes that procedure names stated in the note point at (see `findProcedureLabels`). Default: none. */
  namedCodes?: readonly string[];
  /** Set when the whole text is generic (src/nlp/note-context.ts). Default: none. */
  generic?: NoteContext;
}

const caution = (d: RouteDecision): number => routeDecisions.indexOf(d);

function findingReason(f: Finding, input: RouteInput): RouteReason | undefined {
  const def = ruleFor(f.id);
  if (!def) return undefined;
  if (def.routesAt && !def.routesAt.includes(f.severity)) return undefined;
  const mootGap =
    f.id === 'doc.missing' &&
    input.decision.supported !== null &&
    input.checked !== undefined &&
    input.checked !== null &&
    input.checked !== input.decision.supported;
  return {
    decision: mootGap ? 'fix-claim' : def.route,
    finding: findingKey(f),
    evidence: f.evidence.slice(0, 2),
    message: mootGap
      ? `${f.message} The claimed code is not the one the anatomy supports, so this gap is moot once the claim is fixed.`
      : f.message,
  };
}

/** The deciding facts of the supported code: features of its positive cues that hold. */
function decidingFacts(input: RouteInput): Array<{ feature: FeatureKey; fact: Fact }> {
  const candidate = input.decision.candidates.find((c) => c.supported);
  if (!candidate) return [];
  return candidate.cues
    .filter((c) => c.holds && c.evidence.length > 0)
    .map((c) => ({ feature: c.feature, fact: input.features[c.feature] }));
}

function signalReasons(input: RouteInput): RouteReason[] {
  const out: RouteReason[] = [];
  const named =
    input.decision.supported !== null && (input.namedCodes ?? []).includes(input.decision.supported);
  const decides = (feature: FeatureKey): boolean =>
    input.supportedWithout === undefined || input.supportedWithout(feature) !== input.decision.supported;
  for (const { feature, fact } of decidingFacts(input)) {
    for (const [signal, def] of Object.entries(uncertaintySignals) as Array<
      [FactSignal, (typeof uncertaintySignals)[FactSignal]]
    >) {
      if (!def.test(fact) || !decides(feature)) continue;
      if (def.corroboratedByName && named) continue;
      out.push({
        decision: def.route,
        signal,
        feature,
        evidence: fact.evidence.slice(0, 2),
        message: def.message(feature, fact),
      });
    }
  }
  return out;
}

function noteReasons(input: RouteInput): RouteReason[] {
  return (Object.entries(noteSignals) as Array<[NoteSignal, (typeof noteSignals)[NoteSignal]]>).flatMap(
    ([signal, def]): RouteReason[] => {
      const note = def.test(input);
      return note
        ? [{ decision: def.route, signal, evidence: [note.evidence], message: def.message(note) }]
        : [];
    },
  );
}

/**
 * Routes a processed note: every note signal that holds, every finding that routes (by the finding
 * registry) and every uncertainty signal on a deciding fact gives a reason; the most cautious reason decides. With none, the note is
 * `ready` only when the code was decided from anatomy whose evidence slices the transcript exactly.
 * Pure.
 */
export function routeNote(input: RouteInput): Route {
  const reasons = [
    ...noteReasons(input),
    ...input.findings.flatMap((f) => findingReason(f, input) ?? []),
    ...signalReasons(input),
  ].sort((a, b) => caution(b.decision) - caution(a.decision));
  const top = reasons[0];
  if (top) return { decision: top.decision, reasons };

  const { decision } = input;
  const deciding = decidingFacts(input);
  const evidence = deciding.flatMap((d) => d.fact.evidence);
  const grounded = evidence.every((e) => input.transcript.slice(e.start, e.end) === e.quote);
  if (decision.supported === null || decision.basis !== 'anatomy' || evidence.length === 0 || !grounded) {
    return {
      decision: 'coder-review',
      reasons: [
        {
          decision: 'coder-review',
          evidence: [],
          message:
            decision.supported === null
              ? 'No code is decided.'
              : 'The code is not decided from anatomy grounded in the transcript.',
        },
      ],
    };
  }
  return {
    decision: 'ready',
    reasons: [
      {
        decision: 'ready',
        evidence: evidence.slice(0, 4),
        message: `${decision.supported} is decided from grounded anatomy (${deciding.map((d) => d.feature).join(', ')}); no finding or uncertainty routes the note elsewhere.`,
      },
    ],
  };
}
