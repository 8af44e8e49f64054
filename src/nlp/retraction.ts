import { literalIndexOf } from './literals.ts';
import { splitSentences } from './sentences.ts';
import type { Span } from './types.ts';

/**
 * Retraction across sentences: an addendum or correction that points back at an earlier statement
 * ("the sentence stating that the femur was transected is withdrawn", "disregard the statement that
 * …", "'…' was dictated in error", "'…' should read '…'") retracts that statement wherever it stands
 * before, and the words quoted in the pointer itself. The correction that follows stands.
 */

/** "The procedure was …": the head of a correction naming the operation done (and the one it was not). */
const OPERATION_WAS = String.raw`(?:procedure|operation|surgery)\s+(?:performed\s+|done\s+)?(?:was|is)`;
/** Such a correction anywhere in the note (the cheap test before the pointers are read). */
const OPERATION_CORRECTED = new RegExp(String.raw`${OPERATION_WAS}\b[^.;]{3,120}?\snot\s`, 'i');

/** Pointer patterns, as data: `content` is the statement pointed at. Each has its own test rows. */
export const retractionPointers: ReadonlyArray<{ id: string; pattern: RegExp; examples: readonly string[] }> =
  [
    {
      id: 'retracted.pointer-withdrawn',
      pattern:
        /\b(?:sentence|statement|line|phrase|entry|text|dictation|portion|mention|words?)\s+(?:stating|saying|reading|that\s+(?:states?|stated|said|says|reads?)|which\s+(?:states?|stated|said|reads?))\s*(?:that\s+)?[:"“‘']?\s*(?<content>[^.;"”’]{1,200}?)\s*["”’']?\s*,?\s+(?:is|was|are|were|has\s+been|have\s+been|should\s+be)\s+(?:hereby\s+|being\s+)?(?:withdrawn|retracted|deleted|removed|struck|stricken|incorrect|wrong|erroneous|void|in\s+error|an?\s+error|disregarded|rescinded|not\s+correct)\b/i,
      examples: ['The sentence stating that the femur was transected is withdrawn.'],
    },
    {
      id: 'retracted.pointer-disregard',
      pattern:
        /\b(?:disregard|ignore|strike|delete|retract|withdraw)\s+(?:the\s+)?(?:earlier\s+|previous\s+|prior\s+|above\s+|preceding\s+)?(?:sentence|statement|line|phrase|entry|mention|dictation)\s+(?:stating|saying|reading|that\s+(?:states?|stated|said|says|reads?)|that|about)\s*(?:that\s+)?[:"“‘']?\s*(?<content>[^.;"”’]{1,200}?)\s*["”’']?\s*(?:[.;]|$)/i,
      examples: ['Please disregard the earlier statement that the femur was transected.'],
    },
    {
      id: 'retracted.pointer-in-error',
      pattern:
        /[:"“‘']\s*(?<content>[^.;:"”’]{1,200}?)\s*["”’']?\s*,?\s+(?:was|were)\s+(?:dictated|stated|documented|entered|recorded|transcribed|written|included)\s+in\s+error\b/i,
      examples: ['Correction: "the femur was transected" was dictated in error.'],
    },
    {
      id: 'retracted.pointer-should-read',
      pattern:
        /["“‘']\s*(?<content>[^.;"”’]{1,200}?)\s*["”’']\s*,?\s+should\s+(?:instead\s+)?(?:read|say|state)\b/i,
      examples: ['"The femur was transected" should read "the knee was disarticulated".'],
    },
    {
      // A correction naming the operation done and the one it was not: "the procedure was a left modified
      // hindquarter amputation, not a hip disarticulation - the title was carried over". The name denied is
      // retracted where an earlier sentence states it (a title, a posting).
      id: 'retracted.pointer-not-the-operation',
      pattern: new RegExp(
        String.raw`\b${OPERATION_WAS}\s+(?:actually\s+|in\s+fact\s+)?[^.;]{3,120}?,?\s+not\s+(?:an?\s+|the\s+)?(?<content>(?:[a-z-]+\s+){0,3}?(?:amputation|disarticulation|hemipelvectomy|resection|excision|AKA|BKA|revision|curettage)s?)\b`,
        'i',
      ),
      examples: [
        'The procedure was a left modified hindquarter amputation, not a hip disarticulation - the title was carried over.',
      ],
    },
  ];

/**
 * A correction dictated on the spot, right after what it corrects: a question mark or a dash, then
 * "corrected", "correction", "no", "sorry", "I mean" ("… on the right of the symphysis? - corrected: on
 * the left", "… divided at the junction? - no: the whole tuber is taken", "the right — sorry, the left
 * hip"). What it retracts is read from the correction (`correctedSpan`); the correction stands.
 */
