import { type ElementKey, elementKeys } from '../../codes/elements.ts';
import { type FeatureKey, featureKeys } from '../../codes/features.ts';
import { readEvents } from '../../nlp/events.ts';
import { inferFeatures } from '../../nlp/inference.ts';
import { frameView } from '../../nlp/line-frames.ts';
import { type EventFeature, featuresFromEvents, isClausal } from '../../nlp/procedure-features.ts';
import { SOFT_TISSUE_STUMP_OPERATION } from '../../nlp/procedure-terms.ts';
import { retractedSpans } from '../../nlp/retraction.ts';
import { countBelow } from '../../nlp/sorted.ts';
import { dedupeEvidence, type Evidence, type Fact } from '../../schemas/facts.ts';
import { sourceVersions } from '../../version.ts';
import type { Extraction, Extractor } from '../types.ts';
import { assertMention } from './context.ts';
import {
  CEMENT_ONLY_FILL,
  CURETTAGE_FAMILY_SITE,
  CURETTAGE_OTHER_BONE,
  DISTAL_PRIOR,
  elementLexicon,
  featureLexicon,
  GRAFT_PUT_IN,
  LATIN_LIMB_BEFORE,
  LATIN_SIDE,
  LIMB_WORDS,
  NON_OPERATIVE_SIDE_AFTER,
  NON_OPERATIVE_SIDE_BEFORE,
  NUM,
  namesTumor,
  PERFORMED_SECTIONS,
  parseNumber,
  readLevel,
  readTumorSize,
  SIDE_FIELD,
  SIDE_SITE_NEXT,
  SIDE_STATED_BEFORE,
  sideAfterName,
  sideValueOf,
  sideWordIsNoSide,
  softTissueTumorType,
  type TargetLexicon,
} from './lexicon.ts';
import { findMentions, type Mention, sentenceAt } from './match.ts';
import { clinicalSentences, evidenceFor, type Sentence, type Span } from './text.ts';

/**
 * Versions of the rules reader (`rules`: lexicon, matching, segmentation) and of its context rules
 * (`context`), hashed from their source text: any edit changes them (src/version.ts).
 */
export const RULES_VERSIONS: Readonly<{ rules: string; context: string }> = (() => {
  const { rules, context } = sourceVersions();
  return Object.freeze({ rules, context });
})();
const MAX_EVIDENCE = 3;

function pickValue(values: unknown[], priority: string[] | undefined): unknown {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length === 0) return undefined;
  // List values (imaging modalities) accumulate across mentions.
  if (present.every(Array.isArray)) return [...new Set(present.flat())];
  if (priority) {
    for (const p of priority) if (present.includes(p)) return p;
  }
  return present[0];
}

/** The evidence of a mention, with the cue that made it negated or historical. */
function mentionEvidence(text: string, m: Mention): Evidence {
  const evidence = evidenceFor(text, m.sentence, m.match);
  return m.context ? { ...evidence, context: m.context } : evidence;
}

/** Evidence in order, a quote that names its cue before an identical one that does not (kept by the de-duplication). */
function withCueFirst(evidence: Evidence[]): Evidence[] {
  const cued = new Set(evidence.filter((e) => e.context).map((e) => `${e.start}:${e.end}`));
  return evidence.filter((e) => e.context || !cued.has(`${e.start}:${e.end}`));
}

/** Folds mentions into a fact: documented if any is affirmed, else negated if any is negated, else not mentioned. */
export function factFromMentions(text: string, mentions: Mention[], priority?: string[]): Fact {
  const affirmed = mentions.filter((m) => m.assertion === 'affirmed');
  if (affirmed.length > 0) {
    const value = pickValue(
      affirmed.map((m) => m.value),
      priority,
    );
    const evidence = dedupeEvidence(withCueFirst(affirmed.map((m) => mentionEvidence(text, m)))).slice(
      0,
      MAX_EVIDENCE,
    );
    return value === undefined
      ? { status: 'documented', evidence }
      : { status: 'documented', value, evidence };
  }
  const negated = mentions.filter((m) => m.assertion === 'negated');
  if (negated.length > 0) {
    return {
      status: 'negated',
      evidence: dedupeEvidence(withCueFirst(negated.map((m) => mentionEvidence(text, m)))).slice(
        0,
        MAX_EVIDENCE,
      ),
    };
  }
  return { status: 'not_mentioned', evidence: [] };
}

/** Mentions of a target in one reading (same sentences of the same note), found once. */
const mentionCache = new WeakMap<readonly Sentence[], Map<TargetLexicon, Mention[]>>();
function mentionsOf(target: TargetLexicon, text: string, sentences: Sentence[]): Mention[] {
  let byTarget = mentionCache.get(sentences);
  if (!byTarget) {
    byTarget = new Map();
    mentionCache.set(sentences, byTarget);
  }
  let found = byTarget.get(target);
  if (!found) {
    found = findMentions(target, text, sentences);
    byTarget.set(target, found);
  }
  return found;
}

function extractTarget(target: TargetLexicon, text: string, sentences: Sentence[]): Fact {
  return factFromMentions(text, mentionsOf(target, text, sentences), target.valuePriority);
}

/**
 * A procedure feature affirmed only where the note names the operation (a title, a diagnosis line) and
 * denied where it narrates it ("PROCEDURE: guillotine above-knee amputation (booked)" against "no part of
 * the wound was left open"): the narrative says what was done, so the names' affirmations are dropped.
 */
function narrativeOverNames(mentions: readonly Mention[]): Mention[] {
  const affirmed = mentions.filter((m) => m.assertion === 'affirmed');
  if (affirmed.length === 0 || !affirmed.every((m) => NAMING_SECTIONS.has(m.sentence.section)))
    return [...mentions];
  const deniedInNarrative = mentions.some(
    (m) => m.assertion === 'negated' && NARRATIVE_SECTIONS.has(m.sentence.section),
  );
  return deniedInNarrative ? mentions.filter((m) => m.assertion !== 'affirmed') : [...mentions];
}

function extractFeature(target: TargetLexicon, text: string, sentences: Sentence[]): Fact {
  const mentions = narrativeOverNames(mentionsOf(target, text, sentences));
  return withNarrativeDenial(text, factFromMentions(text, mentions, target.valuePriority), mentions);
}

/**
 * A feature affirmed where the note narrates the operation and explicitly denied there too, in another
 * sentence ("an immediate post-operative prosthesis was applied" against "no rigid dressing or cast was
 * applied in theatre"): the note states it two ways, so the fact carries the denial (`conflicting`), and a
 * decision resting on it goes to coder review (route signal fact.conflicting).
 */
function withNarrativeDenial(text: string, fact: Fact, mentions: readonly Mention[]): Fact {
  if (fact.status !== 'documented') return fact;
  const told = (m: Mention) => NARRATIVE_SECTIONS.has(m.sentence.section) || m.sentence.section === 'plan';
  // Affirmed anywhere (a title with a specimen label, the narrative); denied where the operation is told.
  const affirmed = mentions.filter((m) => m.assertion === 'affirmed');
  const denied = mentions.filter(
    (m) =>
      m.assertion === 'negated' &&
      told(m) &&
      // Another kind denied is no conflict ("allograft packed in; autograft not harvested").
      (m.value === undefined || fact.value === undefined || m.value === fact.value) &&
      !affirmed.some((a) => a.sentence.start === m.sentence.start),
  );
  if (affirmed.length === 0 || denied.length === 0) return fact;
  return {
    ...fact,
    conflicting: dedupeEvidence(denied.map((m) => mentionEvidence(text, m))).slice(0, MAX_EVIDENCE),
  };
}

// --- elements that are composed from features or need their own logic ------------------------

