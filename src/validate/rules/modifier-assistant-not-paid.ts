import { modifiersIn, unpayableValues } from '../../codes/modifiers.ts';
import { payable, unpaidModifierVariant } from './claim.ts';
import { defineRule } from './define.ts';

const ASSISTANTS: readonly string[] = modifiersIn('assistant');

export default defineRule({
  id: 'modifier.assistant-not-paid',
  severity: 'warning',
  route: 'fix-claim',
  meaning: `${ASSISTANTS.join('/')} where the assistant-at-surgery indicator does not pay an assistant (${unpayableValues('assistant').join(', ')})`,
  check({ claim, claimed: code }) {
    if (!claim || !code) return [];
    const assistants = claim.modifiers.filter((m) => ASSISTANTS.includes(m));
    if (assistants.length === 0 || payable(code, 'assistant')) return [];
    return [
      {
        id: 'modifier.assistant-not-paid',
        severity: 'warning',
        message: `${assistants.join('/')} on ${code.code}: the assistant-at-surgery indicator is ${code.flags.assistant}, so the assistant is not paid.`,
        evidence: [],
        fix: 'Do not bill an assistant-at-surgery line for this code unless the payer has a documented exception.',
      },
    ];
  },
  mutants: {
    kinds: ['claim-assistant'],
    generate: (base) =>
      unpaidModifierVariant(base, 'claim-assistant', '80', 'assistant', 'modifier.assistant-not-paid'),
  },
});
