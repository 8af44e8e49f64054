import type { Span } from './types.ts';

// Spoken punctuation in raw speech-recognition text ends a sentence like a full stop does.
const SPOKEN_BREAK = /\b(?:period|full stop|new paragraph|next paragraph|new line|next line|paragraph)\b/gi;
// A full stop that ends a sentence: not a decimal point, not "Dr." / "Dept." / "e.g." style abbreviations (nor the
// German and European titles "Dr. med.", "Univ.-Prof.", "Priv.-Doz.", "habil.").
// Leader dots ("Level ....... transfemoral") and ellipses are not full stops.
// "No." ends a sentence ("Tumor board: No.") unless a number or a record number follows ("No. 2",
// "Histopathology No. K-5520/25", "IP No.: 2025/4021").
// "Lt." and "Rt." abbreviate a side ("Lt. through-knee amputation", "Rt. Hip"): no sentence end before a
// lower-case word or a limb or operation named after them.
// A name's initial ("Dr H. Lindqvist", "Surgeon: J. Lindqvist", "KATHERINE M. ABERNATHY") is not a sentence end.
// After a field label or a comma ("Surgeon: J. Lindqvist", ", K. Abernathy") the letter is an initial
// only when a name follows it (a capitalised word ending the field, or before another name, a
// credential or "and", or ending the sentence; also after "and" / "by"); "Side: L. Femur divided" and "Margins: R. The femur …" end at the letter.
const HARD_BREAK =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|St|Dept|vs|approx|e\.g|i\.e|Fig|Univ|Priv|Doz|habil|Dr\.?[ \t]+med)|\.)(?<!(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+|\b[A-Z]{2,}[ \t])[A-Z])(?:[!?;]|(?<!\bNo)\.|(?<=\bNo)\.(?!\s*(?::\s*)?#?[A-Za-z]{0,4}[-/]?\d))(?!(?<=\b[LR]t\.)[ \t]+(?:[a-z]|(?:AKA|BKA|Hip|Knee|Leg|Thigh|Femur|Femoral|Above|Below|Through|Transfemoral|Hindquarter|Hemipelvectomy|Lower|Distal|Proximal|Sided|Stump|Side)\b))(?!(?<=(?:[:,]|\b(?:and|by))[ \t]*\b[A-Z]\.)[ \t]+[A-Z][a-z'’-]+(?:[ \t]*(?:[.,;)\n]|$)|[ \t]+(?:and[ \t]+)?[A-Z]))(?=\s|$)|\n/g;

// A dictation without one punctuation mark, spoken or written, is one run of words: there the
// operative report's spoken headings ("preoperative diagnosis", "estimated blood loss") start sentences.
// A heading word is not one after an article ("the procedure"), nor the anaesthesia after its kind
// ("general anesthesia": "epidural procedure" is the epidural then the procedure heading).
// Spoken fields start there too ("specimens leg to pathology", "complications none"), and so does the
// narrative ("the patient was placed supine") and the disposition ("the patient went to recovery").
const UNPUNCTUATED_HEADING =
  /(?<!\b(?:the|a|this|of|under|after|with)\s)\b(?:procedures?\s+performed|procedure|surgeons?|assistants?|operators?)\b|(?<!\b(?:the|a|this|of|general|spinal|regional|epidural|local|under|after|with)\s)\ban(?:a)?esthe(?:sia|tic)\b|\b(?:pre-?\s?op(?:erative)?\s+diagnos[ie]s|post-?\s?op(?:erative)?\s+diagnos[ie]s|indications|description\s+of\s+(?:the\s+)?procedure|estimated\s+blood\s+loss|no\s+complications|(?:the\s+)?patient\s+tolerated|disposition|end\s+of\s+dictation)\b|(?<!\b(?:the|a|as|one|single|this|with|of|and|no)\s)\b(?:no\s+)?(?:specimens?|implants?)\b(?!\s+(?:was|were|is|are)\b)|\bcomplications?\s+(?=(?:none|nil|zero|no|were\s+none|there\s+were\s+none)\b)|\b(?:the\s+)?patient\s+(?:(?:was|is)\s+(?:then\s+)?(?:placed|brought|taken|positioned|transferred|transported)|(?:then\s+)?(?:went|returned)\s+to)\b/gi;
const UNPUNCTUATED_MIN = 400;

/** Splits a transcript into sentence spans (trimmed, never empty), honouring spoken punctuation. */
export function splitSentences(text: string): Span[] {
  const cuts: Span[] = [];
  const body = text.trimEnd();
  SPOKEN_BREAK.lastIndex = 0;
  const unpunctuated = body.length >= UNPUNCTUATED_MIN && !/[.!?;\n]/.test(body) && !SPOKEN_BREAK.test(body);
  SPOKEN_BREAK.lastIndex = 0;
  for (const re of unpunctuated ? [UNPUNCTUATED_HEADING] : [HARD_BREAK, SPOKEN_BREAK]) {
    re.lastIndex = 0;
    // A heading starts the next sentence and stays in it: the cut takes no text.
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      cuts.push({ start: m.index, end: unpunctuated ? m.index : m.index + m[0].length });
  }
  cuts.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start < from) continue;
    if (isSoftWrap(text, cut)) continue;
    pushTrimmed(text, from, cut.start, spans);
    from = cut.end;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

/**
 * A hard-wrapped line ("The left sacroiliac joint was\ndivided ...") is not a sentence end: the line
 * above ends without punctuation and the next line goes on in lower case.
 */
function isSoftWrap(text: string, cut: Span): boolean {
  if (text[cut.start] !== '\n') return false;
  const before = lastNonSpace(text, Math.max(0, cut.start - 200), cut.start);
  const after = /^[ \t]*(\S)/.exec(text.slice(cut.end, cut.end + 50))?.[1];
  return (
    before !== undefined &&
    after !== undefined &&
    /[a-z0-9,]/i.test(before) &&
    !/[.!?;:]/.test(before) &&
    /[a-z]/.test(after)
  );
}

/** The last character in [from, to) that is not white space (as `\s`), or undefined. */
function lastNonSpace(text: string, from: number, to: number): string | undefined {
  for (let i = to - 1; i >= from; i--) {
    const c = text[i] as string;
    if (!SPACE.test(c)) return c;
  }
  return undefined;
}
const SPACE = /\s/;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /[\s,:]/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}
