import { type ElementKey, elements as elementDefs } from '../codes/elements.ts';
import { foreignHeading } from '../nlp/heading-words.ts';
import { frameView } from '../nlp/line-frames.ts';
import { segment } from '../nlp/sections.ts';
import { lineLength, WRAP_SLACK, wrapWidth } from '../nlp/sentences.ts';
import { countBelow } from '../nlp/sorted.ts';
import type { SectionKind, Sentence } from '../nlp/types.ts';
import type { RequirementStatus } from '../schemas/requirements.ts';
import { escapeMarkdown as md } from './escape.ts';

/** A section of the operative report, as hospitals require it. */
export interface DraftSectionDefinition {
  key: DraftSectionKey;
  title: string;
  /** Required in every operative report: an undictated required section gets a visible placeholder. */
  required: boolean;
  /** What to dictate when the section is missing (shown in the placeholder). */
  need: string;
  /** A header naming this section, at the start of a sentence ("ESTIMATED BLOOD LOSS:", "specimen colon"). */
  header?: RegExp;
  /** A sentence that says this section's content wherever it is dictated ("EBL 400 mL", "no complications"). */
  cue?: RegExp;
  /**
   * Said within the narrative ("the specimen was sent to pathology", "a cemented stem was inserted"):
   * when the section has no sentence of its own, those narrative sentences are shown under it too.
   */
  mention?: RegExp;
  /** A mention counts only when not negated ("no cement was used" names no implant). */
  affirmedOnly?: boolean;
  /** Segmenter section kinds (src/nlp/sections.ts) whose sentences belong here when nothing else decides. */
  kinds?: readonly SectionKind[];
}

export type DraftSectionKey =
  | 'preopDiagnosis'
  | 'postopDiagnosis'
  | 'procedure'
  | 'surgeons'
  | 'anesthesia'
  | 'indications'
  | 'description'
  | 'ebl'
  | 'specimens'
  | 'implants'
  | 'complications'
  | 'disposition'
  | 'other';

/**
 * The operative report's sections, in order. Required per the CMS Conditions of Participation for
 * surgical services (42 CFR 482.51(b)(6) and its interpretive guidelines) and the Joint Commission's
 * record-of-care standard (RC.02.01.03): pre- and postoperative diagnosis, procedure, surgeon and
 * assistants, anesthesia, description and findings, estimated blood loss, specimens, implants and
 * complications ("if any": "none" must be said). Indications and disposition are shown when dictated.
 */
