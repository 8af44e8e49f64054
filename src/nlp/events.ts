import { type ContextHit, contextOf } from './context.ts';
import { literalIndexOf } from './literals.ts';
import {
  type ActionKind,
  AUXILIARIES,
  actionTerms,
  CONTRAST_OPENERS,
  COORDINATORS,
  FIRST_PERSON,
  FIRST_PERSON_ADVERBS,
  firstPersonActions,
  GAP_CONNECTORS,
  GAP_STATES,
  IRREGULAR_PAST,
  imperativeActions,
  LIKENESS_OPENERS,
  NP_FILLER,
  OBJECT_PREPOSITIONS,
  particleActions,
  SECTION_ACTION_UNLESS,
  SECTION_ACTIONS,
  SOFT_TISSUE_SITES,
  type StructureGroup,
  structureTerms,
  WIDE_MANNER,
} from './procedure-terms.ts';
import { tokenize } from './tokens.ts';
import type { Sentence, Span } from './types.ts';

/** A structure an action acts on, as found in the note. */
export interface StructureMention extends Span {
  id: string;
  group: StructureGroup;
  /** For a tumour, the structure it sits in as the note qualifies it ("thigh mass", "tumour of the femur"). */
  site?: StructureGroup;
}

/** When an event happened relative to this operation; `named`: only named, in a publication's title. */
export type EventTime = 'index' | 'history' | 'plan' | 'named';

/**
 * One procedure event read from a sentence: an action, the structures it acts on (patients), where
 * (location: "disarticulated at the hip joint"), how it was written, when, and its ConText assertion.
 */
export interface ProcedureEvent {
  action: ActionKind;
  /** The action's words as written. */
  actionSpan: Span;
  structures: StructureMention[];
  location?: StructureMention;
  /** How the action was tied to its structures. */
  voice: 'passive' | 'active' | 'nominal' | 'terse' | 'relative' | 'section' | 'fronted';
  /** The span from the first structure or action word to the last. */
  span: Span;
  sentence: Sentence;
  /** Why the event is not affirmed (negated, planned, historical), with the cue. */
  context?: ContextHit;
  time: EventTime;
  /** "entire", "whole", "complete", "total" qualifies the act or its object. */
  whole: boolean;
  /** The location was given as a level ("at the level of the ilium"): where, not what was acted on. */
  levelOnly?: boolean;
  /** The resection is qualified as wide in its sentence (en bloc, radical, compartmental, a cuff, a margin). */
  wide: boolean;
  /**
   * The sentence before whose clause gave a pronoun object its structure ("I cleared the femur 5 cm
   * above the old end. … I cut it there"): where the act's place is told.
   */
  antecedent?: Sentence;
}

interface Chunk extends Span {
  type: 'structure' | 'action' | 'word' | 'punct';
  norm: string;
  structure?: StructureMention;
  action?: ActionKind;
  /** A verb read from its first-person subject ("I now section the femur"): never a nominalisation. */
  verb?: boolean;
}

const BOUNDED = (source: string): string => `(?<![\\w-])(?:${source})(?![\\w-])`;
/** One pass finds where any structure starts; each term then tries at that place (sticky). */
const ANY_STRUCTURE = new RegExp(BOUNDED(structureTerms.flatMap((t) => t.patterns).join('|')), 'gi');
const compiledStructures = structureTerms.map((t) => ({
  term: t,
  re: new RegExp(BOUNDED(t.patterns.join('|')), 'iy'),
}));
const compiledActions = actionTerms.map((t) => ({
  kind: t.kind,
  re: new RegExp(`^(?:${t.patterns.join('|')})$`, 'i'),
}));
/** Any action term, whole: a word none spells is ruled out with one test instead of one per kind. */
const ANY_ACTION = new RegExp(
  `^(?:${actionTerms.map((t) => `(?:${t.patterns.join('|')})`).join('|')})$`,
  'i',
);
/** First letters of action words: most tokens are ruled out with one lookup. */
const ACTION_INITIALS = new Set(actionTerms.flatMap((t) => t.patterns.map((p) => p[0]?.toLowerCase() ?? '')));

/** Words between a qualifying structure and the tumour after it ("thigh intramuscular mass"): not a new phrase. */
const PRE_SITE_GAP = /^[\s-]*(?:(?!(?:and|or|with|of|the|a|an|to|from|in|was|were|is|are)\b)[a-z]+[\s-]+)?$/i;
/** Words between a tumour and the soft-tissue site named after it ("mass within sartorius"). */
const POST_SITE_GAP =
  /^\s+(?:of|in|within|from|arising\s+(?:from|in|within))\s+(?:the\s+)?(?:(?:left|right|L|R)\s+)?(?:(?:anterior|posterior|medial|lateral|proximal|distal|upper|lower|mid|inner|outer|anteromedial|anterolateral|posteromedial|posterolateral)[\s-]+){0,2}$/i;

/**
 * A tumour and the structure that says where it sits are one mention: "L thigh sarcoma", "distal femur
 * tumour" (qualifier before), "mass within sartorius" (a soft-tissue site after). The site is kept.
 */
function withSites(text: string, spans: StructureMention[]): StructureMention[] {
  const out: StructureMention[] = [];
  for (const m of spans) {
    const prev = out.at(-1);
    if (prev && m.group === 'lesion' && prev.group !== 'lesion' && !prev.site) {
      if (PRE_SITE_GAP.test(text.slice(prev.end, m.start))) {
        out[out.length - 1] = { ...m, start: prev.start, site: prev.group };
        continue;
      }
    }
    if (
      prev &&
      prev.group === 'lesion' &&
      !prev.site &&
      SOFT_TISSUE_SITES.includes(m.group) &&
      POST_SITE_GAP.test(text.slice(prev.end, m.start))
    ) {
      out[out.length - 1] = { ...prev, end: m.end, site: m.group };
      continue;
    }
    out.push(m);
  }
  return out;
}

type CompiledStructure = (typeof compiledStructures)[number];

/**
 * Structure spans of a sentence, leftmost-longest, no overlaps, in one pass over the sentence.
 * `terms`: the terms that may match in it (default all; `readEvents` passes those whose literals
 * the sentence holds). Any structure's match is one of theirs, so with none there is nothing to find.
 */
function structureSpans(
  text: string,
  s: Span,
  terms: readonly CompiledStructure[] = compiledStructures,
): StructureMention[] {
  if (terms.length === 0) return [];
  const slice = text.slice(s.start, s.end);
  const kept: StructureMention[] = [];
  ANY_STRUCTURE.lastIndex = 0;
  for (let m = ANY_STRUCTURE.exec(slice); m !== null; m = ANY_STRUCTURE.exec(slice)) {
    let best: { term: (typeof compiledStructures)[number]['term']; end: number } | undefined;
    for (const { term, re } of terms) {
      re.lastIndex = m.index;
      const x = re.exec(slice);
      if (x && (!best || m.index + x[0].length > best.end)) best = { term, end: m.index + x[0].length };
    }
    if (!best || best.end <= m.index) {
      ANY_STRUCTURE.lastIndex = m.index + 1;
      continue;
    }
    const raw = slice.slice(m.index, best.end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim().length > 0) {
      kept.push({
        id: best.term.id,
        group: best.term.group,
        start: s.start + m.index + lead,
        end: s.start + best.end,
      });
    }
    ANY_STRUCTURE.lastIndex = best.end;
  }
  return withSites(text, kept);
}

/**
 * "re-cut", "re-amputated", "recut", "resawn", "redivided": the action again. An unhyphenated "re" is
 * taken off only when the word is no action itself ("resected", "removed" stay) and the rest is one.
 */
function withoutRepeat(word: string): string {
  if (word.startsWith('re-')) return word.slice(3);
  if (!word.startsWith('re') || ANY_ACTION.test(word)) return word;
  return ANY_ACTION.test(word.slice(2)) ? word.slice(2) : word;
}

function actionOf(
  word: string,
  next: string | undefined,
): { kind: ActionKind; words: number; verb?: boolean } | undefined {
  const norm = withoutRepeat(word);
  if (!ACTION_INITIALS.has(norm[0] ?? '')) return undefined;
  if (next !== undefined) {
    const two = `${norm} ${next}`;
    if (ANY_ACTION.test(two)) {
      for (const a of compiledActions) if (a.re.test(two)) return { kind: a.kind, words: 2 };
    }
  }
  if (!ANY_ACTION.test(norm)) return undefined;
  for (const a of compiledActions) if (a.re.test(norm)) return { kind: a.kind, words: 1 };
  return undefined;
}

/** A verb that is an action only after "I" or "we" (and one adverb at most): "I now saw through the femur". */
function firstPersonAction(
  tokens: ReturnType<typeof tokenize>,
  i: number,
): { kind: ActionKind; words: number; verb?: boolean } | undefined {
  const imperative = imperativeActions.get(tokens[i]?.norm ?? '');
  if (imperative && sentenceHead(tokens, i)) return { kind: imperative, words: 1, verb: true };
  const kind = firstPersonActions.get(tokens[i]?.norm ?? '');
  if (!kind) return undefined;
  const prev = tokens[i - 1]?.norm ?? '';
  const subject = FIRST_PERSON_ADVERBS.has(prev) ? (tokens[i - 2]?.norm ?? '') : prev;
  return FIRST_PERSON.has(subject) ? { kind, words: 1, verb: true } : undefined;
}