// Side words, and the abbreviations surgeons write in headers ("L AKA", "Rt. hip"); capital L/R only.
const SIDE_WORD = new RegExp(
  String.raw`\b(left|right|lt\.?|rt\.?|${LATIN_SIDE})(?:[\s-]+sided)?(?=\W|$)`,
  'gi',
);
/** A Latin side word follows the limb it qualifies ("membrum inferius dextrum"). */
const LATIN_SIDE_WORD = new RegExp(`^${LATIN_SIDE}$`, 'i');
/** Whether the words name lower-limb or pelvic anatomy (LIMB_WORDS, read from its start). */
function limbIn(words: string): boolean {
  LIMB_WORDS.lastIndex = 0;
  const found = LIMB_WORDS.test(words);
  LIMB_WORDS.lastIndex = 0;
  return found;
}
// A capital L/R is a side before a limb word or after an operation's name; a lower-case one (a note
// typed or transcribed in lower case: "l aka", "r prox femur") only right before a limb word ("2 l of
// saline" and "r/o" are none).
const SIDE_LETTER = /\b([LR]|[lr](?![/'’]))\b(?!['’])/g;
const CONTRALATERAL =
  /\b(?:contralateral|opposite|other|non-?operative|uninvolved|well|down|nonsurgical)\s*$/i;

const sideValue = (raw: string): string => sideValueOf(raw);

/** Laterality: a side word qualifying lower-limb or pelvic anatomy; title and diagnosis lines decide first. */
function extractLaterality(text: string, sentences: Sentence[]): Fact {
  return lateralityFrom(text, sideMentions(text, sentences));
}

/** The next field's label on a template line: "  Position:", " Surgeon:" (a side item "Left:" is none). */
const NEXT_FIELD_LABEL =
  /\s(?!(?:[Ll][Ee][Ff][Tt]|[Rr][Ii][Gg][Hh][Tt]|[LR][Tt]?|[Yy]es|[Nn]o)\b)[A-Z][A-Za-z]+(?:[ /][A-Za-z]+){0,2}\s*:/;
const EMPTY_BOX_BEFORE = /(?:\[[\s_]*\]|[☐□]|\(\s+\))\s*$/;
const EMPTY_BOX_AFTER = /^\s*:?\s*(?:\[[\s_]*\]|[☐□]|\(\s+\))/;
const ANY_BOX = /\[[\s_xX✓✔]*\]|[☐□☒☑✔✓]|\(\s*[xX✓✔]?\s*\)/;

/**
 * A side word in a template field line ("Operative side: [ ] Left [x] Right"): whether it is a field
 * value at all, and whether its box is empty. Boxes head their items, or follow them when the line's
 * first box comes after its first side word ("Side: Left ☐ Right ☒").
 */
/** What a side word's line says as a whole: read once per line (a long unbroken line has many side words). */
interface SideLine {
  start: number;
  end: number;
  field: boolean;
  /** Where the side field's value ends: at the next field label on its line ("Side: ____  Position: …"). */
  fieldEnd: number;
  /** A template line: a side field, a box or a table row. */
  template: boolean;
  boxesAfter: boolean;
}
/** The lines of the last text read, by start, and where its line breaks are. */
let sideText: { text: string; breaks: number[]; lines: Map<number, SideLine> } | undefined;
/** A box belongs to the side word it touches: only this much text beside the word is looked at. */
const BOX_REACH = 64;

function sideLineAt(text: string, at: number): SideLine {
  if (sideText?.text !== text) {
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
    sideText = { text, breaks, lines: new Map() };
  }
  const { breaks, lines } = sideText;
  // The first line break at or after `at` ends its line; the one before it starts the line.
  const lo = countBelow(breaks, at);
  const start = lo === 0 ? 0 : (breaks[lo - 1] as number) + 1;
  let info = lines.get(start);
  if (!info) {
    const end = lo < breaks.length ? (breaks[lo] as number) : text.length;
    const line = text.slice(start, end);
    const firstBox = line.search(ANY_BOX);
    const sides = [line.search(/\b(?:left|right)\b/i), line.search(/\b[LR]\b/)].filter((i) => i !== -1);
    const firstSide = sides.length > 0 ? Math.min(...sides) : -1;
    const label = SIDE_FIELD.exec(line)?.[0].length;
    const field = label !== undefined;
    const next = label === undefined ? -1 : line.slice(label).search(NEXT_FIELD_LABEL);
    info = {
      start,
      end,
      field,
      fieldEnd: label === undefined || next === -1 ? end : start + label + next,
      template: field || firstBox !== -1 || line.includes('|'),
      boxesAfter: firstBox !== -1 && firstSide !== -1 && firstSide < firstBox,
    };
    lines.set(start, info);
  }
  return info;
}

/** A "no" answer right after a side item: "Left: no", "Right - n/a", "Left .... no". */
const NO_ANSWER_AFTER = /^\s*(?::|\s[-–—]|\.{2,})\s*(?:no|n\/a|not\s+(?:applicable|done|operated))\b/i;

/**
 * A side word in a template line: whether it is a field value, and whether it is unticked: its box is
 * empty (boxes read in the line's order: "Left: [ ]  Right: [x]", "[ ] Left [x] Right"), or its own
 * answer is "no" ("Left: no  Right: yes"). The answer is read right after the item: the context rules'
 * checkbox negation scopes the items before it too ("Left: yes  Right: no" would negate both).
 */
function sideField(text: string, match: Span): { field: boolean; unticked: boolean } {
  const line = sideLineAt(text, match.start);
  if (!line.template) return { field: false, unticked: false };
  const after = text.slice(match.end, Math.min(line.end, match.end + BOX_REACH));
  const emptyBox = line.boxesAfter
    ? EMPTY_BOX_AFTER.test(after)
    : EMPTY_BOX_BEFORE.test(text.slice(Math.max(line.start, match.start - BOX_REACH), match.start));
  return {
    field: line.field && match.start < line.fieldEnd,
    unticked: emptyBox || NO_ANSWER_AFTER.test(after),
  };
}

/** "left/right", "L or R": the template offers both sides, a choice not made (no side). */
const SIDE_CHOICE_BEFORE = /\b(?:left|right|lt|rt|l|r)\.?\s*(?:\/|\bor\b|\|)\s*$/i;
const SIDE_CHOICE_AFTER = /^\.?\s*(?:\/|\bor\b|\|)\s*(?:left|right|lt|rt|l|r)\b/i;

const sideCache = new WeakMap<readonly Sentence[], { text: string; mentions: readonly Mention[] }>();
/**
 * Side words that qualify lower-limb or pelvic anatomy, with their sentences. A side word for the
 * other leg handled but not operated on (positioned, padded, marked in error) is tagged `positioning`
 * and never decides; one the context reads as history ("left AKA in 2015") is tagged `history` and
 * decides only when no other side word does. An unticked template box documents no side.
 */
function sideMentions(text: string, sentences: Sentence[]): readonly Mention[] {
  // Read for the laterality and again for the side of the deciding anatomy: found once per reading.
  const cached = sideCache.get(sentences);
  if (cached && cached.text === text) return cached.mentions;
  const mentions = findSideMentions(text, sentences);
  sideCache.set(sentences, { text, mentions });
  return mentions;
}

function findSideMentions(text: string, sentences: Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const re of [SIDE_WORD, SIDE_LETTER]) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        const before = s.slice(Math.max(0, m.index - 30), m.index);
        if (CONTRALATERAL.test(before)) continue;
        const after = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
        // "the condyles were left intact", "a right angle": a verb or a phrase, no side.
        if (re === SIDE_WORD && m[0] === m[1] && sideWordIsNoSide(m[0], before, after)) continue;
        if (SIDE_CHOICE_BEFORE.test(before) || SIDE_CHOICE_AFTER.test(after)) continue;
        const at = sentence.start + m.index;
        const { field, unticked } = sideField(text, { start: at, end: at + m[0].length });
        if (unticked) continue;
        const abbreviated = re === SIDE_LETTER || /^(?:lt|rt)/i.test(m[0]);
        const nextWords = after
          .split(/\s+/)
          .filter(Boolean)
          .slice(0, abbreviated ? 2 : 4)
          .join(' ');
        const window = `${s.slice(Math.max(0, m.index - 40), m.index)} ${after}`;
        const onThe = !abbreviated && /\b(?:on|to|of)\s+the\s*$/i.test(before);
        // A side after the name ("AKA (left)") qualifies that name: its phrase is read for the context.
        const lowerLetter = re === SIDE_LETTER && /^[lr]$/.test(m[0]);
        const named = lowerLetter ? 0 : sideAfterName(before, after, re === SIDE_LETTER);
        // A Latin side word qualifies the limb named just before it: "membrum inferius dextrum".
        const latinAfterLimb =
          re === SIDE_WORD &&
          LATIN_SIDE_WORD.test(m[1] ?? '') &&
          (limbIn(before.split(/\s+/).filter(Boolean).slice(-3).join(' ')) || LATIN_LIMB_BEFORE.test(before));
        LIMB_WORDS.lastIndex = 0;
        const qualifies =
          latinAfterLimb ||
          LIMB_WORDS.test(nextWords) ||
          (onThe && LIMB_WORDS.test(window)) ||
          /sided/i.test(m[0]) ||
          (re === SIDE_WORD && SIDE_SITE_NEXT.test(after)) ||
          named > 0 ||
          (field && !lowerLetter) ||
          (re === SIDE_WORD && SIDE_STATED_BEFORE.test(before));
        LIMB_WORDS.lastIndex = 0;
        if (!qualifies) continue;
        const match = {
          start: sentence.start + m.index,
          end: sentence.start + m.index + (m[1] ?? m[0]).length,
        };
        const retracted =
          /^[\s,]*(?:scratch that|strike that|correction|i mean|sorry)\b/i.test(after) ||
          retractedSpans(text).some((r) => at >= r.start && at < r.end);
        const tag = sideRole(text, sentence, match, after, before, match.start - named);
        mentions.push({
          match,
          sentence,
          assertion: retracted ? 'retracted' : 'affirmed',
          value: sideValue(m[1] ?? ''),
          ...(tag ? { tag } : {}),
        });
      }
    }
  }
  return mentions;
}

/** Words after a side word's limb that date it: the limb phrase and what follows, for the context rules. */
const LIMB_PHRASE_CHARS = 40;

/**
 * Whether a side mention is not the operative side: `positioning` (the other leg padded, positioned,
 * marked in error), `history` (the context reads the limb phrase as past: "left AKA in 2015", "status
 * post right BKA"), or undefined (operative).
 */
function sideRole(
  text: string,
  sentence: Sentence,
  match: Span,
  after: string,
  before: string,
  /** Where the phrase the side qualifies starts: the side word, or the name before it ("old AKA (left)"). */
  from: number,
): 'positioning' | 'history' | undefined {
  if (NON_OPERATIVE_SIDE_AFTER.test(after) || NON_OPERATIVE_SIDE_BEFORE.test(before)) return 'positioning';
  const phraseEnd = Math.min(sentence.end, match.end + LIMB_PHRASE_CHARS);
  const clause = text.slice(match.end, phraseEnd).search(/[,;.]/);
  const span = { start: from, end: clause === -1 ? phraseEnd : match.end + clause };
  return assertMention(text, sentence, span, { negationInside: false }) === 'historical'
    ? 'history'
    : undefined;
}

/** Sections that narrate the operation: their side words are the operation's own. */
const OPERATION_SECTIONS: ReadonlySet<Sentence['section']> = new Set(['description', 'body', 'findings']);

/**
 * The operative side from its mentions (issue 10: read from the operation, not from every side
 * word). Side words for the other leg positioned or marked in error never decide; historical ones
 * only when nothing else states a side. Then an addendum's side; else the title's and diagnosis's
 * (the title's alone when the diagnosis list names both sides); else the operative narrative's; else
 * all.
 */
function lateralityFrom(text: string, mentions: readonly Mention[]): Fact {
  const stated = mentions.filter((m) => m.assertion === 'affirmed' && m.tag !== 'positioning');
  const current = stated.filter((m) => m.tag !== 'history');
  const affirmed = current.length > 0 ? current : stated;
  if (affirmed.length === 0) return { status: 'not_mentioned', evidence: [] };
  const sidesOf = (list: readonly Mention[]): number => new Set(list.map((m) => m.value)).size;
  // An addendum amends the note: a side it states outranks the body ("correction: this was the LEFT side").
  const amended = affirmed.filter((m) => m.sentence.section === 'addendum');
  let decisive =
    amended.length > 0
      ? amended
      : affirmed.filter((m) => m.sentence.section === 'title' || m.sentence.section === 'diagnosis');
  if (amended.length === 0 && sidesOf(decisive) > 1) {
    const title = decisive.filter((m) => m.sentence.section === 'title');
    decisive = sidesOf(title) === 1 ? title : [];
  }
  const narrative = affirmed.filter((m) => OPERATION_SECTIONS.has(m.sentence.section));
  const pool = decisive.length > 0 ? decisive : narrative.length > 0 ? narrative : affirmed;
  const counts = new Map<string, number>();
  for (const m of pool) counts.set(String(m.value), (counts.get(String(m.value)) ?? 0) + 1);
  const value = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'right';
  const evidence = dedupeEvidence(
    pool.filter((m) => m.value === value).map((m) => evidenceFor(text, m.sentence, m.match)),
  ).slice(0, MAX_EVIDENCE);
  // The operative description names only the other side, twice or more, where the title and diagnoses
  // name this one ("RIGHT knee disarticulation" against "the left lower extremity was prepped … about the
  // left knee"): the note contradicts itself.
  const otherInNarrative =
    pool === decisive &&
    amended.length === 0 &&
    narrative.length >= 2 &&
    narrative.every((m) => m.value !== value);
  if (!otherInNarrative) return { status: 'documented', value, evidence };
  const conflicting = dedupeEvidence(narrative.map((m) => evidenceFor(text, m.sentence, m.match))).slice(
    0,
    MAX_EVIDENCE,
  );
  return { status: 'documented', value, evidence, conflicting };
}

const bothDocumented = (a: Fact, b: Fact): boolean => a.status === 'documented' && b.status === 'documented';

