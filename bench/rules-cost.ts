// Rules pipeline cost per note against the previous extractor, in the same run: the fixtures'
// transcripts through extractWithRules + findProcedureLabels of this checkout and of an earlier
// revision (default 00ec25a, the rules extractor before the nlp layer), interleaved, on one core.
// Prints CPU ms/note for both and the ratio (target: this checkout <= 2 ms/note).
// Each checkout runs in a process of its own, rounds interleaved (`--separate`, the default). With
// `--same-process` both run in this one, which is biased: the engine shares a regex's compiled code between
// the two checkouts when both build it from the same source, so where a change rewrites patterns
// (measured: each lexicon and cue pattern wrapped in `(?:…)`) the checkout loaded second, the reference,
// runs slower and the ratio reads 0.73-0.80 whichever side holds the rewrite. Two copies of one revision
// read 0.98-1.02 either way.
// Run: node_modules/.bin/node bench/rules-cost.ts [--previous-rev <rev>] [--previous <dir>] [--rounds 20] [--same-process]
import { fork } from 'node:child_process';
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

const fixtures = join(ROOT, 'fixtures');
const texts = readdirSync(fixtures)
  .filter((d) => existsSync(join(fixtures, d, 'transcript.txt')))
  .map((d) => readFileSync(join(fixtures, d, 'transcript.txt'), 'utf8'));

const run = (p: Pipeline): number => {
  const t0 = process.cpuUsage();
  for (const t of texts) {
    p.extract(t);
    p.labels(t, p.codes);
  }
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};

/** A round of one checkout: in this process, or in a child that loaded it (`--separate`). */
type Round = () => Promise<number>;

async function inProcess(root: string): Promise<Round> {
  const p = await load(root);
  return async () => run(p);
}

function inChild(root: string): Round {
  const child = fork(new URL(import.meta.url).pathname, ['--child', root], { execArgv: [] });
  process.on('exit', () => child.kill());
  return () =>
    new Promise((resolve) => {
      child.once('message', (ms) => resolve(ms as number));
      child.send('run');
    });
}

const childRoot = arg('child');
if (childRoot !== undefined) {
  const p = await load(childRoot);
  process.on('message', () => process.send?.(run(p)));
} else {
  const previousDir = previousCheckout('00ec25a');
  // A process per checkout by default: one process shares compiled regex code between them (biased).
  const separate = !process.argv.includes('--same-process');
  const current = separate ? inChild(ROOT) : await inProcess(ROOT);
  const previous = separate ? inChild(previousDir) : await inProcess(previousDir);
  // Warm up both, then interleave rounds so that load on the machine affects both alike.
  await current();
  await previous();
  let cur = 0;
  let prev = 0;
  for (let r = 0; r < rounds; r++) {
    cur += await current();
    prev += await previous();
  }
  const n = rounds * texts.length;
  console.log(
    `notes: ${texts.length} fixtures x ${rounds} rounds${separate ? ' (a process per checkout)' : ''}`,
  );
  console.log(`this checkout:      ${(cur / n).toFixed(3)} ms/note CPU (target <= 2 ms)`);
  console.log(`previous extractor: ${(prev / n).toFixed(3)} ms/note CPU`);
  console.log(`ratio: ${(cur / prev).toFixed(2)}x`);
  process.exit(0);
}
