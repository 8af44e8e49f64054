import { isInstructionLikeAt } from '../../nlp/instructions.ts';
import { findHeaders, segment } from '../../nlp/sections.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import type { SectionKind, Sentence, Span } from '../../nlp/types.ts';
import type { Evidence } from '../../schemas/facts.ts';

export type { SectionKind, Sentence, Span };
export { findHeaders, segment, splitSentences };

/**
 * The note's sentences without instruction-like ones (src/nlp/instructions.ts): a sentence that
 * addresses the software documents nothing, nor does a line it introduces with a colon.
 */
let lastText: string | undefined;
let lastSentences: Sentence[] = [];

export function clinicalSentences(text: string): Sentence[] {
  // The extractor and the label reader segment the same note: the last result is reused.
  if (text === lastText) return lastSentences;
  const out: Sentence[] = [];
  let dropped: Sentence | undefined;
  for (const s of segment(text)) {
    const introduced = dropped !== undefined && /:\s*$/.test(text.slice(dropped.start, s.start));
    if (isInstructionLikeAt(text, s.start, s.end) || introduced) {
      dropped = s;
      continue;
    }
    dropped = undefined;
    out.push(s);
  }
  lastText = text;
  lastSentences = out;
  return out;
}

const MAX_QUOTE = 240;

/**
 * The evidence for a match: its sentence, or for a very long sentence (raw dictation without
 * punctuation) a window around the match cut at word boundaries. Always an exact slice, marked
 * `match: 'rule'` (found by the rules extractor).
 */
export function evidenceFor(text: string, sentence: Span, match: Span): Evidence {
  let { start, end } = sentence;
  if (end - start > MAX_QUOTE) {
    const pad = Math.max(0, Math.floor((MAX_QUOTE - (match.end - match.start)) / 2));
    start = Math.max(sentence.start, match.start - pad);
    end = Math.min(sentence.end, match.end + pad);
    while (start > sentence.start && /\S/.test(text[start - 1] ?? '')) start++;
    while (end < sentence.end && /\S/.test(text[end] ?? '')) end--;
    if (start > match.start) start = match.start;
    if (end < match.end) end = match.end;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  }
  return { quote: text.slice(start, end), start, end, match: 'rule' };
}
