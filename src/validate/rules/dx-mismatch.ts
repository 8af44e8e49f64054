import type { CodeDefinition } from '../../codes/types.ts';
import { defineRule } from './define.ts';
import { claimVariant, unlessBaseHas } from './mutation.ts';

/** A diagnosis from the knowledge that supports none of `code`'s diagnoses. */
function unrelatedDiagnosis(code: CodeDefinition, codes: readonly CodeDefinition[]): string | undefined {
  if (code.supportingDiagnoses.length === 0) return undefined;
  return codes
    .flatMap((c) => c.supportingDiagnoses.map((d) => d.prefix))
    .find(
      (p) =>
        /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(p) &&
        !code.supportingDiagnoses.some((s) => p.startsWith(s.prefix)),
    );
}

export default defineRule({
  id: 'dx.mismatch',
  severity: 'error',
  otherSeverity: { severity: 'info', when: "the code's diagnosis list is unverified" },
  route: 'fix-claim',
  // An unverified diagnosis list is reported (info), not enforced.
  routesAt: ['error', 'warning'],
  meaning: 'no claimed diagnosis supports the procedure',
  check({ claim, claimed: code }) {
    if (!claim || !code || claim.icd10.length === 0) return [];
    // A secondary status code (e.g. Z89.61x) supports only alongside a primary diagnosis.
    if (
      claim.icd10.some((dx) => code.supportingDiagnoses.some((s) => !s.secondary && dx.startsWith(s.prefix)))
    )
      return [];
    // An unverified supporting-diagnosis list is reported, not enforced (DOMAIN.md: not hard errors).
    const verified = code.diagnosisSource !== undefined && code.diagnosisSource.unverified !== true;
    return [
      {
        id: 'dx.mismatch',
        severity: verified ? 'error' : 'info',
        message: `None of the claimed diagnoses (${claim.icd10.join(', ')}) supports ${code.code}.`,
        evidence: [],
        fix: `Use a diagnosis that supports the procedure, e.g. ${code.supportingDiagnoses
          .slice(0, 3)
          .map((s) => `${s.prefix} (${s.description})`)
          .join('; ')}.`,
      },
    ];
  },
  mutants: {
    kinds: ['claim-dx-mismatch'],
    generate(base) {
      const code = base.findCode(base.claim.cpt);
      const dx = code ? unrelatedDiagnosis(code, base.codes) : undefined;
      if (!dx) return { mutants: [], notGenerated: 0 };
      return unlessBaseHas(base, [
        claimVariant(
          base,
          'claim-dx-mismatch',
          dx,
          `diagnoses replaced by ${dx}, which does not support the code`,
          { icd10: [dx] },
          'dx.mismatch',
        ),
      ]);
    },
  },
});
