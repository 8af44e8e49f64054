/**
 * Format transforms of the metamorphic format eval (`opnote eval --formats`): each rewrites a
 * transcript mechanically into another surface format that keeps its meaning (all lower case, no
 * punctuation, an HL7-like segment per line, a question-and-answer interview, …). A note must keep its
 * supported code under every transform, and its route under those that keep every fact
 * (`keepsFacts`). The transforms are small pure functions with no knowledge of any note's wording:
 * they see lines, heading labels ("Label: value"), paragraphs and sentences, nothing else.
 */

/** A format transform: what it does, whether it keeps every route-level fact, and the rewrite itself. */
export interface FormatTransformDefinition {
  /** One line, for --help and the summary. */
  description: string;
  /**
   * The rewrite keeps every fact a route depends on (every word of the note, in order, and what each
   * field is): the route must not change. A transform that drops words (heading labels) keeps only
   * the code.
   */
  keepsFacts: boolean;
  /**
   * The rewrite keeps every word of the note in order. False for one that keeps every fact in other
   * words (heading labels as their abbreviations: "Dx" for "Diagnosis"). Default: true.
   */
  keepsWords?: boolean;
  /** The rewrite: pure and deterministic. */
  apply: (text: string) => string;
}

// ---------------------------------------------------------------------------------------------------
// Shared readers: lines, heading labels, paragraphs, sentences.

/** Lines of a text (LF or CRLF), without their line ends. */
const linesOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

/**
 * A heading label at a line's start: a few words then a colon ("PREOPERATIVE DIAGNOSIS:", "Date of
 * surgery:", "EBL:"), no digits in the label and no colon of a time ("10:30") after it.
 */
const LABEL = /^([A-Za-z][A-Za-z /&'’()-]{0,40}?)[ \t]*:(?![0-9/])[ \t]*/;
/** A label holding a finite verb or a pronoun is a sentence's start, not a heading ("We found the following:"). */
const SENTENCE_WORD = /\b(?:was|were|is|are|had|has|have|we|i|she|he|they|it|this|there)\b/i;
const MAX_LABEL_WORDS = 4;

/** A line split into its indentation, its heading label (if it has one) and the rest. */
interface Line {
  indent: string;
  label: string | null;
  rest: string;
}

function parseLine(line: string): Line {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const body = line.slice(indent.length).trimEnd();
  const m = LABEL.exec(body);
  const label = m?.[1]?.trim();
  if (
    m === null ||
    label === undefined ||
    label.split(/\s+/).length > MAX_LABEL_WORDS ||
    SENTENCE_WORD.test(label)
  )
    return { indent, label: null, rest: body };
  return { indent, label, rest: body.slice(m[0].length) };
}

const lineText = (l: Line): string =>
  l.label === null ? l.rest : l.rest ? `${l.label}: ${l.rest}` : `${l.label}:`;

/**
 * Paragraphs (runs of lines between blank lines), each a list of units: a line, or several lines of
 * one hard-wrapped sentence joined (a line ending without punctuation before a line going on in lower
 * case). Indentation is dropped.
 */
function paragraphsOf(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const raw of linesOf(text)) {
    const line = raw.trim();
    if (line === '') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    const last = current[current.length - 1];
    if (last !== undefined && /[A-Za-z0-9,]$/.test(last) && /^[a-z]/.test(line))
      current[current.length - 1] = `${last} ${line}`;
    else current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

const joinParagraphs = (paragraphs: readonly (readonly string[])[]): string =>
  `${paragraphs.map((p) => p.join('\n')).join('\n\n')}\n`;

/** Words before a full stop that are abbreviations, not a sentence's end. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|No|vs|approx|Fig|e\.g|i\.e|[A-Z])\.$|(?:^|\s)\d+\.$|(?:^|\s)[a-z]\.$/;

/**
 * Sentences of one unit: a cut after ".", "!" or "?" followed by white space and a capital, a digit or
 * an opening bracket or quote, unless the word before is an abbreviation or an initial ("Dr.", "J.",
 * "No.") or a list number ("2.").
 */
export function sentencesOf(unit: string): string[] {
  const out: string[] = [];
  const re = /[.!?]["”’)]?(?=\s+["“(]?[A-Z0-9])/g;
  let from = 0;
  for (let m = re.exec(unit); m !== null; m = re.exec(unit)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(unit.slice(Math.max(from, end - 12), m.index + 1)))
      continue;
    const s = unit.slice(from, end).trim();
    if (s) out.push(s);
    from = end;
  }
  const tail = unit.slice(from).trim();
  if (tail) out.push(tail);
  return out;
}

/** Applies `f` to the text of each unit after its heading label (the label itself stays as it is). */
const mapUnitBodies = (text: string, f: (body: string) => string): string =>
  joinParagraphs(
    paragraphsOf(text).map((p) =>
      p.map((unit) => {
        const l = parseLine(unit);
        return lineText({ ...l, rest: l.rest ? f(l.rest) : l.rest });
      }),
    ),
  );

// ---------------------------------------------------------------------------------------------------
// Character-level rewrites.

/**
 * Punctuation a speech recognizer leaves out: sentence and clause marks, brackets and quotes. A mark
 * between two letters or digits is part of a word or a number ("3.5", "1,900", "C41.4", "patient's")
 * and stays; hyphens, slashes and other symbols stay.
 */
function stripPunctuation(text: string): string {
  const stripped = text.replace(/[.,;:!?()[\]{}"“”‘’'…]/g, (mark, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + 1] ?? '';
    const inWord = /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after);
    return inWord && /[.,:'’]/.test(mark) ? mark : ' ';
  });
  return stripped
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}

const oneRun = (text: string): string => `${text.replace(/\s+/g, ' ').trim()}\n`;

/** Greedy wrap of every line at `width` columns (a longer word stays whole on its own line). */
function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  for (const line of linesOf(text)) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    let current = '';
    for (const w of words) {
      if (current && current.length + 1 + w.length > width) {
        out.push(current);
        current = w;
      } else current = current ? `${current} ${w}` : w;
    }
    out.push(current);
  }
  return out.join('\n');
}

