import { features as featureDefs } from '../../codes/features.ts';
import { defineRule } from './define.ts';

export default defineRule({
  id: 'level.ambiguous',
  severity: 'warning',
  route: 'coder-review',
  meaning:
    'the evidence cannot split neighbours: a deciding fact is not stated (size between 27329 and 27364; whether the femur was cut between 27594 and 27596), or two codes fit and neither is a more specific form of the other (the pick is a named tie-break)',
  check({ decision }) {
    const ambiguity = decision.ambiguity;
    if (!ambiguity) return [];
    const standing = decision.candidates.filter((c) => c.standing);
    return [
      {
        id: 'level.ambiguous',
        severity: 'warning',
        message: ambiguity.summary,
        evidence: standing
          .flatMap((c) => c.cues.filter((q) => q.holds).flatMap((q) => q.evidence))
          .filter((e, i, all) => all.findIndex((o) => o.start === e.start && o.end === e.end) === i)
          .slice(0, 3),
        fix:
          ambiguity.kind === 'tie'
            ? `Confirm which procedure was performed (${ambiguity.codes.join(' or ')}), or bill each that was documented.`
            : `Query the surgeon for the ${ambiguity.missing.map((f) => featureDefs[f].label.toLowerCase()).join(' and ')}; it decides between ${ambiguity.codes.join(' and ')}.`,
        candidates: ambiguity.codes,
        missing: ambiguity.missing,
      },
    ];
  },
});
