/**
 * Whole-note probes for reading gaps seen on blind and development text (second round of `gaps`): an
 * amputation dated by an adjective ("the former above-knee amputation", "her earlier transfemoral
 * amputation") or by a dated passive predicate after modifiers of its own ("his amputation at mid-thigh
 * on the right was done in 2015") is the patient's history, not today's operation; a benign tumour excised with
 * no wide margin stated is a simple excision, not a radical resection. Written for these
 * tests in our own words, several wordings per class, with guards that must not change. Same shape as
 * `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const gaps2Probes: readonly ReadingProbe[] = [
  // g4. An adjective that dates the amputation it heads (former, earlier, original, initial): a prior one.
  {
    klass: 'g4 the former above-knee amputation never healed, the femur cut higher',
    text: `The former above-knee amputation on his left side never healed. The femur was transected at a higher level, myodesis was performed and the stump was closed.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'g4 her earlier transfemoral amputation, the femur cut again',
    text: `Her earlier transfemoral amputation of the right leg has left an ulcerated stump over a bone spur. Procedure: the femur was cut again 3 cm proximally with a saw and the muscles were sutured over the bone end. Closure over a drain.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'g4 the initial thigh amputation failed to heal, divided more proximally',
    text: `The initial left thigh amputation has failed to heal because of ischaemia. The femur was divided at a more proximal level and the flaps were closed.`,
    code: '27596',
    review: true,
  },
  // g4 guards: the same words of another noun date nothing.
  {
    klass: 'g4 guard: the initial plan was an amputation through the knee',
    text: `Right leg. The initial plan was an amputation through the knee but the skin was too poor. The femur was divided 12 cm above the joint line, the limb was removed, and the wound was closed over a drain.`,
    code: '27590',
  },
  {
    klass: 'g4 guard: vessels ligated earlier in the operation',
    text: `Left above-knee amputation. The femoral vessels were ligated earlier in the operation; the femur was divided at mid-shaft and the limb was removed. The wound was closed.`,
    code: '27590',
  },
  {
    klass: 'g4 guard: a former smoker',
    text: `A former smoker with gangrene of the left foot. Procedure: left above-knee amputation. The femur was divided with a saw, the limb removed and the wound closed over a drain.`,
    code: '27590',
  },
  // g9. A dated passive predicate dates its clause's subject over the subject's own modifiers.
  {
    klass: 'g9 amputation at mid-thigh on the right done in 2015, the bone end shortened now',
    text: `His amputation at mid-thigh on the right was done in 2015. The bone end has now eroded through the skin. The femur was shortened by 3 cm and the stump was closed over a drain.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'g9 amputation through the femur on the left carried out in 2011, a bursa excised',
    text: `Her amputation through the femur on the left was carried out in 2011 after a crush injury. She presents with an infected bursa over the stump. The bursa was excised and the wound was closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g9 above-knee amputation for sepsis performed four years ago, the femur shortened',
    text: `His right above-knee amputation for sepsis from an infected knee replacement was performed four years ago. The stump is now too long for a prosthetic knee. The femur was shortened by 6 cm and the muscles reattached. Closure over a drain.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'g9 amputation at mid-thigh done in 2015, a stump neuroma excised (no thigh amputation today)',
    text: `His amputation at mid-thigh on the right was done in 2015. He now presents with a painful neuroma of the sciatic nerve. PROCEDURE: Excision of the neuroma. The sciatic nerve was traced and the neuroma was excised and the nerve end buried in muscle. The wound was closed.`,
    code: '27594',
    review: true,
  },
  // g9 guards: today's amputation, undated or beside another limb's dated one, stays today's.
  {
    klass: 'g9 guard: an above-knee amputation on the right performed for ischaemia',
    text: `An above-knee amputation on the right was performed for critical ischaemia. The femur was divided at mid-shaft with a saw, the limb was removed and the wound closed over a drain.`,
    code: '27590',
  },
  {
    klass: 'g9 guard: the femur divided and the other side amputated below the knee in 2015',
    text: `Right above-knee amputation. The femur was divided 10 cm above the knee and the limb removed, and a below-knee amputation on the other side was done in 2015. The wound was closed.`,
    code: '27590',
  },
  // g6. A benign tumour (a lipoma, a schwannoma, "a benign mass") excised with no wide, radical or en bloc
  // margin stated is a simple excision, not a radical resection (27329/27364): no code, coder review.
  {
    klass: 'g6 excision of a 6 cm lipoma, excised and closed',
    text: `Procedure: excision of a 6 cm lipoma, left thigh. The lipoma was excised and the wound closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g6 a 7 cm lipoma deep to the fascia lata excised in one piece',
    text: `Right thigh. A 7 cm lipoma lying deep to the fascia lata was excised in one piece. Haemostasis. The fascia and skin were closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g6 a 9 cm subfascial lipoma removed through an incision',
    text: `Right thigh, lateral. A 9 cm subfascial lipoma was removed through a 10 cm incision. Haemostasis with diathermy and the skin was closed with clips.`,
    code: null,
    review: true,
  },
  {
    klass: 'g6 excision of a benign soft-tissue mass, 6 cm',
    text: `Procedure: excision of a benign soft-tissue mass of the left thigh, 6 cm. The mass was removed and the wound closed in layers.`,
    code: null,
    review: true,
  },
  {
    klass: 'g6 upper-case title, the lipoma sized in the findings',
    text: `EXCISION OF LIPOMA RIGHT THIGH
Findings: 7.5 x 4 cm lipoma in the subcutaneous tissue.
The lipoma was excised and the skin closed with a subcuticular suture.`,
    code: null,
    review: true,
  },
  // g6 guards: a wide margin or a malignant tumour keeps the radical resection.
  {
    klass: 'g6 guard: a 7 cm liposarcoma resected en bloc with a wide margin',
    text: `Radical resection of a 7 cm liposarcoma of the right thigh. The tumour was resected en bloc with a wide margin of normal quadriceps. The femur was not involved. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: 'g6 guard: an atypical lipomatous tumour resected with a cuff of normal muscle',
    text: `Excision of an atypical lipomatous tumour of the left thigh. The 12 cm tumour was resected with a cuff of normal muscle. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: 'g6 guard: a sarcoma on biopsy, the 6 cm mass excised en bloc',
    text: `Diagnosis: undifferentiated pleomorphic sarcoma of the right thigh on core biopsy. The 6 cm mass was excised en bloc with the overlying fascia. Wound closed.`,
    code: '27364',
  },
];
