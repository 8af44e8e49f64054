/**
 * Whole-note probes for wrong codes found in review of this session's reading changes: a limb lifted off
 * the table for the prep is no removal; a bone end trimmed or nibbled smooth loses no length; a case's
 * opening amputation followed by a later time or state of its stump ("today", "subsequently", "the stump
 * has broken down") is a prior one; an age or stage of life after another event's verb ("diagnosed at
 * the age of 14", "acquired in childhood") or after a person ("a man in his forties") does not date the
 * operation. Written for these tests in our own words, several wordings per class, with guards that must
 * not change. Same shape as `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts
 * runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const reviewProbes: readonly ReadingProbe[] = [
  // rv1. A limb lifted for the prep or the tourniquet removes nothing (never an amputation from it).
  {
    klass: 'rv1 the leg lifted off the table and prepped before a distal femur resection',
    text: `PROCEDURE: Left distal femur resection for osteosarcoma with distal femoral replacement.
The patient was placed supine. The leg was lifted off the table and prepped circumferentially. A medial parapatellar incision was made. The tumour was resected en bloc with a wide margin. The femur was osteotomized 16 cm above the joint line. The tibia was cut. A distal femoral replacement was implanted. The wound was closed in layers over a drain.`,
    code: '27365',
    review: true,
  },
  {
    klass: 'rv1 the limb lifted clear of the bed while the tourniquet went on, then a femur resection',
    text: `Operation: right distal femoral resection and endoprosthetic replacement for a chondrosarcoma.
The right limb was lifted clear of the bed while a sterile tourniquet was applied. The distal femur and tumour were excised en bloc with a cuff of vastus medialis, the femoral osteotomy made 14 cm above the knee. The tibial plateau was resected and a rotating-hinge distal femoral prosthesis was cemented. Closure over drains.`,
    code: '27365',
    review: true,
  },
  {
    klass: 'rv1 the leg lifted out of the leg holder for draping before a thigh sarcoma resection',
    text: `PROCEDURE: Wide excision of a left thigh soft-tissue sarcoma.
The leg was lifted out of the leg holder and draped free. A 9 cm undifferentiated sarcoma in the vastus lateralis was excised en bloc with a wide margin of normal muscle; the femur was not cut. The wound was closed over drains.`,
    code: '27364',
    review: true,
  },
  {
    klass: 'rv1 guard: the limb with the hemipelvis lifted off the table after the divisions',
    text: `Description: The external iliac vessels were ligated and divided. The symphysis pubis was divided and the ilium was cut through the sciatic notch with a Gigli saw. The left lower limb together with the hemipelvis was then lifted off the table and handed to the scrub nurse. The posterior flap was closed over drains.`,
    code: '27290',
    review: true,
  },
  // rv2. A bone end trimmed or nibbled smooth (no amount, not "back") is no femoral re-cut.
  {
    klass: 'rv2 a spur at the femur end nibbled smooth with a rongeur on a stump scar revision',
    text: `PROCEDURE: Left above-knee stump scar revision.
The patient has a previous left above-knee amputation. The adherent scar was excised. A small spur at the end of the femur was nibbled smooth with a rongeur. The quadriceps was resutured over the bone end and the skin was closed.`,
    code: '27594',
    review: true,
  },
  {
    klass: 'rv2 the sharp edge of the femur trimmed with a rongeur on a scar revision',
    text: `Revision of a right transfemoral amputation stump for a painful adherent scar. There is an existing right above-knee amputation. The scar was excised down to fascia. The sharp anterior edge of the femur was trimmed with a rongeur. The myodesis was reinforced and the skin closed.`,
    code: '27594',
    review: true,
  },
  {
    klass: 'rv2 we rongeured the rough cortical edges of the femur smooth',
    text: `PROCEDURE: Excision of a neuroma of the left above-knee amputation stump.
Through the old incision the sciatic neuroma was excised and the nerve buried in muscle. We rongeured the rough cortical edges of the femur smooth. Skin closed with nylon.`,
    code: '27594',
    review: true,
  },
  {
    klass: 'rv2 guard: the bone end trimmed by 1 cm with a saw on an existing AKA',
    text: `PROCEDURE: Revision of left above-knee amputation.
The existing left above-knee stump was opened through the old scar. The femoral bone end was trimmed by 1 cm with a saw and the muscles sutured over it. Skin closed.`,
    code: '27596',
    review: true,
  },
  // rv3. A case's opening amputation with a later time or state of the stump after it is a prior one.
  {
    klass: 'rv3 case: had an AKA; the stump has broken down; today the femur was shortened',
    text: `A 62-year-old man had a left above-knee amputation for peripheral vascular disease. The stump has broken down over the bone end. Today the left stump was opened, the femur was shortened by 3 cm with a saw and the myodesis redone. The wound was closed in layers.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'rv3 case: had an AKA; the stump has since ulcerated; the femur shortened',
    text: `A 59-year-old woman had a right above-knee amputation after a crush injury. The stump has since ulcerated over the bone. The right stump was opened and the femur was shortened 3 cm; the quadriceps was sutured over the bone end.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'rv3 case: had an AKA; he subsequently developed a spur; the femur re-cut',
    text: `A 71-year-old man had a left above-knee amputation for sepsis. He subsequently developed a painful bone spur; the left stump was opened and the femur re-cut 4 cm higher before the muscles were closed over it.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'rv3 guard: a case had an AKA, its stump closed over a drain (the index operation)',
    text: `A 52-year-old man had a left above-knee amputation for a mangled leg. The femur was sawn at mid-thigh and the stump was closed over a drain.`,
    code: '27590',
    review: true,
  },
  // rv4. An age or stage of life that dates another event, or describes a person, dates no operation.
  {
    klass: 'rv4 a 15-year-old: amputation for an osteosarcoma diagnosed at the age of 14',
    text: `A 15-year-old boy underwent a left above-knee amputation for an osteosarcoma diagnosed at the age of 14. The femur was divided 14 cm above the knee with a saw and the limb removed. The wound was closed over a drain.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'rv4 a 40-year-old first treated with radiotherapy at the age of 30 underwent an AKA',
    text: `This 40-year-old man with a synovial sarcoma first treated with radiotherapy at the age of 30 underwent a left above-knee amputation. The femur was divided at mid-shaft with a saw and the limb removed. Closure over a drain.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'rv4 above-knee amputation for osteomyelitis acquired in childhood',
    text: `Left above-knee amputation for chronic osteomyelitis acquired in childhood. The femur was divided with a saw at the junction of the middle and distal thirds and the limb removed. The wound was closed over a drain.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'rv4 an above-knee amputation in a man in his forties',
    text: `We performed a left above-knee amputation in a man in his forties with a fungating sarcoma of the leg. The femur was divided with a saw at the mid-shaft and the limb removed. The wound was closed over a drain.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'rv4 a transfemoral amputation in a woman in her thirties',
    text: `Left transfemoral amputation in a woman in her thirties with a recurrent sarcoma. The femur was sawn through 12 cm above the knee and the limb removed; the flaps were closed over a drain.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'rv4 guard: a leg amputated above the knee in childhood, a neuroma excised today',
    text: `A 58-year-old man had his left leg amputated above the knee in childhood. He now presents with a painful neuroma of the stump, which was excised; the femur was not cut.`,
    code: '27594',
    review: true,
  },
  // rv5. A defect or region of the hip reconstructed after a hindquarter amputation is no hip joint rebuilt
  // (limb kept): the code must stay 27290, not fall to coder review.
  {
    klass: 'rv5 hindquarter amputation: reconstruction of the hip defect with the posterior flap',
    text: `PROCEDURE: Left hindquarter amputation for chondrosarcoma.
The sacroiliac joint was divided posteriorly and the pubic symphysis was divided anteriorly. The hemipelvis and limb were removed en bloc. Reconstruction of the hip defect was done with the posterior gluteal flap. The wound was closed over drains.`,
    code: '27290',
  },
  {
    klass: 'rv5 hindquarter amputation: reconstruction of the hip region with a thigh flap',
    text: `Right external hemipelvectomy. The iliac vessels were ligated. The symphysis was split and the ilium was osteotomised through the sciatic notch, and the right leg with the hemipelvis was removed. Reconstruction of the hip region was performed with an anterior thigh myocutaneous flap over suction drains.`,
    code: '27290',
  },
  // rv6. Limb salvage stated as no realistic prospect or aim is denied, not affirmed (27290 kept).
  {
    klass: 'rv6 limb salvage was not a realistic prospect before a hindquarter amputation',
    text: `PROCEDURE: Left hindquarter amputation for chondrosarcoma.
Limb salvage was not a realistic prospect given involvement of the sciatic nerve and the external iliac vessels. The sacroiliac joint was divided posteriorly and the pubic symphysis was divided anteriorly. The hemipelvis and limb were removed en bloc, including the acetabulum. The wound was closed over drains.`,
    code: '27290',
  },
  {
    klass: 'rv6 limb preservation was not a feasible goal; the limb removed with the hemipelvis',
    text: `Right hindquarter amputation. Limb preservation was not a feasible goal because the tumour encased the femoral nerve. The symphysis pubis was divided and the sacroiliac joint was divided with an osteotome; the right leg with the hemipelvis was removed. Flap closure over drains.`,
    code: '27290',
  },
  // rv7. A rotationplasty told by the segment turned (the calf, the shank, the part below the knee) rather
  // than by "leg" or by its name: the limb is cut and kept, no code of the family (level.undetermined).
  {
    klass: 'rv7 the calf turned 180 degrees and the tibia plated to the femur, no name given (was 27365)',
    text: `Procedure: en bloc resection of the left distal femur for osteosarcoma, limb kept. The femur was cut 15 cm above the joint line and the bone removed with the tumour. The calf, on its vessels and the sciatic nerve, was turned 180 degrees and the tibia plated to the femur.`,
    code: null,
    findings: ['level.undetermined'],
    route: 'coder-review',
  },
  {
    klass: 'rv7 case report: the shank rotated by 180° on its vessels (was 27598)',
    text: `A 12-year-old girl with an Ewing sarcoma of the left femur had the femoral segment and knee excised en bloc; the shank, on its vessels, was rotated by 180° and fixed to the remaining femur with a plate.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'rv7 hemipelvis and proximal femur taken, the below-knee portion rotated 180 degrees (was 27076)',
    text: `Procedure: resection of the right hemipelvis including the acetabulum and the proximal femur for a sarcoma, the limb salvaged. The symphysis was divided and the ilium cut at the sacroiliac joint. The below-knee portion was rotated 180 degrees on the femoral vessels and the heel bone fixed to the sacrum as a new thigh.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'rv7 guard: a calf muscle flap rotated over a distal femoral replacement stays 27365',
    text: `Procedure: left distal femoral replacement for osteosarcoma. The distal femur was resected en bloc 15 cm above the joint line with the tumour and a hinged knee prosthesis was cemented. The medial head of the calf muscle was rotated over the implant and the skin closed.`,
    code: '27365',
  },
  {
    klass: 'rv7 guard: a buttock flap rotated after a hindquarter amputation stays 27290',
    text: `PROCEDURE: Right hindquarter amputation for chondrosarcoma. The sacroiliac joint was divided posteriorly and the pubic symphysis anteriorly. The hemipelvis and limb were removed en bloc. The buttock flap was rotated forward and closed over drains.`,
    code: '27290',
  },
  // rv8. A denial of closure before a spaced dash ends at the dash when a new subject follows: "the stump
  // was not closed - the wound was left open" leaves the wound open (27592), in the body or in an addendum.
  {
    klass: 'rv8 the residual limb not closed - the incision left open under a vacuum dressing',
    text: `PROCEDURE: Left above-knee amputation, first stage, for infected nonunion.
The femoral vessels were ligated and the sciatic nerve divided. The femur was transected at the mid shaft with an oscillating saw and the limb removed.
Closure: The residual limb was not closed - the incision was left open under a vacuum dressing.`,
    code: '27592',
  },
  {
    klass: 'rv8 the amputation stump purposely not closed \u2014 the skin left open',
    text: `Right transfemoral amputation for necrotising infection. The femur was divided with a Gigli saw 12 cm above the knee and the leg was removed. The amputation stump was purposely not closed \u2014 the skin was left open.`,
    code: '27592',
  },
  {
    klass: 'rv8 an addendum: the amputation site intentionally not closed -- the stump left open',
    text: `Procedure: Left above-knee amputation.
Description: The femur was sawn through at the junction of the middle and distal thirds and the limb was removed. Wound: [ ]
ADDENDUM (attending, same day): The amputation site was intentionally not closed -- the stump was left open, with closure to follow at a later stage.`,
    code: '27592',
  },
  {
    klass: 'rv8 guard: the stump not left open - the wound closed in layers',
    text: `PROCEDURE: Right above-knee amputation for ischaemia.
The femur was transected 10 cm above the joint line and the limb removed. The stump was not left open - the wound was closed in layers over a drain.`,
    code: '27590',
  },
  {
    klass: 'rv8 guard: the fascia not closed - the skin closed with staples',
    text: `Left above-knee amputation. The femur was cut at the mid shaft and the leg removed. The fascia was not closed - the skin was closed with staples over a drain.`,
    code: '27590',
  },
  // rv9. A curettage in a note whose only named bone is outside the femur (arm, shoulder, forearm, foot, the
  // leg below the knee) is no femoral curettage: 27355 stands on its name at most, in coder review.
  {
    klass: 'rv9 a humerus bone cyst curetted is no femoral curettage (was 27355 ready)',
    text: `Procedure: curettage of a unicameral bone cyst of the left proximal humerus. Through a deltopectoral window the cavity was curetted and packed with calcium sulphate pellets. Closed in layers.`,
    code: '27355',
    review: true,
    route: 'coder-review',
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass:
      'rv9 a distal radius giant cell tumour curetted, the bone named only before the curettage (was 27355 ready)',
    text: `A 19-year-old man had a painful lytic lesion of the right distal radius on radiographs. Biopsy showed a giant cell tumour. He underwent extended intralesional curettage with a high-speed burr and the cavity was filled with bone cement.`,
    code: '27355',
    review: true,
    route: 'coder-review',
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 'rv9 a calcaneal cyst lining curetted (was 27355)',
    text: `Operation: right calcaneal bone cyst. The lateral wall was windowed, the cyst lining curetted and the defect filled with cement.`,
    code: '27355',
    review: true,
    route: 'coder-review',
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 'rv9 a distal tibia fibroma curetted and cemented (was 27355 ready)',
    text: `Procedure: curettage of a non-ossifying fibroma of the left distal tibia with cementation of the cavity.`,
    code: '27355',
    review: true,
    route: 'coder-review',
    anatomy: { curettage: 'not_mentioned' },
  },
  {
    klass: 'rv9 guard: a proximal femur bone cyst curetted and cemented stays 27355',
    text: `Procedure: curettage of a simple bone cyst of the right proximal femur, no graft. The cavity was curetted through a lateral cortical window and filled with cement.`,
    code: '27355',
    anatomy: { curettage: 'documented' },
  },
  {
    klass: 'rv9 guard: a femoral neck cyst curetted in a boy who broke his shoulder stays 27355',
    text: `An 11-year-old boy with a bone cyst of the left femoral neck, who had broken his shoulder last year, underwent curettage of the cyst and filling with cement.`,
    code: '27355',
    anatomy: { curettage: 'documented' },
  },
  // rv10. An amputation named as an injury ("a traumatic above-knee amputation") is the trauma that took the
  // limb, not an earlier operation: cutting the femur back now is no re-amputation (never 27596 outside
  // coder review); an amputation told as earlier surgery, or a healed traumatic stump that has since failed
  // and is re-cut, keeps 27596.
  {
    klass: 'rv10 the femur trimmed back after a traumatic above-knee amputation two days ago (was 27596)',
    text: `Procedure: Thigh revision after a traumatic above-knee amputation two days ago. The femur was trimmed back 4 cm with a saw, a myodesis was performed and the wound closed in layers.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'rv10 debridement and femoral shortening of a traumatic transfemoral amputation (was 27596)',
    text: `Operation: debridement and femoral shortening of a traumatic transfemoral amputation from a train injury yesterday. The femur was cut back 5 cm with an oscillating saw and the flaps were closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'rv10 guard: a traumatic above-knee stump from years ago, since ulcerated, re-cut stays 27596',
    text: `Procedure: Thigh re-amputation. He sustained a traumatic above-knee amputation in 2015 and the stump has since ulcerated. The femur was re-cut 5 cm proximally and the stump closed in layers.`,
    code: '27596',
  },
  {
    klass: 'rv10 guard: a previous above-knee amputation re-cut for a painful stump stays 27596',
    text: `Procedure: Thigh re-amputation for a painful stump after a previous above-knee amputation. The femur was re-cut 5 cm proximally and the stump closed in layers.`,
    code: '27596',
  },
];
