/**
 * Whole-note probes for the reading classes the metamorphic name eval (src/eval/names.ts) exposed: the
 * operation described with no procedure name, so that only its anatomy decides (written for these tests
 * in our own words, several wordings per class, none taken from a fixture or a blind set). Same shape as
 * `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const namelessProbes: readonly ReadingProbe[] = [
  {
    klass:
      'N1 limb removed with the hemipelvis: the subject qualified by a place ("lateral to the osteotomy"), lifted off the table',
    text: `Procedure: Right-sided operation for a pelvic chondrosarcoma.
Description: In the lateral decubitus position the inguinal incision was made and the external iliac artery and vein were ligated and divided. The femoral nerve was cut. The symphysis pubis was divided with a scalpel. Posteriorly the ilium was cut with a Gigli saw just lateral to the sacroiliac joint. The right leg together with the innominate bone lateral to the osteotomy was lifted off the table. The posterior flap was closed over drains.`,
    code: '27290',
  },
  {
    klass:
      'N1 limb removed with the hemipelvis: the extremity with the hemipelvis medial to the divided joint, lifted away',
    text: `Operation: left side, posterior flap.
Diagnosis: high-grade sarcoma of the left ilium.
Technique: The common iliac vessels were tied. The pubic rami were sawn through close to the symphysis. The sacroiliac joint was opened from the front and divided with an osteotome. The whole extremity with the hemipelvis medial to the divided joint was lifted away as one specimen. Hemostasis; the flap was sutured to the abdominal wall.`,
    code: '27290',
  },
  {
    klass:
      'N1 limb removed with the hemipelvis: the leg with the os coxae lateral to the osteotomies (near guard: read before)',
    text: `OPERATION: Left, for a radiation-induced sarcoma of the pelvis.
DETAILS: The external iliac vessels were ligated. The symphysis was split. The sacroiliac joint was disarticulated with an osteotome. The leg with the os coxae lateral to the osteotomies was removed as one specimen. The gluteal flap was brought forward and closed.`,
    code: '27290',
  },
  {
    klass:
      'N2 the sacroiliac joint named from the ilium: the iliosacral joint divided, limb and hemipelvis removed',
    text: `Procedure: Right, anterior flap.
Diagnosis: chondrosarcoma of the right ilium and acetabulum.
Description: The iliac vessels were ligated. The symphysis was divided. The iliosacral joint was opened and divided with an osteotome. The limb and the hemipelvis were removed en bloc. The anterior thigh flap was rotated and closed.`,
    code: '27290',
  },
  {
    klass:
      'N2 the sacroiliac joint named from the ilium: the iliosacral joint divided, the symphysis split, the limb delivered',
    text: `Procedure: left, for an irradiated sarcoma of the buttock invading the ilium.
Description: The external iliac vessels were ligated and divided. The iliosacral joint was divided with an osteotome and the symphysis was split with a knife. The limb was then delivered and the gluteal flap closed over drains.`,
    code: '27290',
  },
  {
    klass:
      'N2 the sacroiliac joint named from the ilium: the ilio-sacral articulation disarticulated (near guard: read before)',
    text: `OPERATIVE NOTE
Diagnosis: osteosarcoma of the left pelvis.
The external iliac artery and vein were tied off and the femoral nerve divided. The pubic symphysis was divided with a knife. The left ilio-sacral articulation was disarticulated and the leg was removed together with the innominate bone. Closure over two drains.`,
    code: '27290',
  },
  {
    klass:
      'N2 the sacroiliac joint named from the ilium: a series, the iliosacral joint disarticulated in every patient',
    text: `Results of a series. Eleven patients with pelvic sarcoma were treated between 2010 and 2020. In all patients the iliosacral joint was disarticulated and the symphysis divided, and the extremity and the hemipelvis were removed en bloc. Nine flaps healed primarily.`,
    code: '27290',
    generic: true,
  },
  {
    klass:
      'N3 the whole femur removed through the hip and the knee, a total femoral prosthesis, the leg kept',
    text: `Procedure: Right, with a total femoral prosthesis.
Diagnosis: osteosarcoma of the right femur involving the whole diaphysis.
Description: Through a long lateral approach the femur was exposed with a cuff of vastus over the tumour. The hip joint was disarticulated and the knee joint was disarticulated, and the entire femur was removed with a wide cuff of vastus around the tumour. A total femoral prosthesis was implanted and the hip was reduced. The leg was kept.`,
    code: '27365',
    review: true,
    anatomy: { boneResected: 'documented' },
  },
  {
    klass: 'N3 the whole femur removed in one piece and replaced by a modular total femoral prosthesis',
    text: `Operation: left, limb-sparing, for Ewing sarcoma of the femur.
Technique: The hip capsule was opened and the femoral head dislocated. The knee was disarticulated through the joint. The whole femur was removed in one piece with the tumour and a margin of muscle. The femur was replaced by a modular total femoral prosthesis with a tibial component.`,
    code: '27365',
    review: true,
    anatomy: { boneResected: 'documented', reconstructionPerformed: 'documented' },
  },
  {
    klass:
      'N3 the entire femur removed with a margin and replaced by a total femoral prosthesis (was read as a knee disarticulation)',
    text: `Procedure: right femur, for a high-grade chondrosarcoma.
The hip was disarticulated and the knee was disarticulated; the entire femur was removed with a wide margin of muscle and replaced by a total femoral prosthesis. The abductors were reattached to the implant.`,
    code: '27365',
    review: true,
    anatomy: { boneResected: 'documented' },
  },
  {
    klass: 'N guard: a muscle lifted off the ilium is no limb removal (internal resection, limb kept)',
    text: `Procedure: Left periacetabular resection with a custom pelvic prosthesis, limb salvage.
Description: The iliacus was lifted off the inner table of the ilium. The ilium was osteotomized above the acetabulum and the pubic and ischial rami were divided; the acetabulum was resected en bloc with the tumour. The hip was reconstructed with a custom prosthesis. The limb was kept.`,
    code: '27076',
  },
  {
    klass: 'N guard: iliosacral ligaments preserved, a periacetabular resection with the limb kept',
    text: `Procedure: Left pelvic resection with the limb kept.
Description: The iliosacral ligaments were preserved. The ilium was osteotomized above the acetabulum and the acetabulum resected with the tumour; the superior and inferior rami were cut. The limb was kept and the hip reconstructed with a saddle prosthesis.`,
    code: '27076',
  },
  {
    klass: 'N guard: the entire femur removed inside the leg is a hip disarticulation, no bone resection',
    text: `Procedure: Left, for a crush injury.
Description: The hip capsule was opened all round and the femoral head dislocated from the acetabulum. The leg, including the entire femur, was removed. The acetabulum was left intact. Closure over a drain.`,
    code: '27295',
  },
  {
    klass: 'N1 a place qualifies the subject: the muscles lateral to the femur divided cut no femur',
    text: `Procedure: Left thigh exploration.
Description: The muscles lateral to the femur were divided and a haematoma evacuated. The wound was closed.`,
    code: null,
    review: true,
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass:
      'N4 a thigh amputation told by its femoral level: the leg amputated through the distal third of the femur',
    text: `Procedure: Left, for ischaemic rest pain with a non-reconstructable occlusion.
Description: Under spinal anaesthesia equal anterior and posterior skin flaps were marked. The superficial femoral artery and vein were ligated and the sciatic nerve was divided under tension. The leg was amputated through the distal third of the femur with an oscillating saw and the bone end was filed. The adductors were sutured to the femur through drill holes and the wound was closed in layers over a drain.`,
    code: '27590',
  },
  {
    klass:
      'N4 a thigh amputation told by its femoral level: the thigh divided through the mid-femur, the limb passed off',
    text: `Operation: right lower limb, closed.
Technique: Fish-mouth flaps were raised. The femoral vessels were tied and the nerve cut short. The thigh was divided through the mid-femur with a Gigli saw and the limb was passed off the table. Myodesis of the quadriceps to the hamstrings; skin closed with staples.`,
    code: '27590',
  },
  {
    klass: 'N4 a thigh amputation told by its femoral level: the leg amputated through the femoral condyles',
    text: `PROCEDURE: Left leg, for a mangled knee after a crush injury.
DESCRIPTION: A long anterior flap was raised. The popliteal vessels were ligated. The left leg was amputated through the femoral condyles and the patella was removed. The quadriceps tendon was sutured to the posterior capsule remnant over the bone end and the wound closed over a drain.`,
    code: '27590',
  },
  {
    klass: 'N4 guard: a leg amputated through the tibia is no thigh amputation',
    text: `Procedure: Right leg, for diabetic foot sepsis.
Description: A long posterior flap was fashioned. The leg was amputated through the tibia 12 cm below the knee joint and the fibula was cut 2 cm shorter. The wound was closed over a drain.`,
    code: null,
    review: true,
  },
  {
    klass: 'N4 guard: a thigh opened through an incision down to the femur cuts no femur',
    text: `Procedure: Left thigh, drainage of an abscess.
Description: The thigh was divided through a lateral incision down to the femur and pus was drained. The wound was packed.`,
    code: null,
    review: true,
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: 'N4 guard: a leg removed through the knee joint, the condyles kept, is a knee disarticulation',
    text: `Procedure: Left, for a tumour of the proximal tibia.
Description: The patellar tendon was released and the cruciate ligaments divided. The leg was removed through the knee joint and the femoral condyles were preserved; no bone was cut. The wound was closed over a drain.`,
    code: '27598',
  },
  {
    klass:
      'N5 a place phrase is no subject: the femoral head dislocated from the acetabulum and the limb removed resects no acetabulum',
    text: `Procedure: Right, for an infected proximal femoral endoprosthesis with a destroyed thigh.
Description: The femoral vessels were ligated at the inguinal ligament. The hip capsule was opened all around. The femoral head was dislocated from the acetabulum and the limb was removed. The acetabular cartilage was left. The gluteal flap was closed over a drain.`,
    code: '27295',
    anatomy: { acetabulumResected: 'not_mentioned', pelvicBoneResected: 'not_mentioned' },
  },
  {
    klass:
      'N5 a place phrase is no subject: the femoral head delivered out of the acetabulum, and the limb removed',
    text: `Operation: left side, posterior flap.
Technique: The ligamentum teres was divided, the femoral head delivered out of the acetabulum, and the limb was removed. The capsule was closed over the empty socket and the flap sutured.`,
    code: '27295',
    anatomy: { acetabulumResected: 'not_mentioned' },
  },
  {
    klass:
      'N5 a place phrase is no subject: rotators released off the acetabulum rim, and the leg removed at the hip',
    text: `PROCEDURE: Left lower limb, for a fungating thigh sarcoma.
DESCRIPTION: The short external rotators were released off the acetabulum rim, the capsule incised, and the leg was then removed at the hip joint. No bone was cut. Closure over two drains.`,
    code: '27295',
    anatomy: { acetabulumResected: 'not_mentioned' },
  },
  {
    klass: 'N5 guard: the acetabulum itself removed en bloc is resected',
    text: `Procedure: Left, limb kept.
Description: The ilium was osteotomized above the acetabulum and the pubic and ischial rami were divided. The acetabulum was removed en bloc with the tumour. The hip was reconstructed with a saddle prosthesis and the limb was kept.`,
    code: '27076',
  },
  {
    klass:
      'N6 an earlier amputation with a side, no side stated today: the same thigh is not stated (coder review)',
    text: `History: left above-knee amputation in 2019 after a motorcycle crash.
Description: The femoral vessels were ligated. The femur was transected 10 cm above the knee with an oscillating saw and the limb was removed. The wound was closed in layers over a drain.`,
    code: '27596',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'N6 an earlier amputation with a side, no side stated today: "previous R AKA" in the history',
    text: `PMH: previous R AKA (2018), diabetes.
Op: Fish-mouth flaps. The femur was divided with a saw at mid-shaft, the leg passed off, myodesis performed and the skin stapled.`,
    code: '27596',
    review: true,
    route: 'coder-review',
  },
  {
    klass:
      'N6 an earlier amputation with a side, no side stated today: "status post left transfemoral amputation"',
    text: `Past history: status post left transfemoral amputation for ischaemia.
Operation: The superficial femoral artery and vein were ligated, the femur was sawn through at the distal third and the leg was removed; closure in layers.`,
    code: '27596',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'N6 guard: an old left AKA and the left femur cut again today is a re-amputation',
    text: `History: an old left above-knee amputation with a painful bone spur.
Description: The left femur was exposed through the old scar and transected 4 cm more proximally with a saw, and the bone end was filed. The wound was closed over a drain.`,
    code: '27596',
  },
  {
    klass: 'N6 guard: an old left AKA and the right femur cut today is a first thigh amputation',
    text: `History: old left AKA in 2015.
Description: The right femur was transected 12 cm above the knee and the right leg was removed. The wound was closed in layers.`,
    code: '27590',
  },
];
