import type { ElementKey } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';
import type { CodeDefinition, RequirementCondition } from '../codes/types.ts';
import type { EditLookup } from '../knowledge/apply.ts';
import type { Claim } from '../schemas/claim.ts';
import type { CodeDecision } from '../schemas/decision.ts';
import type { UngroundedClaim } from '../schemas/extraction.ts';
import type { Evidence, Fact, NoteContext } from '../schemas/facts.ts';
import type { RequirementStatus } from '../schemas/requirements.ts';
import type { DisagreementKeys, Reading } from './disagreement.ts';

export interface ValidateInput {
  claim: Claim | null;
  decision: CodeDecision;
  elements: Record<ElementKey, Fact>;
  features: Record<FeatureKey, Fact>;
  ungrounded: readonly UngroundedClaim[];
  /** Looks a code up in the knowledge. */
  findCode: (code: string) => CodeDefinition | undefined;
  /** Imported NCCI PTP and MUE edits (`--knowledge`). Default: none, so no edit findings. */
  edits?: EditLookup;
  /** A second extractor's reading to compare with (`--cross-check`). Default: none. */
  crossCheck?: { primary: Reading; secondary: Reading; keys: DisagreementKeys };
  /**
   * Set when the whole text is generic (a textbook, an atlas, a series: src/nlp/note-context.ts): it
   * documents no one patient's operation, so there is no documentation gap for a physician to fill.
   * Default: none.
   */
  generic?: NoteContext;
  /**
   * Set when the note states the operation was stopped before it became a procedure ("the procedure
   * was abandoned", "closed without amputation": src/nlp/abandoned.ts). With no code the anatomy
   * supports, the planned code was never performed: no code's documentation is checked. Default: none.
   */
  abandoned?: Evidence;
}

/**
 * Whether a confident reading rules the claimed code out: the anatomy supports another code, or the
 * candidates it leaves standing do not include the claimed one (both raise `level.mismatch`). A claimed
 * code still among the standing candidates, or a reading resting on a procedure name only, does not.
 */
export function claimRuledOut(claimedCode: string, decision: CodeDecision): boolean {
  if (decision.ambiguity) return !decision.ambiguity.codes.includes(claimedCode);
  return decision.basis === 'anatomy' && decision.supported !== null && decision.supported !== claimedCode;
}

/**
 * The code whose documentation requirements apply: the claimed code when it has requirements and the
 * reading does not rule it out (its gaps are moot once the claim is fixed), otherwise the supported code
 * when it has requirements, otherwise none. None either when the operation was abandoned before it
 * became any code (no code the anatomy supports; a planned procedure's name is no act): the planned
 * one was never performed, so it has no gaps.
 */
export function checkedCode(
  claim: Claim | null,
  decision: CodeDecision,
  findCode: ValidateInput['findCode'],
  abandoned?: Evidence,
): CodeDefinition | undefined {
  if (abandoned && decision.basis !== 'anatomy') return undefined;
  const claimed = claim ? findCode(claim.cpt) : undefined;
  if (claimed && claimed.requirements.length > 0 && !claimRuledOut(claimed.code, decision)) return claimed;
  const supported = decision.supported ? findCode(decision.supported) : undefined;
  return supported && supported.requirements.length > 0 ? supported : undefined;
}

interface ConditionContext {
  code: CodeDefinition;
  claim: Claim | null;
  features: Record<FeatureKey, Fact>;
}

/** Whether a requirement applies to this note and claim. */
export function conditionHolds(condition: RequirementCondition, ctx: ConditionContext): boolean {
  switch (condition.kind) {
    case 'always':
      return true;
    case 'feature':
      return ctx.features[condition.feature].status === 'documented';
    case 'modifier':
      return ctx.claim?.modifiers.includes(condition.modifier) ?? false;
    case 'otherCptPrefix':
      return ctx.claim?.otherCpt.some((c) => condition.prefixes.some((p) => c.startsWith(p))) ?? false;
    case 'inpatientOnly':
      return ctx.code.inpatientOnly.value;
    case 'diagnosisPrefix':
      return ctx.claim?.icd10.some((c) => condition.prefixes.some((p) => c.startsWith(p))) ?? false;
    case 'anyOf':
      return condition.conditions.some((c) => conditionHolds(c, ctx));
  }
}

/**
 * The checked code's documentation requirements with their status in this note: whether each applies
 * (`required`), how the note meets it, the knowledge's basis and the evidence. Pure.
 */
export function requirementStatuses(
  code: CodeDefinition,
  input: Pick<ValidateInput, 'claim' | 'features' | 'elements'>,
): RequirementStatus[] {
  const ctx = { code, claim: input.claim, features: input.features };
  return code.requirements.map((req) => {
    const fact = input.elements[req.element];
    // A procedure on both limbs documents its laterality as both sides.
    const bothSides = req.element === 'laterality' && input.features.bothSides.status === 'documented';
    return {
      element: req.element,
      required: conditionHolds(req.requiredWhen, ctx),
      status: bothSides ? 'documented' : fact.status,
      basis: req.basis,
      evidence: bothSides ? input.features.bothSides.evidence : fact.evidence,
    };
  });
}
