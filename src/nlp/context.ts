import { ageIn, presentAge } from './ages.ts';
import {
  type ContextCategory,
  type ContextRule,
  contextRules,
  NEXT_CLAUSE_DENIAL,
  type TargetType,
  TEMPLATE_BOX,
} from './context-rules.ts';
import { literalIndexOf, type Prefilter, prefilterOf } from './literals.ts';
import { noteContextOf } from './note-context.ts';
import { retractedSpans } from './retraction.ts';
import { supersededSpans } from './time-shift.ts';
import type { Span } from './types.ts';

/** Why a target is not affirmed: the category and the cue (its words in the note) that caused it. */
export interface ContextHit {
  category: ContextCategory;
  /** The cue's text as written ("not", "family history", "scratch that"). */
  cue: string;
  /** Id of the rule in src/nlp/context-rules.ts. */
  rule: string;
}

export interface ContextOptions {
  /** `procedure` targets (acts on anatomy) are also negated by sparing words. Default `document`. */
  type?: TargetType;
  /** Categories not examined for this target (a prior amputation is history by nature). */
  skip?: readonly ContextCategory[];
  /** Whether cues inside the target's own words count ("the femur was not cut"). Default true. */
  insideCues?: boolean;
  /**
   * The target is a fact of the encounter (the admission): only episode cues make it historical
   * (`ContextRule.episode`). Otherwise episode cues are not read.
   */
  episode?: boolean;
  /**
   * Whether the note-level context applies (src/nlp/note-context.ts). Default true. False for an act
   * the text describes (a procedure event, a procedure name): a textbook's "the femur is divided"
   * still describes the operation whose code it supports; the route says the text is generic.
   */
  noteLevel?: boolean;
}

/** Order in which categories are decided: the first that fires wins. */
const PRECEDENCE: readonly ContextCategory[] = [
  'retracted',
  'generic',
  'negated',
  'unchecked',
  'family',
  'possible',
  'hypothetical',
  'historical',
];

/** The words of a cue's scope, then a relative clause running on to the target: ", which keeps the". */
const RELATIVE_AFTER = /^([^,;.]*),\s*(?:in\s+which|by\s+which|which|where|whereby|wherein)\b[^,;.]*$/i;

/** Characters of context examined before a target (well beyond the longest scope). */
const BEFORE_CHARS = 300;
/** Characters examined after a target. */
const AFTER_CHARS = 80;

interface Compiled {
  rule: ContextRule;
  re: RegExp;
  /** The literals every match of `re` holds (src/nlp/literals.ts). */
  prefilter: Prefilter;
  before?: RegExp;
  closes?: RegExp;
}

interface Cue {
  start: number;
  end: number;
  rule: ContextRule;
}

const compile = (rules: readonly ContextRule[]): Compiled[] =>
  rules.map((rule) => {
    const re = new RegExp(rule.pattern, 'gi');
    return {
      rule,
      re,
      prefilter: prefilterOf(re),
      ...(rule.requiresBefore ? { before: new RegExp(rule.requiresBefore, 'i') } : {}),
      ...(rule.closes ? { closes: new RegExp(rule.closes, 'g') } : {}),
    };
  });

const COMPILED = compile(contextRules);

const BEFORE = new Map(COMPILED.flatMap((c) => (c.before ? [[c.rule.id, c.before] as const] : [])));
const UNLESS_AFTER = new Map(
  contextRules.flatMap((r) => (r.unlessAfter ? [[r.id, new RegExp(`^${r.unlessAfter}`, 'i')] as const] : [])),
);
const CUES = COMPILED.filter((c) => c.rule.category !== undefined && c.rule.episode !== true);
/** Episode cues are matched only in sentences holding an encounter target (see `ContextRule.episode`). */
const EPISODE_CUES = COMPILED.filter((c) => c.rule.episode === true);
const PSEUDO = COMPILED.filter((c) => c.rule.direction === 'pseudo');
const TERMINATORS = COMPILED.filter((c) => c.rule.direction === 'terminate');
const EMBEDS = COMPILED.filter((c) => c.rule.direction === 'embed');

