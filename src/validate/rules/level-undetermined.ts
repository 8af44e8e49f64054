import { defineRule } from './define.ts';

export default defineRule({
  id: 'level.undetermined',
  severity: 'warning',
  route: 'coder-review',
  meaning: 'the anatomy establishes no known code',
  check: ({ decision }) =>
    decision.ambiguity || decision.supported !== null
      ? []
      : [
          {
            id: 'level.undetermined',
            severity: 'warning',
            message: 'The documented anatomy does not establish any known procedure code.',
            evidence: [],
            fix: 'Document what was divided or resected, whether the limb or pelvis was kept, and whether bone was cut.',
          },
        ],
});
