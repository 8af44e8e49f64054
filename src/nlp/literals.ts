import type { Span } from './types.ts';

/**
 * Literal prefilters derived from regular expressions. `requiredLiterals(re)` reads a regex's source
 * and returns requirements: sets of lowercase ASCII strings such that every match contains
 * (case-insensitively) a string of each set ("the femur was divided" needs one of the femur's names
 * and one of the cutting verbs), or undefined when none can be derived (the regex then always runs).
 * A text that misses a requirement cannot match, so the regex need not run on it: the lexicon, the
 * context cues and the code labels are searched only in sentences that meet all their requirements.
 *
 * Derived from the pattern alone, once per regex, so new lexicon entries and context rules get their
 * prefilter without anyone writing one. The derivation is conservative: anything it does not
 * understand (classes, backreferences, unusual escapes, non-ASCII letters, the `u`/`v` flags whose
 * case folding maps non-ASCII letters onto ASCII ones) gives no literal, never a wrong one. A literal
 * has two characters at least, or is one rare mark ("[", "|", "☐"): a letter alone is in every sentence.
 */

/** What is known of the strings a piece of pattern matches. */
interface Info {
  /** Every string it can match (lowercased), when few; undefined when unknown or too many. */
  exact?: Set<string>;
  /** Sets of strings (lowercased) such that every match contains a string of each set. */
  clauses?: Set<string>[];
}

const MAX_EXACT = 16;
const MAX_REQUIRED = 64;
/** Sets kept per piece: the most selective ones. */
const MAX_CLAUSES = 3;
const UNKNOWN: Info = {};
const EMPTY: Info = { exact: new Set(['']) };

/**
 * A literal character under case-insensitive comparison of lowercased text: printable ASCII, or a
 * non-ASCII symbol or punctuation mark without case (the boxes "☐", "□"), which matches only itself.
 */
function literalChar(c: string): Info {
  const code = c.charCodeAt(0);
  if (c.length !== 1 || code < 0x20) return UNKNOWN;
  if (code > 0x7e && !(/^[\p{S}\p{P}]$/u.test(c) && c.toLowerCase() === c && c.toUpperCase() === c))
    return UNKNOWN;
  return { exact: new Set([c.toLowerCase()]) };
}

/**
 * A one-character literal worth checking: not a letter, digit or space, nor the punctuation nearly every
 * sentence holds; a mark such as "[", "|", "*" or "☐" is rare in a sentence, and a checkbox or a
 * placeholder needs one.
 */
const rareChar = (s: string): boolean => s.length === 1 && !/[a-z0-9\s.,;:'"-]/i.test(s);

/** A set as a requirement, when every string in it is non-empty and there are not too many. */
const asRequired = (set: Set<string> | undefined): Set<string> | undefined =>
  set && set.size > 0 && set.size <= MAX_REQUIRED && !set.has('') ? set : undefined;

/** How selective a required set is: its shortest string first, then the fewer strings the better. */
/** A string too common to check: one character that is no rare mark. */
const common = (s: string): boolean => s.length < 2 && !rareChar(s);
const usableSet = (set: ReadonlySet<string>): boolean => ![...set].some(common);

/**
 * How selective a required set is: its shortest string first (a common character counts as empty: the
 * set is dropped in the end), then the fewer strings the better.
 */
function score(set: ReadonlySet<string>): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const s of set) shortest = Math.min(shortest, common(s) ? 0 : s.length);
  return shortest * 1000 - set.size;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((x) => b.has(x));

/** The most selective sets of a list; a set holding all of another's strings adds nothing and is dropped. */
function top(clauses: readonly Set<string>[]): Set<string>[] {
  const distinct = clauses.filter(
    (c, i) => !clauses.some((o, j) => o !== c && subset(o, c) && (!sameSet(o, c) || j < i)),
  );
  return distinct.sort((x, y) => score(y) - score(x)).slice(0, MAX_CLAUSES);
}

