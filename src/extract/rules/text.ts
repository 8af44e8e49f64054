import type { Evidence } from '../../schemas/facts.ts';

/** A half-open character range into the transcript. */
export interface Span {
  start: number;
  end: number;
}

export type SectionKind =
  | 'title'
  | 'diagnosis'
  | 'indications'
  | 'description'
  | 'findings'
  | 'team'
  | 'anesthesia'
  | 'specimen'
  | 'plan'
  | 'addendum'
  | 'other'
  | 'body';

export interface Sentence extends Span {
  section: SectionKind;
}

// Spoken punctuation in raw speech-recognition text ends a sentence like a full stop does.
const SPOKEN_BREAK = /\b(?:period|full stop|new paragraph|next paragraph|new line|next line|paragraph)\b/gi;
// A full stop that ends a sentence: not a decimal point, not "Dr." / "e.g." style abbreviations.
// Leader dots ("Level ....... transfemoral") and ellipses are not full stops.
// "No." ends a sentence ("Tumor board: No.") unless a number follows ("No. 2").
const HARD_BREAK =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|St|vs|approx|e\.g|i\.e|Fig)|\.)(?:[!?;]|(?<!\bNo)\.|(?<=\bNo)\.(?!\s*\d))(?=\s|$)|\n/g;

/** Splits a transcript into sentence spans (trimmed, never empty), honouring spoken punctuation. */
export function splitSentences(text: string): Span[] {
  const cuts: Span[] = [];
  for (const re of [HARD_BREAK, SPOKEN_BREAK]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      cuts.push({ start: m.index, end: m.index + m[0].length });
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
  const before = /\S(?=\s*$)/.exec(text.slice(Math.max(0, cut.start - 200), cut.start))?.[0];
  const after = /^[ \t]*(\S)/.exec(text.slice(cut.end, cut.end + 50))?.[1];
  return (
    before !== undefined &&
    after !== undefined &&
    /[a-z0-9,]/i.test(before) &&
    !/[.!?;:]/.test(before) &&
    /[a-z]/.test(after)
  );
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /[\s,:]/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Header words -> section kind. Order matters: the first rule that matches the header text wins. */
const SECTION_RULES: Array<[RegExp, SectionKind]> = [
  [/addend/i, 'addendum'],
  // A copied-forward or earlier operation is history, not what was done today.
  [/\b(?:prior|previous|earlier|copied|old)\b/i, 'indications'],
  [/diagnos|\bdx\b/i, 'diagnosis'],
  [
    /indication|history|\bhpi\b|\bhx\b|reason|background|clinical (summary|note)|summary|consent/i,
    'indications',
  ],
  [
    /description|detail|technique|narrative|operative (report|note|course)|details? of|course/i,
    'description',
  ],
  [/finding/i, 'findings'],
  [/specimen|pathology/i, 'specimen'],
  [/an(a)?esthe|\banes\b/i, 'anesthesia'],
  [/surgeon|\bsurg\b|\basst\b|assistant|attending|resident|staff|team|co-?surgeon|fellow/i, 'team'],
  [/plan|disposition|post-?op(erative)?|condition|recommendation/i, 'plan'],
  [/procedure|operation|title|\bproc\b|\bops?\b/i, 'title'],
];

// A header: a short run of words at the start of a line (or after spoken "new paragraph"), then a colon
// or the spoken word "colon".
const HEADER =
  /(?:^|\n|new paragraph\s+|next paragraph\s+)[ \t]*([A-Za-z][A-Za-z /&()'-]{1,48}?)[ \t]*(?::|\s+colon\b)/gi;

interface Header {
  at: number;
  kind: SectionKind;
}

/** Finds section headers and the kind of section each one opens. */
export function findHeaders(text: string): Header[] {
  const headers: Header[] = [];
  HEADER.lastIndex = 0;
  for (let m = HEADER.exec(text); m !== null; m = HEADER.exec(text)) {
    const name = m[1] ?? '';
    if (name.trim().split(/\s+/).length > 6) continue;
    const rule = SECTION_RULES.find(([re]) => re.test(name));
    headers.push({ at: m.index + (m[0].length - m[0].trimStart().length), kind: rule ? rule[1] : 'other' });
  }
  CAPS_HEADER.lastIndex = 0;
  if (/[a-z]/.test(text)) {
    for (let m = CAPS_HEADER.exec(text); m !== null; m = CAPS_HEADER.exec(text)) {
      const name = m[1] ?? '';
      const rule = SECTION_RULES.find(([re]) => re.test(name));
      if (rule) headers.push({ at: m.index + (m[0].length - m[0].trimStart().length), kind: rule[1] });
    }
  }
  return headers;
}

// A line that is only a few capitalised words ("TODAY'S OPERATION", "PRIOR OPERATION (copied...)"),
// in a note that is not written all in capitals.
const CAPS_HEADER = /(?:^|\n)[ \t]*([A-Z][A-Z'’]+(?:[ \t]+[A-Z][A-Z'’]+){0,4})[ \t]*(?=\(|\r?\n|$)/g;

// Dictated headers without a colon ("new paragraph indications um ..."): a known header phrase opening a
// sentence, not followed by a verb ("procedure was tolerated" is a sentence, not a header).
const SPOKEN_HEADER =
  /^(?:(?:pre|post)-?\s?op(?:erative)?\s+diagnos[ie]s|diagnos[ie]s|indications?(?:\s+for\s+(?:the\s+)?(?:procedure|surgery|operation))?|(?:brief\s+)?history(?:\s+of\s+present\s+illness)?|description(?:\s+of\s+(?:the\s+)?(?:procedure|operation))?|(?:surgical|operative)\s+(?:description|narrative|report)|technique|narrative|procedure\s+in\s+detail|details?\s+of\s+(?:the\s+)?(?:procedure|operation)|operative\s+(?:technique|procedure|findings)|procedures?(?:\s+performed)?|operations?(?:\s+performed)?|findings|specimens?|disposition|plan|complications|an(?:a)?esthesia|estimated\s+blood\s+loss|addendum)\b(?!\s+(?:was|were|is|are|had|has|will|went)\b)/i;

function spokenHeaders(text: string, spans: Span[]): Header[] {
  const out: Header[] = [];
  for (const span of spans) {
    const head = text.slice(span.start, Math.min(span.end, span.start + 80));
    const m = SPOKEN_HEADER.exec(head);
    // A table row ("Disposition ....... PACU") is a field of the current section, not a new section.
    if (!m || /^\s*(?:\.{2,}|\s{2,}|\t)/.test(head.slice(m[0].length))) continue;
    const rule = SECTION_RULES.find(([re]) => re.test(m[0]));
    out.push({ at: span.start, kind: rule ? rule[1] : 'other' });
  }
  return out;
}

/** Splits into sentences and tags each with the section it falls in (`body` when the note has no headers). */
export function segment(text: string): Sentence[] {
  const spans = splitSentences(text);
  const headers = [...findHeaders(text), ...spokenHeaders(text, spans)].sort((a, b) => a.at - b.at);
  let h = -1;
  let sentencesInSection = 0;
  return spans.map((span) => {
    const before = h;
    while (h + 1 < headers.length && (headers[h + 1]?.at ?? Number.POSITIVE_INFINITY) <= span.start) h++;
    sentencesInSection = h === before ? sentencesInSection + 1 : 1;
    const header = h >= 0 ? headers[h] : undefined;
    // A one-line field ("Anesthesia: spinal", "PROCEDURE: Right AKA") covers its own sentence; the
    // narrative after it, with no header of its own, is plain body text.
    const section: SectionKind =
      header === undefined || (LINE_FIELDS.has(header.kind) && sentencesInSection > 1) ? 'body' : header.kind;
    return { ...span, section };
  });
}

/** Section kinds that head a single line or field rather than a paragraph. */
const LINE_FIELDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'title',
  'diagnosis',
  'team',
  'anesthesia',
  'specimen',
  'other',
]);

const MAX_QUOTE = 240;

/**
 * The evidence for a match: its sentence, or for a very long sentence (raw dictation without
 * punctuation) a window around the match cut at word boundaries. Always an exact slice.
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
  return { quote: text.slice(start, end), start, end };
}