function amputationLevel(f: Record<FeatureKey, Fact>): Fact {
  const posterior = f.posteriorPelvicDivision;
  const anterior = f.anteriorPelvicDivision;
  if (bothDocumented(posterior, anterior)) {
    return {
      status: 'documented',
      value: `${String(posterior.value ?? 'posterior division')} + ${String(anterior.value ?? 'anterior division')}`,
      evidence: dedupeEvidence([...posterior.evidence, ...anterior.evidence]),
    };
  }
  if (posterior.status === 'negated' || anterior.status === 'negated') {
    return { status: 'negated', evidence: dedupeEvidence([...posterior.evidence, ...anterior.evidence]) };
  }
  return { status: 'not_mentioned', evidence: [] };
}

/** A fact that is the same as a feature, with the value kept only when present. */
const fromFeature = (fact: Fact): Fact => ({ ...fact, evidence: [...fact.evidence] });

const DEBRIDE_TISSUE = /\b(skin|subcutaneous|fascia\w*|muscle|bone|tendon)\b/i;
const DEBRIDE_AREA =
  /\b\d+(?:\.\d+)?\s*(?:x|by|×)\s*\d+(?:\.\d+)?\s*(?:cm|centimet\w+)|\b\d+(?:\.\d+)?\s*(?:sq(?:uare)?\.?\s*(?:cm|centimet\w+)|cm2|cm²)/i;

/** Quotes of the affirmed mentions of a target, all of them (not only the evidence shown). */
function affirmedQuotes(target: TargetLexicon, text: string, sentences: Sentence[]): Evidence[] {
  return dedupeEvidence(
    mentionsOf(target, text, sentences)
      .filter((m) => m.assertion === 'affirmed')
      .map((m) => evidenceFor(text, m.sentence, m.match)),
  );
}

/** Debridement detail: tissue type and surface area stated in the debridement sentences. */
function debridementDetail(debridement: Evidence[]): Fact {
  const quotes = debridement.map((e) => e.quote).join(' ');
  const tissue = DEBRIDE_TISSUE.exec(quotes)?.[1];
  const area = DEBRIDE_AREA.exec(quotes)?.[0];
  if (!tissue || !area) return { status: 'not_mentioned', evidence: [] };
  const evidence = debridement
    .filter((e) => DEBRIDE_TISSUE.test(e.quote) || DEBRIDE_AREA.test(e.quote))
    .slice(0, MAX_EVIDENCE);
  return { status: 'documented', value: `${tissue.toLowerCase()}, ${area}`, evidence };
}

const RECON_COMPONENT =
  /\b(?:stem|components?|implants?|body|segment|hinge\w*|bushings?|axles?|yokes?|bumpers?|polyethylene|trial\w*|cemented|cementless|press-?fit|\d+\s*mm|size\s+\d+|plate|screws|allograft|collar|tibial\s+(?:tray|component|baseplate)|femoral\s+component|segmental|endoprosthe\w*|megaprosthe\w*|(?:tumou?r|modular)\s+prosthe\w*|(?:femoral|tibial|femur|tibia)\s+(?:replacement|prosthe\w*|endoprosthe\w*)|(?:gastrocnemius|gastroc|soleus|muscle|rotation)\s+flap|(?:hemi-?)?arthroplasty(?!\s+(?:team|service|surgeons?|colleagues|group|unit|fellows?)\b)|prosthe(?:sis|ses|tic)(?!\s+(?:team|service|clinic|fitting|limb)\b)|autograft|(?:bone|fibular?|iliac(?:\s+crest)?|strut)\s+grafts?|(?:vascularized|vascularised|free)\s+fibula|arthrodesis|(?:intramedullary\s+)?nail|rotationplasty)\b/i;

/** Reconstruction detail: the reconstruction sentences name its components. */
function reconstructionDetail(reconstruction: Evidence[]): Fact {
  const detailed = reconstruction.filter((e) => RECON_COMPONENT.test(e.quote));
  if (detailed.length === 0) return { status: 'not_mentioned', evidence: [] };
  return {
    status: 'documented',
    value: detailed
      .map((e) => e.quote)
      .join(' / ')
      .slice(0, 200),
    evidence: detailed.slice(0, MAX_EVIDENCE),
  };
}

const marginIntent = (fact: Fact): Fact =>
  fact.value === 'radical-name' ? { ...fact, value: 'radical' } : fact;

function inpatient(fact: Fact): Fact {
  // "outpatient" mentions are evidence of the opposite: the element is negated unless an admission is stated.
  if (fact.status === 'documented' && fact.value === 'outpatient')
    return { status: 'negated', evidence: fact.evidence };
  // "will be admitted" is documentation of admission: the element carries no value.
  if (fact.status === 'documented') return { status: 'documented', evidence: fact.evidence };
  return fact;
}

/**
 * The new femoral level is the element, not the cut: a cut dictated with no level or amount anywhere
 * ("the femur was shortened") leaves the level to the surgeon. The level may be in any cut sentence.
 */
function newResectionLevel(cut: Fact): Fact {
  if (cut.status !== 'documented') return fromFeature(cut);
  const level = cut.value ?? cut.evidence.map((e) => readLevel(e.quote)).find((l) => l !== undefined);
  if (level === undefined) return { status: 'not_mentioned', evidence: [] };
  return { status: 'documented', value: level, evidence: [...cut.evidence] };
}

/** Documented only when both are: e.g. a tumor was excised, and the note says it is a soft-tissue tumor. */
function both(a: Fact, b: Fact): Fact {
  if (a.status === 'documented' && b.status === 'documented') {
    return {
      status: 'documented',
      evidence: dedupeEvidence([...a.evidence, ...b.evidence]).slice(0, MAX_EVIDENCE),
    };
  }
  if (a.status === 'negated') return a;
  return { status: 'not_mentioned', evidence: [] };
}

// The narrowest margin, stated after its name or before it ("a 2 cm closest margin", "1 cm at the closest
// margin"); a measure before a conjunction or a verb is its own clause's ("the tumour measured 3 cm and the
// closest margin was 1 cm": the margin is 1 cm).
/** A margin's unit: in figures' shorthand or in full ("1.0 cm", "one point zero centimeters"). */
const MARGIN_UNIT = String.raw`(cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?)\b`;
const NARROWEST_MARGIN = new RegExp(
  String.raw`(?:narrowest|closest|minimum|minimal|smallest|nearest)\s+(?:[\w-]+\s+){0,3}?margin\w*(?:[^.;\d]|\.{2,}){0,40}?\b(${NUM})\s*${MARGIN_UNIT}|\b(${NUM})\s*${MARGIN_UNIT}\s+(?:(?!(?:and|or|but|while|whilst|whereas|was|were|is|are|measur\w*)\b)[\w-]+\s+){0,2}(?:narrowest|closest)\s+margin`,
  'i',
);

/**
 * A size measured before the operation (on MRI, CT, ultrasound, "on imaging", "pre-op") is not the
 * size at excision (DOMAIN.md): the clause that carries the measurement names the imaging or the time.
 */
const IMAGING_SIZE =
  /\b(?:MRI?s?|CT|PET|CAT\s+scan|ultrasound\w*|sonograph\w*|(?:on|by|at)\s+(?:cross-?sectional\s+)?imaging|imaging|scans?|radiograph\w*|radiologic\w*|x-?rays?|pre-?\s?op(?:erative(?:ly)?)?|pre-?surgical(?:ly)?|before\s+(?:the\s+)?(?:surgery|operation|excision|resection))\b/i;
/** Where one clause of a sentence ends: a semicolon, or a comma or contrast word opening another. */
const CLAUSE_BREAK =
  /;|,?\s+\b(?:but|whereas|while|however|although)\b|,\s*(?=(?:and\s+)?(?:it|this|the\s+(?:specimen|resected|excised))\b)/gi;
/**
 * A comparison with imaging names it, not measures by it: "larger than on the MRI (3 cm)", "compared
 * with 4.5 cm on the CT", "versus the MRI". A size inside the comparison is the imaging's.
 */
const CONTRAST_WITH =
  /\b(?:than|compared\s+(?:with|to)|as\s+compared\s+(?:with|to)|versus|vs\.?|relative\s+to|up\s+from|down\s+from)\b[^,;]*/gi;
const IMAGING_NOUN = String.raw`(?:MRI?s?|MR\s+imaging|CT|PET|CAT\s+scan|ultrasound\w*|sonograph\w*|imaging|scans?|radiograph\w*|x-?rays?)`;
/**
 * An agreement with imaging ("as on the MRI", "in keeping with the MRI", "the same as on CT", "matching
 * the pre-operative MRI"), with the imaging right after it: a comparison only in a clause that states a
 * measurement at excision ("the 6 cm mass, as seen on MRI, was excised" is measured on the MRI).
 */
const AGREES_WITH = new RegExp(
  String.raw`\b(?:as|like|matching|match(?:ed|es)|(?:in\s+keeping|consistent|concordant|in\s+line|in\s+agreement|agreeing|correlating)\s+with|similar\s+to|identical\s+to|corresponding\s+to|(?:the\s+)?same\s+as)\s+(?:(?:on|by|in|with|to|at|what|was|were|had|been|seen|shown|measured|predicted|estimated|expected|suggested|reported|described|noted|the|its|that|pre-?op\w*|earlier|prior|previous|staging|original|initial|recent|size|measurements?|dimensions?|findings?)\s+){0,5}${IMAGING_NOUN}\b[^,;]*`,
  'gi',
);
/**
 * A clause that states where the size was taken at excision (DOMAIN.md: measured at excision): on the
 * specimen, on the bench, at gross examination, ex vivo, at excision. The imaging it names is a
 * comparison, whichever words make it ("6.2 cm on the specimen, as on the MRI").
 */
const EXCISION_MEASURE =
  /\b(?:(?:on|in|within|from|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:specimens?|bench|back[\s-]?table|excision|resection|surgery|pathology|gross(?:ing)?)|gross(?:ly)?|ex[\s-]+vivo|specimen\s+measurements?|(?:resected|excised)\s+(?:specimen|tumou?r|mass|lesion|sarcoma))\b/i;
const DIMENSION = String.raw`\d+(?:\.\d+)?(?:\s*(?:x|by|×)\s*\d+(?:\.\d+)?){0,2}\s*(?:cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?)\b`;
/** In such a clause, a size tied to the imaging is still the imaging's: "7 cm on MRI", "MRI showed a 7 cm". */
const IMAGING_BOUND = new RegExp(
  String.raw`${DIMENSION}\s*(?:[\w-]+\s+){0,2}?(?:on|by|at|in|per|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${IMAGING_NOUN}\b|${DIMENSION}\s+pre-?\s?op(?:erative(?:ly)?)?\b|\b${IMAGING_NOUN}\s*(?:showed|measured|demonstrated|estimated|suggested|of|:)?\s*(?:an?\s+|the\s+)?${DIMENSION}`,
  'gi',
);

/**
 * The spans of a sentence (offsets into `text`) whose measurements are taken on imaging or before the
 * operation, clause by clause: a clause that names imaging, unless it states a measurement at excision;
 * a comparison with imaging; in a clause measured at excision, a size tied to the imaging. Each clause is
 * tested once: linear in the sentence.
 */
