import { z } from 'zod';
import { elementLexicon, featureLexicon, sizeNumbersIn, type TargetLexicon } from '../rules/lexicon.ts';

/**
 * Checks a model's value against the model's own (grounded) quotes: a number must appear in a quote (a
 * size as a size, not as a distance, a level or an implant: NUMBER_TEXT), a side word in a quote, an enum
 * value must be the one the rules lexicon reads from the quotes (when it reads any). The model may not
 * state a value its evidence does not say ("measured 3.0 cm" with 9, "left thigh" with right,
 * "osteotomised 18 cm above the joint line" with a tumour size 18).
 */
export type ValueSupport = { ok: true; value: unknown } | { ok: false };

type Target = 'elements' | 'features';

/** The values the rules lexicon reads from a text for one target (the one coupling to the rules). */
export function lexiconValues(target: Target, key: string, text: string): unknown[] | undefined {
  const lexicon: TargetLexicon | undefined =
    target === 'elements'
      ? elementLexicon[key as keyof typeof elementLexicon]
      : featureLexicon[key as keyof typeof featureLexicon];
  const entries = lexicon?.entries.filter((e) => e.value !== undefined) ?? [];
  if (entries.length === 0) return undefined;
  const test = (re: RegExp) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(text);
  return entries.flatMap((e) => {
    // A reader (a function of the text) reads any text; a fixed value needs its phrase.
    if (typeof e.value === 'function')
      return [e.value(text)].flat().filter((v) => v !== undefined && v !== null);
    const m = e.matcher;
    return (m.kind === 'phrase' ? test(m.re) : test(m.a) && test(m.b)) ? [e.value] : [];
  });
}

const NUMBER = /\d+(?:[.,]\d+)?/g;
const numbersIn = (text: string): number[] =>
  (text.match(NUMBER) ?? []).map((n) => Number(n.replace(',', '.'))).filter(Number.isFinite);

/**
 * Where a key's number must be stated as that kind of number, the part of a quote that may state it: a
 * tumour size is not a distance, a level, a margin, an incision or an implant ("osteotomised 18 cm above
 * the joint line" does not state a size 18).
 */
const NUMBER_TEXT: Readonly<Partial<Record<string, (quote: string) => string>>> = {
  tumorSizeCm: sizeNumbersIn,
};
const numbersFor = (key: string, quote: string): number[] =>
  numbersIn((NUMBER_TEXT[key] ?? ((q: string) => q))(quote));

// The side word, or the abbreviations the rules read ("L AKA", "RT hip"), capitals only.
const SIDE_WORDS: Record<string, readonly RegExp[]> = {
  left: [/\bleft\b/i, /\b(?:L|LT|Lt)\b/],
  right: [/\bright\b/i, /\b(?:R|RT|Rt)\b/],
};

const same = (a: unknown, b: unknown): boolean =>
  a === b ||
  (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9) ||
  (typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase());

/**
 * Whether one scalar value is supported by the quotes. Undefined: the value cannot be checked. The
 * lexicon reads each quote alone and all of them together (a size is a diameter in one quote plus a
 * margin in another).
 */
function scalarSupported(
  target: Target,
  key: string,
  value: unknown,
  quotes: readonly string[],
  isEnum: boolean,
): boolean | undefined {
  const side = typeof value === 'string' ? SIDE_WORDS[value] : undefined;
  if (side) return quotes.some((q) => side.some((re) => re.test(q)));
  const texts = quotes.length > 1 ? [...quotes, quotes.join('; ')] : quotes;
  const read = texts.map((q) => lexiconValues(target, key, q));
  const readable = read.some((r) => (r ?? []).some((v) => same(v, value)));
  if (typeof value === 'number')
    return readable || quotes.some((q) => numbersFor(key, q).some((n) => same(n, value)));
  if (!isEnum) return undefined;
  // An enum the lexicon reads differently is refused; one it cannot read at all stays (a lexicon gap
  // must not cost a correct value).
  if (read.every((r) => r === undefined || r.length === 0)) return undefined;
  return readable;
}

/**
 * The value as far as the quotes support it: a scalar supported or not; for a list, the supported
 * members (unsupported when none is). Free-text values and keys the lexicon cannot read pass as they are.
 */
export function supportedValue(
  target: Target,
  key: string,
  schema: z.ZodType | undefined,
  value: unknown,
  quotes: readonly string[],
): ValueSupport {
  const isEnum = (s: unknown): boolean => s instanceof z.ZodEnum;
  if (Array.isArray(value)) {
    const element = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
    const checks = value.map((v) => scalarSupported(target, key, v, quotes, isEnum(element)));
    const kept = value.filter((_v, i) => checks[i] !== false);
    return kept.length > 0 ? { ok: true, value: kept } : { ok: false };
  }
  if (scalarSupported(target, key, value, quotes, isEnum(schema)) === false) return { ok: false };
  return { ok: true, value: canonicalFeatureText(target, key, value, quotes) ?? value };
}

/**
 * A feature's free-text value in the rules' own words, when the rules lexicon reads exactly one value
 * from the item's quotes: the decision compares such values with a code's vocabulary (27596 and 27594
 * need the earlier amputation 'transfemoral (above-knee)' or 'knee disarticulation'), so "above-knee
 * amputation" from a model is taken as what its quotes say in that vocabulary. Undefined otherwise:
 * the model's text stays (and matches no vocabulary).
 */
function canonicalFeatureText(
  target: Target,
  key: string,
  value: unknown,
  quotes: readonly string[],
): string | undefined {
  if (target !== 'features' || typeof value !== 'string' || quotes.length === 0) return undefined;
  const read = new Set(
    (lexiconValues(target, key, quotes.join('; ')) ?? []).filter((v): v is string => typeof v === 'string'),
  );
  return read.size === 1 ? [...read][0] : undefined;
}
