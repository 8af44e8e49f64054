import { documentedBy, undocumentedModifierVariant } from './claim.ts';
import { defineRule } from './define.ts';

const UNUSUAL_WORK = documentedBy('22');

export default defineRule({
  id: 'modifier.22-undocumented',
  severity: 'error',
  route: 'fix-claim',
  meaning: '22 without documented unusual time or complexity',
  check: ({ claim, claimed: code, features }) =>
    claim && code && claim.modifiers.includes('22') && features[UNUSUAL_WORK].status !== 'documented'
      ? [
          {
            id: 'modifier.22-undocumented',
            severity: 'error',
            message: 'Modifier 22 is claimed without documented unusual time or complexity.',
            evidence: features[UNUSUAL_WORK].evidence,
            fix: 'Document the extra time and its cause (e.g. dense adhesions, prior radiation, obesity), or remove 22.',
          },
        ]
      : [],
  mutants: {
    kinds: ['claim-unusual-work'],
    generate: (base) =>
      undocumentedModifierVariant(
        base,
        'claim-unusual-work',
        '22',
        'added 22 without documented unusual work',
        'modifier.22-undocumented',
      ),
  },
});
