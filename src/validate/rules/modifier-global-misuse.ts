import { type ModifierDefinition, modifiers, modifiersIn } from '../../codes/modifiers.ts';
import { defineRule } from './define.ts';
import { claimVariant, unlessBaseHas } from './mutation.ts';

const EM_MODIFIERS: readonly string[] = modifiersIn('evaluation-and-management');
const whereEach = EM_MODIFIERS.map(
  (m) => `${m} for ${(modifiers[m as keyof typeof modifiers] as ModifierDefinition).belongsOn}`,
).join(', ');

export default defineRule({
  id: 'modifier.global-misuse',
  severity: 'error',
  route: 'fix-claim',
  meaning: `${EM_MODIFIERS.join(', ')} on the surgical code (they belong on the E/M service)`,
  check({ claim, claimed: code }) {
    if (!claim || !code) return [];
    const misplaced = claim.modifiers.filter((m) => EM_MODIFIERS.includes(m));
    if (misplaced.length === 0) return [];
    return [
      {
        id: 'modifier.global-misuse',
        severity: 'error',
        message: `${misplaced.join('/')} belong on an E/M line, not on the surgical code ${code.code}.`,
        evidence: [],
        fix: `Move the modifier to the E/M service (${whereEach}).`,
      },
    ];
  },
  mutants: {
    kinds: ['claim-global-modifier'],
    generate(base) {
      if (!base.findCode(base.claim.cpt)) return { mutants: [], notGenerated: 0 };
      return unlessBaseHas(base, [
        claimVariant(
          base,
          'claim-global-modifier',
          '57',
          'added 57 (decision for surgery) to the surgical line',
          { modifiers: [...base.claim.modifiers, '57'] },
          'modifier.global-misuse',
        ),
      ]);
    },
  },
});
