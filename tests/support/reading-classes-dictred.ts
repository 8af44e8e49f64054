/**
 * Whole-note probes from the dictation red team (EHR templates, ambient-scribe summaries, copied-forward
 * text, staged and paired operations, British, Indian and Australian idiom, raw speech recognition),
 * written for these tests in our own words, several wordings per class, with guards that must not change.
 * Same shape as `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const dictredProbes: readonly ReadingProbe[] = [
  // D1. A procedure field that lists two operations by number ("Procedures: 1. … 2. …", one a line): the
  // anatomy of one is the note's anatomy too and rules the other out, so one code stood ready for both
  // (a knee disarticulation on one side and a transfemoral amputation on the other came out 27590 ready).
  {
    klass: 'D1 two operations: a numbered list, a through-knee on the right and a transfemoral on the left',
    text: `PROCEDURES:
1. Right through-knee amputation
2. Left transfemoral amputation
The right leg was taken off through the knee joint with the condyles untouched. On the left the femur was sawn across at mid-shaft and the flaps were closed over a drain.`,
    code: '27590',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'D1 two operations: a numbered line naming an AKA and a femoral curettage',
    text: `Operations: 1. Left AKA. 2. Curettage of a non-ossifying fibroma of the right distal femur.
The left femur was cut with a saw 10 cm above the knee and the wound closed in layers. The right femoral lesion was then curetted through a cortical window; no bone graft was used.`,
    code: '27355',
    review: true,
    route: 'coder-review',
  },
  {
    klass:
      'D1 two operations: "Procedure 1:" and "Procedure 2:" lines, a hip disarticulation and a re-amputation',
    text: `Procedure 1: Right hip disarticulation; the right limb was freed at the hip joint and removed, the acetabulum left in place.
Procedure 2: Left above-knee re-amputation; left AKA in 2021, the left femur was re-cut 4 cm higher with the saw and the stump closed.`,
    code: '27295',
    review: true,
    route: 'coder-review',
  },
  // Guards: a numbered list of one operation and a step of it, and numbered steps of the narrative under
  // the procedure heading, keep their code and route.
  {
    klass: 'D1 guard: a numbered list of one amputation and a nerve step keeps 27590 ready',
    text: `Procedures:
1. Left above-knee amputation
2. Traction neurectomy of the sciatic nerve
The femoral vessels were ligated, the sciatic nerve was pulled down and divided, and the femur was cut with the saw 11 cm above the knee. Myodesis and closure.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'D1 guard: numbered steps below the procedure heading are the narrative',
    text: `Procedure: Left hip disarticulation
1. The femoral vessels were ligated below the inguinal ligament.
2. The hip capsule was opened and the femoral head was dislocated from the acetabulum.
3. The limb was removed; the pelvis was kept. Closure over two drains.`,
    code: '27295',
    route: 'ready',
  },
];
