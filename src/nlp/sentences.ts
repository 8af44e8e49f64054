import type { Span } from './types.ts';

// Spoken punctuation in raw speech-recognition text ends a sentence like a full stop does (its words may
// be wrapped onto two lines).
const SPOKEN_BREAK =
  /\b(?:period|full\s+stop|new\s+paragraph|next\s+paragraph|new\s+line|next\s+line|paragraph)\b/gi;
// A full stop that ends a sentence: not a decimal point, not "Dr." / "Dept." / "e.g." style abbreviations, in a
// note's one case too ("DR. QUINN", "assisted by dr. haddad") (nor the
// German and European titles "Dr. med.", "Univ.-Prof.", "Priv.-Doz.", "habil."), nor "about" abbreviated
// ("ca. 1800 ml", "approx.", Spanish "aprox.", French "env.").
// Leader dots ("Level ....... transfemoral") and ellipses are not full stops.
// "No." ends a sentence ("Tumor board: No.") unless a number or a record number follows ("No. 2",
// "Histopathology No. K-5520/25", "IP No.: 2025/4021").
// "Lt." and "Rt." abbreviate a side ("Lt. through-knee amputation", "Rt. Hip"): no sentence end before a
// lower-case word or a limb or operation named after them.
// A name's initial ("Dr H. Lindqvist", "Surgeon: J. Lindqvist", "KATHERINE M. ABERNATHY") is not a sentence end,
// nor is a middle initial between a first name and the surname closing the field ("Tobias R. Wendt, MD"), nor
// the second of two initials ("Dr A. O. Adeyemi").
// After a field label or a comma ("Surgeon: J. Lindqvist", ", K. Abernathy") the letter is an initial
// only when a name follows it (a capitalised word ending the field, or before another name, a
// credential or "and", or ending the sentence; also after "and" / "by"); "Side: L. Femur divided" and "Margins: R. The femur …" end at the letter.
// In a note in one case the name cannot be told by its capitals: there the letter is an initial only
// when one word follows it and ends the field or comes before a credential ("surgeon: j. lindqvist, md",
// "RESIDENT: A. FAROUK, MD", "t. quinlan md"); "side: l. femur divided" ends at the letter.
// A field's inline list ("Specimens: 1. the leg … \n2. tissue …") keeps its first item: the "1." after the
// colon, with a "2." opening the next line, is a list number, not a sentence end.
const HARD_BREAK =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|St|Dept|vs|approx|aprox|ca|Ca|circa|env|e\.g|i\.e|Fig|Univ|Priv|Doz|habil|Dr\.?[ \t]+med|DR|MR|MRS|MS|MISS|PROF|DEPT|VS|APPROX|E\.G|I\.E|dr|mr|mrs|ms|miss|prof|dept|approx)|\.)(?<!(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|DR|MR|MRS|MS|MISS|PROF|PROFESSOR)\.?[ \t]+|\b[A-Z]{2,}[ \t])[A-Z])(?<!\b(?:dr|mr|mrs|ms|miss|prof)\.?[ \t]+[a-z])(?:[!?;]|(?<!\bNo)\.|(?<=\bNo)\.(?!\s*(?::\s*)?#?[A-Za-z]{0,4}[-/]?\d))(?!(?<=\b[LR]t\.)[ \t]+(?:[a-z]|(?:AKA|BKA|Hip|Knee|Leg|Thigh|Femur|Femoral|Above|Below|Through|Transfemoral|Hindquarter|Hemipelvectomy|Lower|Distal|Proximal|Sided|Stump|Side)\b))(?!(?<=(?:[:,]|\b(?:and|by))[ \t]*\b[A-Z]\.)[ \t]+[A-Z][a-z'’-]+(?:[ \t]*(?:[.,;)\n]|$)|[ \t]+(?:and[ \t]+)?[A-Z]))(?!(?<=(?:[:,]|\b(?:and|by|AND|BY))[ \t]*\b[A-Za-z]\.)[ \t]+(?:[A-Z][A-Z'’-]+|[a-z][a-z'’-]+)(?:[ \t]*(?:[.,;)\n]|$)|[ \t]+(?:MD|md|PhD|phd|FRCS|frcs|MBBS|mbbs)\b))(?!(?<=\b[A-Z][a-z'’-]+[ \t]+[A-Z]\.|\b[A-Z]\.[ \t]*[A-Z]\.)[ \t]+[A-Z][a-z'’-]+(?:[ \t]*(?:[,;()\n]|$)|[ \t]+(?:MD|PhD|FRCS|MBBS|DO|MS|FRCSC|FRACS)\b))(?!(?<=:[ \t]*1\.)[ \t]+[^\n]*\n[ \t]*2[.)][ \t])(?=\s|$)|\n/g;

// A dictation without one punctuation mark, spoken or written, is one run of words: there the
// operative report's spoken headings ("preoperative diagnosis", "estimated blood loss") start sentences.
// A heading word is not one after an article ("the procedure"), nor the anaesthesia after its kind
// ("general anesthesia": "epidural procedure" is the epidural then the procedure heading).
// A bare "description", "findings" or "technique" opens its section too (not "the findings were").
// Spoken fields start there too ("specimens leg to pathology", "complications none"), and so does the
// narrative ("the patient was placed supine") and the disposition ("the patient went to recovery").
const UNPUNCTUATED_HEADING =
  /(?<!\b(?:the|a|this|of|under|after|with)\s)\b(?:procedures?\s+performed|procedure|surgeons?|assistants?|operators?)\b|(?<!\b(?:the|a|this|of|general|spinal|regional|epidural|local|under|after|with)\s)\ban(?:a)?esthe(?:sia|tic)\b|\b(?:pre-?\s?op(?:erative)?\s+diagnos[ie]s|post-?\s?op(?:erative)?\s+diagnos[ie]s|indications|description\s+of\s+(?:the\s+)?procedure|estimated\s+blood\s+loss|no\s+complications|(?:the\s+)?patient\s+tolerated|disposition|end\s+of\s+dictation)\b|(?<!\b(?:the|a|as|one|single|this|with|of|and|no)\s)\b(?:no\s+)?(?:specimens?|implants?)\b(?!\s+(?:was|were|is|are)\b)|(?<!\b(?:the|a|this|of|with|and|brief|full)\s)\b(?:description|findings|technique)\b(?!\s+(?:of\s+(?:the\s+)?(?:tumou?r|mass|lesion|specimen)|was|were|is|are)\b)|\bcomplications?\s+(?=(?:none|nil|zero|no|were\s+none|there\s+were\s+none)\b)|\b(?:the\s+)?patient\s+(?:(?:was|is)\s+(?:then\s+)?(?:placed|brought|taken|positioned|transferred|transported)|(?:then\s+)?(?:went|returned)\s+to)\b/gi;
const UNPUNCTUATED_MIN = 120;

// A sentence-ending mark, not a decimal point or a mark inside a word ("3.5 cm", "c41.4").
const SENTENCE_MARK = /[.!?;](?=\s|$)/g;
// A note with at most one such mark per this many characters is unpunctuated (a stray "dr." stays one).
const UNPUNCTUATED_SPAN = 1500;

// In an unpunctuated note a new clause opens where a subject and its auxiliary start ("… preserving its
// tendon | the femur was cleared …", "… in stable condition | she was taken …"), unless the word before
// ties the subject to what precedes it: a preposition, a conjunction, a complementizer or a verb that
// takes a clause ("noted the femur was …"), an article, or a participle ("the tumour involving the femur
// was resected" is one clause).
const CLAUSE_TIES =
  'the|a|an|this|that|these|those|his|her|its|their|our|my|your|of|to|with|from|in|on|at|by|for|into|onto|over|under|through|around|about|than|as|via|without|between|including|below|above|beyond|along|across|behind|beneath|near|past|toward|towards|within|upon|after|before|until|during|and|or|but|nor|which|who|whom|whose|where|when|while|once|because|since|if|unless|so|whether|though|although|whereas|then|not|also|said|noted|confirmed|found|showed|shows|demonstrated|ensured|felt|thought|believed|seen|knew|know|decided|agreed|explained|discussed|understood|told|stated|is|was|were|are|be|been|being';
const CLAUSE_AUX = '(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been)';
const PAST_VERB =
  '(?:was|were|is|are|had|has|have|did|then|also|went|met|made|saw|took|gave|put|cut|got|came|left|kept|brought|held|found|told|thought|felt|chose|began|spoke|wrote|sent|set|[a-z]+ed)';
const CLAUSE_START = new RegExp(
  `\\b(?=(?:(?:the|a|an|this|his|her|their|both|all|two|three|four)\\s+(?:(?!(?:she|he|we|i|they|it|and|or|the|a|an)\\b)[a-z0-9'’-]+\\s+){0,3}?${CLAUSE_AUX}|(?:she|he|we|i|they)\\s+${PAST_VERB})\\b)(?<!\\b(?:${CLAUSE_TIES}|[a-z]+ing)\\s+)`,
  'gi',
);

// A sentence that ends inside its closing quotation mark ('… said "we're not closing today." The thigh …'):
// the mark and the quote end it when a capitalised word follows (a quote ends no sentence without its mark).
const QUOTE_BREAK = /[.!?]["”’](?=[ \t]+["“]?[A-Z])/g;

// Steps joined by arrows ("femur divided -> limb removed -> wound closed"): an arrow between words ends
// a step as a full stop does.
const ARROW_BREAK = /(?<=\S)[ \t]+(?:-{1,2}>|=>|→|⇒|⟶)[ \t]+(?=\S)/g;

/** A line of an unpunctuated note at least this long is a run of several sentences. */
const UNPUNCTUATED_LINE = 100;

/** The length of the line holding `at`. */
export function lineLength(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return (end === -1 ? text.length : end) - start;
}

/** Whether the note is told without sentence marks: long, with (almost) none, and no spoken punctuation. */
function isUnpunctuated(body: string): boolean {
  if (body.length < UNPUNCTUATED_MIN) return false;
  SPOKEN_BREAK.lastIndex = 0;
  if (SPOKEN_BREAK.test(body)) return false;
  SPOKEN_BREAK.lastIndex = 0;
  let marks = 0;
  SENTENCE_MARK.lastIndex = 0;
  while (SENTENCE_MARK.exec(body) !== null) if (++marks * UNPUNCTUATED_SPAN >= body.length) return false;
  return true;
}

/**
 * The width a hard-wrapped note's lines fill (within a few characters), or null: at least 5 lines of
 * over 20 characters, 70% of them within 12 characters of the longest, which is at most 120.
 */
export function wrapWidth(body: string): number | null {
  const lengths = body
    .split('\n')
    .map((l) => l.trimEnd().length)
    .filter((n) => n > 20);
  if (lengths.length < 5) return null;
  const width = Math.max(...lengths);
  return width <= 120 && lengths.filter((n) => n >= width - WRAP_SLACK).length >= 0.7 * lengths.length
    ? width
    : null;
}
export const WRAP_SLACK = 12;

/** Splits a transcript into sentence spans (trimmed, never empty), honouring spoken punctuation. */
export function splitSentences(text: string): Span[] {
  const cuts: Span[] = [];
  const body = text.trimEnd();
  const unpunctuated = isUnpunctuated(body);
  // An unpunctuated note's line breaks end sentences unless its lines are hard-wrapped; so do those of a
  // note with no capital letter, where a line going on in lower case tells no wrap.
  const width = wrapWidth(body);
  const lineBreaks = (unpunctuated || !/[A-Z]/.test(body)) && width === null;
  for (const re of unpunctuated
    ? [UNPUNCTUATED_HEADING, CLAUSE_START, /\n/g, ARROW_BREAK]
    : [HARD_BREAK, SPOKEN_BREAK, ARROW_BREAK, QUOTE_BREAK]) {
    re.lastIndex = 0;
    // A heading or a clause start opens the next sentence and stays in it: the cut takes no text. It cuts
    // only a long run of words: a short line is a field or a title ("Tumour size (on the specimen): 3 cm").
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++;
      if (m[0] === '\n' || re === ARROW_BREAK || !unpunctuated)
        cuts.push({ start: m.index, end: m.index + m[0].length });
      else if (lineLength(text, m.index) >= UNPUNCTUATED_LINE) cuts.push({ start: m.index, end: m.index });
    }
  }
  cuts.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start < from) continue;
    if (!lineBreaks && isSoftWrap(text, cut, width)) continue;
    if (labelAbove(text, cut)) continue;
    pushTrimmed(text, from, cut.start, spans);
    from = cut.end;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

