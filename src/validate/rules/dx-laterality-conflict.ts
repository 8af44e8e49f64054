import { icd10Laterality } from '../../codes/icd10.ts';
import { sideOf } from '../../codes/modifiers.ts';
import type { FindingOf } from '../../schemas/findings.ts';
import { sideModifiersOf } from './claim.ts';
import { defineRule } from './define.ts';
import { flipDiagnosisSide, unlessBaseHas, withClaim } from './mutation.ts';

export default defineRule({
  id: 'dx.laterality-conflict',
  severity: 'error',
  route: 'fix-claim',
  meaning:
    "an ICD-10 laterality character contradicts the side (the note's, else the claim's LT/RT), or names an arm on a lower-limb code (T87.3–5x: 3/4 are legs); a status code (Z89.61x acquired absence) may name either leg",
  check({ claim, claimed: code, elements, features }) {
    if (!claim || !code) return [];
    const out: FindingOf<'dx.laterality-conflict'>[] = [];
    const side = elements.laterality;
    const bothSides = features.bothSides.status === 'documented';
    // The side to compare with: the note's; when the note is silent, the claim's single LT/RT.
    const claimedSides = sideModifiersOf(claim);
    const reference =
      side.status === 'documented'
        ? { side: String(side.value), from: 'the note documents' }
        : claimedSides.length === 1
          ? { side: sideOf(claimedSides[0] as string) as string, from: `the claim's ${claimedSides[0]} says` }
          : undefined;
    for (const dx of claim.icd10) {
      const lat = icd10Laterality(dx);
      if (!lat) continue;
      const wrongLimb = code.singleLimb && lat.limb === 'arm';
      // A status code (acquired absence of a leg) may name the other limb: not a side conflict.
      const wrongSide =
        !bothSides &&
        !lat.status &&
        reference !== undefined &&
        lat.side !== 'unspecified' &&
        lat.side !== reference.side;
      if (!wrongLimb && !wrongSide) continue;
      out.push({
        id: 'dx.laterality-conflict',
        severity: 'error',
        message: wrongLimb
          ? `${dx} denotes the ${lat.side} upper limb (${lat.family}); this is a lower-limb procedure.`
          : `${dx} denotes the ${lat.side} side (${lat.family}) but ${reference?.from} the ${reference?.side} side.`,
        evidence: side.evidence,
        fix: `Use the ${lat.family} character for the ${reference?.side ?? 'documented'} leg.`,
      });
    }
    return out;
  },
  mutants: {
    kinds: ['side-flip-dx'],
    generate(base) {
      const side = base.result.facts.laterality;
      const documented = side?.status === 'documented' && (side.value === 'left' || side.value === 'right');
      // A status code's side may be either limb's: flipping it is no conflict to detect.
      const dx = base.claim.icd10.find(
        (c) => flipDiagnosisSide(c) !== undefined && icd10Laterality(c)?.status !== true,
      );
      const flipped = dx ? flipDiagnosisSide(dx) : undefined;
      if (!base.findCode(base.claim.cpt) || !documented || !dx || !flipped)
        return { mutants: [], notGenerated: 0 };
      return unlessBaseHas(base, [
        {
          kind: 'side-flip-dx',
          detail: flipped,
          description: `diagnosis ${dx} changed to ${flipped} (other side)`,
          transcript: base.transcript,
          claim: withClaim(base.claim, { icd10: base.claim.icd10.map((c) => (c === dx ? flipped : c)) }),
          expect: ['dx.laterality-conflict'],
        },
      ]);
    },
  },
});