/** Words that open a sentence with its subject: the sentence is no imperative. */
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'patient', 'surgeon', 'there']);

/**
 * Whether token `i` heads its sentence, or a clause coordinated with "and": before it only punctuation,
 * a list marker ("3.", "Step 3:") and one adverb ("Then", "Next,"); or "and" and at most one adverb
 * ("Strip the periosteum and then saw across the femur").
 */
function sentenceHead(tokens: ReturnType<typeof tokenize>, i: number): boolean {
  const prev = tokens[i - 1]?.norm;
  const and = prev !== undefined && FIRST_PERSON_ADVERBS.has(prev) ? tokens[i - 2]?.norm : prev;
  const before = tokens.slice(0, i);
  if (and === 'and') {
    const head = before.find(
      (t) => t.kind === 'word' && t.norm !== 'step' && !FIRST_PERSON_ADVERBS.has(t.norm),
    );
    return head !== undefined && !NP_FILLER.has(head.norm) && !SUBJECTS.has(head.norm);
  }
  const words = before.filter((t) => t.kind === 'word' && t.norm !== 'step');
  const numbers = before.filter((t) => t.kind === 'number');
  return (
    words.length <= 1 &&
    words.every((t) => FIRST_PERSON_ADVERBS.has(t.norm)) &&
    numbers.length <= 1 &&
    numbers.every((t) => t === before.find((b) => b.kind !== 'punct' && b.norm !== 'step'))
  );
}

/**
 * A terse note's "w/" and "w/o" at token `i` (the letters and their slash, no space between): the word
 * they stand for ("with", "without"), so that a phrase reads as it does spelled out.
 */
function shorthandAt(
  tokens: readonly { norm: string; start: number; end: number }[],
  i: number,
): { norm: string; end: number; tokens: number } | undefined {
  const t = tokens[i];
  const slash = tokens[i + 1];
  if (t?.norm !== 'w' || slash?.norm !== '/' || slash.start !== t.end) return undefined;
  const o = tokens[i + 2];
  if (o?.norm === 'o' && o.start === slash.end) return { norm: 'without', end: o.end, tokens: 3 };
  return { norm: 'with', end: slash.end, tokens: 2 };
}

/** The sentence as a sequence of structure, action, word and punctuation chunks. */
function chunk(text: string, s: Span, terms?: readonly CompiledStructure[]): Chunk[] {
  const structures = structureSpans(text, s, terms);
  const tokens = tokenize(text, s.start, s.end);
  const out: Chunk[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (k < structures.length && (structures[k] as StructureMention).end <= t.start) k++;
    const st = structures[k];
    if (st && t.start >= st.start && t.start < st.end) {
      out.push({ type: 'structure', norm: t.norm, start: st.start, end: st.end, structure: st });
      while (i + 1 < tokens.length && (tokens[i + 1] as { start: number }).start < st.end) i++;
      k++;
      continue;
    }
    const shorthand = t.kind === 'word' ? shorthandAt(tokens, i) : undefined;
    if (shorthand) {
      out.push({ type: 'word', norm: shorthand.norm, start: t.start, end: shorthand.end });
      i += shorthand.tokens - 1;
      continue;
    }
    if (t.kind === 'word') {
      const particle = particleActions.find((p) => {
        if (!p.verb.test(t.norm)) return false;
        const ahead = tokens.slice(i + 1, i + 1 + p.within);
        const stop = ahead.findIndex((x) => x.kind !== 'word' && x.kind !== 'number');
        return (stop < 0 ? ahead : ahead.slice(0, stop)).some((x) => x.norm === p.particle);
      });
      if (particle) {
        // "took off the leg": the particle is part of the action, its object follows.
        const next = tokens[i + 1];
        const joined = next?.norm === particle.particle ? next : t;
        out.push({ type: 'action', norm: t.norm, start: t.start, end: joined.end, action: particle.kind });
        if (joined !== t) i++;
        continue;
      }
      const act = actionOf(t.norm, tokens[i + 1]?.norm) ?? firstPersonAction(tokens, i);
      if (act) {
        const last = tokens[i + act.words - 1] ?? t;
        out.push({
          type: 'action',
          norm: t.norm,
          start: t.start,
          end: last.end,
          action: act.kind,
          ...(act.verb ? { verb: true } : {}),
        });
        i += act.words - 1;
        continue;
      }
      out.push({ type: 'word', norm: t.norm, start: t.start, end: t.end });
    } else {
      out.push({ type: t.kind === 'number' ? 'word' : 'punct', norm: t.norm, start: t.start, end: t.end });
    }
  }
  return out;
}

const WHOLE = new Set([
  'entire',
  'whole',
  'complete',
  'total',
  'completely',
  'entirely',
  'totally',
  'wholly',
]);
/** A whole-object adverbial right after an action: "completely", "in its entirety", "in toto", "in one piece". */
function wholeAfter(chunks: Chunk[], at: number): boolean {
  const words = chunks.slice(at, at + 3).map((c) => c.norm);
  return (
    WHOLE.has(words[0] ?? '') ||
    (words[0] === 'in' &&
      (words[2] === 'entirety' || words[1] === 'toto' || (words[1] === 'one' && words[2] === 'piece')))
  );
}
const NOMINAL = /(?:ion|ions|omy|omies|al|ment|ery)$/;
const VERBISH = /^[a-z]{3,}(?:ed|ing)$/;
const PARENTHETICAL_OPEN = new Set([
  'which',
  'that',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'though',
  'although',
  'now',
  'already',
  'having',
  'previously',
  'once',
  'after',
]);
const ACCOMPANY_OPEN = new Set(['together', 'along', 'with', 'including', 'plus']);
const RELATIVE = new Set(['which', 'that']);
/** Relative pronouns of a clause without commas ("the femur which was not involved was cut"). */
const BARE_RELATIVE = new Set(['which', 'who', 'that']);
/** Words that end a list scan: a new clause or a different relation. */
const STOP = new Set([
  'but',
  'or',
  'while',
  'whereas',
  'which',
  'then',
  'until',
  'so',
  'because',
  'after',
  'before',
  'when',
  'where',
  'to',
  'for',
  'into',
  'under',
  'over',
  'using',
  'by',
  // "the rotators were divided off the femur": detached from a structure, not cutting it.
  'off',
  'from',
  'away',
  'on',
  'onto',
  'upon',
  'around',
  'against',
  // "the tumour was resected with the biceps, without bone": what is left out is no object of the act.
  'without',
  // "the femur was divided, unlike the tibia": a contrast adjunct names no object.
  ...CONTRAST_OPENERS,
]);
/**
 * Prepositions of place or source: a structure after one is where the act was done, never what it
 * acted on ("the short rotators we cut near the femur", "the muscles around the femur were divided").
 */
const PLACE = new Set([
  'near',
  'beside',
  'around',
  'off',
  'from',
  'along',
  'alongside',
  'against',
  'about',
  'above',
  'below',
  'beneath',
  'behind',
  'beyond',
]);
/** A measure of distance before a place ("10 cm above the knee"). */
const MEASURE =
  /^(?:\d+(?:\.\d+)?|cm|mm|centimet(?:er|re)s?|inch(?:es)?|approximately|about|roughly|some|just|few|a|several|fingerbreadths?)$/;
/** Words before "to" that make it a place ("close to the bone", "next to the femur"). */
const PLACE_BEFORE_TO = new Set(['close', 'next', 'adjacent', 'near', 'closer', 'nearer']);
/**
 * Relative positions that make "to" a place read backwards from a verb ("the os coxae lateral to the
 * osteotomies was removed", "the femur distal to the cut was discarded"): only in a subject, where
 * the word cannot be an object's own qualifier ("resected the posterior acetabulum").
 */
const POSITION_BEFORE_TO = new Set([
  ...PLACE_BEFORE_TO,
  'lateral',
  'medial',
  'proximal',
  'distal',
  'anterior',
  'posterior',
  'superior',
  'inferior',
  'cranial',
  'caudal',
  'cephalad',
  'caudad',
  'superficial',
  'deep',
]);
/** Determiners and fillers between a place word and its object ("lateral to the cuts"). */
const PLACE_OBJECT_FILLER = new Set([
  'the',
  'a',
  'an',
  'our',
  'this',
  'that',
  'these',
  'those',
  'both',
  'two',
]);

/**
 * A place phrase whose object is the action word at chunk `at` ("lateral to the osteotomies", "distal to
 * the cut"), read backwards: the index of its first word, else -1.
 */
