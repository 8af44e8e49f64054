import { sideModifier, sideOf } from '../../codes/modifiers.ts';
import type { FindingOf } from '../../schemas/findings.ts';
import { payable, sideModifiersOf } from './claim.ts';
import { defineRule, type MutantSpec } from './define.ts';
import { opposite, swapSides, unlessBaseHas, withClaim } from './mutation.ts';

export default defineRule({
  id: 'modifier.laterality-conflict',
  severity: 'error',
  route: 'fix-claim',
  meaning: 'LT/RT contradicts the documented side, both LT and RT on one line, or 50 beside LT/RT',
  check({ claim, claimed: code, elements }) {
    if (!claim || !code) return [];
    const out: FindingOf<'modifier.laterality-conflict'>[] = [];
    const side = elements.laterality;
    const sides = sideModifiersOf(claim);
    const claimedSides = new Set(sides.map((m) => sideOf(m)));
    if (
      claimedSides.size > 1 ||
      (side.status === 'documented' &&
        claimedSides.size === 1 &&
        !claimedSides.has(side.value as 'left' | 'right'))
    ) {
      out.push({
        id: 'modifier.laterality-conflict',
        severity: 'error',
        message:
          claimedSides.size > 1
            ? 'The claim carries both LT and RT on one single-limb line.'
            : `The claim says ${sides.join('/')} but the note documents the ${String(side.value)} side.`,
        evidence: side.evidence,
        fix:
          side.status === 'documented'
            ? `Use ${side.value === 'left' ? 'LT' : 'RT'} to match the note.`
            : 'Keep one side modifier, matching the note.',
      });
    }
    if (claim.modifiers.includes('50') && sides.length > 0 && payable(code, 'bilateral')) {
      out.push({
        id: 'modifier.laterality-conflict',
        severity: 'error',
        message: `50 (both sides) and ${sides.join('/')} (one side) contradict each other on one line.`,
        evidence: side.evidence,
        fix: 'Keep 50 for a bilateral procedure, or LT/RT for one side.',
      });
    }
    return out;
  },
  mutants: {
    kinds: ['side-flip-claim', 'side-flip-text'],
    generate(base) {
      const side = base.result.facts.laterality;
      if (!base.findCode(base.claim.cpt) || side?.status !== 'documented')
        return { mutants: [], notGenerated: 0 };
      if (side.value !== 'left' && side.value !== 'right') return { mutants: [], notGenerated: 0 };
      const sides = sideModifiersOf(base.claim);
      const others = base.claim.modifiers.filter((m) => !sides.includes(m));
      const wrong = sideModifier(opposite(side.value)) as string;
      const out: MutantSpec[] = [
        {
          kind: 'side-flip-claim',
          detail: wrong,
          description: `claim side set to ${wrong} against the documented ${side.value} side`,
          transcript: base.transcript,
          claim: withClaim(base.claim, { modifiers: [...others, wrong] }),
          expect: ['modifier.laterality-conflict'],
        },
      ];
      if (sides.length === 1)
        out.push({
          kind: 'side-flip-text',
          detail: 'left-right',
          description: `every left/right in the dictation swapped, claim keeps ${sides[0]}`,
          transcript: swapSides(base.transcript),
          claim: base.claim,
          expect: ['modifier.laterality-conflict'],
        });
      return unlessBaseHas(base, out);
    },
  },
});
