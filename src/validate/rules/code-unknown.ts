import { defineRule } from './define.ts';
import { unlessBaseHas, withClaim } from './mutation.ts';

/** Real CPT codes outside the code knowledge (unlisted procedures of the pelvis/hip and femur/knee). */
const UNKNOWN_CANDIDATES = ['27299', '27599'];

export default defineRule({
  id: 'code.unknown',
  severity: 'error',
  route: 'fix-claim',
  meaning:
    'the claimed CPT is not in the code knowledge (`suggestedCode` when the documentation supports one)',
  check: ({ claim, claimed, decision }) =>
    claim && !claimed
      ? [
          {
            id: 'code.unknown',
            severity: 'error',
            message: `CPT ${claim.cpt} is not in the code knowledge.`,
            evidence: [],
            fix: `Check the code; known codes can be listed with 'opnote codes'.${decision.supported ? ` The documentation supports ${decision.supported}.` : ''}`,
            ...(decision.supported ? { suggestedCode: decision.supported } : {}),
          },
        ]
      : [],
  mutants: {
    kinds: ['claim-unknown-code'],
    generate(base) {
      const unknown = UNKNOWN_CANDIDATES.find((c) => base.findCode(c) === undefined);
      if (!unknown || !base.findCode(base.claim.cpt)) return { mutants: [], notGenerated: 0 };
      return unlessBaseHas(base, [
        {
          kind: 'claim-unknown-code',
          detail: unknown,
          description: `claimed code ${base.claim.cpt} replaced by ${unknown}, which the knowledge does not hold`,
          transcript: base.transcript,
          claim: withClaim(base.claim, { cpt: unknown }),
          expect: ['code.unknown'],
        },
      ]);
    },
  },
});
