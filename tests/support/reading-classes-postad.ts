/**
 * Whole-note probes for reading classes found after the blind measurement (not blind): a limb salvage
 * judged "not possible" (a verdict verb between the auxiliary and the denial) was read as a kept limb and
 * blocked a hindquarter amputation; a femur or its cut end denied any handling ("not touched", "not
 * exposed and not touched", telegraphic or with its verb) stated no femoral cut, so a soft-tissue stump
 * revision went to coder review. Written for these tests in our own words, several wordings per class,
 * with guards that must not change. Same shape as `readingProbes` (tests/support/reading-classes.ts);
 * tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const postadProbes: readonly ReadingProbe[] = [
  // pa1. A verdict verb between the auxiliary and a denial of possibility ("was judged not possible",
  // "was thought not feasible", "was felt to be not achievable") denies the limb salvage (neg.post).
  {
    klass: 'pa1 limb salvage judged not possible at the tumour board, hindquarter amputation',
    text: 'Right hindquarter amputation. At the tumour board limb salvage was judged not possible. The pubic symphysis was divided and the ilium was osteotomised through the sacral ala. The leg and hemipelvis were removed together. The posterior flap was closed over drains.',
    code: '27290',
  },
  {
    klass: 'pa1 a limb-sparing resection thought not feasible, the hemipelvis removed with the leg',
    text: 'Left external hemipelvectomy. A limb-sparing resection was thought not feasible because of the vessels. The symphysis was split and the sacroiliac joint divided, and the leg with the hemipelvis was delivered. Closure with a gluteal flap.',
    code: '27290',
  },
  {
    klass: 'pa1 guard: limb salvage judged possible, an internal hemipelvectomy done',
    text: 'Left internal hemipelvectomy. Limb salvage was judged possible at the tumour board. The iliac wing was resected en bloc and the leg was preserved. Closure over drains.',
    code: '27075',
  },
  // pa2. The femur or its cut end denied any handling ("the femur was not touched", "bone end not exposed
  // and not touched") states no femoral cut: a soft-tissue revision of a thigh stump is 27594, ready.
  {
    klass: 'pa2 a thigh stump scar revised, the femur was not touched',
    text: 'Procedure: revision of the scar of a left above-knee amputation stump done last year. The tethered scar was cut out and the flaps were freed from the fascia. The femur was not touched. The skin was closed with interrupted sutures.',
    code: '27594',
    route: 'ready',
  },
  {
    klass: 'pa2 an AKA stump scar excised, bone end not seen and not handled',
    text: 'Procedure: excision of painful scar, right transfemoral stump (amputated 2024). Old scar excised as an ellipse, skin flaps undermined, femur felt through the soft tissue, bone end not exposed and not handled. Closed with nylon.',
    code: '27594',
    route: 'ready',
  },
  {
    klass: 'pa2 guard: a stump scar revised, the bone not touched by the scar (no denial of handling)',
    text: 'Procedure: revision of the scar of a left above-knee amputation stump done last year. The scar was cut out; the bone was not touched by the scar tissue. Skin closed with sutures.',
    code: '27594',
    route: 'coder-review',
  },
  {
    klass: 'pa2 guard: a stump re-amputated, the femur shortened, the skin not touched',
    text: 'Procedure: revision of a left above-knee amputation stump done last year. The femur was shortened by 3 cm with a saw. The old skin edge was not touched. Closure in layers.',
    code: '27596',
  },
  // pa3. A paragraph break dictated in words ("period new paragraph", "next paragraph") ends a history
  // field's paragraph as a blank line does: the narrative after it is the operation, not the indication.
  {
    klass: 'pa3 speech text: indication, then a spoken new paragraph and an open thigh amputation',
    text: 'this is doctor amy ford dictating new paragraph procedure right above knee amputation open period indication wet gangrene of the right foot with spreading cellulitis period new paragraph a circular cut was made through the skin of the lower thigh period the femur was sawn through at the same height period the stump was left open and packed with gauze period plan return to theatre in two days period',
    code: '27592',
    route: 'ready',
  },
  {
    klass: 'pa3 speech text: indications, next paragraph, the femur divided and the limb removed',
    text: 'dictating for doctor ben ortiz next paragraph operation left above knee amputation period indications ischemic leg with rest pain and no reconstructable vessels period next paragraph under spinal anesthesia fish mouth flaps were marked period the femur was divided with an oscillating saw ten centimeters above the joint line period the limb was removed period the flaps were closed in layers period',
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'pa3 guard: speech text, a new paragraph opening the indications tells an old amputation',
    text: 'procedure revision of left above knee amputation stump scar period new paragraph indications she had a left above knee amputation in two thousand twenty three for trauma period new paragraph the scar was excised and the femur was not cut period the skin was closed period',
    code: '27594',
  },
];