/** The requirements of a piece: its sets, or its exact strings as one set. */
function clausesOf(info: Info): Set<string>[] {
  if (info.clauses && info.clauses.length > 0) return info.clauses;
  const exact = asRequired(info.exact);
  return exact ? [exact] : [];
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A sequence of pieces: runs of exact pieces combine; every piece's and every run's requirements hold. */
function concat(items: readonly Info[]): Info {
  let run = new Set(['']);
  const clauses: Set<string>[] = [];
  const close = (set: Set<string>) => {
    const required = asRequired(set);
    if (required) clauses.push(required);
  };
  let allExact = true;
  for (const item of items) {
    if (item.clauses) clauses.push(...item.clauses);
    if (item.exact) {
      const next = product(run, item.exact);
      if (next) {
        run = next;
        continue;
      }
      // Too many combinations: close the run, start another at this piece.
      close(run);
      run = new Set(item.exact);
      allExact = false;
      continue;
    }
    close(run);
    allExact = false;
    run = new Set(['']);
  }
  close(run);
  const kept = top(clauses);
  return {
    ...(allExact ? { exact: run } : {}),
    ...(kept.length > 0 ? { clauses: kept } : {}),
  };
}

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * Alternatives: a match matches one of them, so for any choice of one requirement per alternative it
 * contains a string of their union. Each requirement of the first alternative is joined with the most
 * alike requirement of each other one (the anatomy with the anatomy, the verb with the verb).
 */
function alternation(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0] as Info;
  let exact: Set<string> | undefined = new Set();
  for (const b of branches) {
    if (exact && b.exact && exact.size + b.exact.size <= MAX_EXACT) for (const s of b.exact) exact.add(s);
    else exact = undefined;
  }
  const each = branches.map(clausesOf);
  const clauses: Set<string>[] = [];
  if (each.every((c) => c.length > 0)) {
    for (const seed of each[0] as Set<string>[]) {
      const union = new Set(seed);
      for (const other of each.slice(1)) {
        let pick = other[0] as Set<string>;
        for (const c of other) {
          // A set holding a common character would make the union useless: any other set is taken first.
          const usable = Number(usableSet(c)) - Number(usableSet(pick));
          const d = overlap(c, seed) - overlap(pick, seed);
          if (usable > 0 || (usable === 0 && (d > 0 || (d === 0 && score(c) > score(pick))))) pick = c;
        }
        for (const x of pick) union.add(x);
      }
      const required = asRequired(union);
      if (required) clauses.push(required);
    }
  }
  const kept = top(clauses);
  return {
    ...(exact ? { exact } : {}),
    ...(kept.length > 0 ? { clauses: kept } : {}),
  };
}