/**
 * Typographic punctuation a word processor writes: curly quotes and apostrophes, en dashes for a
 * spaced dash and a short number range, an ellipsis character, and no-break spaces between a number
 * and its unit and after a title.
 */
function unicodePunctuation(text: string): string {
  return text
    .replace(/(^|[\s(])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s(])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/ - /g, ' \u2013 ')
    .replace(/(?<![\d/-])(\d{1,3})-(\d{1,3})(?![\d/-])/g, '$1\u2013$2')
    .replace(/\.\.\./g, '\u2026')
    .replace(/(\d) (cm|mm|mL|ml|cc|kg|g|L|units?)\b/g, '$1\u00a0$2')
    .replace(/\b(Dr|Mr|Mrs|Ms|Prof)\. (?=[A-Z])/g, '$1.\u00a0');
}

// ---------------------------------------------------------------------------------------------------
// Word rewrites: the same facts in another spelling, number style or shorthand.

/** A word rewritten with the case of the word it replaces ("Tumor" → "Tumour", "TUMOR" → "TUMOUR"). */
function inCaseOf(original: string, replacement: string): string {
  if (original === original.toUpperCase() && original !== original.toLowerCase())
    return replacement.toUpperCase();
  if (original[0] === original[0]?.toUpperCase()) return replacement[0]?.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Rewrites each whole word (case-insensitive) found in `words` by its entry, in the case it had. */
function rewriteWords(text: string, words: Readonly<Record<string, string>>, pattern: RegExp): string {
  return text.replace(pattern, (w) => inCaseOf(w, words[w.toLowerCase()] ?? w));
}

/** American spellings and their British forms (whole words; the -ize verbs are rewritten by rule). */
const BRITISH: Readonly<Record<string, string>> = {
  tumor: 'tumour',
  tumors: 'tumours',
  anesthesia: 'anaesthesia',
  anesthetic: 'anaesthetic',
  anesthesiologist: 'anaesthetist',
  hemorrhage: 'haemorrhage',
  hemostasis: 'haemostasis',
  hemostatic: 'haemostatic',
  hematoma: 'haematoma',
  anemia: 'anaemia',
  edema: 'oedema',
  ischemia: 'ischaemia',
  ischemic: 'ischaemic',
  orthopedic: 'orthopaedic',
  orthopedics: 'orthopaedics',
  pediatric: 'paediatric',
  centimeter: 'centimetre',
  centimeters: 'centimetres',
  millimeter: 'millimetre',
  millimeters: 'millimetres',
  fecal: 'faecal',
  labeled: 'labelled',
  canceled: 'cancelled',
  maneuver: 'manoeuvre',
  color: 'colour',
  gray: 'grey',
  fiber: 'fibre',
  fibers: 'fibres',
};
const BRITISH_WORDS = new RegExp(String.raw`\b(?:${Object.keys(BRITISH).join('|')})\b`, 'gi');
/** "-ize" verbs as "-ise" ("mobilized" → "mobilised"); not "size", "seize" or "prize" (a stem of four letters or more). */
const IZE_VERB = /\b([A-Za-z]{4,})iz(e|ed|es|ing|ation)\b/g;

function britishSpelling(text: string): string {
  return rewriteWords(text, BRITISH, BRITISH_WORDS).replace(IZE_VERB, (_w, stem: string, end: string) =>
    stem === stem.toUpperCase() ? `${stem}IS${end.toUpperCase()}` : `${stem}is${end}`,
  );
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number below 1000 in words ("150" → "one hundred fifty"). */
function numberWords(n: number): string {
  if (n < 10) return ONES[n] as string;
  if (n < 20) return TEENS[n - 10] as string;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${ONES[n % 10]}` : ''}`;
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)]} hundred${rest ? ` ${numberWords(rest)}` : ''}`;
}

/** Units as dictated in full. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  cm: 'centimeters',
  mm: 'millimeters',
  ml: 'milliliters',
  cc: 'cc',
};
/** A number below 1000 with one decimal at most, not part of a longer number or a date. */
const FIGURE = String.raw`(?<![\d.,/-])\d{1,3}(?:\.\d)?(?![\d/])`;
/** A measurement: one to three figures ("3.8 x 2.0 x 1.5") and their unit. */
const MEASUREMENT = new RegExp(String.raw`${FIGURE}(?:\s*[x×]\s*${FIGURE}){0,2}\s?(?:cm|mm|mL|ml|cc)\b`, 'g');

/** A figure in words: "3.5" → "three point five". */
function figureWords(figure: string): string {
  const [whole, decimal] = figure.split('.');
  return `${numberWords(Number(whole))}${decimal !== undefined ? ` point ${ONES[Number(decimal)]}` : ''}`;
}

/** Measurements as speech recognition writes a dictated number out: "3.8 x 2 cm" → "three point eight by two centimeters". */
function numbersSpelled(text: string): string {
  return text.replace(MEASUREMENT, (m) => {
    const unit = /(cm|mm|mL|ml|cc)$/.exec(m)?.[1] ?? '';
    const figures = m
      .slice(0, m.length - unit.length)
      .trim()
      .split(/\s*[x×]\s*/);
    return `${figures.map(figureWords).join(' by ')} ${UNIT_WORDS[unit.toLowerCase()] ?? unit}`;
  });
}

/** Phrases and their shorthand in a surgeon's abbreviated note (whole words, case-insensitive). */
const SHORTHAND: readonly (readonly [RegExp, string])[] = [
  [/\babove[- ]the[- ]knee amputation\b|\babove[- ]knee amputation\b/gi, 'AKA'],
  [/\bbelow[- ]the[- ]knee amputation\b|\bbelow[- ]knee amputation\b/gi, 'BKA'],
  [/\bsacroiliac joint\b/gi, 'SI joint'],
  [/\bstatus post\b/gi, 's/p'],
  [/\bhistory of\b/gi, 'h/o'],
  [/\bwithout\b/gi, 'w/o'],
  [/\bwith\b/gi, 'w/'],
  [/\bpatient\b/gi, 'pt'],
  [/\bestimated blood loss\b/gi, 'EBL'],
  [/\bleft\b/gi, 'L'],
  [/\bright\b/gi, 'R'],
];

/** A surgeon's shorthand: "AKA", "SI joint", "s/p", "w/", "pt", "L" and "R" for the sides. */
function shorthand(text: string): string {
  return SHORTHAND.reduce((t, [re, short]) => t.replace(re, short), text);
}

// ---------------------------------------------------------------------------------------------------
// Structure rewrites.

/** Every line and heading run into one paragraph: "; " after a line that ends without a mark, else " ". */
function runOn(text: string): string {
  const units = paragraphsOf(text).flat();
  let out = '';
  for (const u of units) {
    if (out === '') out = u;
    else out += /[.!?:;]$/.test(out) ? ` ${u}` : `; ${u}`;
  }
  return `${out}\n`;
}

/** Heading labels as their own Markdown lines ("### Procedure", then the field's text below it). */
const headingsMarkdown = (text: string): string =>
  joinParagraphs(
    paragraphsOf(text).map((p) =>
      p.flatMap((unit) => {
        const l = parseLine(unit);
        if (l.label === null) return [unit];
        return l.rest ? [`### ${l.label}`, l.rest] : [`### ${l.label}`];
      }),
    ),
  );

