// Worst-case inputs for the rules pipeline: one unpunctuated "sentence" of a dense pattern, at 20k and
// 200k characters (the size limit). Prints milliseconds and the 200k/20k ratio (about 10 when linear).
// Run: node_modules/.bin/node bench/rules-adversarial.ts
import { codes } from '../src/codes/index.ts';
import { findProcedureLabels } from '../src/extract/labels.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';

const PATTERNS = [
  'leg preserved ',
  'neither nor a b c d e f g femur was divided ',
  '5 cm mass ',
  'L AKA ',
  'debridement of skin ',
  'radical resection of the distal femur ',
  'the femur was cut and ',
  'femur was divided ',
  're-amputation ',
  'hemipelvectomy ',
  'left ',
  'a ',
  // the nlp layer: coordinated lists, appositives and relative clauses, coreference, context cues
  'division of the symphysis and the sacroiliac joint and ',
  'the femur, which was, ',
  'no bone was not cut, ',
  'the joint capsule was divided ',
  'not ',
  // sides after a name, sizes beside the imaging they are compared with
  'AKA (left), ',
  'the tumour 5 cm on the specimen, as on the MRI (4 cm), ',
  'tumour 6 cm on MRI versus 5 cm at excision ',
];

const time = (text: string): number => {
  const t0 = performance.now();
  extractWithRules(text);
  findProcedureLabels(text, codes);
  return performance.now() - t0;
};
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

let worst = 0;
for (const unit of PATTERNS) {
  const small = time(fill(unit, 20_000));
  const large = time(fill(unit, 200_000));
  // Below a few milliseconds timer noise dominates the ratio: the small run counts as at least 5 ms.
  const ratio = large / Math.max(small, 5);
  worst = Math.max(worst, ratio);
  console.log(
    `${JSON.stringify(unit).padEnd(48)} 20k ${small.toFixed(0).padStart(6)} ms   200k ${large.toFixed(0).padStart(7)} ms   ratio ${ratio.toFixed(1)}`,
  );
}
console.log(`worst 200k/20k ratio: ${worst.toFixed(1)} (linear scaling gives about 10)`);
