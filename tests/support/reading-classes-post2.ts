/**
 * Whole-note probes for a wrong code outside coder review found after a blind measurement: a graft set
 * out only in case it should be needed is no graft used, and a later clause that throws it away (through a
 * pronoun or the item's own noun) denies it. Written for these tests in our own words, several wordings
 * per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const post2Probes: readonly ReadingProbe[] = [
  // ps1. A standby graft ("opened / thawed / set out in case X needed"): no graft used.
  {
    klass: 'ps1 allograft opened on the back table in case the thin cortex needed support; cement fill',
    text: `Procedure: curettage of a giant cell tumour of the right distal femur.
A lateral cortical window was cut in the femur and the tumour was curetted back to firm bone and burred. A pack of allograft chips was opened on the back table in case the thin posterior cortex required support. The cavity was then packed with PMMA cement. The window was replaced and the wound closed in layers.`,
    code: '27355',
    review: true,
  },
  {
    klass: 'ps1 cancellous chips thawed in case the subchondral bone proved too thin, then thrown away',
    text: `Operation: intralesional curettage, left distal femoral lesion.
Through an anteromedial window the lesion of the femur was curetted and the walls treated with the burr. Two jars of cancellous allograft were thawed in case the subchondral plate turned out too thin for cement alone, but they were wasted. Bone cement was injected to fill the defect. Skin closed with staples.`,
    code: '27355',
    review: true,
  },
  // ps2. The item denied through its own noun in the next clause ("the chips were discarded").
  {
    klass: 'ps2 allograft chips opened; the chips were discarded, the cavity cemented',
    text: `Procedure: curettage of a benign bone lesion of the left femoral metaphysis.
The femoral lesion was curetted through a small window and burred. Allograft chips were opened by the circulating nurse; the chips were discarded. The cavity was filled with bone cement and the wound closed.`,
    code: '27355',
    review: true,
  },
  {
    klass:
      'ps2 cancellous allograft laid out on the back table; it was never used (a pronoun after the semicolon)',
    text: `Procedure: curettage of a chondroblastoma-like lesion of the right distal femur.
The femoral lesion was curetted through a window in the lateral condyle. Cancellous allograft was thawed and laid out on the back table near the cement; it was never used. The cavity was filled with bone cement and the wound closed.`,
    code: '27355',
    review: true,
  },
  // ps3. A defect filled with cement only: a graft named but never told put in is no graft.
  {
    klass: 'ps3 allograft brought into the room, the defect packed with PMMA alone',
    text: `Procedure: curettage of an enchondroma of the left distal femur.
The femoral lesion was curetted and burred through a lateral window. A box of freeze-dried allograft was brought into the room. The defect was packed with PMMA alone and the window replaced. Closure in layers.`,
    code: '27355',
    review: true,
  },
  {
    klass: 'ps3 demineralised bone matrix on the table; the cavity filled using bone cement only',
    text: `Operation: curettage of a benign lytic lesion, right femoral condyle.
Through a window in the femur the lesion was curetted to sound bone. Demineralized bone matrix was on the instrument table. The cavity was then filled using bone cement only. The wound was closed.`,
    code: '27355',
    review: true,
  },
  // ps4. "initial" as a staged technique's first stage told in the present ("the initial amputation is
  // performed …", "… is to remove …"): no earlier amputation (a regression of this session's adjective).
  {
    klass:
      'ps4 field manual: the initial amputation is carried out at the lowest living level, wound left open',
    text: `Staged amputation for blast wounds of the thigh.
The initial amputation is carried out at the lowest level of living tissue so that length is saved. The femur is sawn through with a Gigli saw at the level of the wound. Skin and muscle are not sutured; the wound is packed open and closed at a later operation.`,
    code: '27592',
    generic: true,
  },
  {
    klass:
      'ps4 textbook: the initial amputation is to remove dead tissue, the femur sawn and the stump left open',
    text: `Management of mangled thighs in austere settings.
The initial amputation is to remove all dead tissue and keep every viable centimetre. The femur is transected with an oscillating saw through healthy bone and the muscles are cut at a viable level. The wound is left open under a bulky dressing for a second look.`,
    code: '27592',
    generic: true,
  },
  {
    klass: 'ps4 guard: the initial above-knee amputation has broken down; the femur shortened today',
    text: `Procedure: revision of a left above-knee amputation stump.
The initial above-knee amputation, done in March, has broken down over the bone end. The old scar was excised, the femur was shortened by 3 cm with a saw and the muscles were myodesed. The wound was closed over a drain.`,
    code: '27596',
    review: true,
  },
  // ps5. A name on the plan's line is no second operation listed: the anatomy rules it out (info).
  {
    klass: 'ps5 planned above-knee amputation, knee disarticulation performed, femur not cut',
    text: `Procedure planned: right above-knee amputation.
Operation performed: right knee disarticulation.
The knee joint was opened and the cruciate ligaments and posterior capsule were divided. The leg was removed through the knee joint; the femur was not cut and the condyles were left intact. The patellar tendon was sutured to the cruciate stumps and the skin closed.`,
    code: '27598',
    route: 'ready',
  },
  {
    klass: 'ps5 operation scheduled as a hip disarticulation, a hindquarter amputation done',
    text: `Operation scheduled: left hip disarticulation.
Procedure performed: left external hemipelvectomy.
The common iliac vessels were ligated, the pubic symphysis was divided and the sacroiliac joint was divided with an osteotome. The pelvic floor muscles were cut and the left leg with the hemipelvis was removed en bloc. The posterior flap was closed over drains.`,
    code: '27290',
    route: 'query-physician',
  },
  // Guards: a graft used keeps its code.
  {
    klass: 'ps guard: allograft thawed in case the cavity needed more, and it was packed in',
    text: `Procedure: curettage and grafting of a cyst of the right distal femur.
The femoral cyst was curetted through a lateral window. Allograft chips were thawed in case the cavity needed more than cement, and they were packed into the defect. The window was closed.`,
    code: '27356',
    review: true,
  },
  {
    klass: 'ps guard: cavity packed with allograft chips, the leftover chips discarded',
    text: `Procedure: curettage and allograft of a benign lesion of the left distal femur.
The femoral lesion was curetted through a cortical window. The cavity was packed with allograft chips; the remaining chips were discarded. The wound was closed over a drain.`,
    code: '27356',
    review: true,
  },
  {
    klass: 'ps guard: allograft chips packed into the cavity; the drain was not needed',
    text: `Procedure: curettage and allograft of a bone cyst of the left proximal femur.
The femoral cyst was curetted through a lateral window. Allograft chips were packed into the cavity; the drain was not needed. The wound was closed.`,
    code: '27356',
    review: true,
  },
  {
    klass: 'ps guard: allograft impacted at the joint surface, the rest of the cavity with cement only',
    text: `Procedure: curettage, allograft and cement of a giant cell tumour of the right distal femur.
The femoral tumour was curetted through a lateral window. Allograft chips were impacted under the subchondral plate, and the remaining cavity was filled with cement only. The window was closed.`,
    code: '27356',
    review: true,
  },
  {
    klass: 'ps5 guard: two operations listed as done, one not described, goes to review',
    text: `Procedures: 1. Right knee disarticulation 2. Left above-knee amputation.
The right knee joint was opened and the cruciate ligaments and posterior capsule were divided. The right leg was removed through the knee joint; the femur was not cut. The skin was closed.`,
    code: '27598',
    route: 'coder-review',
  },
];
