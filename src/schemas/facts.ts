import { z } from 'zod';

/** Documentation state of an element: never collapse `not_mentioned` into `negated`. */
export const elementStatusSchema = z.enum(['documented', 'negated', 'not_mentioned']);
export type ElementStatus = z.infer<typeof elementStatusSchema>;

/** The ConText cue that made a mention negated, historical, hypothetical, family or retracted. */
export const evidenceContextSchema = z
  .object({
    category: z.enum([
      'negated',
      'possible',
      'hypothetical',
      'historical',
      'family',
      'retracted',
      'unchecked',
      'generic',
    ]),
    cue: z.string().describe('The cue as written in the note ("not", "status post").'),
    rule: z.string().describe('Id of the context rule (src/nlp/context-rules.ts).'),
  })
  .strict();

/**
 * How a piece of evidence was found in the transcript: `exact` (the model's quote verbatim), `normalized`
 * (ignoring whitespace, case and typography), `fuzzy` (a bounded approximate match) or `rule` (found by
 * the rules extractor's lexicon).
 */
export const evidenceMatchSchema = z.enum(['exact', 'normalized', 'fuzzy', 'rule']);
export type EvidenceMatch = z.infer<typeof evidenceMatchSchema>;

/**
 * A verbatim quote with offsets such that `transcript.slice(start, end) === quote`; `context` names
 * the cue when the quote documents a negation or a past event; `match` says how it was found.
 */
export const evidenceSchema = z
  .object({
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    context: evidenceContextSchema.optional(),
    /** How the quote was matched; absent in results written before it existed. */
    match: evidenceMatchSchema.optional(),
  })
  .refine((e) => e.end - e.start === e.quote.length, { message: 'end - start must equal quote length' });
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * A fact a reader infers rather than reads (a specimen "lower extremity with hemipelvis" means the
 * limb was removed): the inference rule's id and its reason. The route sends inferred facts to review.
 */
export const inferredSchema = z
  .object({
    rule: z.string().describe('Id of the inference rule (src/nlp/inference.ts).'),
    reason: z.string().describe('Why the fact follows from what the note states.'),
  })
  .strict();
export type Inferred = z.infer<typeof inferredSchema>;

/** One extracted fact: status, optional normalized value, the evidence behind it, and whether it is inferred. */
export interface Fact<V = unknown> {
  status: ElementStatus;
  value?: V;
  evidence: Evidence[];
  inferred?: Inferred;
  /**
   * Evidence where the note states another value of the same element (the title and diagnoses say the
   * right side, the prep, the incision and the specimen the left): the note contradicts itself.
   */
  conflicting?: Evidence[];
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

/**
 * The note-level context of a text that documents no index operation: it describes an operation in
 * general (a textbook or atlas) or several patients (a series), by the note-level rule `rule`
 * (src/nlp/note-context.ts) whose cue is `evidence`. Its described anatomy still decides the code; the
 * route sends it to coder review (`note.generic`), and it documents no patient's consent, imaging ….
 */
export interface NoteContext {
  category: 'generic';
  rule: string;
  cue: string;
  /** `several`: the text reports several patients; `general`: it describes an operation in general. */
  patients: 'several' | 'general';
  evidence: Evidence;
}