function imagingSpans(text: string, sentence: Span): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  const at = (a: number, b: number): Span => ({ start: sentence.start + a, end: sentence.start + b });
  const clause = (from: number, to: number) => {
    const part = slice.slice(from, to);
    const kept: Span[] = [];
    const comparisons: Array<Span & { imaging: boolean }> = [];
    let rest = part;
    // Each comparison found is blanked out of `rest` (offsets kept), in one pass per pattern.
    const compare = (re: RegExp) => {
      const found: Span[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
        const span = { start: m.index, end: m.index + m[0].length };
        found.push(span);
        comparisons.push({ ...span, imaging: IMAGING_SIZE.test(m[0]) });
      }
      rest = blank(rest, found, 0);
    };
    compare(CONTRAST_WITH);
    const atExcision = EXCISION_MEASURE.test(rest);
    if (atExcision) compare(AGREES_WITH);
    if (IMAGING_SIZE.test(rest) && !atExcision) {
      // The clause measures on imaging: all of it but a comparison with something else ("versus 6 cm at excision").
      let next = 0;
      for (const c of comparisons.filter((x) => !x.imaging).sort((x, y) => x.start - y.start)) {
        kept.push({ start: next, end: c.start });
        next = c.end;
      }
      kept.push({ start: next, end: part.length });
    } else {
      for (const c of comparisons) if (c.imaging) kept.push(c);
      IMAGING_BOUND.lastIndex = 0;
      for (let m = IMAGING_BOUND.exec(rest); m !== null; m = IMAGING_BOUND.exec(rest))
        kept.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const k of kept) if (k.end > k.start) out.push(at(from + k.start, from + k.end));
  };
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m !== null; m = CLAUSE_BREAK.exec(slice)) {
    if (m[0].length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    clause(from, m.index);
    from = m.index + m[0].length;
  }
  clause(from, slice.length);
  return out.sort((a, b) => a.start - b.start);
}

/** `text` with the given spans (offsets from `offset`, ascending, disjoint) blanked: same length. */
function blank(text: string, spans: readonly Span[], offset: number): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const a = s.start - offset;
    const b = s.end - offset;
    parts.push(text.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Whether the measurement at `at` is taken on imaging or before the operation (spans ascending). */
function onImaging(spans: readonly Span[], at: Span): boolean {
  // The last span starting at or before the measurement.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= at.start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && at.start < span.end;
}

/** The sentence text with its imaging measurements blanked out (same length, offsets kept). */
const withoutImaging = (text: string, sentence: Span, spans: readonly Span[]): string =>
  blank(text.slice(sentence.start, sentence.end), spans, sentence.start);

/**
 * "It measured 6.2 cm on the specimen", "in the specimen it measured 5.5 cm", "on the back table, it
 * measured 8 cm", "after removal it was 4 cm": a sentence whose subject is a pronoun, perhaps after a
 * short fronted adjunct (where or when it was measured).
 */
const PRONOUN_FIRST =
  /^\s*(?:(?:(?:on|in|at|within|after|once|when|ex)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s*)?(?:it|this|the\s+latter)\s+(?:\w+\s+){0,2}?(?:measur\w*|was|is)|measur(?:ed|ing))\b/i;
/** A size field's label at the start of its line: "Size (cm):", "Greatest dimension:", "Max diameter:". */
const SIZE_FIELD =
  /^\s*(?:(?:greatest|largest|max(?:imum|imal)?\.?)\s+)?(?:size|dimensions?|diameter|measurements?)\s*(?:\(\s*(?:cm|mm)\s*\)\s*)?:/i;
/** How many sentences back a pronoun's tumour is looked for, in its own section. */
const ANTECEDENT_REACH = 3;

/**
 * The sentence as written, for naming the tumour it measures: with the nearest sentence before it (in
 * its section, a few back) that names a tumour when its subject is a pronoun ("The liposarcoma was
 * excised en bloc; no bone was resected. It measured 6.2 cm on the specimen.").
 */
function withAntecedent(text: string, sentences: readonly Sentence[], sentence: Sentence): string {
  const own = text.slice(sentence.start, sentence.end);
  // A template's size field ("Size (cm): 6.2", "Greatest dimension: 6 cm") measures the tumour the lines
  // above it name (the procedure line), each line its own field.
  const field = SIZE_FIELD.test(own);
  if (!field && !PRONOUN_FIRST.test(own)) return own;
  const i = sentences.findIndex((s) => s.start === sentence.start);
  for (let j = i - 1; j >= Math.max(0, i - ANTECEDENT_REACH); j--) {
    const previous = sentences[j] as Sentence;
    if (!field && previous.section !== sentence.section) break;
    const words = text.slice(previous.start, previous.end);
    if (namesTumor(words)) return `${words} ${own}`;
  }
  return own;
}

/**
 * Soft-tissue tumor size as CPT measures it: the greatest diameter measured at excision plus the
 * narrowest margin (DOMAIN.md). Excision-time measurements outrank imaging sizes from the history.
 */
function tumorSize(text: string, sentences: Sentence[]): Fact {
  // The size is read below from each sentence as measured at excision: the entries' own values go unread.
  const mentions = findMentions(featureLexicon.tumorSizeCm, text, sentences, { values: false }).filter(
    (m) => m.assertion === 'affirmed',
  );
  const sizes = new Map<number, ReturnType<typeof readTumorSize>>();
  const spans = new Map<number, Span[]>();
  const spansFor = (m: Mention): Span[] => {
    let c = spans.get(m.sentence.start);
    if (!c) {
      c = imagingSpans(text, m.sentence);
      spans.set(m.sentence.start, c);
    }
    return c;
  };
  const sizeOf = (m: Mention) => {
    if (!sizes.has(m.sentence.start)) {
      // Imaging measurements are blanked (offsets kept): the excision size is read from the rest.
      const blanked = withoutImaging(text, m.sentence, spansFor(m));
      sizes.set(m.sentence.start, readTumorSize(blanked, withAntecedent(text, sentences, m.sentence)));
    }
    return sizes.get(m.sentence.start);
  };
  const measured = mentions
    .filter((m) => !onImaging(spansFor(m), m.match))
    .map((m) => ({ m, size: sizeOf(m) }))
    .filter(
      (x): x is { m: Mention; size: NonNullable<ReturnType<typeof readTumorSize>> } => x.size !== undefined,
    );
  if (measured.length === 0) return { status: 'not_mentioned', evidence: [] };
  const atExcision = measured.filter((x) => PERFORMED_SECTIONS.has(x.m.sentence.section));
  const pool = atExcision.length > 0 ? atExcision : measured;
  const best = pool.reduce((a, b) => (b.size.diameterCm > a.size.diameterCm ? b : a));
  let margin = best.size.marginCm;
  let marginEvidence: Evidence | undefined;
  for (const sentence of sentences) {
    if (!PERFORMED_SECTIONS.has(sentence.section)) continue;
    const m = NARROWEST_MARGIN.exec(text.slice(sentence.start, sentence.end));
    if (!m) continue;
    const number = parseNumber(m[1] ?? m[3] ?? '');
    if (number === undefined) continue;
    const value = number * ((m[2] ?? m[4] ?? 'cm').toLowerCase().startsWith('m') ? 0.1 : 1);
    if (margin === undefined || value < margin) {
      margin = value;
      marginEvidence = {
        quote: text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
      };
    }
  }
  const sizeCm = Math.round((best.size.diameterCm + (margin ?? 0)) * 10) / 10;
  const evidence = [
    evidenceFor(text, best.m.sentence, best.m.match),
    ...(marginEvidence ? [evidenceFor(text, marginEvidence, marginEvidence)] : []),
  ];
  return { status: 'documented', value: sizeCm, evidence };
}

/**
 * Adds what the procedure events document to the lexicon's features: an event-documented feature
 * outranks a lexicon miss or negation (documented wins, as for mentions); an event negation fills a
 * feature the lexicon did not find. A bone resection that is part of a pelvic resection is the
 * pelvis's, not a femoral one.
 */
function mergeEventFeatures(
  text: string,
  sentences: readonly Sentence[],
  features: Record<FeatureKey, Fact>,
  derived: EventFeature[],
): void {
  const pelvic = derived
    .filter((d) => d.status === 'documented' && d.feature === 'pelvicBoneResected')
    .map((d) => d.event.sentence);
  const bone = features.boneResected;
  if (bone.status === 'documented' && pelvic.length > 0) {
    const kept = bone.evidence.filter((e) => !pelvic.some((s) => e.start >= s.start && e.start < s.end));
    features.boneResected =
      kept.length > 0 ? { ...bone, evidence: kept } : { status: 'not_mentioned', evidence: [] };
  }
  const byFeature = new Map<FeatureKey, EventFeature[]>();
  for (const d of derived) byFeature.set(d.feature, [...(byFeature.get(d.feature) ?? []), d]);
  for (const [key, list] of byFeature) {
    let current = features[key];
    const documented = list.filter((d) => d.status === 'documented');
    // Where the events read a sentence as not affirmed ("the planned division through the SI joint and
    // the symphysis was abandoned") and none affirms it, the lexicon's match there is overruled.
    const overruled = list
      .filter(
        (d) => d.status !== 'documented' && !documented.some((x) => x.event.sentence === d.event.sentence),
      )
      .map((d) => d.event.sentence);
    if (current.status === 'documented' && overruled.length > 0) {
      const kept = current.evidence.filter(
        (e) => !overruled.some((s) => e.start >= s.start && e.start < s.end),
      );
      if (kept.length === 0) {
        const negatedEvents = list.filter((d) => d.status === 'negated');
        current =
          negatedEvents.length > 0 && documented.length === 0
            ? {
                status: 'negated',
                evidence: dedupeEvidence(
                  negatedEvents.map((d) => evidenceFor(text, d.event.sentence, d.event.span)),
                ).slice(0, MAX_EVIDENCE),
              }
            : { status: 'not_mentioned', evidence: [] };
        features[key] = current;
      } else if (kept.length < current.evidence.length) {
        current = { ...current, evidence: kept };
        features[key] = current;
      }
    }
    const evidenceOf = (d: EventFeature): Evidence => {
      const e = evidenceFor(text, d.event.sentence, d.event.span);
      return d.event.context ? { ...e, context: d.event.context } : e;
    };
    // A pronoun's act ("I cut it there") is told with the clause its object came from, which holds the place.
    const antecedentOf = (d: EventFeature): Evidence[] =>
      d.event.antecedent ? [evidenceFor(text, d.event.antecedent, d.event.antecedent)] : [];
    if (documented.length > 0 && current.status !== 'documented') {
      const first = documented[0] as EventFeature;
      const levelIn = (s: Span | undefined) => (s ? readLevel(text.slice(s.start, s.end)) : undefined);
      const value =
        key === 'femurCut' ? (levelIn(first.event.sentence) ?? levelIn(first.event.antecedent)) : first.value;
      features[key] = {
        status: 'documented',
        ...(value === undefined ? {} : { value }),
        evidence: dedupeEvidence(documented.flatMap((d) => [evidenceOf(d), ...antecedentOf(d)])).slice(
          0,
          MAX_EVIDENCE,
        ),
      };
    } else if (documented.length === 0 && current.status === 'not_mentioned') {
      const negatedEvents = list.filter((d) => d.status === 'negated');
      if (negatedEvents.length > 0)
        features[key] = {
          status: 'negated',
          evidence: dedupeEvidence(negatedEvents.map(evidenceOf)).slice(0, MAX_EVIDENCE),
        };
    }
    const denials = list.filter((d) => d.status === 'negated' && isClausal(text, d.event));
    if (features[key].status === 'documented' && denials.length > 0)
      features[key] = weighDenial(text, features[key], sentences, documented, denials.map(evidenceOf));
  }
}

/** Sections whose sentences name a procedure rather than narrate it. */
const NAMING_SECTIONS: ReadonlySet<Sentence['section']> = new Set(['title', 'diagnosis']);

/**
 * A feature both affirmed and explicitly denied in a clause ("the femur was therefore not re-cut or
 * shortened" against "femoral osteotomy site" elsewhere). The clausal denial wins over affirmations
 * that are all nominal (a procedure name, an act named in a noun phrase); against an act stated in a
 * clause, or a lexicon reading the events do not explain, the affirmation stands but carries the
 * denial as evidence, which routes the note to coder review (`fact.conflicting`).
 */
function weighDenial(
  text: string,
  fact: Fact,
  sentences: readonly Sentence[],
  documented: readonly EventFeature[],
  denials: Evidence[],
): Fact {
  const weak = (e: Evidence): boolean => {
    const events = documented.filter(
      (d) => e.start >= d.event.sentence.start && e.start < d.event.sentence.end,
    );
    if (events.length > 0) return events.every((d) => !isClausal(text, d.event));
    const sentence = sentences[sentenceAt(sentences, e.start)];
    return sentence !== undefined && NAMING_SECTIONS.has(sentence.section);
  };
  if (fact.evidence.every(weak))
    return { status: 'negated', evidence: dedupeEvidence(denials).slice(0, MAX_EVIDENCE) };
  return { ...fact, evidence: dedupeEvidence([...fact.evidence, ...denials]).slice(0, MAX_EVIDENCE + 1) };
}

const NARRATIVE_SECTIONS: ReadonlySet<Sentence['section']> = new Set([
  'description',
  'body',
  'findings',
  'addendum',
]);
/** Side words near a prior amputation, abbreviations included ("s/p AKA lt.", "old (L) AKA", "Rt BKA"). */
const SIDE_IN =
  /\b(?:[Ll](?:eft|EFT|t|T)|[Rr](?:ight|IGHT|t|T))\b|(?<![\w'’])[LR](?![\w'’])|\b[Dd]ext(?:er|ra|rum|ri|rae|ro|ram)\b|\b[Ss]inist(?:er|ra|rum|ri|rae|ro|ram)\b/g;

/**
 * Prior-amputation mentions that belong to this limb before this operation. A stump or residual
 * femur named in the operative narrative after today's cut is the stump just made; a prior
 * amputation named with the other side than the operated one is the other leg's.
 */
function priorMentions(
  text: string,
  sentences: Sentence[],
  firstCut: number | undefined,
  side: string | undefined,
  noCutToday = false,
  amputatedAt: number | undefined = undefined,
  limbRemovedToday = false,
): Mention[] {
  const mentions = findMentions(featureLexicon.priorAmputation, text, sentences).filter((m) => {
    // A case's opening "A 48-year-old man had an above-knee amputation" is its own operation unless a
    // later presentation moves the story on ("He now presents with a painful stump").
    if (m.tag === 'case-opener' && !LATER_PRESENTATION.test(text.slice(m.match.end))) return false;
    // A thigh amputation opening the case with the limb removed today is that amputation told in detail
    // after the visit that led to it ("had a right above-knee amputation. She was admitted to hospital with
    // sepsis … the limb was removed"): a re-amputation after a visit shortens a stump, it removes no limb.
    if (
      m.tag === 'case-opener' &&
      limbRemovedToday &&
      THIGH_NAMED.test(text.slice(m.match.start, m.match.end))
    )
      return false;
    // An amputation named as an injury ("a traumatic through-knee amputation") is the trauma that took
    // the limb, not an earlier operation: its formalisation is today's amputation (pseudo.injury-completed).
    if (m.context?.rule === 'historical.injury') return false;
    // A thigh amputation named as the site of a scar or neuroma is an existing one only when no limb is
    // removed today: beside today's removal it is today's amputation, the neuroma excised with it.
    if (m.tag === 'scar-site' && limbRemovedToday) return false;
    // A staged closure named after today's amputation ("through-knee amputation left open; formal
    // closure of the stump at a second stage") is the plan for the stump just made, not an earlier one.
    if (m.tag === 'closure' && amputatedAt !== undefined && amputatedAt < m.match.start) return false;
    // A stump named in the narrative is a prior one only when today's cut comes after it ("the
    // residual femur was exposed ... and re-cut"); with no cut at all it may be the stump just made.
    // With the femoral cut stated as not made and nothing removed, no stump is made today.
    if (
      (m.tag === 'stump' || m.tag === 'scar-site') &&
      NARRATIVE_SECTIONS.has(m.sentence.section) &&
      !noCutToday &&
      (firstCut === undefined || m.match.start > firstCut)
    )
      return false;
    return !otherSideOnly(text, m.sentence, m.match, side);
  });
  // A limb lost to an injury in this episode ("traumatically amputated above the knee this morning", "a
  // traumatic amputation at mid-thigh earlier today"): the stump, the residual femur, the revision or
  // "re-amputation" named today is the injury's, formalised now, not an earlier amputation operation.
  // Only a prior amputation stated in its own words ("a previous right AKA") is one.
  const kept = injuredThisEpisode(text, sentences)
    ? mentions.filter((m) => !IMPLIED_TAGS.has(m.tag ?? ''))
    : mentions;
  // A re-amputation or stump that does not say where the earlier amputation was is this limb's stated
  // below-knee amputation when that is the only prior amputation the note states for this limb.
  const unplaced = (m: Mention): boolean =>
    IMPLIED_TAGS.has(m.tag ?? '') && !THIGH_NAMED.test(text.slice(m.match.start, m.match.end));
  if (kept.length === 0 || !kept.every(unplaced)) return kept;
  return distalPriorStated(text, sentences, side) ? [] : mentions;
}

/** Prior-amputation mentions that only imply an earlier amputation: a re-amputation, a revision, a stump. */
const IMPLIED_TAGS: ReadonlySet<string> = new Set(['implied', 'stump', 'scar-site', 'closure']);

/** A traumatic amputation, in either order of the words ("traumatic amputation", "traumatically amputated"). */
const TRAUMATIC_AMPUTATION =
  /(?<!\b(?:non|post|a)-?)\btraumatic(?:ally)?\b(?:\W+\w+){0,6}?\W+amputat\w*|\bamputat\w*(?:\W+\w+){0,6}?\W+(?:in|by|during)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:accident|crash|collision|blast|explosion|injury)\b/i;