/**
 * A hard-wrapped line ("The left sacroiliac joint was\ndivided ...") is not a sentence end: the line
 * above ends without punctuation and the next line goes on in lower case; in a note hard-wrapped to one
 * width, a line that fills the width and ends without punctuation goes on whatever the next line's case
 * ("... with pt: curettage\n+ cement ...", an all-capitals note), unless the next line opens a field
 * or a list item.
 */
function isSoftWrap(text: string, cut: Span, width: number | null): boolean {
  if (text[cut.start] !== '\n') return false;
  const before = lastNonSpace(text, Math.max(0, cut.start - 200), cut.start);
  const next = text.slice(cut.end, cut.end + 220);
  const after = /^[ \t]*(\S)/.exec(next)?.[1];
  if (before === undefined || after === undefined) return false;
  // A title or an initial at a line's end ("… by Dr.", "Mr A.") goes on with its name on the next line.
  if (before === '.' && TITLE_AT_END.test(text.slice(Math.max(0, cut.start - 12), cut.start).trimEnd()))
    return /^[A-Za-z]/.test(after);
  // A line ending in a word, a number, a comma or a joining sign ("GA +", "MRI /", a spaced dash
  // "Formalisation L AKA --") goes on.
  const spacedDash = SPACED_DASH_AT_END.test(text.slice(Math.max(0, cut.start - 6), cut.start).trimEnd());
  if ((!/[a-z0-9,+&/]/i.test(before) && !spacedDash) || /[.!?;:]/.test(before)) return false;
  if (opensField(next)) return false;
  if (/[a-z]/.test(after)) return true;
  return (
    width !== null && lineLength(text, cut.start - 1) >= width - WRAP_SLACK && !LIST_OR_FIELD_START.test(next)
  );
}

