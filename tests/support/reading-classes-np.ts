/**
 * Whole-note probes for the classes behind development set NP's misses: a case description's undated
 * past ("A 48-year-old man had an open above-knee amputation …") is its own operation unless a later
 * presentation moves the story on; an age at the amputation below the present age the note states
 * ("a 44-year-old woman … at the age of twelve") dates it to the history; the hip joint rebuilt after a
 * pelvic resection states the limb kept; limb salvage that 'cannot achieve' its aim is not done; an iliosacral resection takes the ilium; notes citing what authors advise are generic. Written for these tests in
 * our own words, several wordings per class, with guards that must not change; none taken from a
 * published text, a fixture or a blind set. Same shape as `readingProbes` (tests/support/reading-classes.ts);
 * tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const npProbes: readonly ReadingProbe[] = [
  // np1. A case's opening "had": the index operation, not a prior amputation (never 27596 from it).
  {
    klass: 'np1 case: a 48-year-old man had an open above-knee amputation, wound packed open',
    text: `A 48-year-old man had an open above-knee amputation for a crushed leg. The femur was cut at mid-thigh and the wound was left open with packing.`,
    code: '27592',
    review: true,
  },
  {
    klass: 'np1 case: a woman had a right AKA for ischaemia, the femur divided and closed',
    text: `A 63-year-old woman had a right above-knee amputation for ischaemia. The femur was divided 12 cm above the knee and the skin was closed over a drain.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'np1 case: a diabetic man with a gangrenous foot had a left transfemoral amputation',
    text: `An 80-year-old diabetic man with a gangrenous foot had a left transfemoral amputation; the femur was sawn 10 cm above the joint line and the flaps closed.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'np1 guard: had an AKA and now presents, the femur re-cut today',
    text: `A 70-year-old man had a left above-knee amputation and now presents with a painful stump. The left stump was opened, the femur re-cut 3 cm higher and the muscles sutured over the bone end.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'np1 guard: had an AKA; a later sentence presents a neuroma, the femur not cut',
    text: `A 66-year-old man had a left above-knee amputation. He presents with a painful neuroma of the stump. The neuroma was excised and the femur was not cut.`,
    code: '27594',
    review: true,
  },
  {
    klass: 'np1 guard: who had an AKA (a relative clause), the femur re-cut today',
    text: `A 61-year-old man who had a left above-knee amputation presented with a painful bone spur. The left stump was opened, the femur re-cut 3 cm higher and the muscles sutured over the bone end.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'np1 guard: had an AKA in 2015 (dated), the femur re-cut today',
    text: `A 70-year-old man had a left above-knee amputation in 2015. The left stump was opened, the femur re-cut 3 cm higher and the muscles sutured over the bone end.`,
    code: '27596',
    review: true,
  },
  // np2. An age at the amputation below the stated present age: the patient's past.
  {
    klass: 'np2 case: a 44-year-old woman amputated above the knee at the age of twelve, a neuroma today',
    text: `A 44-year-old woman had her left leg amputated above the knee at the age of twelve for osteosarcoma. She now presents with a painful neuroma of the stump, which was excised.`,
    code: null,
    review: true,
  },
  {
    klass: 'np2 case: an above-knee amputation when she was seven, a new socket today',
    text: `A 44-year-old woman underwent a left above-knee amputation when she was seven. She came to clinic for a new prosthetic socket.`,
    code: null,
    review: true,
  },
  {
    klass: 'np2 case: a transfemoral amputation at 9 years of age, seen for skin care',
    text: `This 57-year-old man underwent a right transfemoral amputation at 9 years of age after a tractor accident. He was seen for a skin abrasion over the residual limb, which was dressed.`,
    code: null,
    review: true,
  },
  {
    klass: 'np2 case: underwent an AKA at the age of ten, a later presentation, the femur shortened today',
    text: `A 39-year-old man underwent a left above-knee amputation at the age of ten. He presented with bone overgrowth; the left stump was opened and the femur shortened by 4 cm with a saw.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'np2 guard: a 15-year-old boy operated at the age of 15 (the same age)',
    text: `A 15-year-old boy with osteosarcoma underwent a left above-knee amputation at the age of 15; the femur was divided at mid-shaft and the wound closed.`,
    code: '27590',
    review: true,
  },
  // np3. The hip joint rebuilt after a pelvic resection (acetabular or hip reconstruction, a saddle or
  // pedestal implant) states the limb kept: no inferred fact, no coder review for it.
  {
    klass: 'np3 case: an Enneking type II resection, the hip reconstructed with a saddle prosthesis',
    text: `A 52-year-old woman with a chondrosarcoma of the left acetabulum underwent an Enneking type II resection. The acetabulum was excised en bloc with wide margins and the hip was reconstructed with a saddle prosthesis.`,
    code: '27076',
    route: 'ready',
  },
  {
    klass: 'np3 case: a type III resection, the medial acetabular wall reconstructed with autograft',
    text: `We report a 61-year-old man with a chondrosarcoma of both right pubic rami. A type III resection was done, taking the ischium and both rami with the medial acetabular wall; the medial acetabular wall was reconstructed with iliac crest autograft held by a plate.`,
    code: '27076',
    route: 'ready',
  },
  {
    klass: 'np3 guard: a hindquarter amputation closed with an abdominal wall reconstruction',
    text: `Left hindquarter amputation for a pelvic chondrosarcoma. The sacroiliac joint was divided posteriorly and the symphysis pubis anteriorly, and the limb was removed with the hemipelvis. The defect was closed with abdominal wall reconstruction using mesh.`,
    code: '27290',
  },
  {
    klass:
      'np3 guard: an acetabular reconstruction considered but not possible, the leg removed with the hemipelvis',
    text: `A 58-year-old man with a sarcoma of the right ilium and acetabulum was considered for an acetabular reconstruction, but this was not possible; the sacroiliac joint and the pubic symphysis were divided and the leg removed together with the hemipelvis.`,
    code: '27290',
  },
  {
    // Changed in round e8 (e8.4): the limb kept is inferred, since nothing of the limb was taken, and the
    // stated name (an internal resection) agrees, so the inference is corroborated (src/validate/route.ts).
    klass:
      'np3 guard: a periacetabular resection with no reconstruction (the limb kept inferred, the name agrees)',
    text: `Right periacetabular resection for a chondrosarcoma: the acetabulum was resected en bloc with wide margins. No reconstruction was done and the femoral head was left to float.`,
    code: '27076',
    route: 'ready',
    anatomy: { limbPreserved: 'documented' },
  },
  {
    klass: 'np3 case: reconstruction of the hip joint with a pedestal cup after a type I and II resection',
    text: `A 44-year-old man with a chondrosarcoma of the left ilium and acetabulum underwent a type I and II resection, the ilium and acetabulum being removed en bloc. Reconstruction of the hip joint was done with a pedestal cup fixed into the remaining ilium.`,
    code: '27076',
    route: 'ready',
  },
  {
    klass: 'np3 case: the acetabulum then reconstructed with a cemented cup on graft',
    text: `Resection of the right acetabulum (Enneking II) for a grade 2 chondrosarcoma in a 47-year-old woman; the acetabulum was then reconstructed with a cemented cup on a bone graft.`,
    code: '27076',
    route: 'ready',
  },
  {
    klass: 'np3 case: an ice-cream cone prosthesis implanted after a type II resection',
    text: `Type II pelvic resection for a left periacetabular osteosarcoma in a 19-year-old man. An ice-cream cone prosthesis was implanted into the residual ilium.`,
    code: '27076',
    route: 'ready',
  },
  // np4. Limb salvage stated unable to give what it is for ('cannot achieve', 'is unable to achieve',
  // 'would fail to provide') is not done: the limb removed with the hemipelvis decides 27290.
  {
    klass: 'np4 technique: chosen when limb-sparing surgery cannot give a wide margin',
    text: `Hindquarter amputation: technique
The whole leg is taken with the hemipelvis. The operation is chosen when limb-sparing surgery cannot give a wide margin. The sacroiliac joint is divided behind and the symphysis pubis in front, and the limb is removed with the half of the pelvis.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'np4 case: limb salvage could not achieve clear margins (already read)',
    text: `A 59-year-old man with a recurrent chondrosarcoma of the left pelvis. Limb salvage could not achieve clear margins, so a left hindquarter amputation was done: the sacroiliac joint was divided posteriorly, the symphysis anteriorly and the leg removed with the hemipelvis.`,
    code: '27290',
    route: 'query-physician',
  },
  {
    klass: 'np4 case: limb preservation would fail to provide a functional leg',
    text: `A 40-year-old woman with a sarcoma encasing the right iliac vessels, in whom limb preservation would fail to provide a functional leg. The right sacroiliac joint was disarticulated, the pubic symphysis divided and the limb removed with the hemipelvis.`,
    code: '27290',
    route: 'query-physician',
  },
  {
    klass: 'np4 guard: limb salvage achieved; the pelvic ring could not otherwise achieve stability',
    text: `A 33-year-old man with a chondrosarcoma of the right iliac wing. Limb salvage was achieved: the iliac wing was resected en bloc with wide margins above the acetabulum and the limb was kept; the pelvic ring could not otherwise achieve stability, so a plate was added.`,
    code: '27075',
    route: 'ready',
  },
  {
    klass: 'np4 guard: limb preserved; primary closure could not be achieved',
    text: `A 50-year-old woman with an osteosarcoma of the right ilium underwent an internal hemipelvectomy with the limb preserved: the iliac wing was resected en bloc above the acetabulum. Primary closure could not be achieved and a flap was used.`,
    code: '27075',
    route: 'ready',
  },
  {
    klass: 'np4 technique: a limb-sparing resection is unable to achieve a safe margin',
    text: `External hemipelvectomy
Indication: a pelvic sarcoma for which a limb-sparing resection is unable to achieve a safe margin. The pelvis is divided at the sacroiliac joint and at the symphysis, and the lower limb is removed with the hemipelvis.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'np4 case: where limb salvage cannot offer an oncologically sound result',
    text: `A 66-year-old man with a large right pelvic sarcoma, where limb salvage cannot offer an oncologically sound result. The right sacroiliac joint and the pubic symphysis were divided and the leg was removed with the hemipelvis.`,
    code: '27290',
    route: 'query-physician',
  },
  // np5. An iliosacral (sacroiliac) resection takes the ilium beside the sacrum: with the limb kept, 27075.
  {
    klass: 'np5 case: an ilio-sacral resection with the limb preserved, a fibular autograft',
    text: `A 52-year-old man with an Ewing sarcoma of the left ilium. An ilio-sacral resection was performed with the limb preserved, and the gap was bridged with a fibular autograft.`,
    code: '27075',
    route: 'ready',
  },
  {
    klass: 'np5 series: patients treated with sacroiliac resection and limb salvage',
    text: `Outcomes of sacroiliac resection for pelvic tumours
Methods: Fourteen patients with a tumour next to the sacroiliac joint were treated with sacroiliac resection and limb salvage.`,
    code: '27075',
    generic: true,
  },
  {
    klass: 'np5 case: a sacroiliac joint resection with wide margins, the leg kept',
    text: `A 38-year-old man with a giant cell tumour beside the left sacroiliac joint. The tumour was removed by a sacroiliac joint resection with wide margins and the leg was kept.`,
    code: '27075',
    route: 'ready',
  },
  {
    klass: 'np5 guard: a hindquarter amputation through the iliosacral joint',
    text: `Left hindquarter amputation. The iliosacral joint was divided, the symphysis split and the limb removed with the hemipelvis.`,
    code: '27290',
  },
  {
    klass: 'np5 guard: a sacrectomy with the sacroiliac joints not entered',
    text: `A 60-year-old man with a right sacral chordoma underwent a sacrectomy below S2 with the limbs preserved; the sacroiliac joints were not entered.`,
    code: null,
    review: true,
  },
  // np6. Notes or a review reporting what the literature advises ('most authors recommend', 'several case
  // reports in the literature') describe practice, not one patient: generic, whatever terse words they use.
  {
    klass: 'np6 notes: transfemoral amputation revision notes, most authors recommend a myodesis',
    text: `Transfemoral amputation: revision notes

Indications: ischaemia, trauma, tumour.

Flaps equal anterior and posterior.

Most authors recommend myodesis of the adductors to the femur.

Femur divided 10-12 cm above the joint line.

Complications: phantom pain, contracture.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'np6 notes: hip disarticulation study notes, some authors advise, case reports in the literature',
    text: `Hip disarticulation - study notes

Racquet incision centred on the greater trochanter.

Some authors advise ligating the obturator artery first.

Capsule divided, limb removed through the hip joint.

Several case reports in the literature describe it for gas gangrene.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'np6 notes: hemipelvectomy notes, most authors recommend a posterior flap',
    text: `Hemipelvectomy notes

Sacroiliac joint divided posteriorly, symphysis anteriorly, limb removed with the hemipelvis.

Most authors recommend a posterior gluteal flap.

Blood loss can be large.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'np6 guard: one case (an age, a side) citing what most authors recommend',
    text: `A 66-year-old woman with a sarcoma of the left thigh. Most authors recommend a wide margin; the left femur was divided at mid-shaft, the limb removed and the wound closed over a drain.`,
    code: '27590',
    route: 'ready',
  },
];
