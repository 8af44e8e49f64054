import { bySeverity, type Finding } from '../schemas/findings.ts';
import { checkedCode, type ValidateInput } from './requirements.ts';
import { allRules } from './rules/index.ts';

/**
 * All findings for a processed note: every rule of the registry (src/validate/rules/) checked against
 * it, errors first. Pure: no I/O, no clock, no environment.
 */
export function validate(input: ValidateInput): Finding[] {
  const ctx = {
    ...input,
    claimed: input.claim ? input.findCode(input.claim.cpt) : undefined,
    checked: checkedCode(input.claim, input.decision, input.findCode, input.abandoned),
  };
  return allRules.flatMap((rule): Finding[] => rule.check(ctx)).sort(bySeverity);
}
