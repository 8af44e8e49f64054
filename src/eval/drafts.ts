import { type ElementKey, elements as elementDefs, elementKeys } from '../codes/elements.ts';
import { findCode } from '../codes/index.ts';
import type { ProcessResult } from '../pipeline/process.ts';
import { type DraftSectionKey, draftSections } from '../render/operative-note.ts';
import { queryDefinitions } from '../render/queries.ts';

/**
 * Gold for a case's operative-note draft (`draft` in expected.json): words that must appear in a
 * section (the surgeon's name under surgeon and assistants, the figure under estimated blood loss) and
 * text that must not appear anywhere in the note (another code's elements, a consent risk read as an
 * indication). A gold section of `goldSectionKeys` left out means the transcript does not dictate it:
 * a required section must then show its "not dictated" placeholder.
 */
export interface DraftGold {
  sections?: Partial<Record<DraftSectionKey, string[]>>;
  absent?: string[];
}

/** The sections every case's draft gold covers: each is either listed (what must show) or not dictated. */
export const goldSectionKeys: readonly DraftSectionKey[] = [
  'surgeons',
  'anesthesia',
  'preopDiagnosis',
  'postopDiagnosis',
  'procedure',
  'ebl',
  'specimens',
  'implants',
  'complications',
  'disposition',
];

/**
 * The sections the "done when" names: every dictated surgeon and assistant, EBL, specimen,
 * complication and disposition must appear in its section. Their gold items are also scored apart.
 */
export const keySectionKeys: readonly DraftSectionKey[] = [
  'surgeons',
  'ebl',
  'specimens',
  'complications',
  'disposition',
];

/** A query violation that asks for a fact the note states (either way). */
export const asksStatedFact = (violation: string): boolean =>
  /: asks what the note states|, which the note states$/.test(violation);

/** How one draft scores. Every count but `sectionHits` is a defect. */
export interface DraftScore {
  /** Gold section items found in their section, of all gold section items. */
  sectionHits: number;
  sectionItems: number;
  /** Gold items not found in their section, as `section: text` (`section: (placeholder)` for an undictated required section shown without its placeholder). */
  sectionMisses: string[];
  /** Gold items of the `keySectionKeys` sections found in their section, of all of them. */
  keyHits: number;
  keyItems: number;
  /** Documentation elements of codes other than the checked one named in the note, and gold `absent` text found. */
  leaked: string[];
  /** Shown sentences whose words are not all in the transcript text their offsets point at. */
  ungrounded: number;
  /** Shown spans (sentences and quotes) that start or end in the middle of a word. */
  truncated: number;
  /** Queries breaking a compliant-query rule, as `element: rule`. */
  queryViolations: string[];
}

const unmarkdown = (s: string): string =>
  s
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/**
 * Text as a gold item is compared with it: case folded, and typographic marks read as their plain forms
 * (a no-break space, curly quotes, en and em dashes), so "2,400\u00a0mL" holds the gold "2,400 mL".
 */
const folded = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const midWord = (t: string, at: number): boolean => /\w/.test(t[at - 1] ?? '') && /\w/.test(t[at] ?? '');