function placeOpening(chunks: Chunk[], at: number): number {
  let j = at - 1;
  while (j >= 0 && PLACE_OBJECT_FILLER.has((chunks[j] as Chunk).norm)) j--;
  const c = chunks[j] as Chunk | undefined;
  if (c?.type !== 'word') return -1;
  if (PLACE.has(c.norm)) return j;
  if (c.norm === 'to' && POSITION_BEFORE_TO.has((chunks[j - 1] as Chunk | undefined)?.norm ?? ''))
    return j - 1;
  return -1;
}
/** Subject pronouns of an active clause: "the femur we divided", "the limb I sent to pathology". */
const SUBJECT_PRONOUNS = new Set(['we', 'i', 'they', 'he', 'she']);
/** Words that may stand between the fronted subject pronoun and its verb ("the femur we then divided"). */
const ADVERB_BEFORE_VERB = /^(?:then|also|next|subsequently|finally|first|again|\w+ly)$/;
/** Words before a subject pronoun that are not a fronted object ("then we cut", "after that we"). */
const NOT_FRONTED =
  /^(?:then|now|next|first|finally|and|but|or|so|here|there|also|thereafter|afterwards|later|today|again|once|after|before|when|while|where|that|which|if|as|because|\w+ly|[a-z]+ing)$/;
const MAX_SCAN = 24;
/** A denial is no state of a structure: "division of the SI joint and the symphysis was not performed". */
const DENIALS = new Set(['not', 'no', 'never']);
/** Words after the verb "left" (never after the side word): a determiner or a pronoun. */
const LEFT_OBJECT = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'it',
  'them',
  'both',
  'this',
  'that',
]);
/** Head nouns that name a part of the structure before them ("the femur segment was resected"). */
const HEAD_PARTS = new Set([
  'segment',
  'shaft',
  'portion',
  'part',
  'piece',
  'remnant',
  'end',
  'block',
  'specimen',
  'en',
  'bloc',
]);
/** Head nouns that a structure word can only qualify. */
const LESION =
  /^(?:tumou?rs?|mass(?:es)?|lesions?|cysts?|sarcomas?|neoplasms?|metastas[ie]s|deposits?|\w+omas?)$/;

/**
 * A place word with no object at chunk `at` ("behind", "from behind", before a connector or the end):
 * the number of chunks the adverb takes, else 0.
 */
function placeAdverb(chunks: Chunk[], at: number): number {
  const closes = (c: Chunk | undefined): boolean => !c || c.type === 'punct' || GAP_CONNECTORS.has(c.norm);
  const c = chunks[at] as Chunk;
  if (!PLACE.has(c.norm) || c.norm === 'from') {
    if (c.norm !== 'from') return 0;
    const next = chunks[at + 1] as Chunk | undefined;
    return next && PLACE.has(next.norm) && closes(chunks[at + 2] as Chunk | undefined) ? 2 : 0;
  }
  return closes(chunks[at + 1] as Chunk | undefined) ? 1 : 0;
}

/** The chunk after a parenthesis set off by commas that opens at `comma` (", with its vessels intact,"). */
function afterParenthesis(chunks: readonly Chunk[], comma: number): Chunk | undefined {
  for (let k = comma + 1; k < chunks.length && k <= comma + 8; k++) {
    const c = chunks[k] as Chunk;
    if (c.norm === ',') return chunks[k + 1];
    if (c.type === 'punct' || c.type === 'action') return undefined;
  }
  return undefined;
}

/** Words inside a list of structures besides the structures: coordinators, commas and determiners. */
const LIST_FILLERS = new Set([
  'and',
  'or',
  ',',
  'the',
  'a',
  'an',
  'both',
  'its',
  'his',
  'her',
  'their',
  'entire',
  'whole',
]);
/** A coordinated subject's verb agrees in the plural ("the acetabulum and the pelvis were"). */
const PLURAL_AUXILIARIES = new Set(['were', 'are', 'have']);
/**
 * The plural auxiliary after a list of structures that goes on after structure `j` (", the acetabulum and
 * the pelvis were"), when at least one more member is in it: the list is that verb's subject. A singular
 * verb has only the last member for its subject ("… with the tumour and the femur was divided"), and a
 * predicate after ", and" is the clause's own ("…, both cruciates and the capsule, and took the leg off").
 */
function afterStructureList(chunks: readonly Chunk[], j: number): Chunk | undefined {
  let more = false;
  let words = 0;
  for (let k = j + 1; k < chunks.length && k <= j + 8; k++) {
    const c = chunks[k] as Chunk;
    const prev = chunks[k - 1] as Chunk;
    if (c.type === 'structure') more = true;
    else if (c.type === 'action' || AUXILIARIES.has(c.norm))
      return more && PLURAL_AUXILIARIES.has(c.norm) ? c : undefined;
    else if (LIST_FILLERS.has(c.norm)) continue;
    // A member the term list does not know ("the pelvis"), one or two words after a filler.
    else if (c.type === 'word' && words < 2 && (LIST_FILLERS.has(prev.norm) || words > 0)) {
      words++;
      more = true;
    } else return undefined;
  }
  return undefined;
}

/** Words that open a reason clause ("as", "since"; "because" is a STOP): a clause only when a subject and its verb follow. */
const REASON_OPENERS = new Set(['as', 'since']);
const REASON_VERBS = new Set(['could', 'would', 'can', 'cannot', 'did', 'had', 'has', 'have']);
/** Whether a subject (one to four words) and its finite verb follow chunk `from`, before any punctuation. */
function reasonClauseAt(chunks: readonly Chunk[], from: number): boolean {
  for (let k = from + 1; k < chunks.length && k <= from + 4; k++) {
    const c = chunks[k] as Chunk;
    if (c.type === 'punct' || c.type === 'action') return false;
    if (AUXILIARIES.has(c.norm) || REASON_VERBS.has(c.norm)) return true;
  }
  return false;
}

/** Nouns and participles of keeping: the structure after them is kept, not acted on. */
const KEEPING_NOUNS: ReadonlySet<string> = new Set([
  'preservation',
  'preserving',
  'sparing',
  'salvage',
  'salvaging',
  'retention',
  'retaining',
  'saving',
]);