/**
 * Heading labels as upper-case inline fields ("PROCEDURE: …"): a label alone on its line takes the
 * next line (of its paragraph or the next one) as its value.
 */
function headingsInline(text: string): string {
  const paragraphs = paragraphsOf(text);
  const out: string[][] = [];
  let pending: string | null = null;
  for (const p of paragraphs) {
    const lines: string[] = [];
    for (const unit of p) {
      const l = parseLine(unit);
      if (l.label !== null && l.rest === '') {
        if (pending !== null) lines.push(`${pending}:`);
        pending = l.label.toUpperCase();
        continue;
      }
      const body = l.label === null ? l.rest : `${l.label.toUpperCase()}: ${l.rest}`;
      lines.push(pending === null ? body : `${pending}: ${body}`);
      pending = null;
    }
    if (lines.length > 0) out.push(lines);
  }
  if (pending !== null) out.push([`${pending}:`]);
  return joinParagraphs(out);
}

/** Heading labels removed: a field keeps its value, a label alone on its line goes. */
const headingsRemoved = (text: string): string =>
  joinParagraphs(
    paragraphsOf(text)
      .map((p) =>
        p.flatMap((unit) => {
          const l = parseLine(unit);
          if (l.label === null) return [unit];
          return l.rest ? [l.rest] : [];
        }),
      )
      .filter((p) => p.length > 0),
  );

