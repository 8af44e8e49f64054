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
 * understand (classes, backreferences, unusual escapes, non-ASCII characters, the `u`/`v` flags whose
 * case folding maps non-ASCII letters onto ASCII ones) gives no literal, never a wrong one.
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

/** A literal character under case-insensitive comparison of lowercased text: ASCII only. */
function literalChar(c: string): Info {
  const code = c.charCodeAt(0);
  if (c.length !== 1 || code > 0x7e || code < 0x20) return UNKNOWN;
  return { exact: new Set([c.toLowerCase()]) };
}

/** A set as a requirement, when every string in it is non-empty and there are not too many. */
const asRequired = (set: Set<string> | undefined): Set<string> | undefined =>
  set && set.size > 0 && set.size <= MAX_REQUIRED && !set.has('') ? set : undefined;

/** How selective a required set is: its shortest string first, then the fewer strings the better. */
function score(set: ReadonlySet<string>): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const s of set) shortest = Math.min(shortest, s.length);
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
          const d = overlap(c, seed) - overlap(pick, seed);
          if (d > 0 || (d === 0 && score(c) > score(pick))) pick = c;
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
    // A single character is in nearly every sentence: not worth checking.
    if (minimal.some((s) => s.length < 2)) continue;
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
const clauseIds = new Map<string, Clause>();

const numbered = (literal: string): number => {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literalIds.size;
    literalIds.set(literal, id);
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

/** Two ascending lists of occurrences merged (starts, then ends). */
function merge(a: Hits, b: Hits): Hits {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.starts.length || j < b.starts.length) {
    const takeA =
      j >= b.starts.length ||
      (i < a.starts.length &&
        ((a.starts[i] as number) < (b.starts[j] as number) ||
          ((a.starts[i] as number) === (b.starts[j] as number) &&
            (a.ends[i] as number) <= (b.ends[j] as number))));
    if (takeA) {
      starts.push(a.starts[i] as number);
      ends.push(a.ends[i] as number);
      i++;
    } else {
      starts.push(b.starts[j] as number);
      ends.push(b.ends[j] as number);
      j++;
    }
  }
  return { starts, ends };
}

/** Where a regex's literals occur in a note: starts ascending, with each occurrence's end. */
interface Hits {
  starts: readonly number[];
  ends: readonly number[];
}
const NO_HITS: Hits = { starts: [], ends: [] };

/**
 * Where each literal occurs in one note (lowercased), found once per literal from a table of the
 * note's character pairs: answers whether a range of the note holds one of a regex's literals, and
 * which sentences do.
 */
export class LiteralIndex {
  readonly text: string;
  private readonly lower: string;
  /** Lowercasing kept every offset (it does unless the text holds a dotted capital I). */
  private readonly aligned: boolean;
  /** Occurrences by literal number, and merged occurrences by regex number, filled as asked. */
  private readonly positions: Array<number[] | undefined> = [];
  private readonly hitsOf: Array<Hits | undefined> = [];
  private readonly owners = new Map<readonly Span[], Int32Array | null>();
  private candidatesSpans: readonly Span[] | undefined;
  private candidatesOf: Array<number[] | undefined> = [];
  /** Positions (+ 1) of each character-class pair, as chains: `head[pair]` the first, `next[i]` the one after i. */
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly count: Int32Array;

  constructor(text: string) {
    this.text = text;
    this.lower = text.toLowerCase();
    this.aligned = this.lower.length === text.length;
    const n = this.aligned ? this.lower.length : 0;
    this.head = new Int32Array(PAIRS);
    this.count = new Int32Array(PAIRS);
    this.next = new Int32Array(n);
    for (let i = n - 2; i >= 0; i--) {
      const pair = pairAt(this.lower, i);
      this.next[i] = this.head[pair] as number;
      this.head[pair] = i + 1;
      this.count[pair] = (this.count[pair] as number) + 1;
    }
  }

  /** Every position of a literal (two or more ASCII characters), ascending: the chain of its rarest pair, checked. */
  private occurrences(literal: string, id: number): number[] {
    let found = this.positions[id];
    if (found) return found;
    found = [];
    let offset = 0;
    let rarest = Number.POSITIVE_INFINITY;
    for (let k = 0; k + 1 < literal.length; k++) {
      const c = this.count[pairAt(literal, k)] ?? 0;
      if (c < rarest) {
        rarest = c;
        offset = k;
      }
    }
    if (rarest > 0) {
      // Chains hold position + 1 (0 ends a chain).
      for (let j = this.head[pairAt(literal, offset)] as number; j > 0; j = this.next[j - 1] as number) {
        const p = j - 1 - offset;
        if (p >= 0 && this.lower.startsWith(literal, p)) found.push(p);
      }
    }
    this.positions[id] = found;
    return found;
  }

  /** The occurrences of any of a regex's literals, once per regex per note. */
  private hits(d: Clause): Hits {
    let hits = this.hitsOf[d.id];
    if (hits) return hits;
    hits = NO_HITS;
    for (let k = 0; k < d.literals.length; k++) {
      const literal = d.literals[k] as string;
      const at = this.occurrences(literal, d.literalIds[k] as number);
      if (at.length === 0) continue;
      const own = { starts: at, ends: at.map((p) => p + literal.length) };
      hits = hits === NO_HITS ? own : merge(hits, own);
    }
    this.hitsOf[d.id] = hits;
    return hits;
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

  /** The spans holding a literal of one requirement (kept per requirement for the last list of spans). */
  private clauseCandidates(clause: Clause, spans: readonly Span[], owner: Int32Array): number[] {
    if (this.candidatesSpans !== spans) {
      this.candidatesSpans = spans;
      this.candidatesOf = [];
    }
    let out = this.candidatesOf[clause.id];
    if (out) return out;
    out = [];
    const { starts, ends } = this.hits(clause);
    let last = -1;
    for (let k = 0; k < starts.length; k++) {
      const i = owner[starts[k] as number] as number;
      if (i > last && (ends[k] as number) <= (spans[i] as Span).end) {
        out.push(i);
        last = i;
      }
    }
    this.candidatesOf[clause.id] = out;
    return out;
  }

  /** Whether `re` may match inside [from, to): false only when some requirement has no literal wholly there. */
  mayMatch(re: RegExp, from: number, to: number): boolean {
    const clauses = derive(re);
    if (!clauses) return true;
    for (const clause of clauses) {
      if (!this.aligned) {
        if (!mayMatch(clause.literals, this.text.slice(from, to).toLowerCase())) return false;
        continue;
      }
      const { starts, ends } = this.hits(clause);
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      let found = false;
      for (let k = lo; k < starts.length && (starts[k] as number) < to; k++) {
        if ((ends[k] as number) <= to) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
}

/** Characters folded into 64 classes (letters, digits, common punctuation; the rest share one): pairs index a small table. */
const CLASS_OF = (() => {
  const classes = new Uint8Array(128).fill(63);
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -.,:;/'()";
  for (let k = 0; k < alphabet.length; k++) classes[alphabet.charCodeAt(k)] = k;
  return classes;
})();
const PAIRS = 64 * 64;
/** The class pair of the characters at i and i + 1 (a table key; equal text gives equal keys). */
function pairAt(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  return (((a < 128 ? CLASS_OF[a] : 63) as number) << 6) | ((b < 128 ? CLASS_OF[b] : 63) as number);
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
