// Rules pipeline cost per note against the previous extractor, in the same run: the fixtures'
// transcripts through extractWithRules + findProcedureLabels of this checkout and of an earlier
// revision (default 00ec25a, the rules extractor before the nlp layer), interleaved, on one core.
// Prints CPU ms/note for both and the ratio (target: this checkout <= 2 ms/note).
// Run: node_modules/.bin/node bench/rules-cost.ts [--previous-rev <rev>] [--previous <dir>] [--rounds 20]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, previousCheckout, ROOT } from './previous-checkout.ts';

const rounds = Number(arg('rounds') ?? 20);

type Extract = (text: string) => unknown;
type Labels = (text: string, codes: unknown) => unknown;
interface Pipeline {
  extract: Extract;
  labels: Labels;
  codes: unknown;
}
async function load(root: string): Promise<Pipeline> {
  const url = (p: string) => pathToFileURL(join(root, p)).href;
  const { extractWithRules } = await import(url('src/extract/rules/rules-extractor.ts'));
  const { findProcedureLabels } = await import(url('src/extract/labels.ts'));
  const { codes } = await import(url('src/codes/index.ts'));
  return { extract: extractWithRules, labels: findProcedureLabels, codes };
}

const previousDir = previousCheckout('00ec25a');

const fixtures = join(ROOT, 'fixtures');
const texts = readdirSync(fixtures)
  .filter((d) => existsSync(join(fixtures, d, 'transcript.txt')))
  .map((d) => readFileSync(join(fixtures, d, 'transcript.txt'), 'utf8'));

const current = await load(ROOT);
const previous = await load(previousDir);
const run = (p: Pipeline): number => {
  const t0 = process.cpuUsage();
  for (const t of texts) {
    p.extract(t);
    p.labels(t, p.codes);
  }
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};
// Warm up both, then interleave rounds so that load on the machine affects both alike.
run(current);
run(previous);
let cur = 0;
let prev = 0;
for (let r = 0; r < rounds; r++) {
  cur += run(current);
  prev += run(previous);
}
const n = rounds * texts.length;
console.log(`notes: ${texts.length} fixtures x ${rounds} rounds`);
console.log(`this checkout:      ${(cur / n).toFixed(3)} ms/note CPU (target <= 2 ms)`);
console.log(`previous extractor: ${(prev / n).toFixed(3)} ms/note CPU`);
console.log(`ratio: ${(cur / prev).toFixed(2)}x`);
