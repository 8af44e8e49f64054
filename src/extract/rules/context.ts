import type { Span } from './text.ts';

/**
 * ConText/NegEx-style assertion of a mention: is it affirmed, negated, hypothetical (planned,
 * considered, conditional), historical (a past operation), or retracted by the dictating surgeon?
 * Triggers act within a bounded number of words and stop at clause terminators.
 */
export type Assertion = 'affirmed' | 'negated' | 'hypothetical' | 'historical' | 'retracted';

const PRE_NEGATION =
  /\b(?:no|not|without|denie[sd]|negative for|free of|absence of|absent|never|neither|nor|unable to|could not|cannot|can't|did not|didn't|does not|doesn't|do not|don't|was not|were not|is not|are not|has not|have not|had not|rather than|instead of|as opposed to|in lieu of|no evidence of|declined|refused|deferred|omitted)\b/gi;
// Anatomic negation: a structure spared or preserved was not divided. Only for procedure anatomy.
const PRE_ANATOMIC_NEGATION = /\b(?:avoid(?:ed|ing)?|spar(?:ed|ing)|preserv(?:ed|ing)|intact)\b/gi;

const PRE_HYPOTHETICAL =
  /\b(?:if|whether|would|will|may|might|could|possibl[ey]|potential(?:ly)?|consider(?:ed|ing)?|contemplat\w+|plan(?:s|ned)? (?:to|for|is|was)|planning|candidate for|options? (?:of|include|including|for)|possibility of|recommend(?:ed|s|ation)?|in the event|should|anticipat\w+|expect(?:ed)? to|need for|require[sd]? further|evaluat(?:e|ed|ion) for|scheduled for|in preparation for|versus|vs\.?|alternatives?|offered|rule out|r\/o|concern for|suspicious for|question of|to be determined|eventual(?:ly)?|future|later date|second stage|staged|upcoming|next(?=\s*$)|(?:talked|spoke|spoken) (?:to \w+ )?about|discuss(?:ed|ing)? (?:the )?(?:options?|possibilit(?:y|ies)|alternatives?|need)|(?:we|i) discussed|explained (?:the )?(?:options?|possibilit(?:y|ies)|alternatives?))\b/gi;

const PRE_HISTORICAL =
  /\b(?:previous(?:ly)?|prior|history of|hx of|had undergone|underwent|status post|s\/p|originally|initially|years? ago|months? ago|in (?:19|20)\d\d|at an outside|outside hospital)\b/gi;
// "AKA done here in November", "amputation in 2024", "3 months ago": a past event named after the mention.
const POST_HISTORICAL =
  /^[\s,]*(?:(?:was|were|had been|that was)\s+)?(?:(?:done|performed|carried out|undertaken|made)\s+)?(?:(?:here|elsewhere|at\s+\w+(?:\s+\w+)?)\s+)?(?:in|on|during|back in|last)\s+(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}\/\d{1,2}|(?:last\s+)?(?:year|month|week|spring|summer|fall|autumn|winter))\b|^[\s,]*\S+(?:\s+\S+){0,3}\s+(?:years?|months?|weeks?)\s+ago\b/i;

