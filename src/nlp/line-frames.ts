/**
 * Line frames: a wrapper every line of an exported or transcribed note carries around its text, which
 * hides the note's headings and fields from a reader that looks at line starts: an HL7 segment's fields
 * (`OBX|4|TX|||Procedure: …`), a pipe-table row's bars (`| Procedure | Left AKA |`), a speaker's label
 * (`Surgeon: Procedure: …`), an interview's question and answer marks (`Q: Procedure? A: Left AKA`).
 *
 * `frameView` returns a view of the note of the same length in which each frame's marks are blanked (or,
 * where a mark separates a field from its value, turned into the colon or semicolon it stands for): the
 * segmenter reads headings and sentence ends in the view, and every offset still points into the note.
 * A frame applies only when it wraps most of the note's lines, so one "Surgeon:" field is a field.
 */

/** One change to a line: blank `[start, end)`, or put `mark` there (same length). */
interface FrameEdit {
  start: number;
  end: number;
  mark?: ':' | ';';
}

/** What the frames know of the note as a whole (the labels that recur as speakers'). */
interface NoteLines {
  speakers: ReadonlySet<string>;
}

export interface LineFrame {
  id: string;
  description: string;
  /** The edits of one line (without its line end), or null when the line does not carry this frame. */
  read: (line: string, note: NoteLines) => FrameEdit[] | null;
  /** A line and its view, for the frame's own test rows. */
  examples: ReadonlyArray<{ line: string; view: string; speakers?: readonly string[] }>;
}

/** A frame applies when it wraps at least this share of the note's non-blank lines, and at least MIN_LINES. */
const MIN_SHARE = 0.5;
const MIN_LINES = 3;

/** A short label: a few words with no finite verb ("Procedure", "Pre-op diagnosis", "EBL"). */
const SHORT_LABEL = /^[A-Za-z][A-Za-z /&()'’.-]{0,40}$/;
const FINITE = /\b(?:was|were|is|are|did|do|does|had|has|have|you|we|i|she|he|they|it)\b/i;
const isShortLabel = (s: string): boolean => {
  const t = s.trim();
  return SHORT_LABEL.test(t) && t.split(/\s+/).length <= 4 && !FINITE.test(t);
};

/** Positions of `ch` in `line`, skipping an HL7 or Markdown escape (`\|`, `\F\`). */
function positionsOf(line: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === ch && line[i - 1] !== '\\') out.push(i);
  return out;
}

const HL7_SEGMENT = /^[A-Z][A-Z0-9]{2}\|/;
/** Segments whose text field holds the note's words, and the field's index (OBX-5, NTE-3). */
const HL7_TEXT_FIELD: Readonly<Record<string, number>> = { OBX: 5, NTE: 3 };

/** A speaker's label at a line's start: a role or a name ("Surgeon:", "Dr. Okafor:", "Speaker 2:"). */
const SPEAKER_LABEL = /^[ \t]*([A-Za-z][A-Za-z.'’-]*(?:[ \t]+[A-Za-z0-9.'’-]+){0,2})[ \t]*:[ \t]*/;

