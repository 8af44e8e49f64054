import type { ElementKey } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';
import type { CodeDefinition, DenialCondition, DenialRisk } from '../codes/types.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Fact } from '../schemas/facts.ts';
import type { RequirementStatus } from '../schemas/requirements.ts';

/** What a denial condition reads: the claim (null when none was given) and what the note documents. */
export interface DenialContext {
  code: CodeDefinition;
  claim: Claim | null;
  facts: Partial<Record<ElementKey, Fact>>;
  anatomy: Partial<Record<FeatureKey, Fact>>;
  /** The checked code's requirement statuses; an element not listed there is read from `facts`. */
  requirements: readonly RequirementStatus[];
}

/**
 * Whether a denial condition holds for this claim and note. A claim condition over an absent claim (or
 * an absent place of service or diagnosis list) holds: the risk stays open until the claim shows
 * otherwise. Pure.
 */
export function denialConditionHolds(when: DenialCondition, ctx: DenialContext): boolean {
  const { claim } = ctx;
  switch (when.kind) {
    case 'always':
      return true;
    case 'claimLacksModifier':
      return !claim?.modifiers.some((m) => when.modifiers.includes(m));
    case 'claimHasModifier':
      return claim?.modifiers.some((m) => when.modifiers.includes(m)) === true;
    case 'placeOfServiceNot':
      return claim?.placeOfService === undefined || !when.placesOfService.includes(claim.placeOfService);
    case 'placeOfServiceIs':
      return claim?.placeOfService !== undefined && when.placesOfService.includes(claim.placeOfService);
    case 'otherCptPrefix':
      return claim?.otherCpt.some((c) => when.prefixes.some((p) => c.startsWith(p))) === true;
    case 'feature':
      return ctx.anatomy[when.feature]?.status === 'documented';
    case 'elementUnmet': {
      const status =
        ctx.requirements.find((r) => r.element === when.element)?.status ?? ctx.facts[when.element]?.status;
      return status !== 'documented';
    }
    case 'diagnosisUnsupported':
      // A secondary status code (e.g. Z89.61x) supports only alongside a primary diagnosis.
      return !claim?.icd10.some((dx) =>
        ctx.code.supportingDiagnoses.some((s) => !s.secondary && dx.startsWith(s.prefix)),
      );
    case 'inpatientOnly':
      return ctx.code.inpatientOnly.value;
    case 'anyOf':
      return when.conditions.some((c) => denialConditionHolds(c, ctx));
    case 'allOf':
      return when.conditions.every((c) => denialConditionHolds(c, ctx));
  }
}

/** The code's denial risks that the claim and the note make live, in the knowledge's order. */
export const liveDenialRisks = (ctx: DenialContext): DenialRisk[] =>
  ctx.code.denialReasons.filter((r) => denialConditionHolds(r.when, ctx));
