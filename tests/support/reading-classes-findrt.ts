/**
 * Whole-note probes from the findings red team on dictations (ambient-scribe transcripts), written for
 * these tests in our own words. Same shape as `readingProbes` (tests/support/reading-classes.ts);
 * tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const findrtProbes: readonly ReadingProbe[] = [
  // R1. In a transcript of speaker turns a turn is a paragraph: a history heading dictated inside one
  // turn ("Indications: …") ends with that turn, so the operation told in the next turns is today's.
  {
    klass: 'R1 turns: an indication heading in the first turn, the femoral re-cut in a later turn',
    text: `Surgeon: Seventy-year-old man, left above-knee amputation in 2020. Indications: chronic infection of the stump with a sinus.
Surgeon: The old scar was excised and the left femur was shortened by 5 cm.
Nurse: Suction please.
Surgeon: Myodesis of the adductors through drill holes, skin closed.`,
    code: '27596',
  },
  {
    klass: 'R1 turns: an indication for surgery in the attending turn, the pelvic division after it',
    text: `Attending: Right pelvic chondrosarcoma. Indication for surgery: failed limb salvage, tumour in the sciatic notch.
Attending: The right sacroiliac joint was divided with an osteotome and the pubic symphysis was divided.
Fellow: Limb is free now.
Attending: The right leg and hemipelvis were removed together; posterior flap closed.`,
    code: '27290',
  },
  // Guards: a plan in a later turn stays a plan; an earlier amputation a later turn dates stays history.
  {
    klass: 'R1 guard: a plan dictated in the next turn is not done; only the scar was revised',
    text: `Surgeon: Indications: painful adherent scar on the left above-knee stump, left AKA in 2019.
Surgeon: Plan was, if the bone end is involved, we would shorten the femur.
Surgeon: The bone end was healthy, so only the scar was excised and the soft tissue revised; the femur was not cut.
Surgeon: Quadriceps sutured to the hamstrings over the bone end, skin closed.`,
    code: '27594',
  },
  {
    klass: 'R1 guard: the earlier amputation a later turn dates stays the prior one',
    text: `Surgeon: Indications: infected left stump, failed antibiotics.
Surgeon: He had a left above-knee amputation in 2019 for ischaemia.
Surgeon: The left femur was shortened by 4 cm and an adductor myodesis done; closed over a drain.`,
    code: '27596',
  },
];
