import type { Span } from './types.ts';

/**
 * Literal prefilters derived from regular expressions. `requiredLiterals(re)` reads a regex's source
 * and returns lowercase ASCII strings of which every match must contain at least one (compared
 * case-insensitively), or undefined when no such set can be derived (the regex then always runs).
 * A text whose lowercase holds none of them cannot match, so the regex need not run on it: the
 * lexicon and the context cues are searched only in sentences that hold one of their literals.
 *
 * Derived from the pattern alone, at module load, so new lexicon entries and context rules get their
 * prefilter without anyone writing one. The derivation is conservative: anything it does not
 * understand (classes, backreferences, unusual escapes, non-ASCII characters, the `u`/`v` flags whose
 * case folding maps non-ASCII letters onto ASCII ones) gives no literal, never a wrong one.
 */

/** What is known of the strings a piece of pattern matches. */
interface Info {
  /** Every string it can match (lowercased), when few; undefined when unknown or too many. */
  exact?: Set<string>;
  /** Strings of which every match contains one (lowercased); undefined when none is known. */
  required?: Set<string>;
}

const MAX_EXACT = 16;
const MAX_REQUIRED = 64;
const UNKNOWN: Info = {};
const EMPTY: Info = { exact: new Set(['']) };

/** A literal character under case-insensitive comparison of lowercased text: ASCII only. */
function literalChar(c: string): Info {
  const code = c.charCodeAt(0);
  if (c.length !== 1 || code > 0x7e || code < 0x20) return UNKNOWN;
  return { exact: new Set([c.toLowerCase()]) };
}

const hasEmpty = (set: ReadonlySet<string>): boolean => set.has('');

/** A set as a prefilter, when every string in it is non-empty. */
const asRequired = (set: Set<string> | undefined): Set<string> | undefined =>
  set && set.size > 0 && set.size <= MAX_REQUIRED && !hasEmpty(set) ? set : undefined;

/** How selective a required set is: its shortest string first, then the fewer strings the better. */
function score(set: ReadonlySet<string>): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest * 1000 - set.size;
}

