/**
 * Ages in a note: the patient's present age ("a 44-year-old woman", "now 44 years old") and the age a
 * cue gives an event ("at the age of twelve", "when she was seven"). An event at an age younger than
 * the stated present one belongs to the patient's past (context rule `historical.younger-age`).
 */

/** Number words one to nineteen, in order (the size reader of the rules lexicon shares them). */
export const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * A whole number in words, one to ninety-nine ("twelve", "forty-four", "forty four"); the size reader of
 * the rules lexicon shares it. Longer words first, so "seventeen" is not read as "seven".
 */
export const NUMBER_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)';

/** An age in figures or words ("12", "twelve", "forty-four", "forty four"). */
export const AGE_NUMBER = `(?:\\d{1,3}|${NUMBER_WORD})`;

/** The value of an `AGE_NUMBER` match; undefined for anything else. */
export function ageValue(words: string): number | undefined {
  const w = words.trim().toLowerCase();
  if (/^\d{1,3}$/.test(w)) return Number(w);
  const [tens, unit] = w.split(/[- ]/);
  if (unit === undefined) return UNITS[w] ?? TENS[w];
  const t = tens === undefined ? undefined : TENS[tens];
  const u = UNITS[unit];
  return t !== undefined && u !== undefined && u < 10 ? t + u : undefined;
}

/** The first age a cue's words give. */
export function ageIn(words: string): number | undefined {
  const m = new RegExp(`\\b${AGE_NUMBER}\\b`, 'i').exec(words);
  return m ? ageValue(m[0]) : undefined;
}

/**
 * The patient's present age: "a 44-year-old", "aged 44" opening a case, "44 years old", "now 44". Not
 * an age at an event ("when she was 7 years old", "at 12 years of age") nor a range or mean of a series.
 */
const PRESENT_AGE = new RegExp(
  `(?<!\\b(?:was|were|at|by|until|from|to|and|mean|median|average|between|range|of)\\s+)(?<![-–]\\s?)\\b(${AGE_NUMBER})[- ](?:years?|yrs?)[- ]old\\b|\\bnow\\s+(?:aged\\s+)?(${AGE_NUMBER})\\b(?!\\s*(?:days?|weeks?|months?)\\b)`,
  'gi',
);

/** The oldest present age the note states, if any. Pure: `matchAll` iterates a copy of the regex. */
export function presentAge(text: string): number | undefined {
  let oldest: number | undefined;
  for (const m of text.matchAll(PRESENT_AGE)) {
    const age = ageValue(m[1] ?? m[2] ?? '');
    if (age !== undefined && (oldest === undefined || age > oldest)) oldest = age;
  }
  return oldest;
}
