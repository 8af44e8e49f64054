import { mueFindings } from '../ncci.ts';
import { defineRule } from './define.ts';
import { claimVariant, unlessBaseHas } from './mutation.ts';

export default defineRule({
  id: 'mue.exceeded',
  severity: 'error',
  route: 'fix-claim',
  meaning: 'with `--knowledge`: units of a code above its MUE value; cites the file release',
  check: ({ claim, claimed, edits }) => (claim && claimed && edits ? mueFindings(claim, edits) : []),
  mutants: {
    kinds: ['claim-mue-exceeded'],
    generate(base) {
      const mue = base.edits?.mue(base.claim.cpt, base.claim.dateOfService);
      if (!mue) return { mutants: [], notGenerated: 0 };
      return unlessBaseHas(base, [
        claimVariant(
          base,
          'claim-mue-exceeded',
          String(mue.value + 1),
          `${mue.value + 1} units (MUE ${mue.value})`,
          { units: mue.value + 1 },
          'mue.exceeded',
        ),
      ]);
    },
  },
});
