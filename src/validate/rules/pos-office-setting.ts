import { defineRule } from './define.ts';
import { claimVariant, unlessBaseHas } from './mutation.ts';

export default defineRule({
  id: 'pos.office-setting',
  severity: 'warning',
  route: 'fix-claim',
  meaning: 'place of service 11 (office) for a facility procedure that is not inpatient-only',
  check: ({ claim, claimed: code }) =>
    // An inpatient-only code at 11 is `pos.inpatient-only`.
    code && claim?.placeOfService === '11' && !code.inpatientOnly.value && !code.officeSetting.value
      ? [
          {
            id: 'pos.office-setting',
            severity: 'warning',
            message: `${code.code} is billed at place of service 11 (office), which is not a usual setting for it.`,
            evidence: [],
            fix: 'Confirm the place of service; this procedure is performed in a facility.',
          },
        ]
      : [],
  mutants: {
    kinds: ['claim-office-pos'],
    generate(base) {
      const code = base.findCode(base.claim.cpt);
      if (!code || code.inpatientOnly.value || code.officeSetting.value)
        return { mutants: [], notGenerated: 0 };
      return unlessBaseHas(base, [
        claimVariant(
          base,
          'claim-office-pos',
          '11',
          'place of service 11 (office)',
          { placeOfService: '11' },
          'pos.office-setting',
        ),
      ]);
    },
  },
});