export const selfCorrectionMarkers: ReadonlyArray<{
  id: string;
  pattern: RegExp;
  /** A sentence and the words it retracts (null: none). */
  examples: ReadonlyArray<{ text: string; retracted: string | null }>;
}> = [
  {
    id: 'retracted.self-correction',
    // After a question mark or a dash; a bare "no" only with its colon ("? - no: …"), so that a
    // checklist answer ("Tourniquet - no") stays an answer.
    pattern:
      /(?:\?\s*(?:[-–—]+\s*)?|\s[-–—]+\s*)(?:corrected(?:\s+to)?|correction|sorry|i\s+mean|no\s*:)\s*[:,]?\s*(?=\S)/gi,
    examples: [
      {
        text: 'The osteotomy went through the pubis on the right? - corrected: on the left, beside the symphysis.',
        retracted: 'right',
      },
      {
        text: 'Osteotomy: the ischium divided at its junction? - no: the whole ischium was taken.',
        retracted: ' the ischium divided at its junction',
      },
      { text: 'The right — sorry, the left hip was prepared.', retracted: 'right' },
      { text: 'Femur divided on the R side - correction: L side.', retracted: 'R' },
      // a checklist answer is no correction
      { text: 'Tourniquet - no. Drain - yes.', retracted: null },
    ],
  },
  {
    id: 'retracted.no-then-clause',
    // After a semicolon or a comma, "no," and a new clause with its own subject corrects the clause before
    // it: "the femur was cut; no, the knee was disarticulated", "the leg was taken through the thigh, no,
    // sorry, through the knee joint". Not a "no" that answers ("Drain; no") nor one that heads a noun ("; no
    // drain was used").
    pattern:
      /[;,]\s*no\s*,\s*(?:(?:sorry|rather|i\s+mean|correction)\s*,?\s*)?(?=(?:the|a|an|it|we|he|she|they|this|that|his|her|through|at|in|on)\b)/gi,
    examples: [
      {
        text: 'Left knee. The femur was cut; no, the knee was disarticulated.',
        retracted: 'The femur was cut',
      },
      {
        text: 'The leg was taken through the thigh, no, sorry, through the knee joint.',
        retracted: 'The leg was taken through the thigh',
      },
      { text: 'The femur was divided; no drain was used.', retracted: null },
      { text: 'Drain; no. Tourniquet; yes.', retracted: null },
    ],
  },
];

/** A correction that names a side ("on the left", "left side"): it corrects only the side word before it. */
const SIDE_CORRECTION = /^(?:(?:on|to|at|of)\s+)?(?:the\s+)?(?:left|right|lt|rt|L|R)\b/i;
const SIDE_WORD_BEFORE = /\b(?:left|right|lt|rt|L|R)\b(?![\s\S]*\b(?:left|right|lt|rt|L|R)\b)/i;
/** Characters looked back over for what a self-correction corrects. */
const SELF_CORRECTION_REACH = 160;

/**
 * What a self-correction retracts: where the correction names a side, the last side word before it;
 * else the clause before it (back to the last ";", ":", "(" or line start within reach).
 */
function correctedSpan(text: string, markerStart: number, correction: string): Span | undefined {
  const from = Math.max(0, markerStart - SELF_CORRECTION_REACH);
  const before = text.slice(from, markerStart);
  if (SIDE_CORRECTION.test(correction)) {
    const side = SIDE_WORD_BEFORE.exec(before);
    return side ? { start: from + side.index, end: from + side.index + side[0].length } : undefined;
  }
  // A clause does not reach back over a sentence's end ("Left knee. The femur was cut; no, …").
  const sentenceEnd = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '));
  const clauseStart = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('('),
    before.lastIndexOf('\n'),
    sentenceEnd < 0 ? -1 : sentenceEnd + 1,
  );
  const start = from + clauseStart + 1;
  return start < markerStart ? { start, end: markerStart } : undefined;
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'was',
  'were',
  'is',
  'are',
  'that',
  'this',
  'with',
  'and',
  'of',
  'to',
  'at',
  'in',
  'on',
  'then',
  'been',
  'had',
  'has',
]);

const words = (s: string): string[] =>
  (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1 && !STOP.has(w));

/** Share of the pointed-at words a sentence must hold to be the statement retracted. */
const MIN_SHARE = 0.75;
/** Sentences looked back over for the statement pointed at (keeps a note with many corrections linear). */
const LOOKBACK = 200;
/** At most this many retractions are kept per note. */
const MAX_SPANS = 64;

let cacheText: string | undefined;
let cacheSpans: Span[] = [];

/**
 * The spans of `text` retracted by a correction that points back at them: the pointed-at words in
 * the correction itself, and the nearest earlier sentence holding them. Computed once per note.
 */
export function retractedSpans(text: string): readonly Span[] {
  if (cacheText === text) return cacheSpans;
  cacheText = text;
  cacheSpans = [];
  for (const { pattern } of selfCorrectionMarkers) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null && cacheSpans.length < MAX_SPANS; m = pattern.exec(text)) {
      const correction = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const span = correctedSpan(text, m.index, correction);
      if (span) cacheSpans.push(span);
    }
  }
  if (
    !/withdraw|retract|delet|struck|stricken|incorrect|wrong|erroneous|void|error|disregard|ignore|strike|should\s+(?:instead\s+)?(?:read|say|state)|rescind|not\s+correct/i.test(
      text,
    ) &&
    !OPERATION_CORRECTED.test(text)
  )
    return cacheSpans;
  // A pointer none of whose literals is in the note matches in none of its sentences (src/nlp/literals.ts).
  const literals = literalIndexOf(text);
  const pointers = retractionPointers.filter(({ pattern }) => literals.mayMatch(pattern, 0, text.length));
  if (pointers.length === 0) return cacheSpans;
  const sentences = splitSentences(text);
  for (let i = 0; i < sentences.length && cacheSpans.length < MAX_SPANS; i++) {
    const s = sentences[i] as Span;
    const slice = text.slice(s.start, s.end);
    for (const { pattern } of pointers) {
      const m = pattern.exec(slice);
      const content = m?.groups?.content;
      if (!m || !content) continue;
      const at = s.start + m.index + m[0].indexOf(content);
      cacheSpans.push({ start: at, end: at + content.length });
      const wanted = [...new Set(words(content))];
      if (wanted.length < 2) continue;
      for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
        const earlier = sentences[j] as Span;
        const have = new Set(words(text.slice(earlier.start, earlier.end)));
        if (wanted.filter((w) => have.has(w)).length / wanted.length >= MIN_SHARE) {
          cacheSpans.push({ start: earlier.start, end: earlier.end });
          break;
        }
      }
    }
  }
  cacheSpans = cacheSpans.slice(0, MAX_SPANS);
  return cacheSpans;
}