class Parser {
  private i = 0;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): Info {
    const info = this.disjunction();
    if (this.i !== this.src.length) throw new Error('unbalanced pattern');
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.alternative());
    }
    return alternation(branches);
  }

  private alternative(): Info {
    const items: Info[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      items.push(this.quantified(this.atom()));
    }
    return concat(items);
  }

  /** A quantifier after an atom: optional pieces give no requirement, repeated ones keep theirs. */
  private quantified(atom: Info): Info {
    const rest = this.src.slice(this.i);
    const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(rest);
    if (!m) return atom;
    this.i += m[0].length;
    if (this.peek() === '?') this.i++; // lazy
    const min = m[1] === '*' || m[1] === '?' ? 0 : m[1] === '+' ? 1 : Number(m[2]);
    const exactlyOne = m[1] === undefined && min === 1 && m[3] === undefined;
    if (exactlyOne) return atom;
    if (m[1] === '?' && atom.exact && atom.exact.size < MAX_EXACT) {
      // An optional exact piece still combines with its neighbours ("tumou?r").
      return { exact: new Set([...atom.exact, '']) };
    }
    if (min === 0) return EMPTY_OR_UNKNOWN;
    // Repeated at least once: the piece's own strings occur, but the run with neighbours breaks.
    const clauses = clausesOf(atom);
    return clauses.length > 0 ? { clauses } : UNKNOWN;
  }

  private atom(): Info {
    const c = this.src[this.i] as string;
    this.i++;
    switch (c) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return UNKNOWN;
      case '\\':
        return this.escape();
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        // A quantifier with nothing to repeat, or a brace that is not one: not understood.
        return UNKNOWN;
      default:
        return literalChar(c);
    }
  }

  private escape(): Info {
    const c = this.src[this.i];
    if (c === undefined) throw new Error('trailing backslash');
    this.i++;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'k' && this.peek() === '<') {
      this.skipPast('>');
      return UNKNOWN;
    }
    // Classes, control and code escapes, backreferences: no literal. The characters that belong to
    // the escape are skipped so they are not read as literals (skipping too many only loses a literal).
    if (c === 'x') this.skip(/^[0-9a-fA-F]{2}/);
    else if (c === 'u') this.skip(/^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/);
    else if (c === 'c') this.skip(/^[A-Za-z]/);
    else if (/[0-9]/.test(c)) this.skip(/^[0-9]*/);
    if (/[dDwWsSpPcxu0-9nrtfv]/.test(c)) return UNKNOWN;
    return literalChar(c);
  }

  private skip(re: RegExp): void {
    const m = re.exec(this.src.slice(this.i));
    if (m) this.i += m[0].length;
  }

  private skipPast(end: string): void {
    const at = this.src.indexOf(end, this.i);
    if (at < 0) throw new Error('unterminated');
    this.i = at + 1;
  }

  /** A class of a few literal characters is their alternation ("[ie]"); any other class is unknown. */
  private characterClass(): Info {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let understood = !negated;
    let first = true;
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined) throw new Error('unterminated class');
      this.i++;
      if (c === ']' && !first) break;
      if (c === ']' && first) {
        // "[]" matches nothing, "[^]" anything.
        understood = false;
        break;
      }
      first = false;
      if (c === '\\') {
        const e = this.src[this.i];
        this.i++;
        if (e === undefined || /[dDwWsSpPcxu0-9bBnrtfvk]/.test(e)) understood = false;
        else chars.add(e);
        continue;
      }
      if (c === '-' && chars.size > 0 && this.peek() !== ']') {
        understood = false; // a range
        continue;
      }
      chars.add(c);
    }
    if (!understood || chars.size === 0) return UNKNOWN;
    const exact = new Set<string>();
    for (const ch of chars) {
      const info = literalChar(ch);
      if (!info.exact) return UNKNOWN;
      for (const s of info.exact) exact.add(s);
    }
    return exact.size <= 4 ? { exact } : UNKNOWN;
  }

  private group(): Info {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (/^\?(?:=|!|<=|<!)/.test(rest)) {
        lookaround = true;
        this.i += rest.startsWith('?<') ? 3 : 2;
      } else if (rest.startsWith('?<')) this.skipPast('>');
      else throw new Error('unknown group');
    }
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Error('unterminated group');
    this.i++;
    // A lookaround consumes nothing: it adds no characters between its neighbours.
    return lookaround ? EMPTY : inner;
  }
}

/** An optional piece matches the empty string too: nothing is required of it. */
const EMPTY_OR_UNKNOWN: Info = UNKNOWN;

/**
 * Sets of lowercase strings such that every match of `re` contains, case-insensitively, a string of
 * each set; undefined when none can be derived (the caller then always runs the regex).
 */
export function requiredLiterals(re: RegExp): ReadonlyArray<readonly string[]> | undefined {
  if (re.unicode || re.unicodeSets) return undefined;
  let info: Info;
  try {
    info = new Parser(re.source).parse();
  } catch {
    return undefined;
  }
  const out: string[][] = [];
  for (const clause of clausesOf(info)) {
    // A string that contains another member adds nothing: the shorter one is present whenever it is.
    const all = [...clause];
    const minimal = all.filter((s) => !all.some((t) => t !== s && s.includes(t)));
    // A letter or a common mark is in nearly every sentence: not worth checking.
    if (minimal.some(common)) continue;
    out.push(minimal);
  }
  return out.length > 0 ? out : undefined;
}

/** One requirement of a regex: its literals, their numbers, and its own number (shared by equal sets). */
interface Clause {
  id: number;
  literals: readonly string[];
  literalIds: readonly number[];
}
const derived = new WeakMap<RegExp, readonly Clause[] | null>();
const literalIds = new Map<string, number>();
/** Every literal by its number, in order of first use. */
const literalList: string[] = [];
const clauseIds = new Map<string, Clause>();

const numbered = (literal: string): number => {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literalList.length;
    literalIds.set(literal, id);
    literalList.push(literal);
  }
  return id;
};

function derive(re: RegExp): readonly Clause[] | null {
  let d = derived.get(re);
  if (d === undefined) {
    d =
      requiredLiterals(re)?.map((literals) => {
        const key = [...literals].sort().join('\0');
        let clause = clauseIds.get(key);
        if (!clause) {
          clause = { id: clauseIds.size, literals, literalIds: literals.map(numbered) };
          clauseIds.set(key, clause);
        }
        return clause;
      }) ?? null;
    derived.set(re, d);
  }
  return d;
}

