/**
 * Whole-note probes for the classes a published-text red team (technique papers, case reports, abstracts,
 * atlases, rehabilitation and nursing texts) still misread: leaving a place read as sparing what follows
 * ("before leaving theatre a plaster socket was cast": the immediate fitting denied, a wrong 27590 outside
 * review), … Written for these tests in our own words, several wordings per class, with guards that must
 * not change; none taken from a published text, a fixture or a blind set. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const pubrtProbes: readonly ReadingProbe[] = [
  // pr1. "Leaving" a place (the operating room, theatre, the table) is a departure: it spares nothing, so the
  // cast or the rigid dressing put on as the patient leaves is not denied (a wrong 27590 outside review).
  {
    klass: 'pr1 case report: on leaving the operating room a socket was moulded and a pylon fixed',
    text: `An 80-year-old woman with an ischaemic left leg had a transfemoral amputation. The femur was sawn through 13 cm above the knee, the adductors were anchored to the bone and the wound was stapled. On leaving the operating room a plaster socket was moulded over the residual limb and a pylon with a foot fixed to it.`,
    code: '27591',
  },
  {
    klass: 'pr1 op note: upon leaving the operating table a fibreglass dressing was put on the stump',
    text: `Operation: left transfemoral amputation.
The femur was divided 12 cm above the joint line and the limb taken off. The quadriceps was sutured over the bone end and the skin closed. Upon leaving the operating table a rigid fibreglass dressing was put on the stump.`,
    code: '27591',
  },
  {
    klass: 'pr1 technique: a rigid dressing applied on leaving theatre, the text in the present',
    text: `Transfemoral amputation with a rigid dressing
The femur is sectioned 10 cm above the knee and the adductor magnus is sutured to its lateral cortex. The wound is closed over a drain and on leaving theatre a rigid plaster dressing is applied to the stump.`,
    code: '27591',
    generic: true,
  },
  {
    klass: 'pr1 guard: leaving the femoral condyles still spares them (knee disarticulation)',
    text: `Procedure: left knee disarticulation.
The patellar tendon was detached and the cruciate ligaments cut, leaving the femoral condyles untouched, and the leg was removed through the knee joint. The wound was closed over a drain.`,
    code: '27598',
  },
  {
    klass: 'pr1 guard: a pelvic resection leaving the acetabulum is still type I',
    text: `A 19-year-old man with Ewing sarcoma of the right ilium. The iliac wing was resected en bloc with the tumour, leaving the acetabulum and the hip joint. The limb was preserved.`,
    code: '27075',
  },
  {
    klass: 'pr1 guard: a soft dressing on leaving theatre, no cast',
    text: `Procedure: right above-knee amputation.
The femur was transected at mid-thigh and the limb removed. The wound was closed in layers and on leaving theatre a soft wool-and-crepe dressing was applied.`,
    code: '27590',
  },
  // pr2. "Prior to" is a preposition of the operation's own time ("prior to leaving theatre", "prior to
  // extubation"): what follows is today's, not history; before the admission it is still history.
  {
    klass: 'pr2 op note: prior to leaving theatre a rigid plaster dressing went on the stump',
    text: `Procedure: right above-knee amputation.
The femur was transected at mid-thigh with an oscillating saw and the leg removed. Myodesis of the adductors; the wound was closed in layers. Prior to leaving theatre, a rigid plaster dressing was applied to the stump.`,
    code: '27591',
  },
  {
    klass: 'pr2 case report: prior to extubation a cast and pylon were fitted',
    text: `A 41-year-old man with a crushed right leg underwent an above-knee amputation. The femur was cut with a saw 14 cm above the knee and the wound was closed over a myodesis. Prior to extubation a plaster cast was moulded onto the stump and a pylon attached to it.`,
    code: '27591',
  },
  {
    klass: 'pr2 guard: prior to this admission an above-knee amputation of the same leg (history)',
    text: `Procedure: right above-knee re-amputation.
Prior to this admission he had a right above-knee amputation for trauma. Today the femur was re-cut 4 cm more proximally with a saw and a new myodesis performed; the wound was closed.`,
    code: '27596',
  },
  {
    klass: 'pr2 guard: a prior above-knee amputation of the same thigh stays history',
    text: `Procedure: left thigh re-amputation.
Indication: prior left above-knee amputation with a non-healing stump. The femur was shortened by 3 cm with a saw and the stump closed in layers.`,
    code: '27596',
  },
];
