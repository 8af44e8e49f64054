import { documentedBy, payable, undocumentedModifierVariant } from './claim.ts';
import { defineRule } from './define.ts';

const CO_SURGEON = documentedBy('62');

export default defineRule({
  id: 'modifier.62-undocumented',
  severity: 'error',
  route: 'fix-claim',
  meaning:
    '62 on a code that allows co-surgery while the note documents no co-surgeon (an assistant or resident is not one)',
  check: ({ claim, claimed: code, features }) =>
    claim &&
    code &&
    claim.modifiers.includes('62') &&
    payable(code, 'coSurgeon') &&
    features[CO_SURGEON].status !== 'documented'
      ? [
          {
            id: 'modifier.62-undocumented',
            severity: 'error',
            message:
              'Modifier 62 is claimed but the note documents no co-surgeon (an assistant or resident is not one).',
            evidence: features[CO_SURGEON].evidence,
            fix: 'Document both surgeons by name and the distinct part each performed, or remove 62.',
          },
        ]
      : [],
  mutants: {
    kinds: ['claim-co-surgeon'],
    generate: (base) =>
      undocumentedModifierVariant(
        base,
        'claim-co-surgeon',
        '62',
        'added 62 without a documented co-surgeon',
        'modifier.62-undocumented',
        'coSurgeon',
      ),
  },
});