/** Literals of a regex, derived once per regex object (lexicon entries and cue rules are built at load). */
export function literalsOf(re: RegExp): ReadonlyArray<readonly string[]> | undefined {
  return derive(re)?.map((c) => c.literals);
}

/**
 * A regex's requirements, derived once: a caller that checks the same regex in sentence after
 * sentence (the context cues) keeps it and passes it to `mayMatch` instead of the regex.
 */
export interface Prefilter {
  readonly clauses: readonly Clause[] | null;
}
export const prefilterOf = (re: RegExp): Prefilter => ({ clauses: derive(re) });

/** Indices both ascending lists hold. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && (b[j] as number) < x) j++;
    if (b[j] === x) out.push(x);
  }
  return out;
}

const NONE: readonly number[] = [];

/**
 * Where each literal occurs in one note (lowercased), all found in one pass over the note by an
 * automaton of every literal numbered so far (see `Automaton`): answers whether a range of the note
 * holds one of a regex's literals, and which sentences do.
 */
export class LiteralIndex {
  readonly text: string;
  private readonly lower: string;
  /** Lowercasing kept every offset (it does unless the text holds a dotted capital I). */
  private readonly aligned: boolean;
  /** The scan's occurrences: literal n's starts, ascending, are `at[from[n]] .. at[from[n + 1]]`. */
  private readonly scan: Occurrences;
  /** Starts of the literals numbered after the scan, each searched on its own when first asked. */
  private readonly later = new Map<number, Int32Array>();
  /** By requirement number: the positions in its list of the literals that occur in the note (filled as asked). */
  private readonly presentOf: Array<readonly number[] | undefined> = [];
  private readonly owners = new Map<readonly Span[], Int32Array | null>();
  private candidatesSpans: readonly Span[] | undefined;
  private candidatesOf: Array<number[] | undefined> = [];

  constructor(text: string) {
    this.text = text;
    this.lower = text.toLowerCase();
    this.aligned = this.lower.length === text.length;
    this.scan = this.aligned ? currentAutomaton().scan(this.lower) : NOTHING_SCANNED;
  }

  /**
   * Every position of a literal (two or more ASCII characters), ascending: `starts(...)[first(id) ..
   * last(id))`. The scan's literals are read in place (no list per literal); a literal numbered after
   * the scan is searched for on its own, once.
   */
  private starts(literal: string, id: number): Int32Array {
    if (id < this.scan.size) return this.scan.at;
    let list = this.later.get(id);
    if (!list) {
      const found: number[] = [];
      for (let p = this.lower.indexOf(literal); p >= 0; p = this.lower.indexOf(literal, p + 1)) found.push(p);
      list = Int32Array.from(found);
      this.later.set(id, list);
    }
    return list;
  }
  private first(id: number): number {
    return id < this.scan.size ? (this.scan.from[id] as number) : 0;
  }
  private last(id: number, starts: Int32Array): number {
    return id < this.scan.size ? (this.scan.from[id + 1] as number) : starts.length;
  }

  /** The positions in a requirement's list of its literals that occur in the note, once per requirement per note. */
  private present(clause: Clause): readonly number[] {
    let present = this.presentOf[clause.id];
    if (present) return present;
    const found: number[] = [];
    for (let k = 0; k < clause.literals.length; k++) {
      const id = clause.literalIds[k] as number;
      const starts = this.starts(clause.literals[k] as string, id);
      if (this.last(id, starts) > this.first(id)) found.push(k);
    }
    present = found.length > 0 ? found : NONE;
    this.presentOf[clause.id] = present;
    return present;
  }

