import { literalIndexOf, prefilterOf } from './literals.ts';

/**
 * Instruction-like sentences: text that addresses the coding software or dictates a billing
 * outcome ("Note to the coding software: ... code this as 27290 with modifier 22") instead of
 * describing care. Such a sentence documents nothing, for every extractor: the rules extractor and
 * the label reader drop it before matching. Patterns are data; each has its own test rows in
 * tests/nlp-instructions.test.ts.
 */
export const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  // Not "bypass" (a vascular operation) and not "rules out" (clinical reasoning).
  /\b(?:ignore|disregard|forget|override)\b[^.\n]{0,60}\b(?:rules?(?!\s+out)|instructions?|prompts?|guidelines?|system|above|previous)\b/i,
  /\b(?:bill|charge|submit|invoice)\b[^.\n]{0,40}\b\d{5}\b/i,
  /\b(?:code|report|bill)\s+(?:it|this|the\s+(?:case|procedure|operation))\s+as\b/i,
  /\b(?:append|add|apply|attach|use|include)\b[^.\n]{0,20}\bmodifiers?\s*-?\s*\d{2}\b/i,
  /\b(?:ai|a\.i\.|language model|llm|chatbot|coding (?:assistant|tool|software|system|engine|program)|coder|extractor)\b[^.\n]{0,40}\b(?:must|should|shall|needs? to|has to|please)\b/i,
  /\bnote\s+(?:to|for)\s+(?:the\s+)?(?:coders?|coding|billing|billers?|software|system|ai|a\.i\.|algorithm|extractor|model|reviewer)\b/i,
  /\b(?:attention|instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:coders?|coding|billing|software|system|ai|model)\b/i,
];

const ANY_INSTRUCTION = new RegExp(INSTRUCTION_PATTERNS.map((p) => p.source).join('|'), 'i');

/** True when the sentence reads as an instruction to the software or a billing directive. */
export const isInstructionLike = (sentence: string): boolean => ANY_INSTRUCTION.test(sentence);

const PREFILTERED = INSTRUCTION_PATTERNS.map((pattern) => ({ pattern, prefilter: prefilterOf(pattern) }));

/**
 * `isInstructionLike` of the sentence at [start, end) of a note, pattern by pattern (one matches
 * exactly when their alternation does), each only where the note's literal index says it may match
 * (src/nlp/literals.ts): most sentences hold no literal of any of them.
 */
export function isInstructionLikeAt(text: string, start: number, end: number): boolean {
  const literals = literalIndexOf(text);
  let sentence: string | undefined;
  for (const { pattern, prefilter } of PREFILTERED) {
    if (!literals.mayMatch(prefilter, start, end)) continue;
    sentence ??= text.slice(start, end);
    if (pattern.test(sentence)) return true;
  }
  return false;
}

/** A half-open character range `[start, end)` of a text. */
export interface TextSpan {
  start: number;
  end: number;
}

// Global copies of the patterns, to find every match in one pass.
const GLOBAL_PATTERNS: readonly RegExp[] = INSTRUCTION_PATTERNS.map(
  (p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`),
);

/**
 * Most characters of the surrounding sentence, on each side of a match, that an instruction claims. In a
 * run-on dictation (spoken punctuation, no sentence marks) the "sentence" is the whole note: one
 * instruction must not silence everything else.
 */
export const INSTRUCTION_CONTEXT_CHARS = 200;

// . ! ? and line feed.
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/**
 * The spans of `text` that belong to instruction-like sentences: for each pattern match, its sentence
 * (from the previous `.`, `!`, `?` or line break to the next), clipped to `context` characters on each side
 * of the match. Sorted and merged. Computed once per text (linear), then queried with `overlapsAny`.
 */
export function findInstructionSpans(text: string, context: number = INSTRUCTION_CONTEXT_CHARS): TextSpan[] {
  const found: TextSpan[] = [];
  // Sentence by sentence, so a match never spans a `!` or `?` (the patterns already stop at `.` and `\n`).
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSentenceEnd(text.charCodeAt(i))) continue;
    if (i > from) {
      const sentence = text.slice(from, i);
      for (const pattern of GLOBAL_PATTERNS) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
          const start = from + m.index;
          const end = start + m[0].length;
          found.push({ start: Math.max(from, start - context), end: Math.min(i, end + context) });
          if (m[0].length === 0) pattern.lastIndex++;
        }
      }
    }
    from = i + 1;
  }
  found.sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** True when `[start, end)` overlaps one of the sorted, disjoint `spans` (binary search). */
export function overlapsAny(spans: readonly TextSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  // First span that ends after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as TextSpan).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span.start < Math.max(end, start + 1);
}
