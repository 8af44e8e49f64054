import { documentedBy, payable, undocumentedModifierVariant } from './claim.ts';
import { defineRule } from './define.ts';

const BOTH_SIDES = documentedBy('50');

export default defineRule({
  id: 'modifier.50-undocumented',
  severity: 'error',
  route: 'fix-claim',
  meaning: '50 on a code whose bilateral indicator pays it, while the note documents one side only',
  check: ({ claim, claimed: code, elements, features }) =>
    claim &&
    code &&
    claim.modifiers.includes('50') &&
    payable(code, 'bilateral') &&
    features[BOTH_SIDES].status !== 'documented'
      ? [
          {
            id: 'modifier.50-undocumented',
            severity: 'error',
            message: 'Modifier 50 says both sides were operated, but the note documents only one side.',
            evidence: elements.laterality.evidence,
            fix: 'Document the procedure on both sides, or replace 50 with LT or RT.',
          },
        ]
      : [],
  mutants: {
    kinds: ['claim-bilateral-undocumented'],
    generate: (base) =>
      undocumentedModifierVariant(
        base,
        'claim-bilateral-undocumented',
        '50',
        'added 50 while the note documents one side',
        'modifier.50-undocumented',
        'bilateral',
      ),
  },
});