  /** For each offset of the note, the index of the span holding it (-1: none); null when spans overlap or are unsorted. */
  private ownersOf(spans: readonly Span[]): Int32Array | null {
    let owner = this.owners.get(spans);
    if (owner !== undefined) return owner;
    owner = new Int32Array(this.text.length).fill(-1);
    let previousEnd = 0;
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i] as Span;
      if (s.start < previousEnd || s.end > this.text.length || s.start > s.end) {
        owner = null;
        break;
      }
      owner.fill(i, s.start, s.end);
      previousEnd = s.end;
    }
    this.owners.set(spans, owner);
    return owner;
  }

  /**
   * Indices of the spans that may hold a match of `re`, ascending: those holding, wholly inside, a
   * literal of each of its requirements. Every span when no literal is known.
   */
  candidates(re: RegExp, spans: readonly Span[]): number[] {
    const clauses = derive(re);
    const owner = clauses && this.aligned ? this.ownersOf(spans) : null;
    if (!clauses || !owner) {
      const out: number[] = [];
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i] as Span;
        if (this.mayMatch(re, s.start, s.end)) out.push(i);
      }
      return out;
    }
    let out: number[] | undefined;
    for (const clause of clauses) {
      const own = this.clauseCandidates(clause, spans, owner);
      out = out ? intersect(out, own) : own;
      if (out.length === 0) break;
    }
    return out ?? [];
  }

  /** The spans holding a literal of one requirement, ascending (kept per requirement for the last list of spans). */
  private clauseCandidates(clause: Clause, spans: readonly Span[], owner: Int32Array): number[] {
    if (this.candidatesSpans !== spans) {
      this.candidatesSpans = spans;
      this.candidatesOf = [];
    }
    let out = this.candidatesOf[clause.id];
    if (out) return out;
    out = [];
    const present = this.present(clause);
    let lowest = spans.length;
    let highest = -1;
    for (const k of present) {
      const literal = clause.literals[k] as string;
      const id = clause.literalIds[k] as number;
      const starts = this.starts(literal, id);
      const end = this.last(id, starts);
      let last = -1;
      for (let j = this.first(id); j < end; j++) {
        const p = starts[j] as number;
        const i = owner[p] as number;
        if (i > last && p + literal.length <= (spans[i] as Span).end) {
          out.push(i);
          last = i;
          if (i < lowest) lowest = i;
        }
      }
      if (last > highest) highest = last;
    }
    // Each literal's spans come ascending; several literals' are merged (marked, then read in order
    // over the marked range).
    if (present.length > 1 && out.length > 0) {
      if (marks.length < spans.length) marks = new Uint8Array(spans.length * 2);
      for (const i of out) marks[i] = 1;
      out = [];
      for (let i = lowest; i <= highest; i++) {
        if (marks[i] === 1) {
          out.push(i);
          marks[i] = 0;
        }
      }
    }
    this.candidatesOf[clause.id] = out;
    return out;
  }

  /** Whether `re` may match inside [from, to): false only when some requirement has no literal wholly there. */
  mayMatch(re: RegExp | Prefilter, from: number, to: number): boolean {
    const clauses = re instanceof RegExp ? derive(re) : re.clauses;
    if (!clauses) return true;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c] as Clause;
      if (!this.aligned) {
        if (!mayMatch(clause.literals, this.text.slice(from, to).toLowerCase())) return false;
        continue;
      }
      if (!this.someLiteralIn(clause, from, to)) return false;
    }
    return true;
  }

  /**
   * For each prefilter, `mayMatch` inside [from, to): the scan's literals lying wholly in the range are
   * marked once (from the occurrences in the order found), then each requirement reads the marks
   * instead of searching each of its literals' occurrences.
   */
  mayMatchEach(prefilters: readonly Prefilter[], from: number, to: number): boolean[] {
    if (!this.aligned) return prefilters.map((p) => this.mayMatch(p, from, to));
    const { foundIds, foundStarts, foundEnds, size } = this.scan;
    if (marked.length < size) marked = new Int32Array(size * 2);
    const mark = ++markNumber;
    // The first occurrence ending after `from`; then each one ending by `to` that starts at or after `from`.
    let lo = 0;
    let hi = foundEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((foundEnds[mid] as number) <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < foundEnds.length && (foundEnds[k] as number) <= to; k++) {
      if ((foundStarts[k] as number) >= from) marked[foundIds[k] as number] = mark;
    }
    const out: boolean[] = new Array(prefilters.length);
    for (let f = 0; f < prefilters.length; f++) {
      const clauses = (prefilters[f] as Prefilter).clauses;
      let may = true;
      if (clauses) {
        for (let c = 0; c < clauses.length && may; c++)
          may = this.someLiteralIn(clauses[c] as Clause, from, to, mark);
      }
      out[f] = may;
    }
    return out;
  }

  /**
   * Whether a literal of the requirement lies wholly inside [from, to) (the note is aligned); with
   * `mark`, the scan's literals are read from the range's marks (`mayMatchEach`).
   */
  private someLiteralIn(clause: Clause, from: number, to: number, mark?: number): boolean {
    const present = this.present(clause);
    for (let p = 0; p < present.length; p++) {
      // A literal's first occurrence at or after `from` is the one that ends first.
      const k = present[p] as number;
      const id = clause.literalIds[k] as number;
      if (mark !== undefined && id < this.scan.size) {
        if (marked[id] === mark) return true;
        continue;
      }
      const length = (clause.literals[k] as string).length;
      const starts = id < this.scan.size ? this.scan.at : this.starts(clause.literals[k] as string, id);
      let lo = this.first(id);
      let hi = this.last(id, starts);
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      if (lo < end && (starts[lo] as number) + length <= to) return true;
    }
    return false;
  }
}

