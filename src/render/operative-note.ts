import { type ElementKey, elements as elementDefs } from '../codes/elements.ts';
import { segment } from '../nlp/sections.ts';
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
    header: /^(?:pre-?\s?op(?:erative)?\s+(?:diagnos[ie]s|dx)|diagnos[ie]s|dx)\b/i,
    kinds: ['diagnosis'],
  },
  {
    key: 'postopDiagnosis',
    title: 'Postoperative diagnosis',
    required: true,
    need: 'state the postoperative diagnosis (or "same")',
    header: /^post-?\s?op(?:erative)?\s+(?:diagnos[ie]s|dx)\b/i,
  },
  {
    key: 'procedure',
    title: 'Procedure(s) performed',
    required: true,
    need: 'name the procedure(s) performed',
    header:
      /^(?:name\s+of\s+)?(?:procedures?|operations?|proc)(?:\s+performed)?(?:\s+title)?\b(?!\s+(?:was|were|is|are|in detail|note|report)\b)/i,
    kinds: ['title'],
  },
  {
    key: 'surgeons',
    title: 'Surgeon and assistants',
    required: true,
    need: 'name the surgeon and any assistants, and what an assistant or co-surgeon did',
    header:
      /^(?:(?:primary|attending|operating|co-?)\s*)?(?:surgeons?|surg|assistants?|asst|co-?surgeons?|surgical\s+team|team|residents?|fellows?|staff)\b(?!\s+(?:retracted|held|closed|placed)\b)/i,
    cue: /\b(?:(?:surgeons?|assistants?|co-?surgeons?)\s*(?::|\s(?:was|were|is|are|today|included?)\b)|assisted\s+by|with\s+the\s+assistance\s+of|(?:first|second)\s+assist(?:ant)?\b|(?:dr|doctor)\.?\s+[a-z'-]+\s+(?:dictating|assisting|assisted)\b)|^(?:dr|doctor)\.?\s+[a-z'-]+(?:\s+[a-z'-]+)?,?\s+(?:attending|resident|fellow|registrar|surgeon|assistant|pa-c|pa)\b/i,
    kinds: ['team'],
    mention: /\b(?:surgeons?|assistants?|co-?surgeons?|resident|fellow|registrar|attending)\b/i,
  },
  {
    key: 'anesthesia',
    title: 'Anesthesia',
    required: true,
    need: 'state the type of anesthesia',
    header: /^an(?:a)?esthe(?:sia|tic)\b|^anes\b/i,
    kinds: ['anesthesia'],
  },
  {
    key: 'indications',
    title: 'Indications',
    required: false,
    need: 'state the indications',
    header:
      /^(?:indications?(?:\s+for\s+(?:the\s+)?(?:procedure|surgery|operation))?|(?:brief\s+)?(?:clinical\s+)?history(?:\s+of\s+present\s+illness)?|hpi|hx|background|reason\s+for\s+(?:surgery|procedure|operation)|clinical\s+summary)\b/i,
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
    header: /^(?:estimated\s+blood\s+loss|ebl|blood\s+loss)\b/i,
    cue: /\b(?:estimated\s+blood\s+loss|ebl|blood\s+loss\s+(?:was|of|is|about|approximately|estimated|minimal))\b/i,
    mention: /\b(?:estimated\s+blood\s+loss|ebl|blood\s+loss\s+(?:was|of|is|about|approximately|minimal))\b/i,
  },
  {
    key: 'specimens',
    title: 'Specimens removed',
    required: true,
    need: 'state the specimens removed, or "none"',
    header:
      /^(?:specimens?|spec|pathology\s+specimens?|tissue\s+removed)\b(?!\s+(?:was|were)\s+(?:then\s+)?(?:removed|passed|delivered|handed))/i,
    cue: /^[^,;.]{0,40}\bto\s+(?:pathology|path|histopathology)\b|^(?:the\s+)?(?:specimens?|cultures?)\b.*\b(?:to|for)\s+(?:pathology|microbiology|frozen|culture|histology)|^(?:no\s+specimens?)\b|^(?:[a-z ,'-]{0,80}\s)?(?:sent|went)\s+(?:to|for)\s+(?:pathology|microbiology|permanent|frozen|culture)/i,
    kinds: ['specimen'],
    mention:
      /\bspecimens?\b|\b(?:sent|to)\s+(?:for\s+)?(?:pathology|path|histo\w*|frozen\s+section|cultures?|microbiology)\b/i,
  },
  {
    key: 'implants',
    title: 'Implants',
    required: true,
    need: 'list any implants, grafts or devices left in the patient, or "none"',
    header: /^(?:implants?|implanted\s+devices?|prosthes[ie]s|hardware|devices?)\b(?!\s+(?:was|were)\b)/i,
    cue: /^(?:there\s+were\s+)?no\s+implants?\b/i,
    mention:
      /\b(?:implant\w*|(?:endo)?prosthes[ie]s|stem|allograft|autograft|bone\s+graft|cement\w*|plates?|screws?|nail|mesh|spacer|hinge|megaprosthesis)\b/i,
  },
  {
    key: 'complications',
    title: 'Complications',
    required: true,
    need: 'state any complications, or "none"',
    header: /^(?:(?:intra-?operative\s+)?complications?|cx)\b/i,
    cue: /^(?:there\s+were\s+)?no\s+(?:apparent\s+|immediate\s+|intra-?operative\s+)*complications?\b|\b(?:without|with\s+no)\s+(?:apparent\s+|immediate\s+|intra-?operative\s+)*complications?\b/i,
    mention: /\bcomplications?\b/i,
  },
  {
    key: 'disposition',
    title: 'Disposition and condition',
    required: false,
    need: 'state where the patient went and in what condition',
    header:
      /^(?:disposition|dispo|condition|post-?\s?op(?:erative)?(?:\s+(?:plan|disposition|condition|course))?(?!\s+(?:diagnos|dx))|recovery|plan)\b/i,
    cue: /\b(?:tolerated\s+the\s+(?:procedure|operation)|(?:taken|transferred|transported|went|go(?:es)?|return(?:ed|s)?|brought|sent|admitted|discharged)\s+(?:back\s+)?to\s+(?:the\s+)?(?:[a-z0-9]+\s+){0,5}?(?:pacu|recovery|post-?anesthesia|icu|intensive\s+care|ward|floor|unit|home)|discharged\s+home|(?:stable|good|satisfactory|critical|fair)\s+condition)\b|^(?:(?:the\s+)?patient\s+)?(?:back\s+)?to\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:pacu|recovery|icu|intensive\s+care|ward|floor|unit)\b/i,
    kinds: ['plan'],
    mention:
      /\b(?:pacu|recovery\s+room|icu|intensive\s+care|ward|floor|discharged|tolerated\s+the\s+(?:procedure|operation))\b/i,
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
  /^([A-Za-z][A-Za-z /&()'’-]{0,48}?)[ \t]*(?::|\s+colon\b|[ \t]*\.{2,}|\t|[ \t]{2,}|\s+[-–—]\s)[ \t]*/i;
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
  sentence: DraftSentence;
  /** A paragraph break (blank line or "new paragraph") precedes this sentence. */
  breakBefore: boolean;
}

const headerSection = (head: string): DraftSectionKey | undefined => {
  // The postoperative header is checked before the preoperative one ("postoperative diagnosis" vs "diagnosis").
  const order: DraftSectionKey[] = ['postopDiagnosis', ...draftSections.map((s) => s.key)];
  return order.find((k) => byKey.get(k)?.header?.test(head));
};

const cueSection = (text: string): DraftSectionKey | undefined =>
  (['ebl', 'complications', 'specimens', 'implants', 'disposition', 'surgeons'] as const).find((k) =>
    byKey.get(k)?.cue?.test(text),
  );

/**
 * Places each sentence of the dictation (segmented by src/nlp, never re-segmented here) in its
 * operative-report section: by its own header, else by what it says (a sentence giving the blood
 * loss, the specimens, complications or disposition), else by the section the segmenter found.
 * Header words are dropped from the shown text; the offsets cover exactly the text shown.
 */
export function placeSentences(transcript: string): Placed[] {
  const sentences = segment(transcript);
  const out: Placed[] = [];
  let current: { section: DraftSectionKey; kind: SectionKind; headed: boolean } | undefined;
  sentences.forEach((s: Sentence, i) => {
    let start = s.start;
    const raw = transcript.slice(s.start, s.end);
    if (TITLE_ONLY.test(raw.trim()) && raw.length < 60 && headerSection(raw) === undefined) return;
    if (SIGN_OFF.test(raw)) return;
    let section: DraftSectionKey | undefined;
    let headed = false;
    const sep = HEADER_SEPARATOR.exec(raw);
    const named = sep ? headerSection(sep[1] ?? '') : undefined;
    const next = sentences[i + 1];
    const lineGoesOn = next !== undefined && !/\n/.test(transcript.slice(s.end, next.start));
    if (sep && named) {
      // "Procedure: Pt supine. Prepped ..." heads the narrative, not the procedure's name.
      section = named === 'procedure' && lineGoesOn && /\n/.test(transcript) ? 'description' : named;
      headed = true;
      start = s.start + sep[0].length;
    } else if (raw.length <= MAX_CUE_SENTENCE) {
      // A spoken header without a colon ("estimated blood loss about 500 cc"): the sentence stays whole.
      section = headerSection(raw) ?? cueSection(raw);
    }
    const prev = i > 0 ? sentences[i - 1] : undefined;
    const between = prev ? transcript.slice(prev.end, s.start) : '';
    const breakBefore = /\n[ \t]*\r?\n|new paragraph|next paragraph/i.test(between);
    if (section === undefined && current) {
      // A headed field's own line goes on ("EBL: 400 mL. Two units transfused."); a headed paragraph
      // goes on while the segmenter keeps it in the same section.
      const sameLine = !/\n/.test(between) && /\n/.test(transcript);
      const field = current.section !== 'description' && current.section !== 'indications';
      if (
        (sameLine && field && (current.headed || current.section === 'other')) ||
        (s.section === current.kind && s.section !== 'body' && !field)
      )
        section = current.section;
    }
    section ??= byKind.get(s.section) ?? 'description';
    // A header-only sentence ("SPECIMEN:" on its own line) opens the section and shows nothing.
    while (start < s.end && /\s/.test(transcript[start] ?? '')) start++;
    current = {
      section,
      kind: s.section,
      headed: headed || (current?.headed === true && current.section === section),
    };
    if (start >= s.end) return;
    // The written full stop (or ? !) that ended the sentence belongs to it.
    const end = /[.!?]/.test(transcript[s.end] ?? '') ? s.end + 1 : s.end;
    const after = transcript.slice(end, end + 20);
    const endedByPeriod = /^[\s,]*(?:period|full stop)\b/i.test(after);
    const text = renderSpoken(transcript.slice(start, end), endedByPeriod);
    if (text === '' || SIGN_OFF.test(text)) return;
    out.push({ section, sentence: { text, start, end }, breakBefore });
  });
  return out;
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
        return { quote: md(w.quote), start: w.start, end: w.end };
      }),
    });
    missing.set(key, list);
  }
  const sections = draftSections
    .map((def) => {
      const mine = placed.filter((p) => p.section === def.key);
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
                  p.section === 'description' &&
                  p.sentence.text.length <= MAX_CUE_SENTENCE &&
                  def.mention?.test(p.sentence.text),
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