export const draftSections: readonly DraftSectionDefinition[] = [
  {
    key: 'preopDiagnosis',
    title: 'Preoperative diagnosis',
    required: true,
    need: 'state the preoperative diagnosis',
    header:
      /^(?:pre-?\s?op(?:erative)?\s+(?:diagnos[ie]s|dx)|diagnos[ie]s(?:\s+before\s+(?:the\s+)?(?:operation|surgery|procedure))?|dx)\b/i,
    kinds: ['diagnosis'],
  },
  {
    key: 'postopDiagnosis',
    title: 'Postoperative diagnosis',
    required: true,
    need: 'state the postoperative diagnosis (or "same")',
    header:
      /^(?:post-?\s?op(?:erative)?\s+(?:diagnos[ie]s|dx)|diagnos[ie]s\s+after\s+(?:the\s+)?(?:operation|surgery|procedure))\b/i,
  },
  {
    key: 'procedure',
    title: 'Procedure(s) performed',
    required: true,
    need: 'name the procedure(s) performed',
    header:
      /^(?:name\s+of\s+)?(?:procedures?|operations?|proc|px)(?:\s+performed)?(?:\s+title)?\b(?!\s+(?:was|were|is|are|in detail|note|report)\b)/i,
    kinds: ['title'],
    cue: /^(?:the\s+)?(?:procedure|operation)\s+(?:performed\s+)?(?:today\s+)?(?:was|is)\s+(?:an?\s+)?(?!performed|done|carried|uneventful|well|tolerated|started|begun|completed|without|then|under|in\b)/i,
  },
  {
    key: 'surgeons',
    title: 'Surgeon and assistants',
    required: true,
    need: 'name the surgeon and any assistants, and what an assistant or co-surgeon did',
    header:
      /^(?:(?:primary|attending|operating|consultant|co-?|first|second|senior|specialist)\s*)?(?:surgeons?|surg|assistants?|asst|assist(?:ing|ed)?|co-?surgeons?|surgical\s+team|team|residents?|fellows?|staff|consultants?|operators?|attending|dictated\s+by|registrars?|spr|sho|st\s?\d|trainees?|house\s+(?:officer|surgeon)s?|(?:physician|surgeon'?s?)\s+assistants?|pa-?c)\b(?!\s+(?:retracted|held|closed|placed)\b)/i,
    cue: /\b(?:(?:surgeons?|assistants?|co-?surgeons?)\s*(?::|\s(?:was|were|is|are|today|included?)\b)|assisted\s+by|with\s+the\s+assistance\s+of|(?:first|second)\s+assist(?:ant)?\b|(?:dr|doctor)\.?\s+(?:[a-z'-]+\s+){1,3}(?:dictating|assisting|assisted)\b|this\s+is\s+(?:dr|doctor)\.?\s+[a-z]|dictated\b.{0,30}?\bby\s+(?:dr|doctor|mr|mrs|ms|miss|prof)\b)|^(?:dr|doctor)\.?\s+[a-z'-]+(?:\s+[a-z'-]+)?,?\s+(?:attending|resident|fellow|registrar|surgeon|assistant|pa-c|pa)\b/i,
    kinds: ['team'],
    // A named member of the team in the narrative ("Dr. Marsh, as co-surgeon, performed ...").
    mention:
      /\b(?:surgeons?|assistants?|co-?surgeons?|resident|fellow|registrar|attending)\b.{0,40}\b(?:dr|doctor|mr|mrs|ms|miss|prof)\.?\s+[a-z]|\b(?:dr|doctor|mr|mrs|ms|miss|prof)\.?\s+[a-z'-]+,?\s+(?:as\s+)?(?:the\s+)?(?:co-?surgeon|assistant|resident|fellow|registrar|attending)\b/i,
  },
  {
    key: 'anesthesia',
    title: 'Anesthesia',
    required: true,
    need: 'state the type of anesthesia',
    header: /^an(?:a)?esthe(?:sia|tic|tist|siologist)\b|^an(?:a)?es(?:th?)?\b/i,
    // A line that is only the abbreviated technique ("GA + epidural", "LMA").
    cue: /^(?:GA|LMA|GETA|TIVA)\b(?=[^.;:]{0,60}$)/,
    kinds: ['anesthesia'],
    mention:
      /\b(?:GA|LMA|GETA|TIVA)\b(?!-)|\b(?:general|spinal|epidural|regional|local|caudal)\s+(?:endotracheal\s+)?an(?:a)?esthe(?:sia|tic)\b|\bunder\s+(?:general|spinal|regional|epidural)\b|\bspinal\s+(?:plus|and|with)\s+(?:light\s+)?sedation\b/i,
  },
  {
    key: 'indications',
    title: 'Indications',
    required: false,
    need: 'state the indications',
    header:
      /^(?:indications?(?:\s+for\s+(?:the\s+)?(?:procedure|surgery|operation))?|(?:brief\s+)?(?:clinical\s+)?history(?:\s+of\s+present\s+illness)?|ind|hpi|hx|background|reason\s+for\s+(?:surgery|procedure|operation)|clinical\s+summary)\b/i,
    kinds: ['indications'],
  },
  {
    key: 'description',
    title: 'Description of the procedure and findings',
    required: true,
    need: 'describe the procedure and the findings',
    header:
      /^(?:description(?:\s+of\s+(?:the\s+)?(?:procedure|operation))?|(?:surgical|operative)\s+(?:description|narrative|technique|procedure|course|findings)|technique|narrative|procedure\s+in\s+detail|details?\s+of\s+(?:the\s+)?(?:procedure|operation)|(?:intra-?operative\s+)?findings|reconstruction|closure|wound\s+closure|exposure|approach|resection|osteotomy|positioning|preparation|dissection|amputation)\b/i,
    kinds: ['description', 'findings', 'body', 'addendum'],
  },
  {
    key: 'ebl',
    title: 'Estimated blood loss',
    required: true,
    need: 'state the estimated blood loss',
    header:
      /^(?:estimated\s+blood\s+loss|ebl|e\s+b\s+l|(?:intra-?\s?op(?:erative)?\s+|total\s+|operative\s+)?blood\s+loss)\b/i,
    cue: /\b(?:estimated\s+blood\s+loss|ebl|e\s+b\s+l|blood\s+loss\s+(?:was|of|is|about|approximately|estimated|minimal|maybe|roughly))\b/i,
    mention:
      /\b(?:estimated\s+blood\s+loss|ebl|e\s+b\s+l|blood\s+loss\s+(?:was|of|is|about|approximately|minimal|maybe|roughly))\b/i,
  },
  {
    key: 'specimens',
    title: 'Specimens removed',
    required: true,
    need: 'state the specimens removed, or "none"',
    header:
      /^(?:specimens?|spec|pathology\s+specimens?|tissue\s+removed)\b(?!\s+(?:was|were)\s+(?:then\s+)?(?:removed|passed|delivered|handed))/i,
    cue: /^[^,;.]{0,40}\bto\s+(?:pathology|path|histopathology)\b|^(?:the\s+)?(?:specimens?|cultures?)\b.*\b(?:to|for)\s+(?:[a-z]+\s+){0,2}?(?:pathology|microbiology|frozen|culture|histology)|^(?:no\s+specimens?)\b|^(?:[a-z ,'-]{0,80}\s)?(?:sent|went)\s+(?:to|for)\s+(?:pathology|microbiology|permanent|frozen|culture)/i,
    kinds: ['specimen'],
    // The specimen itself ("the specimen was sent", "removed as a single specimen"), not a mention of
    // it ("kept in continuity with the specimen").
    mention:
      /^(?:\d{1,2}[.)]\s+|[-*•]\s+)?(?:the\s+)?specimens?\b|\bspecimens?\s+(?:was|were|went|of)\b|\b(?:as|one|a)\s+(?:single\s+)?specimen\b|\b(?:sent|went|to)\s+(?:for\s+)?(?:[a-z]+\s+){0,2}?(?:pathology|path|histo\w*|frozen\s+section|cultures?|micro(?:biology)?)\b/i,
  },
  {
    key: 'implants',
    title: 'Implants',
    required: true,
    need: 'list any implants, grafts or devices left in the patient, or "none"',
    header:
      /^(?:implants?|impl|implanted\s+devices?|prosthes[ie]s|hardware|devices?)\b(?!\s+(?:was|were)\b)/i,
    cue: /^(?:there\s+were\s+)?no\s+implants?\b/i,
    affirmedOnly: true,
    mention:
      /\b(?:implant\w*|(?:endo|mega)prosthes[ie]s|(?:saddle|tumou?r|modular|hip|knee|femoral|tibial|cemented)\s+prosthes[ie]s|stem|allograft|autograft|\w*\s?graft|chips|cement\w*|(?<!(?:quadrilateral|subchondral|growth|end|cortical|tarsal|cribriform)\s)plates?|screws?|nail|mesh|spacer|hinge|trevira|(?:attachment|ligament|mesh|synthetic)\s+tube)\b/i,
  },
  {
    key: 'complications',
    title: 'Complications',
    required: true,
    need: 'state any complications, or "none"',
    header: /^(?:(?:intra-?operative\s+)?complications?|cx)\b/i,
    cue: /^(?:there\s+were\s+)?no\s+(?:apparent\s+|immediate\s+|intra-?operative\s+)*complications?\b|\b(?:without|with\s+no)\s+(?:any\s+)?(?:apparent\s+|immediate\s+|intra-?operative\s+)*(?:complications?|problems?|incident)\b/i,
    mention: /\bcomplications?\b/i,
  },
  {
    key: 'disposition',
    title: 'Disposition and condition',
    required: false,
    need: 'state where the patient went and in what condition',
    header:
      /^(?:disposition|dispo|condition|post-?\s?op(?:erative)?(?:\s+(?:plan|disposition|condition|course))?(?!\s+(?:diagnos|dx))|recovery|plan)\b/i,
    cue: /\b(?:tolerated\s+the\s+(?:procedure|operation)|(?:taken|transferred|transported|shifted|moved|wheeled|went|go(?:es)?|return(?:ed|s)?|brought|sent|admitted|discharged)\s+(?:back\s+)?to\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,7}?\(?(?:pacu|p\s?a\s?c\s?u|recovery|post-?anesthesia|s?icu|i\s?c\s?u|hdu|intensive\s+care|ward|floor|unit|bed|home)|discharged\s+home|(?:stable|good|satisfactory|critical|fair)\s+condition)\b|^(?:(?:the\s+)?patient\s+)?(?:back\s+)?to\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,3}(?:pacu|recovery|s?icu|hdu|intensive\s+care|ward|floor|unit|bed)\b|^home\s+(?:today|tonight|the\s+same\s+day|same\s+day)\b/i,
    kinds: ['plan'],
    mention:
      /\b(?:pacu|recovery\s+room|s?icu|hdu|intensive\s+care|ward|(?<!pelvic\s)floor|discharged|tolerated\s+the\s+(?:procedure|operation))\b/i,
  },
  {
    key: 'other',
    title: 'Other dictated details',
    required: false,
    need: '',
    kinds: ['other'],
  },
];

/** The section keys, in order. */
export const draftSectionKeys = draftSections.map((s) => s.key) as [DraftSectionKey, ...DraftSectionKey[]];

const byKey = new Map(draftSections.map((s) => [s.key, s]));
const byKind = new Map<SectionKind, DraftSectionKey>(
  draftSections.flatMap((s) => (s.kinds ?? []).map((k) => [k, s.key] as const)),
);

/** Which draft section a missing element's placeholder goes in. Elements not listed go to the description. */
const ELEMENT_SECTION: Partial<Record<ElementKey, DraftSectionKey>> = {
  indication: 'indications',
  preopImaging: 'indications',
  diagnosisConfirmation: 'indications',
  pathology: 'indications',
  tumorBoard: 'indications',
  informedConsent: 'indications',
  priorAmputationLevel: 'indications',
  laterality: 'procedure',
  inpatientAdmission: 'disposition',
  surgicalTeam: 'surgeons',
};

// A header before its content: words then a colon (written or spoken), leader dots, or a wide gap.
const HEADER_SEPARATOR =
  /^([A-Za-z](?:[A-Za-z /&()'’-]|\([^()\n]{0,60}\)){0,48}?)[ \t]*(?::|\s+colon\b|[ \t]*\.{2,}|\t|[ \t]{2,}|\s+[-–—]\s)[ \t]*/i;
// A line that is only a title in capitals ("OPERATIVE REPORT"): a header without content.
const TITLE_ONLY = /^[A-Z][A-Z '’()/&-]{2,60}:?$/;
// Dictation framing that is not part of the record ("end of dictation", "thank you").
const SIGN_OFF =
  /^(?:(?:that\s+is\s+the\s+)?end\s+of\s+(?:the\s+)?(?:dictation|report|note)|thank\s+you|thanks)\b[\s.,!a-z]*$/i;

/** One sentence of the dictation, rendered, with the offsets of the text it renders. */
export interface DraftSentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Renders spoken punctuation and fillers in one sentence of speech-recognition text: "comma" -> ",",
 * "colon" -> ":", "semicolon" -> ";", "um"/"uh" dropped, a lone "i" capitalised, the first letter
 * capitalised, and a full stop where the surgeon said "period". Words are never cut or added.
 */
export function renderSpoken(text: string, endedByPeriod: boolean): string {
  let out = text
    .replace(/\s*\b(?:semi-?\s?colon)\b\s*/gi, '; ')
    .replace(/\s*\bcolon\b\s*/gi, ': ')
    .replace(/\s*\bcomma\b\s*/gi, ', ')
    .replace(/(?:^|\s+)\b(?:um+|uh+|erm|er)\b,?(?=\s|$)/gi, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/,\s*,/g, ',')
    .trim()
    .replace(/^[,;:]\s*/, '');
  if (!/[A-Z]/.test(out)) out = out.replace(/\bi\b/g, 'I');
  out = out.replace(/^[a-z]/, (c) => c.toUpperCase());
  if (endedByPeriod && !/[.!?:;]$/.test(out)) out += '.';
  return out;
}

interface Placed {
  section: DraftSectionKey;
  /** A second section the sentence belongs to ("Preoperative and postoperative diagnosis: ..."). */
  also?: DraftSectionKey;
  sentence: DraftSentence;
  /** A paragraph break (blank line or "new paragraph") precedes this sentence. */
  breakBefore: boolean;
}

/** A heading in another language ("Blutverlust", "Pièce opératoire"): its findings are the description's. */
const foreignSection = (head: string): DraftSectionKey | undefined => {
  const key = foreignHeading(head);
  return key === 'findings' ? 'description' : key;
};

const headerSection = (head: string): DraftSectionKey | undefined => {
  // The postoperative header is checked before the preoperative one ("postoperative diagnosis" vs "diagnosis").
  const order: DraftSectionKey[] = ['postopDiagnosis', ...draftSections.map((s) => s.key)];
  // "P / Procedure": the last of the slash-joined names.
  const last = head.includes(' / ') ? (head.split(' / ').pop() ?? head).trim() : head;
  return (
    order.find((k) => byKey.get(k)?.header?.test(head)) ??
    order.find((k) => byKey.get(k)?.header?.test(last)) ??
    foreignSection(head)
  );
};

// A header spoken without a colon is followed by its content, not by a verb ("Diagnosis was established
// by biopsy" is a sentence, "diagnosis high grade chondrosarcoma" a header).
const SPOKEN_VERB =
  /^[\s,]*(?:was|were|is|are|had|has|have|will|went|by|of|established|confirmed|made|performed|done|shows?|showed)\b/i;
function spokenHeader(text: string): DraftSectionKey | undefined {
  const key = headerSection(text);
  const m = key ? byKey.get(key)?.header?.exec(text) : undefined;
  return key && m && !SPOKEN_VERB.test(text.slice(m.index + m[0].length)) ? key : undefined;
}

// A record's title line ("OPERATIVE REPORT", "Op Note / Brief", "OPERATION NOTE - Trauma & Orthopaedics").
const RECORD_TITLE =
  /^(?:brief\s+)?(?:op(?:erative)?|operation|surgical|surg)\s+(?:note|report|record|protocol|narrative)\b[^.:]{0,60}$/i;

// A dictation's title naming its surgeon ("Operative note - Dr. X", "Dictation, Dr. X, orthopaedics").
/** A letter's closing line: "Sincerely,", "Yours faithfully,", "With best regards,", "Kind regards,". */
const LETTER_CLOSING =
  /^(?:(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm(?:est)?)\s+regards|regards|respectfully(?:\s+yours)?|(?:with\s+)?best\s+wishes)\s*,?$/i;
/**
 * A name signed with its title or its credentials: "Fiona Gallagher, MD, FACS", "Dr. K. Osei", "J. Whitfield
 * MD" (not a department's name: "Vascular Surgery Department").
 */
const SIGNATURE =
  /^(?:(?:[Dd]r|[Mm]rs?|[Mm]s|[Mm]iss|[Pp]rof)\.?\s+[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}(?:,?\s+(?:MD|DO|MBBS|MBChB|FRCS\w*|FACS|FRACS|FRCSC|PhD|MS|MCh|PA-C|DNB)\b[\s,A-Za-z.()-]*)?|[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){1,3},?\s+(?:MD|DO|MBBS|MBChB|FRCS\w*|FACS|FRACS|FRCSC|PhD|MS|MCh|PA-C|DNB)\b[\s,A-Za-z.()-]*)$/;

const DICTATED_BY =
  /^(?:(?:brief\s+)?(?:op(?:erative)?|operation|surgical)\s+(?:note|report|narrative|record)|dictation)\s*[,:–—-]\s*(?:dr|doctor|mr|mrs|ms|miss|prof)\b/i;

// One header naming both diagnoses ("Preoperative and postoperative diagnosis: ...").
const BOTH_DIAGNOSES =
  /^pre-?\s?op(?:erative)?\s+(?:and|&|\/)\s+post-?\s?op(?:erative)?\s+(?:diagnos[ie]s|dx)\b/i;

const cueSection = (text: string): DraftSectionKey | undefined =>
  (
    [
      'ebl',
      'complications',
      'specimens',
      'implants',
      'disposition',
      'surgeons',
      'anesthesia',
      'procedure',
    ] as const
  ).find((k) => byKey.get(k)?.cue?.test(text));

// A list marker opening a line ("1.", "2)", "-", "*", "•").
const LIST_MARKER = /^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*$/;
const BULLET = /^(?:[*•]|[-–](?=\s))\s+/;
// A Markdown heading's marks ("### Surgeon"): the heading's words name the section, the marks are frame.
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
const HEADING_LINE_END = /^([A-Za-z][A-Za-z /&()'’-]{0,48}?)[ \t]*\r?\n[ \t]*/;
// A further field on the same line, after a wide gap or a bar ("Surgeon: X   Assistant: none   Anesthesia:
// general", "Surgeon: X | Anaes: GA").
const FIELD_GAP = /(?:[ \t]{3,}|\t|[ \t]+[|·][ \t]+)(?=[A-Z][A-Za-z /&()'-]{0,30}:\s)/g;
// What names an operation, in the sentence after a "Procedure:" header.
const PROCEDURE_NAME =
  /\b(?:amputation|disarticulation|hemipelvectomy|resection|excision|curettage|revision|re-?amputation|reamputation|debridement|reconstruction|patellectomy|arthroplasty|hemiarthroplasty|replacement|transposition|osteotomy|neurectomy|myodesis|myoplasty|grafting|flap|aka|bka)\b/i;
// What opens a narrative sentence rather than a procedure's name.
const NARRATIVE_START =
  /^(?:the\s+|a\s+)?(?:pt|patient|under|after|with|supine|prone|lateral|position\w*|in\s+the|he|she|we|i|time-?out|prepped|incision)\b/i;
const namesProcedure = (text: string): boolean => PROCEDURE_NAME.test(text) && !NARRATIVE_START.test(text);
/** The section a sentence that is only a header names ("Operation.", "History.", "Closure"). */
function headerOnly(text: string): DraftSectionKey | undefined {
  const head = text.trim().replace(/[ \t]*[.:]$/, '');
  if (head.length === 0 || head.length > 40) return undefined;
  const order: DraftSectionKey[] = ['postopDiagnosis', ...draftSections.map((s) => s.key)];
  return (
    order.find((k) => byKey.get(k)?.header?.exec(head)?.[0].length === head.length) ?? foreignSection(head)
  );
}

/** Splits a segment at further fields on its line, so each field is placed by its own header. */
function fields(transcript: string, sentences: readonly Sentence[]): Sentence[] {
  return sentences.flatMap((s) => {
    const raw = transcript.slice(s.start, s.end);
    const cuts = [...raw.matchAll(FIELD_GAP)].map((m) => (m.index ?? 0) + m[0].length);
    if (cuts.length === 0) return [s];
    const bounds = [0, ...cuts, raw.length];
    return bounds.slice(0, -1).flatMap((from, i) => {
      const to = bounds[i + 1] ?? raw.length;
      let start = s.start + from;
      let end = s.start + to;
      while (start < end && /\s/.test(transcript[start] ?? '')) start++;
      while (end > start && /[\s|·]/.test(transcript[end - 1] ?? '')) end--;
      return end > start ? [{ start, end, section: s.section }] : [];
    });
  });
}

interface Current {
  section: DraftSectionKey;
  kind: SectionKind;
  headed: boolean;
  /** A header with nothing after it ("SPECIMEN:" at a line's end): its content is on the next line. */
  open?: boolean;
  /** A header-only line followed by a list ("PROCEDURES:" then "1. ...", "2. ..."). */
  list?: boolean;
}

/**
 * A field's value wrapped after a semicolon at the end of a full line of a hard-wrapped note ("Assistants:
 * L. Pike, MD (fellow);" over "O. Hale, PA-C"): the next line goes on with the field.
 */
function wrappedAfterSemicolon(transcript: string, between: string, at: number): boolean {
  if (!/^;[ \t]*\r?\n[ \t]*$/.test(between)) return false;
  const width = wrapWidth(transcript);
  return width !== null && lineLength(transcript, at) >= width - WRAP_SLACK;
}

const FIELD_SECTIONS = (key: DraftSectionKey): boolean => key !== 'description' && key !== 'indications';

/**
 * Places each sentence of the dictation (segmented by src/nlp, never re-segmented here but for
 * fields sharing one line) in its operative-report section: by its own header, else by what it says
 * (a sentence giving the blood loss, the specimens, complications or disposition), else by the
 * section the segmenter found. Header words are dropped from the shown text; the offsets cover
 * exactly the text shown.
 */
let lastTranscript: string | undefined;
let lastPlaced: readonly Placed[] = [];

export function placeSentences(transcript: string): Placed[] {
  // The operative note and the queries place the same note's sentences: the last result is reused.
  if (transcript !== lastTranscript) {
    lastPlaced = place(transcript);
    lastTranscript = transcript;
  }
  return [...lastPlaced];
}

function place(transcript: string): Placed[] {
  const sentences = fields(transcript, segment(transcript));
  // Headers, separators and what lies between sentences are read in the note's frame view (an HL7
  // segment's, a table row's or an interview's marks blanked, as the segmenter reads them); the shown
  // text is the note's own (same offsets).
  const read = frameView(transcript);
  const out: Placed[] = [];
  let current: Current | undefined;
  // The last shown sentence when it is a headed field's value (a semicolon may continue it).
  let lastField: Placed | undefined;
  // Line bounds by binary search over the newlines (a long note without newlines stays linear).
  const newlines: number[] = [];
  for (let at = transcript.indexOf('\n'); at >= 0; at = transcript.indexOf('\n', at + 1)) newlines.push(at);
  const firstNewlineFrom = (at: number): number => countBelow(newlines, at);
  const lineStart = (at: number) => {
    const i = firstNewlineFrom(at) - 1;
    return i >= 0 ? (newlines[i] ?? -1) + 1 : 0;
  };
  const lineEnd = (at: number) => newlines[firstNewlineFrom(at)] ?? transcript.length;
  const allCapitals = !/[a-z]/.test(transcript);
  sentences.forEach((s: Sentence, i) => {
    let start = s.start;
    const raw = read.slice(s.start, s.end);
    // A title names no section's content ("NO COMPLICATIONS", "PATIENT TO PACU" say theirs) and, in a
    // note all in capitals, fills its own line (there every sentence looks like one).
    if (
      TITLE_ONLY.test(raw.trim()) &&
      raw.length < 60 &&
      headerSection(raw) === undefined &&
      cueSection(raw) === undefined &&
      (!allCapitals || (lineStart(s.start) >= s.start - 1 && lineEnd(s.end) <= s.end + 2))
    )
      return;
    if (SIGN_OFF.test(raw)) return;
    // The record's own title ("Operative Note", "OPERATION NOTE - Sarcoma Unit") is not dictated content.
    if (RECORD_TITLE.test(raw.trim()) && !DICTATED_BY.test(raw) && !PROCEDURE_NAME.test(raw)) return;
    // A list number the segmenter split off ("1" of "1. Wide resection ...") is not text.
    if (
      /^\d{1,2}$/.test(raw.trim()) &&
      lineStart(s.start) >= s.start - 12 &&
      LIST_MARKER.test(transcript.slice(lineStart(s.start), s.end + 1))
    )
      return;
    const bullet = BULLET.exec(raw);
    if (bullet) start += bullet[0].length;
    else start += MARKDOWN_HEADING.exec(raw)?.[0].length ?? 0;
    const body = read.slice(start, s.end);
    // What opens the line before this sentence, when short ("1. ", "- "); a long run is no list marker.
    const prefix = read.slice(Math.max(lineStart(s.start), s.start - 12), s.start);
    const atLineStart = lineStart(s.start) >= s.start - 12;
    const listItem = (atLineStart && LIST_MARKER.test(prefix)) || bullet !== null;
    const next = sentences[i + 1];
    const lineGoesOn = next !== undefined && next.start < lineEnd(s.end);
    let section: DraftSectionKey | undefined;
    let also: DraftSectionKey | undefined;
    let headed = false;
    let open = false;
    let rest: Current | undefined;
    // A Markdown heading's words end at its line's end ("### Surgeon" over "Dr. Ortiz").
    const sep =
      HEADER_SEPARATOR.exec(body) ?? (MARKDOWN_HEADING.test(raw) ? HEADING_LINE_END.exec(body) : null);
    const both = sep !== null && BOTH_DIAGNOSES.test(sep[1] ?? '');
    const named = both
      ? 'preopDiagnosis'
      : sep && !DICTATED_BY.test(body)
        ? headerSection(sep[1] ?? '')
        : undefined;
    const onlyNamed = sep ? undefined : headerOnly(body);
    const prev = i > 0 ? sentences[i - 1] : undefined;
    const between = prev ? read.slice(prev.end, s.start) : '';
    // A headed field's value goes on after a semicolon on its line ("Implants: mesh 15 x 15 cm; 4 suture
    // anchors", "Procedure(s): resection ...; reconstruction with ..."): one item, unless the part names
    // its own field ("EBL: 100 mL; no complications").
    const last = out.at(-1);
    if (
      lastField !== undefined &&
      last !== undefined &&
      lastField === last &&
      prev !== undefined &&
      last.sentence.end === prev.end &&
      (/^;[ \t]*$/.test(between) || wrappedAfterSemicolon(transcript, between, prev.end)) &&
      !listItem &&
      !(sep && named) &&
      (cueSection(body) ?? last.section) === last.section
    ) {
      const end = /[.!?]/.test(transcript[s.end] ?? '') ? s.end + 1 : s.end;
      const endedByPeriod = /^[\s,]*(?:period|full stop)\b/i.test(transcript.slice(end, end + 20));
      const text = renderSpoken(transcript.slice(last.sentence.start, end), endedByPeriod);
      last.sentence = { text, start: last.sentence.start, end };
      return;
    }
    if (sep && named) {
      section = named;
      headed = true;
      start += sep[0].length;
      if (both) also = 'postopDiagnosis';
      // "Procedure: Pt supine. Prepped ..." heads the narrative; "Procedure: Left AKA. ..." names it first.
      if (named === 'procedure' && lineGoesOn && /\n/.test(transcript)) {
        const shown = transcript.slice(start, s.end);
        if (!namesProcedure(shown)) section = 'description';
        else rest = { section: 'description', kind: s.section, headed: false };
      }
    } else if (onlyNamed) {
      // A spoken or written header alone ("Operation.", "History.") opens its section and shows nothing.
      section = onlyNamed;
      headed = true;
      start = s.end;
    } else if (DICTATED_BY.test(body)) section = 'surgeons';
    // A letter's signature under its closing ("With best regards," then "Fiona Gallagher, MD, FACS"): the
    // surgeon who writes it.
    else if (
      prev !== undefined &&
      LETTER_CLOSING.test(transcript.slice(prev.start, prev.end).trim()) &&
      SIGNATURE.test(body.trim())
    )
      section = 'surgeons';
    else if (raw.length <= MAX_CUE_SENTENCE) {
      // A spoken header without a colon ("estimated blood loss about 500 cc"): the sentence stays whole.
      section = spokenHeader(body) ?? cueSection(body);
    }
    const breakBefore = /\n[ \t]*\r?\n|new paragraph|next paragraph/i.test(between);
    if (section === undefined && current) {
      // A headed field's own line goes on ("EBL: 400 mL. Two units transfused."); a headed paragraph
      // goes on while the segmenter keeps it in the same section; a header alone at a line's end takes
      // the next line ("Assistant:" then "Leah Fontaine, MD"), and a header over a list takes each
      // one-line item ("PROCEDURES:" then "1. ...", "2. ...").
      const sameLine = !listItem && !/\n/.test(between) && /\n/.test(transcript);
      const field = FIELD_SECTIONS(current.section);
      const oneLineItem = listItem && !lineGoesOn;
      if (current.open && field && !/\n[ \t]*\r?\n/.test(between) && !listItem) {
        section =
          current.section === 'procedure' && !namesProcedure(transcript.slice(start, s.end))
            ? 'description'
            : current.section;
      } else if (
        current.list &&
        field &&
        oneLineItem &&
        (current.section !== 'procedure' || namesProcedure(transcript.slice(start, s.end)))
      )
        section = current.section;
      // An indented line right under a headed field goes on with its value ("Surgeons: A, MD" then
      // "          B, MD (Plastics)").
      else if (
        field &&
        current.headed &&
        !listItem &&
        prev !== undefined &&
        INDENTED_CONTINUATION.test(transcript.slice(prev.end, s.start))
      )
        section = current.section;
      else if (
        (sameLine && field && (current.headed || current.section === 'other')) ||
        (s.section === current.kind && s.section !== 'body' && !field)
      )
        section = current.section;
    }
    if (section === undefined) {
      section = byKind.get(s.section) ?? 'description';
      // What follows a "Procedure:" header of the narrative is narrative; other unheaded text read as the
      // title ("OPERATION NOTE - Sarcoma Unit", "Date of operation: ...") that names no operation is not
      // the procedure.
      if (section === 'procedure') {
        if (current?.section === 'description' || current?.section === 'procedure') section = 'description';
        else if (!PROCEDURE_NAME.test(body)) section = 'other';
      }
    }
    // A header-only sentence ("SPECIMEN:" on its own line) opens the section and shows nothing.
    while (start < s.end && /\s/.test(read[start] ?? '')) start++;
    const continuing = current?.section === section;
    const headedField = FIELD_SECTIONS(section) && (headed || (current?.headed === true && continuing));
    if (start >= s.end) open = true;
    current = rest ?? {
      section,
      kind: s.section,
      headed: headed || (current?.headed === true && continuing),
      open,
      list: open || (current?.list === true && continuing && listItem && !lineGoesOn),
    };
    if (start >= s.end) return;
    // The written full stop (or ? !) that ended the sentence belongs to it.
    const end = /[.!?]/.test(transcript[s.end] ?? '') ? s.end + 1 : s.end;
    const after = transcript.slice(end, end + 20);
    const endedByPeriod = /^[\s,]*(?:period|full stop)\b/i.test(after);
    const text = renderSpoken(transcript.slice(start, end), endedByPeriod);
    if (text === '' || SIGN_OFF.test(text)) return;
    const entry: Placed = { section, ...(also ? { also } : {}), sentence: { text, start, end }, breakBefore };
    out.push(entry);
    lastField = headedField ? entry : undefined;
  });
  return out;
}

/** The text between two sentences when the second is an indented line right below the first (no blank line). */
const INDENTED_CONTINUATION = /^[.;,]?[ \t]*\r?\n[ \t]{2,}$/;

/**
 * Where a section with no sentence of its own finds what was said about it: the narrative and the
 * other fields ("EBL 600 mL, no complications" tells the complications too), never the indications
 * or history (a risk discussed at consent is not a complication).
 */
const MENTION_SOURCES: ReadonlySet<DraftSectionKey> = new Set<DraftSectionKey>([
  'description',
  'surgeons',
  'anesthesia',
  'ebl',
  'specimens',
  'implants',
  'complications',
  'disposition',
]);

// A negation just before a mention ("no cement was used", "without mesh") or "-free" after it.
const NEGATIONS = ['no', 'not', 'nor', 'without', 'never'];
const NEGATION_SCOPE = 25;
const NEGATED_BEFORE = new RegExp(`\\b(?:${NEGATIONS.join('|')})\\b[^.;:]{0,${NEGATION_SCOPE}}$`, 'i');
/**
 * The text before a mention that NEGATED_BEFORE can match in: its longest match (a negation word and
 * the scope) plus the character before it (for the word boundary). Testing only this tail gives the
 * same answer as testing the whole text before the mention, without rescanning it for each mention.
 */
const NEGATED_BEFORE_TAIL = Math.max(...NEGATIONS.map((w) => w.length)) + NEGATION_SCOPE + 1;

/** Whether the text says the thing `mention` names, not only that it was not used. */
const globalOf = new WeakMap<RegExp, RegExp>();
function affirmed(mention: RegExp, text: string): boolean {
  let all = globalOf.get(mention);
  if (!all) {
    all = new RegExp(mention.source, mention.flags.includes('g') ? mention.flags : `${mention.flags}g`);
    globalOf.set(mention, all);
  }
  for (const m of text.matchAll(all)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - NEGATED_BEFORE_TAIL), at);
    if (!NEGATED_BEFORE.test(before) && !/^-free\b/i.test(text.slice(at + m[0].length))) return true;
  }
  return false;
}

/** Narrative sentences shown under a section that has none of its own, at most. */
const MAX_MENTIONS = 8;

/** A sentence longer than this is not placed by what it says (an unpunctuated note is one "sentence"). */
const MAX_CUE_SENTENCE = 400;

/** Widens a quote to whole words, so a shown quote never starts or ends mid-word. */
export function wordAligned(transcript: string, span: { start: number; end: number }) {
  let { start, end } = span;
  while (start > 0 && /\w/.test(transcript[start - 1] ?? '') && /\w/.test(transcript[start] ?? '')) start--;
  while (end < transcript.length && /\w/.test(transcript[end - 1] ?? '') && /\w/.test(transcript[end] ?? ''))
    end++;
  return { quote: transcript.slice(start, end), start, end };
}

const isCoded = (key: ElementKey): boolean => {
  const schema = elementDefs[key] as { value?: { options?: unknown; element?: { options?: unknown } } };
  return Array.isArray(schema.value?.options) || Array.isArray(schema.value?.element?.options);
};

const formatValue = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : md(Array.isArray(value) ? value.join(', ') : String(value));

export interface OperativeNoteInput {
  transcript: string;
  /** The checked code (its requirements are the only documentation elements shown). */
  checked: string | null;
  requirements: readonly RequirementStatus[];
  side?: string | undefined;
  supported?: string | undefined;
  supportedDescriptor?: string | undefined;
  values: Partial<Record<ElementKey, unknown>>;
}

/** The view model of the operative-note template: sections of the surgeon's sentences, placeholders, elements. */
export function operativeNoteView(input: OperativeNoteInput) {
  const placed = placeSentences(input.transcript);
  const missing = new Map<DraftSectionKey, unknown[]>();
  for (const req of input.requirements) {
    if (!req.required || req.status === 'documented') continue;
    const def = elementDefs[req.element];
    const key = ELEMENT_SECTION[req.element] ?? 'description';
    const list = missing.get(key) ?? [];
    list.push({
      label: md(def.label),
      need: md(def.queryQuestion),
      negated: req.status === 'negated',
      evidence: req.evidence.slice(0, 2).map((e) => {
        const w = wordAligned(input.transcript, e);
        return { quote: md(renderSpoken(w.quote, false)), start: w.start, end: w.end };
      }),
    });
    missing.set(key, list);
  }
  const sections = draftSections
    .map((def) => {
      const mine = placed.filter((p) => p.section === def.key || p.also === def.key);
      const paragraphs: Array<{ sentences: Array<DraftSentence> }> = [];
      for (const p of mine) {
        const last = paragraphs.at(-1);
        const sentence = { ...p.sentence, text: md(p.sentence.text) };
        if (!last || p.breakBefore) paragraphs.push({ sentences: [sentence] });
        else last.sentences.push(sentence);
      }
      const gaps = missing.get(def.key) ?? [];
      const mentions =
        mine.length === 0 && def.mention
          ? placed
              .filter(
                (p) =>
                  MENTION_SOURCES.has(p.section) &&
                  p.section !== def.key &&
                  p.sentence.text.length <= MAX_CUE_SENTENCE &&
                  def.mention !== undefined &&
                  (def.affirmedOnly
                    ? affirmed(def.mention, p.sentence.text)
                    : def.mention.test(p.sentence.text)),
              )
              .slice(0, MAX_MENTIONS)
              .map((p) => ({ ...p.sentence, text: md(p.sentence.text) }))
          : [];
      return {
        key: def.key,
        title: def.title,
        paragraphs,
        missing: gaps,
        mentions,
        notDictated:
          def.required && mine.length === 0 && mentions.length === 0 ? { need: md(def.need) } : undefined,
      };
    })
    .filter(
      (s) =>
        s.paragraphs.length > 0 ||
        s.mentions.length > 0 ||
        s.missing.length > 0 ||
        s.notDictated !== undefined,
    );
  const elements = input.requirements
    .filter((r) => r.required && r.status === 'documented')
    .map((r) => ({
      label: md(elementDefs[r.element].label),
      value: isCoded(r.element) ? formatValue(input.values[r.element]) : undefined,
      evidence: r.evidence.slice(0, 2).map((e) => ({ start: e.start, end: e.end })),
    }));
  return {
    side: input.side,
    supported: input.supported,
    supportedDescriptor: input.supportedDescriptor,
    checked: input.checked,
    sections,
    elements,
  };
}