/** The sentences of each line joined by " -> " (a full stop before an arrow goes). */
const stepsArrows = (text: string): string =>
  mapUnitBodies(text, (body) => {
    const s = sentencesOf(body);
    return s.map((x, i) => (i < s.length - 1 ? x.replace(/\.$/, '') : x)).join(' -> ');
  });

/** A list marker already at a line's start ("1.", "2)", "-", "•"). */
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-•*])\s+/;
const letter = (i: number): string => String.fromCharCode(97 + (i % 26));

/**
 * Each line of text a numbered step ("1. …"), its second and later sentences lettered sub-steps
 * ("   a. …"); numbering restarts under each heading label.
 */
function stepsNumbered(text: string): string {
  let n = 0;
  return joinParagraphs(
    paragraphsOf(text).map((p) =>
      p.flatMap((unit) => {
        const l = parseLine(unit);
        if (l.label !== null) n = 0;
        // A line already numbered keeps its own marker (its number may be referred to).
        const marker = LIST_MARKER.exec(l.rest)?.[0];
        const body = marker ? l.rest.slice(marker.length) : l.rest;
        const sentences = sentencesOf(body);
        // A field of one sentence ("Surgeon: …", "EBL: 200 mL.") and a title ("Operative Note") are no steps.
        const isStep = l.label === null ? /[.!?]$/.test(body) || marker !== undefined : sentences.length > 1;
        if (!isStep) return [unit];
        const [first, ...more] = sentences;
        if (!marker) n++;
        return [
          ...(l.label === null ? [] : [`${l.label}:`]),
          `${marker ? marker.trimEnd() : `${n}.`} ${first ?? ''}`,
          ...more.map((s, i) => `   ${letter(i)}. ${s}`),
        ];
      }),
    ),
  );
}

