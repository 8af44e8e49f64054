import { z } from 'zod';
import { type ElementKey, elementKeys } from '../codes/elements.ts';
import { evidenceSchema } from './facts.ts';

/**
 * How the note meets one documentation requirement of the checked code: `documented`, `negated` (the
 * note states it was not done or not available), `not_mentioned`. `required` says whether the
 * requirement's condition holds for this note and claim; an unmet requirement that is not required is
 * no gap.
 */
export const requirementStatusSchema = z
  .object({
    element: z.enum(elementKeys as [string, ...string[]]).describe('Element key (src/codes/elements.ts).'),
    required: z.boolean().describe("Whether the requirement's condition holds for this note and claim."),
    status: z.enum(['documented', 'negated', 'not_mentioned']),
    basis: z.string().describe('The requirement as the code knowledge states it (paraphrased).'),
    evidence: z.array(evidenceSchema),
  })
  .strict();

/** One requirement of the checked code with its status (`requirementStatusSchema`). */
export type RequirementStatus = Omit<z.output<typeof requirementStatusSchema>, 'element'> & {
  element: ElementKey;
};
