/**
 * Whole-note probes for defects found in the second review of this session's reading changes, each a
 * correct code the session start read that a new rule turned wrong or sent to coder review: a span of
 * time in the subject before the clause's own act dated that act; a clause after a head of knowing or
 * evidence ended the doubt or denial before it; an op note whose plan is told as care instructions was
 * read as a nursing text. Written for these tests in our own words, several wordings per class, with
 * guards that must not change. Same shape as `readingProbes` (tests/support/reading-classes.ts);
 * tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const review2Probes: readonly ReadingProbe[] = [
  // rr1. A span of time inside the subject, the clause's own act told done after it ("the amputation planned two
  // weeks earlier was carried out"), dates the planning, not the act (historical.span-earlier, CLAUSE_VERB_FOLLOWS).
  {
    klass: 'rr1 an above-knee amputation planned two weeks earlier, carried out today',
    text: 'The above-knee amputation planned two weeks earlier was carried out. The femur was divided 10 cm above the knee and the limb was removed. The stump was closed in layers.',
    code: '27590',
  },
  {
    klass: 'rr1 an above-knee amputation decided a week earlier, then performed',
    text: 'Left above-knee amputation, decided at the multidisciplinary meeting a week earlier, was performed. The femur was sawn across at mid-thigh and the limb was removed. Closure in layers.',
    code: '27590',
  },
  {
    klass: 'rr1 guard: an amputation performed three weeks previously has broken down, the femur shortened',
    text: 'The above-knee amputation, performed three weeks previously, has broken down. The stump was opened, the femur shortened by 3 cm with a saw and the wound closed.',
    code: '27596',
  },
  {
    klass: 'rr1 guard: an above-knee amputation three weeks earlier, the femur shortened today',
    text: 'A 70-year-old man had a right above-knee amputation for sepsis three weeks earlier. The femur was shortened by 3 cm and the stump closed.',
    code: '27596',
  },
  // rr2. A clause after a head of knowing, thinking or evidence without "that" ("not sure the femur was cut",
  // "no evidence the femur was divided") is the head's content: the doubt or denial reaches it, no new clause
  // starts (terminate.run-on-clause, CONTENT_CLAUSE_HEAD).
  {
    klass: 'rr2 a knee disarticulation, not sure the femur was cut',
    text: 'Right knee disarticulation. The leg was removed through the knee joint. I am not sure the femur was cut. The wound was closed over a drain.',
    code: '27598',
  },
  {
    klass: 'rr2 a through-knee amputation, no evidence the femur was divided',
    text: 'Left through-knee amputation. The limb was disarticulated through the knee joint. There was no evidence the femur was divided at any point. The patella was retained and the wound closed.',
    code: '27598',
  },
  {
    klass: 'rr2 a knee disarticulation, I do not think the condyles were trimmed',
    text: 'Knee disarticulation, left. The leg was taken off through the knee joint after the cruciates were divided. I do not think the femoral condyles were trimmed, and the wound was closed over a drain.',
    code: '27598',
  },
  {
    klass: 'rr2 guard: an unpunctuated denial of another thing before the femoral cut',
    text: 'Right above-knee amputation. No tourniquet was needed the femur was divided at mid-thigh with a saw and the limb was removed. Closure in layers.',
    code: '27590',
  },
  // rr3. An op note whose plan is told as care instructions ("Monitor the drain. Encourage the patient to
  // mobilise.") is one patient's note when the operation's side or its fields anchor it (generic.care-instructions).
  {
    klass: 'rr3 a right through-knee amputation, terse, with a plan of care instructions',
    text: 'OPERATION: Right through-knee amputation\nKnee joint opened, cruciates divided, limb removed through the joint. Patella retained. Closed over drain.\nPLAN\n- Monitor the drain.\n- Encourage the patient to mobilise with physio.\n- Check Hb in the morning.',
    code: '27598',
  },
  {
    klass: 'rr3 a left transfemoral amputation, terse, instructions to the ward',
    text: 'Left transfemoral amputation\nQuadriceps and hamstrings divided, femur sawn 10 cm above the knee, limb removed. Myodesis. Closed over drain.\nTo ward. Monitor the stump drain. Encourage the patient to sit out tomorrow.',
    code: '27590',
  },
  {
    klass: 'rr3 a through-knee amputation with a Complications field and a plan of instructions',
    text: 'Procedure: through-knee amputation\nCruciates divided, leg removed through the joint, patella kept.\nComplications: none\nPlan: Check the wound at 48 hours. Encourage the patient to transfer with the physiotherapist.',
    code: '27598',
  },
  {
    klass: 'rr3 guard: nursing care after hip disarticulation told as instructions stays generic',
    text: 'Nursing care after hip disarticulation. Watch the flap for colour change. Encourage the patient to sit on a cushion. Check the drains hourly.',
    code: '27295',
    generic: true,
  },
  {
    klass: 'rr3 guard: a flap-care text with no side or field stays generic',
    text: 'After a hip disarticulation the flap needs care. Observe the flap for colour every hour. Encourage the patient to sit on a cushion. Keep the drains on suction.',
    code: '27295',
    generic: true,
  },
];
