import { foreignHeading, HEADING_KINDS } from './heading-words.ts';
import { frameView, speakerTurns } from './line-frames.ts';
import { actionTerms, structureTerms } from './procedure-terms.ts';
import { lineLength, splitSentences, WRAP_SLACK, wrapWidth } from './sentences.ts';
import type { SectionKind, Sentence, Span } from './types.ts';

/** Header words -> section kind. Order matters: the first rule that matches the header text wins. */
const SECTION_RULES: Array<[RegExp, SectionKind]> = [
  // An article's index line lists names ("Keywords: hip disarticulation; hemipelvectomy"): never read.
  [/\bkey\s?-?words?\b|\bmesh\b|\bindex\s+terms\b|\bsubject\s+headings\b/i, 'keywords'],
  [/addend/i, 'addendum'],
  // A copied-forward or earlier operation is history, not what was done today.
  [/\b(?:prior|previous|earlier|copied|old)\b/i, 'indications'],
  // Alternatives offered are not what was done ("Alternatives: above-knee amputation").
  [/\balternatives?\b/i, 'plan'],
  // The operation booked or planned before the day ("Booked as:", "Planned procedure:", "Listed for:"):
  // a plan, not what was done ("Op performed:" says that).
  [/^\s*(?:booked|listed|planned|proposed|intended|scheduled|posted)\b/i, 'plan'],
  [/diagnos|\bdx\b/i, 'diagnosis'],
  // A summary of the operation (an ambient scribe's "Summary of procedure:", "Operative summary:") tells
  // what was done; another summary ("Clinical summary", "Summary") is the history.
  [
    // A scribe's summary of the room ("Room summary:", "Theatre summary:", "OR summary:") is the operation too.
    /\b(?:procedure|procedural|operation|operative|surgical|surgery|intra-?op(?:erative)?|room|theat(?:re|er)|OR)\s+summary\b|\bsummary\s+of\s+(?:the\s+|today'?s\s+)?(?:procedure|operation|surgery|case)\b/i,
    'description',
  ],
  [
    /indication|\bind\b|history|\bhpi\b|\bhx\b|reason|background|clinical (summary|note)|summary|consent/i,
    'indications',
  ],
  [
    // "Surgical technique", "Operative steps", "Step 3: Joint disarticulation": a technique paper's
    // heading opens the description of the operation.
    /description|detail|technique|narrative|operative (report|note|course)|details? of|course|\bsteps?\b/i,
    'description',
  ],
  [/finding/i, 'findings'],
  // Index cards abbreviate it: "Spec:", "Specs:".
  [/specimen|pathology|\bspecs?\b/i, 'specimen'],
  [/an(a)?esthe|\ban(a)?es(th?)?\b/i, 'anesthesia'],
  [/surgeon|\bsurg\b|\basst\b|assistant|attending|resident|staff|team|co-?surgeon|fellow/i, 'team'],
  // "Implants" holds the letters of "plan": the plan is its own word ("Plan", "Post-op plan", "Planning").
  // Index-card abbreviations name the same fields ("Ind:", "Dispo:", "Px:" for the procedure).
  [/\bplan|disposition|\bdispo\b|post-?op(erative)?|condition|recommendation/i, 'plan'],
  // "Pre-op:", "Preop:", "Pre-operative:" alone head the diagnosis before the operation (terse notes pair
  // it with "Post-op: same"): a diagnosis line is never the operation's name, whatever it names. Only the
  // word alone: "Pre-op imaging reviewed:" heads no diagnosis.
  [/^\s*pre-?\s?op(?:erative)?\s*$/i, 'diagnosis'],
  [/procedure|operation|title|\bproc\b|\bpx\b|\bops?\b/i, 'title'],
];

/**
 * The section rule of a heading's words: the English rules first, then a heading in another language
 * (src/nlp/heading-words.ts), whose kind is `other` when the segmenter has none for it (EBL, implants).
 */
function ruleFor(name: string): [RegExp | null, SectionKind] | undefined {
  const english = SECTION_RULES.find(([re]) => re.test(name));
  if (english) return english;
  const foreign = foreignHeading(name);
  return foreign ? [null, HEADING_KINDS[foreign] ?? 'other'] : undefined;
}

// A header: a short run of words at the start of a line (or after spoken "new paragraph"), perhaps behind a
// bullet ("- Procedure:", a known heading only) or marked up ("### Procedure:", "**Procedure:**") or followed by a parenthesis ("PRIOR OPERATION (copied forward
// from the note of 03/02):"), then a colon or the spoken word "colon".
const HEADER =
  /(?:^|\n|new\s+paragraph\s+|next\s+paragraph\s+)[ \t]*(?:(?<bullet>[-•*])[ \t]+)?(?:#{1,6}[ \t]+|\*\*|__)?([A-Za-z][A-Za-z /&()'-]{1,48}?)(?:\*\*|__)?[ \t]*(?:\([^()]{0,160}\)[ \t]*)?(?::|\s+colon\b)/gi;

// A header run into the text after a sentence end ("… Same. Procedure: left AKA; Findings: …"): a
// capitalised label the section rules know, then its colon (a time's colon is none).
const INLINE_HEADER =
  /(?<=[.;][ \t]+)([A-Z][A-Za-z /&'-]{1,40}?)[ \t]*(?:\([^()\n]{0,160}\)[ \t]*)?:(?![0-9/])/g;

interface Header {
  at: number;
  kind: SectionKind;
}

/** Finds section headers and the kind of section each one opens. */
export function findHeaders(text: string): Header[] {
  const headers: Header[] = [];
  // In a note hard-wrapped to one width, a line after a full line goes on with the paragraph: an unknown
  // phrase and its colon that the wrap put at the line's start ("CT-guided biopsy of the patella:") is
  // no heading.
  const width = wrapWidth(text);
  const wrapped = (at: number): boolean =>
    width !== null && at > 0 && lineLength(text, at - 1) >= width - WRAP_SLACK;
  HEADER.lastIndex = 0;
  for (let m = HEADER.exec(text); m !== null; m = HEADER.exec(text)) {
    const name = m[2] ?? '';
    if (name.trim().split(/\s+/).length > 6) continue;
    const rule = ruleFor(name);
    const at = m.index + (m[0].length - m[0].trimStart().length);
    if (!rule && wrapped(at)) continue;
    // A list item's "term: text" ("- Left: chondrosarcoma", "- Plan was a wide margin: …") is no heading
    // unless the term is a section's name: a few words without a verb.
    if (m.groups?.bullet !== undefined && !(rule && bulletHeading(name))) continue;
    headers.push({ at: m.index + (m[0].length - m[0].trimStart().length), kind: rule ? rule[1] : 'other' });
  }
  ALTERNATIVES_LINE.lastIndex = 0;
  for (let m = ALTERNATIVES_LINE.exec(text); m !== null; m = ALTERNATIVES_LINE.exec(text))
    headers.push({ at: m.index + (m[0].length - m[0].trimStart().length), kind: 'plan' });
  STEP_LINE.lastIndex = 0;
  for (let m = STEP_LINE.exec(text); m !== null; m = STEP_LINE.exec(text))
    headers.push({ at: m.index + (m[0].length - m[0].trimStart().length), kind: 'description' });
  // In a note written in one case (all capitals, all lower case) a heading cannot be told by its capitals.
  const oneCase = !/[a-z]/.test(text) || !/[A-Z]/.test(text);
  INLINE_HEADER.lastIndex = 0;
  for (let m = INLINE_HEADER.exec(text); m !== null; m = INLINE_HEADER.exec(text)) {
    const name = (m[1] ?? '').trim();
    // Only a heading's own words ("Procedure", "Indications", "Estimated blood loss"), or capitals in a
    // note that has lower case: a sentence may open with a phrase and a colon ("Planned osteotomy from
    // MRI: 16 cm above the joint").
    const known =
      SPOKEN_HEADER.exec(name)?.[0].length === name.length ||
      (!oneCase && CAPS_WORDS.test(name)) ||
      foreignHeading(name) !== undefined;
    const rule = known ? ruleFor(name) : undefined;
    if (rule) headers.push({ at: m.index, kind: rule[1] });
  }
  LINE_HEADER.lastIndex = 0;
  for (let m = LINE_HEADER.exec(text); m !== null; m = LINE_HEADER.exec(text)) {
    const markdown = m[2] !== undefined;
    const name = m[3] ?? '';
    // In one case, a line of capitals or of lower case is a heading only when it is a heading's own words;
    // so is a bulleted line ("- History.").
    const capitals = CAPS_WORDS.test(name) && !oneCase && m[1] === undefined;
    if (!markdown && !capitals && SPOKEN_HEADER.exec(name)?.[0].length !== name.length) continue;
    const rule = ruleFor(name);
    if (rule || markdown)
      headers.push({ at: m.index + (m[0].length - m[0].trimStart().length), kind: rule ? rule[1] : 'other' });
  }
  return headers;
}

const BULLET_HEADING_WORDS = 3;
const bulletHeading = (name: string): boolean =>
  name.trim().split(/\s+/).length <= BULLET_HEADING_WORDS && !FINITE_VERB.test(name);

// A line that is only an alternatives heading ("Alternative Treatments"), as in technique chapters.
const ALTERNATIVES_LINE =
  /(?:^|\n)[ \t]*alternatives?(?:[ \t]+(?:treatments?|procedures?|options?|considered))?[ \t]*(?=\r?\n)/gi;

// A numbered step heading at a line's start ("Step 2: Soft tissue dissection", "Step 4 - Closure"):
// the steps of the operation, whatever section came before (an "Indications" list above them).
const STEP_LINE = /(?:^|\n)[ \t]*(?:STEP|[Ss]tep)[ \t]+\d{1,2}(?=[ \t]*[:.)–-]|[ \t]+[A-Z])/g;

// A line that is only a few words the section rules know: in capitals ("TODAY'S OPERATION", "PRIOR
// OPERATION (copied...)"), as a Markdown heading ("### Indications", any words), or, in any case, a
// heading's own words alone on their line ("indications", "DESCRIPTION OF PROCEDURE").
const LINE_HEADER =
  /(?:^|\n)[ \t]*([-•*][ \t]+)?(#{1,6}[ \t]+)?([A-Za-z][A-Za-z'’]+(?:[ \t]+[A-Za-z][A-Za-z'’]+){0,4})[ \t]*(?=\(|\r?\n|$)/g;
const CAPS_WORDS = /^[A-Z][A-Z'’]+(?:[ \t]+[A-Z][A-Z'’]+)*$/;

// Dictated headers without a colon ("new paragraph indications um ..."): a known header phrase opening a
// sentence, not followed by a verb ("procedure was tolerated" is a sentence, not a header).
const SPOKEN_HEADER =
  /^(?:(?:pre|post)-?\s?op(?:erative)?\s+diagnos[ie]s|diagnos[ie]s|indications?(?:\s+for\s+(?:the\s+)?(?:procedure|surgery|operation))?|(?:brief\s+)?history(?:\s+of\s+present\s+illness)?|description(?:\s+of\s+(?:the\s+)?(?:procedure|operation))?|(?:surgical|operative)\s+(?:description|narrative|report|technique|steps?)|(?:procedure|operation)\s+steps?|technique|narrative|procedure\s+in\s+detail|details?\s+of\s+(?:the\s+)?(?:procedure|operation)|operative\s+(?:technique|procedure|findings)|procedures?(?:\s+performed)?|operations?(?:\s+performed)?|findings|specimens?|disposition|plan|complications|an(?:a)?esthesia|estimated\s+blood\s+loss|addendum)\b(?!\s+(?:was|were|is|are|had|has|will|went)\b)/i;

const LIST_BULLET = /^[-•*][ \t]+/;

function spokenHeaders(text: string, spans: Span[]): Header[] {
  const out: Header[] = [];
  for (const span of spans) {
    // A bullet before the heading's words ("- History.") is the list's mark.
    const raw = text.slice(span.start, Math.min(span.end, span.start + 80));
    const head = raw.slice(LIST_BULLET.exec(raw)?.[0].length ?? 0);
    const m = SPOKEN_HEADER.exec(head);
    // A table row ("Disposition ....... PACU") is a field of the current section, not a new section; a
    // heading alone on its line ("2. Procedure" above an indented "a) ...") is a heading.
    if (!m || /^[ \t]*(?:\.{2,}|[ \t]{2,}|\t)/.test(head.slice(m[0].length))) continue;
    const rule = SECTION_RULES.find(([re]) => re.test(m[0]));
    out.push({ at: span.start, kind: rule ? rule[1] : 'other' });
  }
  return out;
}

/**
 * A history field with its value on its line ("Indication: infected stump.") that no heading follows:
 * in a terse note with no description heading the lines after it narrate the operation, so the field
 * covers its own line. Not an abstract's heading ("Background:"), nor a heading alone on its line
 * (the lines below it are its value), nor a note hard-wrapped at the field's line (its text runs on).
 */
function lastHistoryLineDone(
  text: string,
  header: Header,
  index: number,
  headers: readonly Header[],
  at: number,
): boolean {
  if (index !== headers.length - 1 || aloneOnLine(text, header)) return false;
  if (ABSTRACT_HEADING.test(text.slice(header.at, header.at + 40))) return false;
  const lineEnd = text.indexOf('\n', header.at);
  if (lineEnd === -1 || at <= lineEnd) return false;
  // The field's line ends its sentence (not a wrap in mid-sentence), and the sentence after it tells no
  // history of its own ("He underwent an above-knee amputation that failed" stays history).
  if (!/[.!?;)]\s*\r?$/.test(text.slice(header.at, lineEnd))) return false;
  const sentenceEnd = text.slice(at).search(/[.!?;](?:\s|$)|\n/);
  return !HISTORY_WORDS.test(text.slice(at, sentenceEnd === -1 ? undefined : at + sentenceEnd));
}

/** Words of a history told after the field: "underwent", "had a", "previous", "in 2019", "ago". */
const HISTORY_WORDS =
  /\b(?:underwent|had\s+(?:a|an|his|her|been)|has\s+(?:a|an|had|been)|status\s+post|s\/p|previous(?:ly)?|prior|history|presented|was\s+treated|ago|(?:19|20)\d\d)\b/i;

/**
 * A sentence that moves a history's story into the operating room: "In the OR she said: …", "Once in
 * the operating room, …", "Intraoperatively, …", "During the procedure …" (an ambient scribe's
 * "Conversation summary:" tells the talk before the operation, then the operation itself).
 */
const OPERATING_ROOM_CUE =
  /^\s*(?:(?:[Oo]nce|[Ww]hen|[Bb]ack|[Tt]hen|[Ll]ater)\s+)?(?:[Ii]n|[Ii]nto|IN)\s+(?:[Tt]he\s+|THE\s+)?(?:OR|[Oo]perating\s+(?:[Rr]oom|[Tt]heat(?:re|er))|[Tt]heat(?:re|er))\b|^\s*[Ii]ntra-?op(?:erative(?:ly)?)?\b|^\s*(?:[Dd]uring|[Aa]t)\s+(?:[Tt]he\s+)?(?:operation|procedure|surgery|case)\b/;
/** An earlier operation's or a planned one's room: "in the OR in 2019", "at that time", "we will". */
const NOT_TODAY_ROOM =
  /\b(?:at\s+(?:that|the)\s+time|that\s+(?:operation|procedure|surgery|day)|will|would|plan(?:s|ned)?\s+to|going\s+to|to\s+be\s+\w+ed|next|tomorrow)\b/i;

/**
 * In a history section, a sentence that opens with the operating room (OPERATING_ROOM_CUE) and tells no
 * earlier or planned operation opens the operation's description there, until the next heading.
 */
function operatingRoomTurns(text: string, spans: readonly Span[], headers: readonly Header[]): Header[] {
  const out: Header[] = [];
  let h = -1;
  let turned = -1;
  for (const span of spans) {
    while (h + 1 < headers.length && (headers[h + 1]?.at ?? Number.POSITIVE_INFINITY) <= span.start) h++;
    const header = headers[h];
    if (header === undefined || header.kind !== 'indications' || turned === h) continue;
    const own = text.slice(span.start, span.end);
    if (!OPERATING_ROOM_CUE.test(own) || HISTORY_WORDS.test(own) || NOT_TODAY_ROOM.test(own)) continue;
    out.push({ at: span.start, kind: 'description' });
    turned = h;
  }
  return out;
}

/** Section kinds whose scope ends at a blank line: the next paragraph without a header is narrative. */
const PARAGRAPH_SCOPED: ReadonlySet<SectionKind> = new Set<SectionKind>(['indications']);
/** Sections that narrate the operation itself. */
const NARRATIVE: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'description',
  'findings',
  'body',
  'addendum',
]);
const BLANK_LINE = /\n[ \t]*\r?\n/g;
/** A paragraph break dictated in words (speech-recognition text). */
const SPOKEN_PARAGRAPH = /\b(?:new|next)\s+paragraph\b/gi;
/** The shape of a line of names: capitalised words, initials, degrees, commas and "and" only. */
const NAME_LINE = /^(?:(?:[A-Z][a-z'’-]+|[A-Z]\.?|and|MD|PhD|FRCS|MBBS|MBChB|FACS|MS|MSc|DO|,)\s*){1,8}$/;
/** An author's initial ("Martin M. Malawer", "J. C. Wittig") or degree ("R. J. Okafor, MD"). */
const NAME_MARK = /(?:^|\s)[A-Z]\.(?=\s|,|$)|,\s*(?:MD|PhD|FRCS|MBBS|MBChB|FACS|MS|MSc|DO)\b/;
/**
 * What names never hold and a Title Case heading or fragment does ("Leg Removed Through The Knee
 * Joint", "Surgical Technique And Results"): a capitalised function word, a side, a word of the
 * operation (an anatomy or action term of src/nlp/procedure-terms.ts, a heading word).
 */
const NOT_NAMES = new RegExp(
  [
    String.raw`\b(?:Of|The|For|With|And|In|On|At|To|From|After|Without|Via|Versus|Or|An|A(?!\.)|Left|Right)\b`,
    String.raw`(?<![\w-])(?:${[...structureTerms.flatMap((t) => t.patterns), ...actionTerms.flatMap((t) => t.patterns)].join('|')})(?![\w-])`,
    String.raw`\b(?:surg\w*|operat\w*|procedures?|techniques?|results?|outcomes?|discussion|introduction|methods?|conclusions?|summary|abstract|case|report|series|review|amputations?|hemi-?pelvectom\w*|disarticulations?|resections?|reconstruct\w*|closure|flaps?|management|treatment|performed|done|completed)\b`,
  ].join('|'),
  'i',
);
/**
 * A byline: a line of author names ("Martin M. Malawer", "J. C. Wittig, MD", "by Anna Lindqvist", "S.
 * Patel and H. Muller", "Tomas Berg"), in the shape of names, with an initial, a degree or "by", or at
 * least nothing that names an operation, a side or a heading's words. A Title Case heading or fragment
 * is no byline.
 */
function isByline(text: string, s: { start: number; end: number }): boolean {
  const line = text.slice(s.start, s.end).trim();
  const by = /^by\s+/i.exec(line);
  const names = by ? line.slice(by[0].length) : line;
  if (!NAME_LINE.test(names)) return false;
  if (by || NAME_MARK.test(names)) return true;
  return !NOT_NAMES.test(names);
}

/**
 * Splits into sentences and tags each with the section it falls in (`body` when the note has no
 * headers). A one-line field covers its own sentence; a history section ("Indications:",
 * "Background:") ends at a blank line; and a note with no narrative section at all (an abstract whose
 * only heading is "Background:") is narrative throughout.
 */
let lastText: string | undefined;
let lastSentences: readonly Sentence[] = [];

export function segment(text: string): Sentence[] {
  // The extractor and the drafts segment the same note: the last result is reused (a copy of the list).
  if (text !== lastText) {
    // Headings and sentence ends are read with the note's line frames blanked (same offsets).
    lastSentences = segmentNote(frameView(text), speakerTurns(text));
    lastText = text;
  }
  return [...lastSentences];
}

function segmentNote(text: string, turns: readonly number[] = []): Sentence[] {
  const spans = splitSentences(text);
  const quoted = quotedBlocks(text);
  // A note quoted inside the note (a copied-forward operative note in quotation marks) keeps the section
  // that introduces it: its own headings ("Specimen: …") are part of the quotation.
  const found = [...findHeaders(text), ...spokenHeaders(text, spans)]
    .filter((h) => !quoted.some((q) => h.at > q.start && h.at < q.end))
    .sort((a, b) => a.at - b.at);
  const headers = [...found, ...operatingRoomTurns(text, spans, found)].sort((a, b) => a.at - b.at);
  const blanks: number[] = [];
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m !== null; m = BLANK_LINE.exec(text)) blanks.push(m.index);
  // A dictated paragraph break ("… the stump was infected period new paragraph we went to theatre …") ends a
  // paragraph as a blank line does: the history field before it does not run into the narrative.
  SPOKEN_PARAGRAPH.lastIndex = 0;
  for (let m = SPOKEN_PARAGRAPH.exec(text); m !== null; m = SPOKEN_PARAGRAPH.exec(text)) blanks.push(m.index);
  blanks.sort((x, y) => x - y);
  // In a transcript of speaker turns a turn is a paragraph: a history heading dictated in one turn
  // ("Surgeon: … Indication infected stump.") ends where the next turn starts, as at a blank line.
  if (turns.length > 0) {
    blanks.push(...turns.map((t) => t - 1));
    blanks.sort((x, y) => x - y);
  }
  let h = -1;
  let b = -1;
  let sentencesInSection = 0;
  let inField = false;
  const sentences = spans.map((span) => {
    const before = h;
    while (h + 1 < headers.length && (headers[h + 1]?.at ?? Number.POSITIVE_INFINITY) <= span.start) h++;
    while (b + 1 < blanks.length && (blanks[b + 1] ?? Number.POSITIVE_INFINITY) < span.start) b++;
    sentencesInSection = h === before ? sentencesInSection + 1 : 1;
    const header = h >= 0 ? headers[h] : undefined;
    const paragraphEnded =
      header !== undefined &&
      PARAGRAPH_SCOPED.has(header.kind) &&
      ((b >= 0 && (blanks[b] as number) > header.at) ||
        lastHistoryLineDone(text, header, h, headers, span.start));
    // A diagnosis field covers the sentences of its line ("Diagnoses: 1. Left knee OA. 2. Gangrene of
    // the right foot.") and a list that continues it line by line, then ends.
    const fieldContinues =
      header !== undefined &&
      LIST_FIELDS.has(header.kind) &&
      (!text.slice(header.at, span.start).includes('\n') ||
        (inField && LIST_ITEM.test(lineOf(text, span.start))));
    // A field's label alone on its line ("### Surgeon", "ASSISTANT:") takes the next line as its value
    // (a title alone on its line, "PROCEDURE 1", heads the narrative below it instead).
    const valueBelow =
      header !== undefined &&
      VALUE_BELOW.has(header.kind) &&
      aloneOnLine(text, header) &&
      lineAfterHeader(text, header.at) === lineStartOf(text, span.start);
    // A procedure field lists its operations by number ("Procedures: 1. Left AKA. 2. Curettage of the
    // right femur.", or one a line below the heading): each listed name is the field's.
    const titleListContinues =
      header !== undefined && header.kind === 'title' && inField && titleListItem(text, span);
    const unsectioned =
      header === undefined ||
      paragraphEnded ||
      (LINE_FIELDS.has(header.kind) &&
        sentencesInSection > 1 &&
        !fieldContinues &&
        !valueBelow &&
        !titleListContinues);
    const section: SectionKind = !unsectioned
      ? header.kind
      : historyBeforeOperation(text, header, headers[h + 1], span.start)
        ? 'indications'
        : 'body';
    inField =
      header !== undefined &&
      (LIST_FIELDS.has(header.kind) || header.kind === 'title') &&
      section === header.kind;
    return { ...span, section };
  });
  const first = sentences[0];
  if (first && first.section === 'body' && isPublicationTitle(text, first))
    sentences[0] = { ...first, section: 'heading' };
  else if (first && first.section === 'body' && isTitleLine(text, first))
    sentences[0] = { ...first, section: 'title' };
  // Lead matter before a publication's first heading (a byline: "Martin M. Malawer") narrates nothing.
  if (!sentences.some((s) => NARRATIVE.has(s.section) && !isByline(text, s))) {
    return sentences.map((s) => (s.section === 'indications' ? { ...s, section: 'body' } : s));
  }
  return sentences;
}

/**
 * Fields and a history heading before the heading that opens the operation: a paragraph left without a
 * section after them narrates what came before the operation (an earlier operation, the referral, the
 * consent), not what was done today. Only when the next header opens the operation ("Description:", a
 * heading alone on its line such as "OPERATION"), the paragraph is on a line of its own, and the header
 * before it is an op note's field (procedure, diagnosis, team, anaesthesia) or a history heading — not
 * an abstract's "Case presentation:" or
 * "Background:" (its next paragraph may be the case), nor a heading alone on its line such as "PROCEDURE 1"
 * (what follows it is that procedure, even when "PROCEDURE 2" comes next).
 */
const HISTORY_BEFORE: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'title',
  'diagnosis',
  'team',
  'anesthesia',
  'indications',
]);
const ABSTRACT_HEADING = /^[ \t]*(?:background|introduction|abstract|objectives?|purpose|aims?)\b/i;