/** HL7 escapes the field separator inside a value. */
const hl7Value = (line: string): string => line.replace(/\|/g, '\\F\\');

/** Each line (blank ones too) an HL7-like text observation segment: `OBX|n|TX|||<line>`. */
const hl7Segments = (text: string): string =>
  `${linesOf(text.trimEnd())
    .map((line, i) => `OBX|${i + 1}|TX|||${hl7Value(line.trimEnd())}`)
    .join('\n')}\n`;

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** Each line a row of a two-column pipe table: the heading label as the field, the rest as the value. */
const tableRows = (text: string): string =>
  `${[
    '| field | value |',
    '| --- | --- |',
    ...paragraphsOf(text)
      .flat()
      .map((unit) => {
        const l = parseLine(unit);
        return `| ${cell(l.label ?? '')} | ${cell(l.rest)} |`;
      }),
  ].join('\n')}\n`;

/** Each line spoken by the surgeon: "Surgeon: …" before it. */
const speakerLabels = (text: string): string =>
  joinParagraphs(paragraphsOf(text).map((p) => p.map((unit) => `Surgeon: ${unit}`)));

const INTERVIEW_QUESTION = 'What did you do next?';

/**
 * A question-and-answer interview: a field is asked for by its label ("Q: Procedure? A: …"), every
 * other sentence answers "Q: What did you do next?". A label alone on its line stays as it is.
 */
const interview = (text: string): string =>
  joinParagraphs(
    paragraphsOf(text).map((p) =>
      p.flatMap((unit) => {
        const l = parseLine(unit);
        if (l.label !== null && l.rest === '') return [unit];
        const [first, ...more] = sentencesOf(l.rest);
        const firstQuestion = l.label === null ? INTERVIEW_QUESTION : `${l.label}?`;
        return [
          `Q: ${firstQuestion} A: ${first ?? ''}`,
          ...more.map((s) => `Q: ${INTERVIEW_QUESTION} A: ${s}`),
        ];
      }),
    ),
  );

const FILLERS = ['um', 'uh'] as const;

/** Hesitation fillers between clauses: after a comma that goes on with a lower-case word. */
function fillers(text: string): string {
  let i = 0;
  return text.replace(/, (?=[a-z])/g, () => `, ${FILLERS[i++ % FILLERS.length]}, `);
}

/**
 * Words that open a sentence and carry no fact: a restart on one of them ("She, scratch that, she was
 * brought …") retracts nothing the note states.
 */
const RESTART_WORD = /^(The|She|He|We|They|It|This|Then|A|An|Her|His)\s+(?=[a-z])/;

/** A dictation restart ("The, scratch that, the …") on every third sentence that opens with a fact-free word. */
const restarts = (text: string): string => {
  let eligible = 0;
  return mapUnitBodies(text, (body) =>
    sentencesOf(body)
      .map((s) => {
        const m = RESTART_WORD.exec(s);
        if (!m) return s;
        eligible++;
        if (eligible % 3 !== 1) return s;
        const word = m[1] as string;
        return `${word}, scratch that, ${word.toLowerCase()} ${s.slice(m[0].length)}`;
      })
      .join(' '),
  );
};

/**
 * A passive sentence's opening as a surgeon dictating in the first person says it: "The femur was
 * transected with a saw" → "We transected the femur with a saw". Only a sentence that opens with "The",
 * a subject of one to five words (no verb, no comma) and "was"/"were" right before a participle; the
 * rest of the sentence stays as it is, so a coordinated participle after it keeps its subject.
 */
