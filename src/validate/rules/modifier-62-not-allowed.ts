import { unpayableValues } from '../../codes/modifiers.ts';
import { payable, unpaidModifierVariant } from './claim.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'modifier.62-not-allowed',
  severity: 'error',
  route: 'fix-claim',
  meaning: `62 on a code whose co-surgeon indicator does not allow co-surgery (${unpayableValues('coSurgeon').join(', ')})`,
  check: ({ claim, claimed: code }) =>
    claim && code && claim.modifiers.includes('62') && !payable(code, 'coSurgeon')
      ? [
          {
            id: 'modifier.62-not-allowed',
            severity: 'error',
            message: `Co-surgery (62) is not allowed on ${code.code} (co-surgeon indicator ${code.flags.coSurgeon}).`,
            evidence: [],
            fix: 'Remove 62; each surgeon bills their own procedure if distinct.',
          },
        ]
      : [],
  mutants: {
    kinds: ['claim-co-surgeon'],
    generate: (base) =>
      unpaidModifierVariant(base, 'claim-co-surgeon', '62', 'coSurgeon', 'modifier.62-not-allowed'),
  },
});
