import type { Span } from './types.ts';

/** A word, number or punctuation mark with its offsets into the transcript. */
export interface Token extends Span {
  /** The text as written (for a re-joined token, both parts and the gap between them). */
  text: string;
  /** Lower case, with speech-recognition splits re-joined ("trans sected" -> "transected"). */
  norm: string;
  kind: 'word' | 'number' | 'punct';
}

/**
 * Speech-recognition splits of one word into two, re-joined before matching: the first part, the
 * second part (a regex source over lower case) and how the joined word is spelled.
 */
export const ASR_JOINS: ReadonlyArray<readonly [string, string, (second: string) => string]> = [
  ['trans', 'sect\\w*', (b) => `tran${b}`],
  ['dis', 'articulat\\w*', (b) => `dis${b}`],
  ['osteo', 'tom\\w*', (b) => `osteo${b}`],
  ['sacral', 'iliac', () => 'sacroiliac'],
  ['sacro', 'iliac', () => 'sacroiliac'],
  ['myo', 'fash(?:ial|al)', () => 'myofascial'],
  ['myo', 'fascial|desis|plasty', (b) => `myo${b}`],
  ['hemi', 'pelv\\w*', (b) => `hemi${b}`],
  ['in', 'nominate', () => 'innominate'],
  ['ace', 'tabul\\w*', (b) => `ace${b}`],
  ['sym', 'phys[ie]s', (b) => `sym${b}`],
  ['sim', 'phys[ie]s', (b) => `sym${b}`],
];

/** The tokens' shape as a regex: what `tokenize` reads character by character (tests compare the two). */
export const TOKEN = /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:\.\d+)?|[^\sA-Za-z\d]/g;

const JOINS = ASR_JOINS.map(([first, second, spell]) => ({
  first,
  second: new RegExp(`^(?:${second})$`),
  spell,
}));
const FIRST_PARTS = new Set(ASR_JOINS.map(([first]) => first));

/** The joined spelling for two adjacent words, or undefined. */
function joined(a: string, b: string): string | undefined {
  if (!FIRST_PARTS.has(a)) return undefined;
  for (const { first, second, spell } of JOINS) if (a === first && second.test(b)) return spell(b);
  return undefined;
}

/** A token's kind from its first character: an ASCII letter opens a word, a digit a number. */
function kindOf(c: number): Token['kind'] {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  return c >= 48 && c <= 57 ? 'number' : 'punct';
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The regex `\s`: white space and line terminators (the Unicode space separators included). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/** A word's inner joiner: an apostrophe (straight or curly) or a hyphen. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/**
 * The end of the token starting at `i` (before `to`), as `TOKEN` matches it there: a word with its
 * joined parts, a number with its decimals, or one other character that is no white space; `i` when
 * none starts there (white space). Read character by character: one regex call per token cost more.
 */
function tokenEnd(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (isLetter(c)) {
    let j = i + 1;
    for (;;) {
      while (j < to && isLetter(text.charCodeAt(j))) j++;
      if (j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      return j;
    }
  }
  if (isDigit(c)) {
    let j = i + 1;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    if (j + 1 < to && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < to && isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  }
  return isSpace(c) ? i : i + 1;
}

/**
 * Tokens of `text` between `from` and `to`, with offsets into `text`. Two words split by speech
 * recognition ("trans sected", "sacral iliac", "myo fashial") become one token spanning both.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const raw: Token[] = [];
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; ) {
    const j = tokenEnd(text, i, end);
    if (j === i) {
      i++;
      continue;
    }
    const t = text.slice(i, j);
    raw.push({
      text: t,
      norm: t.toLowerCase().replace('’', "'"),
      start: i,
      end: j,
      kind: kindOf(t.charCodeAt(0)),
    });
    i = j;
  }
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i] as Token;
    const b = raw[i + 1];
    if (
      b &&
      a.kind === 'word' &&
      b.kind === 'word' &&
      FIRST_PARTS.has(a.norm) &&
      /^[ \t-]+$/.test(text.slice(a.end, b.start))
    ) {
      const word = joined(a.norm, b.norm);
      if (word) {
        out.push({ text: text.slice(a.start, b.end), norm: word, start: a.start, end: b.end, kind: 'word' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