/**
 * A field's label alone on its line ("Consent:", "### Reconstruction") over the line that holds its value:
 * the break between them is no sentence end (the label and its value are read together). Not before a
 * blank line, a list item or another label alone on its line.
 */
function labelAbove(text: string, cut: Span): boolean {
  if (text[cut.start] !== '\n') return false;
  const lineStart = text.lastIndexOf('\n', cut.start - 1) + 1;
  const label = LABEL_ALONE.exec(text.slice(lineStart, cut.start));
  if (!label || (label[1] === undefined && label[3] === undefined)) return false;
  if ((label[2] as string).trim().split(/\s+/).length > LABEL_ALONE_WORDS) return false;
  const nextEnd = text.indexOf('\n', cut.end);
  const next = text.slice(cut.end, nextEnd === -1 ? text.length : nextEnd);
  return next.trim() !== '' && !LIST_OR_FIELD_START.test(next) && !LABEL_ALONE.test(next);
}
// A label alone on its line: Markdown marks or a colon tell it from a short line of text.
const LABEL_ALONE = /^[ \t]*(#{1,6}[ \t]+)?([A-Za-z][A-Za-z /&()'’-]{0,40}?)[ \t]*(:)?[ \t]*\r?$/;
const LABEL_ALONE_WORDS = 4;

/** A dash with a space before it at a line's end: " --", " -", " –", " —". */
const SPACED_DASH_AT_END = /\s(?:-{1,2}|–|—)$/;

const TITLE_AT_END =
  /\b(?:Dr|Mr|Mrs|Ms|Prof|DR|MR|MRS|MS|PROF|dr|mr|mrs|ms|prof)\.(?:[ \t]*[A-Z]\.)?$|\b(?:Dr|Mr|Mrs|Ms|Prof|DR|MR|MRS|MS|PROF)\.?[ \t]+[A-Z]\.$/;

/** A list item or a capitalised field label at a line's start ("- Femur divided", "2. Closure", "EBL:"). */
const LIST_OR_FIELD_START = /^[ \t]*(?:[-•*][ \t]|\d{1,2}[.)][ \t]|[A-Z][A-Za-z /&'-]{0,40}:)/;

// A line that opens with an operative note's field label ("history (from the letter): …", "description:
// …") starts anew, in lower case too; a word and a colon that a wrap puts at a line's start does not.
const FIELD_START = /^[ \t]*([a-z][a-z /&'-]{1,48}?)[ \t]*(?:\([^()\n]{0,160}\)[ \t]*)?:(?![0-9/])/i;
const FIELD_WORD =
  /\b(?:diagnos[ie]s|dx|indications?|ind|history|hx|procedures?|operations?|px|description|details?|technique|findings|specimens?|spec|pathology|an(?:a)?esthesia|anaes|surgeons?|surg|assistants?|asst|plan|disposition|dispo|complications?|cx|consent|ebl|blood\s+loss|implants?|impl|drains?|wound|closure|addendum)\b/i;
function opensField(line: string): boolean {
  const label = FIELD_START.exec(line)?.[1];
  return label !== undefined && label.trim().split(/\s+/).length <= 4 && FIELD_WORD.test(label);
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
