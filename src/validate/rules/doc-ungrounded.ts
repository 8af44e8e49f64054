import type { UngroundedClaim } from '../../schemas/extraction.ts';
import { requirementStatuses } from '../requirements.ts';
import { defineRule, type RuleContext } from './define.ts';

/**
 * Whether a refused fact could matter to the decision: a feature in a cue of the supported code or of a
 * standing candidate, or a required element of the checked code. With no code decided (nothing to
 * measure it against), or for an element with no checked code, every fact matters.
 */
function refusedFactMatters(u: UngroundedClaim, ctx: RuleContext): boolean {
  if (u.target === 'element')
    return ctx.checked
      ? requirementStatuses(ctx.checked, ctx).some((r) => r.required && r.element === u.key)
      : true;
  const decided = ctx.decision.candidates.filter((c) => c.supported || c.standing);
  return decided.length === 0 || decided.some((c) => c.cues.some((q) => q.feature === u.key));
}

export default defineRule({
  id: 'doc.ungrounded',
  severity: 'warning',
  otherSeverity: {
    severity: 'info',
    when: 'a refused value decides nothing: neither a deciding feature of the supported or a standing code nor a required element of the checked code',
  },
  route: 'coder-review',
  routesAt: ['warning'],
  meaning:
    'an extractor quoted text the transcript does not contain (or an instruction), or a value its quotes do not state; the element does not count',
  check: (ctx) =>
    ctx.ungrounded.map((u) => ({
      id: 'doc.ungrounded',
      element: u.key,
      // A quote not found (or an instruction) is always reviewed; a refused value only when it could
      // decide the code or is required of the checked code (a refused tumour size on a 27290 note is not).
      severity: u.reason === 'value' && !refusedFactMatters(u, ctx) ? 'info' : 'warning',
      message:
        u.reason === 'value'
          ? `The extractor's value for ${u.key} is not stated by its own quotes (a number, side or term the quoted text does not say); it does not count.`
          : `The extractor's quote for ${u.key} could not be grounded in the clinical text of the transcript (not found, or taken from an instruction rather than documentation); it does not count.`,
      evidence: [],
      fix: 'Review the transcript for this element; re-run extraction or document it explicitly.',
    })),
});