/** Spans marked while merging candidate lists (cleared after each use). */
let marks = new Uint8Array(256);

/** Occurrences of the first `size` literals, grouped by literal: literal n's starts are `at[from[n]] .. at[from[n + 1]]`. */
interface Occurrences {
  size: number;
  at: Int32Array;
  from: Int32Array;
  /** The same occurrences in the order found (by end, ascending): their literals, starts and ends. */
  foundIds: Int32Array;
  foundStarts: Int32Array;
  foundEnds: Int32Array;
}
const NOTHING_SCANNED: Occurrences = {
  size: 0,
  at: new Int32Array(0),
  from: new Int32Array(1),
  foundIds: new Int32Array(0),
  foundStarts: new Int32Array(0),
  foundEnds: new Int32Array(0),
};

/** Marks of the literals inside one range (`LiteralIndex.mayMatchEach`): literal n is marked when `marked[n]` is the range's number. */
let marked = new Int32Array(1024);
let markNumber = 0;

/** The literals found by a scan and where, in the order found (reused from note to note, grown as needed). */
let foundIds = new Int32Array(1024);
let foundAt = new Int32Array(1024);

/**
 * An Aho-Corasick automaton of literals: one pass over a lowercased note finds every occurrence of
 * every literal, overlapping ones included. Characters are folded into classes (each character some
 * literal holds has its own, the few non-ASCII ones by a map; every other one shares class 0, which no literal
 * holds). `delta` is the full transition table: for a state and a class (at state x classes + class),
 * the next state, complemented (negative) when literals end at that state (`outIds`).
 */
class Automaton {
  readonly size: number;
  private readonly lengths: Int32Array;
  private readonly classOf: Uint8Array;
  /** Classes of the non-ASCII characters literals hold (few: symbols without case). */
  private readonly wideClassOf: ReadonlyMap<number, number>;
  private readonly classes: number;
  private readonly delta: Int16Array | Int32Array;
  /** The literals ending at each state: `outIds[outStart[s] .. outStart[s + 1])`. */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;