/** The note's `## Title` blocks by draft section key (unknown titles are left out). */
export function draftBlocks(note: string): Map<DraftSectionKey, string> {
  const blocks = new Map<DraftSectionKey, string>();
  for (const block of note.split(/^## /m).slice(1)) {
    const nl = block.indexOf('\n');
    const title = (nl < 0 ? block : block.slice(0, nl)).trim();
    const def = draftSections.find((s) => s.title === title);
    if (def) blocks.set(def.key, nl < 0 ? '' : block.slice(nl + 1));
  }
  return blocks;
}

// A shown sentence and its offsets: text then `<sup>[start–end]</sup>`.
const SHOWN = /([^\n]*?)\s*<sup>\[(\d+)–(\d+)\]<\/sup>/g;
// A quote and its offsets: `“quote” [start–end]` or `“quote” <sup>[start–end]</sup>`.
const QUOTED = /“([^”]*)”\s*(?:<sup>)?\[(\d+)–(\d+)\]/g;

function spanDefects(transcript: string, text: string): { ungrounded: number; truncated: number } {
  let ungrounded = 0;
  let truncated = 0;
  for (const line of text.split('\n')) {
    if (/^\s*(?:- |#|_)/.test(line)) continue;
    SHOWN.lastIndex = 0;
    for (let m = SHOWN.exec(line); m !== null; m = SHOWN.exec(line)) {
      const start = Number(m[2]);
      const end = Number(m[3]);
      const source = new Set(words(transcript.slice(start, end)));
      const shown = words(unmarkdown(m[1] ?? ''));
      if (end > transcript.length || start >= end || shown.length === 0 || shown.some((w) => !source.has(w)))
        ungrounded++;
      if (midWord(transcript, start) || midWord(transcript, end)) truncated++;
    }
  }
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const start = Number(m[2]);
    const end = Number(m[3]);
    if (midWord(transcript, start) || midWord(transcript, end)) truncated++;
  }
  return { ungrounded, truncated };
}

// A code (CPT, ICD-10), a modifier or money: a compliant query names none of them (nor the claimed
// code) in its own words; the note's quoted text is the note's.
const CODE_OR_PAYMENT = [
  /\b\d{5}\b|\b[A-Z]\d{2}(?:\.\d{1,4})?\b|\bCPT\b|\bICD\b|\$\s?\d/,
  /\bRVUs?\b|\brelative\s+value|\bdollars?\b|\b(?:payment|paid|pays?|fees?|reimburse\w*|billing|billed|revenue|codes?|coded|coding|modifiers?)\b/i,
];

/** Checks each drafted query against the compliant-query rules (AHIMA/ACDIS 2022). */
export function queryViolations(transcript: string, result: ProcessResult): string[] {
  const out: string[] = [];
  for (const q of result.drafts.queries) {
    const key = q.element as ElementKey;
    const fact = elementKeys.includes(key) ? result.facts[key] : undefined;
    const asking = q.text
      .split('\n')
      .filter((l) => !l.startsWith('>'))
      .join('\n');
    if (CODE_OR_PAYMENT.some((re) => re.test(asking))) out.push(`${q.element}: names a code or payment`);
    if (!/\bother\b/i.test(q.text) || !/unable to determine|clinically undetermined/i.test(q.text))
      out.push(`${q.element}: lacks the other / unable-to-determine options`);
    if (!new RegExp(QUOTED.source).test(q.text))
      out.push(`${q.element}: cites no indicator quoted from the note`);
    if (!fact) out.push(`${q.element}: asks about no documentation element`);
    // A fact the note states two ways (`conflicting`) is asked about, citing both statements.
    else if (fact.status !== 'not_mentioned' && !(fact.status === 'documented' && fact.conflicting?.length))
      out.push(`${q.element}: asks what the note states (${fact.status})`);
    const q2 = queryDefinitions[key];
    const related = [
      ...(fact?.evidence ?? []),
      ...(q2?.indicators && result.anatomy[q2.indicators]?.status === 'documented'
        ? result.anatomy[q2.indicators].evidence
        : []),
    ]
      .map((e) => transcript.slice(e.start, e.end))
      .join(' ');
    for (const part of q2?.parts ?? []) {
      const keyword = part.name.split(' ').pop() ?? part.name;
      const asked =
        new RegExp(`\\b${keyword}\\b`, 'i').test(asking) || part.options.some((o) => asking.includes(o));
      if (asked && part.stated.test(related))
        out.push(`${q.element}: asks for the ${part.name}, which the note states`);
    }
    for (const m of q.text.matchAll(QUOTED)) {
      const start = Number(m[2]);
      const end = Number(m[3]);
      if (unmarkdown(m[1] ?? '') !== transcript.slice(start, end))
        out.push(`${q.element}: cites text the note does not contain at its offsets`);
    }
  }
  return out;
}

/** Whether the note shows an element as an item ("**Label:**", "MISSING — Label:", "- Label: documented"), not as words of a sentence. */
const labelled = (note: string, label: string): boolean =>
  note.split('\n').some((line) => {
    const l = line.replace(/\*\*/g, '');
    return (
      l.startsWith(`- ${label}:`) || l.startsWith(`- missing — ${label}:`) || l.includes(`**${label}:**`)
    );
  });

/** Scores one result's drafts: section recall against the gold, leaks, ungrounded and cut spans, queries. */
export function scoreDrafts(transcript: string, result: ProcessResult, gold?: DraftGold): DraftScore {
  const note = result.drafts.operativeNote;
  const blocks = draftBlocks(note);
  const misses: string[] = [];
  let items = 0;
  let keyItems = 0;
  let keyMisses = 0;
  for (const [key, wanted] of Object.entries(gold?.sections ?? {}) as Array<[DraftSectionKey, string[]]>) {
    const block = folded(unmarkdown(blocks.get(key) ?? ''));
    const isKey = keySectionKeys.includes(key);
    for (const w of wanted) {
      items++;
      if (isKey) keyItems++;
      if (!block.includes(folded(w))) {
        misses.push(`${key}: ${w}`);
        if (isKey) keyMisses++;
      }
    }
  }
  if (gold?.sections) {
    for (const def of draftSections) {
      if (!def.required || !goldSectionKeys.includes(def.key) || gold.sections[def.key] !== undefined)
        continue;
      items++;
      const block = unmarkdown(blocks.get(def.key) ?? '');
      if (!block.includes(`MISSING — ${def.title}:** not dictated`)) misses.push(`${def.key}: (placeholder)`);
    }
  }
  // The draft shows the elements of the code the dictation supports, else of the checked code.
  const shownCode = result.code.supported ?? result.code.checked;
  const checked = shownCode ? findCode(shownCode) : undefined;
  const own = new Set<string>(checked?.requirements.map((r) => r.element) ?? []);
  const lower = unmarkdown(note).toLowerCase();
  const leaked = [
    ...elementKeys
      .filter((k) => !own.has(k) && labelled(lower, elementDefs[k].label.toLowerCase()))
      .map((k) => `element ${k}`),
    ...(gold?.absent ?? []).filter((a) => lower.includes(a.toLowerCase())).map((a) => `text "${a}"`),
  ];
  const defects = spanDefects(transcript, [note, ...result.drafts.queries.map((q) => q.text)].join('\n'));
  return {
    sectionHits: items - misses.length,
    sectionItems: items,
    sectionMisses: misses,
    keyHits: keyItems - keyMisses,
    keyItems,
    leaked,
    ...defects,
    queryViolations: queryViolations(transcript, result),
  };
}