const PASSIVE_OPENING =
  /^The ((?:(?!(?:was|were|is|are|and|or|but|not|no)\b)[A-Za-z][\w'-]*\s+){0,4}?(?!(?:was|were)\b)[A-Za-z][\w'-]*)\s+(?:was|were)\s+((?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|cut|split|sewn|sawn|shown|left))\b/;
const firstPersonActive = (text: string): string =>
  mapUnitBodies(text, (body) =>
    sentencesOf(body)
      .map((s) =>
        s.replace(PASSIVE_OPENING, (_m, subject: string, verb: string) => `We ${verb} the ${subject}`),
      )
      .join(' '),
  );

/** A note told in the present, as a technique text or a live dictation tells it: "was"/"were" as "is"/"are". */
const presentTense = (text: string): string =>
  text.replace(
    /\b(was|were|Was|Were|WAS|WERE)\b/g,
    (w) => ({ was: 'is', were: 'are', Was: 'Is', Were: 'Are', WAS: 'IS', WERE: 'ARE' })[w] ?? w,
  );

/**
 * Each sentence its own bullet ("- …"), the heading label kept on its field's first bullet ("- EBL: 200
 * mL"); a label alone on its line stays a heading, and a line already marked as a list item keeps its
 * marker.
 */
const bulletList = (text: string): string =>
  joinParagraphs(
    paragraphsOf(text).map((p) =>
      p.flatMap((unit) => {
        const l = parseLine(unit);
        if (l.label !== null && l.rest === '') return [unit];
        const marker = LIST_MARKER.exec(l.rest)?.[0];
        const body = marker ? l.rest.slice(marker.length) : l.rest;
        const [first, ...more] = sentencesOf(body);
        const head = `${marker ? marker.trimEnd() : '-'} ${l.label === null ? '' : `${l.label}: `}${first ?? ''}`;
        return [head, ...more.map((s) => `- ${s}`)];
      }),
    ),
  );

/**
 * Heading labels an index card or a resident's note abbreviates, by the label's words (the whole label,
 * case folded): the abbreviation names the same field.
 */
const CARD_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^pre-?\s?op(?:erative)?\s+diagnos[ie]s$/i, 'Pre-op Dx'],
  [/^post-?\s?op(?:erative)?\s+diagnos[ie]s$/i, 'Post-op Dx'],
  [/^diagnos[ie]s$/i, 'Dx'],
  [/^(?:procedures?|operations?)(?:\s+performed)?$/i, 'Px'],
  [/^(?:primary\s+|attending\s+)?surgeons?$/i, 'Surg'],
  [/^assistants?$/i, 'Asst'],
  [/^an(?:a)?esthesia$/i, 'Anaes'],
  [/^estimated\s+blood\s+loss$/i, 'EBL'],
  [/^specimens?(?:\s+removed)?$/i, 'Spec'],
  [/^disposition$/i, 'Dispo'],
  [/^complications?$/i, 'Cx'],
  [/^implants?$/i, 'Impl'],
  [/^indications?$/i, 'Ind'],
  [/^(?:history|clinical\s+history)$/i, 'Hx'],
];

/** Heading labels as an index card abbreviates them ("Dx:", "Px:", "Spec:", "Dispo:"); other labels stay. */
const indexCard = (text: string): string =>
  joinParagraphs(
    paragraphsOf(text).map((p) =>
      p.map((unit) => {
        const l = parseLine(unit);
        if (l.label === null) return unit;
        const short = CARD_ABBREVIATIONS.find(([re]) => re.test(l.label ?? ''))?.[1];
        return lineText(short ? { ...l, label: short } : l);
      }),
    ),
  );

/**
 * Heading labels as a report translated from another language keeps them: label n in German, French,
 * Spanish, Italian and Portuguese in turn ("Blutverlust:", "Pièce opératoire:", "Intervención:"); other
 * labels stay. The values are not translated.
 */