/** The time of this episode: the injury happened today, at the scene, hours ago. */
const THIS_EPISODE =
  /\b(?:this\s+(?:morning|afternoon|evening)|earlier\s+(?:today|this\s+(?:morning|afternoon|evening))|today|tonight|last\s+night|overnight|at\s+the\s+scene|(?:\d+|a\s+few|few|several|two|three|four|five|six)\s+hours?\s+(?:ago|earlier|before))\b/i;

/** A date of an earlier episode in the same sentence: the injury is an old one ("… from 2012", "ten years ago"). */
const EARLIER_EPISODE =
  /\b(?:(?:in|since|from|during)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier|previously|before)|as\s+an?\s+(?:child|boy|girl|teenager))\b/i;

/**
 * The note states a limb lost to an injury in this episode: a traumatic amputation told with today's time,
 * and no earlier date in the same sentence ("today: revision of his traumatic AKA from 2012" is an old one).
 */
function injuredThisEpisode(text: string, sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => {
    const line = text.slice(s.start, s.end);
    return TRAUMATIC_AMPUTATION.test(line) && THIS_EPISODE.test(line) && !EARLIER_EPISODE.test(line);
  });
}

/** A place a patient is seen at: a clinic or outpatients, an office, the emergency department, hospital. */
const VISIT_PLACE = String.raw`(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:clinic|outpatients?|outpatient\s+department|office|surgery|emergency\s+(?:department|room)|ED|A&E|casualty|hospital)`;
/** A visit: came back, came / went / was brought / was admitted to a place, was seen in one, attended one. */
const VISIT = String.raw`came\s+back|(?:came|went|returned|was\s+brought|was\s+(?:re-?)?admitted)\s+(?:in\s+)?to\s+${VISIT_PLACE}|(?:was|were)\s+seen\s+(?:in|at)\s+${VISIT_PLACE}|visited\s+${VISIT_PLACE}`;

/**
 * A presentation after the case's opening operation ("He now presents with …", "she returned with …",
 * "was referred …"), or a later time or state of the limb ("today the stump was opened", "subsequently",
 * "the stump has broken down"), not one before it ("he had presented with a crushed leg").
 */
const LATER_PRESENTATION = new RegExp(
  String.raw`(?<!\bhad\s+)\b(?:(?:now\s+)?(?:presents|presented|presenting|returns|returned|re-?presented|attends|attended)|now\s+(?:has|is|complains|reports)|was\s+(?:referred|readmitted|re-?admitted)|${VISIT}|today|subsequently|since\s+then|thereafter|(?:has|have)\s+(?:since\s+|now\s+|recently\s+|gradually\s+)?(?:broken|become|ulcerated|developed|failed|worn|grown|been\s+(?:painful|troublesome|infected|discharging)))\b`,
  'i',
);

/** The features that make today's amputation: a bone cut, the limb removed, a joint disarticulated. */
const AMPUTATING: readonly FeatureKey[] = [
  'femurCut',
  'limbRemoved',
  'kneeDisarticulation',
  'hipDisarticulation',
];

/**
 * Where today's amputation is first stated: the events' cuts and removals, and the affirmed lexicon
 * mentions of an amputating feature the note documents ("Left through-knee amputation left open").
 */
function amputationStart(
  text: string,
  sentences: Sentence[],
  features: Record<FeatureKey, Fact>,
  cuts: readonly number[],
): number | undefined {
  const starts = [...cuts];
  for (const key of AMPUTATING) {
    // A name counts where the note only names the operation (its anatomy then is the name's label).
    const documented = features[key].status === 'documented';
    for (const m of mentionsOf(featureLexicon[key], text, sentences))
      if (m.assertion === 'affirmed' && (documented || m.tag === 'name')) starts.push(m.match.start);
  }
  return starts.length > 0 ? Math.min(...starts) : undefined;
}

/**
 * Whether the note states a soft-tissue stump operation (a scar or neuroma excised, a stump revision):
 * with nothing cut, removed or disarticulated today, the stump it names is not one just made.
 */