const better = (a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined =>
  !a ? b : !b ? a : score(b) > score(a) ? b : a;

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A sequence of pieces: runs of exact pieces combine; the best required set of any piece or run holds. */
function concat(items: readonly Info[]): Info {
  let run: Set<string> | undefined = new Set(['']);
  let best: Set<string> | undefined;
  let allExact = true;
  for (const item of items) {
    best = better(best, asRequired(item.required));
    if (item.exact && run) {
      const next = product(run, item.exact);
      if (next) {
        run = next;
        continue;
      }
      // Too many combinations: close the run, start another at this piece.
      best = better(best, asRequired(run));
      run = new Set(item.exact);
      allExact = false;
      continue;
    }
    best = better(best, asRequired(run));
    allExact = false;
    run = item.exact ? new Set(item.exact) : new Set(['']);
  }
  best = better(best, asRequired(run));
  return allExact && run
    ? { exact: run, ...(best ? { required: best } : {}) }
    : best
      ? { required: best }
      : {};
}

/** Alternatives: a match matches one of them, so it contains one of the union of their required sets. */
function alternation(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0] as Info;
  let exact: Set<string> | undefined = new Set();
  let required: Set<string> | undefined = new Set();
  for (const b of branches) {
    if (exact && b.exact && exact.size + b.exact.size <= MAX_EXACT) for (const s of b.exact) exact.add(s);
    else exact = undefined;
    const own = asRequired(b.required) ?? asRequired(b.exact);
    if (required && own) for (const s of own) required.add(s);
    else required = undefined;
  }
  return {
    ...(exact ? { exact } : {}),
    ...(asRequired(required) ? { required: required as Set<string> } : {}),
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
    const required = asRequired(atom.required) ?? asRequired(atom.exact);
    return required ? { required } : UNKNOWN;
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
 * Lowercase strings of which every match of `re` contains one, case-insensitively; undefined when
 * none can be derived (the caller then always runs the regex).
 */
export function requiredLiterals(re: RegExp): readonly string[] | undefined {
  if (re.unicode || re.unicodeSets) return undefined;
  let info: Info;
  try {
    info = new Parser(re.source).parse();
  } catch {
    return undefined;
  }
  const required = asRequired(info.required) ?? asRequired(info.exact);
  if (!required) return undefined;
  // A string that contains another member adds nothing: the shorter one is present whenever it is.
  const minimal = [...required].filter((s) => ![...required].some((t) => t !== s && s.includes(t)));
  // A single character is in nearly every sentence: not worth checking.
  return minimal.some((s) => s.length < 2) ? undefined : minimal;
}

/** Literals of a regex, derived once per regex object (lexicon entries and cue rules are built at load). */
const derived = new WeakMap<RegExp, readonly string[] | null>();
export function literalsOf(re: RegExp): readonly string[] | undefined {
  let l = derived.get(re);
  if (l === undefined) {
    l = requiredLiterals(re) ?? null;
    derived.set(re, l);
  }
  return l ?? undefined;
}

/**
 * Where each literal occurs in one note (lowercased), found once per literal: answers whether a range
 * of the note holds one of a regex's literals with a binary search per literal.
 */
export class LiteralIndex {
  readonly text: string;
  private readonly lower: string;
  /** Lowercasing kept every offset (it does unless the text holds a dotted capital I). */
  private readonly aligned: boolean;
  private readonly positions = new Map<string, number[]>();
  /** Positions of each ASCII character pair, as chains: `head[pair]` the first, `next[i]` the one after i. */
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly count: Int32Array;

  constructor(text: string) {
    this.text = text;
    this.lower = text.toLowerCase();
    this.aligned = this.lower.length === text.length;
    const n = this.aligned ? this.lower.length : 0;
    this.head = new Int32Array(PAIRS).fill(-1);
    this.count = new Int32Array(PAIRS);
    this.next = new Int32Array(n);
    for (let i = n - 2; i >= 0; i--) {
      const pair = pairAt(this.lower, i);
      if (pair < 0) continue;
      this.next[i] = this.head[pair] as number;
      this.head[pair] = i;
      this.count[pair] = (this.count[pair] as number) + 1;
    }
  }

  /** Every position of a literal (two or more ASCII characters), ascending: the chain of its rarest pair, checked. */
  private occurrences(literal: string): number[] {
    let found = this.positions.get(literal);
    if (found) return found;
    found = [];
    let offset = 0;
    let rarest = Number.POSITIVE_INFINITY;
    for (let k = 0; k + 1 < literal.length; k++) {
      const c = this.count[pairAt(literal, k)] as number;
      if (c < rarest) {
        rarest = c;
        offset = k;
      }
    }
    if (rarest > 0) {
      for (let i = this.head[pairAt(literal, offset)] as number; i >= 0; i = this.next[i] as number) {
        const p = i - offset;
        if (p >= 0 && this.lower.startsWith(literal, p)) found.push(p);
      }
    }
    this.positions.set(literal, found);
    return found;
  }

  /**
   * Indices of the spans (sorted, not overlapping: a note's sentences) that may hold a match of `re`,
   * ascending: those a literal of it lies wholly inside. Every span when no literal is known.
   */
  candidates(re: RegExp, spans: readonly Span[]): number[] {
    const literals = literalsOf(re);
    if (!literals || !this.aligned || !ordered(spans)) {
      const all: number[] = [];
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i] as Span;
        if (this.mayMatch(re, s.start, s.end)) all.push(i);
      }
      return all;
    }
    const hit = new Set<number>();
    for (const literal of literals) {
      for (const p of this.occurrences(literal)) {
        const i = spanAt(spans, p);
        if (i >= 0 && p + literal.length <= (spans[i] as Span).end) hit.add(i);
      }
    }
    return [...hit].sort((a, b) => a - b);
  }

  /** Whether `re` may match inside [from, to): false only when no literal of it lies wholly there. */
  mayMatch(re: RegExp, from: number, to: number): boolean {
    const literals = literalsOf(re);
    if (!literals) return true;
    if (!this.aligned) return mayMatch(literals, this.text.slice(from, to).toLowerCase());
    for (const literal of literals) {
      const at = this.occurrences(literal);
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((at[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      const p = at[lo];
      if (p !== undefined && p + literal.length <= to) return true;
    }
    return false;
  }
}

const PAIRS = 128 * 128;
/** The pair of ASCII characters at i as one number, or -1 when either is not ASCII. */
function pairAt(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  return a < 128 && b < 128 ? (a << 7) | b : -1;
}

/** Whether spans are sorted and disjoint (checked once per array). */
const orderedCache = new WeakMap<readonly Span[], boolean>();
function ordered(spans: readonly Span[]): boolean {
  let ok = orderedCache.get(spans);
  if (ok === undefined) {
    ok = spans.every((s, i) => i === 0 || (spans[i - 1] as Span).end <= s.start);
    orderedCache.set(spans, ok);
  }
  return ok;
}

/** Index of the last span starting at or before `pos` when it contains `pos`, else -1. */
function spanAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
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