/** Every line frame: the one place to add one. */
export const lineFrames: readonly LineFrame[] = [
  {
    id: 'hl7-segment',
    description: "an HL7 v2 segment per line: the text field of OBX and NTE is the note's, the rest is frame",
    read: (line) => {
      if (!HL7_SEGMENT.test(line)) return null;
      const bars = positionsOf(line, '|');
      const field = HL7_TEXT_FIELD[line.slice(0, 3)];
      const open = field === undefined ? undefined : bars[field - 1];
      if (open === undefined) return [{ start: 0, end: line.length }];
      const close = bars.find((b) => b > open) ?? line.length;
      return [
        { start: 0, end: open + 1 },
        { start: close, end: line.length },
      ];
    },
    examples: [
      { line: 'OBX|4|TX|||Procedure: Left AKA.', view: '           Procedure: Left AKA.' },
      { line: 'OBX|5|TX|||The femur was cut.|||F', view: '           The femur was cut.    ' },
      { line: 'MSH|^~\\&|DICT|HOSP', view: '                  ' },
    ],
  },
  {
    id: 'pipe-table',
    description: 'a pipe-table row: the bars are frame; a short first cell is the field of the cell after it',
    read: (line) => {
      const t = line.trimEnd();
      if (!/^[ \t]*\|/.test(t) || !t.endsWith('|')) return null;
      if (/^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+$/.test(t)) return [{ start: 0, end: line.length }];
      const bars = positionsOf(t, '|');
      const cells = bars.slice(1).map((b, i) => t.slice((bars[i] as number) + 1, b));
      return bars.map((b, i): FrameEdit => {
        if (i === 0 || i === bars.length - 1) return { start: b, end: b + 1 };
        const before = cells[i - 1] ?? '';
        if (i === 1)
          return before.trim() && isShortLabel(before)
            ? { start: b, end: b + 1, mark: ':' }
            : { start: b, end: b + 1 };
        return { start: b, end: b + 1, mark: ';' };
      });
    },
    examples: [
      { line: '| Procedure | Left AKA |', view: '  Procedure : Left AKA  ' },
      { line: '|  | The femur was cut. |', view: '     The femur was cut.  ' },
      { line: '| --- | --- |', view: '             ' },
      { line: '| Side | Right | lateral |', view: '  Side : Right ; lateral  ' },
    ],
  },
  {
    id: 'interview',
    description:
      'question-and-answer marks ("Q: … A: …"); a question that is a short label ("Q: Procedure? A: …") is a field',
    read: (line) => {
      const m = /^([ \t]*[QA][ \t]*:[ \t]*)/.exec(line);
      if (!m) return null;
      const head = m[1] as string;
      const edits: FrameEdit[] = [{ start: 0, end: head.length }];
      if (!/^[ \t]*Q/.test(head)) return edits;
      const answer = /(\?)?([ \t]+A[ \t]*:[ \t]*)/.exec(line.slice(head.length));
      if (!answer) return edits;
      const at = head.length + answer.index;
      const question = line.slice(head.length, at);
      if (answer[1] && isShortLabel(question)) edits.push({ start: at, end: at + 1, mark: ':' });
      const marks = at + (answer[1] ? 1 : 0);
      edits.push({ start: marks, end: marks + (answer[2] as string).length });
      return edits;
    },
    examples: [
      { line: 'Q: Procedure? A: Left AKA.', view: '   Procedure:    Left AKA.' },
      {
        line: 'Q: What did you do next? A: The femur was cut.',
        view: '   What did you do next?    The femur was cut.',
      },
      { line: 'A: The wound was closed.', view: '   The wound was closed.' },
    ],
  },
  {
    id: 'speaker-label',
    description: 'a speaker label that opens many of the lines ("Surgeon: …", "Dr. Okafor: …")',
    read: (line, note) => {
      const m = SPEAKER_LABEL.exec(line);
      if (!m || !note.speakers.has((m[1] as string).toLowerCase())) return null;
      return [{ start: 0, end: m[0].length }];
    },
    examples: [
      { line: 'Surgeon: Procedure: Left AKA.', view: '         Procedure: Left AKA.', speakers: ['surgeon'] },
      { line: 'Surgeon: Marcus Ellery, MD', view: 'Surgeon: Marcus Ellery, MD', speakers: [] },
    ],
  },
];

/** Labels that open at least MIN_LINES lines each, and together most of the note's lines: speakers. */
function speakersOf(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const label = SPEAKER_LABEL.exec(line)?.[1]?.toLowerCase();
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, n]) => n >= MIN_LINES);
  const covered = recurring.reduce((n, [, c]) => n + c, 0);
  return covered >= MIN_SHARE * lines.length ? new Set(recurring.map(([l]) => l)) : new Set();
}

/** Applies edits to a line: the same length, blanks and marks where the edits say. */
function applyEdits(line: string, edits: readonly FrameEdit[]): string {
  let out = line;
  for (const e of edits)
    out = out.slice(0, e.start) + (e.mark ?? '').padEnd(e.end - e.start, ' ') + out.slice(e.end);
  return out;
}

/** One line as `frame` reads it (the line itself when the frame does not wrap it), for the frames' test rows. */
export function frameLine(frame: LineFrame, line: string, speakers: readonly string[] = []): string {
  const edits = frame.read(line, { speakers: new Set(speakers) });
  return edits ? applyEdits(line, edits) : line;
}

/**
 * Typographic marks a word processor writes, read as their plain forms (one UTF-16 unit for one, so the
 * view keeps the note's length): an ellipsis character is leader dots ("Procedure ………… Left AKA"), as
 * "...." is. Letters with diacritics read as their base letters (`baseLetter`).
 */