// Phrases after the mention that negate it: "MRI was not performed", "pathology is pending".
const POST_NEGATION =
  /^[\s,]*(?:(?!(?:and|but|which|then|or|show\w*|demonstrat\w*|reveal\w*|confirm\w*|indicat\w*|suggest\w*|found)\b)[\w'/-]+\s+){0,5}?(?:(?:was|were|is|are|has|have|had|been|being|be|could|can|yet|also|ever|then|still|currently|reportedly|unfortunately|results?|report|reports)\s+){1,3}(?:not|never|pending|unavailable|deferred|declined|cancel(?:l)?ed|refused|omitted|awaited|outstanding|to follow|not yet)\b|^[\s,]*(?:not|never|pending|unavailable|deferred|declined|refused|to follow|not yet)\b/i;
const POST_HYPOTHETICAL =
  /^[\s,]*(?:(?!(?:and|but|then)\b)[\w'/-]+[\s,]+){0,8}?(?:(?:was|were|is|are|has been|had been|would be|will be|may be|be)\s+)(?:\w+\s+)?(?:planned|considered|contemplated|discussed|recommended|offered|proposed|anticipated|an option|possible|rejected|declined)\b|^[\s,]*(?:if needed|if necessary|as needed)\b/i;
// Templated notes: "Tumor board reviewed: [ ] Yes [x] No", "Consent obtained: No", "MRI: N/A".
const CHECKED_NO =
  /^[^.;\n]{0,40}?(?:\[\s*[xX✓✔]\s*\]\s*(?:no|none|n\/a|not\s+applicable|not\s+done)\b|:\s*(?:no|none|n\/a|not\s+(?:done|presented|obtained|performed|available|applicable))\b)/i;
const CHECKED_YES = /^[^.;\n]{0,40}?\[\s*[xX✓✔]\s*\]\s*yes\b/i;
const POST_RETRACTION = /^[\s,]*(?:scratch that|strike that|delete that|correction|i mean|sorry)\b/i;

// Words that end a trigger's scope: the clause changes.
const TERMINATOR =
  /\b(?:but|however|although|though|except|aside from|apart from|whereas|which|then|after which|subsequently|next|so|therefore|thus)\b|(?:,|\bcomma)\s*and\b|\band\s+(?:he|she|they|we|i|the patient|patient)\b|[;:]/i;

const WINDOW_WORDS = 6;
/** Characters of context examined around a mention (well beyond the longest trigger window). */
const CONTEXT_CHARS = 300;
// "the previously disrupted symphysis": the past tense describes the structure, not an earlier operation.
const ADJECTIVAL_PAST = /\b(?:previously|prior|already|originally)\s+\w+ed\s+(?:\w+\s+)?$/i;

function lastWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

/** True when `trigger` fires in `before` (the text preceding the mention) with no terminator after it. */
function preTriggered(before: string, trigger: RegExp, windowWords: number): boolean {
  const scope = lastWords(before, windowWords);
  trigger.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = trigger.exec(scope); m !== null; m = trigger.exec(scope)) last = m;
  if (!last) return false;
  return !TERMINATOR.test(scope.slice(last.index + last[0].length));
}

export interface AssertionOptions {
  /** Negation triggers inside the matched span itself count ("the femur was not cut"). Default true. */
  negationInside?: boolean;
  /** Skip the historical check (for facts that are history by nature, e.g. a prior amputation). */
  allowHistorical?: boolean;
  /** Skip the hypothetical check (e.g. "will be admitted" is documentation of admission). */
  allowHypothetical?: boolean;
  /** Also treat sparing/preserving words as negation (procedure anatomy only). */
  anatomic?: boolean;
  /** The match itself expresses negation as its meaning ("wound was not closed" = left open). */
  negationIsMeaning?: boolean;
}

/** Decides how a mention at `match` inside `sentence` is asserted. */
export function assertMention(
  text: string,
  sentence: Span,
  match: Span,
  options: AssertionOptions = {},
): Assertion {
  // Triggers reach a few words only: a bounded window keeps each mention O(1) on huge unpunctuated input.
  const before = text.slice(Math.max(sentence.start, match.start - CONTEXT_CHARS), match.start);
  const inside = text.slice(match.start, Math.min(match.end, match.start + CONTEXT_CHARS));
  const after = text.slice(match.end, Math.min(sentence.end, match.end + 80));
  if (POST_RETRACTION.test(after)) return 'retracted';
  if (!options.negationIsMeaning && !CHECKED_YES.test(after) && CHECKED_NO.test(after)) return 'negated';
  if (!options.negationIsMeaning) {
    if (preTriggered(before, PRE_NEGATION, WINDOW_WORDS)) return 'negated';
    // "Neither the MRI ordered in March nor the CT could be obtained": neither scopes the whole clause.
    if (
      /\bneither\b/i.test(before) &&
      /\bnor\b[^.;]{0,160}?\b(?:could|was|were|is|are)\s+(?:not\s+)?(?:be\s+)?(?:obtained|performed|done|available)/i.test(
        text.slice(match.start, Math.min(sentence.end, match.end + CONTEXT_CHARS)),
      )
    )
      return 'negated';
    if (options.anatomic && preTriggered(before, PRE_ANATOMIC_NEGATION, WINDOW_WORDS)) return 'negated';
    if ((options.negationInside ?? true) && hasInsideNegation(inside, options.anatomic === true))
      return 'negated';
    if (POST_NEGATION.test(after)) return 'negated';
  }
  if (!options.allowHypothetical) {
    if (preTriggered(before, PRE_HYPOTHETICAL, 10)) return 'hypothetical';
    if (POST_HYPOTHETICAL.test(after)) return 'hypothetical';
  }
  if (
    !options.allowHistorical &&
    !ADJECTIVAL_PAST.test(before) &&
    (preTriggered(before, PRE_HISTORICAL, 10) || POST_HISTORICAL.test(after))
  ) {
    return 'historical';
  }
  return 'affirmed';
}

const INSIDE_NEGATION = /\b(?:not|no|never|without|neither|nor)\b/i;
const INSIDE_ANATOMIC_NEGATION = /\b(?:spared|preserved|intact)\b/i;

function hasInsideNegation(inside: string, anatomic: boolean): boolean {
  return INSIDE_NEGATION.test(inside) || (anatomic && INSIDE_ANATOMIC_NEGATION.test(inside));
}