/** A header alone on its line ("OPERATION", "Operative technique:"): it heads the lines below it. */
function aloneOnLine(text: string, header: Header): boolean {
  const end = text.indexOf('\n', header.at);
  const line = text.slice(header.at, end === -1 ? text.length : end);
  return /^[^:]{1,60}:?[ \t]*\r?$/.test(line);
}

/**
 * A note that opens with a paragraph dated to the past ("In 2019 she had an internal hemipelvectomy …",
 * "Three years ago …"), before the heading that names or opens the operation: that paragraph is history,
 * all its sentences ("The hip was reconstructed with a saddle prosthesis and the limb was kept").
 */
const DATED_OPENING =
  /^\s*(?:(?:in|during|back\s+in)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|(?:about\s+|some\s+|over\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few)\s+(?:years?|months?|decades?)\s+(?:ago|earlier|previously|before))\b/i;

function historyBeforeOperation(
  text: string,
  before: Header | undefined,
  next: Header | undefined,
  at: number,
): boolean {
  if (!before && next && (next.kind === 'title' || next.kind === 'description'))
    return DATED_OPENING.test(text) && !text.slice(0, next.at).trim().includes('\n\n');
  if (!before || !next || !HISTORY_BEFORE.has(before.kind)) return false;
  if (!text.slice(before.at, at).includes('\n')) return false;
  if (before.kind === 'indications' && ABSTRACT_HEADING.test(text.slice(before.at, before.at + 40)))
    return false;
  if (before.kind === 'title' && aloneOnLine(text, before)) return false;
  return next.kind === 'description' || (next.kind === 'title' && aloneOnLine(text, next));
}

