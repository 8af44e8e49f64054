/**
 * Whole-note probes for the classes that real published operation descriptions (technique papers, case
 * reports, abstracts, series, patient-information pages) were still misread in: a rigid dressing as the
 * first cast of the immediate fitting (27591), a closure at a later operation (today's wound left open),
 * an anterior or pubic hemipelvectomy (limb kept), the femur taken with the acetabulum (the pelvic
 * resection is the principal one), series of one operation, an amputation in a stage of life that is
 * over (history only), a page told to its reader ("your surgeon will …"), and a fibular graft to the
 * femoral neck (no femoral resection). Written for these tests in our own words, several wordings per
 * class, with guards that must not change; none taken from a published text, a fixture or a blind set.
 * Same shape as `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const publishedProbes: readonly ReadingProbe[] = [
  // pb1. The first cast of the immediate fitting technique (27591: immediate fitting and its first cast)
  // is a rigid (plaster) dressing put on the stump in the operation, named "immediate" or not.
  {
    klass: 'pb1 technique: a rigid plaster dressing is applied over the stump in the operating room',
    text: `Transfemoral amputation with an immediate rigid dressing: our technique
The femur is divided 10 cm above the joint line and its edges are bevelled. The adductor magnus is sutured to the lateral femur through drill holes and the wound is closed over a drain. A rigid plaster dressing is then applied over the stump in the operating room and suspended from a waist belt.`,
    code: '27591',
    generic: true,
  },
  {
    klass:
      'pb1 op note: "with immediate postoperative rigid dressing", the dressing put on before leaving theatre',
    text: `Procedure: Left above-knee amputation with immediate postoperative rigid dressing.
The femur was transected at the mid-thigh and the limb removed. Myodesis was performed and the skin closed. A rigid dressing was applied to the residual limb before the patient left theatre.`,
    code: '27591',
  },
  {
    klass: 'pb1 case report: we applied a rigid dressing, no pylon',
    text: `A 71-year-old man with an infected knee arthroplasty underwent a right above-knee amputation. The femur was cut 12 cm above the joint and the wound closed in layers. We applied a rigid fibreglass dressing at the end of the operation to control swelling.`,
    code: '27591',
  },
  {
    klass: 'pb1 op note: a plaster-of-Paris cast moulded onto the stump',
    text: `Operation: left transfemoral amputation for ischaemia.
The femur was sawn across at the junction of the middle and distal thirds and the leg taken off. The quadriceps was sutured over the bone end and the skin stapled. A plaster of Paris cast was moulded onto the stump.`,
    code: '27591',
  },
  {
    klass: 'pb1 guard: a soft dressing, a rigid dressing only considered for later',
    text: `Procedure: left above-knee amputation.
The femur was divided 11 cm above the knee and the limb removed. The wound was closed over a drain and a soft compressive dressing applied. A rigid dressing may be considered at the first dressing change.`,
    code: '27590',
  },
  {
    klass: 'pb1 guard: a removable rigid dressing put on days after the operation',
    text: `Procedure: right above-knee amputation.
The femur was transected at mid-thigh with a saw and the limb removed. Myodesis; the wound was closed and a crepe bandage applied. A removable rigid dressing was applied to the stump on the fifth postoperative day.`,
    code: '27590',
  },
  {
    klass: 'pb1 guard: a rigid dressing after an earlier below-knee amputation of the other leg',
    text: `Procedure: right above-knee amputation.
History: left below-knee amputation in 2019, managed with a rigid dressing at the time.
The femur was transected at mid-thigh with a saw and the limb removed. Myodesis; the wound was closed and a crepe bandage applied.`,
    code: '27590',
  },
  // pb2. A closure at a later operation is not today's closure: today's wound was left open (27592).
  {
    klass: 'pb2 case report: vacuum dressing, the stump closed at a second operation after 18 days',
    text: `A 70-year-old woman with gas gangrene of the left leg was taken for an above-knee amputation; the femur was sawn across 12 cm above the knee and the limb removed. Vacuum-assisted closure was applied, and the stump was closed at a second operation after 18 days.`,
    code: '27592',
  },
  {
    klass: 'pb2 op note: a VAC on the stump, closure to be done once the infection settles',
    text: `Procedure: right above-knee amputation for sepsis.
The femur was transected 10 cm above the knee and the limb removed. A VAC dressing was applied to the stump; closure will be performed once the infection settles.`,
    code: '27592',
  },
  {
    klass: 'pb2 case report: wound closure achieved with negative pressure after four weeks',
    text: `Case: a 48-year-old diabetic man underwent an above-knee amputation for a septic knee; the femur was cut at mid-shaft. Wound closure was achieved with negative pressure therapy after four weeks.`,
    code: '27592',
  },
  {
    klass: 'pb2 abstract: three weeks later the residual limb was closed',
    text: `A 39-year-old man with a crushed, contaminated right leg had the femur divided at the distal third and the leg removed, and topical negative pressure was started. Three weeks later the residual limb was closed over a drain.`,
    code: '27592',
  },
  {
    klass: 'pb2 guard: closed in layers, an incisional negative-pressure dressing over the closed incision',
    text: `Procedure: left above-knee amputation.
The femur was divided at the mid-thigh and the limb removed. The wound was closed in layers and an incisional negative-pressure dressing was placed over the closed incision.`,
    code: '27590',
  },
  {
    klass: 'pb2 guard: the skin closed with clips to be removed in ten days',
    text: `Procedure: right above-knee amputation.
The femur was sawn 12 cm above the knee and the leg removed. The skin was closed with clips to be removed in ten days.`,
    code: '27590',
  },
  {
    klass: 'pb2 guard: the wound closed once bleeding had stopped',
    text: `Procedure: left transfemoral amputation.
The femur was transected with a Gigli saw at the mid-shaft and the limb removed. The wound was closed once haemostasis was secured.`,
    code: '27590',
  },
  // pb3. An anterior (pubic) hemipelvectomy keeps the limb: an internal hemipelvectomy (27075-27077 by
  // bone), never 27290 by its name.
  {
    klass: 'pb3 case report: an anterior hemipelvectomy, both rami and the symphysis resected',
    text: `A 39-year-old man with a chondrosarcoma of the right superior pubic ramus was treated by anterior hemipelvectomy. The superior and inferior pubic rami and the symphysis were resected with the tumour, and the defect was closed with a mesh. He walks without aids.`,
    code: '27076',
    review: true,
  },
  {
    klass: 'pb3 op note: anterior hemipelvectomy titled, the pubis resected, no part named',
    text: `Procedure: Left anterior hemipelvectomy for chondrosarcoma of the pubis.
The pubis was exposed through an ilioinguinal approach and resected with a margin of normal bone. The spermatic cord and the femoral vessels were protected. The wound was closed over drains.`,
    // The family's name alone: its lowest-valued member as a label-only tie-break, in coder review.
    code: '27075',
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'pb3 case: a partial pubic hemipelvectomy of one ramus',
    text: `Case 1. A 60-year-old woman with a metastasis in the left superior pubic ramus underwent a pubic hemipelvectomy: the superior ramus was resected from the symphysis to the iliopectineal eminence. The hip and the limb were untouched.`,
    code: '27075',
    review: true,
  },
  {
    klass: 'pb3 guard: an anterior flap hemipelvectomy is the hindquarter amputation',
    text: `Procedure: Right anterior flap hemipelvectomy for a buttock sarcoma.
The symphysis pubis was divided, the sacroiliac joint disarticulated and the limb removed with the hemipelvis. The wound was closed with the anterior thigh flap.`,
    code: '27290',
    review: true,
  },
  {
    klass: 'pb3 guard: a hindquarter amputation through the symphysis and the SI joint',
    text: `Procedure: left hindquarter amputation. The symphysis pubis was divided, the sacroiliac joint disarticulated and the limb removed together with the hemipelvis. Posterior flap closure.`,
    code: '27290',
    review: true,
  },
  // pb4. Which bone is resected decides: the femur taken en bloc with the acetabulum is part of the
  // pelvic resection, the principal one (27076), not a femoral tumour resection (27365).
  {
    klass: 'pb4 technique: the acetabulum and the proximal femur removed together, the limb preserved',
    text: `Extra-articular periacetabular resection
The femur is osteotomised at the level of the lesser trochanter. Osteotomies of the ilium, pubis and ischium are made, and the acetabulum and the proximal femur are removed together with the tumour. The limb is preserved.`,
    code: '27076',
    generic: true,
  },
  {
    klass: 'pb4 case: the acetabulum with the femoral head and neck en bloc, the femur divided',
    text: `We describe a 29-year-old man with an osteosarcoma of the right periacetabular region. A limb-salvage resection was performed: the acetabulum, with the femoral head and neck, was resected en bloc with wide margins. The femur was divided at the intertrochanteric level. Reconstruction used a modular hemipelvic endoprosthesis.`,
    code: '27076',
  },
  {
    klass: 'pb4 op note: the proximal femur resected with the acetabulum, a saddle prosthesis',
    text: `Procedure: Left extra-articular resection of the hip for chondrosarcoma.
The proximal femur was resected en bloc with the acetabulum through supra-acetabular, pubic and ischial osteotomies, with a wide margin. The limb was kept and a saddle prosthesis implanted.`,
    code: '27076',
    review: true,
  },
  {
    klass: 'pb4 guard: a proximal femoral resection alone stays 27365',
    text: `Procedure: Right proximal femoral resection for osteosarcoma.
The femur was osteotomised 14 cm below the greater trochanter and the proximal femur removed en bloc with a cuff of vastus lateralis. The acetabulum was not resected. A modular endoprosthesis was cemented.`,
    code: '27365',
  },
  // pb5. A series of one operation reads that operation and routes coder review (note.generic).
  {
    klass: 'pb5 series: completion of traumatic hemipelvectomy in six patients',
    text: `Completion of traumatic hemipelvectomy: a series of six patients
Six patients arrived with the lower limb nearly avulsed together with the hemipelvis. In each, the residual soft-tissue bridge was divided, the internal iliac vessels ligated and the limb removed; the wounds were packed and closed later.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pb5 series: hemipelvectomy through the iliosacral junction in 21 patients',
    text: `Iliosacral hemipelvectomy: technique and outcomes
Methods: Between 1995 and 2015, hemipelvectomy through the iliosacral junction was performed in 21 patients with pelvic sarcoma. The symphysis was disarticulated, the ilium was divided next to the sacroiliac joint and the limb was removed with the hemipelvis. Results: 15 wounds healed primarily.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pb5 series: three near-complete traumatic hemipelvectomies completed',
    text: `Three patients presented to our trauma centre with the limb almost entirely avulsed together with the hemipelvis. All underwent emergency completion of the hemipelvectomy, division of the remaining soft tissue and ligation of the internal iliac vessels. Two survived.`,
    code: '27290',
    generic: true,
  },
  // pb6. An amputation in a stage of life that is over ("in childhood", "as a boy", "in her teens",
  // "decades ago") is history: it never becomes today's code.
  {
    klass: 'pb6 case report: the leg amputated above the knee in childhood, today back pain',
    text: `A 52-year-old woman whose left leg was amputated above the knee in childhood came to clinic with low back pain. Radiographs showed degenerative changes of the lumbar spine and she was referred for physiotherapy.`,
    code: null,
    review: true,
  },
  {
    klass: 'pb6 case report: a transfemoral amputation after an accident in his teens',
    text: `We report a 47-year-old man who underwent a right transfemoral amputation after a farm accident in his teens. He presented with a painful hip and was treated with an injection.`,
    code: null,
    review: true,
  },
  {
    klass: 'pb6 case report: amputated through the thigh as a small child',
    text: `A 30-year-old man's left leg was amputated through the mid-thigh as a small child, the femur being divided with a saw. He now attends for a new socket.`,
    code: null,
    review: true,
  },
  {
    klass: 'pb6 case report: an above-knee amputation decades earlier, a stump ulcer dressed',
    text: `An 81-year-old veteran had his leg amputated above the knee decades earlier. He was seen for an ulcer of the stump, which was dressed.`,
    code: null,
    review: true,
  },
  {
    klass: 'pb6 guard: an AKA years ago, today the femur re-cut',
    text: `A 61-year-old man who had a left above-knee amputation ten years ago presented with a painful bone spur. The left stump was opened, the femur re-cut 3 cm higher and the muscles sutured over the bone end.`,
    code: '27596',
    review: true,
  },
  {
    klass: "pb6 guard: a child's amputation at the age of 12 is the case's own operation",
    text: `A boy with osteosarcoma of the distal femur underwent a left above-knee amputation at the age of 12; the femur was divided at the mid-shaft and the wound closed.`,
    code: '27590',
  },
  // pb7. A page told to its reader ("your surgeon will …", "your leg") is generic: no physician query.
  {
    klass: 'pb7 patient page: your surgeon will remove your leg with part of your pelvis',
    text: `What is a hemipelvectomy?
During the operation your surgeon will remove your leg together with part of your pelvis. The joint at the back of the pelvis and the joint at the front are divided. You will stay in hospital for about two weeks.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pb7 patient page: your thigh bone is cut, the muscles stitched over it',
    text: `Having an above-knee amputation
Your surgeon will take off your leg above the knee. The thigh bone is cut with a saw and the muscles are stitched over its end. Your wound will be closed with stitches and you will have a drain for a day or two.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'pb7 patient page: your operation, a hip disarticulation',
    text: `Your operation: hip disarticulation
In your operation the leg is removed at the hip joint and the pelvis is left in place. Your consultant will discuss the risks with you before you sign the consent form.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pb7 guard: an op note that mentions the surgeon by role stays one patient',
    text: `Procedure: Right hip disarticulation.
The femoral vessels were ligated, the capsule divided and the femoral head dislocated from the acetabulum; the limb was removed through the hip joint. The pelvis was intact. The surgeon will review the patient on the ward tomorrow.`,
    code: '27295',
  },
  // pb8. A fibular graft to the femoral neck harvests bone; it resects no femoral tumour.
  {
    klass: 'pb8 guard: a free vascularised fibular graft to the femoral neck for nonunion',
    text: `Procedure: Left free vascularised fibular graft to the femoral neck for nonunion.
A 12 cm segment of the fibula was harvested with its peroneal vessels. A tunnel was drilled up the femoral neck into the head and the fibula inserted. The vessels were anastomosed to the lateral circumflex femoral vessels.`,
    code: null,
    review: true,
  },
  {
    klass: 'pb8 guard: the fibula osteotomised and its segment passed across the femoral neck',
    text: `A 9-year-old boy with a displaced femoral neck fracture through a bone cyst was treated with a fibular autograft. The fibula was osteotomised 8 cm above the ankle and a 7 cm segment removed. The graft was passed across the femoral neck through a lateral cortical window and fixed with a screw.`,
    code: null,
    review: true,
  },
  {
    klass: 'pb8 guard: a fibular segment excised en bloc and placed across a femoral neck nonunion',
    text: `We describe a 35-year-old woman with a nonunion of the left femoral neck after a fracture. The proximal femur was exposed, the nonunion debrided, and a 9 cm fibular segment, excised en bloc with its periosteum, was placed across the femoral neck. She united at four months.`,
    code: null,
    review: true,
  },
];