const TRANSLATED_HEADINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /^pre-?\s?op(?:erative)?\s+diagnos[ie]s$/i,
    [
      'Diagnose präoperativ',
      'Diagnostic préopératoire',
      'Diagnóstico preoperatorio',
      'Diagnosi preoperatoria',
      'Diagnóstico pré-operatório',
    ],
  ],
  [
    /^post-?\s?op(?:erative)?\s+diagnos[ie]s$/i,
    [
      'Diagnose postoperativ',
      'Diagnostic postopératoire',
      'Diagnóstico postoperatorio',
      'Diagnosi postoperatoria',
      'Diagnóstico pós-operatório',
    ],
  ],
  [/^diagnos[ie]s$/i, ['Diagnose', 'Diagnostic', 'Diagnóstico', 'Diagnosi', 'Diagnóstico']],
  [
    /^(?:procedures?|operations?)(?:\s+performed)?$/i,
    ['Eingriff', 'Intervention', 'Intervención', 'Intervento', 'Procedimento'],
  ],
  [
    /^(?:primary\s+|attending\s+)?surgeons?$/i,
    ['Operateur', 'Opérateur', 'Cirujano', 'Primo operatore', 'Cirurgião'],
  ],
  [/^assistants?$/i, ['Assistenz', 'Aide opératoire', 'Ayudante', 'Aiuto', 'Ajudante']],
  [/^an(?:a)?esthesia$/i, ['Anästhesie', 'Anesthésie', 'Anestesia', 'Anestesia', 'Anestesia']],
  [
    /^estimated\s+blood\s+loss$/i,
    ['Blutverlust', 'Pertes sanguines', 'Sangrado estimado', 'Perdite ematiche', 'Perdas hemáticas'],
  ],
  [
    /^specimens?(?:\s+removed)?$/i,
    ['Präparat', 'Pièce opératoire', 'Pieza quirúrgica', 'Pezzo operatorio', 'Peça operatória'],
  ],
  [/^disposition$/i, ['Procedere', 'Suites opératoires', 'Destino', 'Destinazione', 'Destino']],
  [/^complications?$/i, ['Komplikationen', 'Complications', 'Complicaciones', 'Complicanze', 'Complicações']],
  [/^implants?$/i, ['Implantate', 'Matériel', 'Implantes', 'Impianti', 'Implantes']],
  [/^indications?$/i, ['Indikation', 'Indication', 'Indicación', 'Indicazione', 'Indicação']],
  [/^(?:history|clinical\s+history)$/i, ['Anamnese', 'Histoire', 'Antecedentes', 'Anamnesi', 'História']],
  [
    /^(?:description(?:\s+of\s+(?:the\s+)?(?:procedure|operation))?|operative\s+(?:description|technique|narrative))$/i,
    ['Vorgehen', 'Déroulement', 'Descripción', 'Descrizione', 'Descrição'],
  ],
  [/^(?:intra-?operative\s+)?findings$/i, ['Befund', 'Constatations', 'Hallazgos', 'Reperti', 'Achados']],
];

const headingsTranslated = (text: string): string => {
  let n = 0;
  return joinParagraphs(
    paragraphsOf(text).map((p) =>
      p.map((unit) => {
        const l = parseLine(unit);
        if (l.label === null) return unit;
        const words = TRANSLATED_HEADINGS.find(([re]) => re.test(l.label ?? ''))?.[1];
        if (!words) return unit;
        const label = words[n++ % words.length] as string;
        return lineText({ ...l, label });
      }),
    ),
  );
};

// ---------------------------------------------------------------------------------------------------
// The registry.