const PLAIN: Readonly<Record<string, string>> = { '\u2026': '.' };
/**
 * Latin letters with diacritics, read as their base letters (one unit for one): a report written in or
 * translated from another language ("Präparat:", "Pièce opératoire:", "ostéotomie", "Operatör:") is read
 * with the term lists' unaccented words; the quotes are still cut from the note, accents and all.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ß: 's',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  æ: 'a',
  Æ: 'A',
  œ: 'o',
  Œ: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
};
const baseLetter = (c: string): string => {
  const base = c.normalize('NFD')[0] ?? c;
  return /[A-Za-z]/.test(base) ? base : (UNDECOMPOSED[c] ?? c);
};
const PLAIN_MARKS = new RegExp(
  `[${Object.keys(PLAIN).join('')}\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]`,
  'g',
);
const plainOf = (c: string): string => PLAIN[c] ?? baseLetter(c);

/**
 * An abstract's heading run into its first word, as scraped abstracts print it ("INTRODUCTIONOsteosarcoma
 * is …", "PRESENTATION OF CASEA previously fit …", "CONCLUSIONWe conclude"): the heading's last letter
 * reads as a colon, so the heading is one and the word after it is a word (same length).
 */
const GLUED_HEADING =
  /(?<=^|[.!?]\s{1,3}|\n\s*)(?:INTRODUCTION|BACKGROUNDS?|METHODS?|MATERIALS? AND METHODS|RESULTS?|DISCUSSION|CONCLUSIONS?|CASE (?:PRESENTATION|REPORT|DESCRIPTION|SUMMARY)|PRESENTATION OF CASE|OBJECTIVES?|PURPOSE|AIMS?|SUMMARY|TECHNIQUE|SURGICAL TECHNIQUE)(?=[A-Z][a-z]|[AI]\s)/g;
const unglued = (view: string): string => view.replace(GLUED_HEADING, (h) => `${h.slice(0, -1)}:`);

/**
 * Punctuation dictated as words and left in by speech recognition ("left comma strike that comma I mean the
 * right", "no drain semicolon the wound was closed"): the mark, right after the word before it, then blanks
 * (same length, same line breaks: a word at a line's start becomes its mark there). Only "comma" and "semicolon", which name nothing else in these notes ("colon" is also the
 * bowel; "period" is read as a break by the sentence splitter).
 */
const SPOKEN_MARK = /(?:[ \t]|(?<=\n|^))(comma|semicolon)(?=\s|$)/gi;
const spokenMarks = (view: string): string =>
  view.replace(SPOKEN_MARK, (m, word: string) =>
    (word.toLowerCase() === 'comma' ? ',' : ';').padEnd(m.length, ' '),
  );

let lastText: string | undefined;
let lastView = '';
/** The last view that differs from its note, and the turns of that note. */
let framedView: string | undefined;
let framedTurns: number[] = [];

/**
 * The note with its typographic marks read plain and its line frames blanked (same length, same line
 * breaks), or the note itself when it has neither. Frames nest (a speaker label inside a table row is read after the row's
 * bars): each applies in turn to the view the previous left.
 */
export function frameView(text: string): string {
  if (text === lastText) return lastView;
  let view = spokenMarks(unglued(text.replace(PLAIN_MARKS, plainOf)));
  for (const frame of lineFrames) view = applyFrame(view, frame);
  lastText = text;
  lastView = view;
  if (view !== text) {
    framedView = view;
    framedTurns = turnsOf(text);
  }
  return view;
}

/**
 * Where each speaker's turn starts (the offset of each line the speaker-label frame wraps, when it applies
 * to the note): in a transcript of turns, a turn is a paragraph (src/nlp/sections.ts).
 */
export function speakerTurns(text: string): number[] {
  // The view of a note keeps the turns of the note it was made from (its labels are blanked there).
  if (text === framedView) return framedTurns;
  return turnsOf(text);
}

function turnsOf(text: string): number[] {
  const frame = lineFrames.find((f) => f.id === 'speaker-label');
  if (!frame) return [];
  const lines = text.split('\n');
  const bodies = lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const nonBlank = bodies.filter((l) => l.trim() !== '');
  const note: NoteLines = { speakers: speakersOf(nonBlank) };
  const starts: number[] = [];
  let at = 0;
  for (const [i, body] of bodies.entries()) {
    if (body.trim() !== '' && frame.read(body, note)) starts.push(at);
    at += (lines[i] as string).length + 1;
  }
  return starts.length < MIN_LINES || starts.length < MIN_SHARE * nonBlank.length ? [] : starts;
}

function applyFrame(text: string, frame: LineFrame): string {
  const lines = text.split('\n');
  const bodies = lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const nonBlank = bodies.filter((l) => l.trim() !== '');
  const note: NoteLines = { speakers: frame.id === 'speaker-label' ? speakersOf(nonBlank) : new Set() };
  const edits = bodies.map((l) => (l.trim() === '' ? null : frame.read(l, note)));
  const framed = edits.filter((e) => e !== null).length;
  if (framed < MIN_LINES || framed < MIN_SHARE * nonBlank.length) return text;
  return lines
    .map((line, i) => {
      const e = edits[i];
      return e ? applyEdits(line, e) : line;
    })
    .join('\n');
}
