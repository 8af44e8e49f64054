import { literalIndexOf } from './literals.ts';
import type { Span } from './types.ts';

/**
 * A history told as a chain of dated operations (a case presentation spanning years: "…a wide
 * resection was performed. One year later … Twelve years after the initial procedure …"): each
 * relative time shift moves the story on, so what a paragraph narrates before its last shift happened
 * before the present, not in the index operation. Rules as data with their own test rows
 * (tests/nlp-context.test.ts). Conservative: at least two shifts in the note, and the history ends at
 * the sentence holding the last shift of the same paragraph (a line or blank-line block), so a single
 * "two years later" or a shift in another paragraph changes nothing.
 */
export interface TimeShiftRule {
  id: string;
  /** Regex source of a relative shift forward in past time (case-insensitive). */
  cue: string;
  /** One such shift moves the story on by itself (the others need two in the note). */
  alone?: boolean;
  examples: readonly { text: string; target: string; expect: 'historical' | null }[];
}

const COUNT =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|several|a\\s+few|some)';

export const timeShiftRules: readonly TimeShiftRule[] = [
  {
    id: 'historical.time-shift',
    cue: `\\b${COUNT}[\\s-]+(?:years?|months?|decades?)\\s+(?:later|after(?:wards)?\\b)`,
    examples: [
      {
        text: 'At 15 she had a wide resection of the distal femur. One year later the graft fractured. Nine years after that the knee was replaced.',
        target: 'wide resection of the distal femur',
        expect: 'historical',
      },
      {
        text: 'The distal femur was resected en bloc. Two years later she walks unaided.',
        target: 'distal femur was resected',
        expect: null,
      },
      {
        text: 'He had a BKA in 2019. Two years later it failed; a year later it was revised.\nToday the femur was transected at mid-shaft.',
        target: 'femur was transected',
        expect: null,
      },
    ],
  },
  {
    // A complication after the operation, then a later operation for it: "an above-knee amputation was
    // done. However, he developed infection post-operatively leading to a poor stump. Thus, revision
    // surgery was done" (the case's index operation is the revision). Only with a later operation told
    // after it: a complication that settles leaves the operation today's.
    id: 'historical.complication-then-reoperation',
    cue: `\\b(?:developed|suffered|had)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:infection|necrosis|dehiscence|breakdown|sepsis|gangrene|complications?|ulceration)\\b[^.;]{0,60}?\\b(?:post-?operatively|after\\s+(?:the\\s+)?(?:surgery|operation|amputation))\\b(?=[^\\n]{0,300}?\\b(?:revision|re-?amputation|(?:surgery|operation|procedure)\\s+was\\s+(?:then\\s+)?(?:done|performed)|underwent|taken\\s+back)\\b)`,
    alone: true,
    examples: [
      {
        text: 'An above-knee amputation of the right leg was done. However, he developed infection post-operatively leading to a poor stump. Thus, revision surgery was done.',
        target: 'above-knee amputation',
        expect: 'historical',
      },
      {
        text: 'A right above-knee amputation was done. He developed a wound infection post-operatively, which settled with antibiotics.',
        target: 'above-knee amputation',
        expect: null,
      },
    ],
  },
];

const CUES = timeShiftRules.map((r) => ({ rule: r, re: new RegExp(r.cue, 'gi') }));
const SENTENCE_END = /[.!?;](?=\s)/g;

let lastText: string | undefined;
/** A span narrated before a later shift, with the rule of the paragraph's last shift. */
export interface SupersededSpan extends Span {
  rule: string;
}
let lastSpans: SupersededSpan[] = [];

/** Spans of the note narrated before a later time shift of the same paragraph (computed once per note). */
export function supersededSpans(text: string): SupersededSpan[] {
  if (text === lastText) return lastSpans;
  lastText = text;
  const shifts: { at: number; rule: string }[] = [];
  let alone = false;
  const literals = literalIndexOf(text);
  for (const { rule, re } of CUES) {
    // A cue none of whose literals is in the note cannot match (src/nlp/literals.ts).
    if (!literals.mayMatch(re, 0, text.length)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      shifts.push({ at: m.index, rule: rule.id });
      if (rule.alone) alone = true;
    }
  }
  lastSpans = [];
  if (shifts.length >= 2 || alone) {
    const byParagraph = new Map<number, { at: number; rule: string }>();
    for (const shift of shifts) {
      const start = text.lastIndexOf('\n', shift.at) + 1;
      const seen = byParagraph.get(start);
      if (!seen || shift.at > seen.at) byParagraph.set(start, shift);
    }
    for (const [start, { at: last, rule }] of byParagraph) {
      // The history ends where the sentence holding the paragraph's last shift begins.
      let end = start;
      SENTENCE_END.lastIndex = start;
      for (let m = SENTENCE_END.exec(text); m !== null && m.index < last; m = SENTENCE_END.exec(text))
        end = m.index + 1;
      if (end > start) lastSpans.push({ start, end, rule });
    }
  }
  return lastSpans;
}
