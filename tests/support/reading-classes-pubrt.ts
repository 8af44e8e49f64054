/**
 * Whole-note probes for the classes a published-text red team (technique papers, case reports, abstracts,
 * atlases, rehabilitation and nursing texts) still misread: leaving a place read as sparing what follows
 * ("before leaving theatre a plaster socket was cast": the immediate fitting denied, a wrong 27590 outside
 * review), a technique's present-passive steps taken for one patient's narration (a reduced relative, an act done
 * again, a wound left open), an atlas caption, rehabilitation and nursing texts about patients in general.
 * Written for these tests in our own words, several wordings per class, with guards that must
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
  // pr3. A technique told in the present passive is generic however its steps are worded: a reduced relative
  // clause ("the vessels lying over the capsule are tied") is no terse narration of one operation, an act
  // done again ("is re-sectioned", "is reattached") is a step, and so is a wound "left open".
  {
    klass: 'pr3 atlas steps: reduced relatives in present-passive steps (hip disarticulation)',
    text: `Steps of the operation
1. The muscles inserted into the lesser trochanter are detached close to the bone.
2. The vessels crossing in front of the capsule are tied and divided.
3. The capsule is opened and the femoral head is dislocated out of the acetabulum.
4. The gluteal flap is brought forward over the socket.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pr3 technique: the femur is re-sectioned higher and the adductors are reattached (re-amputation)',
    text: `Revision of the failed above-knee stump
In the residual limb that has failed, the old scar is excised and the femur is re-sectioned at a higher level. The adductor magnus is reattached to the lateral cortex.`,
    code: '27596',
    generic: true,
  },
  {
    klass: 'pr3 technique: the septic thigh is divided at one level and the wound is left open',
    text: `The open amputation in sepsis
All tissues of the thigh, the femur among them, are divided at a single level, and the stump is left open beneath moist gauze until the infection settles.`,
    code: '27592',
    generic: true,
  },
  {
    klass: 'pr3 guard: one patient, a reduced relative in the past (not generic)',
    text: `Procedure: right hip disarticulation.
The muscles inserted into the lesser trochanter were detached close to the bone. The capsule was opened and the femoral head dislocated from the acetabulum, and the leg was removed.`,
    code: '27295',
  },
  {
    klass: 'pr3 guard: a present-tense dictation anchored by its side and its fields (not generic)',
    text: `Left above-knee re-amputation (previous left above-knee amputation 2021).
The old scar is excised and the left femur is re-sectioned 3 cm higher with a saw. The wound is closed in layers. EBL 150 mL.`,
    code: '27596',
  },
  // pr4. A text that opens with a figure's label is an atlas's caption, whatever side its picture shows,
  // unless a person, "the patient", a case or past narration tie it to one patient.
  {
    klass: 'pr4 atlas caption: the right leg and hemipelvis after division of the sacroiliac joint',
    text: `Figure 7. The right lower limb and hemipelvis lifted away after the sacroiliac joint and the pubic symphysis have been divided; the gluteal flap lies below.`,
    // The caption describes the whole hindquarter (both listed subjects lifted away): its described
    // anatomy supports 27290, still in coder review as a generic text (findrt R3: a terse list of subjects).
    code: '27290',
    review: true,
    generic: true,
  },
  {
    klass: 'pr4 atlas caption: a left knee, the femoral condyles left untouched',
    text: `Fig. 12a. Left knee: the patellar ligament detached from the tubercle and the cruciates cut; the leg comes away through the joint. (b) The intact femoral condyles beneath the long anterior flap.`,
    code: '27598',
    review: true,
    generic: true,
  },
  {
    klass: "pr4 guard: a case report's caption names the patient (not generic)",
    text: `Fig. 3. Radiograph of the patient six months after the right distal femur was resected en bloc for osteosarcoma and replaced with an endoprosthesis.`,
    code: '27365',
    review: true,
  },
  {
    klass: 'pr4 guard: a caption narrating one operation in the past (not generic)',
    text: `Figure 2. The left femur was transected 12 cm above the knee and the limb removed; the wound was closed over a drain.`,
    code: '27590',
    review: true,
  },
  // pr5. Rehabilitation and nursing texts tell what patients do in general ("patients who have had …
  // walk", "older patients prefer …") and instruct about any patient ("teach the patient to …",
  // "explained to the patient"): no one patient's operation.
  {
    klass: 'pr5 rehabilitation text: patients after a knee disarticulation bear weight on the stump end',
    text: `Prosthetic training after knee disarticulation
Patients after a knee disarticulation can bear weight on the end of the stump, which makes transfers easier. Many elderly patients use the prosthesis only for standing.`,
    // The title's name may stand as the fallback of a generic text, in coder review.
    code: '27598',
    review: true,
    generic: true,
  },
  {
    klass: 'pr5 nursing text: teach the patient, explain to the patient (above-knee amputation)',
    text: `Care of the transfemoral residual limb
Check the dressing every hour on the first day. Teach the patient to lie flat on the bed for part of each day. Stump shrinkage bandaging should be explained to the patient before discharge.`,
    code: null,
    review: true,
    generic: true,
  },
  {
    klass: 'pr5 guard: a case report keeps its patient while quoting what most patients do',
    text: `A 67-year-old man underwent a right above-knee amputation; the femur was divided 12 cm above the knee and the wound closed. Most older patients prefer a wheelchair, but he walked with a prosthesis.`,
    code: '27590',
  },
  {
    klass: 'pr5 guard: an op note whose plan teaches the patient (not generic)',
    text: `Procedure: left above-knee amputation.
The femur was transected at mid-thigh and the leg removed; the wound was closed in layers. Plan: teach the patient stump bandaging; physiotherapy tomorrow.`,
    code: '27590',
  },
  // pr6. A span of time closing the clause ("… for sepsis ten days earlier", "… six weeks previously")
  // dates what the clause tells to before this operation, however far back in the clause the act is.
  {
    klass: 'pr6 case report: an above-knee amputation three weeks earlier, the femur shortened today',
    text: `A 48-year-old man had a right above-knee amputation for trauma three weeks earlier. The stump broke down, and the femur was shortened by 2 cm with a saw and the wound closed.`,
    code: '27596',
  },
  {
    klass: 'pr6 case report: an amputation packed open 9 days earlier, closed today without a bone cut',
    text: `A 77-year-old woman had a left above-knee amputation packed open for wet gangrene 9 days earlier. At this second operation the muscle flaps were approximated and the skin closed; the femur was not shortened.`,
    code: '27594',
  },
  {
    klass: "pr6 guard: the span dates only its own clause, the amputation after it is today's",
    text: `A 75-year-old man presented ten days earlier with wet gangrene of the right foot. Today he underwent a right above-knee amputation: the femur was divided 12 cm above the knee and the wound was closed in layers.`,
    code: '27590',
  },
  {
    klass: "pr6 guard: a span in the clause before a semicolon leaves today's cut today's",
    text: `Procedure: left above-knee re-amputation (left above-knee amputation in 2022).
The stump broke down a few weeks earlier; the femur was shortened by 3 cm with a saw and the wound closed over a drain.`,
    code: '27596',
  },
  // pr7. A bone divided at the ends of its segment and then taken out, told as two coordinated participles of
  // one subject with the places and asides of the first between them: the segment is resected.
  {
    klass: 'pr7 case report: the inferior ramus osteotomised at both ends, and excised en bloc',
    text: `A 47-year-old woman with a chondrosarcoma of the left inferior pubic ramus. The inferior pubic ramus was osteotomised next to the ischial tuberosity and close to the symphysis, and excised en bloc with the tumour. The leg was preserved; the acetabulum was not entered.`,
    code: '27075',
  },
  {
    klass: 'pr7 case report: the iliac wing sawn across from spine to notch and removed with the muscle',
    text: `A 22-year-old man with Ewing sarcoma of the right ilium after chemotherapy. The iliac wing was sawn across from the anterior inferior spine to the greater sciatic notch and removed together with the gluteus medius. The limb was kept; the hip joint was not opened.`,
    code: '27075',
  },
  {
    klass: 'pr7 guard: the ramus only exposed, the tumour removed beside it (no bone resected)',
    text: `A 35-year-old man with a sarcoma beside the left pubic ramus. The pubic ramus was exposed at the tubercle and the tumour was removed with a cuff of adductor muscle; no bone was resected. The tumour measured 4 cm.`,
    code: '27329',
  },
  {
    klass: 'pr7 guard: the femur cleared and transected, then the limb removed (a plain amputation)',
    text: `Procedure: right above-knee amputation.
The femur was cleared with a periosteal elevator at the chosen level and transected with a power saw, and the limb was removed. The wound was closed in layers.`,
    code: '27590',
  },
  // pr8. A denial ends where "and" opens a new clause with its own subject and an affirmed verb: "the hip
  // joint was not opened and the ilium was resected" resects the ilium.
  {
    klass: 'pr8 case report: the joint not opened and the iliac wing resected',
    text: `A 26-year-old woman with a chondrosarcoma of the left iliac wing. The hip joint was not opened and the iliac wing was resected en bloc with a cuff of gluteal muscle. The limb was preserved.`,
    code: '27075',
  },
  {
    klass: 'pr8 op note: the femur not cut and the knee disarticulated',
    text: `Procedure: right knee disarticulation.
The patellar tendon was detached from the tubercle. The femur was not cut and the knee joint was disarticulated through the cruciate ligaments; the leg was removed and the wound closed.`,
    code: '27598',
  },
  {
    klass: 'pr8 guard: a second subject denied in turn stays denied (no hindquarter)',
    text: `Procedure: left hip disarticulation.
The capsule was opened circumferentially and the femoral head dislocated; the leg was removed through the hip joint. The sacroiliac joint was not divided and the symphysis was not divided.`,
    code: '27295',
  },
  {
    klass: 'pr8 guard: a denial of the bone cut before a closure (27594 stays)',
    text: `Procedure: revision of the left above-knee amputation stump (left above-knee amputation in 2020).
The scar was excised. The femur was not cut and the wound was closed in layers.`,
    code: '27594',
  },
  // pr9. The specimen named in a narrative or a caption as the lower limb with the hemipelvis (outside a
  // specimen field): the limb was removed with the half of the pelvis (inferred, so coder review).
  {
    klass: 'pr9 case report, names deleted: the specimen consisted of the whole leg with the hemipelvis',
    text: `A 60-year-old man with a chondrosarcoma of the left pelvis underwent the procedure. The specimen consisted of the whole left leg with the hemipelvis, and the margins were clear on histology. He was walking with crutches at three months.`,
    code: '27290',
    route: 'coder-review',
  },
  {
    klass: 'pr9 atlas caption: the resection specimen comprised the lower extremity with the innominate bone',
    text: `Fig. 9. The resection specimen comprised the entire left lower extremity together with the innominate bone, seen from behind.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pr9 guard: the specimen is the innominate bone and the limb was kept (27077)',
    text: `A 41-year-old woman with a chondrosarcoma of the right pelvis. The whole innominate bone was resected en bloc. The specimen was the innominate bone with the tumour; the lower limb was kept.`,
    code: '27077',
  },
  {
    klass: 'pr9 guard: the specimen is the leg alone after a hip disarticulation (27295)',
    text: `A 58-year-old man. The left hip was disarticulated through the joint capsule and the leg removed. The specimen was the left leg, sent with the femoral head.`,
    code: '27295',
  },
  // pr10. A text about practice (a review, a chapter) whose names name different operations, with no one
  // subject in its title or lead and no anatomy deciding, gets no code from a name; a review that weighs or
  // compares operations says what it covers.
  {
    klass: 'pr10 review: hip disarticulation and above-knee amputation compared, no anatomy',
    text: `Major amputations of the lower limb: a short review
Hip disarticulation and above-knee amputation differ chiefly in the length of lever left for the socket. This review summarises their indications and complications.`,
    code: null,
    generic: true,
  },
  {
    klass: 'pr10 article: hemipelvectomy against hip disarticulation, "this article compares"',
    text: `Choosing between hemipelvectomy and hip disarticulation
Both operations are now rare. This article compares the margin that each can give; the literature on function is thin.`,
    code: null,
    generic: true,
  },
  {
    klass: 'pr10 chapter: three levels "are compared in this chapter"',
    text: `Amputation levels around the hip: an overview
Hemipelvectomy, hip disarticulation and above-knee amputation are compared in this chapter for their indications and their prosthetic demands.`,
    code: null,
    generic: true,
  },
  {
    klass: 'pr10 guard: a review whose title names its one operation keeps that name as the fallback',
    text: `Hip disarticulation: a short review
Hip disarticulation rather than above-knee amputation is chosen when the femur is involved to the trochanter. This review summarises the indications.`,
    code: '27295',
    review: true,
    generic: true,
  },
  {
    klass: 'pr10 guard: a chapter naming two operations whose described anatomy decides',
    text: `Limb-sparing pelvic surgery
This chapter contrasts the internal hemipelvectomy with the hindquarter amputation. In the periacetabular resection the ilium is divided above the acetabulum and the rami are cut below it; the acetabulum is removed with the tumour and the hip is reconstructed, the limb being preserved.`,
    code: '27076',
    generic: true,
  },
  // pr11. The narrowest margin told before its name ("a 2 cm closest margin") is not the tumour's size told
  // in the clause before a conjunction ("the tumour measured 3.5 cm and the closest margin was 0.5 cm"):
  // the size is the diameter plus the margin stated after the name.
  {
    klass: 'pr11 case report: "measured 3.5 cm and the closest margin was 0.5 cm" is 4 cm (27329)',
    text: `A 51-year-old man with a 3.5 cm leiomyosarcoma of the left thigh had it excised en bloc with a cuff of vastus lateralis; no bone was removed. The tumour measured 3.5 cm and the closest margin was 0.5 cm.`,
    code: '27329',
  },
  {
    klass: 'pr11 case report: "4 cm while the closest margin was 3 mm" is 4.3 cm (27329)',
    text: `A 60-year-old woman with a 4 cm myxofibrosarcoma of the right thigh had the tumour resected en bloc with a cuff of muscle; no bone was removed. On the specimen the lesion measured 4 cm while the closest margin was 3 mm.`,
    code: '27329',
  },
  {
    klass: 'pr11 guard: "a 2 cm closest margin" around a 4 cm tumour is 6 cm (27364)',
    text: `A 47-year-old man with a 4 cm myxoid liposarcoma of the right thigh had the tumour excised en bloc with wide margins; no bone was removed. The tumour measured 4 cm with a 2 cm closest margin.`,
    code: '27364',
  },
  {
    klass: 'pr11 guard: "0.3 cm at the closest margin" around a 4.5 cm tumour is 4.8 cm (27329)',
    text: `A 70-year-old woman with a 4.5 cm undifferentiated sarcoma of the left thigh had the tumour resected en bloc with a cuff of normal muscle; no bone was taken. Tumour 4.5 cm; 0.3 cm at the closest margin.`,
    code: '27329',
  },
  // pr12. An autograft told by where the bone came from, in a reduced relative or as the patient's own bone
  // ("bone graft taken from her own iliac crest", "his own cancellous bone"): not a curettage without graft.
  {
    klass: 'pr12 case report: the cavity packed with bone graft taken from her own iliac crest',
    text: `A 23-year-old woman with a non-ossifying fibroma of the left distal femur had the lesion curetted and the cavity packed with bone graft taken from her own iliac crest.`,
    code: '27357',
  },
  {
    klass: "pr12 case report: cancellous bone obtained from the patient's iliac crest",
    text: `A 15-year-old boy with an aneurysmal bone cyst of the right femoral neck underwent curettage; the defect was filled with cancellous bone obtained from the patient's ipsilateral iliac crest.`,
    code: '27357',
  },
  {
    klass: 'pr12 case report: the cavity impacted with his own cancellous bone',
    text: `A 31-year-old man with a chondroblastoma of the left femoral head. The lesion was curetted through the neck and the cavity impacted with his own cancellous bone.`,
    code: '27357',
  },
  {
    klass: 'pr12 guard: bone taken from the bone bank is an allograft (27356)',
    text: `A 19-year-old man with a simple bone cyst of the right femur had it curetted, and the cavity was filled with bone taken from the bone bank.`,
    code: '27356',
  },
  // pr13. A nursing text: care told as instructions ("Observe the drain …", "Check the wound …") and "the
  // patient" as the one cared for ("nursing the patient after …", "caring for the patient after …").
  {
    klass: 'pr13 nursing text: nursing the patient after a knee disarticulation, observe and encourage',
    text: `Nursing the patient after knee disarticulation
Observe the drain for blood loss. Encourage the patient to move the hip through its full range.`,
    code: '27598',
    review: true,
    generic: true,
  },
  {
    klass: 'pr13 nursing text: caring for the patient after an above-knee amputation, check and explain',
    text: `Caring for the patient after above-knee amputation
Check the wound each shift. Explain to the patient that the stump will shrink.`,
    code: '27590',
    review: true,
    generic: true,
  },
  {
    klass: "pr13 guard: an op note's plan in the imperative stays one patient's",
    text: `Procedure: left above-knee amputation.
The femur was divided at mid-thigh and the wound closed. Check the drain tonight. Encourage the patient to sit out tomorrow.`,
    code: '27590',
  },
  // pr14. The limb's own participle ends its clause: "the leg removed, the acetabulum being kept" keeps the
  // acetabulum, not the limb.
  {
    klass: 'pr14 series: the leg removed, the acetabulum being kept (hip disarticulation)',
    text: `Hip disarticulation for sarcoma: a series
Methods: 14 hip disarticulations were reviewed; in each the femoral head was dislocated and the leg removed, the acetabulum being kept.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pr14 case report: the limb removed, the pelvis being kept',
    text: `A 61-year-old man with a sarcoma of the proximal left femur. The capsule was opened all round, the femoral head lifted out of the socket and the limb removed, the pelvis being kept.`,
    code: '27295',
  },
  {
    klass: 'pr14 case report: the leg taken off, the acetabulum kept',
    text: `A 61-year-old man with gas gangrene of the right thigh. The hip was disarticulated and the leg taken off, the acetabulum kept.`,
    code: '27295',
  },
  {
    klass: 'pr14 guard: the leg kept, the hip joint left undisturbed (type I resection)',
    text: `A 30-year-old woman with a chondrosarcoma of the left iliac wing. The iliac wing was resected en bloc with the tumour. The leg was kept, the hip joint being left undisturbed.`,
    code: '27075',
  },
  {
    klass: 'pr14 guard: the leg disarticulated and removed, the pelvis being preserved (27295)',
    text: `A 52-year-old woman with a myxofibrosarcoma around the left hip. The leg was disarticulated through the hip joint and removed, the acetabulum and the pelvis being preserved.`,
    code: '27295',
  },
  // pr15. "without X" after the act's objects names what was left out, not another object: the act is not
  // denied ("the tumour was resected en bloc with the biceps femoris, without bone" resects the tumour).
  {
    klass: 'pr15 case report: resected en bloc with wide margins and the biceps femoris, without bone',
    text: `A 58-year-old man with a myxofibrosarcoma of the posterior left thigh. The tumour was resected en bloc with wide margins and the biceps femoris, without bone. The tumour measured 11 cm in greatest dimension.`,
    code: '27364',
  },
  {
    klass: 'pr15 case report: excised en bloc together with the vastus medialis, without the femur',
    text: `A 36-year-old woman with a synovial sarcoma of the right thigh. The sarcoma was excised en bloc together with the vastus medialis, without the femur. The tumour measured 3 cm; the closest margin was 1 cm.`,
    code: '27329',
  },
  {
    klass: 'pr15 guard: the leg removed through the knee, without any cut of the femur (27598)',
    text: `Procedure: left knee disarticulation.
The patellar tendon and the cruciate ligaments were divided and the leg was removed through the knee joint, without any cut of the femur. The wound was closed.`,
    code: '27598',
  },
  {
    klass: 'pr15 guard: "without difficulty" denies nothing (27590)',
    text: `Procedure: right above-knee amputation.
The femur was divided without difficulty 12 cm above the knee and the limb removed. The wound was closed in layers.`,
    code: '27590',
  },
  {
    klass: 'pr15 guard: removed at the hip without cutting the femur (27295)',
    text: `Procedure: right hip disarticulation.
The capsule was opened and the femoral head dislocated, and the leg was removed at the hip without cutting the femur. The wound was closed.`,
    code: '27295',
  },
  // pr16. A coordinated subject whose own verb follows a parenthesis set off by commas ("and the limb, with
  // its vessels intact, was preserved") opens a new clause: it is neither another object of the act before
  // nor out of reach of its own verb.
  {
    klass: 'pr16 case report: the iliac wing resected and the limb, with its vessels intact, preserved',
    text: `A 30-year-old woman with a chondrosarcoma of the left iliac wing. The iliac wing was resected en bloc with the tumour and the limb, with its vessels intact, was preserved.`,
    code: '27075',
  },
  {
    klass: 'pr16 case report: the ramus resected and the leg, its nerves and vessels untouched, kept',
    text: `A 44-year-old man with a chondrosarcoma of the right superior pubic ramus. The superior ramus was resected en bloc and the leg, its nerves and vessels untouched, was kept.`,
    code: '27075',
  },
  {
    klass: 'pr16 guard: a second object with a parenthesis, the verb after it another act (27290)',
    text: `Procedure: left hindquarter amputation.
We divided the sacroiliac joint and the symphysis, with the bladder held back, and removed the limb with the hemipelvis.`,
    code: '27290',
  },
  {
    klass: 'pr16 guard: the limb, with the tourniquet released, was removed (27590)',
    text: `Procedure: right above-knee amputation.
The femur was divided 12 cm above the knee and the limb, with the tourniquet released, was removed. The wound was closed.`,
    code: '27590',
  },
  // pr17. A femur kept at its length states the negative of its cut: "the femur was left as it was", "left
  // at its full length", "left unchanged" (27594's deciding absence).
  {
    klass: 'pr17 case report: a scar excised, the femur left as it was',
    text: `A 40-year-old man with a left transfemoral amputation from 2012 had an invaginated scar that tore under his liner. The scar was excised and the skin closed in layers over the bone end; the femur was left as it was.`,
    code: '27594',
  },
  {
    klass: 'pr17 op note: stump revision, the femur left at its full length',
    text: `Procedure: revision of the right above-knee amputation stump (right AKA 2018).
The redundant soft tissue and the old scar were excised and the flaps closed over a drain. The femur was left at its full length.`,
    code: '27594',
  },
  {
    klass: 'pr17 guard: a femur left unchanged at a knee disarticulation (27598)',
    text: `Procedure: left knee disarticulation.
The cruciate ligaments and the capsule were divided and the leg was removed through the knee joint; the femur was left unchanged. The wound was closed.`,
    code: '27598',
  },
  {
    klass: 'pr17 guard: a stump revision in which the femur was shortened (27596)',
    text: `Procedure: revision of the left above-knee amputation stump (left AKA 2015).
The scar was excised and the femur was shortened by 2 cm with a saw; the wound was closed over a drain.`,
    code: '27596',
  },
  // pr18. Soft-tissue sarcomas named by their kind (an epithelioid, clear cell or alveolar soft part sarcoma,
  // an extraskeletal one, a dermatofibrosarcoma) are soft-tissue tumours wherever they sit by the knee.
  {
    klass: 'pr18 case report: an epithelioid sarcoma of the knee region excised widely (27329)',
    text: `A 33-year-old woman had a 2.5 cm epithelioid sarcoma of the right knee region excised widely with the underlying fascia; no bone was taken. The tumour measured 2.5 cm and the narrowest margin was 1.5 cm.`,
    code: '27329',
  },
  {
    klass: 'pr18 case report: a clear cell sarcoma by the knee resected en bloc (27364)',
    text: `A 28-year-old man with a clear cell sarcoma beside the left knee. The tumour was resected en bloc with wide margins and the popliteal fascia; no bone was removed. The tumour measured 6 cm in greatest dimension.`,
    code: '27364',
  },
  {
    klass: 'pr18 guard: a synovial sarcoma of the knee region, as before (27329)',
    text: `A 33-year-old woman had a 2.5 cm synovial sarcoma of the right knee region excised widely with the underlying fascia; no bone was taken. The tumour measured 2.5 cm.`,
    code: '27329',
  },
  // pr19. A span of time after an operation dates that operation before now ("three years after his right
  // hip disarticulation"), up to a comma: what the next clause tells is today's.
  {
    klass: 'pr19 follow-up: three years after his hip disarticulation, reviewed in clinic (no operation)',
    text: `Three years after his right hip disarticulation the 52-year-old man was reviewed in clinic; he walks with a prosthesis.`,
    code: null,
  },
  {
    klass: 'pr19 follow-up: eighteen months following her above-knee amputation, a new socket (no operation)',
    text: `Eighteen months following her left above-knee amputation the 60-year-old woman was seen for a new socket; the stump was healthy.`,
    code: null,
  },
  {
    klass: 'pr19 case report: two weeks after the guillotine amputation, the stump closed today (27594)',
    text: `A 66-year-old man. Two weeks after the guillotine above-knee amputation of his left leg, the stump was closed in layers without cutting the femur.`,
    code: '27594',
  },
  {
    klass: 'pr19 guard: six weeks after admission, the femur transected today (27590)',
    text: `A 70-year-old woman. Six weeks after admission, the right femur was transected 12 cm above the knee and the limb removed; the wound was closed.`,
    code: '27590',
  },
  {
    klass: 'pr19 guard: two weeks after admission, no comma, the femur transected today (27590)',
    text: `A 71-year-old man. Two weeks after admission the left femur was transected 11 cm above the knee and the limb removed; the wound was closed.`,
    code: '27590',
  },
];
