/**
 * Whole-note probes for two wrong codes outside coder review found after a blind measurement: a curettage
 * of a pelvic bone (the acetabulum scraped of membrane in a hip disarticulation, an iliac cyst) is no
 * curettage of the femur (27355-27357 are the femur's); an operation "booked as", "scheduled as" or
 * "listed as" a bone resection is a plan, not a resection done. Written for these tests in our own words,
 * several wordings per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const postmeasureProbes: readonly ReadingProbe[] = [
  // pm1. A pelvic bone curetted, the femur not named in that sentence: never a femoral curettage code.
  {
    klass: 'pm1 hip disarticulation: the acetabulum curetted of fibrous membrane afterwards',
    text: `PROCEDURE: Left hip disarticulation for an infected tumour prosthesis.
The femoral vessels were ligated and divided and the sciatic nerve was cut under tension. The hip capsule was opened and the limb was disarticulated at the hip joint and removed. The acetabulum was then curetted of its fibrous membrane and irrigated. The gluteal flap was sutured anteriorly over drains.`,
    code: '27295',
    review: true,
  },
  {
    klass: 'pm1 hip disarticulation: curettage of the acetabular floor to clear old cement',
    text: `Right hip disarticulation. The limb was disarticulated through the hip joint and passed off the field. Curettage of the acetabular floor was done to clear the remnants of old cement, then it was washed out. Closure of the posterior flap over a drain.`,
    code: '27295',
    review: true,
  },
  {
    klass: 'pm1 an iliac wing cyst curetted and packed with allograft (no femoral code)',
    text: `Left side. A window was made in the outer table of the ilium over the simple bone cyst and its lining was curetted out; the cavity was packed with allograft chips. Closure in layers.`,
    code: null,
  },
  // pm1 guards: the femur's own curettage keeps its code, with or without a pelvic bone named beside it.
  {
    klass: 'pm1 guard: a femoral neck cyst curetted, no graft',
    text: `Procedure: curettage of a bone cyst of the right femoral neck.
A lateral cortical window was made in the femur and the cyst was curetted to healthy bone; no graft was used. The window was closed with the cortical lid. The wound was closed.`,
    code: '27355',
    review: true,
  },
  {
    klass: 'pm1 guard: a proximal femoral lesion curetted and allografted, the acetabulum left alone',
    text: `Procedure: curettage and allograft of a benign lesion of the left proximal femur.
The femoral lesion was curetted through a lateral window, away from the acetabulum, and packed with allograft chips. The wound was closed over a drain.`,
    code: '27356',
    review: true,
  },
  {
    klass: 'pm1 guard: a femoral lesion curetted and packed with autograft from the iliac crest',
    text: `Procedure: curettage and autograft of a benign lesion of the right distal femur.
A cortical window was made over the femoral lesion. The cavity was curetted to clean bone and packed with cancellous autograft harvested from the ipsilateral iliac crest. The wound was closed.`,
    code: '27357',
    review: true,
  },
  // pm2. "Booked as", "scheduled as", "listed as" a femoral resection: the booking is no bone taken.
  {
    klass: 'pm2 booked as a femoral resection, then only the soft-tissue sarcoma removed',
    text: `Diagnosis: myxofibrosarcoma of the right anterior thigh. Booked as resection of the distal femur with the tumour.
The sarcoma lay in the vastus intermedius against the femur. At surgery the femur was free of tumour, so no bone was taken. The tumour was resected en bloc with a wide margin, measuring 9 cm in greatest dimension. Closure over drains.`,
    code: '27364',
    review: true,
  },
  {
    klass: 'pm2 scheduled as a proximal femoral resection, the cortex spared',
    text: `The case was scheduled as a proximal femoral resection with the mass. We resected the 7 cm liposarcoma of the left medial thigh en bloc with a wide margin of adductor muscle; the periosteum came with it and the femoral cortex was left intact. The wound was closed in layers.`,
    code: '27364',
    review: true,
  },
  {
    klass: 'pm2 listed as a segmental femur resection, no bone taken',
    text: `Listed as segmental resection of the femur and tumour, left. The soft-tissue sarcoma of the posterior thigh, 12 cm, was excised en bloc with a wide cuff of hamstring muscle. No bone was taken. Closure over two drains.`,
    code: '27364',
    review: true,
  },
  // pm2 guard: the bone resected after such a booking is resected.
  {
    klass: 'pm2 guard: booked as a distal femur resection and the distal femur resected',
    text: `Booked as resection of the distal femur for osteosarcoma, right. The distal femur was resected en bloc with the tumour and a wide margin, the osteotomy 15 cm above the joint line. A distal femoral replacement was cemented. Closure over drains.`,
    code: '27365',
    review: true,
  },
  // pm3. A narrative in the present tense: a structure after a comma with a verb of its own ("the femur
  // comes with the limb") is a new clause's subject, not an object of the cut before the comma.
  {
    klass: 'pm3 hip disarticulation: the capsule cut all round, the femur comes away with the limb',
    text: `Procedure: right hip disarticulation for a fungating sarcoma.
The femoral vessels are tied and divided. The hip is dislocated, the capsule cut all round, the femoral head and the femur come away with the limb. The gluteal flap is closed over drains.`,
    code: '27295',
  },
  {
    klass: 'pm3 hip disarticulation: the capsule is divided, the femur comes away with the leg',
    text: `Left hip disarticulation. The sciatic nerve is ligated and cut. The capsule is divided, the whole femur comes away with the leg. Flap closed in layers.`,
    code: '27295',
  },
  {
    klass: 'pm3 hip disarticulation: the ligamentum teres cut, the femur goes with the specimen',
    text: `Procedure: left hip disarticulation.
The limb is taken off at the hip joint: the ligamentum teres is cut, the whole femur goes with the specimen. The wound is closed over drains.`,
    code: '27295',
  },
  // pm3 guard: the femur cut in the present tense is cut.
  {
    klass: 'pm3 guard: the femur is divided at mid-thigh, the leg comes away',
    text: `Procedure: left above-knee amputation for ischaemia, Mr K, today.
We ligate the femoral vessels. I divide the femur at mid-thigh with the saw, the leg comes away. We do the myodesis and close the skin.`,
    code: '27590',
    review: true,
  },
];