/** Every format transform, by id: the one place to add one. */
export const formatTransforms = {
  lowercase: {
    description: 'all lower case',
    keepsFacts: true,
    apply: (t) => t.toLowerCase(),
  },
  'lowercase-unpunctuated': {
    description: 'all lower case, punctuation stripped (sentence ends lost; line breaks kept)',
    keepsFacts: true,
    apply: (t) => stripPunctuation(t.toLowerCase()),
  },
  'lowercase-unpunctuated-run-on': {
    description: 'all lower case, punctuation and line breaks stripped: one run of words',
    keepsFacts: true,
    apply: (t) => oneRun(stripPunctuation(t.toLowerCase())),
  },
  uppercase: {
    description: 'ALL CAPS',
    keepsFacts: true,
    apply: (t) => t.toUpperCase(),
  },
  'run-on-paragraph': {
    description: 'one run-on paragraph: lines and headings joined with "; " or " "',
    keepsFacts: true,
    apply: runOn,
  },
  'headings-markdown': {
    description: 'heading labels as Markdown "### Heading" lines above their text',
    keepsFacts: true,
    apply: headingsMarkdown,
  },
  'headings-inline': {
    description: 'heading labels as upper-case inline fields ("HEADING: text")',
    keepsFacts: true,
    apply: headingsInline,
  },
  'headings-removed': {
    description: 'heading labels removed (a field keeps its value): the code must stay, the route may not',
    keepsFacts: false,
    apply: headingsRemoved,
  },
  'steps-arrows': {
    description: 'the sentences of each line joined with " -> " arrows',
    keepsFacts: true,
    apply: stepsArrows,
  },
  'steps-numbered': {
    description: 'each line a numbered step, its later sentences lettered sub-steps',
    keepsFacts: true,
    apply: stepsNumbered,
  },
  'bullet-list': {
    description: 'each sentence its own "- " bullet, a field\'s label on its first bullet',
    keepsFacts: true,
    apply: bulletList,
  },
  'index-card': {
    description: 'heading labels abbreviated as on an index card ("Dx:", "Px:", "EBL:", "Spec:", "Dispo:")',
    keepsFacts: true,
    keepsWords: false,
    apply: indexCard,
  },
  'headings-translated': {
    description:
      'heading labels as a translated report keeps them, in German, French, Spanish, Italian and Portuguese in turn ("Blutverlust:", "Pièce opératoire:")',
    keepsFacts: true,
    keepsWords: false,
    apply: headingsTranslated,
  },
  'hl7-segments': {
    description: 'each line an HL7-like segment: OBX|n|TX|||<line>',
    keepsFacts: true,
    apply: hl7Segments,
  },
  'table-rows': {
    description: 'each line a pipe-table row: | field | value |',
    keepsFacts: true,
    apply: tableRows,
  },
  'speaker-labels': {
    description: 'each line prefixed with a speaker label ("Surgeon: ...")',
    keepsFacts: true,
    apply: speakerLabels,
  },
  interview: {
    description: 'a question-and-answer interview: "Q: What did you do next? A: <sentence>"',
    keepsFacts: true,
    apply: interview,
  },
  fillers: {
    description: 'hesitation fillers ("um,", "uh,") between clauses',
    keepsFacts: true,
    apply: fillers,
  },
  'dictation-restarts': {
    description:
      'a restart ("The, scratch that, the ...") on a fact-free first word of every third such sentence',
    keepsFacts: true,
    apply: restarts,
  },
  'first-person-active': {
    description:
      'a passive sentence opening in the first person ("The femur was transected" as "We transected the femur")',
    keepsFacts: true,
    keepsWords: false,
    apply: firstPersonActive,
  },
  'present-tense': {
    description:
      'told in the present ("was"/"were" as "is"/"are"): the code must stay, the route may not (a present-tense text can read as a technique)',
    keepsFacts: false,
    keepsWords: false,
    apply: presentTense,
  },
  'hard-wrap-40': {
    description: 'every line hard-wrapped at 40 columns',
    keepsFacts: true,
    apply: (t) => hardWrap(t, 40),
  },
  'british-spelling': {
    description: 'British spelling ("tumour", "anaesthesia", "haemostasis", "mobilised", "centimetres")',
    keepsFacts: true,
    keepsWords: false,
    apply: britishSpelling,
  },
  'numbers-spelled': {
    description:
      'measurements spelled out as speech recognition writes them ("12 cm" as "twelve centimeters")',
    keepsFacts: true,
    keepsWords: false,
    apply: numbersSpelled,
  },
  shorthand: {
    description:
      'a surgeon\'s shorthand: "AKA", "BKA", "SI joint", "s/p", "h/o", "w/", "w/o", "pt", "L" and "R"',
    keepsFacts: true,
    keepsWords: false,
    apply: shorthand,
  },
  crlf: {
    description: 'CRLF line ends',
    keepsFacts: true,
    apply: (t) => t.replace(/\r?\n/g, '\r\n'),
  },
  'unicode-punctuation': {
    description: 'curly quotes, en dashes, an ellipsis character and no-break spaces',
    keepsFacts: true,
    apply: unicodePunctuation,
  },
} as const satisfies Record<string, FormatTransformDefinition>;

export type FormatTransformId = keyof typeof formatTransforms;

/** The transform ids, in registry order (derived from the registry, never kept beside it). */
export const formatTransformIds = Object.keys(formatTransforms) as FormatTransformId[];

export const isFormatTransformId = (id: string): id is FormatTransformId =>
  Object.hasOwn(formatTransforms, id);
