/**
 * Whole-note probes of the sixth round (2026-12-02, third session of the day): classes seen on the
 * known gaps and on this round's development sets, written for these tests in our own words, several
 * wordings per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const s6Probes: readonly ReadingProbe[] = [
  // s1. A part that leaves by itself is removed: "the hindquarter comes away", "the extremity falls
  // free", "the whole limb then comes away" (a verb of separation whose subject is the part, no
  // auxiliary), as "the limb was removed" is.
  {
    klass: 's1 the symphysis and the SI joint divided, and the hindquarter comes away',
    text: `Left side up. The incision ran along the iliac crest to the pubic tubercle. The symphysis pubis is next cut through with a wire saw. The sacroiliac joint is opened and divided with an osteotome, and the hindquarter comes away. The gluteal flap was closed over two drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 's1 the extremity falls free once the psoas is divided',
    text: `Right hindquarter. After ligation of the common iliac vessels the pubic symphysis was split. The ilium was osteotomized just lateral to the sacroiliac joint, the psoas was divided, and the extremity fell free. Closure of the posterior flap over drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 's1 the whole limb then comes away with the hemipelvis',
    text: `Operation on the left. The symphysis was divided with a Gigli saw and the sacroiliac joint opened anteriorly and cut through. The whole limb then comes away with the hemipelvis. Haemostasis, drains, closure.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  // s1 guards: a part that does not come away is not removed; a specimen that comes away names no limb.
  {
    klass: 's1 guard: the limb does not come away until the psoas is cut, and it never is',
    text: `Left side. The symphysis was divided and the sacroiliac joint opened. The limb would not come away, and the operation was abandoned because of bleeding; the wound was packed.`,
    code: null,
    review: true,
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  // s2. A terse note's shorthand reads as the words it stands for: a side abbreviated before a structure
  // ("through the R sacral ala", "the L hemipelvis"), "w/" and "w/o" in an event's phrase ("cleared w/ an
  // elevator and transected").
  {
    klass: 's2 the posterior cut through the R sacral ala, the L hemipelvis w/ the limb',
    text: `Dx: R pelvic chondrosarcoma. Px: R hindquarter amputation.
Symphysis divided. Posterior osteotomy made through the R sacral ala lateral to the foramina w/ an osteotome. R hemipelvis w/ the entire R lower extremity removed in one piece. Flap closed w/ drains.`,
    code: '27290',
    anatomy: { posteriorPelvicDivision: 'documented', limbRemoved: 'documented' },
  },
  {
    klass: 's2 the femur cleared w/ an elevator and transected w/ the saw',
    text: `Op: L AKA for ischemic limb, no prior amputation on this leg.
Fishmouth flaps. The femur was cleared w/ a periosteal elevator and transected w/ an oscillating saw 12 cm above the joint line. Limb off. Myodesis, closure w/o tension.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  // s3. A size and a margin dictated in words read as in figures ("four point five centimeters", "point
  // zero", "one point oh"), so the 27329/27364 line is drawn on them.
  {
    klass: 's3 a tumour of four point five centimeters and a margin of one point zero centimeters',
    text: `Procedure: wide resection, left thigh soft-tissue sarcoma.
The mass in the vastus medialis was excised en bloc with a cuff of normal muscle; the femur was not involved. At the back table the tumor measures four point five centimeters in greatest diameter. The narrowest margin is one point zero centimeters, deep. Closure over a drain.`,
    code: '27364',
    anatomy: { tumorSizeCm: 'documented' },
  },
  {
    klass: 's3 a tumour of three point five by two point oh centimeters, no margin stated',
    text: `Procedure: wide resection, right thigh soft-tissue sarcoma.
The sarcoma was excised en bloc with surrounding muscle; no bone was taken. Gross: tumor three point five by two point oh centimeters. Layered closure.`,
    code: '27329',
    anatomy: { tumorSizeCm: 'documented' },
  },
  // s4. Found by the first-person and present-tense transforms: a second active verb whose object is left
  // out shares the first one's ("we exposed the femur and divided with the saw"); one patient's case
  // reviewed or discussed at a meeting documents the meeting and makes no series; a nominal cut "is made
  // through" a structure as it "was made through" one.
  {
    klass: 's4 we exposed the femur and divided with a saw at the new level',
    text: `Operation: revision of the right above-knee stump for osteomyelitis of the bone end; prior right AKA in 2020.
We opened the old scar and the muscle at the new level. We exposed the femur and divided with a saw 6 cm proximal to the old bone end. We sent the bone end to microbiology. Myodesis and closure.`,
    code: '27596',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 's4 guard: we exposed the femur and closed over a drain',
    text: `Operation: left above-knee stump, scar revision. Prior left AKA 2019.
We excised the scar down to fascia, exposed the femur and checked the bone end, which was smooth and covered. The femur was not cut. We irrigated and closed over a drain.`,
    code: '27594',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 's4 we reviewed the case at MDT; the board is documented and the note is no series',
    text: `Procedure: left hindquarter amputation for pelvic chondrosarcoma.
We reviewed the case at the sarcoma MDT on 2 March. Under general anaesthesia the symphysis was divided and the sacroiliac joint opened and cut; the limb with the hemipelvis was removed. Closure over drains.`,
    code: '27290',
    statuses: { tumorBoard: 'documented' },
  },
  {
    klass: 's4 we discussed the case at the tumour board',
    text: `Procedure: right hindquarter amputation for chondrosarcoma of the ilium.
We discussed the case at the regional tumour board, which advised amputation. The symphysis was split and the sacroiliac joint divided; the limb and hemipelvis were removed together. Closure.`,
    code: '27290',
    statuses: { tumorBoard: 'documented' },
  },
  {
    klass: 's4 the posterior osteotomy is made through the sacral ala (present tense)',
    text: `Patient: 58-year-old man, chondrosarcoma of the left ilium. Date of surgery: 4 May 2026.
Left hindquarter amputation. The pubic symphysis is divided. The posterior osteotomy is made through the left sacral ala. The limb with the hemipelvis is removed. Closure over drains.`,
    code: '27290',
    anatomy: { posteriorPelvicDivision: 'documented' },
  },
  // s5. Classes of the development set AN (our own wording): a pronoun object takes the object of the
  // first-person clause before ("I cleared the femur 4 cm above the old end. … I cut it there"), whose
  // sentence tells the level; a curette that only takes a sample is no curettage; what a patient
  // consented to, and the option chosen, are plans.
  {
    klass: 's5 I cleared the femur at the new level; I cut it there',
    text: `Procedure: revision of the left above-knee amputation for osteomyelitis of the bone end. Prior left AKA in 2021.
I opened the old incision and cleared the femur circumferentially 4 cm proximal to the existing bone end. That level lies above the marrow signal on the MRI. I cut it there with a saw and removed the distal segment. A myodesis of the adductors was done and the wound closed over a drain.`,
    code: '27596',
    anatomy: { femurCut: 'documented' },
    absent: ['doc.missing:newResectionLevel'],
  },
  {
    klass: 's5 guard: I identified the sciatic nerve and cut it sharply',
    text: `Procedure: left above-knee stump scar revision; prior left AKA in 2019.
I excised the scar. I identified the sciatic nerve under traction and cut it sharply high in the wound. The femur was not touched. Closure in layers.`,
    code: '27594',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 's5 a canal margin taken with a curette for culture is no curettage',
    text: `Procedure: right above-knee re-amputation for infected femoral stump; prior right AKA 2018.
The femur was divided with a saw 5 cm above the old bone end. A canal margin was taken with a curette and sent for culture. Myodesis and layered closure.`,
    code: '27596',
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 's5 she consented to a hip disarticulation; the option was to remove the leg; abandoned',
    text: `Planned operation: right hip disarticulation.
After long discussions the least bad option was to remove the leg at the hip, and she consented to a right hip disarticulation. The anterior incision was made and the vessels exposed when she arrested. The procedure was abandoned and the wound was closed without amputation; the hip was not entered.`,
    code: null,
    review: true,
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  // s6. The limb and the hemipelvis removed together in a terse list ("limb + hemipelvis removed", "leg
  // and hemipelvis removed together") infer the pelvic divisions, as the spelled-out sentence does.
  {
    klass: 's6 limb + hemipelvis removed (terse trauma note)',
    text: `Procedure: completion of traumatic right hindquarter amputation.
Findings: leg attached by a posterior skin bridge, pelvic ring disrupted.
Int iliac a ligated. Skin bridge and remaining gluteus divided. Limb + hemipelvis removed. Packed, wound left open.`,
    code: '27290',
    anatomy: { posteriorPelvicDivision: 'documented', anteriorPelvicDivision: 'documented' },
  },
  {
    klass: 's6 guard: the hemipelvis and the limb were not removed',
    text: `Procedure: exploration of the right hemipelvis for bleeding.
Packing removed. Limb and hemipelvis not removed; the pelvis was packed again.`,
    code: null,
    review: true,
  },
  // s7. An addendum that corrects the wound ("Correction: the stump was not closed; it was left open and
  // packed") amends the closure dictated in the body: no conflict, as an addendum's side outranks the body's.
  {
    klass: 's7 an addendum corrects the closure: the wound was left open',
    text: `PROCEDURE: Left above-knee amputation.
DESCRIPTION: Circular incision at mid-thigh. The femur was divided with a Gigli saw and the limb removed. The wound was closed primarily.
ADDENDUM (next morning): Correction to the note above: the stump was not closed; it was left open and packed for a second look in 48 hours.`,
    code: '27592',
    route: 'ready',
  },
  {
    klass: 's7 guard: a body that tells the wound both closed and left open keeps the conflict',
    text: `PROCEDURE: Left above-knee amputation.
DESCRIPTION: Circular incision at mid-thigh. The femur was divided with a Gigli saw and the limb removed. The wound was closed primarily. The stump was left open and packed.`,
    code: '27592',
    review: true,
    route: 'coder-review',
  },
  // s8. A negation reaches every member of an "or" list it opens ("did not attempt a myodesis or a
  // myoplasty": the myoplasty is denied too), however long the list; a member that is a verb ends it.
  {
    klass: 's8 I did not attempt a myodesis or a myoplasty',
    text: `Left above-knee re-amputation for a failed stump; the old AKA was 10 cm above the knee. The femur was re-cut 4 cm higher with the saw. I did not attempt a myodesis or a myoplasty given the poor muscle. Skin closed over a drain.`,
    code: '27596',
    statuses: { reconstructionTechnique: 'negated' },
  },
  {
    klass: 's8 a longer list: there was no myodesis, myoplasty or flap advancement',
    text: `Right AKA revision; prior transfemoral amputation 12 cm above the knee. The femur was shortened by 3 cm. There was no myodesis, myoplasty or flap advancement attempted because of the infection. The wound was left partly open.`,
    code: '27596',
    statuses: { reconstructionTechnique: 'negated' },
  },
  {
    klass: 's8 guard: no drain, and a myodesis or a myoplasty was performed',
    text: `Left AKA revision for a failed stump; old AKA 10 cm above the knee. The femur was re-cut 4 cm higher. No drain, and a myodesis or a myoplasty was performed over the bone end. Skin closed.`,
    code: '27596',
    statuses: { reconstructionTechnique: 'documented' },
  },
  {
    klass: 's8 guard: no tourniquet was needed or used, and a myoplasty was done',
    text: `Left AKA revision for a failed stump; old AKA 10 cm above the knee. The femur was re-cut 4 cm higher. No tourniquet was needed or used, and a myoplasty was done. Skin closed.`,
    code: '27596',
    statuses: { reconstructionTechnique: 'documented' },
  },
  // s9. A soft-tissue or implant part named by a bone's adjective is not the bone: "the acetabular labrum
  // was excised", "the acetabular cup was removed" resect no pelvic bone.
  {
    klass: 's9 the acetabular labrum excised after a hip disarticulation',
    text: `Right hip disarticulation for a proximal femur sarcoma. The capsule was opened all round, the ligamentum teres cut and the femoral head dislocated. The limb was removed through the hip joint. The acetabular labrum was excised and the cartilage left. Gluteal flap closed over drains.`,
    code: '27295',
    anatomy: { pelvicBoneResected: 'not_mentioned' },
  },
  {
    klass: 's9 the acetabular cup removed before the disarticulation',
    text: `Left hip disarticulation for an infected hip replacement with a thigh abscess. The capsule was opened, the femoral head and stem dislocated and the limb was removed through the joint. The loose acetabular cup was then removed and the socket debrided. Closure over drains.`,
    code: '27295',
    anatomy: { pelvicBoneResected: 'not_mentioned' },
  },
  {
    klass: 's9 guard: the acetabular roof excised is pelvic bone',
    text: `Left internal hemipelvectomy, limb kept. The ilium was osteotomised above the notch and the acetabular roof was excised with the tumour; the hip was reconstructed with a custom implant.`,
    code: '27076',
    anatomy: { pelvicBoneResected: 'documented' },
  },
  // s10. A list of structures after a comma that goes on to its own verb is the subject of a new clause,
  // not more objects of the act before it: "the ilium was not cut, the acetabulum and the pelvis were
  // preserved" (nothing divided).
  {
    klass: 's10 the ilium was not cut, the acetabulum and the pelvis were preserved',
    text: `Left hip disarticulation for a femoral osteosarcoma with a pathological fracture. The femoral vessels were ligated, the capsule opened and the head dislocated; the limb was removed at the hip joint. The ilium was not cut, the acetabulum and the pelvis were preserved. Closure over drains.`,
    code: '27295',
    anatomy: { posteriorPelvicDivision: 'negated' },
  },
  {
    klass: 's10 guard: the symphysis was divided, the SI joint and the ilium were then osteotomised',
    text: `Right hindquarter amputation for a pelvic chondrosarcoma. The symphysis pubis was divided, the sacroiliac joint and the posterior ilium were then osteotomised, and the limb with the hemipelvis was removed en bloc. Posterior flap closure.`,
    code: '27290',
    anatomy: { posteriorPelvicDivision: 'documented', anteriorPelvicDivision: 'documented' },
  },
  // s11. A participle followed at once by "and" has no object of its own: "the ligamentum teres was cut
  // and the entire residual femur was removed through the hip joint" cuts no femur.
  {
    klass: 's11 the ligamentum teres was cut and the residual femur removed through the hip joint',
    text: `Left hip disarticulation for osteomyelitis of the residual femur after an old above-knee amputation. The capsule was opened and the head dislocated; the ligamentum teres was cut and the entire residual femur was removed through the hip joint. The pelvis was left intact. Gluteal flap closure.`,
    code: '27295',
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: 's11 guard: the femur was exposed and cut and the limb removed',
    text: `Left above-knee amputation for ischaemia, no earlier amputation of this leg. The femur was exposed and cut 12 cm above the joint line with the saw and the limb was removed. Myodesis, closure.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  // s12. The title, diagnoses and time-out name one side, the operative description only the other: the
  // deciding anatomy told in that description does not make its side the procedure's (no second procedure
  // on the other leg); the note contradicts itself and the surgeon is asked.
  {
    klass: 's12 a left hip disarticulation whose description prepares and opens the right hip',
    text: `Procedure(s) (LRB): DISARTICULATION, HIP (Left)
Preoperative diagnosis: chronic osteomyelitis of the left femur after a left above-knee amputation.
Time out: left side verified and marked.
Description: The right hip and thigh were prepped and draped. The right hip capsule was opened circumferentially and the femoral head dislocated, and the limb was removed through the hip joint. The acetabulum and the pelvis were left intact. Closure over drains.`,
    code: '27295',
    claim: { cpt: '27295', modifiers: ['LT'], icd10: ['M86.652'], placeOfService: '21', otherCpt: [] },
    findings: ['doc.conflicting'],
    absent: ['modifier.laterality-conflict'],
    route: 'query-physician',
  },
  // s13. "Intact" of a removed specimen is its state, not a structure kept: "the tumour was removed en bloc,
  // intact, with a cuff of muscle" resects the tumour (a sparing word predicated of the removal's object).
  {
    klass: 's13 a 7 cm thigh sarcoma removed en bloc, intact, with a cuff of muscle',
    text: `Wide resection of a left thigh myxofibrosarcoma. The 7 cm tumor was removed en bloc, intact, with a cuff of normal muscle circumferentially. The femur was not exposed. Closure over a drain.`,
    code: '27364',
    anatomy: { softTissueTumorResection: 'documented' },
  },
  {
    klass: 's13 excised intact in one piece, 3 cm',
    text: `Right thigh: a 3 cm synovial sarcoma was excised intact in one piece with a wide margin of muscle and fascia. No bone was taken. Skin closed.`,
    code: '27329',
    anatomy: { softTissueTumorResection: 'documented' },
  },
  {
    klass: 's13 guard: the femur was left intact after the soft-tissue resection',
    text: `Wide resection of a 6 cm sarcoma of the left thigh with a cuff of vastus lateralis; the femur was left intact and the periosteum was preserved. Closure over a drain.`,
    code: '27364',
    anatomy: { boneResected: 'not_mentioned' },
  },
  // s14. Raw speech recognition keeps dictated punctuation as words and corrections on the spot: "left
  // comma strike that comma I mean the right thigh" is the right side; "four centimeters higher comma
  // correction comma five centimeters higher" cuts the femur five centimeters higher.
  {
    klass: 's14 spoken commas around a side corrected on the spot, and a level corrected on the spot',
    text: `this is doctor marsh dictating period new paragraph procedure colon revision above knee amputation left comma strike that comma I mean the right thigh period the patient had a prior right above knee amputation about ten centimeters above the knee period the stump is infected period the femur was exposed and cut with the oscillating saw about four centimeters higher than the old cut comma correction comma five centimeters higher period myodesis of the adductors to the femur through drill holes period he is admitted to the floor period`,
    code: '27596',
    values: { laterality: 'right', newResectionLevel: 'five centimeters higher' },
  },
  {
    klass: 's14 also (read so before): 12 cm, sorry, 14 cm above the joint line',
    text: `Left AKA for ischaemia, no earlier amputation of this leg. The femur was divided 12 cm, sorry, 14 cm above the joint line. Myodesis and closure.`,
    code: '27590',
    values: { newResectionLevel: '14 cm above the joint line' },
  },
  {
    klass: 's14 guard: no correction, the first level stands',
    text: `Left AKA revision; the old AKA 10 cm above the knee. The femur was shortened 3 cm higher than the old cut. I mean to close without tension, and a myodesis was done.`,
    code: '27596',
    values: { newResectionLevel: 'shortened 3 cm' },
  },
  // s15. A note of several procedures: a fixator's pin sites curetted on the other leg are no curettage of
  // a femoral lesion (27355), so the re-amputation listed first stays the coded procedure, on its own side.
  {
    klass:
      's15 a right re-amputation, a left heel debridement and a left tibial frame removal with the pin sites curetted',
    text: `PROCEDURES:
1. Right above-knee re-amputation (revision of right transfemoral amputation).
2. Excisional debridement of a left heel ulcer, skin and subcutaneous tissue, 4 x 3 cm.
3. Removal of external fixator, left tibia.

INDICATIONS: Failed right AKA from 2023 with an infected, non-healing stump and exposed bone; left heel pressure ulcer; left tibial frame due for removal.

DESCRIPTION: Right side first. Fishmouth incision 3 cm proximal to the old scar. The femur was exposed and divided 6 cm proximal to the old bone end with an oscillating saw. The adductors were sutured to the femur through drill holes (myodesis) and the quadriceps brought over (myoplasty). Closed over a drain.
The left heel ulcer was then sharply debrided down to healthy bleeding subcutaneous tissue; the area measured 4 x 3 cm. The left tibial external fixator was removed and the pin sites curetted.
Inpatient; back to the ward.`,
    code: '27596',
    claim: {
      cpt: '27596',
      modifiers: ['RT'],
      icd10: ['T87.43', 'Z89.611'],
      placeOfService: '21',
      otherCpt: ['11042', '20694'],
    },
    absent: ['modifier.laterality-conflict', 'level.mismatch'],
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 's15 a tibial frame removed and its pin tracts curetted is no femoral curettage',
    text: `Removal of the external fixator from the right tibia. The pins were removed and the pin tracts were curetted and irrigated. Dressings applied.`,
    code: null,
    review: true,
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 's15 guard: a distal femoral cyst curetted, the tibia named as uninvolved',
    text: `Left distal femur unicameral bone cyst. Through a lateral cortical window the cyst was curetted to healthy bone and packed with calcium sulfate pellets; the tibia was not involved. Closure.`,
    code: '27355',
    anatomy: { curettage: 'documented' },
  },
  {
    klass: 's15 guard: a femoral cyst curetted and filled with a fibular strut graft (a donor, not the site)',
    text: `Left distal femur aneurysmal bone cyst. The cyst was curetted through a lateral window and the cavity filled with a fibular strut graft and allograft chips. Closure.`,
    code: '27356',
    anatomy: { curettage: 'documented' },
  },
  {
    klass: 's15 guard: a lesion curetted and grafted with autograft from the proximal tibia',
    text: `Right femoral neck benign lesion. The lesion was curetted and high-speed burred, then packed with autograft from the proximal tibia. Closure in layers.`,
    code: '27357',
    anatomy: { curettage: 'documented' },
  },
  // s16. After the final measurement the holdout sets were opened (not blind); their classes, in our own
  // words. A bone's canal scraped in an infected stump is no lesion's curettage; speech recognition's
  // split of the symphysis ("the pubic sim physis"); "left" as the participle after "dislocated and"; the
  // European word for curettage ("excochleation"); a compartment of the thigh resected.
  {
    klass: 's16 the canal curetted and irrigated at a delayed closure after a guillotine AKA',
    text: `Delayed closure of the left above-knee stump. The guillotine above-knee amputation was done three days ago for necrotising infection. The bone end was freshened with a rongeur and rasped smooth; the canal was curetted and irrigated. Myodesis and closure over a drain.`,
    code: null,
    review: true,
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 's16 guard: a lesion in the canal curetted',
    text: `Right distal femur enchondroma. Through a cortical window the lesion in the canal was curetted and the cavity filled with cement. Closure.`,
    code: '27355',
    anatomy: { curettage: 'documented' },
  },
  {
    klass:
      's16 also (read so before in this wording, by inference): the pubic sim physis was divided (speech recognition)',
    text: `left hindquarter amputation period the pubic sim physis was divided with a knife period the sacroiliac joint was divided with an osteotome period the left lower extremity and hemipelvis were removed en bloc period`,
    code: '27290',
    route: 'query-physician',
    anatomy: { anteriorPelvicDivision: 'documented' },
  },
  {
    klass:
      's16 also (read so before in this wording): the femoral head dislocated and left with the femur is no side',
    text: `Procedure: right internal hemipelvectomy, type II and III, limb preserved.
Description: The right hemipelvis was exposed. The hip capsule was divided and the femoral head dislocated and left with the femur, and the acetabulum with both rami was removed en bloc; the leg was kept. Closure over drains.`,
    code: '27076',
    claim: { cpt: '27076', modifiers: ['RT'], icd10: ['C41.4'], placeOfService: '21', otherCpt: [] },
    absent: ['modifier.laterality-conflict'],
  },
  {
    klass: 's16 a chondroblastoma treated by radical excochleation and cement',
    text: `A 15-year-old boy with a left proximal femur chondroblastoma. Through a surgical hip dislocation, a radical excochleation of the lesion was done and the defect was filled with bone cement.`,
    code: '27355',
    anatomy: { curettage: 'documented' },
  },
  {
    klass: 's16 wide excision and anterior thigh compartment resection, no size: 27329 or 27364',
    text: `A 54-year-old woman with a myxofibrosarcoma of the left thigh the size of a tennis ball. She underwent wide excision and anterior thigh compartment resection surgery.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
];
