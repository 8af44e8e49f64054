/**
 * Whole-note probes of the ninth session's round (2026-12-03, third session of the day): classes found on
 * our own probe texts and on this round's development sets, written for these tests in our own words,
 * several wordings per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const s9Probes: readonly ReadingProbe[] = [
  // e9.1 An argued alternative is no act: a counterfactual ("a hip disarticulation would have been
  // adequate") and a kind of operation said in the present to do something ("a hip disarticulation leaves
  // the tumour behind"), as an appeal letter or a discussion argues them.
  {
    klass: 'e9.1 appeal: the alternative the reviewer suggested is no act',
    text: `Re: appeal of a denied claim.
The reviewer suggested that a hip disarticulation would have been adequate. It would not: a hip disarticulation leaves the tumour behind, because the sarcoma arose in the ilium and crossed the sacroiliac joint.
On the day of surgery we divided the pubic symphysis and the left sacroiliac joint and removed the left lower limb together with the left hemipelvis.`,
    code: '27290',
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass: 'e9.1 discussion: a kind of operation that keeps the limb is no act',
    text: `Discussion: an internal hemipelvectomy keeps the limb but does not clear a tumour that fills the sciatic notch, so this would have required a hindquarter amputation in any case.
Procedure: the right femur was transected 12 cm above the knee joint and the thigh amputated for the infected non-union.`,
    code: '27590',
    anatomy: { posteriorPelvicDivision: 'not_mentioned', limbPreserved: 'not_mentioned' },
  },
  // e9.1 guard: a present-tense dictation tells its own acts ("an above-knee amputation is then performed").
  {
    klass: 'e9.1 guard: a present-tense dictation still tells the act',
    text: `Left leg. An above-knee amputation is then performed: the femur is divided 10 cm above the joint line with an oscillating saw, and the sciatic nerve is ligated. Muscles closed in layers.`,
    code: '27590',
  },
  // e9.2 The risks discussed name what may happen: a further operation in a risk list is no act.
  {
    klass: 'e9.2 risk list: a hip disarticulation among the risks of a re-amputation',
    text: `Procedure: revision of left above-knee amputation to a higher level.
History: left transfemoral amputation 2022 for ischaemia; the stump has broken down with exposed bone.
Consent: risks including bleeding, infection, a later hip disarticulation and death were explained; consent signed.
Description: The left femur was re-divided with a saw 6 cm proximal to the old bone end, the adductors were sutured to the femur through drill holes (myodesis) and the wound closed.`,
    code: '27596',
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass: 'e9.2 risk list: the risks of a hindquarter amputation discussed before a hip disarticulation',
    text: `Right side. The risks and benefits of a hindquarter amputation were discussed, should the ilium prove involved.
The ilium was free of tumour at exploration. The hip capsule was opened circumferentially, the ligamentum teres divided and the right limb removed through the hip joint. The pelvis was left intact.`,
    code: '27295',
  },
  // e9.3 A correction naming the operation and the one it was not retracts the earlier name (a title).
  {
    klass: 'e9.3 addendum: the procedure was X, not the title Y',
    text: `Procedure: Right above-knee amputation.
Description: The right thigh was opened through anterior and posterior flaps. The hip capsule was incised all round, the ligamentum teres was cut and the limb was taken off at the hip joint. The pelvis was not cut.
Addendum by the attending surgeon: the operation performed was a right hip disarticulation, not an above-knee amputation; the title came from the booking.`,
    claim: { cpt: '27590', modifiers: ['RT'] },
    code: '27295',
    route: 'fix-claim',
    absent: ['level.label-conflict'],
  },
  // e9.4 A discussion's "the treatment of choice is curettage" is no curettage of this patient.
  {
    klass: 'e9.4 generic: the treatment of choice in the background is no act',
    text: `Background: for low-grade cartilage tumours the treatment of choice is curettage, and wide resection is generally not necessary.
Case: a 66-year-old woman had a grade 2 chondrosarcoma of the left distal femur. We performed a wide resection of the distal femur and reconstructed the knee with a hinged tumour endoprosthesis. The margins were wide.`,
    code: '27365',
    anatomy: { curettage: 'not_mentioned' },
  },
  // e9.5 A graft named by its donor site is the patient's own bone.
  {
    klass: 'e9.5 graft: cancellous grafting from the iliac crest',
    text: `Left proximal femur, simple bone cyst. A cortical window was made, the cyst curetted, and the cavity packed with cancellous grafting from the ipsilateral iliac crest. No cement was used.`,
    code: '27357',
  },
  {
    klass: 'e9.5 graft: chips from the patient’s own ilium',
    text: `Right distal femur enchondroma. The lesion was curetted through a lateral window and filled with corticocancellous chips from the right ilium.`,
    code: '27357',
  },
  // e9.6 What is kept is no object of the act: "removed with preservation of the extremity".
  {
    klass: 'e9.6 kept: the tumour removed with preservation of the extremity',
    text: `Right distal femur osteosarcoma. The tumour was removed en bloc with 14 cm of distal femur and wide margins, with preservation of the extremity, and a modular endoprosthesis was implanted.`,
    code: '27365',
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  // e9.7 A problem after an operation dates the operation before it; a kind of patients is no act.
  {
    klass: 'e9.7 series: stump problems after above-knee amputation are no amputation',
    text: `We reviewed 40 revisions of painful stumps. Stump problems after above-knee amputation were more frequent than after below-knee amputation, and in above-knee amputation cases excess soft tissue was the commonest.`,
    code: null,
    generic: true,
  },
];