/** Structures of a coordinated list starting at chunk `from`, scanning forward. */
function forwardList(
  chunks: Chunk[],
  from: number,
): {
  structures: StructureMention[];
  whole: boolean;
  atLocation?: StructureMention;
  levelOnly?: boolean;
  accompanying?: boolean;
  gapped?: boolean;
} {
  const structures: StructureMention[] = [];
  // Gapped coordination: the list opens after a connector ("…, the symphysis in front", "… and the tibia
  // distally"), with no preposition before it, and its conjunct has no verb or state of its own.
  let connector = false;
  let prepositional = false;
  let gapped = false;
  /** The gapped conjunct has ended (a comma or "and" after its object): a later clause's words are its own. */
  let tailClosed = false;
  let whole = false;
  // The list opens with "with", "together with", "including": what is taken along with the subject.
  let accompanying = false;
  let unknown = 0;
  let atLocation: StructureMention | undefined;
  let levelOnly = false;
  let lastPrep = '';
  let level = false;
  let coordinated = false;
  // "Division of the symphysis and the SI joint was performed": a nominal action's list is its subject.
  const nominal = NOMINAL.test((chunks[from - 1] as Chunk | undefined)?.norm ?? '');
  // "(resection of the whole innominate bone), limb preserved": a parenthesis the act stands in closes
  // its object list; one opened inside the list ("the SI joint (and the ilium)") does not.
  let open = 0;
  for (let j = from; j < chunks.length && j < from + MAX_SCAN; j++) {
    const c = chunks[j] as Chunk;
    // "the hip was disarticulated as the limb could not be kept": a reason clause is not the act's object.
    if (REASON_OPENERS.has(c.norm) && reasonClauseAt(chunks, j + 1)) break;
    if (c.type === 'structure' && c.structure) {
      const next = chunks[j + 1] as Chunk | undefined;
      // "excision of the distal femur tumor": the structure only qualifies the head noun.
      if (LESION.test(next?.norm ?? '')) break;
      // "… removed en bloc, and the leg was preserved": after a coordinator, a structure followed by
      // its own verb is the subject of a new clause, not another object.
      // So does one followed by a state of its own: "the SI joint was divided and the symphysis left
      // intact" spares the symphysis; it is neither a second object nor where the division was.
      // Its verb may follow a parenthesis set off by commas: "and the limb, with its vessels intact, was
      // preserved".
      const own = next?.norm === ',' ? afterParenthesis(chunks, j + 1) : next;
      // So is a list of structures that goes on to its own verb: "the ilium was not cut, the acetabulum
      // and the pelvis were preserved" (the acetabulum is kept with the pelvis, not cut).
      const listVerb = afterStructureList(chunks, j);
      if (
        coordinated &&
        !nominal &&
        (own?.type === 'action' ||
          listVerb !== undefined ||
          (own?.type === 'word' &&
            (AUXILIARIES.has(own.norm) ||
              (own === next &&
                (VERBISH.test(own.norm) || IRREGULAR_PAST.has(own.norm) || GAP_STATES.has(own.norm))))))
      )
        break;
      // "After the en bloc resection of the tumour, the femur was cut": a nominal's list ends where a
      // structure has its own auxiliary and action (a new clause), not a predicate of doing ("… and the SI
      // joint was performed").
      // So is one with a state or a verb of its own: "resection of the innominate bone through the SI joint
      // and the symphysis, and the limb was preserved" (the limb is kept, not resected).
      if (
        coordinated &&
        nominal &&
        next !== undefined &&
        AUXILIARIES.has(next.norm) &&
        chunks
          .slice(j + 2, j + 5)
          .some(
            (x) =>
              x.type === 'action' || (x.type === 'word' && GAP_STATES.has(x.norm) && !DENIALS.has(x.norm)),
          )
      )
        break;
      if (level) {
        // "at the level of the ilium" says where, not what was divided.
        if (!atLocation) {
          atLocation = c.structure;
          levelOnly = true;
        }
        level = false;
        continue;
      }
      if (lastPrep === 'at' && !atLocation) {
        atLocation = c.structure;
        lastPrep = '';
        continue;
      }
      if (structures.length === 0) gapped = connector && !prepositional && !accompanying;
      structures.push(c.structure);
      unknown = 0;
      continue;
    }
    if (structures.length === 0) {
      if (GAP_CONNECTORS.has(c.norm)) connector = true;
      else if (
        (OBJECT_PREPOSITIONS.has(c.norm) || STOP.has(c.norm) || PLACE.has(c.norm)) &&
        // "divided behind, the symphysis in front": a preposition with no object is an adverb.
        !GAP_CONNECTORS.has((chunks[j + 1] as Chunk | undefined)?.norm ?? '.') &&
        placeAdverb(chunks, j) === 0
      )
        prepositional = true;
    } else if (c.norm === 'and' || c.type === 'punct') tailClosed = true;
    else if (
      gapped &&
      !tailClosed &&
      (c.type === 'action' ||
        GAP_STATES.has(c.norm) ||
        AUXILIARIES.has(c.norm) ||
        VERBISH.test(c.norm) ||
        IRREGULAR_PAST.has(c.norm))
    )
      gapped = false;
    if (c.type === 'action') break;
    if (c.type === 'punct') {
      // Commas and dashes continue a list ("at two points — the symphysis anteriorly and the SI joint").
      if (c.norm === '(') open++;
      if (c.norm === ')' && open-- === 0) break;
      if ([',', '&', '-', '(', ')', '—', '–', ':'].includes(c.norm)) {
        if (c.norm === ',' || c.norm === '&') coordinated = true;
        continue;
      }
      break;
    }
    // "removed completely with preservation of the extremity": what is kept is no object of the act.
    if (KEEPING_NOUNS.has(c.norm)) break;
    if (WHOLE.has(c.norm)) whole = true;
    if (structures.length === 0 && ACCOMPANY_OPEN.has(c.norm)) accompanying = true;
    if (c.norm === 'level' || c.norm === 'levels') {
      level = true;
      continue;
    }
    if (OBJECT_PREPOSITIONS.has(c.norm)) {
      lastPrep = c.norm;
      continue;
    }
    if (COORDINATORS.has(c.norm)) coordinated = true;
    // "we divided the SI joint and left the symphysis intact": "left" before a determiner is the verb of
    // a sparing predicate, not a side; what follows it is no object of this act.
    if (
      structures.length > 0 &&
      c.norm === 'left' &&
      LEFT_OBJECT.has((chunks[j + 1] as Chunk | undefined)?.norm ?? '')
    )
      break;
    if (NP_FILLER.has(c.norm) || COORDINATORS.has(c.norm) || /^\w+ly$/.test(c.norm)) continue;
    // "divided behind, the symphysis in front", "divided from behind and …": a place word with no object
    // is an adverb, and the list goes on.
    const adverbial = placeAdverb(chunks, j);
    if (adverbial > 0) {
      j += adverbial - 1;
      continue;
    }
    // "cut near the femur", "divided close to the bone": a place, never the object.
    if (PLACE.has(c.norm) || PLACE_BEFORE_TO.has(c.norm)) break;
    if (STOP.has(c.norm) || AUXILIARIES.has(c.norm) || c.norm === 'not' || c.norm === 'no') break;
    if (VERBISH.test(c.norm) || IRREGULAR_PAST.has(c.norm)) break;
    // "which cuts the femur and leaves a stump, …": a word right after "and" that is neither a filler nor
    // a structure opens another predicate, not another object.
    if (structures.length > 0 && (chunks[j - 1] as Chunk).norm === 'and' && !/^\d/.test(c.norm)) break;
    lastPrep = '';
    unknown++;
    if (unknown > (structures.length === 0 ? 4 : 2)) break;
  }
  const out: {
    structures: StructureMention[];
    whole: boolean;
    atLocation?: StructureMention;
    levelOnly?: boolean;
    accompanying?: boolean;
    gapped?: boolean;
  } = {
    structures,
    whole,
  };
  if (gapped && structures.length > 0) out.gapped = true;
  if (atLocation) out.atLocation = atLocation;
  if (levelOnly) out.levelOnly = true;
  if (accompanying && structures.length > 0) out.accompanying = true;
  return out;
}

/**
 * Structures of the subject of a passive action at chunk `auxAt` (the auxiliary), scanning back
 * over a coordinated list, accompanying appositives ("the femur, together with the prosthesis,")
 * and parenthetical or relative clauses ("the femur, which had been exposed,"); a negated
 * appositive (", not the ilium,") is left out.
 */
function backwardSubject(
  chunks: Chunk[],
  auxAt: number,
): { structures: StructureMention[]; whole: boolean; voice: 'passive' | 'relative' } {
  let i = auxAt - 1;
  let voice: 'passive' | 'relative' = 'passive';
  // "the ilium, which was then divided": the relative pronoun points at the noun before the comma.
  if (i >= 0 && RELATIVE.has((chunks[i] as Chunk).norm)) {
    voice = 'relative';
    i--;
    if (i >= 0 && (chunks[i] as Chunk).norm === ',') i--;
  } else {
    // An unpunctuated relative clause between the subject and its verb: "the symphysis pubis which
    // the tumour did not reach was divided" (the subject is the structure before the pronoun).
    for (let j = i - 1; j > 0 && j > auxAt - 12; j--) {
      const c = chunks[j] as Chunk;
      if (c.type === 'punct' || c.type === 'action') break;
      if (BARE_RELATIVE.has(c.norm) && (chunks[j - 1] as Chunk).type === 'structure') {
        i = j - 1;
        break;
      }
    }
  }
  const structures: StructureMention[] = [];
  let whole = false;
  let unknown = 0;
  // The word right before the auxiliary is the subject's head: "the bone bank allograft was cut" cuts
  // an allograft, not bone; a structure before another noun only qualifies it.
  let headIsOther = false;
  /** Structures read since the last list connector: the object of a place preposition, if one comes. */
  let sinceList = 0;
  /** The opening comma of a parenthetical just passed over, read again as a possible closer. */
  let reread = -1;
  /** Just passed a place preposition: a measure before it ("10 cm above") is skipped. */
  let afterPlace = false;
  /** Structures read when the last "and" was passed (-1: none passed). */
  let andMark = -1;
  /**
   * "The acetabulum was resected with the tumour and the femur was divided": what stands before the
   * "and" is the object of the verb before it, not part of this subject.
   */
  const objectOfVerbBefore = (): void => {
    if (andMark >= 0 && structures.length > andMark) structures.splice(0, structures.length - andMark);
  };
  for (let steps = 0; i >= 0 && steps < MAX_SCAN; i--, steps++) {
    const c = chunks[i] as Chunk;
    if (c.type === 'structure' && c.structure) {
      if (headIsOther && structures.length === 0) break;
      structures.unshift(c.structure);
      sinceList++;
      unknown = 0;
      continue;
    }
    if (COORDINATORS.has(c.norm)) sinceList = 0;
    if (c.norm === 'and') andMark = structures.length;
    if (c.norm === ')') {
      // A parenthesis between the subject and its verb: "the femur (the knee was not opened) was sawn".
      let open = -1;
      for (let j = i - 1; j >= 0 && j > i - MAX_SCAN; j--) {
        if ((chunks[j] as Chunk).norm === '(') {
          open = j;
          break;
        }
      }
      if (open >= 0) {
        i = open;
        continue;
      }
      break;
    }
    if (c.norm === ',') {
      // A parenthetical between two commas: find its opening comma and decide by its first word.
      let open = -1;
      for (let j = i - 1; j >= 0 && j > i - 14; j--) {
        if ((chunks[j] as Chunk).norm === ',') {
          open = j;
          break;
        }
      }
      const first = open >= 0 ? (chunks[open + 1] as Chunk | undefined) : undefined;
      if (
        first &&
        open + 1 < i &&
        (PARENTHETICAL_OPEN.has(first.norm) ||
          ACCOMPANY_OPEN.has(first.norm) ||
          first.norm === 'not' ||
          // "the sacroiliac joint, untouched by tumour, was divided", "the acetabulum, sparing the
          // femoral head, was resected": a participle opens it.
          (first.type === 'word' && VERBISH.test(first.norm)))
      ) {
        if (ACCOMPANY_OPEN.has(first.norm)) {
          for (let j = open + 1; j < i; j++) {
            const s = (chunks[j] as Chunk).structure;
            if (s) structures.unshift(s);
          }
        }
        // The opening comma may close an earlier parenthetical ("the SI joint, untouched by tumour,
        // which ..., was divided"): it is read again.
        i = open + 1;
        reread = open;
        continue;
      }
      // A list of subjects runs back over a comma only into another noun phrase: a fronted adjunct
      // before it ("Unlike the left leg, the right femur was divided", "Preserving the femoral head, the
      // ilium was resected") names no subject.
      if ((structures.length > 0 || i === reread) && !frontedAdjunctBefore(chunks, i)) continue;
      break;
    }
    // "the os coxae lateral to the osteotomies was removed": an action that is a place's object names
    // where the subject ends, not a verb before it.
    const place = c.type === 'action' && voice !== 'relative' ? placeOpening(chunks, i) : -1;
    if (c.type === 'action' && place < 0) {
      objectOfVerbBefore();
      break;
    }
    if (c.type === 'punct') break;
    if (WHOLE.has(c.norm)) whole = true;
    if (place < 0 && (NP_FILLER.has(c.norm) || COORDINATORS.has(c.norm) || OBJECT_PREPOSITIONS.has(c.norm)))
      continue;
    // "the muscles around the femur were divided": the structures read so far are a place, not the subject.
    const positionTo =
      c.norm === 'to' && POSITION_BEFORE_TO.has((chunks[i - 1] as Chunk | undefined)?.norm ?? '');
    if (place >= 0 || PLACE.has(c.norm) || positionTo) {
      // The head of a relative clause is the noun before it, whatever governs it ("the soft tissue was
      // cleared from the femur, which was then divided").
      if (voice === 'relative') break;
      // "the femur 10 cm above the knee was cut": the head comes before the place and its measure.
      structures.splice(0, sinceList);
      sinceList = 0;
      unknown = 0;
      afterPlace = true;
      // The words of the place phrase qualify its object, not the subject's head ("lateral to the cuts").
      headIsOther = false;
      if (place >= 0) i = place;
      else if (positionTo) i--;
      continue;
    }
    if (afterPlace && MEASURE.test(c.norm)) continue;
    afterPlace = false;
    if (VERBISH.test(c.norm) || IRREGULAR_PAST.has(c.norm)) {
      objectOfVerbBefore();
      break;
    }
    if (STOP.has(c.norm) || AUXILIARIES.has(c.norm)) break;
    if (structures.length === 0 && c.type === 'word' && /^[a-z]/.test(c.norm) && !HEAD_PARTS.has(c.norm))
      headIsOther = true;
    unknown++;
    if (unknown > 2) break;
  }
  return { structures, whole, voice };
}

