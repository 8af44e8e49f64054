import { z } from 'zod';

/** Documentation state of an element: never collapse `not_mentioned` into `negated`. */
export const elementStatusSchema = z.enum(['documented', 'negated', 'not_mentioned']);
export type ElementStatus = z.infer<typeof elementStatusSchema>;

/** A verbatim quote with offsets such that `transcript.slice(start, end) === quote`. */
export const evidenceSchema = z
  .object({
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((e) => e.end - e.start === e.quote.length, { message: 'end - start must equal quote length' });
export type Evidence = z.infer<typeof evidenceSchema>;

/** One extracted fact: status, optional normalized value, and the evidence behind it. */
export interface Fact<V = unknown> {
  status: ElementStatus;
  value?: V;
  evidence: Evidence[];
}

/** Evidence without repeats of the same span, in first-seen order. */
export function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const notMentioned = (): Fact<never> => ({ status: 'not_mentioned', evidence: [] });