function softTissueStumpOperation(text: string, sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => {
    if (!PERFORMED_SECTIONS.has(s.section)) return false;
    const m = SOFT_TISSUE_STUMP_OPERATION.exec(text.slice(s.start, s.end));
    if (!m) return false;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    return assertMention(text, s, span, { describedAct: true }) === 'affirmed';
  });
}

/** Words that place an amputation or stump in the thigh. */
const THIGH_NAMED = /above[\s-]+(?:the\s+)?knee|\bAKA?\b|trans-?femoral|thigh|femur|femoral/i;

/**
 * Where a sentence's words may begin for a side word: a sentence opening a line that a hard wrap broke
 * off ("physio for stump and Rt\nAKA stump care": the line before ends in a word, not a stop) reads the
 * line before too.
 */
function wrappedStart(text: string, sentence: Span): number {
  const before = text.slice(Math.max(0, sentence.start - 60), sentence.start);
  const m = /[A-Za-z0-9)][ \t]*\r?\n[ \t]*$/.exec(before);
  if (!m) return sentence.start;
  const lineEnd = sentence.start - (before.length - m.index) + 1;
  return Math.max(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd - 40);
}

/** Whether the words around a mention name only the other side than the operated one. */
function otherSideOnly(text: string, sentence: Span, match: Span, side: string | undefined): boolean {
  if (side === undefined) return false;
  const { start: from, end: to } = sideWindow(text, sentence, match);
  // The mention's own clause first ("s/p right AKA 2020, now left foot gangrene": the right is the
  // AKA's), then the whole window.
  const before = text.slice(from, match.start);
  const after = text.slice(match.end, to);
  const clause =
    before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1) +
    text.slice(match.start, match.end) +
    after.slice(0, after.search(/[,;]/) >= 0 ? after.search(/[,;]/) : after.length);
  const sidesOf = (words: string) => new Set([...words.matchAll(SIDE_IN)].map((x) => sideValue(x[0])));
  const own = sidesOf(clause);
  const sides = own.size > 0 ? own : sidesOf(text.slice(from, to));
  return sides.size === 1 && !sides.has(side);
}

/** Words for the stump of an earlier amputation. */
const STUMP_WORDS = /\b(?:stumps?|residual\s+(?:limb|femur|thigh)|amputation\s+(?:site|scar))\b/i;

/** The words around a mention that may name its side (the window `otherSideOnly` reads). */
const sideWindow = (text: string, sentence: Span, match: Span): Span => ({
  start: Math.max(wrappedStart(text, sentence), match.start - 40),
  end: Math.min(sentence.end, match.end + 20),
});

/** Whether a side word stands in the words around a mention. */
function sideNamed(text: string, sentence: Span, match: Span): boolean {
  const w = sideWindow(text, sentence, match);
  return [...text.slice(w.start, w.end).matchAll(SIDE_IN)].length > 0;
}

/**
 * A prior amputation named with a side, in a note that states no side for today's operation (only
 * earlier ones: the laterality then falls back to the history's side words): that it is the same leg
 * is not stated (DOMAIN: a prior amputation of the other leg does not count). The fact is kept and
 * marked inferred, so a decision turning on it goes to coder review.
 */
function withSideUnconfirmed(
  text: string,
  sentences: Sentence[],
  prior: Fact,
  mentions: readonly Mention[],
): Fact {
  // Only earlier amputations told as such ("s/p AKA lt. 2019", "an old left AKA"), not today's stump
  // operation named with its side ("Left AKA stump revision", a re-amputation), whose side is today's.
  if (prior.status !== 'documented' || mentions.length === 0) return prior;
  if (!mentions.every((m) => m.tag === undefined || m.tag === 'case-opener')) return prior;
  // An operation on the stump ("the stump scar was excised") is on the limb of the earlier amputation.
  const onStump = sentences.some(
    (x) => PERFORMED_SECTIONS.has(x.section) && STUMP_WORDS.test(text.slice(x.start, x.end)),
  );
  if (onStump) return prior;
  // Today's side: a side word of the operation, not one of the earlier amputations' own words.
  const windows = mentions.map((m) => sideWindow(text, m.sentence, m.match));
  const today = sideMentions(text, sentences).some(
    (m) =>
      m.assertion === 'affirmed' &&
      m.tag !== 'positioning' &&
      m.tag !== 'history' &&
      !windows.some((w) => m.match.start >= w.start && m.match.end <= w.end),
  );
  if (today || !mentions.every((m) => sideNamed(text, m.sentence, m.match))) return prior;
  return {
    ...prior,
    inferred: {
      rule: 'prior-amputation-side-unconfirmed',
      reason:
        "The earlier amputation is named with a side and the note states no side for today's operation: that it was the same leg is not stated.",
    },
  };
}

/** Whether the note states a prior below-knee amputation of this limb (not planned, not the other leg's). */
function distalPriorStated(text: string, sentences: Sentence[], side: string | undefined): boolean {
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    DISTAL_PRIOR.lastIndex = 0;
    for (let m = DISTAL_PRIOR.exec(slice); m !== null; m = DISTAL_PRIOR.exec(slice)) {
      const match = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (otherSideOnly(text, sentence, match, side)) continue;
      const a = assertMention(text, sentence, match, { allowHistorical: true, describedAct: true });
      if (a === 'affirmed') return true;
    }
  }
  return false;
}

interface Reading {
  features: Record<FeatureKey, Fact>;
  laterality: Fact;
  prior: Mention[];
}

/**
 * Bone cuts whose purpose is not the resection or the amputation, as data: each states what its
 * sentence says the cut is for, the features whose evidence it takes away, and (`unless`) what in the
 * same sentence makes the cut the resection after all.
 */
interface CutPurpose {
  id: string;
  pattern: RegExp;
  unless?: RegExp;
  features: readonly FeatureKey[];
  /**
   * The purpose may be stated in the next sentence of the same section when that sentence names this
   * bone ("the femoral shaft was osteotomised below the lesser trochanter. The proximal femur was then
   * harvested ..."), and the cut's own sentence does not make it the resection (`unless`).
   */
  nextNaming?: RegExp;
}

const CUT_PURPOSES: readonly CutPurpose[] = [
  // To lengthen, correct or fix the bone: a frame, fixator, nail or plate put on, distraction,
  // lengthening ("the femur is osteotomised and a monolateral frame applied"). The bone stays in the
  // limb: no amputation level and no resection.
  {
    id: 'corrective',
    pattern:
      /\b(?:lengthen\w*|distraction|osteogenesis|corrective\s+osteotom\w*|derotation\w*|(?:frame|fixator|nail|plate|rod)s?\s+(?:(?:is|was|were|are)\s+)?(?:then\s+)?(?:applied|inserted|placed|fitted|mounted)|(?:appl(?:y|ied|ication\s+of)|insert(?:ed|ion\s+of)?|plac(?:ed|ement\s+of))\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:frame|fixator|nail|plate|rod))\b/i,
    features: ['femurCut', 'boneResected'],
  },
  // To harvest a graft for the reconstruction: "the femoral head and neck were harvested with an
  // osteotomy of the femoral shaft", "the proximal femur was resected and used as an autograft", "a
  // tricortical graft was taken from the iliac crest", "resected for use as an autograft". The bone cut
  // is the donor's, not the tumour's: no femoral or pelvic resection and no amputation level. A sentence that names the tumour, a margin
  // or the recycling of the resected segment (irradiated, pasteurised, frozen, reimplanted) is the
  // resection's.
  {
    id: 'graft-harvest',
    pattern:
      /\b(?:harvest\w*|donor\s+site|(?:used|for\s+use)\s+(?:as|for|to|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:auto|bone\s+)?grafts?|autograft|struts?|reconstruct\w*|fill|bridge|rebuild|recreate)|(?:auto-?|bone\s+|strut\s+)?grafts?\s+(?:was|were)\s+(?:then\s+)?(?:taken|obtained|procured|raised|cut)\s+from)\b/i,
    // A tumour of the pelvis ("after excision of the pelvic tumour the femur was osteotomised, its
    // upper end harvested for the defect") is not the femur's: the donor cut stays a harvest.
    unless:
      /\b(?<!\b(?:pelvic|pelvis|acetabular|periacetabular|iliac|sacral|innominate)\s+)(?:tumou?rs?|sarcoma\w*|\w+omas?|lesions?|mass|metasta\w*)\b(?!\s+of\s+the\s+(?:pelvis|ilium|acetabulum|sacrum|innominate))|\b(?:en\s+bloc|margins?|irradiat\w*|pasteuri[sz]\w*|nitrogen|autoclav\w*|recycl\w*|re-?implant\w*|extracorporeal\w*)\b/i,
    features: ['femurCut', 'boneResected'],
    nextNaming: /\b(?:femur|femoral|trochanter\w*)\b/i,
  },
  // An iliac crest or iliac wing graft harvest cuts the pelvis for a graft, not for a pelvic tumour.
  {
    id: 'iliac-graft-harvest',
    pattern:
      /\b(?:(?:iliac\s+(?:crest|wing)|ilium)\b[^.;]{0,80}?\b(?:harvest\w*|grafts?|autograft|donor)|(?:harvest\w*|grafts?|autograft|donor)\b[^.;]{0,80}?\b(?:iliac\s+(?:crest|wing)|ilium))\b/i,
    unless:
      /\b(?:tumou?rs?|sarcoma\w*|\w+omas?|lesions?|mass|metasta\w*|en\s+bloc|margins?|acetabul\w*|rami|ramus|symphysis|sacroiliac|hemipelv\w*|innominate|amputat\w*|hind-?\s?quarter)\b/i,
    features: ['pelvicBoneResected', 'posteriorPelvicDivision'],
  },
];

/**
 * Where one clause of a sentence ends and the next begins: a semicolon or colon, a coordinator or a comma
 * before a new subject ("… en bloc with the tumour and the femur was divided …", "With the sarcoma out,
 * we divided …"). A participle after a comma ("…, harvesting the proximal femur") continues the clause.
 */
const CLAUSE_BOUNDARY =
  /[;:]|,\s*(?:and|but|then|while|whereas)\b|\b(?:and|but|then|while|whereas)\s+(?=(?:the|we|i|it|this|a|an|his|her)\b)|,\s*(?=(?:the|we|i|it|he|she|they|this)\b)/gi;

/** The clause of `line` (starting at `offset` in the note) that holds the span [start, end). */
function clauseOf(line: string, offset: number, start: number, end: number): string {
  let from = 0;
  let to = line.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(line); m !== null; m = CLAUSE_BOUNDARY.exec(line)) {
    const at = offset + m.index;
    if (at + m[0].length <= start) from = m.index + m[0].length;
    else if (at >= end) {
      to = m.index;
      break;
    }
    if (m[0].length === 0) CLAUSE_BOUNDARY.lastIndex++;
  }
  return line.slice(from, to);
}