/** Field kinds whose label alone on its line takes the next line as its value. */
const VALUE_BELOW: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'diagnosis',
  'team',
  'anesthesia',
  'specimen',
]);
/** Field kinds that hold a list of items (numbered diagnoses), on their line or on the lines after. */
const LIST_FIELDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['diagnosis', 'keywords']);
/** A list item's marker at the start of its line: "1.", "2)", "-", "•". */
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-•*])(?:\s|$)/;
/** A list item's marker alone ("1", "2)", "(b)") as the sentence splitter leaves it. */
const LIST_MARKER_ALONE = /^\(?(?:\d{1,2}|[a-e])[.)]?$/i;
/** A list item's marker just before a sentence on its line ("1. ", "2) ", "(b) "). */
const LIST_MARKER_BEFORE = /(?:^|\s)\(?(?:\d{1,2}|[a-e])[.)][ \t]*$/i;
const TITLE_ITEM_MAX_WORDS = 10;
/**
 * A numbered item of a procedure list: its marker, or the short name without a clause that follows a
 * marker on its line ("2. Curettage of a bone cyst of the right femur"), not a numbered step of the
 * narrative ("1. The patient was positioned supine").
 */
function titleListItem(text: string, span: Span): boolean {
  const own = text.slice(span.start, span.end).trim();
  if (LIST_MARKER_ALONE.test(own)) return true;
  if (!LIST_MARKER_BEFORE.test(text.slice(lineStartOf(text, span.start), span.start))) return false;
  return own.split(/\s+/).length <= TITLE_ITEM_MAX_WORDS && !FINITE_VERB.test(own);
}
/** Where the line holding `at` starts. */
const lineStartOf = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
/** Where the line after the one holding `at` starts (the text's length on its last line). */
const lineAfterHeader = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
};
/** The text of a position's line, from its start. */
const lineOf = (text: string, at: number): string => {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end === -1 ? text.length : end);
};

