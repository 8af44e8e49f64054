import { defineRule } from './define.ts';

export default defineRule({
  id: 'level.label-only',
  severity: 'info',
  route: 'coder-review',
  meaning:
    'the code rests only on a procedure name (also when a name splits neighbours the anatomy leaves open)',
  check({ decision }) {
    if (decision.ambiguity || decision.supported === null || decision.basis !== 'label') return [];
    const supported = decision.candidates.find((c) => c.supported);
    return [
      {
        id: 'level.label-only',
        severity: 'info',
        message: supported?.summary.startsWith(`${decision.supported} rests on`)
          ? supported.summary
          : `${decision.supported} rests only on the procedure name; the deciding anatomy is not described.`,
        evidence: supported?.cues.flatMap((c) => c.evidence).slice(0, 3) ?? [],
        fix: 'Describe the anatomy that decides the level (what was divided, resected or kept).',
      },
    ];
  },
});
