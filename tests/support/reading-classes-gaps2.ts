/**
 * Whole-note probes for reading gaps seen on blind and development text (second round of `gaps`): an
 * amputation dated by an adjective ("the former above-knee amputation", "her earlier transfemoral
 * amputation"), by a date that opens its sentence ("three years ago … and the hip was reconstructed") or by a dated passive predicate after modifiers of its own ("his amputation at mid-thigh
 * on the right was done in 2015") is the patient's history, not today's operation, while a limb lost to an injury today is no prior
 * amputation; a benign tumour excised with
 * no wide margin stated is a simple excision, not a radical resection. Written for these
 * tests in our own words, several wordings per class, with guards that must not change. Same shape as
 * `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const gaps2Probes: readonly ReadingProbe[] = [
  // g1. A date that opens a sentence dates all of it: a reconstruction (a limb kept) told in an earlier
  // operation's sentence is that operation's, not today's.
  {
    klass:
      'g1 three years ago a periacetabular resection and the hip reconstructed; today a hip disarticulation',
    text: `Three years ago he underwent a periacetabular resection and the hip was reconstructed with a custom implant. The implant is now infected beyond salvage.
Today: right hip disarticulation. The femoral vessels were ligated, the capsule was opened, and the limb was disarticulated at the hip and removed. The wound was closed over a drain.`,
    code: '27295',
  },
  {
    klass: 'g1 six years ago the knee reconstructed with an endoprosthesis; today an above-knee amputation',
    text: `Six years ago he had a resection of the distal femur and the knee was reconstructed with an endoprosthesis. The prosthesis is now infected and cannot be salvaged. Procedure: right above-knee amputation. The femur was divided proximal to the stem and the thigh muscles were sutured over the bone end. The wound was closed.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'g1 two years ago the hip reconstructed with a tumour prosthesis; today a hip disarticulation',
    text: `Two years ago she underwent a resection of the left proximal femur for osteosarcoma and the hip was reconstructed with a modular tumour prosthesis. The prosthesis is now infected with a discharging sinus. Operation: left hip disarticulation. The femoral vessels were ligated, the capsule was opened circumferentially and the limb was disarticulated at the hip. The wound was closed over a drain.`,
    code: '27295',
  },
  {
    klass:
      'g1 a note opening in 2019 with the hip reconstructed in its next sentence; today a hindquarter amputation',
    text: `In 2019 she had an internal hemipelvectomy for chondrosarcoma. The hip was reconstructed with a saddle prosthesis and the limb was kept. The tumour has now recurred.
Procedure: left hindquarter amputation. The sacroiliac joint was divided and the symphysis was divided. The iliac vessels were ligated, and the leg was removed with the hemipelvis. Closure of the posterior flap over drains.`,
    code: '27290',
  },
  {
    klass:
      'g1 underwent a hemipelvectomy with reconstruction six years ago, and the limb was salvaged; today a hip disarticulation',
    text: `She underwent a right internal hemipelvectomy with reconstruction of the acetabulum six years ago, and the limb was salvaged. The prosthesis has become infected. Today a right hip disarticulation was performed: the femoral vessels were ligated and the limb was disarticulated at the hip joint and removed, the prosthesis taken out. Closure over drains.`,
    code: '27295',
  },
  // g1 guards: today's reconstruction keeps the limb; a dated sentence ends at its semicolon.
  {
    klass: 'g1 guard: today the acetabulum resected and the hip reconstructed with a saddle prosthesis',
    text: `PROCEDURE: Internal hemipelvectomy, right, periacetabular, with reconstruction of the hip.
The ilium was osteotomised above the acetabulum and the superior and inferior pubic rami were divided. The acetabulum was resected en bloc with the tumour. The hip was reconstructed with a saddle prosthesis. Closure over drains.`,
    code: '27076',
  },
  {
    klass: 'g1 guard: in 2019 a below-knee amputation; the femur divided today',
    text: `Left leg. In 2019 she had a below-knee amputation; the femur was divided today 12 cm above the knee joint, the limb removed and the wound closed over a drain.`,
    code: '27590',
  },
  {
    klass: "g1 guard: a dated opening paragraph followed by Findings tells today's cut",
    text: `Two years ago he had a left below-knee amputation for ischaemia. Today the stump was opened, the femur was divided 10 cm above the knee joint and the limb was removed.
Findings: healthy muscle at the new level.
The wound was closed over a drain.`,
    code: '27590',
  },
  {
    klass: "g1 guard: a dated opening line, then today's cut in its own paragraph before Procedure",
    text: `In 2018 he had a right below-knee amputation.

The femur was divided 12 cm above the knee today and the limb removed.
Procedure: right above-knee amputation. Myodesis and closure over a drain.`,
    code: '27590',
  },
  // g2. A limb lost to an injury in this episode: the stump, residual femur, revision or "re-amputation"
  // named today is the injury's, formalised now, not a prior amputation (27596); 27590 per the anatomy.
  {
    klass: 'g2 a traumatic amputation at mid-thigh earlier today, the residual femur shortened',
    text: `He sustained a traumatic amputation of the left lower limb at the mid-thigh earlier today. In theatre the residual femur was shortened by 3 cm, a myodesis was done and the wound was closed.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'g2 traumatically amputated at the scene this afternoon, a formal re-amputation',
    text: `Left leg traumatically amputated above the knee at the scene this afternoon. Operation: formal re-amputation above the knee. The femur was re-cut 6 cm proximally with a Gigli saw and the flaps were closed.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'g2 traumatically amputated this morning, a formal revision of the stump',
    text: `Traumatically amputated right leg above the knee this morning after a motorcycle crash. We carried out a formal revision of the stump: the femur was shortened by 4 cm, the sciatic nerve was ligated and cut proximally, and the wound was closed.`,
    code: '27590',
    review: true,
  },
  // g2 guards: a traumatic amputation of years ago is a prior one; today's injury with a shortened femur is 27590.
  {
    klass: 'g2 guard: a traumatic above-knee amputation in 2012, the stump revised now',
    text: `He had a traumatic above-knee amputation of the left leg in 2012. The stump is now painful with a bone spur. PROCEDURE: Revision of the left above-knee amputation. The femur was re-cut 3 cm higher and the muscles sutured over the bone end. The skin was closed.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'g2 guard: traumatically amputated above the knee this morning, the femur shortened',
    text: `This 30-year-old man's left leg was traumatically amputated above the knee in a farm accident this morning. PROCEDURE: Formalisation of the left above-knee amputation. The wound was debrided, the femur was shortened by 4 cm with an oscillating saw, and the muscle flaps were closed over the bone end. The skin was closed over a drain.`,
    code: '27590',
  },
  // g8. Unpunctuated speech: a new subject with its own auxiliary and participle ends a denial's reach
  // ("no bleeding the femur was cut"), while a noun phrase inside the denied one does not.
  {
    klass: 'g8 run-on: no bleeding the femur was cut with the saw',
    text: `left above knee amputation fish mouth incision femoral vessels ligated no bleeding the femur was cut with the saw 10 cm above the knee myodesis done skin closed`,
    code: '27590',
  },
  {
    klass: 'g8 run-on: no bleeding the femur was sawn across',
    text: `left aka fish mouth flaps vessels tied no bleeding the femur was sawn across at mid shaft and the leg removed muscles sewn over the bone end skin closed`,
    code: '27590',
  },
  {
    klass: 'g8 run-on: no oozing the femur was divided with the saw',
    text: `right aka for gangrene flaps fashioned femoral artery and vein tied no oozing the femur was divided with the saw 10 cm above the knee the leg was removed myodesis skin closed`,
    code: '27590',
  },
  {
    klass: 'g8 run-on: the flaps were not tight the femur was shortened',
    text: `right aka the flaps were not tight the femur was shortened by 2 cm the leg was passed off myoplasty skin closed`,
    code: '27590',
  },
  // g8 guards: the denial of a noun phrase's own part, and a run-on denial of the femur, stand.
  {
    klass: 'g8 guard: no portion of the femur was resected with the sarcoma',
    text: `Resection of a 7 cm liposarcoma of the right thigh en bloc with a wide margin. No portion of the femur was resected. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: 'g8 guard: run-on, the femur was not cut the limb removed through the knee',
    text: `left knee disarticulation the femur was not cut the limb was removed through the knee joint the patellar tendon was sutured to the cruciates skin closed`,
    code: '27598',
  },
  {
    klass: 'g8 guard: run-on, the femur was not divided the limb removed at the hip',
    text: `right hip disarticulation the femoral vessels were tied the femur was not divided the limb was removed at the hip joint gluteal flap closed over a drain`,
    code: '27295',
  },
  // g11. "and" before a new subject with its own verb ends a denial: "no reconstruction was done and the
  // limb was kept" keeps the limb (fixed on main by terminate.and-clause; rows in our own words).
  {
    klass: 'g11 no reconstruction was done and the limb was kept (iliac wing)',
    text: `PROCEDURE: Resection of the left iliac wing for chondrosarcoma. The ilium was osteotomised above the acetabulum and the iliac wing resected en bloc with the tumour; no reconstruction was done and the limb was kept. Closure over drains.`,
    code: '27075',
  },
  {
    klass: 'g11 the femur was not cut and the knee was disarticulated',
    text: `Left leg. The femur was not cut and the knee was disarticulated through the joint, the limb removed. The patellar tendon was sutured to the cruciate stumps. Closure over a drain.`,
    code: '27598',
  },
  {
    klass: 'g11 the limb could not be kept and the hemipelvis was removed',
    text: `Left hindquarter amputation. The limb could not be kept and the hemipelvis was removed with it after division of the sacroiliac joint and the symphysis. Closure of the posterior flap.`,
    code: '27290',
  },
  // g11 guard: a second denial after the "and" stands.
  {
    klass: 'g11 guard: the femur was not cut and the bone was not shortened (a scar revision)',
    text: `Revision of a left above-knee amputation stump scar. The old scar was excised. The femur was not cut and the bone was not shortened. The wound was closed.`,
    code: '27594',
  },
  // g10. A correction dictated after a semicolon or a comma ("…; no, the knee was disarticulated", "…, no,
  // sorry, through the knee joint") retracts the clause before it; the correction stands.
  {
    klass: 'g10 the femur was cut; no, the knee was disarticulated',
    text: `Left knee. The femur was cut; no, the knee was disarticulated through the joint and the limb removed. The patellar tendon was sutured to the cruciates. Closure.`,
    code: '27598',
  },
  {
    klass: 'g10 amputated through the thigh, no, sorry, through the knee joint',
    text: `Right leg. The limb was amputated through the thigh, no, sorry, through the knee joint, the condyles were left intact and the patellar tendon was sutured to the cruciate stumps. The wound was closed over a drain.`,
    code: '27598',
    review: true,
  },
  {
    klass: 'g10 the femur was divided below the trochanter; no, the limb was removed at the hip',
    text: `PROCEDURE: left hip disarticulation. The femur was divided below the lesser trochanter; no, the limb was removed at the hip joint after the capsule and ligamentum teres were divided. The gluteal flap was closed over a drain.`,
    code: '27295',
  },
  // g10 guards: "; no drain was used" and "; it was not amputated" correct nothing.
  {
    klass: 'g10 guard: the limb removed; no drain was used',
    text: `Left above-knee amputation. The femur was divided 10 cm above the knee and the limb removed; no drain was used. The wound was closed.`,
    code: '27590',
  },
  {
    klass: 'g10 guard: the limb was kept; it was not amputated',
    text: `Resection of the left iliac wing en bloc with the chondrosarcoma, the ilium osteotomised above the acetabulum. The limb was kept; it was not amputated. Closure over drains.`,
    code: '27075',
  },
  // g3. A size in words: compound tens ("twenty-two"), "and a half", millimetres spelled out.
  {
    klass: 'g3 a tumour of twenty-two centimetres (a compound number word)',
    text: `Left posterior thigh. The myxofibrosarcoma was resected en bloc with a wide cuff of hamstring muscle; the tumour measured twenty-two centimetres in its longest axis. The femur was not involved. Closure over two drains.`,
    code: '27364',
  },
  {
    klass: 'g3 a mass eleven and a half centimetres across',
    text: `Radical resection of a leiomyosarcoma of the right adductor compartment. The mass, eleven and a half centimetres across, was removed en bloc with a wide margin. No bone was taken. The wound was closed over a drain.`,
    code: '27364',
  },
  {
    klass: 'g3 a tumour of forty five millimetres (millimetres in words)',
    text: `Wide excision of a synovial sarcoma of the left anterior thigh. The tumour measured forty five millimetres and was resected en bloc with a cuff of normal vastus medialis. The femur was untouched. Closure in layers.`,
    code: '27329',
  },
  {
    klass: 'g3 a lesion four and a half centimetres in diameter',
    text: `Right thigh sarcoma resected en bloc with a wide margin of normal muscle. The lesion was four and a half centimetres in diameter. No bone resected. Skin closed.`,
    code: '27329',
  },
  {
    klass: 'g3 guard: seventeen centimetres is not seven',
    text: `Radical resection of a liposarcoma of the right thigh en bloc with a wide margin; the tumour measured seventeen centimetres. No bone was taken. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: 'g3 guard: three point eight centimetres',
    text: `Radical resection of a myxofibrosarcoma of the left anterior thigh. The mass was excised en bloc with a wide margin; it measured three point eight centimetres. The femur was not touched. Wound closed primarily.`,
    code: '27329',
  },
  // g5. A "Pre-op:" line heads the diagnosis, never the operation's name: its "for above-knee amputation"
  // is no stated name for the anatomy to contradict (the note keeps its code, ready).
  {
    klass: 'g5 Pre-op: a failed BKA for AKA, the knee disarticulated',
    text: `Pre-op: failed right below-knee amputation, for above-knee amputation.
The knee joint was opened and the limb was disarticulated through the knee. The patellar tendon was sutured to the cruciate stumps. The wound was closed over a drain.`,
    code: '27598',
    route: 'ready',
  },
  {
    klass: 'g5 PRE-OP: a non-healing BKA for AKA, the knee disarticulated',
    text: `PRE-OP: non-healing right BKA for AKA
The knee joint was opened and the limb was disarticulated through the knee. The patellar tendon was sutured to the cruciate stumps. The wound was closed over a drain.`,
    code: '27598',
    route: 'ready',
  },
  {
    klass: 'g5 Pre op: a chondrosarcoma for hindquarter amputation, the hip disarticulated',
    text: `Pre op: recurrent chondrosarcoma of the right proximal femur for hindquarter amputation
The femoral vessels were ligated and the limb was disarticulated at the hip joint and removed; no pelvic bone was cut. The gluteal flap was closed over drains.`,
    code: '27295',
    route: 'ready',
  },
  // g5 guards: a procedure heading, and its short form "Op:", still name the operation.
  {
    klass: 'g5 guard: Procedure: right above-knee amputation',
    text: `Procedure: right above-knee amputation.
The femur was divided 12 cm above the knee joint with a saw and the limb was removed. Myodesis. The wound was closed over a drain.`,
    code: '27590',
  },
  {
    klass: 'g5 guard: Op: left hip disarticulation',
    text: `Op: left hip disarticulation.
The femoral vessels were ligated and the limb was disarticulated at the hip joint and removed. Closure over a drain.`,
    code: '27295',
  },
  {
    klass: 'g2 guard: a traumatic amputation ten years ago and a re-amputation today',
    text: `He had a traumatic amputation of the right thigh ten years ago and today undergoes re-amputation. The femur was divided 4 cm higher and the flaps closed.`,
    code: '27596',
  },
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
  {
    klass: 'g4 she has a former amputation of the right thigh, the femur shortened',
    text: `She has a former amputation of the right thigh with an unstable scar over the bone end. The femur was shortened 2 cm and the stump was closed with a myodesis.`,
    code: '27596',
    review: true,
  },
  {
    klass: 'g4 the index above-knee amputation broke down, the femur shortened',
    text: `The index above-knee amputation on the right broke down. The femur was shortened 3 cm and the stump closed.`,
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
  {
    klass: 'g4 guard: the index operation was a left above-knee amputation',
    text: `The index operation was a left above-knee amputation for ischaemia: the femur was divided 10 cm above the knee with a saw and the limb was removed. The wound was closed over a drain.`,
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
  {
    klass: 'g6 excision of a 6 cm hibernoma of the medial thigh, in one piece',
    text: `Excision of a 6 cm hibernoma of the left medial thigh. The hibernoma was excised in one piece from beneath the adductor fascia and the wound was closed in layers.`,
    code: null,
    review: true,
  },
  {
    klass: 'g6 excision of a 7 cm intramuscular myxoma of the vastus lateralis',
    text: `Operation: excision of an intramuscular myxoma, 7 cm, from the right vastus lateralis. The myxoma was excised and the muscle repaired. Skin closed with staples.`,
    code: null,
    review: true,
  },
  {
    klass: 'g6 a benign peripheral nerve sheath tumour of 6 cm removed from the sciatic nerve',
    text: `Right posterior thigh. A benign peripheral nerve sheath tumour, 6 cm, was removed from the sciatic nerve under magnification, the fascicles preserved. The wound was closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g6 guard: an intramuscular myxoma resected en bloc with a wide margin',
    text: `Left thigh. The 8 cm intramuscular myxoma was resected en bloc with a wide margin of normal vastus medialis. No bone was taken. Closure over a drain.`,
    code: '27364',
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
