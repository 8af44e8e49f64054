import { unpayableValues } from '../../codes/modifiers.ts';
import { payable, unpaidModifierVariant } from './claim.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'modifier.50-not-allowed',
  severity: 'error',
  route: 'fix-claim',
  meaning: `50 on a code whose bilateral indicator does not pay it (${unpayableValues('bilateral').join(', ')})`,
  check: ({ claim, claimed: code }) =>
    claim && code && claim.modifiers.includes('50') && !payable(code, 'bilateral')
      ? [
          {
            id: 'modifier.50-not-allowed',
            severity: 'error',
            message: `Modifier 50 is not payable on ${code.code} (bilateral indicator ${code.flags.bilateral}).`,
            evidence: [],
            fix: 'Remove 50 and report the operated side with LT or RT.',
          },
        ]
      : [],
  mutants: {
    kinds: ['claim-bilateral'],
    generate: (base) =>
      unpaidModifierVariant(base, 'claim-bilateral', '50', 'bilateral', 'modifier.50-not-allowed'),
  },
});
