import type { Claim } from '../../schemas/claim.ts';
import { claimLines } from '../../schemas/claim.ts';
import type { FindingOf } from '../../schemas/findings.ts';
import { distinctElement, ptpFindings } from '../ncci.ts';
import { defineRule, type MutantSpec, type MutationBase } from './define.ts';
import { claimVariant, unlessBaseHas } from './mutation.ts';

/**
 * The claimed code's column-2 partner of an indicator-0 edit and of an indicator-1 edit (no modifier)
 * added to the claim, and, when the partner's distinct-service element is not documented, the
 * indicator-1 partner with 59 (which must raise `doc.missing` of that element).
 */
function ptpMutants(base: MutationBase): MutantSpec[] {
  const { claim, edits } = base;
  if (!edits) return [];
  const lines = claimLines(claim).slice(1);
  const adding = (cpt: string, modifiers: string[] = []): Partial<Claim> => ({
    otherCpt: [...claim.otherCpt, cpt],
    otherLines: [...lines, { cpt, modifiers, units: 1 }],
  });
  const out: MutantSpec[] = [];
  const onClaim = new Set(claimLines(claim).map((l) => l.cpt));
  const fresh = (edits.ptpAsColumn1?.(claim.cpt, claim.dateOfService) ?? []).filter(
    (e) => !onClaim.has(e.column2),
  );
  const zero = fresh.find((e) => e.modifierIndicator === 0);
  if (zero)
    out.push(
      claimVariant(
        base,
        'claim-ptp-bundled',
        `${zero.column2}:0`,
        `added ${zero.column2} (PTP modifier indicator 0)`,
        adding(zero.column2),
        'ncci.ptp-bundled',
      ),
    );
  const one = fresh.find((e) => e.modifierIndicator === 1);
  if (one) {
    out.push(
      claimVariant(
        base,
        'claim-ptp-bundled',
        `${one.column2}:1`,
        `added ${one.column2} without a distinct-service modifier (PTP modifier indicator 1)`,
        adding(one.column2),
        'ncci.ptp-bundled',
      ),
    );
    const element = distinctElement(one.column2);
    if (element && base.result.facts[element]?.status !== 'documented')
      out.push(
        claimVariant(
          base,
          'claim-ptp-bundled',
          `${one.column2}:59`,
          `added ${one.column2} with 59 while ${element} is not documented`,
          adding(one.column2, ['59']),
          `doc.missing:${element}`,
        ),
      );
  }
  return out;
}

export default defineRule({
  id: 'ncci.ptp-bundled',
  severity: 'error',
  otherSeverity: {
    severity: 'info',
    when: 'the modifier is present and opnote cannot check what distinguishes the service',
  },
  route: 'fix-claim',
  // The info form (modifier present, distinction not checkable) does not route.
  routesAt: ['error', 'warning'],
  meaning:
    'with `--knowledge`: an NCCI PTP pair on the claim in effect on the date of service, modifier indicator 0, or 1 without 59/XE/XS/XP/XU; cites the file release',
  check: ({ claim, claimed, edits, elements }) =>
    claim && claimed && edits
      ? ptpFindings(claim, edits, elements).filter(
          (f): f is FindingOf<'ncci.ptp-bundled'> => f.id === 'ncci.ptp-bundled',
        )
      : [],
  mutants: { kinds: ['claim-ptp-bundled'], generate: (base) => unlessBaseHas(base, ptpMutants(base)) },
});