const TITLE_LINE_MAX_WORDS = 8;
const FINITE_VERB =
  /\b(?:was|were|is|are|am|has|have|had|did|does|underwent|performed|dictat\w*|this|i|we|he|she)\b/i;

/**
 * The note's first line names the operation when it is a short line of its own, ahead of every header
 * and without a clause ("Left AKA", "Right hip disarticulation"): a title without the word "Procedure".
 */
function isTitleLine(text: string, first: Span): boolean {
  if (text.slice(0, first.start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', first.start);
  const line = text.slice(first.start, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line === '' || first.end < first.start + line.length) return false;
  if (/[.:;]\s*$/.test(line) || line.includes(':')) return false;
  return line.split(/\s+/).length <= TITLE_LINE_MAX_WORDS && !FINITE_VERB.test(line);
}

/**
 * A publication's title on the first line: "Hindquarter amputation for a recurrent chondrosarcoma: a case
 * report", "… - report of a case", "… and review of the literature". It names the operation the article
 * is about; the narration after it may only say "the procedure" or "surgery was performed".
 */
const PUBLICATION_TITLE =
  /(?:[:.\u2013\u2014-]|\b(?:and|with))\s*(?:a\s+)?(?:(?:case|clinical)\s+(?:report|study|series)|report\s+of\s+(?:a|an|one|two|three|\d+)\s+(?:\w+\s+)?cases?|(?:a\s+)?(?:review|systematic\s+review)\s+of\s+(?:the\s+)?literature|literature\s+review)(?:\s+and\s+(?:a\s+)?(?:review|systematic\s+review)\s+of\s+(?:the\s+)?literature)?\.?\s*$/i;

function isPublicationTitle(text: string, first: Span): boolean {
  if (text.slice(0, first.start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', first.start);
  const line = text.slice(first.start, lineEnd < 0 ? text.length : lineEnd).trim();
  return (
    first.end >= first.start + line.length - 1 &&
    line.split(/\s+/).length <= 30 &&
    PUBLICATION_TITLE.test(line)
  );
}

// A quotation long enough to hold sentences of its own, in straight or curly double quotes, within one
// paragraph (a stray quote mark must not hide the headings of the rest of the note).
const QUOTED_BLOCK = /["“](?:(?!\n[ \t]*\r?\n)[^"“”]){80,4000}?["”]/g;

/** Spans of quoted passages of a few sentences or more (a short quoted phrase holds no heading). */
function quotedBlocks(text: string): Span[] {
  const out: Span[] = [];
  QUOTED_BLOCK.lastIndex = 0;
  for (let m = QUOTED_BLOCK.exec(text); m !== null; m = QUOTED_BLOCK.exec(text)) {
    if (/[.;]\s+\S/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Section kinds that head a single line or field rather than a paragraph. */
const LINE_FIELDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'title',
  'keywords',
  'diagnosis',
  'team',
  'anesthesia',
  'specimen',
  'other',
]);
