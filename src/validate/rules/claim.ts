import { type IndicatorKey, indicatorPayment, modifiers, sideOf } from '../../codes/modifiers.ts';
import type { CodeDefinition } from '../../codes/types.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { FindingId } from '../../schemas/findings.ts';
import type { GeneratedMutants, MutationBase } from './define.ts';
import { claimVariant, unlessBaseHas } from './mutation.ts';

/** What the modifier rules share: reading the claim's modifiers against the modifier data. */

/** The claim's LT/RT modifiers. */
export const sideModifiersOf = (claim: Claim): string[] =>
  claim.modifiers.filter((m) => sideOf(m) !== undefined);

/** Whether the code's fee-schedule indicator lets a modifier it governs be paid. */
export const payable = (code: CodeDefinition, indicator: IndicatorKey): boolean =>
  indicatorPayment(code.flags, indicator).payment !== 'not-paid';

/** The feature the note must document for a modifier (see src/codes/modifiers.ts). */
export const documentedBy = (modifier: '50' | '62' | '22') => modifiers[modifier].documents;

/**
 * The variant that adds `modifier` to a claim whose code's `indicator` does not pay it (none when the
 * indicator pays it or the code is unknown).
 */
export function unpaidModifierVariant(
  base: MutationBase,
  kind: string,
  modifier: string,
  indicator: IndicatorKey,
  expect: FindingId,
): GeneratedMutants {
  const code = base.findCode(base.claim.cpt);
  if (!code || payable(code, indicator)) return { mutants: [], notGenerated: 0 };
  const { value } = indicatorPayment(code.flags, indicator);
  return unlessBaseHas(base, [
    claimVariant(
      base,
      kind,
      modifier,
      `added ${modifier} (${INDICATOR_WORDS[indicator]} indicator ${value})`,
      { modifiers: [...base.claim.modifiers, modifier] },
      expect,
    ),
  ]);
}

const INDICATOR_WORDS: Record<IndicatorKey, string> = {
  bilateral: 'bilateral',
  assistant: 'assistant',
  coSurgeon: 'co-surgeon',
};

/**
 * The variant that adds `modifier` to a claim whose note does not document what the modifier needs
 * (none when it does, the code is unknown, or the code's `payableBy` indicator does not pay it).
 */
export function undocumentedModifierVariant(
  base: MutationBase,
  kind: string,
  modifier: '50' | '62' | '22',
  description: string,
  expect: FindingId,
  payableBy?: IndicatorKey,
): GeneratedMutants {
  const code = base.findCode(base.claim.cpt);
  const feature = documentedBy(modifier);
  if (
    !code ||
    !feature ||
    (payableBy && !payable(code, payableBy)) ||
    base.result.anatomy[feature].status === 'documented'
  )
    return { mutants: [], notGenerated: 0 };
  return unlessBaseHas(base, [
    claimVariant(
      base,
      kind,
      modifier,
      description,
      { modifiers: [...base.claim.modifiers, modifier] },
      expect,
    ),
  ]);
}
