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
  // R2. A perfect with its subject pronoun is an active clause (non-native and trainee dictation): the
  // object fronted before the pronoun ("the symphysis we have divided") or after the verb is its object.
  {
    klass: 'R2 perfect: fronted objects before "we have" in a hindquarter amputation',
    text: `Operation for a left pelvic chondrosarcoma.
The iliac vessels we have ligated. The symphysis pubis we have divided with a Gigli saw. After this we have divided the left sacroiliac joint, and the leg together with the hemipelvis was removed.`,
    code: '27290',
  },
  {
    klass: 'R2 perfect: the femur we have shortened, a re-amputation',
    text: `Previous right above-knee amputation in 2019, the stump is infected.
The old scar we have excised. The femur we have shortened by 4 cm. Myodesis of the adductors was done.`,
    code: '27596',
  },
  // Guards: a denial after the perfect denies; a relative clause keeps its head as the object.
  {
    klass: 'R2 guard: the femur we have not cut, a scar revision',
    text: `Right above-knee stump revision, previous right AKA in 2018.
The scar we have excised; the femur we have not cut. Quadriceps sutured to the hamstrings over the bone end and skin closed.`,
    code: '27594',
  },
  {
    klass: 'R2 guard: the femur that we have divided (a relative clause)',
    text: `Left above-knee amputation for gangrene.
The femur, which we have divided 12 cm above the knee, was sent with the limb to pathology. Myodesis, skin closed.`,
    code: '27590',
  },
  // R3. Terse dictation with a list of subjects before one participle: each listed structure takes it.
  {
    klass: 'R3 terse list: limb and hemipelvis removed together',
    text: `Right pelvic sarcoma, operated today.
Right sacroiliac joint divided. Symphysis divided. Limb and hemipelvis removed together. Posterior flap closed.`,
    code: '27290',
  },
  {
    klass: 'R3 terse list: SI joint, symphysis and hemipelvis divided, three subjects',
    text: `Left pelvic chondrosarcoma.
Left SI joint and pubic symphysis divided. Leg, hemipelvis and tumour removed as one specimen; gluteal flap closed.`,
    code: '27290',
  },
  {
    klass: 'R3 guard: a listed subject of another verb is not taken along (hip disarticulation)',
    text: `Left hip disarticulation.
Hip capsule and ligamentum teres divided, femoral head dislocated. Limb removed. Acetabulum and pelvis left intact.`,
    code: '27295',
  },
  // R4. A comma splice: a denial in a new clause with its own subject and auxiliary does not reach back
  // over the comma to the act before it.
  {
    klass: 'R4 comma splice: through the knee, the femur was not cut',
    text: `Gangrene of the left foot and leg, 81-year-old man.
The leg was disarticulated through the left knee joint, the femur was not cut and the condyles were left in place. Long posterior flap closed.`,
    code: '27598',
    route: 'ready',
  },
  {
    klass: 'R4 comma splice: the femoral head dislocated, the femur was not cut',
    text: `Right proximal femur osteosarcoma.
The hip capsule was opened and the femoral head was dislocated from the acetabulum, the femur was not cut. The limb was removed through the hip joint; the pelvis kept. Gluteal flap closed.`,
    code: '27295',
    route: 'ready',
  },
  // Guards: the denial in its own clause stands; a list of subjects shares its denial.
  {
    klass: 'R4 guard: the scar excised, the femur was not shortened (scar revision)',
    text: `Right above-knee stump revision, previous right AKA in 2018.
The scar was excised, the femur was not shortened, and the quadriceps were sutured to the hamstrings over the bone end.`,
    code: '27594',
  },
  {
    klass: 'R4 guard: a list of subjects before one denial',
    text: `Left above-knee stump revision, previous left AKA in 2016.
The adherent scar was excised. The femur, the old bone end and the periosteum were not cut. Myoplasty, skin closed.`,
    code: '27594',
  },
  // R5. Charted abbreviations on an index card: "SIJ", "SI jt" for the sacroiliac joint, and a plus sign
  // or an ampersand joining terse subjects ("limb + hemipelvis removed").
  {
    klass: 'R5 abbreviations: SI jt divided / limb + hemipelvis removed',
    text: `CARD - L PELVIC CHONDROSARCOMA
Op: L SI jt divided / pubic rami divided / limb + hemipelvis removed
Closure: post flap, 2 drains`,
    code: '27290',
  },
  {
    klass: 'R5 abbreviations: SIJ osteotomised, limb & hemipelvis removed',
    text: `R pelvic Ewing sarcoma, post chemo.
R SIJ osteotomised. Symphysis divided. Limb & hemipelvis removed. Gluteal flap.`,
    code: '27290',
  },
  {
    klass: 'R5 guard: an SIJ named in the history is not divided (hip disarticulation)',
    text: `R proximal femur sarcoma; long-standing SIJ pain.
Hip capsule opened, femoral head dislocated from the acetabulum. Limb removed through the hip joint; pelvis kept.`,
    code: '27295',
  },
  // R6. A history field with its value on its line ("Indication: infected stump.") that no heading
  // follows covers its own line in a terse note: the lines after it narrate the operation.
  {
    klass: 'R6 last field: the team and an indication line, then the operation without a heading',
    text: `Surgeon: Dr. Park. Assistant: Dr. Liu (resident).
Indication: right pelvic chondrosarcoma, biopsy proven.
Dr. Park divided the pubic symphysis and the right sacroiliac joint. The right leg was removed with the hemipelvis. EBL 2 L.`,
    code: '27290',
  },
  {
    klass: 'R6 last field: an indication line in a resident note, then the re-cut',
    text: `Resident note for Dr. Okoye. Prior left above-knee amputation.
Indication: infected stump with osteomyelitis of the femoral end.
The left femur was re-cut 5 cm proximal. Adductor myodesis through drill holes. Skin closed.`,
    code: '27596',
  },
  // Guards: a sentence of history after the field stays history; a field hard-wrapped runs on.
  {
    klass: 'R6 guard: an undated "underwent" after the indication stays the history',
    text: `Indications: infected right thigh stump.
He underwent a right above-knee amputation that failed to heal.
Consent obtained for revision.`,
    code: null,
    review: true,
  },
  {
    klass: 'R6 guard: a sentence dated after the indication field stays the history',
    text: `Surgeon: Dr. Hale.
Indication: painful right stump.
Right above-knee amputation in 2015 for trauma, now a sciatic neuroma.
The sciatic neuroma was excised and the nerve ligated proximally; the femur was not cut. Skin closed.`,
    code: '27594',
  },
  // R7. Charted and non-native dating right after the earlier operation: a bare year after a comma or a
  // dash, or a clause-final "before" ("right above knee amputation before, 2021").
  {
    klass: 'R7 dating: an amputation "before", then today\'s shortening',
    text: `Inpatient since Sunday. Right above knee amputation before, now the stump is infected.
Right femur shortened 3 cm. Myodesis of the adductors. Closed.`,
    code: '27596',
  },
  {
    klass: 'R7 dating: an amputation with a bare year after a comma',
    text: `Left above-knee amputation, 2018. Nonviable stump end.
Left femur cut 4 cm more proximal, adductor myodesis, skin closed.`,
    code: '27596',
  },
  // Guards: an amount after the cut, and "as before", date nothing.
  {
    klass: 'R7 guard: an amount after the act is no year',
    text: `Right above-knee amputation for gangrene; no previous amputation.
Femur transected 10 cm above the knee, 2000 mL blood loss. Myodesis, skin closed.`,
    code: '27590',
  },
];