/** The fact without the evidence whose sentence states a cut for another purpose; not mentioned when none is left. */
function withoutOtherPurposeCuts(
  text: string,
  sentences: readonly Sentence[],
  key: FeatureKey,
  fact: Fact,
  derived: readonly EventFeature[],
): Fact {
  if (fact.status !== 'documented') return fact;
  const purposes = CUT_PURPOSES.filter((p) => p.features.includes(key));
  // The purpose may be said anywhere in the sentence ("after harvesting the proximal femur, the shaft was
  // divided", "…, harvesting the proximal femur as a graft"); what makes the cut the resection (the tumour,
  // en bloc, a margin) only in the cut's own clause: "the acetabulum was resected en bloc with the tumour
  // and the femur was divided, harvesting the proximal femur" harvests a graft.
  const states = (p: CutPurpose, line: string, clause = line): boolean =>
    p.pattern.test(line) && !p.unless?.test(clause);
  const kept = fact.evidence.filter((e) => {
    const at = sentences.findIndex((x) => e.start >= x.start && e.start < x.end);
    const here = sentences[at];
    const line = here ? text.slice(here.start, here.end) : e.quote;
    // The clauses of the events that read this cut in the sentence (the evidence may be the whole
    // sentence; the lexicon's "we osteotomised the femur" is the event's femoral cut); the whole sentence
    // when no event read one there.
    const acts = here
      ? derived.filter(
          (d) =>
            purposes.some((p) => p.features.includes(d.feature)) &&
            d.status === 'documented' &&
            d.event.span.start >= here.start &&
            d.event.span.end <= here.end,
        )
      : [];
    const clause =
      here && acts.length > 0
        ? acts.map((d) => clauseOf(line, here.start, d.event.span.start, d.event.span.end)).join(' ; ')
        : line;
    const next = sentences[at + 1];
    const nextLine =
      here && next && next.section === here.section ? text.slice(next.start, next.end) : undefined;
    return !purposes.some(
      (p) =>
        states(p, line, clause) ||
        (p.nextNaming !== undefined &&
          nextLine !== undefined &&
          !p.unless?.test(line) &&
          states(p, nextLine) &&
          p.nextNaming.test(nextLine)),
    );
  });
  if (kept.length === fact.evidence.length) return fact;
  return kept.length > 0 ? { ...fact, evidence: kept } : { status: 'not_mentioned', evidence: [] };
}

/** The procedure features of a note read from the given sentences: lexicon, events, inference. */
/** Features a procedure's name also states (a disarticulation names the joint it separates). */
const NAMED_ANATOMY: readonly FeatureKey[] = ['hipDisarticulation', 'kneeDisarticulation'];

/**
 * A note whose only statement of the operation is its name (a case report's "she was treated with a
 * through-knee amputation", a bare procedure line: no act described, no other deciding fact documented,
 * a prior amputation included) only names it: the name is the procedure name (a label, the level
 * decision's fallback, label-only and coder review), not its anatomy. Beside other deciding facts the
 * name still states its joint, as it did.
 */
function namesOnly(text: string, sentences: Sentence[], features: Record<FeatureKey, Fact>): void {
  const others = [...DECIDING_ANATOMY, 'priorAmputation' as const].filter((k) => !NAMED_ANATOMY.includes(k));
  if (others.some((k) => features[k].status === 'documented')) return;
  for (const key of NAMED_ANATOMY) {
    if (features[key].status !== 'documented') continue;
    const mentions = mentionsOf(featureLexicon[key], text, sentences);
    features[key] = factFromMentions(
      text,
      mentions.filter((m) => m.tag !== 'name'),
    );
  }
}

/**
 * The wound left open. One told only by its dressing (packed, dressed open, not sutured: tag `dressing`)
 * is closed after all when the note states a closure after it ("the wound was packed while the
 * tourniquet was let down. The skin was then stapled"): the closure, stated later, decides.
 */
function openWound(text: string, sentences: Sentence[]): Fact {
  const mentions = narrativeOverNames(mentionsOf(featureLexicon.woundLeftOpen, text, sentences));
  const closedAt = mentions.filter((m) => m.assertion === 'negated').map((m) => m.match.start);
  const closedLater = (m: Mention): boolean => closedAt.some((c) => c > m.match.end);
  return factFromMentions(
    text,
    mentions.filter((m) => !(m.tag === 'dressing' && m.assertion === 'affirmed' && closedLater(m))),
  );
}

/** Today's femoral cut told as a re-cut of an existing femoral end: "re-cut", "shortened", "higher than the old end". */
const FEMUR_RECUT =
  /\b(?:re-?cut|re-?sawn|re-?sectioned|re-?transected|re-?divided|shortened|shortening|trimmed)\b|\b(?:higher|more\s+proximal(?:ly)?|proximal)\s+(?:to|than)\s+(?:the\s+)?(?:old|previous|prior|original|existing|index)\b/i;

/**
 * A prior amputation of unstated level whose femur is re-cut or shortened today was a thigh (or
 * through-knee) one: only an existing femoral end is re-cut. The re-cut is added to its evidence. An
 * earlier amputation of unstated level before a plain femoral cut keeps no level (it may have been a
 * failed below-knee one: 27590 and 27596 stay open).
 */
function levelFromRecut(prior: Fact, femurCut: Fact): Fact {
  if (prior.status !== 'documented' || prior.value !== undefined || femurCut.status !== 'documented')
    return prior;
  const recut = femurCut.evidence.filter((e) => FEMUR_RECUT.test(e.quote));
  if (recut.length === 0) return prior;
  return {
    ...prior,
    value: 'transfemoral (above-knee)',
    evidence: dedupeEvidence([...prior.evidence, ...recut]),
  };
}

/**
 * A curettage in a note whose only named bone lies outside the femur ("a proximal humeral cyst … curettage
 * of the lesion", "the calcaneal cyst was curetted") is no femoral curettage: not mentioned, so 27355-27357
 * stand on nothing (level undetermined, coder review). A note naming the femur, thigh, hip or knee keeps it.
 */
function femoralCurettage(text: string, curettage: Fact): Fact {
  if (curettage.status !== 'documented') return curettage;
  if (!CURETTAGE_OTHER_BONE.test(text) || CURETTAGE_FAMILY_SITE.test(text)) return curettage;
  return { status: 'not_mentioned', evidence: [] };
}

/**
 * A graft named but not told put in, beside a defect filled with cement only ("allograft chips were
 * opened … The cavity was filled with cement only"): the cement-only fill denies the graft. Inferred (a
 * reading of two statements), so a code that turns on it goes to coder review. A graft told packed,
 * filled or impacted keeps its place whatever else is said.
 */
function cementOnlyFill(text: string, sentences: Sentence[], graft: Fact): Fact {
  if (graft.status !== 'documented') return graft;
  const fill = sentences.find((s) => CEMENT_ONLY_FILL.test(text.slice(s.start, s.end)));
  if (!fill) return graft;
  const putIn = graft.evidence.some((e) => {
    const s = sentences.find((x) => e.start >= x.start && e.start < x.end);
    return GRAFT_PUT_IN.test(s ? text.slice(s.start, s.end) : e.quote);
  });
  if (putIn) return graft;
  return {
    status: 'negated',
    evidence: [
      { quote: text.slice(fill.start, fill.end).trim(), start: fill.start, end: fill.end, match: 'rule' },
    ],
    inferred: {
      rule: 'cement-only-fill',
      reason: 'The defect is told filled with cement only, and the graft named is not told put in.',
    },
  };
}

/** Today's wound stated closed: "the wound was closed primarily in layers", "skin closed with staples over a drain". */
const WOUND_CLOSED =
  /\b(?:wound|skin|incision|stump)\b[^.;\n]{0,40}?\b(?:was|were|is|are)\s+(?:then\s+|now\s+)?(?:closed|approximated|sutured|stapled)\b(?!\s+(?:partially|loosely|only\s+partly))|\b(?:wound|skin|incision)\s+(?:then\s+)?(?:closed|stapled|sutured)\s+(?:with|over|in|using|primarily)\b|\b(?:primary|layered)\s+closure\b|\bclosed\s+(?:primarily|in\s+layers)\b/i;

/**
 * An open wound told only before today's first cut (an earlier guillotine's packed wound, copied
 * forward or told in the history) is not today's when the note closes today's wound after the cut.
 */
function earlierOpenWound(text: string, sentences: Sentence[], open: Fact, cuts: readonly number[]): Fact {
  if (open.status !== 'documented') return open;
  if (cuts.length === 0 || !open.evidence.every((e) => e.end <= Math.min(...cuts)))
    return closedAsWell(text, sentences, open);
  const firstCut = Math.min(...cuts);
  const closedAfter = sentences.some(
    (x) =>
      x.start > firstCut &&
      PERFORMED_SECTIONS.has(x.section) &&
      WOUND_CLOSED.test(text.slice(x.start, x.end)),
  );
  return closedAfter ? { status: 'not_mentioned', evidence: [] } : open;
}

/** An autograft told by its harvest: "harvested from the iliac crest", "taken from her own fibula", "her own bone". */
const AUTOGRAFT_HARVEST =
  /\b(?:harvest\w*|taken\s+from|obtained\s+from|procured|own\s+(?:cancellous\s+|cortical\s+)?bone|iliac\s+crest)\b/i;

/**
 * A graft named as an autograft only by its name ("Bone grafting with autograft" in the procedure list, no
 * harvest told) while the note records an allograft put in ("Implants: cancellous allograft chips, 40 cc"):
 * the kind that decides 27356 or 27357 is stated two ways, so the fact carries the other kind's evidence.
 */
function graftKindsStatedTwoWays(text: string, sentences: Sentence[], graft: Fact): Fact {
  if (graft.status !== 'documented' || graft.value !== 'autograft') return graft;
  const affirmed = mentionsOf(featureLexicon.graft, text, sentences).filter(
    (m) => m.assertion === 'affirmed',
  );
  const auto = affirmed.filter((m) => m.value === 'autograft');
  const allo = affirmed.filter((m) => m.value === 'allograft');
  if (allo.length === 0 || auto.some((m) => AUTOGRAFT_HARVEST.test(text.slice(m.match.start, m.match.end))))
    return graft;
  const harvestTold = sentences.some(
    (x) => PERFORMED_SECTIONS.has(x.section) && /\bharvest\w*\b/i.test(text.slice(x.start, x.end)),
  );
  if (harvestTold) return graft;
  return {
    ...graft,
    conflicting: dedupeEvidence(allo.map((m) => evidenceFor(text, m.sentence, m.match))).slice(
      0,
      MAX_EVIDENCE,
    ),
  };
}

/**
 * Today's wound told left open and told closed ("Skin closed with staples over a drain" against "Wound
 * status: stump left OPEN and packed"): the note states it two ways; the fact carries the closure.
 */