function matchesIn(c: Compiled, text: string, offset: number): Span[] {
  const out: Span[] = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m !== null; m = c.re.exec(text)) {
    if (m[0].length === 0) {
      c.re.lastIndex++;
      continue;
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/**
 * The line holding `at` lays its boxes before their items: its first box, before `at`, opens the line or
 * follows a colon or a dash ("Level: [x] AKA  [ ] Through-knee", "- [ ] BKA"), so each box heads the
 * item after it ("MRI ☐  CT ☒" puts its boxes after their items).
 */
function boxesLeadItems(text: string, at: number): boolean {
  const head = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const box = TEMPLATE_BOX.exec(head);
  return box !== null && /(?:^|[:\-–])\s*$/.test(head.slice(0, box.index));
}

const WORD = /[A-Za-z0-9][\w'/-]*/g;
function wordCount(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** A target that holds its own verb ("the femur was cut", "divided the femur"): a clause of its own. */
const TARGET_VERB = /\b(?:was|were|is|are|been|being|has|have|had|\w+ed)\b/i;
/** A finite verb right after a target: the target is its clause's subject. */
const OWN_VERB_AFTER = /^\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b/i;
/** A cue's predicate completed before a comma: an adjective or participle of its own ("is not suitable,"). */
const PREDICATE_BEFORE_COMMA =
  /^\s+(?:(?:considered|felt|deemed|thought)\s+)?(?:suitable|possible|feasible|indicated|appropriate|an\s+option|advisable|safe|required|needed|necessary|recommended|used|done|performed)\s*$/i;

const OR_TAIL = /,?\s+(?:or|nor)\s+(?:(?:an?|the|any)\s+)?$/i;
const COMMA_TAIL = /,\s*(?:(?:an?|the|any)\s+)?$/i;
const LAST_NOUN = /\b([A-Za-z][\w-]*)\s*$/;
const NOT_A_CONJUNCT = /^(?:was|were|is|are|be|been|being|has|have|had|done|not|no|[\w-]+ed)$/i;

/**
 * Words between a forward cue and its target, counting an "or"/"nor" list the target closes as its first
 * member: "did not attempt a myodesis or a myoplasty" reaches the myoplasty as it reaches the myodesis (the
 * negation distributes over the disjunction). A member is one word that is no verb ("no drain was placed or
 * …" keeps its count).
 */
function scopeWords(gap: string): number {
  const tail = OR_TAIL.exec(gap);
  if (!tail) return wordCount(gap);
  let rest = gap.slice(0, tail.index);
  for (;;) {
    const noun = LAST_NOUN.exec(rest);
    if (!noun || NOT_A_CONJUNCT.test(noun[1] ?? '')) return wordCount(gap);
    rest = rest.slice(0, noun.index);
    const comma = COMMA_TAIL.exec(rest);
    if (!comma) return wordCount(rest) + 1;
    rest = rest.slice(0, comma.index);
  }
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * A sentence's cue matches. Only the cues are matched up front: most targets have no cue within reach
 * and need nothing else, so the rest is matched on first use (`pseudoOf`, `terminatorsOf`, `embeddedOf`).
 */
interface SentenceCues {
  cues: Cue[];
  /** Episode cues, matched on first use. */
  episode?: Cue[];
  pseudo?: Cue[];
  terminators?: Cue[];
  /** Embedded clauses (relative, parenthetical, "with ..." absolutes), from opener to closer. */
  embedded?: Clause[];
}

interface Clause extends Span {
  /** Whether the clause describes the noun before it (a relative clause). */
  headed: boolean;
}

/** Embedded clauses of a sentence: each opener runs to its rule's next closer, or the sentence's end. */
function embeddedClauses(slice: string, offset: number): Clause[] {
  const out: Clause[] = [];
  for (const c of EMBEDS) {
    for (const open of matchesIn(c, slice, 0)) {
      let end = slice.length;
      if (c.closes) {
        // The first closer after at least one word of the clause ("which was not involved was ...").
        c.closes.lastIndex = open.end;
        let close = c.closes.exec(slice);
        while (close && !/\w/.test(slice.slice(open.end, close.index))) {
          c.closes.lastIndex = close.index + Math.max(1, close[0].length);
          close = c.closes.exec(slice);
        }
        if (close) end = close.index;
      }
      if (end > open.end)
        out.push({ start: offset + open.start, end: offset + end, headed: c.rule.headed === true });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The innermost embedded clause holding `pos`. */
function clauseAt(embedded: readonly Clause[], pos: number): Clause | undefined {
  let best: Clause | undefined;
  for (const e of embedded) {
    if (e.start > pos) break;
    if (pos < e.end && (!best || e.end - e.start < best.end - best.start)) best = e;
  }
  return best;
}

/**
 * Cue, pseudo-cue, terminator and embedded-clause matches of a whole sentence, computed once per
 * sentence (the cues up front, the rest on first use) and shared by every target in it (each target
 * then looks at a bounded window): linear in the note's size.
 */
let cacheText: string | undefined;
const cache = new Map<number | string, SentenceCues>();

function sentenceCues(text: string, sentence: Span): SentenceCues {
  if (cacheText !== text) {
    cacheText = text;
    cache.clear();
  }
  // A number for a span of the text (every sentence is one), else its offsets as a string.
  const key: number | string =
    sentence.start >= 0 && sentence.end <= text.length
      ? sentence.start * (text.length + 1) + sentence.end
      : `${sentence.start}:${sentence.end}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: SentenceCues = { cues: collect(CUES, text, sentence) };
  cache.set(key, out);
  return out;
}

const prefilterLists = new WeakMap<readonly Compiled[], readonly Prefilter[]>();
/** The prefilters of a list of rules, in its order (one list per list of rules). */
function prefiltersOf(list: readonly Compiled[]): readonly Prefilter[] {
  let filters = prefilterLists.get(list);
  if (!filters) {
    filters = list.map((c) => c.prefilter);
    prefilterLists.set(list, filters);
  }
  return filters;
}

/** The matches of a list of rules in a sentence, in order. */
function collect(list: readonly Compiled[], text: string, sentence: Span): Cue[] {
  const slice = text.slice(sentence.start, sentence.end);
  // A rule none of whose literals is in the sentence cannot match there (src/nlp/literals.ts).
  const may = literalIndexOf(text).mayMatchEach(prefiltersOf(list), sentence.start, sentence.end);
  const found: Cue[] = [];
  for (let k = 0; k < list.length; k++) {
    if (!may[k]) continue;
    const c = list[k] as Compiled;
    for (const span of matchesIn(c, slice, sentence.start))
      found.push({ start: span.start, end: span.end, rule: c.rule });
  }
  // Stable: cues at one offset stay in rule order.
  return found.sort((a, b) => a.start - b.start);
}

const pseudoOf = (text: string, sentence: Span, all: SentenceCues): Cue[] =>
  (all.pseudo ??= collect(PSEUDO, text, sentence));
const terminatorsOf = (text: string, sentence: Span, all: SentenceCues): Cue[] =>
  (all.terminators ??= collect(TERMINATORS, text, sentence));
const embeddedOf = (text: string, sentence: Span, all: SentenceCues): Clause[] =>
  (all.embedded ??= embeddedClauses(text.slice(sentence.start, sentence.end), sentence.start));

/** The sentence's cues with its episode cues, in order (matched once per sentence, on first use). */
function episodeCues(text: string, sentence: Span, all: SentenceCues): Cue[] {
  if (!all.episode) {
    const slice = text.slice(sentence.start, sentence.end);
    all.episode = [
      ...all.cues,
      ...EPISODE_CUES.flatMap((c) =>
        matchesIn(c, slice, sentence.start).map((span) => ({ ...span, rule: c.rule })),
      ),
    ].sort((a, b) => a.start - b.start);
  }
  return all.episode;
}

/** The matches lying wholly inside [from, to). */
function within(list: readonly Cue[], from: number, to: number): Cue[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Cue).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Cue[] = [];
  for (let i = lo; i < list.length && (list[i] as Cue).start < to; i++) {
    const c = list[i] as Cue;
    if (c.end <= to) out.push(c);
  }
  return out;
}

/**
 * The ConText assertion of one target span inside its sentence: the first category (by precedence)
 * whose cue has the target in scope, with the cue that caused it; undefined when the target is
 * affirmed. Bounded windows keep each call O(1) in the size of the note.
 */
/**
 * Template items on one line ("MRI: yes  CT: no", "Femur cut: no  Knee entered: yes"): a label's colon
 * opens its own item. A cue answering one item (right after its colon) does not reach a target that is
 * the next item's label, and an answer after another item's label is not the target's.
 */
const ANSWER_BEFORE = /(?::|\.{2,}|…|\s[-–—]+|\|)$/;
/** How far back from the white space before a cue its label's separator is looked for. */
const ANSWER_REACH = 64;
/**
 * Whether the text before `at` (from `from`) ends on a label's separator, then white space: read from
 * the end (linear in the white space), not by a regex anchored at the end of the whole sentence (which
 * tries every position of a long unpunctuated sentence for every cue in it).
 */
function answerBefore(text: string, from: number, at: number): boolean {
  let end = at;
  while (end > from && /\s/.test(text[end - 1] as string)) end--;
  // The separator's own white space ("\s[-–—]+") may be the run just skipped.
  return ANSWER_BEFORE.test(text.slice(Math.max(from, end - ANSWER_REACH), end));
}
const LABEL_AFTER = /^\s*(?::|\.{2,}|…|[-–—]+\s|\|)/;
/** A cue that is an item's answer after its label ("…: no", "… .... none", "| no |"). */
const ANSWER_CUE = /^\s*(?::|\.{2,}|…|[-–—]+|\|)/;
/** The target's label has its own answer already ("MRI: yes  CT", "Tumor board reviewed: yes  Frozen"). */
const OWN_ANSWER_AFTER = /^(?:\s+[\w'’()/-]+){0,3}?\s*(?::|\.{2,}|…|\s[-–—]+\s|\|)\s*[^\s|]/;

export function contextOf(
  text: string,
  sentence: Span,
  target: Span,
  options: ContextOptions = {},
): ContextHit | undefined {
  const type = options.type ?? 'document';
  const skip = new Set(options.skip ?? []);
  if (!skip.has('retracted')) {
    // A later correction that points back at this statement retracts it (src/nlp/retraction.ts).
    const retracted = retractedSpans(text).find((r) => target.start >= r.start && target.end <= r.end);
    if (retracted)
      return { category: 'retracted', cue: 'retracted by a later correction', rule: 'retracted.pointer' };
  }
  if (!skip.has('historical')) {
    // Narrated before a later time shift of a multi-year history (src/nlp/time-shift.ts).
    const superseded = supersededSpans(text).find((s) => target.start >= s.start && target.end <= s.end);
    if (superseded)
      return { category: 'historical', cue: 'before a later time shift', rule: superseded.rule };
  }
  if (!skip.has('generic') && options.noteLevel !== false) {
    // A text about practice or about several patients documents no index operation (src/nlp/note-context.ts).
    const generic = noteContextOf(text);
    if (generic) return generic;
  }
  const from = Math.max(sentence.start, target.start - BEFORE_CHARS);
  const insideEnd = Math.min(target.end, target.start + BEFORE_CHARS);
  const to = Math.min(sentence.end, target.end + AFTER_CHARS);
  const all = sentenceCues(text, sentence);
  const near = within(options.episode ? episodeCues(text, sentence, all) : all.cues, from, to);
  // No cue within reach: affirmed (most targets; nothing else need be matched).
  if (near.length === 0) return undefined;
  const pseudo = within(pseudoOf(text, sentence, all), from, to);
  let cues: Cue[] = [];
  for (const cue of near) {
    const rule = cue.rule;
    if (rule.category && skip.has(rule.category)) continue;
    // An encounter target reads episode cues as its only historical cues (`ContextRule.episode`).
    if (options.episode && rule.category === 'historical' && rule.episode !== true) continue;
    if (rule.allowedTypes && !rule.allowedTypes.includes(type)) continue;
    if (pseudo.some((p) => overlaps(p, cue))) continue;
    cues.push(cue);
  }
  const needsBefore = cues.filter((c) => c.rule.requiresBefore);
  if (needsBefore.length > 0) {
    const before = text.slice(from, target.start);
    cues = cues.filter((c) => !c.rule.requiresBefore || (BEFORE.get(c.rule.id) as RegExp).test(before));
  }
  if (cues.some((c) => c.rule.youngerThanNow)) {
    // An age at the event counts only below the present age the note states (src/nlp/ages.ts).
    const now = presentAge(text);
    cues = cues.filter((c) => {
      if (!c.rule.youngerThanNow) return true;
      const then = ageIn(text.slice(c.start, c.end));
      return now !== undefined && then !== undefined && then < now;
    });
  }
  const overriding = cues.filter((c) => c.rule.overrides);
  if (overriding.length > 0) {
    cues = cues.filter(
      (c) =>
        !overriding.some(
          (o) => o !== c && o.rule.overrides?.includes(c.rule.id) && c.start >= o.start && c.end <= o.end,
        ),
    );
  }
  if (cues.length === 0) return undefined;
  const terminators = within(terminatorsOf(text, sentence, all), from, to);
  const embedded = embeddedOf(text, sentence, all).filter((e) => e.end > from && e.start < to);
  /** The outermost embedded clauses lying wholly between a and b: a cue reaches over them. */
  const skipped = (a: number, b: number): Span[] => {
    const inside = embedded.filter((e) => e.start >= a && e.end <= b);
    return inside.filter((e) => !inside.some((o) => o !== e && o.start <= e.start && o.end >= e.end));
  };
  /** The text between a and b with the embedded clauses in it left out. */
  const between = (a: number, b: number): string => {
    let out = '';
    let at = a;
    for (const e of skipped(a, b)) {
      if (e.start < at) continue;
      out += `${text.slice(at, e.start)} `;
      at = e.end;
    }
    return out + text.slice(at, b);
  };
  /**
   * A backward cue's "and" or "or" right after a target without a verb of its own joins the target to the
   * next noun, the two the subject of the cue's verb ("wide excision and reconstruction is generally not
   * necessary", "the femur and the tibia were not cut"): no new clause opens there.
   */
  const joinsTargetToNextNoun = (t: Cue): boolean =>
    /^\s*$/.test(text.slice(target.end, t.start)) &&
    /^(?:and|or)$/i.test(text.slice(t.start, t.end).trim()) &&
    !TARGET_VERB.test(text.slice(target.start, target.end));
  const terminated = (cue: Cue, a: number, b: number, ends: 'forward' | 'backward'): boolean => {
    if (cue.rule.commaBounded && text.slice(a, b).includes(',')) return true;
    if (cue.rule.ignoreTerminators) return false;
    const over = skipped(a, b);
    return terminators.some(
      (t) =>
        (t.rule.ends ?? 'forward') === ends &&
        (!t.rule.terminates || t.rule.terminates.includes(cue.rule.category as ContextCategory)) &&
        t.start >= a &&
        t.start < b &&
        !over.some((e) => t.start >= e.start && t.start < e.end) &&
        !(ends === 'backward' && joinsTargetToNextNoun(t)),
    );
  };
  /**
   * A cue inside an embedded clause modifies only a target whose words end inside that clause, or,
   * for a relative clause, the noun it describes (a target ending where the clause opens).
   */
  const confined = (cue: Cue): boolean => {
    if (cue.rule.ignoreTerminators) return false;
    const clause = clauseAt(embedded, cue.start);
    if (!clause) return false;
    if (target.end > clause.start && target.end <= clause.end) return false;
    return !(
      clause.headed &&
      target.end <= clause.start &&
      /^[\s,]*$/.test(text.slice(target.end, clause.start))
    );
  };

  /**
   * The target lies in a relative clause (", which …", ", in which …", ", where …") describing the noun
   * right after the cue (at most `scope` words), before that clause's end.
   */
  const inRelative = (cue: Cue, scope: number): boolean => {
    const m = RELATIVE_AFTER.exec(text.slice(cue.end, target.start));
    return m !== null && wordCount(m[1] ?? '') <= scope;
  };

  /**
   * The target heads a clause of its own after a comma, its verb right after it: "curettage is not
   * suitable, wide resection was planned" (the denial is the curettage's). Not for a cue that lists what
   * it denies ("no drain, cement or mesh was used": the list shares the verb, its first member right
   * after the cue).
   */
  const opensOwnClause = (cue: Cue): boolean => {
    const gap = text.slice(cue.end, target.start);
    const comma = gap.lastIndexOf(',');
    if (comma < 0 || !OWN_VERB_AFTER.test(text.slice(target.end, to))) return false;
    // The words between the cue and the comma complete the cue's own predicate ("is not suitable").
    return PREDICATE_BEFORE_COMMA.test(gap.slice(0, comma));
  };

  const fires = (cue: Cue): boolean => {
    const { rule } = cue;
    if (confined(cue)) return false;
    const forward = rule.direction === 'forward' || rule.direction === 'bidirectional';
    const backward = rule.direction === 'backward' || rule.direction === 'bidirectional';
    if (forward && cue.end <= target.start) {
      if (rule.inside && (rule.maxScope ?? 6) === 0) return false;
      // "MRI: no  CT: yes": the answer of one template item does not reach the next item's label.
      if (answerBefore(text, sentence.start, cue.start) && LABEL_AFTER.test(text.slice(target.end, to)))
        return false;
      if (rule.relative && inRelative(cue, rule.maxScope ?? 6)) return true;
      const unless = UNLESS_AFTER.get(rule.id);
      if (
        unless?.test(text.slice(target.end, to)) &&
        /[\w)]\s*$/.test(text.slice(sentence.start, cue.start)) &&
        !boxesLeadItems(text, target.start)
      )
        return false;
      if (scopeWords(between(cue.start, target.start)) > (rule.maxScope ?? 6)) return false;
      if (opensOwnClause(cue)) return false;
      return !terminated(cue, cue.end, target.start, 'forward');
    }
    if (
      forward &&
      rule.inside &&
      options.insideCues !== false &&
      cue.start >= target.start &&
      cue.start < target.end
    ) {
      if (cue.end > insideEnd) return false;
      return !terminated(cue, cue.end, target.end, 'forward');
    }
    if (backward && cue.start >= target.end) {
      if (wordCount(between(target.end, cue.start)) > (rule.maxScope ?? 5)) return false;
      if (rule.boxAfterItem && boxesLeadItems(text, target.start)) return false;
      // "MRI: yes  CT: no": the answer belongs to the item labelled after the target, not to the target.
      if (
        ANSWER_CUE.test(text.slice(cue.start, cue.end)) &&
        OWN_ANSWER_AFTER.test(text.slice(target.end, cue.start))
      )
        return false;
      if ((rule.maxScope ?? 5) === 0 && !/^[\s,]*$/.test(between(target.end, cue.start))) return false;
      return !terminated(cue, target.end, cue.start, 'backward');
    }
    return false;
  };

  for (const category of PRECEDENCE) {
    if (skip.has(category)) continue;
    const hit = cues.find((c) => c.rule.category === category && fires(c));
    if (hit) return { category, cue: text.slice(hit.start, hit.end).trim(), rule: hit.rule.id };
  }
  return undefined;
}

/** The clause's first auxiliary: what stands before it is the clause's subject. */
const FIRST_AUX = /\b(?:was|were|is|are|(?:had|has|have)\s+been)\b/i;
/** Words of a subject that are no noun of the item. */
const SUBJECT_FILLER = new Set([
  'the',
  'and',
  'two',
  'three',
  'four',
  'one',
  'some',
  'any',
  'from',
  'with',
  'for',
]);
const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A denial of use in the clause after a semicolon ending the target's sentence (NEXT_CLAUSE_DENIAL):
 * only for a target in its sentence's subject, through a pronoun or one of that subject's own nouns.
 */
export function nextClauseDenial(text: string, sentence: Span, target: Span): ContextHit | undefined {
  const semi =
    text[sentence.end - 1] === ';' ? sentence.end : text[sentence.end] === ';' ? sentence.end + 1 : -1;
  if (semi < 0) return undefined;
  const aux = FIRST_AUX.exec(text.slice(sentence.start, semi - 1));
  if (!aux || target.end > sentence.start + aux.index) return undefined;
  const nouns = (
    text
      .slice(sentence.start, sentence.start + aux.index)
      .toLowerCase()
      .match(/[a-z]{3,}/g) ?? []
  ).filter((w) => !SUBJECT_FILLER.has(w));
  if (nouns.length === 0) return undefined;
  const pattern = NEXT_CLAUSE_DENIAL.pattern.replace('$NOUN', nouns.map(escapeWord).join('|'));
  const m = new RegExp(pattern, 'i').exec(text.slice(semi, semi + 160));
  return m ? { category: 'negated', cue: m[0].trim(), rule: NEXT_CLAUSE_DENIAL.id } : undefined;
}
