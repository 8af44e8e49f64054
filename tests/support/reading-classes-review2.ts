/**
 * Whole-note probes for defects found in the second review of this session's reading changes, each a
 * correct code the session start read that a new rule turned wrong or sent to coder review: a span of
 * time in the subject before the clause's own act dated that act; a clause after a head of knowing or
 * evidence ended the doubt or denial before it; an op note whose plan is told as care instructions was
 * read as a nursing text; "initial" dated today's first-stage amputation to the past; "her own bone" in a
 * marrow aspirate or a bone not harvested made an allograft an autograft; a case's opening thigh
 * amputation became a prior one after the visit that led to it; this year in the procedure field dated
 * the operation it names. Written for these tests in our own words, several wordings per class, with
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
  // rr4. An adjective of order that names today's first stage ("this initial above-knee amputation is left open",
  // "the initial guillotine above-knee amputation was performed today") dates no earlier amputation
  // (lexicon EARLIER_ADJECTIVE, NOT_TODAYS_STAGE, TOLD_DONE_TODAY).
  {
    klass: 'rr4 the initial guillotine above-knee amputation performed today, first stage',
    text: 'Procedure: right above-knee amputation, first stage. The initial guillotine above-knee amputation was performed today for sepsis: the femur was divided at mid-thigh and the limb removed; the wound was left open for a formal closure in 48 hours.',
    code: '27592',
  },
  {
    klass: 'rr4 this initial above-knee amputation left open as a guillotine',
    text: 'Septic left foot with ascending cellulitis. This initial above-knee amputation is left open as a guillotine: the femur was divided at mid-thigh and the limb removed. Formal closure in 48 hours.',
    code: '27592',
  },
  {
    klass: 'rr4 the initial open amputation of a staged AKA done today',
    text: 'Procedure: first stage of a staged right above-knee amputation. The initial open amputation was done today at the distal thigh: the femur was divided and the limb removed, and the wound was packed.',
    code: '27592',
  },
  {
    klass: 'rr4 guard: the original above-knee amputation of 2015 broken down, the femur shortened today',
    text: 'The original left above-knee amputation of 2015 has broken down and today the stump was opened and the femur shortened by 3 cm with a saw. Closure over a drain.',
    code: '27596',
  },
  // rr5. The patient's own bone is an autograft only as what the defect is filled with: not her own bone marrow
  // mixed into an allograft, not her own bone too soft to harvest (lexicon graft).
  {
    klass: 'rr5 allograft chips mixed with her own bone marrow aspirate',
    text: 'Procedure: curettage of a giant cell tumour of the left distal femur. The lesion was curetted through a lateral window and the cavity burred. The defect was packed with allograft chips mixed with her own bone marrow aspirate. Closure in layers.',
    code: '27356',
  },
  {
    klass: 'rr5 her own bone too osteoporotic to harvest, allograft chips used',
    text: 'Procedure: curettage and grafting of a right distal femoral aneurysmal bone cyst. The cyst was curetted and burred. Her own bone was too osteoporotic to harvest, so the cavity was filled with allograft cancellous chips. Wound closed.',
    code: '27356',
  },
  {
    klass: 'rr5 guard: allograft from the bone bank, his own bone not used',
    text: 'Procedure: curettage of a chondroblastoma of the right distal femur. The lesion was curetted and the cavity filled with cancellous allograft from the bone bank; his own bone was not used. Closure.',
    code: '27356',
  },
  {
    klass: 'rr5 guard: the cavity packed with her own cancellous bone from the iliac crest',
    text: 'Procedure: curettage of a simple bone cyst of the left proximal femur. The cyst was curetted and the cavity packed with her own cancellous bone from the iliac crest. Closure.',
    code: '27357',
  },
  // rr6. A case opening with its thigh amputation, then the visit that led to it (admitted, brought to the
  // emergency department, seen in a clinic) and the limb removed: that amputation told in detail, not a prior
  // one (rules extractor priorMentions, case-opener with the limb removed today).
  {
    klass: 'rr6 an above-knee amputation, then admitted to hospital with sepsis, the limb removed',
    text: 'A 72-year-old woman had a right above-knee amputation for wet gangrene of the foot. She was admitted to hospital with sepsis and a necrotic forefoot. After resuscitation the femur was divided 12 cm above the knee with an oscillating saw and the limb was removed. The wound was closed over a drain.',
    code: '27590',
  },
  {
    klass: 'rr6 an above-knee amputation after being brought to the emergency department, the leg removed',
    text: 'A 30-year-old man had a left above-knee amputation after he was brought to the emergency department with a mangled leg from a motorcycle crash. The femur was transected at mid-shaft and the leg removed; myoplasty and closure followed.',
    code: '27590',
  },
  {
    klass: 'rr6 a transfemoral amputation, then seen in the vascular clinic, the limb removed',
    text: 'A 66-year-old diabetic man had a left transfemoral amputation. He was seen in the vascular clinic with rest pain and an unreconstructable occlusion. At operation the femur was sawn across at the junction of the middle and distal thirds and the limb removed.',
    code: '27590',
  },
  {
    klass: 'rr6 guard: a below-knee amputation, then a gangrenous stump, the limb removed at mid-thigh',
    text: 'A 60-year-old man had a right below-knee amputation. He presented with a gangrenous stump. The femur was divided at mid-thigh and the limb removed. The wound was closed.',
    code: '27590',
  },
  {
    klass: 'rr6 guard: an above-knee amputation, then brought to hospital, the femur shortened',
    text: 'A 57-year-old man had a right above-knee amputation. He was brought to hospital with an infected stump; the stump was opened and the femur shortened by 3 cm with a saw.',
    code: '27596',
  },
  {
    klass: 'rr6 guard: an above-knee amputation, then a necrotic stump re-divided higher',
    text: 'A 64-year-old man had a left above-knee amputation for ischaemia. He came to the emergency department with a necrotic stump; the femur was re-divided 6 cm higher and the distal part of the stump removed.',
    code: '27596',
  },
  // rr7. A year on the line of today's operation field ("Procedure: right above-knee amputation, 2026") is the
  // date of the operation the field names, not an earlier one (historical.post-year).
  {
    klass: 'rr7 the procedure field names the amputation with this year after a comma',
    text: 'Date of surgery: 12/03/2026\nProcedure: right above-knee amputation, 2026\nThe femur was divided 12 cm above the knee and the limb removed. Closed over a drain.',
    code: '27590',
  },
  {
    klass: 'rr7 an OPERATION field names a left AKA with this year after it',
    text: 'OPERATION DATE: 3 March 2026\nOPERATION: Left AKA 2026\nFemur sawn 10 cm above knee, limb removed, closed over drain.',
    code: '27590',
  },
  {
    klass: 'rr7 guard: a dated AKA in the history, a stump revision in the procedure field',
    text: 'History: right AKA, 2019. Now a painful stump with bone overgrowth.\nProcedure: revision of right above-knee amputation stump\nThe stump was opened and the femur shortened by 3 cm with a saw. Closed over a drain.',
    code: '27596',
  },
  {
    klass: 'rr7 guard: a charted AKA with its year, then the femur shortened today',
    text: 'Right AKA 2020 for trauma. Now bone overgrowth. The stump was opened and the femur shortened by 2 cm. Closure.',
    code: '27596',
  },
];