  constructor(literals: readonly string[]) {
    this.size = literals.length;
    this.lengths = Int32Array.from(literals, (l) => l.length);
    const classOf = new Uint8Array(128);
    const wideClassOf = new Map<number, number>();
    let classes = 1;
    for (const l of literals) {
      for (let k = 0; k < l.length; k++) {
        const c = l.charCodeAt(k);
        if (c >= 128) {
          if (!wideClassOf.has(c)) wideClassOf.set(c, classes++);
        } else if (classOf[c] === 0) classOf[c] = classes++;
      }
    }
    const classAt = (c: number): number => (c < 128 ? (classOf[c] as number) : (wideClassOf.get(c) ?? 0));
    // The trie: children by class (-1: none), and the literals each node ends.
    const child: number[] = new Array(classes).fill(-1);
    const ends: number[][] = [[]];
    literals.forEach((l, id) => {
      let s = 0;
      for (let k = 0; k < l.length; k++) {
        const slot = s * classes + classAt(l.charCodeAt(k));
        let t = child[slot] as number;
        if (t < 0) {
          t = ends.length;
          ends.push([]);
          for (let c = 0; c < classes; c++) child.push(-1);
          child[slot] = t;
        }
        s = t;
      }
      (ends[s] as number[]).push(id);
    });
    // States renumbered breadth first: the shallow states, where a scan spends most of its time, lie together.
    const states = ends.length;
    const rank = new Int32Array(states);
    const order = [0];
    for (let q = 0; q < order.length; q++) {
      const s = order[q] as number;
      for (let c = 0; c < classes; c++) {
        const t = child[s * classes + c] as number;
        if (t > 0) {
          rank[t] = order.length;
          order.push(t);
        }
      }
    }
    // Breadth first again, in the new numbers: each state's failure link, transitions and outputs (its
    // own and its failure's, which is shallower and so done before it).
    const next = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const outputs: number[][] = new Array(states);
    for (let s = 0; s < states; s++) {
      const old = order[s] as number;
      const f = fail[s] as number;
      outputs[s] = s === 0 ? [] : [...(ends[old] as number[]), ...(outputs[f] as number[])];
      for (let c = 0; c < classes; c++) {
        const t = child[old * classes + c] as number;
        const viaFail = s === 0 ? 0 : (next[f * classes + c] as number);
        if (t < 0) next[s * classes + c] = viaFail;
        else {
          next[s * classes + c] = rank[t] as number;
          fail[rank[t] as number] = viaFail;
        }
      }
    }
    // Two bytes a transition while the states allow: the table is read once per character and should stay in cache.
    this.delta = new (states < 0x8000 ? Int16Array : Int32Array)(states * classes);
    for (let k = 0; k < next.length; k++) {
      const t = next[k] as number;
      this.delta[k] = (outputs[t] as number[]).length > 0 ? ~t : t;
    }
    this.outStart = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.outStart[s] = total;
      total += (outputs[s] as number[]).length;
    }
    this.outStart[states] = total;
    this.outIds = new Int32Array(total);
    for (let s = 0; s < states; s++) this.outIds.set(outputs[s] as number[], this.outStart[s] as number);
    this.classOf = classOf;
    this.wideClassOf = wideClassOf;
    this.classes = classes;
  }

  /** Every occurrence of every literal in a lowercased text. */
  scan(lower: string): Occurrences {
    const { classOf, wideClassOf, classes, delta, outStart, outIds, lengths } = this;
    let found = 0;
    let s = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const v = delta[s * classes + (c < 128 ? (classOf[c] as number) : (wideClassOf.get(c) ?? 0))] as number;
      if (v >= 0) {
        s = v;
        continue;
      }
      s = ~v;
      const last = outStart[s + 1] as number;
      for (let j = outStart[s] as number; j < last; j++) {
        const id = outIds[j] as number;
        if (found === foundIds.length) {
          const ids = new Int32Array(found * 2);
          ids.set(foundIds);
          foundIds = ids;
          const ats = new Int32Array(found * 2);
          ats.set(foundAt);
          foundAt = ats;
        }
        foundIds[found] = id;
        foundAt[found] = i + 1 - (lengths[id] as number);
        found++;
      }
    }
    // Grouped by literal (a counting sort: stable, so each literal's starts stay ascending).
    const from = new Int32Array(this.size + 1);
    for (let k = 0; k < found; k++) {
      const slot = (foundIds[k] as number) + 1;
      from[slot] = (from[slot] as number) + 1;
    }
    for (let n = 0; n < this.size; n++) from[n + 1] = (from[n + 1] as number) + (from[n] as number);
    const fill = from.slice(0, this.size);
    const at = new Int32Array(found);
    for (let k = 0; k < found; k++) {
      const id = foundIds[k] as number;
      at[fill[id] as number] = foundAt[k] as number;
      fill[id] = (fill[id] as number) + 1;
    }
    const foundEnds = new Int32Array(found);
    for (let k = 0; k < found; k++)
      foundEnds[k] = (foundAt[k] as number) + (lengths[foundIds[k] as number] as number);
    return {
      size: this.size,
      at,
      from,
      foundIds: foundIds.slice(0, found),
      foundStarts: foundAt.slice(0, found),
      foundEnds,
    };
  }
}

let automaton = new Automaton([]);
/** The automaton of every literal numbered so far, rebuilt when regexes seen for the first time added some. */
function currentAutomaton(): Automaton {
  if (automaton.size !== literalList.length) automaton = new Automaton(literalList);
  return automaton;
}

let lastIndex: LiteralIndex | undefined;
/** The literal index of a note; the last one is kept (the extractor's stages read the same note). */
export function literalIndexOf(text: string): LiteralIndex {
  if (lastIndex?.text !== text) lastIndex = new LiteralIndex(text);
  return lastIndex;
}

/** Whether a text (already lowercased) may hold a match: it holds one of the literals, or there are none. */
export function mayMatch(literals: readonly string[] | undefined, lower: string): boolean {
  if (!literals) return true;
  for (const l of literals) if (lower.includes(l)) return true;
  return false;
}
