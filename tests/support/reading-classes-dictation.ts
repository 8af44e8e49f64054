/**
 * Whole-note probes for reading classes found on the development dictation set D (written for these
 * tests in our own words, several wordings per class, none taken from the set): a prior amputation of
 * the other leg, service names that are no events, a pelvic tumour's soft-tissue component, femoral
 * re-cut verbs and a revised thigh stump, Latin pelvic bone names and a side corrected in its sentence.
 * Same shape as `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs both.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const dictationProbes: readonly ReadingProbe[] = [
  // D1. a prior amputation counts for 27596 only when it is the same leg (abbreviated sides too)
  {
    klass: 'D1 other leg: "s/p AKA lt." in a right above-knee amputation',
    text: `Operation: R above-knee amputation for a non-healing heel ulcer.
PMH: s/p AKA lt. 2019; IHD.
Under spinal anaesthesia fish-mouth flaps were raised. The femoral vessels were ligated and the sciatic nerve divided. The femur was sawn through at the junction of the middle and distal thirds and the edges filed. Myodesis; closure in layers.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: 'D1 other leg: "previous Lt AKA" in a right transfemoral amputation',
    text: `PROCEDURE: Rt transfemoral amputation.
HISTORY: previous Lt AKA for trauma. The femur was divided with a Gigli saw at mid-thigh, myoplasty performed and the wound closed.`,
    code: '27590',
  },
  {
    klass: 'D1 other leg: "a L AKA in 2021" in the history of a right AKA',
    text: `Procedure: Right AKA.
PMH: a L AKA in 2021 for trauma.
The femur was transected with a Gigli saw at mid-thigh, myoplasty, closure.`,
    code: '27590',
  },
  {
    klass: 'D1 other leg: the old stump padded and kept away from the sterile field',
    text: `Procedure: Right above-knee amputation.
The existing AKA stump was well padded, then kept away from the sterile field. Anterior and posterior flaps were raised, the femur was transected 12 cm above the knee with an oscillating saw, the muscles were sutured over the bone end and the skin closed.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: 'D1 guard: a prior lt. AKA in a left re-amputation is this leg',
    text: `Procedure: Left above-knee re-amputation.
History: prior lt. AKA 2024, now a painful bony spur. The femur was re-sectioned with a saw 3 cm proximal to the old bone end. Myodesis. Closed.`,
    code: '27596',
    anatomy: { priorAmputation: 'documented' },
  },
  {
    klass: 'D1 guard: the (R) AKA stump prepped and re-amputated',
    text: `Procedure: Revision of (R) AKA stump with re-amputation.
The R AKA stump was prepped and draped. The femur was transected 4 cm more proximally with a saw. Closed in layers.`,
    code: '27596',
  },
  {
    klass: 'D1 guard: a stump padded with wool after the re-cut is still the one re-amputated',
    text: `Procedure: Right above-knee re-amputation for an infected stump. The AKA stump was padded with wool at the end of the case after the femur was transected 3 cm higher with a saw and the wound closed. History: right AKA 2023.`,
    code: '27596',
  },
  // D4. femoral re-cut verbs ("re-cut", "recut", "re-sawn") and a revised thigh stump named by its level
  {
    klass: 'D4 re-cut: terse "Femur re-cut with the saw" is the new femoral cut',
    text: `Procedure: Right above-knee re-amputation for an infected stump (prior right AKA 2024).
Femur re-cut with the saw 6 cm proximal to the old bone end. Myodesis. Closed.`,
    code: '27596',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'D4 re-cut: "recut" written as one word',
    text: `Procedure: Right above-knee re-amputation for an infected stump (prior right AKA 2024).
Femur recut 5 cm higher with a Gigli saw. Myoplasty, skin closed.`,
    code: '27596',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'D4 re-cut: "exposed and recut" in a stump revision',
    text: `Procedure: Revision of right above-knee stump (prior right AKA 2022).
The scar was excised, the femur exposed and recut 3 cm higher with a saw. Closed.`,
    code: '27596',
  },
  {
    klass: 'D4 re-cut: "femur re-sawn" in a terse list',
    text: `Procedure: Revision of right above-knee stump.
Scar excised, femur re-sawn 2 cm proximal to its old end, myodesis, closure.`,
    code: '27596',
  },
  {
    klass: 'D4 re-cut: "the femur was not recut" is the stated negative (27594)',
    text: `Procedure: Revision of right above-knee stump (prior right AKA 2022).
The scar was excised and the soft tissue revised. The femur was not recut. Myodesis. Closed.`,
    code: '27594',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'D4 revised stump: "Revision R above-knee stump", bone end tidied (cut not stated)',
    text: `Revision R above-knee stump, adherent scar. Old scar excised, bone end exposed and tidied, closed over a drain.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
  },
  {
    klass: 'D4 revised stump: "a revision of his right above-knee stump" in the narrative',
    text: `Brief op note, surgeon Dr A.
Today we did a revision of his right above-knee stump because of an adherent painful scar; the scar was excised, the bone end inspected and the flaps re-sutured.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
  },
  {
    klass: 'D4 revised stump: "Above-knee stump revision, left" (cut not stated)',
    text: `Op note: Mrs C, 81, spinal.
Above-knee stump revision, left, for a breakdown at the stump end. The bone end was exposed and cleaned up and the wound closed in layers.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
  },
  {
    klass: 'D4 guard: a first above-knee amputation that forms the stump is no revision',
    text: `Procedure: Left above-knee amputation.
The femur was transected 12 cm above the knee with a saw and the above-knee stump was fashioned with a myodesis. Closed.`,
    code: '27590',
  },
  // D2. service, clinic and department names are who operates, not what was done
  {
    klass: 'D2 service name: "LIMB SALVAGE SERVICE" heading over an above-knee amputation',
    text: `LIMB SALVAGE SERVICE - OPERATIVE NOTE
Procedure: Right above-knee amputation.
Fish-mouth flaps were raised, the femoral vessels ligated and the sciatic nerve divided. The femur was transected 10 cm above the knee with a saw. Myodesis; closure over a drain.`,
    code: '27590',
    anatomy: { limbPreserved: 'not_mentioned' },
  },
  {
    klass: 'D2 service name: a "Limb Salvage Clinic" letterhead over a through-knee amputation',
    text: `Limb Salvage Clinic, St Elsewhere Hospital
Operation: left through-knee amputation. The patellar tendon was detached, the knee joint entered and the cruciate ligaments and posterior capsule divided; the leg was removed through the knee joint. No bone was cut. Closed over a drain.`,
    code: '27598',
  },
  {
    klass: 'D2 service name: "Limb preservation clinic" in lower case, terse knee disarticulation',
    text: `Limb preservation clinic - brief op note
Op: R knee disarticulation; joint entered, cruciates and capsule cut, leg off through the knee, no bone cut. Closed over drain.`,
    code: '27598',
  },
  {
    klass: 'D2 service name: "referred from the limb-salvage programme"',
    text: `Referred from the limb-salvage programme for a non-healing wound.
Operation: left through-knee amputation. The knee joint was entered, the cruciate ligaments and the posterior capsule divided and the leg removed through the joint; the condyles were left intact. Closed.`,
    code: '27598',
  },
  {
    klass: 'D2 service name: "OPERATIVE NOTE, LIMB SALVAGE UNIT"',
    text: `OPERATIVE NOTE, LIMB SALVAGE UNIT
Procedure: right above-knee amputation. The femur was divided 12 cm above the knee with an oscillating saw; myodesis; closed over a drain.`,
    code: '27590',
  },
  {
    klass: 'D2 service name: "Dept. of Limb Salvage and Reconstruction" (abbreviated head before)',
    text: `Dept. of Limb Salvage and Reconstruction - theatre record
Operation: left knee disarticulation. The knee joint was entered, the cruciate ligaments and the posterior capsule divided and the leg removed through the joint; the femoral condyles were left intact. Closed.`,
    code: '27598',
    anatomy: { limbPreserved: 'not_mentioned' },
  },
  {
    klass: 'D2 guard: "limb salvage surgery" under an "Orthopaedic Oncology Unit" heading keeps the limb',
    text: `Orthopaedic Oncology Unit
Procedure: left internal hemipelvectomy, limb salvage surgery. The ilium was resected en bloc with the tumour through osteotomies above the acetabulum and through the sacroiliac joint. The limb was preserved. Closure over drains.`,
    code: '27075',
  },
  {
    klass: 'D2 guard: "as a limb salvage procedure" is the act, not a service',
    text: `Procedure: right internal hemipelvectomy as a limb salvage procedure. The ilium was resected en bloc with the tumour through an osteotomy above the acetabulum and through the sacroiliac joint. Closure over drains.`,
    code: '27075',
    anatomy: { limbPreserved: 'documented' },
  },
  {
    klass: 'D2 guard: "referred by the limb salvage team", the leg kept in the operation itself',
    text: `Referred by the limb salvage team. Procedure: left internal hemipelvectomy; the ilium was resected en bloc through an osteotomy above the acetabulum and through the sacroiliac joint, the leg kept. Closure.`,
    code: '27075',
  },
  // D3. a pelvic bone tumour's soft-tissue component, taken with the bone, is no thigh soft-tissue resection
  {
    klass: 'D3 pelvic tumour: findings first, a soft-tissue mass and a muscle cuff with the ilium (27075)',
    text: `FINDINGS: a chondrosarcoma filling the left ilium with a soft-tissue mass of roughly 8 cm pushing into the pelvis.
PROCEDURE: Left internal hemipelvectomy, type I, limb-sparing.
The iliac wing was cut above the acetabulum and the sacroiliac joint divided. The ilium, with the tumour and its muscle cuff, was removed en bloc. The limb was preserved. Closure.`,
    code: '27075',
    route: 'ready',
  },
  {
    klass: 'D3 pelvic tumour: pubis and ischium with a 10 cm soft-tissue mass (27076, both rami)',
    text: `Findings: an Ewing sarcoma of the right pubis and ischium with a 10 cm soft-tissue mass in the obturator region.
Procedure: right type III internal hemipelvectomy, leg kept. The symphysis was divided and the rami and ischium osteotomised at the acetabular margin; the pubis and ischium together with the tumour and a muscle cuff were removed en bloc. Closure over drains.`,
    code: '27076',
    route: 'ready',
  },
  {
    klass: 'D3 pelvic tumour: a periacetabular resection with an intrapelvic mass of 6 cm (27076)',
    text: `Operation: left periacetabular resection (type II), limb salvage.
Osteosarcoma of the acetabulum with an intrapelvic soft-tissue mass measuring 6 cm. Osteotomies were made through the ilium above the acetabulum and through the superior and inferior rami. The acetabulum, with the tumour and the surrounding obturator internus cuff, was removed en bloc. The leg was kept; a saddle prosthesis was implanted. Closure.`,
    code: '27076',
    route: 'ready',
  },
  {
    klass: 'D3 guard: a thigh sarcoma removed with its muscle cuff, no bone, stays 27364',
    text: `Procedure: wide excision of a soft-tissue sarcoma, right thigh.
An 8 cm myxofibrosarcoma within vastus lateralis. The tumour and its muscle cuff were removed en bloc; no bone was taken. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: 'D3 guard: the whole innominate bone with the tumour and a muscle cuff stays 27077',
    text: `PROCEDURE: Right total internal hemipelvectomy, leg preserved.
A large soft-tissue component, about 11 cm, extended into the pelvis. The symphysis was divided and the sacroiliac joint divided; the hip was dislocated. The entire innominate bone with the tumour and a cuff of muscle was excised en bloc. The limb was kept and the femur suspended to the sacrum.`,
    code: '27077',
  },
  // D5a. a side corrected on the spot ("? - corrected: on the left") keeps the corrected side
  {
    klass: 'D5 self-correction: "on the right? - corrected: on the left" in an iliac resection',
    text: `Procedure: internal hemipelvectomy (Enneking type I), limb kept.
The iliac wing was osteotomised on the right? - corrected: on the left, above the acetabulum, and the sacroiliac joint divided. The ilium was removed en bloc with the tumour. The leg was preserved. Closure over drains.`,
    code: '27075',
    values: { laterality: 'left' },
  },
  {
    klass: 'D5 self-correction: "on the right side? - correction: left side" in a terse amputation',
    text: `Procedure: above-knee amputation for gangrene. Femur divided on the right side? - correction: left side, at the distal third with a saw. Myodesis, closure.`,
    code: '27590',
    values: { laterality: 'left' },
  },
  {
    klass: 'D5 guard: a checklist answer "Tourniquet - no" corrects nothing',
    text: `Procedure: left above-knee amputation. Tourniquet - no. The femur was transected at the distal third with a saw; myodesis; closure.`,
    code: '27590',
    values: { laterality: 'left' },
  },
  // D5b. Latin pelvic bone names: os pubis, os ischii, tuber ischiadicum, os ilii, rami ossis pubis
  {
    klass: 'D5 Latin: "the os pubis and the os ischii were removed en bloc" is type III (27076)',
    text: `Operatio: resectio ossis pubis et ischii (Enneking III), limb kept.
The symphysis was divided and an osteotomy made at the acetabular margin; the os pubis and the os ischii were removed en bloc with the tumour. The leg was preserved. Closure over drains.`,
    code: '27076',
  },
  {
    klass: 'D5 Latin: "ramus superior et inferior ossis pubis" resected are both rami (27076)',
    text: `Left internal hemipelvectomy, leg kept. The ramus superior et inferior ossis pubis were resected en bloc with the tumour; closure over a drain.`,
    code: '27076',
  },
  {
    klass: 'D5 Latin: "Hemipelvectomia interna", the specimen os pubis and tuber ischiadicum en bloc (27076)',
    text: `Hemipelvectomia interna dextra, limb-sparing. Specimen: os pubis and tuber ischiadicum en bloc. The leg was kept and the wound closed over drains.`,
    code: '27076',
  },
  {
    klass: 'D5 Latin: only the "ramus superior ossis pubis" resected is one ramus (27075)',
    text: `Left internal hemipelvectomy, limb preserved. Only the ramus superior ossis pubis was resected en bloc with the tumour; the acetabulum and the ischium were preserved. Closure.`,
    code: '27075',
  },
  {
    klass: 'D5 guard: autograft harvested from the os ilii is no pelvic resection (27357)',
    text: `Procedure: curettage of a simple bone cyst of the right proximal femur with autograft.
A cortical window was made, the cyst curetted to healthy bone and the cavity packed with cancellous autograft harvested from the os ilii through a small crest incision. Closure.`,
    code: '27357',
  },
  {
    klass: 'D5 guard: "the os ilii was resected" through the SI joint stays 27075',
    text: `Procedure: right internal hemipelvectomy, type I, limb spared.
The os ilii was resected en bloc with the chondrosarcoma through osteotomies above the acetabulum and through the sacroiliac joint. Closure.`,
    code: '27075',
  },
  // D5c. the pubis and ischium as the side's anatomy ("left os pubis"); the side a patient lies on is not operated
  {
    klass: 'D5 side: "sarcoma, left pubic rami", the patient "right side down" (left, not right)',
    text: `Dx: sarcoma, left pubic rami.
Op: internal hemipelvectomy (type III), leg kept.
Positioned lateral, right side down. Rami osteotomised, the pubis and ischium removed en bloc. Closure.`,
    code: '27076',
    values: { laterality: 'left' },
  },
  {
    klass: 'D5 side: "the left os pubis" in the diagnosis, "floating position, right side down"',
    text: `Diagnosis: chondrosarcoma of the left os pubis.
Procedure: internal hemipelvectomy, limb-sparing.
Floating position, right side down. The pubis was osteotomised beside the symphysis and the ischium divided; the pubis and ischium were removed en bloc. Closure.`,
    code: '27076',
    values: { laterality: 'left' },
  },
  {
    klass: 'D5 guard: "left side down" with the right hip disarticulated stays right',
    text: `Operation: hip disarticulation for sarcoma.
Lateral decubitus, left side down, on a beanbag. The right hip capsule was opened, the femoral head dislocated and the limb removed; no bone was cut. Closure over drains.`,
    code: '27295',
    values: { laterality: 'right' },
  },
];