function closedAsWell(text: string, sentences: Sentence[], open: Fact): Fact {
  const closed = sentences.filter(
    (x) =>
      PERFORMED_SECTIONS.has(x.section) &&
      WOUND_CLOSED.test(text.slice(x.start, x.end)) &&
      !open.evidence.some((e) => e.start < x.end && x.start < e.end) &&
      !/\b(?:open|partially|loosely|fascia\w*|muscles?)\b/i.test(text.slice(x.start, x.end)),
  );
  if (closed.length === 0) return open;
  // An addendum amends the body: "Correction: the stump was not closed; it was left open" outranks the
  // closure dictated before it, as an addendum's side does.
  const inAddendum = (start: number) =>
    sentences.some((x) => x.section === 'addendum' && start >= x.start && start < x.end);
  if (open.evidence.every((e) => inAddendum(e.start)) && closed.every((x) => x.section !== 'addendum'))
    return open;
  return {
    ...open,
    conflicting: closed.slice(0, MAX_EVIDENCE).map((x) => evidenceFor(text, x, x)),
  };
}

function readFeatures(text: string, sentences: Sentence[]): Reading {
  const features = Object.fromEntries(
    // Prior amputation and tumour size have readers of their own below.
    featureKeys.map((key) => [
      key,
      key === 'priorAmputation' || key === 'tumorSizeCm'
        ? { status: 'not_mentioned', evidence: [] }
        : extractFeature(featureLexicon[key], text, sentences),
    ]),
  ) as Record<FeatureKey, Fact>;
  features.tumorSizeCm = tumorSize(text, sentences);
  features.woundLeftOpen = openWound(text, sentences);
  const events = readEvents(text, sentences);
  const derived = featuresFromEvents(text, events);
  mergeEventFeatures(text, sentences, features, derived);
  // The prior amputation is read against the side of today's anatomy ("an old left AKA" in a note
  // whose femoral cut is on the right thigh is the other leg's).
  const laterality = sideOfDecidingAnatomy(text, sentences, features, extractLaterality(text, sentences));
  // Today's cut or removal, where the events read it or else where the lexicon's evidence has it (a
  // sentence the events miss, "the femur was found prominent and shortened by 3 cm").
  const cuts = derived
    .filter((d) => d.status === 'documented' && (d.feature === 'femurCut' || d.feature === 'limbRemoved'))
    .map((d) => d.event.span.start);
  if (cuts.length === 0)
    for (const key of ['femurCut', 'limbRemoved'] as const)
      if (features[key].status === 'documented') cuts.push(...features[key].evidence.map((e) => e.start));
  const prior = priorMentions(
    text,
    sentences,
    cuts.length > 0 ? Math.min(...cuts) : undefined,
    laterality.status === 'documented' ? String(laterality.value) : undefined,
    cuts.length === 0 &&
      features.limbRemoved.status !== 'documented' &&
      features.kneeDisarticulation.status !== 'documented' &&
      features.hipDisarticulation.status !== 'documented' &&
      (features.femurCut.status === 'negated' ||
        (features.femurCut.status === 'not_mentioned' && softTissueStumpOperation(text, sentences))),
    amputationStart(text, sentences, features, cuts),
    features.limbRemoved.status === 'documented',
  );
  features.priorAmputation = withSideUnconfirmed(text, sentences, factFromMentions(text, prior), prior);
  features.priorAmputation = levelFromRecut(features.priorAmputation, features.femurCut);
  features.woundLeftOpen = earlierOpenWound(text, sentences, features.woundLeftOpen, cuts);
  // Only a name when no event of this operation describes the disarticulation itself (other acts, a
  // vessel ligated or muscles excised, describe no joint separated).
  if (!derived.some((d) => d.status === 'documented' && NAMED_ANATOMY.includes(d.feature)))
    namesOnly(text, sentences, features);
  for (const key of ['femurCut', 'boneResected', 'pelvicBoneResected', 'posteriorPelvicDivision'] as const)
    features[key] = withoutOtherPurposeCuts(text, sentences, key, features[key], derived);
  features.curettage = femoralCurettage(text, features.curettage);
  features.graft = cementOnlyFill(text, sentences, features.graft);
  features.graft = graftKindsStatedTwoWays(text, sentences, features.graft);
  inferFeatures(text, sentences, features, events);
  features.softTissueTumorResection = both(
    features.softTissueTumorResection,
    extractTarget(softTissueTumorType, text, sentences),
  );
  return { features, laterality, prior };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * An addendum amends the note (issue 10): where the addendum, read on its own, states a feature
 * otherwise than the whole note does (the body said the wound was closed, the addendum that it was
 * left open and packed; a size measured again; "the knee was not disarticulated"), the later
 * statement is taken. It is marked inferred — that it supersedes the body is a reading, not a
 * statement — so that a decision turning on it goes to coder review.
 */
function amendFromAddendum(text: string, sentences: Sentence[], reading: Reading): void {
  const addendum = sentences.filter((s) => s.section === 'addendum');
  if (addendum.length === 0 || addendum.length === sentences.length) return;
  const later = readFeatures(text, addendum).features;
  for (const key of featureKeys) {
    const amended = later[key];
    const whole = reading.features[key];
    if (amended.status === 'not_mentioned' || amended.evidence.length === 0) continue;
    if (
      amended.status === whole.status &&
      (amended.value === undefined || sameValue(amended.value, whole.value))
    )
      continue;
    const body = whole.evidence.find((e) => !addendum.some((a) => e.start >= a.start && e.start < a.end));
    reading.features[key] = {
      ...amended,
      inferred: {
        rule: 'addendum-supersedes-body',
        reason: body
          ? 'An addendum states this otherwise than the body of the note; the later statement is taken.'
          : 'An addendum states this, and the rest of the note does not say the same; the later statement is taken.',
      },
    };
  }
}

/** The anatomy a level decision rests on: its side is the side of the coded procedure. */
const DECIDING_ANATOMY: readonly FeatureKey[] = [
  'posteriorPelvicDivision',
  'anteriorPelvicDivision',
  'hipDisarticulation',
  'kneeDisarticulation',
  'femurCut',
  'limbRemoved',
  'pelvicBoneResected',
  'iliumOrRamusResected',
  'acetabulumResected',
  'innominateResected',
  'boneResected',
  'softTissueTumorResection',
  'curettage',
];

/**
 * A note with two procedures on different sides (a left knee disarticulation and a right toe
 * amputation): where the side words disagree, the side stated where the deciding anatomy is
 * documented is the coded procedure's side. Only when that side is single, no addendum states a side and
 * the description does not contradict the title; otherwise unchanged.
 */
function sideOfDecidingAnatomy(
  text: string,
  sentences: Sentence[],
  features: Record<FeatureKey, Fact>,
  laterality: Fact,
): Fact {
  if (laterality.status !== 'documented') return laterality;
  // The description names only the other side against the title and diagnoses (lateralityFrom): the
  // deciding anatomy is told in that description, so its side is the contradiction, not a second procedure.
  if (laterality.conflicting !== undefined && laterality.conflicting.length > 0) return laterality;
  const mentions = sideMentions(text, sentences).filter((m) => m.assertion === 'affirmed');
  // An addendum's side is a correction of the whole note and stands (lateralityFrom).
  if (
    new Set(mentions.map((m) => m.value)).size < 2 ||
    mentions.some((m) => m.sentence.section === 'addendum')
  )
    return laterality;
  const spans = DECIDING_ANATOMY.flatMap((k) =>
    features[k].status === 'documented' ? features[k].evidence : [],
  );
  const atAnatomy = mentions.filter((m) =>
    spans.some((e) => m.match.start >= e.start && m.match.end <= e.end),
  );
  const sides = new Set(atAnatomy.map((m) => m.value));
  if (sides.size !== 1 || sides.has(laterality.value)) return laterality;
  return lateralityFrom(text, atAnatomy);
}

/** Runs every lexicon over the transcript and composes the elements. Pure and deterministic. */
export function extractWithRules(text: string): Extraction {
  // A note whose lines are framed (HL7 segments, table rows, speaker labels) is read in its frame view,
  // where "| Consent | signed |" reads as "Consent : signed"; every quote is then cut from the note itself.
  const view = frameView(text);
  return view === text ? extractFrom(text) : regrounded(extractFrom(view), text);
}

/** The extraction with every quote cut again from `text` at the same offsets (the view has the note's length). */
function regrounded(extraction: Extraction, text: string): Extraction {
  const cut = (e: Evidence): Evidence => ({ ...e, quote: text.slice(e.start, e.end) });
  const reground = (f: Fact): Fact => ({
    ...f,
    evidence: f.evidence.map(cut),
    ...(f.conflicting ? { conflicting: f.conflicting.map(cut) } : {}),
  });
  const each = <K extends string>(facts: Record<K, Fact>): Record<K, Fact> =>
    Object.fromEntries(Object.entries<Fact>(facts).map(([k, f]) => [k, reground(f)])) as Record<K, Fact>;
  return { ...extraction, elements: each(extraction.elements), features: each(extraction.features) };
}

function extractFrom(text: string): Extraction {
  const sentences = clinicalSentences(text);
  const reading = readFeatures(text, sentences);
  amendFromAddendum(text, sentences, reading);
  const { features, prior } = reading;
  const laterality = sideOfDecidingAnatomy(text, sentences, features, reading.laterality);

  const lexical = (key: ElementKey): Fact => {
    const lex = elementLexicon[key];
    return lex ? extractTarget(lex, text, sentences) : { status: 'not_mentioned', evidence: [] };
  };
  const priorLevel = factFromMentions(text, prior);
  const composed: Record<ElementKey, Fact> = {
    laterality,
    amputationLevel: amputationLevel(features),
    preopImaging: lexical('preopImaging'),
    diagnosisConfirmation: lexical('diagnosisConfirmation'),
    informedConsent: lexical('informedConsent'),
    tumorBoard: lexical('tumorBoard'),
    surgicalTeam: fromFeature(features.coSurgeon),
    priorAmputationLevel:
      priorLevel.status === 'documented' && priorLevel.value === undefined
        ? { status: 'not_mentioned', evidence: [] }
        : priorLevel,
    // The element is the level: a femoral cut with no level stated ("the femur was shortened") leaves it to the surgeon.
    newResectionLevel: newResectionLevel(features.femurCut),
    indication: lexical('indication'),
    reconstructionTechnique: lexical('reconstructionTechnique'),
    debridementDetail: debridementDetail(
      affirmedQuotes(featureLexicon.debridementPerformed, text, sentences),
    ),
    inpatientAdmission: inpatient(lexical('inpatientAdmission')),
    anatomicLocation: lexical('anatomicLocation'),
    marginIntent: marginIntent(lexical('marginIntent')),
    pathology: lexical('pathology'),
    reconstructionDetail: reconstructionDetail(
      affirmedQuotes(featureLexicon.reconstructionPerformed, text, sentences),
    ),
  };
  const elements = Object.fromEntries(elementKeys.map((k) => [k, composed[k]])) as Record<ElementKey, Fact>;
  return { elements, features, ungrounded: [], versions: { ...RULES_VERSIONS } };
}

/** The offline, deterministic extractor: the default when no API key is configured. */
export function createRulesExtractor(): Extractor {
  return {
    name: 'rules',
    versions: RULES_VERSIONS,
    extract: async (transcript) => extractWithRules(transcript),
  };
}