/**
 * Auxiliary before an action, allowing a few adverbs ("was then carefully divided") and coordinated
 * participles ("is then exposed and transected", "were ligated and divided").
 */
function auxiliaryBefore(chunks: Chunk[], at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 9; i--) {
    const c = chunks[i] as Chunk;
    // A coordinated participle before this one ("not re-cut or shortened", "ligated and divided").
    if (c.type === 'action' && (/ed$/.test(c.norm) || (chunks[i + 1] as Chunk).type === 'word')) continue;
    // "was, however, not re-cut": commas around an adverb.
    if (c.type === 'punct' && c.norm === ',') continue;
    if (c.type !== 'word') return -1;
    if (AUXILIARIES.has(c.norm)) return i;
    // "not re-cut or shortened", "neither cut nor shortened": coordinated participles.
    if (c.norm === 'and' || c.norm === 'or' || c.norm === 'nor' || VERBISH.test(c.norm)) continue;
    if (!(c.norm.endsWith('ly') || VERB_ADVERBS.has(c.norm))) return -1;
  }
  return -1;
}

/** Words that end the scan back to a first participle: a new clause or another subject's predicate. */
const COORDINATION_STOPS = new Set(['and', 'or', 'but', 'which', 'who', 'that', 'while', 'whereas', 'then']);

/**
 * The auxiliary of an action, or of the first participle it is coordinated with after that one's own
 * phrase: "the femur was cleared with an elevator and transected", "… exposed subperiosteally through a
 * lateral approach and then divided". Only "and" (or "and then") right before the action, and back from
 * it words and a comma at most, no punctuation, no structure with a verb of its own.
 */
function auxOrCoordinated(chunks: Chunk[], at: number): number {
  const own = auxiliaryBefore(chunks, at);
  if (own >= 0) return own;
  let j = at - 1;
  if ((chunks[j] as Chunk | undefined)?.norm === 'then') j--;
  if ((chunks[j] as Chunk | undefined)?.norm !== 'and') return -1;
  for (let k = j - 1; k >= 0 && k >= j - 9; k--) {
    const c = chunks[k] as Chunk;
    if (c.type === 'punct' && c.norm !== ',') return -1;
    if (c.type === 'word' && (COORDINATION_STOPS.has(c.norm) || AUXILIARIES.has(c.norm))) return -1;
    const participle =
      (c.type === 'action' && /ed$/.test(c.norm)) || (c.type === 'word' && /^[a-z]{3,}ed$/.test(c.norm));
    if (participle) return k < j - 1 ? auxiliaryBefore(chunks, k) : -1;
  }
  return -1;
}

/** Adverbs that may stand between an auxiliary and its participle ("was therefore not re-cut"). */
const VERB_ADVERBS = new Set([
  'then',
  'also',
  'subsequently',
  'not',
  'never',
  'neither',
  'therefore',
  'thus',
  'hence',
  'however',
  'consequently',
  'accordingly',
  'again',
  'further',
  'still',
  'yet',
  'so',
  'in',
  'fact',
  'instead',
  'ever',
]);

/** Words linking a second predicate to the first, after "and" or in its place ("and therefore was", "so was"). */
const PREDICATE_LINKS = new Set([
  'so',
  'therefore',
  'thus',
  'hence',
  'consequently',
  'accordingly',
  'then',
  'instead',
  'subsequently',
  'ultimately',
  'eventually',
  'finally',
]);
/** Modals and negations of an auxiliary chain ("could not be", "cannot be", "was never"). */
const CHAIN_WORDS = new Set(['could', 'can', 'cannot', 'would', 'might', 'may', 'not', 'never', 'still']);

/**
 * The first auxiliary of an earlier predicate that shares its subject with the passive at chunk `aux`:
 * "the knee could not be kept and was therefore disarticulated", "the limb could not be salvaged and so
 * was amputated", "the femur was beyond repair and was divided". Between the two predicates stand "and"
 * and/or a link ("so", "therefore"); the earlier predicate is a few words (a participle, an adjective,
 * "beyond salvage") after an auxiliary chain, no structure or action among them. -1 when there is none.
 */
function sharedSubjectAux(chunks: Chunk[], aux: number): number {
  let j = aux - 1;
  let linked = false;
  while (j >= 0 && (PREDICATE_LINKS.has((chunks[j] as Chunk).norm) || (chunks[j] as Chunk).norm === ',')) {
    if ((chunks[j] as Chunk).norm !== ',') linked = true;
    j--;
  }
  if (j >= 0 && (chunks[j] as Chunk).norm === 'and') {
    linked = true;
    j--;
    if (j >= 0 && (chunks[j] as Chunk).norm === ',') j--;
  }
  if (!linked) return -1;
  let words = 0;
  while (
    j >= 0 &&
    words < 4 &&
    (chunks[j] as Chunk).type === 'word' &&
    !AUXILIARIES.has((chunks[j] as Chunk).norm) &&
    !CHAIN_WORDS.has((chunks[j] as Chunk).norm)
  ) {
    j--;
    words++;
  }
  if (words === 0) return -1;
  let first = -1;
  while (
    j >= 0 &&
    (chunks[j] as Chunk).type === 'word' &&
    (AUXILIARIES.has((chunks[j] as Chunk).norm) || CHAIN_WORDS.has((chunks[j] as Chunk).norm))
  ) {
    if (!['not', 'never', 'still'].includes((chunks[j] as Chunk).norm)) first = j;
    j--;
  }
  return first >= 0 && j >= 0 && (chunks[j] as Chunk).type === 'structure' ? first : -1;
}

/** Particles of a phrasal verb before a coordinated one ("we pulled down and cut"). */
const PARTICLES = new Set(['down', 'up', 'out', 'back', 'away', 'through']);

/**
 * The subject pronoun of an active verb at chunk `at` ("we divided", "we then cut", "we pulled down
 * and cut"), or -1.
 */
/** What joins listed subjects in terse dictation: "and", a comma, a plus sign or an ampersand ("limb + hemipelvis"). */
const LIST_LINKS = new Set(['and', ',', '+', '&']);

/** The structure at `last` with the structures listed before it by "and" or a comma ("limb and hemipelvis"). */
function terseSubjects(chunks: Chunk[], last: number): StructureMention[] {
  const out = [(chunks[last] as Chunk).structure as StructureMention];
  for (let j = last - 1; j >= 1; j -= 2) {
    const link = chunks[j] as Chunk;
    const prev = chunks[j - 1] as Chunk;
    const linked = LIST_LINKS.has(link.norm) && (link.type === 'word' || link.type === 'punct');
    if (!linked || prev.type !== 'structure' || !prev.structure) break;
    out.unshift(prev.structure);
  }
  return out;
}

/** The auxiliaries of a perfect: "we have divided", "she had cut". */
const PERFECT = new Set(['have', 'has', 'had']);
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom']);

/**
 * The auxiliary at `aux`, or -1 when it is a perfect right after a subject pronoun: "the symphysis we have
 * divided", "we have shortened the femur" are active clauses (the pronoun the subject, the object fronted
 * or after the verb), not a passive whose subject is before the auxiliary.
 */
