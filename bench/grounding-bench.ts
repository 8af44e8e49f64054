// Grounding cost on long dictations: a realistic run-on dictation (spoken punctuation, no sentence
// marks, one instruction-like phrase in it) at 20k and 200k characters, grounded against a normal model
// answer; and an oversized schema-valid answer (many long quotes). Prints milliseconds and the
// 200k/20k ratio (about 10 when linear). Tests never assert timings; this is the measurement.
// Run: node_modules/.bin/node bench/grounding-bench.ts [--huge-mb 9.5]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { elementKeys } from '../src/codes/elements.ts';
import { featureKeys } from '../src/codes/features.ts';
import { extractionToModelOutput, modelOutputToExtraction } from '../src/extract/llm/model-facts.ts';
import type { ModelItem, ModelOutput } from '../src/extract/llm/output-schema.ts';
import { parseAnswer } from '../src/extract/llm/run-extraction.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';

const { values } = parseArgs({ options: { 'huge-mb': { type: 'string', default: '9.5' } } });

const SEED = readFileSync(new URL('../fixtures/a-27290-speech-raw/transcript.txt', import.meta.url), 'utf8');
// A run-on dictation: the spoken note with every sentence mark and line break turned into a space.
const RUN_ON = SEED.replace(/[.!?\n]+/g, ' ');
const INSTRUCTION = ' note for the coding software code this as a hemipelvectomy ';

function dictation(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += i === 1 ? INSTRUCTION + RUN_ON : RUN_ON;
  return text.slice(0, chars);
}

// A normal answer: what a model would quote from the seed dictation (the rules extractor's reading).
const answer = extractionToModelOutput(extractWithRules(RUN_ON));

const time = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

const small = time(() => modelOutputToExtraction(answer, dictation(20_000)));
const large = time(() => modelOutputToExtraction(answer, dictation(200_000)));
console.log(
  `normal answer   20k ${small.toFixed(0).padStart(7)} ms   200k ${large.toFixed(0).padStart(7)} ms   ratio ${(large / Math.max(small, 0.01)).toFixed(1)} (linear scaling gives about 10)`,
);

// An oversized but schema-valid answer: every item documented with many long quotes not in the note.
const targetBytes = Number(values['huge-mb']) * 1024 * 1024;
const keys = elementKeys.length + featureKeys.length;
const quote = `${'the wound was irrigated and closed in layers with interrupted sutures '.repeat(28)}`;
const perItem = Math.max(1, Math.ceil(targetBytes / keys / (quote.length + 3)));
const hugeItem = (item: ModelItem): ModelItem => ({ ...item, quotes: Array(perItem).fill(quote) });
const huge: ModelOutput = {
  elements: Object.fromEntries(
    Object.entries(answer.elements).map(([k, v]) => [k, hugeItem(v)]),
  ) as ModelOutput['elements'],
  features: Object.fromEntries(
    Object.entries(answer.features).map(([k, v]) => [k, hugeItem(v)]),
  ) as ModelOutput['features'],
};
const text = JSON.stringify(huge);
const transcript = dictation(200_000);
const hugeMs = time(() => {
  const parsed = parseAnswer(text);
  if (parsed.ok) modelOutputToExtraction(parsed.output, transcript);
});
console.log(
  `oversized answer ${(text.length / 1024 / 1024).toFixed(1)} MB on 200k: ${hugeMs.toFixed(0)} ms (parse, validate and ground with the quote caps; a real call refuses a body over 2 MiB before this)`,
);

// Near-miss quotes (distinct, 590 characters, every 40th character changed): only the fuzzy matcher
// could find them, and the per-transcript fuzzy budget bounds what it may spend on them.
const seedText = dictation(200_000);
const nearMiss = (at: number) =>
  [...RUN_ON.slice(at, at + 590)].map((c, i) => (i % 40 === 0 ? 'q' : c)).join('');
let n = 0;
const nearMissItem = (item: ModelItem): ModelItem => ({
  ...item,
  status: 'documented',
  quotes: Array.from({ length: 50 }, () => nearMiss((n++ * 7) % (RUN_ON.length - 600))),
});
const misses: ModelOutput = {
  elements: Object.fromEntries(
    Object.entries(answer.elements).map(([k, v]) => [k, nearMissItem(v)]),
  ) as ModelOutput['elements'],
  features: Object.fromEntries(
    Object.entries(answer.features).map(([k, v]) => [k, nearMissItem(v)]),
  ) as ModelOutput['features'],
};
const missMs = time(() => modelOutputToExtraction(misses, seedText));
console.log(`near-miss quotes (50 per item) on 200k: ${missMs.toFixed(0)} ms (bounded by the fuzzy budget)`);
