import { type ContextHit, contextOf, nextClauseDenial } from '../../nlp/context.ts';
import type { ContextCategory } from '../../nlp/context-rules.ts';
import type { Span } from './text.ts';

/**
 * How a mention is asserted: affirmed, negated, hypothetical (planned, considered, possible),
 * historical (a past operation), family (another experiencer: a relative's condition, another
 * patient's or a relative's operation), unchecked (a template item whose
 * box is empty: it documents nothing), generic (a statement about practice, not this patient) or
 * retracted by the dictating
 * surgeon. Decided by the ConText rules in src/nlp/context-rules.ts.
 */
export type Assertion = 'affirmed' | Exclude<ContextCategory, 'possible'>;

export interface AssertionOptions {
  /** Negation cues inside the matched span itself count ("the femur was not cut"). Default true. */
  negationInside?: boolean;
  /** Skip the historical check (for facts that are history by nature, e.g. a prior amputation). */
  allowHistorical?: boolean;
  /** The target is a fact of the encounter (an admission): only episode cues make it historical. */
  episode?: boolean;
  /** Skip the hypothetical check (e.g. "will be admitted" is documentation of admission). */
  allowHypothetical?: boolean;
  /** Also treat sparing/preserving words as negation (procedure anatomy only). */
  anatomic?: boolean;
  /** The target is the patient's condition (a diagnosis): a relative's condition is not the patient's. */
  condition?: boolean;
  /** The match itself expresses negation as its meaning ("wound was not closed" = left open). */
  negationIsMeaning?: boolean;
  /**
   * The target is an act the text describes (a procedure feature, a procedure name): a text that is
   * generic as a whole (src/nlp/note-context.ts) still describes it. Default false.
   */
  describedAct?: boolean;
}

const ASSERTION: Record<ContextCategory, Assertion> = {
  negated: 'negated',
  possible: 'hypothetical',
  hypothetical: 'hypothetical',
  historical: 'historical',
  family: 'family',
  retracted: 'retracted',
  unchecked: 'unchecked',
  generic: 'generic',
};

/** The assertion of a mention and, when it is not affirmed, the cue that decided it. */
export function assertWithCue(
  text: string,
  sentence: Span,
  match: Span,
  options: AssertionOptions = {},
): { assertion: Assertion; context?: ContextHit } {
  const skip: ContextCategory[] = [];
  if (options.allowHistorical) skip.push('historical');
  if (options.allowHypothetical) skip.push('hypothetical', 'possible');
  if (options.negationIsMeaning) skip.push('negated');
  const hit = contextOf(text, sentence, match, {
    type: options.anatomic ? 'procedure' : options.condition ? 'condition' : 'document',
    skip,
    insideCues: options.negationInside ?? true,
    ...(options.episode ? { episode: true } : {}),
    ...(options.describedAct ? { noteLevel: false } : {}),
  });
  if (hit) return { assertion: ASSERTION[hit.category], context: hit };
  // An item put by, then denied after a semicolon ("chips were opened; they were not used").
  const next =
    options.anatomic && !options.negationIsMeaning ? nextClauseDenial(text, sentence, match) : undefined;
  return next ? { assertion: 'negated', context: next } : { assertion: 'affirmed' };
}

/** Decides how a mention at `match` inside `sentence` is asserted. */
export function assertMention(
  text: string,
  sentence: Span,
  match: Span,
  options: AssertionOptions = {},
): Assertion {
  return assertWithCue(text, sentence, match, options).assertion;
}