function activePerfect(chunks: Chunk[], aux: number): number {
  if (aux < 1) return aux;
  const before = chunks[aux - 1] as Chunk;
  // In a relative clause the head before it is the object: "the femur that we have divided".
  const relative = RELATIVE_WORDS.has((chunks[aux - 2] as Chunk | undefined)?.norm ?? '');
  return PERFECT.has((chunks[aux] as Chunk).norm) &&
    before.type === 'word' &&
    SUBJECT_PRONOUNS.has(before.norm) &&
    !relative
    ? -1
    : aux;
}

function subjectPronounBefore(chunks: Chunk[], at: number): number {
  for (let j = at - 1; j >= 0 && j >= at - 5; j--) {
    const c = chunks[j] as Chunk;
    if (c.type === 'action' && /ed$/.test(c.norm)) continue;
    if (c.type !== 'word') return -1;
    if (SUBJECT_PRONOUNS.has(c.norm)) return j;
    // The perfect's auxiliary after the pronoun: "the femur we have shortened".
    if (PERFECT.has(c.norm) && SUBJECT_PRONOUNS.has((chunks[j - 1] as Chunk | undefined)?.norm ?? ''))
      continue;
    // "the femur we have not cut": the denial between the perfect and its participle.
    if (DENIALS.has(c.norm) && PERFECT.has((chunks[j - 1] as Chunk | undefined)?.norm ?? '')) continue;
    if (ADVERB_BEFORE_VERB.test(c.norm) || c.norm === 'and' || PARTICLES.has(c.norm) || VERBISH.test(c.norm))
      continue;
    return -1;
  }
  return -1;
}

/**
 * The object of a first-person clause in `chunks` before chunk `before`: "I/we <past verb> the
 * <structure>" ("we cleared the femur", "I exposed the ilium"); the last such one, or undefined.
 */
function clauseObjectBefore(chunks: readonly Chunk[], before: number): StructureMention | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const c = chunks[k] as Chunk;
    if (c.type !== 'structure') continue;
    let j = k - 1;
    while (j >= 0 && OBJECT_DETERMINERS.has((chunks[j] as Chunk).norm)) j--;
    const verb = chunks[j] as Chunk | undefined;
    if (!verb || verb.type === 'punct' || verb.type === 'structure' || !/ed$/.test(verb.norm)) continue;
    if (firstPersonClause(chunks, j)) return c.structure;
  }
  return undefined;
}

/** Whether the clause of chunk `at` (back to a punctuation mark other than a comma) opens with "I" or "we". */
function firstPersonClause(chunks: readonly Chunk[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const c = chunks[j] as Chunk;
    if (c.type === 'punct' && c.norm !== ',') return false;
    if (c.norm === 'i' || c.norm === 'we') return true;
  }
  return false;
}

/** The object of the last first-person clause of a sentence (`clauseObjectBefore` over all of it). */
export function clauseObjectIn(
  text: string,
  sentence: Sentence,
  terms?: readonly CompiledStructure[],
): StructureMention | undefined {
  const line = text.slice(sentence.start, sentence.end);
  if (!/\b(?:i|we)\b/i.test(line)) return undefined;
  const chunks = chunk(text, sentence, terms);
  return clauseObjectBefore(chunks, chunks.length);
}

/** Words between the first verb and its object in `elidedObjectAt`: determiners and a possessive. */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their', 'a', 'an']);
/**
 * The object a second active verb shares with the first when its own is left out: "we exposed the femur
 * and divided with the saw", "I cleared the femur circumferentially and then transected 10 cm above the
 * knee". The structure chunk before "and" (one adverb between at most), after a past verb of its own
 * subject pronoun; -1 when the clause is not that shape.
 */
function elidedObjectAt(chunks: readonly Chunk[], i: number): number {
  let j = i - 1;
  if ((chunks[j] as Chunk | undefined)?.norm === 'then') j--;
  if ((chunks[j] as Chunk | undefined)?.norm !== 'and') return -1;
  j--;
  if (/^[a-z]+ly$/.test((chunks[j] as Chunk | undefined)?.norm ?? '')) j--;
  const object = j;
  if ((chunks[object] as Chunk | undefined)?.type !== 'structure') return -1;
  j--;
  while (j >= 0 && OBJECT_DETERMINERS.has((chunks[j] as Chunk).norm)) j--;
  const verb = chunks[j] as Chunk | undefined;
  if (!verb || verb.type === 'punct' || verb.type === 'structure' || !/ed$/.test(verb.norm)) return -1;
  return subjectPronounBefore(chunks as Chunk[], j) >= 0 ? object : -1;
}

/**
 * Whether a noun phrase stands before the subject pronoun at `pronoun`: a topicalised object ("the
 * femoral vessels we ligated", "the short rotators we cut near the femur"), not an adverb or a clause
 * before it ("then we cut", "after the vessels were tied we cut").
 */
function frontedBefore(chunks: Chunk[], pronoun: number): boolean {
  const prev = chunks[pronoun - 1];
  if (!prev) return false;
  if (
    prev.type === 'word' &&
    (NOT_FRONTED.test(prev.norm) ||
      STOP.has(prev.norm) ||
      AUXILIARIES.has(prev.norm) ||
      NP_FILLER.has(prev.norm) ||
      VERBISH.test(prev.norm) ||
      /^\d/.test(prev.norm))
  )
    return false;
  if (prev.type !== 'word' && prev.type !== 'structure') return false;
  // The noun phrase opens its clause: "in this patient we divided the femur", "using a saw we cut"
  // open with an adverbial, and the object follows the verb.
  let j = pronoun - 1;
  while (j > 0 && (chunks[j - 1] as Chunk).type !== 'punct') j--;
  while (j < pronoun && CLAUSE_LINKS.has((chunks[j] as Chunk).norm)) j++;
  const first = chunks[j] as Chunk;
  return !(first.type === 'word' && (CLAUSE_OPENERS.has(first.norm) || /(?:ing|ed)$/.test(first.norm)));
}

/**
 * Whether the comma at `comma` closes a fronted adjunct: the words since the previous punctuation open
 * with a contrast ("unlike", "rather than", "in contrast to", "as opposed to", "apart from"), a likeness
 * ("like", "as in"), a preposition ("through the same incision,", "with the hip flexed,") or a participle
 * ("preserving the femoral head,", "leaving the condyles intact,", "having divided the ilium,").
 */
function frontedAdjunctBefore(chunks: Chunk[], comma: number): boolean {
  let j = comma - 1;
  while (j > 0 && (chunks[j - 1] as Chunk).type !== 'punct') j--;
  while (j < comma && CLAUSE_LINKS.has((chunks[j] as Chunk).norm)) j++;
  const first = chunks[j] as Chunk | undefined;
  if (!first || j >= comma || first.type === 'structure' || first.type === 'punct') return false;
  const second = (chunks[j + 1] as Chunk | undefined)?.norm ?? '';
  if (first.norm === 'as') return CONTRAST_OPENERS.has(second) || CLAUSE_OPENERS.has(second);
  return (
    CONTRAST_OPENERS.has(first.norm) ||
    LIKENESS_OPENERS.has(first.norm) ||
    CLAUSE_OPENERS.has(first.norm) ||
    // a participle, not a modifier of the noun ("surrounding muscle, the fascia and the skin were excised")
    (/^[a-z]{3,}ing$/.test(first.norm) && !NP_FILLER.has(first.norm))
  );
}

/** Words that link a clause to the one before without opening an adverbial ("then the femur we cut"). */
const CLAUSE_LINKS = new Set(['then', 'and', 'so', 'also', 'finally', 'next']);
/** Words that open an adverbial before a subject ("at this point we", "through the same incision we"). */
const CLAUSE_OPENERS = new Set([
  'in',
  'at',
  'on',
  'after',
  'before',
  'during',
  'through',
  'via',
  'with',
  'without',
  'under',
  'using',
  'by',
  'for',
  'from',
  'once',
  'when',
  'while',
  'if',
  'as',
  'since',
  'because',
  // a reason or concession fronted ("given the lack of a salvage option, the symphysis was divided")
  'given',
  'despite',
  'due',
  'owing',
  'following',
  'upon',
  'to',
  'now',
  'here',
  'there',
  'over',
  'into',
  'across',
  'around',
  'near',
  'beside',
  'below',
  'above',
  'within',
  'where',
  'although',
  'though',
]);

function timeOf(sentence: Sentence, context: ContextHit | undefined): EventTime {
  if (context?.category === 'historical') return 'history';
  if (context?.category === 'hypothetical' || context?.category === 'possible') return 'plan';
  if (sentence.section === 'plan') return 'plan';
  if (sentence.section === 'indications') return 'history';
  if (sentence.section === 'heading' || sentence.section === 'keywords') return 'named';
  return 'index';
}

