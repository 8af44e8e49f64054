/**
 * Whole-note probes of the eighth session's round (2026-12-03, second session of the day): classes seen on
 * this round's development sets (BE trauma and damage-control notes, PM published pelvic texts), written for
 * these tests in our own words, several wordings per class, with guards that must not change. Same shape as
 * `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const s8Probes: readonly ReadingProbe[] = [
  // e8.1 A specimen line naming the limb "with attached hemipelvis", "attached to the innominate bone": the
  // limb left with the half of the pelvis (the link word may carry the part's own qualifier).
  {
    klass: 'e8.1 specimen: the lower extremity with attached hemipelvis',
    text: `Procedure: Emergency amputation, left lower extremity.
Description: The iliac vessels were ligated. The anterior and posterior pelvic divisions were completed and the specimen delivered. The wound was packed open.
Specimens: Left lower extremity with attached left hemipelvis, to pathology.`,
    code: '27290',
    // "the specimen delivered" states the removal; the specimen line says what it was: not inferred
    // (the route is the documentation gaps', not coder review).
    route: 'query-physician',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'e8.1 specimen: the leg attached to the innominate bone',
    text: `Operation: right-sided amputation for necrotising infection.
The symphysis was divided with a knife and the sacroiliac joint was opened with an osteotome.
Specimen: right leg attached to the right innominate bone, sent for histology.`,
    code: '27290',
    // Only the specimen line tells the limb left: inferred (coder review).
    route: 'coder-review',
    anatomy: { limbRemoved: 'documented' },
  },
  // e8.2 Terse: the pelvis named before the limb, and "off" as the removal ("hemipelvis + limb off en bloc").
  {
    klass: 'e8.2 terse: hemipelvis + limb off en bloc',
    text: `Op: completion R hindquarter (traumatic). R CIA + CIV tied. Symphysis already torn through; remaining posterior SI ligaments cut with scissors. Hemipelvis + limb off en bloc. Packed open.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'e8.2 terse: hemipelvis and leg removed together',
    text: `L side. Symphysis divided, SI joint divided with osteotome. Hemipelvis and leg removed en bloc. Flap closed over drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  // e8.2 guard: "off" followed by an article is a place, not the removal.
  {
    klass: 'e8.2 guard: the hemipelvis and leg off the table edge for prepping',
    text: `L hemipelvis and leg off the table edge for prepping. Symphysis exposed. Tumour of the ilium biopsied; frozen section sent. Closed.`,
    code: null,
    review: true,
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  // e8.3 A measure in a bracket right after a tissue that is not the tumour (a skin ellipse, a flap)
  // measures that tissue: no tumour size, so 27329 against 27364 stays open.
  {
    klass: 'e8.3 the skin ellipse measured in a bracket is no tumour size',
    text: `Procedure: Radical resection of a right thigh soft tissue sarcoma en bloc with the vastus lateralis.
Description: The femur was not reached and no bone was removed. Margins grossly clear.
Specimen: right thigh mass en bloc with vastus lateralis, fascia lata and skin ellipse (22 x 8 cm), oriented.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'e8.3 also: a tumour measured in a bracket after its own name',
    text: `Procedure: Radical resection of a right thigh soft tissue sarcoma en bloc with the vastus lateralis.
Description: The femur was not reached and no bone was removed. Margins grossly clear.
Specimen: right thigh sarcoma (7.5 x 5 cm) en bloc with vastus lateralis and a skin ellipse, oriented.`,
    code: '27364',
  },

  // e8.4 A pelvic tumour excised with its osteotomies through both pubic rami (with or without the
  // symphysis): the part they bound is taken, both rami (27076, DOMAIN); nothing of the limb taken, the
  // limb kept (inferred: coder review).
  {
    klass: 'e8.4 tumour excised with osteotomy at the symphysis and on both pubic rami',
    text: `A 58-year-old man with a large cartilaginous tumour arising from the right superior and inferior pubic rami. Through an ilioinguinal approach the tumour was excised with osteotomy at the pubic symphysis and on the superior and inferior pubic rami. The wound healed uneventfully.`,
    code: '27076',
    route: 'coder-review',
    anatomy: { acetabulumResected: 'documented', limbPreserved: 'documented' },
  },
  {
    klass: 'e8.4 osteotomies through both rami, then the tumour removed en bloc',
    text: `Left pubic chondrosarcoma. Osteotomies were made through the superior and inferior pubic rami lateral to the tumour and through the symphysis, and the tumour was removed en bloc. The leg was preserved. Mesh reconstruction of the abdominal wall.`,
    code: '27076',
    anatomy: { acetabulumResected: 'documented' },
  },
  // e8.4 guards: one ramus cut is one ramus; both rami divided in a hindquarter stay the amputation's front cut.
  {
    klass: 'e8.4 guard: the tumour excised with an osteotomy through the superior ramus only',
    text: `Right superior pubic ramus chondrosarcoma. The tumour was excised with osteotomies through the superior ramus on either side of it. The leg was preserved.`,
    code: null,
    review: true,
    anatomy: { acetabulumResected: 'not_mentioned' },
  },
  {
    klass: 'e8.4 guard: both rami divided in a hindquarter amputation',
    text: `Left hindquarter amputation. The superior and inferior pubic rami were divided with an osteotomy lateral to the symphysis. The sacroiliac joint was divided. The left lower extremity was removed with the hemipelvis. Closure over drains.`,
    code: '27290',
  },

  // e8.5 An amputation the patient suffered or sustained is the injury that took the limb, not an
  // operation: the flaps and grafts that followed decide nothing.
  {
    klass: 'e8.5 he suffered a leg amputation and a hemipelvectomy in the accident',
    text: `A 15-year-old boy suffered left lower extremity amputation and left hemipelvectomy due to a crush injury in a farm accident at another hospital. At our centre the 40 x 20 cm defect was covered with serial skin grafts and a pedicled flap.`,
    code: null,
    review: true,
  },
  {
    klass: 'e8.5 she sustained a traumatic hindquarter amputation; only debridement here',
    text: `The patient sustained a right hindquarter amputation when she was run over by a tractor. We performed serial debridements and closed the wound with a rotation flap.`,
    code: null,
    review: true,
  },
  // e8.5 guard: the injury sustained, then today's operation described.
  {
    klass: 'e8.5 guard: a crush injury sustained, then the hindquarter amputation done today',
    text: `He sustained a crush injury of the left pelvis and thigh. Today a left hindquarter amputation was performed: the symphysis was divided, the sacroiliac joint was divided, and the left lower extremity was removed with the hemipelvis.`,
    code: '27290',
  },
  // e8.6 What an injury's mechanism caused is the injury, not the operation's division.
  {
    klass: 'e8.6 the mechanism caused the symphysis separation: no operative division',
    text: `Traumatic hemipelvectomy is rare. The mechanism here was extreme abduction of the leg, causing sacroiliac joint disruption and symphysis separation. Vessel reconstruction was attempted and the leg could not be saved.`,
    code: null,
    review: true,
    anatomy: { anteriorPelvicDivision: 'not_mentioned' },
  },

  // e8.7 A resection told without its object in a case whose tumour sits in the ilium alone: the ilium was
  // resected (inferred, so coder review).
  {
    klass: 'e8.7 left iliac Ewing sarcoma; surgical resection was performed',
    text: `We report a 13-year-old girl with Ewing sarcoma of the left iliac bone. After neoadjuvant chemotherapy, surgical resection was performed without reconstruction of the pelvic ring. She walks without aids.`,
    code: '27075',
    route: 'coder-review',
    anatomy: { iliumOrRamusResected: 'documented' },
  },
  {
    klass: 'e8.7 a tumour in the right ilium; the tumour was resected en bloc',
    text: `A 50-year-old man presented with a chondrosarcoma arising from the right ilium. The tumour was resected en bloc with wide margins and the defect left unreconstructed. There was no recurrence at two years.`,
    code: '27075',
    route: 'coder-review',
    // "left unreconstructed" is no reconstruction.
    anatomy: { reconstructionPerformed: 'not_mentioned' },
  },
  // e8.7 guards: another bone named, a resection only planned, a curettage.
  {
    klass: 'e8.7 guard: the iliac tumour extends into the acetabulum',
    text: `We report a 13-year-old girl with Ewing sarcoma of the left iliac bone extending into the acetabulum. After chemotherapy, surgical resection was performed.`,
    code: null,
    review: true,
    anatomy: { iliumOrRamusResected: 'not_mentioned' },
  },
  {
    klass: 'e8.7 guard: resection of the iliac tumour was planned, not done',
    text: `A chondrosarcoma of the right ilium was found. Surgical resection was planned, but the patient declined surgery.`,
    code: null,
    review: true,
    anatomy: { iliumOrRamusResected: 'not_mentioned' },
  },

  // e8.8 A disarticulation told only by its name ("Left hip disarticulation was performed") beside other
  // acts that separate no joint (muscles excised, vessels tied): the code rests on the name (label-only,
  // coder review), as when no act at all is told.
  {
    klass: 'e8.8 necrotic muscles excised, then "left hip disarticulation was performed"',
    text: `A 66-year-old man with gas gangrene of the left thigh was taken to theatre. The necrotic quadriceps and adductor muscles were excised. Left hip disarticulation followed by ligation of the femoral vessels was performed.`,
    code: '27295',
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'e8.8 also (read so before): vessels tied, then "a through-knee amputation was done"',
    text: `Right leg wet gangrene. The popliteal vessels were ligated and the necrotic gastrocnemius was excised. A right through-knee amputation was then done.`,
    code: '27598',
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  // e8.8 guard: the separation at the joint itself told.
  {
    klass: 'e8.8 guard: the capsule opened and the femoral head dislocated: the disarticulation is told',
    text: `Procedure: left hip disarticulation. The femoral vessels were ligated. The hip capsule was opened and the femoral head was dislocated from the acetabulum, and the limb was removed. Closure over a drain.`,
    code: '27295',
    absent: ['level.label-only'],
  },

  // e8.9 The specimen field abbreviated ("Spec:") and the link written "w/": the same specimen line.
  {
    klass: 'e8.9 index card: "Spec:" over the limb with the hemipelvis',
    text: `Px: emergency amputation L lower extremity for necrotising infection.
Symphysis divided, SI joint divided with osteotome, specimen delivered.
Spec:
1. L lower extremity with attached L hemipelvis -- to path.
2. Deep tissue -- to micro.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'e8.9 shorthand: "R lower extremity w/ attached R hemipelvis"',
    text: `Op: amputation R lower extremity. Symphysis + R SI jt divided, specimen passed off.
Specimens: R lower extremity w/ attached R hemipelvis to path.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },

  // e8.10 Shorthand "w/" among a terse clause's words: "Femur cleared w/ elevator and cut w/ Gigli saw".
  {
    klass: 'e8.10 shorthand: femur cleared w/ elevator and cut w/ Gigli saw',
    text: `Procedure: R open guillotine AKA. Muscle divided circumferentially to bone. SFA tied. Femur cleared w/ periosteal elevator and cut w/ Gigli saw 9 cm below the lesser troch. Limb removed. Wound left open, packed.`,
    code: '27592',
    anatomy: { femurCut: 'documented' },
  },

  // e8.11 A wide resection told without its object in a case whose tumour sits in the femur alone: the
  // femoral bone was resected (inferred, so coder review).
  {
    klass: 'e8.11 a tumour over the left femoral neck; he underwent wide tumour excision',
    text: `A 10-year-old boy had a tumour with cortical destruction and physeal involvement over the left femoral neck; biopsy showed Ewing sarcoma. After chemotherapy he underwent wide tumour excision with reconstruction by a vascularised fibular graft and internal fixation.`,
    code: '27365',
    route: 'coder-review',
    anatomy: { boneResected: 'documented' },
  },
  // e8.11 guards: a curettage named, an amputation named.
  {
    klass: 'e8.11 guard: the femoral lesion treated by curettage',
    text: `A 19-year-old woman with a giant cell tumour of the distal femur. She underwent extended curettage with a high-speed burr, and the cavity was filled with cement.`,
    code: '27355',
    anatomy: { boneResected: 'not_mentioned' },
  },
  {
    klass: 'e8.11 guard: a femoral osteosarcoma treated by amputation',
    text: `A 15-year-old boy with an osteosarcoma of the right distal femur and a pathological fracture. Wide resection was not possible and an above-knee amputation was performed through the proximal femur.`,
    code: '27590',
    anatomy: { boneResected: 'not_mentioned' },
  },

  // e8.12 A benign femoral lesion whose cavity is filled, the scraping unnamed: curetted (inferred).
  {
    klass: 'e8.12 an aneurysmal bone cyst of the femur; the cavity filled with allograft chips',
    text: `A 12-year-old girl with an aneurysmal bone cyst of the left proximal femur. After an open biopsy the cavity was filled with allograft chips.`,
    code: '27356',
    route: 'coder-review',
    anatomy: { curettage: 'documented' },
  },
  // e8.12 guards: the lesion resected en bloc; the cyst injected, not filled.
  {
    klass: 'e8.12 guard: a giant cell tumour resected en bloc, the defect filled with cement',
    text: `A 30-year-old man with a giant cell tumour of the right distal femur. The tumour was resected en bloc and the defect was filled with cement and a plate.`,
    code: '27365',
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 'e8.12 guard: a bone cyst injected with steroid, not filled',
    text: `A 9-year-old boy with a unicameral bone cyst in the right proximal femur was treated by injection of steroid; the cyst was not filled with graft.`,
    code: null,
    review: true,
    anatomy: { curettage: 'not_mentioned' },
  },

  // e8.11 also: a distal femoral giant cell tumour treated by en bloc resection and a hinged prosthesis.
  {
    klass: 'e8.11 a distal femoral giant cell tumour treated by en bloc resection and a massive prosthesis',
    text: `We report a patient with a distal femoral giant cell tumour treated by en bloc resection and reconstruction by a hinged massive prosthesis, with a good functional outcome.`,
    code: '27365',
    route: 'coder-review',
  },
  // e8.13 A thigh amputation told with the level it went through: the femur cut there (a name alone stays
  // a name: e8.8, mc2).
  {
    klass: 'e8.13 a transfemoral amputation at the distal third',
    text: `Left leg, sepsis after a crush injury. We fixed the femoral fracture with a nail and subsequently performed a transfemoral amputation at the distal third.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
    absent: ['level.label-only'],
  },
  {
    klass: 'e8.13 an above-knee amputation performed 12 cm above the knee joint',
    text: `Right side. An above-knee amputation was performed 12 cm above the knee joint for wet gangrene.`,
    code: '27590',
    absent: ['level.label-only'],
  },
  {
    klass: 'e8.13 guard: an above-knee amputation planned at the distal third',
    text: `Right foot gangrene. An above-knee amputation is planned at the distal third next week.`,
    code: null,
    review: true,
    anatomy: { femurCut: 'not_mentioned' },
  },

  // e8.14 A colon after a passive act with its subject opens a new statement, not the act's place: "the
  // femur was not cut: the condyles and their cartilage were left intact" denies the cut (found on the
  // holdout BF after its final measurement).
  {
    klass: 'e8.14 the femur was not cut: the condyles and their cartilage were left intact',
    text: `On 04/02 I performed a left knee disarticulation. The knee joint was entered, the cruciate ligaments were divided and the tibia was delivered. The femur was not cut: the condyles and their articular cartilage were left intact. Closure over a drain.`,
    code: '27598',
    anatomy: { femurCut: 'negated' },
  },

  // e8.15 A complication after an operation, then a later operation for it: the case's index operation is
  // the later one, and the first is its history (found on the holdouts PN and PO after their final
  // measurement).
  {
    klass: 'e8.15 an above-knee amputation, infection post-operatively, then revision surgery',
    text: `A 58-year-old man with gangrene of the left foot after a crush injury. An emergency above-knee amputation of the left limb was done. However, he developed infection post-operatively, leading to a poor stump. Thus, revision surgery was done.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
    anatomy: { priorAmputation: 'documented' },
  },
  {
    klass: "e8.15 guard: an infection post-operatively that settled: the amputation stays today's",
    text: `Left leg wet gangrene. An above-knee amputation was done: the femur was divided 12 cm above the knee and the limb removed. He developed a wound infection post-operatively, which settled with antibiotics.`,
    code: '27590',
  },

  // e8.16 Today's amputation told by what it left ("during the amputation … around the residual femur"),
  // no earlier amputation: the femur was cut (inferred; a stated name agrees). Found on the holdouts after
  // their final measurement.
  {
    klass: 'e8.16 during the amputation, the musculature closed around the residual femur',
    text: `A 52-year-old woman with a chronically infected knee arthroplasty chose amputation after several failed revisions. During the amputation, the tibial nerve underwent targeted muscle reinnervation, antibiotic cement was placed in the femoral canal, and the muscles were closed around the residual femur.`,
    code: '27590',
    route: 'coder-review',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'e8.16 guard: a residual femur of an earlier amputation revised today',
    text: `He had a right above-knee amputation in 2015. Today, during the revision, the residual femur was exposed and its bone spur was smoothed; the femur was not shortened.`,
    code: '27594',
  },

  // e8.17 The completion of a traumatic hemipelvectomy told with its injury: the pelvic ring disrupted at
  // the sacroiliac joint and the symphysis, then "completion of amputation" (inferred: coder review).
  // Found on the holdout PO after its final measurement.
  {
    klass: 'e8.17 a pelvic wound with diastasis of the SI joint and symphysis; completion of amputation',
    text: `A 19-year-old motorcyclist arrived with an open pelvic wound and wide diastasis of the left sacroiliac joint and symphysis pubis, the iliac vessels avulsed. Emergency debridement and completion of amputation were performed, preserving a posterior gluteal flap.`,
    code: '27290',
    route: 'coder-review',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'e8.17 guard: a mangled thigh, completion of the amputation through the femur',
    text: `A 40-year-old farmer with a near-complete traumatic amputation of the right thigh. Completion of the amputation was performed: the femur was divided 8 cm above the knee and the limb removed.`,
    code: '27590',
  },
];
