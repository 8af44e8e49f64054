import { defineRule } from './define.ts';

export default defineRule({
  id: 'doc.ungrounded',
  severity: 'warning',
  route: 'coder-review',
  meaning:
    'an extractor quoted text the transcript does not contain (or an instruction), or a value its quotes do not state; the element does not count',
  check: (ctx) =>
    ctx.ungrounded.map((u) => ({
      id: 'doc.ungrounded',
      element: u.key,
      severity: 'warning',
      message:
        u.reason === 'value'
          ? `The extractor's value for ${u.key} is not stated by its own quotes (a number, side or term the quoted text does not say); it does not count.`
          : `The extractor's quote for ${u.key} could not be grounded in the clinical text of the transcript (not found, or taken from an instruction rather than documentation); it does not count.`,
      evidence: [],
      fix: 'Review the transcript for this element; re-run extraction or document it explicitly.',
    })),
});
