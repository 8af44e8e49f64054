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
];

const TOKEN = /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:\.\d+)?|[^\sA-Za-z\d]/g;

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

/**
 * Tokens of `text` between `from` and `to`, with offsets into `text`. Two words split by speech
 * recognition ("trans sected", "sacral iliac", "myo fashial") become one token spanning both.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const raw: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const t = m[0];
    raw.push({
      text: t,
      norm: t.toLowerCase().replace('’', "'"),
      start: from + m.index,
      end: from + m.index + t.length,
      kind: kindOf(t.charCodeAt(0)),
    });
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
