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
  private readonly positions = new Map<string, number[]>();
  private readonly hitsOf = new Map<RegExp, Hits>();
  private readonly owners = new Map<readonly Span[], Int32Array | null>();
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
  private occurrences(literal: string): number[] {
    let found = this.positions.get(literal);
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
    this.positions.set(literal, found);
    return found;
  }

  /** The occurrences of any of a regex's literals, once per regex per note. */
  private hits(re: RegExp, literals: readonly string[]): Hits {
    let hits = this.hitsOf.get(re);
    if (hits) return hits;
    const found: Array<[number[], number]> = [];
    for (const literal of literals) {
      const at = this.occurrences(literal);
      if (at.length > 0) found.push([at, literal.length]);
    }
    if (found.length === 0) hits = NO_HITS;
    else if (found.length === 1) {
      const [at, length] = found[0] as [number[], number];
      hits = { starts: at, ends: at.map((p) => p + length) };
    } else {
      const pairs: Array<[number, number]> = [];
      for (const [at, length] of found) for (const p of at) pairs.push([p, p + length]);
      pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      hits = { starts: pairs.map((x) => x[0]), ends: pairs.map((x) => x[1]) };
    }
    this.hitsOf.set(re, hits);
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
   * Indices of the spans that may hold a match of `re`, ascending: those a literal of it lies wholly
   * inside. Every span when no literal is known.
   */
  candidates(re: RegExp, spans: readonly Span[]): number[] {
    const literals = literalsOf(re);
    const owner = literals && this.aligned ? this.ownersOf(spans) : null;
    const out: number[] = [];
    if (!literals || !owner) {
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i] as Span;
        if (this.mayMatch(re, s.start, s.end)) out.push(i);
      }
      return out;
    }
    const { starts, ends } = this.hits(re, literals);
    let last = -1;
    for (let k = 0; k < starts.length; k++) {
      const i = owner[starts[k] as number] as number;
      if (i > last && (ends[k] as number) <= (spans[i] as Span).end) {
        out.push(i);
        last = i;
      }
    }
    return out;
  }

  /** Whether `re` may match inside [from, to): false only when no literal of it lies wholly there. */
  mayMatch(re: RegExp, from: number, to: number): boolean {
    const literals = literalsOf(re);
    if (!literals) return true;
    if (!this.aligned) return mayMatch(literals, this.text.slice(from, to).toLowerCase());
    const { starts, ends } = this.hits(re, literals);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && (starts[k] as number) < to; k++)
      if ((ends[k] as number) <= to) return true;
    return false;
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