const COREFERENCE_CHARS = 1500;
/** Generic structures and the named ones they may refer to: the nearest one named before wins. */
const COREFERENCE: Partial<Record<StructureGroup, ReadonlyArray<readonly [StructureGroup, RegExp]>>> = {
  bone: [
    ['femur', /\b(?:femur|femoral|thigh|trans-?femoral|above[\s-]+(?:the[\s-]+)?knee|AKA)\b/gi],
    [
      'bone',
      /\b(?:tibia\w*|fibula\w*|il[ie]um|iliac|pelvi\w*|pubi\w*|sacr\w*|acetabul\w*|humer\w*|patella\w*|ischi\w*|innominate|calcane\w*|radius|ulna)\b/gi,
    ],
  ],
  capsule: [
    // The hip's region too: the muscles detached from the pelvis or the trochanters around it.
    [
      'hip-joint',
      /\b(?:hip|femoral\s+head|head\s+of\s+the\s+femur|acetabul\w*|ligamentum\s+teres|pelvi[sc]|trochanter\w*|iliopsoas|gluteal|gluteus)\b/gi,
    ],
    ['knee-joint', /\b(?:knee|patell\w*|tibial\s+plateau|condyl\w*|popliteal|cruciate|menisc\w*)\b/gi],
  ],
};

/**
 * Resolves a generic "bone" or "capsule" to the nearest named structure before it (coreference); a
 * capsule named before any joint ("the joint capsule is exposed and transected. The muscles are
 * detached from the pelvis") is the nearest joint named after it (cataphora).
 */
function resolve(text: string, s: StructureMention): StructureMention {
  const options = COREFERENCE[s.group];
  if (!options) return s;
  const before = text.slice(Math.max(0, s.start - COREFERENCE_CHARS), s.start);
  let best: { group: StructureGroup; at: number } | undefined;
  for (const [group, re] of options) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) {
      if (!best || m.index > best.at) best = { group, at: m.index };
    }
  }
  if (!best && s.group === 'capsule') {
    const after = text.slice(s.end, s.end + COREFERENCE_CHARS);
    for (const [group, re] of options) {
      re.lastIndex = 0;
      const m = re.exec(after);
      if (m && (!best || m.index < best.at)) best = { group, at: m.index };
    }
  }
  return best && best.group !== s.group ? { ...s, group: best.group } : s;
}

/** A sentence with none of these stems has no action: it is skipped without tokenizing. */
export const ACTION_STEMS = new RegExp(
  actionTerms
    .flatMap((t) => t.patterns)
    .map((p) => (/^[a-z]+/i.exec(p)?.[0] ?? p).slice(0, 4))
    .filter((x, i, all) => x.length >= 3 && all.indexOf(x) === i)
    .join('|'),
  'i',
);
/** A first-person verb that is a noun elsewhere ("I now saw through …"): only after "I" or "we". */
const FIRST_PERSON_STEMS = new RegExp(
  `\\b(?:i|we)\\s+(?:[a-z]+\\s+)?(?:${[...firstPersonActions.keys()].join('|')})\\b|(?:^\\W*(?:step\\s+)?(?:\\d+\\W*)?|\\band\\s+)(?:[a-z]+,?\\s+)?(?:${[...imperativeActions.keys()].join('|')})\\b`,
  'i',
);

/**
 * A line of a section that names what an action did without the action ("Specimen: L thigh mass en
 * bloc + biopsy tract"): one event of the section's action over every structure the line names.
 */
function sectionEvent(text: string, sentence: Sentence, chunks: Chunk[]): ProcedureEvent | undefined {
  const action = SECTION_ACTIONS[sentence.section];
  const line = text.slice(sentence.start, sentence.end);
  if (!action || SECTION_ACTION_UNLESS.test(line) || chunks.some((c) => c.type === 'action'))
    return undefined;
  const structures = chunks.flatMap((c) => (c.structure ? [resolve(text, c.structure)] : []));
  const first = structures[0];
  const last = structures.at(-1);
  if (!first || !last) return undefined;
  const span = { start: first.start, end: last.end };
  const context = contextOf(text, sentence, span, { type: 'procedure' });
  return {
    action,
    actionSpan: { start: sentence.start, end: sentence.start },
    structures,
    voice: 'section',
    span,
    sentence,
    ...(context ? { context } : {}),
    time: timeOf(sentence, context),
    whole: false,
    wide: WIDE_MANNER.test(line),
  };
}

/** What the note's literal index says a sentence may hold (src/nlp/literals.ts): an action stem, which structures. */
interface SentenceLiterals {
  stem: boolean;
  terms: readonly CompiledStructure[];
  /** The object of the last first-person clause before this sentence (see `clauseObjectIn`), read on demand. */
  antecedent?: () => { structure: StructureMention; sentence: Sentence } | undefined;
}

/** What separates a step's key from its value: "Femur: sawn", "Sacroiliac joint - opened". */
const KEY_SEPARATORS = new Set([':', '-', '–', '—']);
/** Words that may open a keyed step before its structure: a list marker or "Step 3". */
const STEP_MARKERS = /^(?:step|stage|\d{1,2}|[ivx]{1,4}|[a-h])$/;

/** Words that join the structures of a step's key: "Hemipelvis and limb:", "Limb with the half of the pelvis:". */
const KEY_JOINERS = new Set(['and', ',', '&', 'with', 'the', 'together', 'plus']);

/**
 * The key of a step written as "structure: act" ("Sacroiliac joint: opened with an osteotome", "Femur -
 * sawn across the condyles", "Symphysis: division", "Hemipelvis and limb: delivered"): the structures that
 * head the sentence (after a list marker at most) right before the separator, when the action opens the
 * value as a participle or as a noun with no object of its own. Empty when the step is not keyed.
 */
function keyedStep(chunks: readonly Chunk[], i: number, nominal: boolean): StructureMention[] {
  const sep = chunks[i - 1];
  const c = chunks[i] as Chunk;
  if (sep?.type !== 'punct' || !KEY_SEPARATORS.has(sep.norm)) return [];
  if (!nominal && !/(?:ed|en)$/.test(c.norm) && !['cut', 'split', 'sawn'].includes(c.norm)) return [];
  if (nominal && (chunks[i + 1]?.norm === 'of' || chunks[i + 1]?.type === 'structure')) return [];
  const key: StructureMention[] = [];
  let j = i - 2;
  for (; j >= 0; j--) {
    const k = chunks[j] as Chunk;
    if (k.type === 'structure' && k.structure) key.unshift(k.structure);
    else if (!KEY_JOINERS.has(k.norm)) break;
  }
  if (key.length === 0 || chunks[i - 2]?.type !== 'structure') return [];
  const head = chunks.slice(0, j + 1);
  return head.every((h) => h.type === 'punct' || STEP_MARKERS.test(h.norm)) ? key : [];
}

/** A participle as terse dictation writes it: "transected", "sawn", and the irregular "cut", "split". */
const TERSE_PARTICIPLE = /(?:ed|en)$|^(?:cut|split|re-?cut)$/;
/**
 * A verb whose subject is the part that leaves, as a terse participle's is: "the hindquarter comes away",
 * "the limb falls free" (no auxiliary, no object; the chunk's first word, the particle being part of the action).
 */
const SEPARATES_ITSELF = /^(?:comes?|came|coming|falls?|fell|falling)$/;
/** Adverbs between the part and its verb of separation: "the whole limb then comes away". */
const SEPARATION_ADVERBS: ReadonlySet<string> = new Set([
  'then',
  'now',
  'finally',
  'next',
  'thus',
  'therefore',
]);
/** The subject of a verb of separation at `i`: the structure right before it, or before one adverb; -1 if none. */
function separatedPartAt(chunks: readonly Chunk[], i: number): number {
  if (!SEPARATES_ITSELF.test((chunks[i] as Chunk).norm)) return -1;
  const before = chunks[i - 1];
  if (before?.type === 'structure') return i - 1;
  const adverb =
    before !== undefined && (SEPARATION_ADVERBS.has(before.norm) || /^[a-z]+ly$/.test(before.norm));
  return adverb && chunks[i - 2]?.type === 'structure' ? i - 2 : -1;
}
/** Words that deny a terse participle between its subject and it: "femur not shortened". */
const TERSE_DENIALS: ReadonlySet<string> = new Set(['not', 'never']);
/**
 * The last subject chunk of a terse participle at `i` (no auxiliary): the structure right before it, or
 * before a denial word ("femur not cut"); -1 when there is none.
 */
function terseSubjectAt(chunks: readonly Chunk[], i: number): number {
  const before = chunks[i - 1];
  if (before?.type === 'structure') return i - 1;
  if (before && TERSE_DENIALS.has(before.norm) && chunks[i - 2]?.type === 'structure') return i - 2;
  return terseListSubject(chunks, i);
}

/** Hesitations of dictated speech ("femur cleared, uh, transected"): no words of the clause. */
const SPEECH_FILLERS: ReadonlySet<string> = new Set(['uh', 'um', 'er', 'erm', 'ah', 'uhm', 'hmm']);
/** The part of a structure named after it ("femoral bone end"). */
const BONE_PART_HEADS: ReadonlySet<string> = new Set(['end', 'ends', 'edge', 'edges', 'tip', 'stump']);

/**
 * A terse participle late in a list of its subject's terse participles, set off by commas: "femoral bone
 * end palpated only, NOT exposed, NOT re-cut", "femur exposed, not divided". The structure before the
 * first participle; -1 when another word, a stop or another clause lies between.
 */
