import { defineRule } from './define.ts';

export default defineRule({
  id: 'level.label-conflict',
  severity: 'warning',
  otherSeverity: { severity: 'info', when: 'the anatomy rules the named code out' },
  route: 'coder-review',
  // Only the warning routes: a name the anatomy rules out is reported; one it merely does not show sends the note to review.
  routesAt: ['warning'],
  meaning:
    'a procedure name stated in the title or an addendum points at another code (`suggestedCode`) than the described anatomy supports; a warning sends the note to coder review, since the name may be right where the reading missed something',
  check: ({ decision }) =>
    decision.labelConflicts.map((conflict) => ({
      id: 'level.label-conflict',
      severity: conflict.refuted ? 'info' : 'warning',
      message: conflict.summary,
      evidence: [conflict.evidence],
      fix: 'Check the procedure title against the operative description; correct whichever is wrong, or query the surgeon.',
      suggestedCode: conflict.code,
    })),
});
