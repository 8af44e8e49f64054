import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { ASR_JOINS, TOKEN, tokenize } from '../src/nlp/tokens.ts';
import { ROOT } from './support/cli.ts';
import { probes } from './support/probes.ts';
import { readingProbes } from './support/reading-classes.ts';

/** The raw tokens as the TOKEN regex finds them in text[from, to): text and offsets. */
function byRegex(text: string, from: number, to: number): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  const slice = text.slice(from, to);
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice))
    out.push([m[0], from + m.index, from + m.index + m[0].length]);
  return out;
}

/** The tokens as tokenize made them with the TOKEN regex, speech-recognition joins included. */
function reference(text: string, from: number, to: number): Array<[string, number, number]> {
  const raw = byRegex(text, from, to);
  const out: Array<[string, number, number]> = [];
  const isWord = (t: string) => /^[A-Za-z]/.test(t);
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i] as [string, number, number];
    const b = raw[i + 1];
    if (b && isWord(a[0]) && isWord(b[0]) && /^[ \t-]+$/.test(text.slice(a[2], b[1]))) {
      const first = a[0].toLowerCase().replace('’', "'");
      const second = b[0].toLowerCase().replace('’', "'");
      const join = ASR_JOINS.find(([f, s]) => f === first && new RegExp(`^(?:${s})$`).test(second));
      if (join) {
        out.push([text.slice(a[1], b[2]), a[1], b[2]]);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const texts = [
  ...loadFixtures(`${ROOT}/fixtures`).map((c) => readFileSync(c.transcriptPath, 'utf8')),
  ...probes.map(([, text]) => text),
  ...readingProbes.map((p) => p.text),
];

describe('tokenize reads the tokens TOKEN matches', () => {
  it.each([
    ["the patient's femur", 0, 19],
    ['re-amputation at 12.5 cm (3.cm) and 4.', 0, 38],
    ['above-knee—AKA’s 1.2.3 x4', 0, 26],
    ['tab\tsep\u00a0nbsp\u2009thin\u3000wide\ufeffbom\u2028ls', 0, 42],
    ['non-ASCII: café, naïve, ß, 骨', 0, 27],
    ["it's cut off at the word bound'ary", 3, 30],
    ['12.', 0, 3],
    ['a-', 0, 2],
    ["o'", 0, 2],
    ['1.5', 0, 2],
  ])('%j [%i, %i)', (text, from, to) => {
    expect(tokenize(text, from, to).map((t) => [t.text, t.start, t.end])).toEqual(byRegex(text, from, to));
  });

  it('over every fixture, probe and reading probe, sentence by sentence and whole', () => {
    for (const text of texts) {
      const tokens = (from: number, to: number) =>
        tokenize(text, from, to).map((t) => [t.text, t.start, t.end]);
      expect(tokens(0, text.length)).toEqual(reference(text, 0, text.length));
      for (let from = 0; from < text.length; from += 97) {
        const to = Math.min(text.length, from + 211);
        expect(tokens(from, to)).toEqual(reference(text, from, to));
      }
    }
  });
});