function terseListSubject(chunks: readonly Chunk[], i: number): number {
  let commas = 0;
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    const c = chunks[k] as Chunk;
    if (c.type === 'structure') return commas > 0 && k < i - 2 ? k : -1;
    if (c.type === 'punct') {
      if (c.norm !== ',') return -1;
      commas++;
      continue;
    }
    const participle =
      TERSE_PARTICIPLE.test(c.norm) &&
      (c.type === 'action' || VERBISH.test(c.norm) || IRREGULAR_PAST.has(c.norm));
    if (
      participle ||
      TERSE_DENIALS.has(c.norm) ||
      SPEECH_FILLERS.has(c.norm) ||
      c.norm === 'only' ||
      /^[a-z]+ly$/.test(c.norm)
    )
      continue;
    // The part of the structure named after it: "femoral bone end", "femur end".
    if (BONE_PART_HEADS.has(c.norm) && (chunks[k - 1] as Chunk | undefined)?.type === 'structure') continue;
    return -1;
  }
  return -1;
}

/** Procedure events of one sentence. */
export function sentenceEvents(
  text: string,
  sentence: Sentence,
  literals?: SentenceLiterals,
): ProcedureEvent[] {
  const sectionAction = SECTION_ACTIONS[sentence.section] !== undefined;
  if (!sectionAction) {
    const line = text.slice(sentence.start, sentence.end);
    const stem = literals?.stem !== false && ACTION_STEMS.test(line);
    if (!stem && !FIRST_PERSON_STEMS.test(line)) return [];
  }
  const chunks = chunk(text, sentence, literals?.terms);
  if (sectionAction) {
    const implied = sectionEvent(text, sentence, chunks);
    if (implied) return [implied];
  }
  const wide = WIDE_MANNER.test(text.slice(sentence.start, sentence.end));
  const events: ProcedureEvent[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    if (c.type !== 'action' || !c.action) continue;
    const nominal = NOMINAL.test(c.norm) && c.verb !== true;
    const aux = nominal ? -1 : activePerfect(chunks, auxOrCoordinated(chunks, i));
    let structures: StructureMention[] = [];
    let whole = false;
    let voice: ProcedureEvent['voice'] = nominal ? 'nominal' : 'active';
    if (aux >= 0) {
      let subject = backwardSubject(chunks, aux);
      // "the knee could not be kept and was therefore disarticulated": the subject of the predicate before.
      const shared = subject.structures.length === 0 ? sharedSubjectAux(chunks, aux) : -1;
      if (shared >= 0) subject = backwardSubject(chunks, shared);
      structures = subject.structures;
      whole = subject.whole;
      voice = subject.voice;
    } else if (!nominal && separatedPartAt(chunks, i) >= 0) {
      // "the hindquarter comes away", "the limb then falls free": the part that leaves is the subject.
      structures = terseSubjects(chunks, separatedPartAt(chunks, i));
      voice = 'terse';
    } else if (!nominal && terseSubjectAt(chunks, i) >= 0 && TERSE_PARTICIPLE.test(c.norm)) {
      // Terse dictation: "femur transected", "SI joint divided"; a list of subjects too ("limb and
      // hemipelvis removed together", "SI joint, symphysis and rami divided"); denied too ("femur not
      // shortened", "bone never touched").
      structures = terseSubjects(chunks, terseSubjectAt(chunks, i));
      voice = 'terse';
    } else if (keyedStep(chunks, i, nominal).length > 0) {
      // A step keyed by its structure: "Sacroiliac joint: opened with an osteotome", "Femur - sawn across
      // the condyles", "Sacroiliac joint: disarticulation".
      structures = keyedStep(chunks, i, nominal);
      voice = 'terse';
    }
    // A topicalised object: "the femur we divided at the mid-shaft", "the rotators we cut near the femur".
    const pronoun = aux < 0 && !nominal && voice !== 'terse' ? subjectPronounBefore(chunks, i) : -1;
    const fronted = pronoun > 0 && frontedBefore(chunks, pronoun);
    if (fronted) {
      const subject = backwardSubject(chunks, pronoun);
      structures = subject.structures;
      whole = subject.whole;
      voice = 'fronted';
    }
    const after = forwardList(chunks, i + 1);
    // An active or nominal action takes its object after it; a passive one whose subject is something
    // else ("the rotators were divided off the femur") only through a path ("divided through the ilium").
    const path = ['through', 'across', 'transversely', 'at'].includes(
      (chunks[i + 1] as Chunk | undefined)?.norm ?? '',
    );
    const fromSubject = structures.length > 0;
    // A passive resection takes along what follows "with" ("the sarcoma was resected en bloc with the
    // adjacent femur", "it was excised together with a window of cortex"): those were resected too; so
    // does a tumour's removal ("the tumour was removed with a window of cortex"), not a limb's.
    const takenAlong =
      aux >= 0 &&
      after.accompanying === true &&
      (c.action === 'resect' || (c.action === 'remove' && structures.some((s) => s.group === 'lesion')));
    // A fronted object is the object: what follows the verb is a place or a manner.
    // A gapped second object shares the action ("the SI joint was divided behind, the symphysis in front").
    const gapped =
      fromSubject && after.gapped === true && !takenAlong && (aux >= 0 || fronted || voice === 'terse');
    if (!fromSubject && !fronted && (aux < 0 || path || takenAlong)) {
      structures = after.structures;
      whole = whole || after.whole;
    } else if (takenAlong || gapped) structures = [...structures, ...after.structures];
    // "we exposed the femur and divided with the saw": the second verb's object is the first one's.
    let antecedent: Sentence | undefined;
    if (structures.length === 0 && aux < 0 && !nominal && !fronted) {
      const shared = elidedObjectAt(chunks, i);
      if (shared >= 0) structures = [(chunks[shared] as Chunk).structure as StructureMention];
      // "I cleared the femur … I cut it there": "it" is the object of the clause before.
      else if (pronoun >= 0 && (chunks[i + 1] as Chunk | undefined)?.norm === 'it') {
        const here = clauseObjectBefore(chunks, pronoun);
        const before = here ? undefined : literals?.antecedent?.();
        if (here) structures = [here];
        else if (before) {
          structures = [before.structure];
          antecedent = before.sentence;
        }
      }
    }
    if (i > 0 && WHOLE.has((chunks[i - 1] as Chunk).norm)) whole = true;
    // "the innominate bone was removed completely", "… excised in its entirety": the adverb after the verb.
    if (wholeAfter(chunks, i + 1)) whole = true;
    // "the femur was not cut: the condyles … were left intact": what a colon opens after a passive act with
    // its subject is a new statement, not the act's place.
    const colonAfter = (chunks[i + 1] as Chunk | undefined)?.norm === ':';
    const location =
      after.atLocation ??
      (fromSubject &&
      !colonAfter &&
      after.structures.length > 0 &&
      (aux >= 0 || fronted || voice === 'terse') &&
      !takenAlong &&
      !gapped
        ? after.structures[0]
        : undefined);
    structures = structures.map((st) => resolve(text, st));
    if (structures.length === 0 && (!location || after.levelOnly)) continue;
    const all = [...structures, ...(location ? [location] : [])];
    const start = Math.min(c.start, ...all.map((s) => s.start));
    const end = Math.max(c.end, ...all.map((s) => s.end));
    const context = contextOf(text, sentence, { start, end }, { type: 'procedure', noteLevel: false });
    events.push({
      action: c.action,
      actionSpan: { start: c.start, end: c.end },
      structures,
      ...(location ? { location } : {}),
      ...(after.levelOnly && location === after.atLocation ? { levelOnly: true } : {}),
      voice,
      span: { start, end },
      sentence,
      ...(context ? { context } : {}),
      time: timeOf(sentence, context),
      whole,
      wide,
      ...(antecedent ? { antecedent } : {}),
    });
  }
  return events;
}

/** How many sentences back a pronoun object ("I cut it there") may find its antecedent clause. */
const ANTECEDENT_SENTENCES = 2;

/** Procedure events of every sentence, in order. */
export function readEvents(text: string, sentences: readonly Sentence[]): ProcedureEvent[] {
  // Which sentences may hold an action stem, and which structure terms each may hold: found once
  // per term for all the sentences, so that most sentences are not searched for most terms.
  const index = literalIndexOf(text);
  const stems = new Set(index.candidates(ACTION_STEMS, sentences));
  const terms: CompiledStructure[][] = sentences.map(() => []);
  for (const c of compiledStructures) {
    for (const i of index.candidates(c.re, sentences)) (terms[i] as CompiledStructure[]).push(c);
  }
  // The object a pronoun may take from the sentences before (at most two, in the same section).
  const antecedent = (i: number) => (): { structure: StructureMention; sentence: Sentence } | undefined => {
    for (let k = i - 1; k >= 0 && k >= i - ANTECEDENT_SENTENCES; k--) {
      const before = sentences[k] as Sentence;
      if (before.section !== (sentences[i] as Sentence).section) return undefined;
      const structure = clauseObjectIn(text, before, terms[k]);
      if (structure) return { structure, sentence: before };
    }
    return undefined;
  };
  return sentences.flatMap((s, i) =>
    sentenceEvents(text, s, {
      stem: stems.has(i),
      terms: terms[i] as CompiledStructure[],
      antecedent: antecedent(i),
    }),
  );
}
