import { sideModifiersOf } from './claim.ts';
import { defineRule } from './define.ts';
import { unlessBaseHas, withClaim } from './mutation.ts';

export default defineRule({
  id: 'modifier.laterality-missing',
  severity: 'error',
  route: 'fix-claim',
  meaning: 'neither LT nor RT (nor 50) on a single-limb code',
  check({ claim, claimed: code, elements }) {
    if (!claim || !code) return [];
    const side = elements.laterality;
    if (!code.singleLimb || sideModifiersOf(claim).length > 0 || claim.modifiers.includes('50')) return [];
    return [
      {
        id: 'modifier.laterality-missing',
        severity: 'error',
        message: `${code.code} is a single-limb procedure but the claim carries neither LT nor RT.`,
        evidence: side.evidence,
        fix:
          side.status === 'documented'
            ? `Add ${side.value === 'left' ? 'LT' : 'RT'} (the note documents the ${String(side.value)} side).`
            : 'Add LT or RT once the side is documented.',
      },
    ];
  },
  mutants: {
    kinds: ['claim-remove-side'],
    generate(base) {
      const claimed = base.findCode(base.claim.cpt);
      const sides = sideModifiersOf(base.claim);
      if (!claimed?.singleLimb || sides.length === 0) return { mutants: [], notGenerated: 0 };
      const others = base.claim.modifiers.filter((m) => !sides.includes(m) && m !== '50');
      return unlessBaseHas(base, [
        {
          kind: 'claim-remove-side',
          detail: sides.join('+'),
          description: `removed ${sides.join('/')} (and 50) from the claim`,
          transcript: base.transcript,
          claim: withClaim(base.claim, { modifiers: others }),
          expect: ['modifier.laterality-missing'],
        },
      ]);
    },
  },
});
