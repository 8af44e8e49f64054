import { defineRule } from './define.ts';
import { claimVariant, unlessBaseHas } from './mutation.ts';

export default defineRule({
  id: 'pos.inpatient-only',
  severity: 'error',
  otherSeverity: { severity: 'info', when: 'the flag is unverified' },
  route: 'fix-claim',
  // An unverified inpatient-only flag is reported (info), not enforced.
  routesAt: ['error', 'warning'],
  meaning: 'an inpatient-only code at a place of service other than 21',
  check({ claim, claimed: code }) {
    const pos = claim?.placeOfService;
    if (!code || pos === undefined || !code.inpatientOnly.value || pos === '21') return [];
    return [
      {
        id: 'pos.inpatient-only',
        // An unverified flag is reported, not enforced.
        severity: code.inpatientOnly.unverified ? 'info' : 'error',
        message: `${code.code} is inpatient-only (status indicator ${code.inpatientOnly.statusIndicator ?? 'C'}, ${code.inpatientOnly.source}, ${code.inpatientOnly.date}) but the claim's place of service is ${pos}.`,
        evidence: [],
        fix: 'Bill with place of service 21 and an inpatient admission, or confirm the payer covers it outpatient.',
      },
    ];
  },
  mutants: {
    kinds: ['claim-inpatient-pos'],
    generate(base) {
      if (!base.findCode(base.claim.cpt)?.inpatientOnly.value) return { mutants: [], notGenerated: 0 };
      return unlessBaseHas(base, [
        claimVariant(
          base,
          'claim-inpatient-pos',
          '22',
          'place of service 22 on an inpatient-only code',
          { placeOfService: '22' },
          'pos.inpatient-only',
        ),
      ]);
    },
  },
});
