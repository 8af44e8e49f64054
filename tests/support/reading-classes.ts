/**
 * Whole-note probes for the reading classes of issue 10 still missed on blind sets: consent and plan
 * text, an addendum that corrects the body without pointing at it, a failed below-knee amputation
 * converted above the knee, a through-knee operation titled "above-knee", generic textbook and
 * case-series prose, case-report narration, and published surgical prose (technique steps in the
 * present or the imperative, "we", abstracts, agents, long sentences, British spelling). Written for these tests (several wordings per class,
 * none taken from a fixture or a blind set). tests/reading-classes.test.ts runs them through the whole
 * pipeline with the rules extractor.
 *
 * `code`: the code the anatomy decides. `review`: a `coder-review` route (with no code or this one)
 * is also an acceptable answer. `generic`: the text describes an operation in general or several
 * patients, so the code is exactly `code` (what the described anatomy supports, null where no single
 * operation of the family is described) and the route is coder review with a `note.generic` reason.
 * `findings`: finding ids the result must carry; `absent`: finding keys
 * it must not; `values`: element values; `claim` and `route`: the claim checked and the route it must
 * take (the claim-reading classes: the side of the operation, a status code of the other leg, the
 * admission read for the place of service, unticked boxes, consent). `standing` and `missing`: the
 * neighbours a note cannot split and the unstated fact that would (a soft-tissue resection, no size).
 * `draftSurgeons`: words the draft's surgeon section must show (the names).
 */
import type { ClaimInput } from '../../src/schemas/claim.ts';
import type { RouteDecision } from '../../src/schemas/findings.ts';

export interface ReadingProbe {
  readonly klass: string;
  readonly text: string;
  readonly code: string | null;
  readonly review?: boolean;
  /** The claim the note is checked against (default: none). */
  readonly claim?: ClaimInput;
  /** The route the note must take. */
  readonly route?: RouteDecision;
  readonly generic?: boolean;
  readonly findings?: readonly string[];
  /** Finding keys (`id` or `id:element`) the result must not carry. */
  readonly absent?: readonly string[];
  /** Element statuses the result must carry (e.g. the admission `documented`, or `negated`). */
  readonly statuses?: Readonly<Record<string, string>>;
  /** Element values the result must carry (e.g. the level of today's femoral cut, the modalities). */
  readonly values?: Readonly<Record<string, unknown>>;
  /**
   * The note cannot split these neighbours: no code, a `level.ambiguous` naming them (sorted) and the
   * unstated facts that decide (`missing`), and a `coder-review` route.
   */
  readonly standing?: readonly string[];
  readonly missing?: readonly string[];
  /** Words the draft operative note's "Surgeon and assistants" section must show (the names). */
  readonly draftSurgeons?: readonly string[];
  /** Procedure feature statuses the result's anatomy must carry (e.g. limb preservation `negated`). */
  readonly anatomy?: Readonly<Record<string, string>>;
}

/** The facts that name which part of the innominate bone a limb-sparing pelvic resection took. */
const PELVIC_PART = ['acetabulumResected', 'iliumOrRamusResected', 'innominateResected'];

export const readingProbes: readonly ReadingProbe[] = [
  // 1. consent, discussion and plan text names operations that were not done today
  {
    klass: '1 consent: above-knee amputation if the knee fails',
    text: `PROCEDURE: Left knee disarticulation.
INDICATIONS: Nonhealing ulcer and osteomyelitis of the left foot and tibia. We discussed that an above-knee amputation may be needed if the soft tissues over the condyles do not heal, and he accepted this.
DESCRIPTION: Under spinal anesthesia a long anterior flap was raised. The patellar tendon was released from the tibia. The knee joint was entered and the cruciate ligaments and the posterior capsule were divided. The leg was removed through the knee joint. The femoral condyles were left intact; no bone was cut. The patellar tendon was sutured to the cruciate stumps and the wound was closed over a drain.`,
    code: '27598',
  },
  {
    klass: '1 consent: risks including further amputation',
    text: `Operation: right above-knee amputation, primary.
Consent: the risks including bleeding, infection, wound breakdown, phantom pain, revision to a higher level, further amputation and death were explained and the patient signed.
Findings and technique: Fish-mouth flaps were marked 12 cm above the knee. The femoral vessels were ligated. The sciatic nerve was drawn down, ligated and cut. The femur was transected with an oscillating saw at the junction of the middle and distal thirds and the edges filed. Myodesis of the adductors was done through drill holes. The wound was closed in layers.`,
    code: '27590',
  },
  {
    klass: '1 plan: a hindquarter amputation would follow if the margins are involved',
    text: `Procedure: Right hip disarticulation for recurrent sarcoma of the proximal thigh.
Plan discussed with the family: should the frozen sections show tumour at the pelvic margin, a hindquarter amputation with division of the sacroiliac joint and the symphysis pubis would be required at a second sitting.
Description: Racquet incision. The femoral vessels were ligated in the groin and the nerves divided under tension. The muscles around the hip were divided at their insertions. The hip capsule was opened circumferentially, the ligamentum teres cut and the femoral head dislocated from the acetabulum. The limb was removed; the pelvis and the acetabulum were preserved and no femoral cut was made. The gluteal flap was closed over drains. Frozen sections were clear.`,
    code: '27295',
  },
  {
    klass: '1 options explained: amputation versus resection',
    text: `PROCEDURE: Radical resection of soft-tissue sarcoma, left posterior thigh.
INDICATIONS: 61-year-old with a myxofibrosarcoma. Options explained to him included an above-knee amputation or a limb-sparing wide excision; he chose the excision. The risk of later amputation was also explained.
OPERATION: The biopsy tract was ellipsed. The tumour was excised en bloc with a cuff of the hamstring muscles and the fascia, preserving the sciatic nerve. No bone was resected. The tumour measured 7.5 cm in greatest dimension. Margins were inked. The wound was closed over a drain.`,
    code: '27364',
  },
  {
    klass: '1 consent list: hip disarticulation among the risks',
    text: `Procedure performed: resection of the distal left femur en bloc and reconstruction with a distal femoral replacement.
Consent: risks discussed include infection, prosthetic failure, fracture, nerve injury, and the possibility of hip disarticulation or above-knee amputation should limb salvage fail.
Description: Medial approach. The biopsy tract was excised with the specimen. The femoral vessels were mobilised off the tumour. The femur was osteotomised 16 cm above the joint line and the knee joint was entered; the distal femur with the tumour was removed en bloc with wide margins. A cemented stem and a rotating hinge knee were implanted. Osteosarcoma of the distal femur on biopsy.`,
    code: '27365',
  },
  {
    klass: '1 consented first for another operation',
    text: `Procedure: Right knee disarticulation.
Indication: he was initially consented for an above-knee amputation but the thigh tissue was healthy, so a through-knee amputation was done instead. The knee capsule and cruciates were divided and the leg removed through the knee. No femoral cut. Closed.`,
    code: '27598',
  },
  {
    klass: '1 unpunctuated dictation: consent names a higher amputation',
    text: `this is doctor reyes dictating. the patient was consented for a right knee disarticulation and we discussed that an above knee amputation may be needed if the tissues are not viable. under general anesthesia the knee joint was entered anteriorly, the cruciate ligaments and the posterior capsule were divided and the leg was removed through the knee joint. the femoral condyles were left intact. the wound was closed over a drain.`,
    code: '27598',
  },
  // 2. an addendum corrects the body without pointing at the sentence it corrects
  {
    klass: '2 addendum: the wound was in fact left open',
    text: `PROCEDURE: Right above-knee amputation for wet gangrene.
DESCRIPTION: A circular incision was made at the mid-thigh. The vessels were ligated, the sciatic nerve was cut under traction and the femur was divided with a Gigli saw at the same level. The wound was closed primarily.
ADDENDUM: On review with the team, the wound was not closed. It was left open and packed with gauze for a planned return to theatre in 48 hours.`,
    code: '27592',
    review: true,
  },
  {
    klass: '2 addendum: the joint was not entered, the femur was cut',
    text: `Operation: left knee disarticulation.
Procedure: Under general anaesthesia, sagittal flaps were fashioned. The patellar tendon was detached and the knee joint opened; the cruciate ligaments were divided and the limb was removed through the knee.
Addendum (dictated the next day): correction to the above. The femoral condyles were resected with the saw and the femur was transected 2 cm above the joint line because of cartilage erosion; the knee was not disarticulated.`,
    code: '27590',
    review: true,
  },
  {
    klass: '2 addendum: a larger size measured on the specimen',
    text: `PROCEDURE: Wide excision of a soft-tissue sarcoma of the right anterior thigh.
DESCRIPTION: The tumour, about 4 cm, was excised en bloc within the vastus lateralis with a cuff of normal muscle. No bone was involved or resected. The wound was closed over a drain.
ADDENDUM: After fixation the tumour itself measured 6.5 cm in greatest dimension; this supersedes the size given above.`,
    code: '27364',
    review: true,
  },
  {
    klass: '2 addendum: a prior amputation of this thigh',
    text: `Procedure: Left above-knee amputation.
Description: Anterior and posterior flaps were raised. The femoral artery and vein were ligated. The femur was transected with a power saw 10 cm above the adductor tubercle. The wound was closed in layers over a drain.
Addendum: this was a revision. The patient had a left above-knee amputation in 2021 at an outside hospital; the femur was cut today 5 cm proximal to the old bone end.`,
    code: '27596',
    review: true,
  },
  {
    klass: '2 addendum: a smaller size on the fresh specimen',
    text: `Procedure: Radical excision of a soft-tissue sarcoma of the left medial thigh.
Description: The mass, estimated at 6 cm, was excised en bloc with the overlying fascia and a cuff of the adductor muscles. The femur was not exposed and no bone was removed. Closure over a drain.
Addendum: on the fresh specimen the tumour's greatest dimension was 3.8 cm, with the narrowest margin 0.5 cm.`,
    code: '27329',
    review: true,
  },
  {
    klass: '2 addendum: the wound was in fact closed',
    text: `PROCEDURE: Left above-knee amputation, open.
DESCRIPTION: Circular incision at the distal thigh. The femoral vessels were ligated and the sciatic nerve divided. The femur was cut with a Gigli saw. The wound was left open and packed.
ADDENDUM: The skin was in fact closed primarily over a drain at the end of the case; there was no packing.`,
    code: '27590',
    review: true,
  },
  {
    klass: '2 addendum: disarticulated, not transected',
    text: `Procedure: Right thigh amputation.
Description: Anterior and posterior flaps. The femoral vessels were ligated. The femur was transected above the condyles and the limb removed. Closed in layers.
Addendum: on reflection the femur was not transected; the leg was disarticulated through the knee joint and the condyles were kept.`,
    code: '27598',
    review: true,
  },
  {
    klass: '2 addendum: the femur was divided at another level',
    text: `Procedure: Left above-knee amputation.
Description: Flaps were raised. The femoral vessels were ligated. The femur was divided at the distal third with a saw. The limb was removed and the wound closed in layers.
Addendum: the femur was in fact divided at the mid-shaft.`,
    code: '27590',
    values: { newResectionLevel: 'mid-shaft' },
  },
  // 3. a failed below-knee amputation converted above the knee (other leg possibly amputated long ago)
  {
    klass: '3 conversion of a failed BKA, old AKA of the other leg',
    text: `PROCEDURE: Conversion of failed right below-knee amputation to right above-knee amputation.
HISTORY: Left above-knee amputation in 2018 for ischemia. The right below-knee stump has broken down with exposed tibia.
DESCRIPTION: Fish-mouth incision on the right thigh. The superficial femoral vessels were ligated. The sciatic nerve was ligated and divided. The right femur was cut with an oscillating saw 12 cm above the knee. The below-knee stump was removed with the distal thigh. The wound was closed in layers.`,
    code: '27590',
  },
  {
    klass: '3 non-healing BKA revised to a transfemoral level',
    text: `Operation: revision of non-healing left BKA to a transfemoral amputation.
Background: He had a left below-knee amputation six weeks ago that has failed to heal, with necrosis of the posterior flap. He also had a right AKA years ago.
Technique: Equal anterior and posterior flaps were made in the left thigh. After ligation of the femoral vessels and traction neurectomy of the sciatic nerve, the left femur was transected at the mid-shaft. The specimen, consisting of the left leg below the mid-thigh including the failed below-knee stump, was sent to pathology. Myodesis was done and the wound closed.`,
    code: '27590',
  },
  {
    klass: '3 BKA stump elevated above the knee',
    text: `Pre-op diagnosis: infected right below-knee amputation stump.
Procedure: Right above-knee amputation (elevation of a failed BKA).
Prior surgery: right BKA in March; left AKA remote.
Operative note: Tourniquet not used. Flaps were raised 10 cm above the patella. The femoral artery and vein were doubly ligated; the sciatic nerve was transected proximally. The femur was divided with a saw and its edges rasped. The amputated part, including the infected below-knee stump, was passed off. Closure in layers over a drain.`,
    code: '27590',
  },
  {
    klass: '3 conversion left open',
    text: `PROCEDURE: Guillotine conversion of a septic left below-knee amputation to above-knee.
HISTORY: Right above-knee amputation in 2015.
DESCRIPTION: A circumferential incision was made at the distal third of the left thigh. The vessels were clamped and tied. The left femur was cut at the same level with a Gigli saw. The wound was left open and packed, for a formal closure in 48 hours.`,
    code: '27592',
  },
  {
    klass: '3 revision amputation from below-knee to above-knee level',
    text: `PROCEDURE: Revision amputation, right lower extremity, from below-knee to above-knee level.
HISTORY: right BKA 3 weeks ago, wound dehiscence. Remote left AKA.
DESCRIPTION: The right femur was divided at the distal third with an oscillating saw, the sciatic nerve was ligated and cut, and the leg including the BKA stump was removed. Myodesis. Closure.`,
    code: '27590',
  },
  {
    klass: '3 re-amputation above the knee after a failed below-knee amputation',
    text: `Procedure: right above-knee re-amputation (previous right below-knee amputation failed).
The femur was sawn through at the mid-thigh, and the right leg was removed. Closure in layers. She had a left above-knee amputation in 2019.`,
    code: '27590',
  },
  {
    klass: '3 re-amputation of an infected BKA stump, other leg amputated above the knee',
    text: `Operation: Re-amputation, left leg, at the transfemoral level.
Indication: infected left below-knee stump; she lost the right leg above the knee years ago.
Technique: Anterior and posterior flaps in the left thigh. Femoral vessels ligated, sciatic nerve divided proximally. The left femur was cut 12 cm above the knee and the limb removed. Closed over a drain.`,
    code: '27590',
  },
  // 4. a through-knee operation titled "above-knee amputation"
  {
    klass: '4 titled AKA, described through the knee',
    text: `PROCEDURE: Right above-knee amputation.
DESCRIPTION: A long anterior flap and short posterior flap were raised around the knee. The patellar tendon was detached from the tibial tubercle. The knee joint was entered anteriorly; the collateral and cruciate ligaments and the posterior capsule were divided, and the leg was removed through the knee joint. The femoral condyles were left in place; the femur was not cut. The patellar tendon was sutured to the cruciate remnants and the flaps closed over a drain.`,
    code: '27598',
    findings: ['level.label-conflict'],
  },
  {
    klass: '4 titled transfemoral, described as disarticulation',
    text: `Operation: Left transfemoral amputation.
Technique: Sagittal flaps. The knee was disarticulated by dividing the capsule, the cruciate ligaments and the hamstring tendons at the joint line, and the tibia with the foot was removed. The articular cartilage of the femoral condyles was left; no femoral osteotomy was made. Closure over a drain.`,
    code: '27598',
    findings: ['level.label-conflict'],
  },
  {
    klass: '4 titled AKA in the header, through-knee in the body',
    text: `Left AKA
Indication: wet gangrene of the left foot, poor tibial inflow.
Procedure: Under spinal, flaps raised at the level of the tibial plateau. Patellar tendon off the tubercle. The leg was disarticulated at the knee through the joint capsule and the cruciate ligaments. Femur left intact with the condyles; no saw was used. Hamstrings tenodesed to the cruciates. Closed in layers.`,
    code: '27598',
    findings: ['level.label-conflict'],
  },
  {
    klass: '4 titled AKA, knee joint opened, condyles kept',
    text: `Title: left above-knee amputation
The patella was left attached to the quadriceps. We entered the knee joint, cut the medial and lateral collateral ligaments, both cruciates and the posterior capsule, and took the leg off at the joint. There was no bone cut; the condyles were preserved. The wound was closed over a drain.`,
    code: '27598',
    findings: ['level.label-conflict'],
  },
  // 5. generic textbook, atlas and case-series prose: no index operation, so the described anatomy
  // decides the code (none where several operations or none of the family are described) and the
  // note goes to coder review
  {
    klass: '5 atlas description of a hindquarter amputation',
    text: `Hindquarter amputation: technique.
The patient is placed in the lateral position. The surgeon then incises along the iliac crest and the inguinal ligament. The external iliac vessels are ligated. The symphysis pubis is divided and the sacroiliac joint is opened from in front. The limb with the hemipelvis is then removed and the posterior flap is closed over drains.`,
    code: '27290',
    generic: true,
  },
  {
    klass: '5 textbook: what one should do',
    text: `Knee disarticulation. One should preserve the patellar tendon and the cruciate ligaments for the tenodesis. The knee joint is opened anteriorly, the capsule is divided circumferentially and the leg is removed through the joint; the femoral condyles are not cut. The patellar tendon is sutured to the cruciate stumps.`,
    code: '27598',
    generic: true,
  },
  {
    klass: '5 case series of several patients',
    text: `Between 2009 and 2019, fourteen patients with pelvic sarcoma were treated by amputation at our centre. Eleven patients underwent hindquarter amputation and three underwent hip disarticulation. In the hindquarter amputations the sacroiliac joint and the symphysis were divided; in the disarticulations the femoral head was dislocated from the acetabulum. Wound complications occurred in six patients.`,
    code: null,
    generic: true,
  },
  {
    klass: '5 textbook: the femur is divided',
    text: `Above-knee amputation. The level of bone section is chosen to leave the longest possible lever. Anterior and posterior flaps are fashioned. The femoral vessels are ligated separately and the sciatic nerve is divided under tension. The femur is then divided with a saw and the cut end is smoothed. Myodesis improves control of the residual limb. The wound is closed in layers.`,
    code: '27590',
    generic: true,
  },
  {
    klass: '5 review of patients after knee disarticulation and revision',
    text: `We reviewed 23 patients. Nine had a knee disarticulation, in whom the knee joint was opened and the leg removed through it. Fourteen had a revision above-knee amputation, in whom the femur was transected proximal to the previous bone end. Patients were followed for a mean of four years.`,
    code: null,
    generic: true,
  },
  {
    klass: '5 abstract of a series: amputations and limbs counted',
    text: `Purpose: to report outcomes of transfemoral amputation in patients with critical limb ischemia. Methods: 112 consecutive amputations were performed between 2015 and 2020. Results: the femur was transected at the mid-thigh in 87 limbs. Conclusion: primary healing was achieved in 71%.`,
    code: '27590',
    generic: true,
  },
  {
    klass: '5 textbook: lengthening of a short stump (no family code)',
    text: `The residual femur of a short transfemoral amputation can be lengthened by distraction osteogenesis. The femur is osteotomised and a monolateral frame is applied, and lengthening proceeds at 1 mm per day.`,
    code: null,
    generic: true,
  },
  {
    klass: '5 textbook: total femoral resection in general',
    text: `Total femoral resection is indicated when the tumour involves most of the femur. The femur is removed in its entirety, disarticulating both the hip and the knee, and a total femoral prosthesis is implanted.`,
    code: null,
    generic: true,
  },
  {
    klass: '5 a report of two cases',
    text: `Case 1. A 60-year-old woman underwent a right hip disarticulation for osteosarcoma; the femoral head was dislocated and the limb removed. Case 2. A 72-year-old man underwent a left above-knee amputation; the femur was transected at the mid-thigh.`,
    code: null,
    generic: true,
  },
  // 6. case-report narration: the past tense is the index operation
  {
    klass: '6 case report: underwent hindquarter amputation',
    text: `A 54-year-old man presented with a chondrosarcoma of the left ilium. He underwent a hindquarter amputation. The left sacroiliac joint was divided with an osteotome and the pubic symphysis was divided. The left lower limb was removed together with the hemipelvis, and the posterior flap was closed. He recovered well.`,
    code: '27290',
  },
  {
    klass: '6 case report: she was taken to theatre for a knee disarticulation',
    text: `Case report. A 71-year-old woman had a septic right knee with a failed arthroplasty. She was taken to the operating room, where a right knee disarticulation was performed: the knee joint was opened, the capsule and ligaments were divided and the leg removed through the joint. The femoral condyles were not cut. The flaps healed by three weeks.`,
    code: '27598',
  },
  {
    klass: '6 case report: revision of an old AKA',
    text: `A 48-year-old man with a right above-knee amputation performed in 2010 for trauma presented with a painful bony spur of the stump. He underwent revision of the stump: the right femur was shortened by 4 cm with a saw at a new level, the spur was excised and the muscles re-attached. He returned to prosthetic use.`,
    code: '27596',
  },
  {
    klass: '6 case report: resection of the distal femur',
    text: `We report a 19-year-old man with osteosarcoma of the right distal femur. After neoadjuvant chemotherapy he underwent wide resection of the distal femur en bloc, with the osteotomy 15 cm above the joint line, and reconstruction with a modular endoprosthesis. Margins were clear.`,
    code: '27365',
  },
  {
    klass: '6 case report: a woman treated by hip disarticulation',
    text: `Case presentation. A 63-year-old woman with an osteosarcoma of the proximal right femur was treated by hip disarticulation. The femoral vessels were ligated, the hip capsule was opened and the femoral head was dislocated from the acetabulum; the limb was removed and the acetabulum was preserved. No femoral cut was made. The wound healed without event.`,
    code: '27295',
  },
  {
    klass: '6 case report: underwent through the SI joint',
    text: `A 39-year-old man was referred with a large chondrosarcoma of the right ilium. In 2024 he underwent biopsy elsewhere. He then underwent external hemipelvectomy at our institution: the right sacroiliac joint was disarticulated, the symphysis pubis was divided, and the right leg was removed with the hemipelvis. A posterior flap was used for closure.`,
    code: '27290',
  },
  // 14. a wrong-side claim against a clear operative side: the side is read from the operation (its
  // narrative, title, template field), not from every side word (the other leg positioned, padded,
  // marked in error, its history, a diagnosis list); the claim is to fix
  {
    klass: '14 wrong-side claim: history of an old AKA and a prosthesis on the other leg',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
History: left above-knee amputation in 2015; she walks with a left prosthesis and the left stump is well healed. Now wet gangrene of the right foot.
Description: The right thigh was prepped and draped. The femoral vessels were ligated and the sciatic nerve divided. The femur was transected with a saw at the mid-thigh. The wound was closed in layers.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: '14 wrong-side claim: the other leg padded and secured in the narrative',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `PROCEDURE: Above-knee amputation for ischaemic rest pain and necrosis of the forefoot.
DESCRIPTION: The patient was positioned supine; the left leg was padded and secured to the table. Fish-mouth flaps were marked on the right thigh. The femoral artery and vein were ligated, the sciatic nerve was divided, and the femur was cut with an oscillating saw 10 cm above the knee. Closure in layers over a drain.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: '14 wrong-side claim: the other leg marked in error at the time-out',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Operation: transfemoral amputation.
Time out: the left leg had been marked in error on the ward and the mark was removed; the right leg was re-marked and confirmed with the patient.
Technique: Flaps were raised. The vessels were ligated, the sciatic nerve divided and the femur cut with a saw 12 cm above the joint line. The limb was removed and the wound closed in layers.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: '14 wrong-side claim: a diagnosis list naming the other side more often',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Preoperative diagnoses: 1. Left knee osteoarthritis. 2. Left carotid stenosis. 3. Gangrene of the right foot.
Procedure: AKA.
Description: The right thigh was prepped. The femoral vessels were ligated and the sciatic nerve divided. The femur was transected with a saw at the distal third. The leg was removed and the wound was closed in layers.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: '14 wrong-side claim: an operative-side field with ticked and unticked boxes',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation
Operative side: [ ] Left [x] Right
Description: Anterior and posterior flaps. Femoral vessels ligated, sciatic nerve divided. Femur transected with a saw at mid-thigh. Closed in layers.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: '14 wrong-side claim: raw speech, the other leg on a gel pad',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `this is doctor ames dictating an above knee amputation period the right leg was placed on a gel pad and padded at the heel period the left thigh was prepped comma flaps were raised comma the femoral vessels were ligated and the sciatic nerve cut period the femur was sawn through at the mid thigh period closed in layers period`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: '14 wrong-side claim: a booking title on the other side, corrected in the performed title',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Booked procedure: left above-knee amputation.
Procedure performed: right above-knee amputation (the booking side was wrong and was corrected at the time-out).
Description: The right femoral vessels were ligated, the sciatic nerve divided and the right femur transected at the mid-thigh. Closed in layers.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  // sd-2 (round 2, issue 10). "left" as a verb or participle is no side ("the condyles were left intact",
  // "drain left in situ", "we left a cuff", "nothing was left behind", "the wound was left open"), nor is
  // "right" in a phrase ("a right angle", "right away", "right down to", "all right"). A note whose only
  // side word is such a verb or phrase states no side: the side is queried, a claim's side modifier is
  // not contradicted. Guards: the side stated as an adjective, a letter, a field or "on the left".
  {
    klass: 'sd-2 left as a verb: the periosteum was left intact over the distal femur (claim RT)',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `Procedure: Above-knee amputation for ischaemia.
Description: Fish-mouth flaps were marked. The femoral vessels were ligated and the sciatic nerve was cut under traction. The femur was transected with a saw at the mid-thigh. The periosteum was left intact over the distal femur. The wound was closed over a drain.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
    absent: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sd-2 left as a verb: drain left in situ in the thigh (bullets)',
    text: `Op: AKA for wet gangrene
- Equal anterior and posterior flaps
- Femoral vessels ligated, sciatic nerve divided
- Femur sawn at the junction of the middle and distal thirds, limb removed
- Drain left in situ in the thigh, closed in layers`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'sd-2 left as a verb: we left a cuff of vastus on the femur (first person)',
    text: `This 71-year-old man with a necrotic foot. We raised long anterior and short posterior flaps. We ligated the femoral vessels and divided the sciatic nerve. We cut the femur with an oscillating saw 12 cm above the knee and left a cuff of vastus lateralis on the femur for the myodesis. We removed the leg and closed in layers.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass:
      'sd-2 left as a verb: nothing was left behind in the thigh, the cartilage left in place (claim LT)',
    claim: { cpt: '27598', modifiers: ['LT'] },
    text: `Procedure: knee disarticulation.
Description: The knee joint was entered through an anterior flap; the cruciate ligaments and the posterior capsule were divided and the leg was removed through the knee. The articular cartilage was left in place over the femoral condyles and no bone was cut. Swab count correct; nothing was left behind in the thigh. Closed over a drain.`,
    code: '27598',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'sd-2 left as a verb: raw speech, the wound was left open over the stump',
    text: `this is doctor okafor dictating a guillotine amputation through the thigh for sepsis period the soft tissues were divided circumferentially and the femur was sawn through at the mid thigh period the vessels were tied period the wound was left open over the stump and packed period`,
    code: '27592',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass:
      'sd-2 right as no side: a right angle around the femoral artery, right down to the femur (British)',
    text: `Operation: transfemoral amputation.
Technique: Skin flaps fashioned. Using a right angle, the femoral artery and vein were isolated and ligated. Dissection was carried right down to the femur, which was divided with a power saw. Sciatic nerve ligated and cut. Haemostasis; closure over a drain.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'sd-2 right as no side: all right, right away, right through the thigh muscles (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
Description: All right, the thigh was prepped and a tourniquet was not used. The flaps were cut right through the thigh muscles. The femoral vessels were ligated right away. The femur was divided with a saw and the leg removed. Layered closure.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'sd-2 guard: left AKA titled, the condyles of the stump left intact (claim RT)',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `Procedure: Left AKA.
Description: Flaps raised. Femoral vessels ligated. The femur was divided at the mid-thigh; the periosteum was left intact over the distal femur. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sd-2 guard: on the left, the left femur, drain left in situ (claim RT)',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `Procedure: above-knee amputation on the left.
Description: The left femur was transected with a saw at the mid-thigh and the leg removed. A drain was left in situ in the thigh and the wound was closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sd-2 guard: Side: left field and left-sided, we left a cuff (claim RT)',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `Procedure: transfemoral amputation
Side: left
Description: Left-sided gangrene. Flaps raised, vessels ligated, the femur cut with a saw and we left a cuff of vastus lateralis on the femur. Closed in layers.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sd-2 guard: L thigh and a left above-knee amputation, wound left open (claim RT)',
    claim: { cpt: '27592', modifiers: ['RT'] },
    text: `Procedure: open left above-knee amputation, guillotine, for sepsis of the L thigh.
Description: Circular division of the soft tissues; the femur was sawn through at the mid-thigh. The wound was left open and packed.`,
    code: '27592',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sd-2 guard: a right through-knee amputation, the condyles left intact (claim LT)',
    claim: { cpt: '27598', modifiers: ['LT'] },
    text: `Procedure: Right through-knee amputation.
Description: The knee joint was opened, the cruciates and the posterior capsule divided and the leg removed. The condyles were left intact. Closed over a drain.`,
    code: '27598',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sd-2 side stated: the operative side is right, a right angle used (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation; the operative side is right.
Description: Flaps raised. A right angle was passed around the femoral artery, which was ligated. The femur was divided with a saw and the leg removed. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  // bl-3 (round 2, issue 10). A template side field documents only the side it states: a blank
  // ("Laterality: ____", "Side: [ ]", "Laterality:" with nothing on its line, "Side: (not recorded)")
  // or both sides offered ("Side: ____ (left / right)", "L / R", "[left/right]") states none; an item
  // whose box is empty or whose answer is "no" is not the side ("Left: [ ]  Right: [x]", "Left: no
  // Right: yes", "| Side | Left [ ] | Right [x] |", letters "L [ ] R [x]"); a side word after the next
  // field's label ("Side: ____  Position: … left arm …") is not the side field's value.
  {
    klass: 'bl-3 blank field: Side ____ with the choices (left / right) printed after it',
    text: `OPERATIVE RECORD
Procedure: above-knee amputation
Side: ____ (left / right)
Anaesthetic: spinal
Description: Anterior and posterior flaps. Femoral vessels ligated, sciatic nerve divided under tension. Femur transected with an oscillating saw at mid-thigh and the limb removed. Closed in layers over a drain.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'bl-3 blank field: Laterality left / right (circle one), nothing circled (claim LT)',
    claim: { cpt: '27598', modifiers: ['LT'] },
    text: `Procedure: knee disarticulation
Laterality: left / right (circle one)
Technique: The patellar tendon was detached, the knee joint entered, the cruciate ligaments and posterior capsule divided and the leg removed through the joint. No bone cut. Closed over a drain.`,
    code: '27598',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'bl-3 blank field: Laterality [Left/Right] left as printed, with a terse body',
    text: `Op: transfemoral amputation.
Laterality: [Left/Right]
- Flaps marked, vessels ligated, sciatic nerve cut
- Femur divided with a saw 12 cm above the knee, leg removed
- Closed`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'bl-3 blank field: the next field on the line names the left arm',
    text: `Procedure: above-knee amputation
Side: ____   Position: supine, left arm on an arm board
Description: Flaps raised. The femoral vessels were ligated and the sciatic nerve divided. The femur was cut with a saw at the mid-thigh and the limb removed. Closure in layers.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'bl-3 boxes: Left: [ ]  Right: [x] is the right side (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation
Operative side: Left: [ ]  Right: [x]
Description: Flaps raised, femoral vessels ligated, sciatic nerve divided, femur sawn at mid-thigh, leg removed. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'bl-3 boxes: a table row | Side | Left [ ] | Right [x] | (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `| Procedure | Above-knee amputation |
| Side | Left [ ] | Right [x] |
Description: The femoral vessels were ligated and the sciatic nerve divided. The femur was transected with a saw and the limb removed. Layered closure.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'bl-3 answers: Laterality Left: no  Right: yes (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: AKA
Laterality: Left: no  Right: yes
Notes: flaps, vessels ligated, sciatic nerve cut, femur divided with a saw at the distal third, leg removed, closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'bl-3 boxes: letters, Side: L [ ] R [x] (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation
Side: L [ ] R [x]
Description: Fish-mouth flaps. Femoral vessels ligated. Sciatic nerve divided. Femur sawn 10 cm above the knee; limb removed. Closed over a drain.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'bl-3 guard: Laterality ____ blank, nothing else states a side',
    text: `Procedure: above-knee amputation
Laterality: ____
Description: Flaps raised. The femoral vessels were ligated and the sciatic nerve divided. The femur was cut with a saw at the mid-thigh and the limb removed. Closed.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'bl-3 guard: Side: [ ] and Laterality: with nothing on the line',
    text: `Procedure: knee disarticulation
Side: [ ]
Laterality:
Description: The knee joint was entered, the cruciates and the posterior capsule divided and the leg removed through the knee. No bone was cut. Closed.`,
    code: '27598',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'bl-3 guard: Side: (not recorded)',
    text: `Procedure: above-knee amputation
Side: (not recorded)
Description: Flaps raised. The femoral vessels were ligated and the sciatic nerve divided. The femur was cut with a saw and the limb removed. Closed.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
  },
  {
    klass: 'bl-3 guard: Side: Left [x] Right [ ], and Side: left with the next field (claim RT)',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `Procedure: above-knee amputation
Side: Left [x] Right [ ]
Site: left  Position: supine
Description: Flaps raised, vessels ligated, sciatic nerve cut, femur sawn at mid-thigh, limb removed. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  // it-3 (round 2, issue 10). Template items answered on one line: each answer is its own item's ("MRI:
  // yes  CT: no" documents the MRI; "MRI - no  CT - yes" the CT; leaders and table cells alike). A
  // "no" answer does not reach back over another item's label, and a "no" right after a label does not
  // reach forward to the next label. Guards: every item answered "no", a single "no", a ticked "no" box.
  {
    klass: 'it-3 items on one line: MRI: yes  CT: no documents the MRI',
    text: `Procedure: Right hip disarticulation for sarcoma of the proximal femur.
Imaging: MRI: yes  CT: no
Description: Racquet incision. The femoral vessels were ligated and the nerves divided. The hip capsule was opened, the ligamentum teres cut and the femoral head dislocated. The limb was removed. Closed over drains.`,
    code: '27295',
    statuses: { preopImaging: 'documented' },
    values: { preopImaging: ['MRI'] },
  },
  {
    klass: 'it-3 items on one line: MRI - no  CT - yes documents the CT',
    text: `Procedure: left hip disarticulation.
Staging: MRI - no  CT - yes
Description: The femoral vessels were ligated, the hip capsule opened circumferentially and the femoral head dislocated from the acetabulum; the limb was removed. The pelvis was preserved. Closure over drains.`,
    code: '27295',
    statuses: { preopImaging: 'documented' },
    values: { preopImaging: ['CT'] },
  },
  {
    klass: 'it-3 items on one line: leaders, MRI ........ yes   PET ........ none',
    text: `PREOPERATIVE CHECKLIST
MRI ........ yes   PET ........ none
Procedure: right hip disarticulation
Description: Femoral vessels ligated; capsule opened; femoral head dislocated; limb removed. Drains, closure.`,
    code: '27295',
    statuses: { preopImaging: 'documented' },
    values: { preopImaging: ['MRI'] },
  },
  {
    klass: 'it-3 items on one line: a table row | MRI | yes | CT | no |',
    text: `| Procedure | Left hip disarticulation |
| MRI | yes | CT | no |
Description: The femoral vessels were ligated and the nerves divided. The hip joint was opened and the femoral head dislocated; the limb was removed. Closed over drains.`,
    code: '27295',
    statuses: { preopImaging: 'documented' },
    values: { preopImaging: ['MRI'] },
  },
  {
    klass: 'it-3 items on one line: Tumor board reviewed: yes  Frozen section: no',
    text: `Procedure: Right hip disarticulation for chondrosarcoma of the proximal femur.
Tumor board reviewed: yes  Frozen section: no
Description: Racquet incision. Femoral vessels ligated, nerves divided, capsule opened, femoral head dislocated and the limb removed. Closed over drains.`,
    code: '27295',
    statuses: { tumorBoard: 'documented' },
  },
  {
    klass: 'it-3 guard: MRI: no  CT: no, every item answered no',
    text: `Procedure: Right hip disarticulation.
Imaging: MRI: no  CT: no
Description: The femoral vessels were ligated, the capsule opened and the femoral head dislocated; the limb was removed. Closed.`,
    code: '27295',
    statuses: { preopImaging: 'negated' },
  },
  {
    klass: 'it-3 guard: a ticked no box, Tumor board reviewed: [ ] Yes  [x] No',
    text: `Procedure: Left hip disarticulation.
Tumor board reviewed: [ ] Yes  [x] No
Description: The femoral vessels were ligated, the capsule opened and the femoral head dislocated; the limb was removed. Closed.`,
    code: '27295',
    statuses: { tumorBoard: 'negated' },
  },
  {
    klass: 'it-3 guard: a single item, Imaging: MRI pre-op: no',
    text: `Procedure: Right hip disarticulation.
Imaging: MRI pre-op: no
Description: The femoral vessels were ligated, the capsule opened and the femoral head dislocated; the limb was removed. Closed.`,
    code: '27295',
    statuses: { preopImaging: 'negated' },
  },
  // 8. a first above-knee amputation beside an old above-knee amputation of the other leg: the
  // other leg's status code (Z89.61x acquired absence) is a legitimate secondary diagnosis
  {
    klass: '8 other leg absent above the knee: Z89.612 on a right AKA',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261', 'Z89.612'], placeOfService: '21' },
    text: `PROCEDURE: Right above-knee amputation.
HISTORY: Left above-knee amputation in 2019 for ischemia; he uses a left prosthesis. Now gangrene of the right foot with no reconstructable inflow.
DESCRIPTION: Anterior and posterior flaps were raised on the right thigh. The femoral vessels were ligated and the sciatic nerve was divided under traction. The right femur was transected with an oscillating saw at the junction of the middle and distal thirds. Myodesis of the adductors. The wound was closed in layers.`,
    code: '27590',
    route: 'ready',
    absent: ['dx.laterality-conflict'],
  },
  {
    klass: '8 other leg absent above the knee: terse history, Z89.611 on a left AKA',
    claim: { cpt: '27590', modifiers: ['LT'], icd10: ['I96', 'Z89.611'] },
    text: `Procedure: above-knee amputation, left.
PMH: AKA on the right in 2016; wheelchair.
Technique: fish-mouth flaps on the left thigh. Femoral vessels ligated; sciatic nerve ligated and cut. Left femur cut with a saw at mid-thigh. Closed in layers over a drain.`,
    code: '27590',
    route: 'ready',
    absent: ['dx.laterality-conflict'],
  },
  {
    klass: '8 other leg absent above the knee: "contralateral" history',
    claim: { cpt: '27590', modifiers: ['LT'], icd10: ['I96', 'Z89.611'] },
    text: `Operation: left above-knee amputation.
Background: previous contralateral above-knee amputation in 2014.
Description: The left femoral vessels were ligated and the sciatic nerve divided. The left femur was sawn through at the distal third. The leg was removed and the wound closed in layers.`,
    code: '27590',
    route: 'ready',
    absent: ['dx.laterality-conflict'],
  },
  {
    klass: '8 other leg absent above the knee: "lost the other leg", British spelling',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261', 'Z89.612'] },
    text: `Operation: right transfemoral amputation for critical ischaemia.
He lost the other leg above the knee in 2010 and wears a prosthesis on that side.
The right femur was divided with a saw 12 cm above the knee after ligation of the femoral vessels and division of the sciatic nerve. The limb was removed. Closure in layers.`,
    code: '27590',
    route: 'ready',
    absent: ['dx.laterality-conflict'],
  },
  {
    klass: '8 other leg absent above the knee: status code listed first',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['Z89.612', 'I70.261'] },
    text: `Procedure: right AKA.
History: left AKA 2018, prosthesis user.
The right femur was transected at the mid-shaft with a saw, the vessels ligated and the sciatic nerve cut. The limb was removed. Closed.`,
    code: '27590',
    route: 'ready',
    absent: ['dx.laterality-conflict'],
  },
  // 9. the inpatient admission is read in its several wordings (27596 is inpatient-only: billed at
  // place of service 22 it is a claim to fix, not a query); a day case or "not required" negates it
  {
    klass: '9 admission: an admit order to a service in the plan',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '22' },
    text: `PROCEDURE: Revision of left above-knee amputation.
INDICATIONS: Left above-knee amputation in 2022. The left stump is infected, with exposed femur; cultures grew MRSA.
DESCRIPTION: The old scar was excised. The femur was exposed and shortened by 4 cm with a saw to a new level at the proximal third. Myodesis. The wound was closed over a drain.
PLAN: Admit to orthopaedics for IV vancomycin.`,
    code: '27596',
    route: 'fix-claim',
    findings: ['pos.inpatient-only'],
    statuses: { inpatientAdmission: 'documented' },
  },
  {
    klass: '9 admission: British "day of surgery admission"',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '22' },
    text: `Operation: re-amputation of the right transfemoral stump.
Background: right AKA 2020 for trauma; painful bone spur and recurrent ulceration of the stump.
Day of surgery admission.
Procedure: The scar was ellipsed. The femur was divided with an oscillating saw 3 cm proximal to the old bone end. The muscles were re-attached by myodesis and the wound closed in layers.`,
    code: '27596',
    route: 'fix-claim',
    findings: ['pos.inpatient-only'],
    statuses: { inpatientAdmission: 'documented' },
  },
  {
    klass: '9 admission: "remains an in-patient" on the ward',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '22' },
    text: `Procedure: left AKA revision, bone shortened.
Indication: previous left above-knee amputation in 2019; non-healing stump with osteomyelitis of the femur end.
Technique: Fish-mouth incision through the old scar. The femur was shortened by 5 cm with a saw. Myodesis through drill holes. Closed over a drain.
Disposition: remains an in-patient on the vascular ward.`,
    code: '27596',
    route: 'fix-claim',
    findings: ['pos.inpatient-only'],
    statuses: { inpatientAdmission: 'documented' },
  },
  {
    klass: '9 admission: a hyphenated patient-class field, "admit under" a consultant',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '22' },
    text: `Patient class: In-patient
Procedure: revision of right above-knee amputation.
History: right AKA in 2018. Infected stump.
Description: The old scar was excised and the femur was cut 4 cm more proximally with a saw. Myodesis. Closure in layers.
Admit under Mr Okafor.`,
    code: '27596',
    route: 'fix-claim',
    findings: ['pos.inpatient-only'],
    statuses: { inpatientAdmission: 'documented' },
  },
  {
    klass: '9 admission: a day case states no admission',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '22' },
    text: `Procedure: Revision of left above-knee amputation.
History: left AKA in 2021; bony prominence with skin breakdown.
Day case.
Description: Through the old scar, the femur was shortened by 2 cm with a saw. Myodesis. Closure.`,
    code: '27596',
    statuses: { inpatientAdmission: 'negated' },
  },
  {
    klass: '9 admission: "admission not required" states no admission',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '22' },
    text: `Procedure: Right AKA revision.
History: right above-knee amputation in 2017, painful spur.
Description: The spur was excised and the femur shortened by 2 cm with a saw. Myodesis. Closed in layers.
Disposition: admission not required; home with his wife.`,
    code: '27596',
    statuses: { inpatientAdmission: 'negated' },
  },
  {
    klass: '9 admission (guard): discharged home the same day',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '22' },
    text: `Procedure: Right AKA revision.
History: right above-knee amputation in 2017, painful spur.
Description: The spur was excised and the femur shortened by 2 cm with a saw. Myodesis. Closed in layers.
Disposition: discharged home the same day.`,
    code: '27596',
    statuses: { inpatientAdmission: 'negated' },
  },
  // 10. an admission for an earlier episode of care is not today's admission (billed at place of
  // service 21, the admission of today is a gap to query)
  {
    klass: '10 past admission: admitted with sepsis in 2019',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '21' },
    text: `Procedure: Revision of left above-knee amputation.
History: left AKA in 2018. He was admitted with urosepsis in 2019 and recovered. Now a painful, ulcerated stump.
Description: Through the old scar, the femur was shortened by 3 cm with a saw. Myodesis. The wound was closed in layers.`,
    code: '27596',
    route: 'query-physician',
    findings: ['doc.missing'],
    statuses: { inpatientAdmission: 'not_mentioned' },
  },
  {
    klass: '10 past admission: a hospital admission years ago for another illness',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '21' },
    text: `PROCEDURE: Right AKA revision with shortening of the femur.
PMH: right above-knee amputation 2016; hospital admission three years ago for a myocardial infarction.
DESCRIPTION: The old scar was excised and the femur cut 4 cm proximal to its end with a saw. Myodesis. Closure over a drain.`,
    code: '27596',
    route: 'query-physician',
    findings: ['doc.missing'],
    statuses: { inpatientAdmission: 'not_mentioned' },
  },
  {
    klass: '10 past admission: a previous admission, with a date',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '21' },
    text: `Operation: revision of the left transfemoral stump.
Background: left AKA 2015. She was previously admitted under the medical team for pneumonia. Now an exposed femur end.
Operation details: The femur was shortened by 3 cm with a saw through the old scar. Myodesis. Closed in layers.`,
    code: '27596',
    route: 'query-physician',
    findings: ['doc.missing'],
    statuses: { inpatientAdmission: 'not_mentioned' },
  },
  {
    klass: "10 past admission beside today's: the current admission still counts",
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '22' },
    text: `Procedure: Right AKA revision.
History: right AKA 2014; admitted in 2019 with a stump abscess, drained. Now admitted to the ward with a chronic sinus and exposed bone.
Description: The sinus tract and the old scar were excised, the femur shortened 3 cm with a saw. Myodesis. Closed over a drain.`,
    code: '27596',
    route: 'fix-claim',
    findings: ['pos.inpatient-only'],
    statuses: { inpatientAdmission: 'documented' },
  },
  // 11. an unticked template box documents nothing, for every element; a ticked one documents it
  {
    klass: '11 template: only the ticked modality on a line of boxes after their items',
    text: `PROCEDURE: Left hindquarter amputation.
INDICATIONS: Chondrosarcoma of the left ilium, proven on core needle biopsy.
Imaging: MRI [x]  CT [ ]  PET [ ]
Tumor board: [x]
Consent: [x] signed
DESCRIPTION: The left sacroiliac joint was divided with an osteotome and the symphysis pubis was divided. The left lower limb was removed with the hemipelvis. The posterior flap was closed over drains.`,
    code: '27290',
    route: 'ready',
    values: { preopImaging: ['MRI'] },
  },
  {
    klass: '11 template: glyph boxes after their items, one ticked',
    text: `Procedure: right external hemipelvectomy.
Dx: pelvic osteosarcoma, right, biopsy confirmed.
Staging: MRI ☐  CT ☒  PET ☐
Sarcoma MDT: ☒
Informed consent obtained.
Operation: The right SI joint was divided, the pubic symphysis was divided, and the right leg with the hemipelvis was removed. Closure over drains.`,
    code: '27290',
    route: 'ready',
    values: { preopImaging: ['CT'] },
  },
  {
    klass: '11 template: imaging answered "no" after a dash',
    text: `PROCEDURE: Left hindquarter amputation.
INDICATIONS: Chondrosarcoma of the left ilium, proven on biopsy. Discussed at tumour board. Consent signed.
MRI - no
CT - no
DESCRIPTION: The left sacroiliac joint and the symphysis pubis were divided. The left limb was removed with the hemipelvis. The posterior flap was closed.`,
    code: '27290',
    route: 'query-physician',
    findings: ['doc.missing'],
    statuses: { preopImaging: 'negated' },
  },
  {
    klass: '11 template: a table whose tumor-board cell is empty',
    text: `Operation: Right hindquarter amputation
| Item | Done |
| Biopsy confirmed chondrosarcoma | [x] |
| MRI pelvis | [x] |
| Tumor board | [ ] |
| Consent signed | [x] |
Description: The right sacroiliac joint was divided and the symphysis pubis was divided. The right limb was removed with the hemipelvis. Posterior flap closure over drains.`,
    code: '27290',
    route: 'query-physician',
    statuses: { tumorBoard: 'not_mentioned' },
  },
  {
    klass: '11 template: tumour board answered in brackets and after an em dash',
    text: `PROCEDURE: Left hindquarter amputation.
INDICATIONS: Chondrosarcoma of the left ilium on biopsy. MRI and CT of the pelvis reviewed. Consent obtained.
Tumour board review — no
Staging PET (no)
DESCRIPTION: The left sacroiliac joint was divided and the symphysis pubis was divided. The limb was removed with the hemipelvis. Closure over drains.`,
    code: '27290',
    route: 'query-physician',
    statuses: { tumorBoard: 'negated' },
    values: { preopImaging: ['MRI', 'CT'] },
  },
  {
    klass: '11 template: consent answered "yes" after a dash',
    text: `PROCEDURE: Right hindquarter amputation.
INDICATIONS: Osteosarcoma of the right ilium on biopsy. MRI pelvis and CT chest done. Discussed at sarcoma MDT.
Consent - yes
DESCRIPTION: The right sacroiliac joint was divided and the pubic symphysis was divided. The right lower limb was removed with the hemipelvis. The flap was closed over drains.`,
    code: '27290',
    route: 'ready',
    statuses: { informedConsent: 'documented' },
  },
  // 12. consent for something else than the operation, or "consents" as a noun, is not its consent
  {
    klass: '12 consent: the patient consents to blood products only',
    text: `PROCEDURE: Left hindquarter amputation.
INDICATIONS: Chondrosarcoma of the left ilium, confirmed on biopsy. MRI and CT reviewed. Discussed at tumor board. The patient consents to blood products if needed.
DESCRIPTION: The left sacroiliac joint was divided and the symphysis pubis was divided. The left limb was removed with the hemipelvis. The posterior flap was closed over drains.`,
    code: '27290',
    route: 'query-physician',
    statuses: { informedConsent: 'not_mentioned' },
  },
  {
    klass: '12 consent: "family consents" discussed (a noun, nothing obtained)',
    text: `Procedure: Right external hemipelvectomy.
History: chondrosarcoma of the right ilium on biopsy; MRI and CT reviewed; sarcoma tumor board recommended surgery. The patient's family consents were discussed at length.
Description: The right sacroiliac joint and the symphysis were divided and the right leg was removed with the hemipelvis. Posterior flap closed.`,
    code: '27290',
    route: 'query-physician',
    statuses: { informedConsent: 'not_mentioned' },
  },
  {
    klass: '12 consent: consent for a transfusion and for photographs',
    text: `PROCEDURE: Left hindquarter amputation.
INDICATIONS: Chondrosarcoma of the left ilium on biopsy; CT and MRI staging; tumor board review done. Consent for blood transfusion was obtained, and he consented to photography for teaching.
DESCRIPTION: The left sacroiliac joint was divided and the pubic symphysis was divided. The left limb was removed with the hemipelvis. Closure over drains.`,
    code: '27290',
    route: 'query-physician',
    statuses: { informedConsent: 'not_mentioned' },
  },
  {
    klass: '12 consent (guard): she consents to the operation, and to blood',
    text: `PROCEDURE: Left hindquarter amputation.
INDICATIONS: Chondrosarcoma of the left ilium on biopsy; CT and MRI staging; tumor board review done. After a discussion of the options she consents to the hemipelvectomy and to blood products.
DESCRIPTION: The left sacroiliac joint was divided and the pubic symphysis was divided. The left limb was removed with the hemipelvis. Closure over drains.`,
    code: '27290',
    route: 'ready',
    statuses: { informedConsent: 'documented' },
  },
  {
    klass: '12 consent (guard): consent for the operation and for a transfusion',
    text: `PROCEDURE: Right hindquarter amputation.
INDICATIONS: Osteosarcoma of the right ilium on biopsy; MRI and CT reviewed; tumour board. Consent was obtained for the operation and for blood transfusion.
DESCRIPTION: The right sacroiliac joint was divided and the pubic symphysis was divided. The right limb was removed with the hemipelvis. Closure over drains.`,
    code: '27290',
    route: 'ready',
    statuses: { informedConsent: 'documented' },
  },
  // --- S: syntax, time and scope classes (issue 10, second blind round) -------------------------
  // S1. a nominal reference to an earlier act ("the original transection", "the index amputation level",
  //    "the initial cut", "the prior guillotine level") is history, not a femoral cut today
  {
    klass: 'S1 earlier act: femur exposed at the initial cut, second-stage closure',
    text: `PROCEDURE: Formal closure of right thigh amputation (stage two).
FINDINGS: The femur was exposed at the initial cut and found viable.
DESCRIPTION: The muscle edges were debrided back to bleeding tissue. The femur was, however, not re-cut. Myodesis of the adductor magnus through drill holes. Closure over a drain.`,
    code: '27594',
  },
  {
    klass: 'S1 earlier act: the original femoral transection had healed',
    text: `Operation: revision of right above-knee amputation stump (soft tissue).
Findings: the original femoral transection had healed with a rounded, well-padded bone end.
Procedure: the adherent scar and a neuroma of the sciatic nerve were excised. The femur was therefore not re-cut or shortened, and no bone was removed. The quadriceps were sutured to the adductors and the skin closed over a drain.`,
    code: '27594',
  },
  {
    klass: 'S1 earlier act: femur inspected at the index amputation level (terse)',
    text: `Dx: painful L AKA stump, adherent scar.
Proc: L AKA stump revision, soft tissue.
The femur was inspected at the index amputation level and was healthy. No osteotomy of the femur was done. Scar excised, muscle reattached, skin closed.`,
    code: '27594',
  },
  {
    klass: 'S1 earlier act: delayed closure at the prior guillotine level',
    text: `PROCEDURE: Delayed closure of left guillotine above-knee amputation.
DESCRIPTION: The packing was removed and the wound was clean. The femur was seen at the prior guillotine level with healthy marrow, and the bone was thus not shortened. The hamstrings were sutured over the bone end to the quadriceps and the skin was closed with staples.`,
    code: '27594',
  },
  {
    klass: 'S1 earlier act: case report, femur found at the original transection',
    text: `A 58-year-old man with a left transfemoral amputation performed in 2020 presented with a painful adherent scar. At revision the femur was found at the original transection with a smooth, healthy end. No bone was removed. The scar was excised and the quadriceps were re-sutured over the bone end.`,
    code: '27594',
  },

  // S2. an explicit clausal denial against a weak positive: the clause wins over a name or a noun
  //    phrase; against a clause stated otherwise, the note goes to coder review
  {
    klass: 'S2 denial: titled with femoral shortening, femur was therefore not re-cut',
    text: `Procedure: Left above-knee re-amputation with femoral shortening.
Description: The old incision was opened. The femur was well covered, and was therefore not re-cut or shortened; no bone was removed. The redundant soft tissue and the scar were excised and the flaps closed over a drain.`,
    code: '27594',
    review: true,
  },
  {
    klass: 'S2 denial: through-knee amputation titled with a condylectomy, condyles not trimmed',
    text: `OPERATION: Right through-knee amputation with condylectomy.
TECHNIQUE: The knee joint was opened anteriorly and the collateral and cruciate ligaments and the posterior capsule were divided; the leg was removed through the joint. The femoral condyles were, in the end, not trimmed, and no bone was cut. The patellar tendon was sutured to the cruciate stumps.`,
    code: '27598',
    review: true,
  },
  {
    klass: 'S2 denial: the femur shortened in one clause and not cut in another',
    text: `Procedure: Revision of right AKA stump.
History: right above-knee amputation in 2021.
Description: The femur was shortened by 2 cm with an oscillating saw. The myodesis was redone. At the end of the case the femur was not cut, and the wound was closed.`,
    code: '27596',
    route: 'coder-review',
  },
  {
    klass: 'S2 denial: no femoral cut was made, scar revision',
    text: `Operation: revision of left above-knee amputation for a painful scar.
The scar was excised and the vastus lateralis was re-attached to the adductors. No femoral cut was made. Closure in layers.`,
    code: '27594',
  },
  {
    klass: 'S2 denial: titled with a femoral osteotomy, no osteotomy of the femur was performed',
    text: `PROCEDURE: Right transfemoral stump revision with femoral osteotomy.
HISTORY: Right AKA in 2019; bursitis over the bone end.
DESCRIPTION: The bursa was excised down to the bone end, which was smooth and well padded. No osteotomy of the femur was performed. The wound was closed over a drain.`,
    code: '27594',
    review: true,
  },
  // S3. a fronted (topicalised) object is the object of the verb after "we"; a place after the verb
  //    ("near the femur", "around the femur", "close to the bone") is never what was cut
  {
    klass: 'S3 fronted objects: hip disarticulation, rotators cut near the femur',
    text: `Procedure: Left hip disarticulation.
Description: Racquet incision. The femoral vessels we ligated and divided in the groin. The sartorius and the adductors we detached from the pelvis. The short rotators we cut near the femur. The hip capsule was opened and the femoral head dislocated from the acetabulum. The limb we sent to pathology. Closure over drains.`,
    code: '27295',
  },
  {
    klass: 'S3 fronted objects: the femur we divided, the leg we passed off',
    text: `PROCEDURE: Right above-knee amputation.
The femoral artery and vein we tied off. The sciatic nerve we pulled down and cut. The femur we divided with the saw 11 cm above the knee, and the leg we passed off the table. Closure in layers.`,
    code: '27590',
  },
  {
    klass: 'S3 fronted objects: hindquarter amputation in non-native English, untitled',
    text: `Operation: right side, for chondrosarcoma of the ilium.
The external iliac vessels we ligated. The pubic symphysis we divided with a knife. The sacroiliac joint we opened from the front and divided with the osteotome. The whole right leg with the hemipelvis we removed in one piece. The posterior flap we closed over drains.`,
    code: '27290',
  },

  {
    klass: 'S3 place, not object: muscles around the femur divided in a hip disarticulation',
    text: `Procedure: right hip disarticulation for sarcoma.
Technique: The femoral vessels were ligated. The adductor and hamstring muscles around the femur were divided at their origins, and the gluteal muscles close to the bone were released. The capsule of the hip was opened and the femoral head was dislocated. The limb was removed with the tumour. Drains, closure.`,
    code: '27295',
  },
  // S4. negation inside a relative, parenthetical or "with ..." clause scopes that clause only
  {
    klass: 'S4 relative clauses: joints the tumour did not reach were divided',
    text: `PROCEDURE: Left external hemipelvectomy.
DESCRIPTION: Through an ilioinguinal incision the external iliac vessels were ligated. The pubic symphysis, where no tumour had spread, was divided with a knife. The left sacroiliac joint, which the sarcoma did not involve, was divided with an osteotome from the front. The whole left leg with the hemipelvis was then removed. The posterior flap was closed over two drains.`,
    code: '27290',
  },
  {
    klass: 'S4 relative clause: the femur, which had no tumour, was transected',
    text: `Operation: Left leg amputation for ischaemia.
The femoral vessels were ligated. The femur, which had no tumour, was transected at the mid-thigh with a saw. The leg was removed. Myodesis and closure in layers.`,
    code: '27590',
  },

  {
    klass: 'S4 relative clause: the knee, which we did not resurface, was disarticulated',
    text: `Procedure: right leg, for a failed total knee replacement with infection.
The patellar tendon was released. The knee joint, which we did not resurface, was disarticulated through the capsule and the cruciate ligaments, and the leg was removed. The femoral condyles were left intact. Closed over a drain.`,
    code: '27598',
  },

  {
    klass: 'S4 parenthetical and participial clauses around the subject, untitled',
    text: `Operation: right side, for chondrosarcoma of the ilium.
The sacroiliac joint, untouched by tumour on the MRI, which did not show spread to the sacrum, was divided with a chisel. The symphysis pubis, not involved either, was divided. The right leg and the hemipelvis (which had not been irradiated) were removed en bloc. The flap was sutured.`,
    code: '27290',
  },

  {
    klass: 'S4 consent: with amputation discussed as an alternative the patient declined',
    text: `Procedure: Internal hemipelvectomy (type II) with reconstruction of the hip.
Consent for internal hemipelvectomy, with amputation discussed as an alternative the patient declined, was obtained.
Description: The ilium was cut above the acetabulum and the pubic rami were divided. The acetabulum was resected en bloc. A custom pelvic implant was fixed and the hip reduced. The limb was preserved.`,
    code: '27076',
    statuses: { informedConsent: 'documented' },
  },
  {
    klass: 'S4 consent: a refusal inside a relative clause',
    text: `PROCEDURE: Right hip disarticulation for a fungating sarcoma.
INDICATIONS: Consent for the disarticulation, which the family had at first refused to discuss, was signed by the patient.
DESCRIPTION: The femoral vessels were ligated. The hip capsule was opened and the femoral head was dislocated; the limb was removed. No femoral cut was made. Closed over drains.`,
    code: '27295',
    statuses: { informedConsent: 'documented' },
  },
  {
    klass: 'S4 unpunctuated relative clauses: joints the tumour did not reach were divided',
    text: `this is doctor ames dictating surgery on the right pelvis for chondrosarcoma of the ilium the external iliac vessels were ligated the symphysis pubis which the tumour did not reach was divided with a knife and the sacroiliac joint which was not involved was divided with an osteotome the right leg with the hemipelvis was removed and the posterior flap was closed over drains`,
    code: '27290',
  },
  // S5. a surgeon line with a role and a parenthetical reaches the draft's surgeon section
  {
    klass: 'S5 surgeon lines: registrar (writing), consultant (supervising)',
    text: `Operation note
Registrar (writing): Dr S. Patel
Consultant (supervising): Ms A. Brown
Anaesthetic: general
Procedure: Left above-knee amputation.
Description: Flaps were raised. The femur was transected at the mid-thigh and the leg removed. Closed in layers.`,
    code: '27590',
    draftSurgeons: ['Dr S. Patel', 'Ms A. Brown'],
  },
  {
    klass: 'S5 surgeon lines: specialist registrar (operating, supervised) and house officer',
    text: `OPERATION: Right knee disarticulation
Specialist registrar (operating, supervised): Mr D. Okafor
House officer (assisting): Dr E. Varga
DESCRIPTION: The knee joint was entered and the ligaments and the posterior capsule were divided; the leg was removed through the joint. The condyles were not cut. Closure over a drain.`,
    code: '27598',
    draftSurgeons: ['Mr D. Okafor', 'Dr E. Varga'],
  },
  {
    klass: 'S5 surgeon lines: SpR (scrubbed), resident (PGY-4, dictating)',
    text: `Procedure: Left hip disarticulation.
SpR (scrubbed): Dr T. Webb
Resident (PGY-4, dictating): Dr M. Chu
Description: The femoral vessels were ligated. The hip capsule was opened and the femoral head was dislocated; the limb was removed. No femoral cut was made. Closed over drains.`,
    code: '27295',
    draftSurgeons: ['Dr T. Webb', 'Dr M. Chu'],
  },
  // 13. a soft-tissue tumour resection of the thigh in every format: bullets, colon lists, "WLE",
  // "L"/"R", compartmental and cuff resections, an en bloc specimen. No size stated: 27329 and 27364
  // both stand (size named); a tumour size decides (not an incision, skin paddle, drain or margin
  // size); bone taken en bloc (a segment, a cortex) is the bone family, an intact periosteum or "no
  // bone taken" is not, nor is the periosteum taken with the tumour: periosteum is not bone, the code
  // follows the tumour's tissue of origin.
  {
    klass: '13 soft tissue: registrar bullets, colon list, no size',
    text: `Ortho oncology registrar note
Procedure: WLE R thigh sarcoma
Indication: myxoid liposarcoma R anterolateral thigh on core biopsy, MDT agreed wide excision
Steps:
- Longitudinal incision, biopsy scar ellipsed
- Excision en bloc: ellipse of skin, biopsy tract, rectus femoris and a cuff of vastus lateralis, deep fascia as the deep margin
- Femur not exposed; periosteum left intact
- Drain, layered closure
Specimen: R thigh lump en bloc with skin ellipse`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: '13 soft tissue: compartmental resection of the adductors, no size',
    text: `Dx: high-grade undifferentiated sarcoma, L adductor compartment
Op: compartmental resection of the adductors, L thigh
Notes: medial incision incorporating the biopsy tract. Adductor longus, brevis and magnus taken from their origins to their insertions with the enveloping fascia. Profunda branches ligated. Femur not exposed. Haemostasis, two drains, closed.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: '13 soft tissue: title lists the tumour, specimen en bloc, no size',
    text: `Procedure: Wide local excision - L thigh lump.
Anaesthetic: GA plus LMA.
Description: Elliptical incision around the previous biopsy site. Dissection through subcutaneous fat to the fascia, which was incised 3 cm beyond the palpable edge. The lump was kept covered by a rim of normal muscle throughout. No bone was taken and the femoral periosteum remained intact. Closed over a 12 Fr drain.
Specimen: L thigh lump en bloc with overlying fascia and skin.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: '13 soft tissue: a margin of normal tissue is not a size',
    text: `PROCEDURE: Resection R thigh sarcoma.
FINDINGS: Firm tumour, deep, anterolateral.
DESCRIPTION: The tumour was removed with a 2 cm margin of normal tissue on all sides through a 22 cm anterolateral incision. The femoral periosteum was intact; no bone was removed. A 14 Fr drain was placed and the wound was closed in layers.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: '13 soft tissue: bullets with a 7 cm mass',
    text: `Procedure: WLE L thigh soft tissue sarcoma
- 7 cm mass within sartorius on palpation under GA
- Excised en bloc with the biopsy tract and a 14 x 6 cm skin paddle
- No bone taken, femur not exposed
- Drain, closure`,
    code: '27364',
  },
  {
    klass: '13 soft tissue: mass measuring 3.2 x 2 x 1.5 cm, large incision and paddle',
    text: `Operation: radical resection of the mass with a cuff of normal muscle, right posterior thigh.
Description: A 25 cm incision was made along the line of the biopsy. The mass, measuring 3.2 x 2 x 1.5 cm, lay within biceps femoris and was resected with a skin paddle of 12 x 5 cm and a cuff of normal muscle. The sciatic nerve was preserved. The femur was not exposed.
Pathology: leiomyosarcoma, margins clear.`,
    code: '27329',
  },
  {
    klass: '13 soft tissue: terse 4cm lesion excised en bloc',
    text: `PROC: L distal thigh lesion excised en bloc (vastus lateralis)
- Incision 12cm over mass, 4cm lesion, intramuscular, excised en bloc with cuff of muscle + overlying fascia
- Periosteum intact - no bone taken
- 10 Fr drain. Closed.`,
    code: '27329',
  },
  {
    klass: '13 soft tissue: tumour 60 mm in greatest dimension',
    text: `Procedure: Wide excision R medial thigh sarcoma.
Operative details: Incision 18 cm over the medial thigh. The sarcoma was mobilised with the overlying gracilis and a cuff of adductor magnus and was excised en bloc. On the back table the tumour was 60 mm in greatest dimension. Bone not involved; the femur was not exposed.`,
    code: '27364',
  },
  {
    klass: '13 soft tissue: British 5.5 cm tumour, excision with objects after a colon',
    text: `Consultant: Mr Ahmed. Registrar: Dr Patel.
Procedure: L thigh soft tissue tumour, wide excision.
Findings: 5.5 cm tumour deep to fascia lata in the anterior compartment.
Procedure details:
- Excision en bloc: overlying skin ellipse, biopsy tract, fascia lata, and cuff of vastus intermedius
- Periosteum of femur intact, no bone taken
- Haemostasis, drain, closure`,
    code: '27364',
  },
  {
    klass: '13 soft tissue: periosteum and cortex taken en bloc is a bone resection',
    text: `Procedure: Wide excision of L thigh sarcoma abutting the femur.
Description: The sarcoma lay on the anterior femur within vastus intermedius. The tumour was excised en bloc with a cuff of muscle; the underlying periosteum and a window of anterior femoral cortex were resected en bloc with the specimen to achieve a margin. Frozen section of the deep margin was clear. Closure over a drain.`,
    code: '27365',
  },
  {
    klass: '13 soft tissue: femoral periosteum resected en bloc, cortex burred, is not bone (no size)',
    text: `Procedure: R thigh soft tissue sarcoma, wide local excision.
- Tumour adherent to the femoral shaft
- Excised en bloc: skin paddle, biopsy tract, vastus intermedius, and the femoral periosteum taken as the deep margin
- Periosteum resected en bloc with the specimen, cortex burred
- Drain, closure`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: '13 soft tissue: the specimen dimensions are not the tumour size',
    text: `Procedure: Wide excision R thigh STS.
Technique: The STS was excised en bloc with a cuff of vastus lateralis and the overlying fascia lata. Femur not exposed.
Specimen 14 x 9 x 6 cm, containing a 3.5 cm tumour, sent fresh to pathology.`,
    code: '27329',
  },
  {
    klass: '13 soft tissue: the periosteum removed with the tumour is not bone (no size)',
    text: `OPERATION: Radical excision, L thigh STS, deep to vastus intermedius.
NOTE: The tumour was removed with the underlying periosteum of the femur after the vastus intermedius was divided around it. 2 cm margin elsewhere. Closed over drain.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  // C. periosteum is not bone; a cortex or a segment of bone taken en bloc is.
  {
    klass: '13 periosteum: the underlying periosteum as the deep margin, 7 cm',
    text: `Procedure: wide excision, right thigh soft tissue sarcoma.
Description: A 7 cm undifferentiated sarcoma within vastus intermedius was resected en bloc with the underlying periosteum as the deep margin. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: '13 periosteum: resected en bloc with the femoral periosteum, 3.5 cm',
    text: `Op: WLE L thigh STS.
- 3.5 cm sarcoma on the femur, resected en bloc with the femoral periosteum
- Drain, closure`,
    code: '27329',
  },
  {
    klass: '13 periosteum: the periosteum excised with the tumour, 6 cm',
    text: `PROCEDURE: Radical resection of a 6 cm myxofibrosarcoma, left anterior thigh.
DESCRIPTION: The tumour lay directly on the femur. It was excised en bloc with a cuff of vastus intermedius, and the periosteum beneath it was excised with the specimen. Closed over a drain.`,
    code: '27364',
  },
  {
    klass: '13 periosteum: periosteal stripping, 3 cm',
    text: `Procedure: wide excision of a left thigh soft tissue sarcoma.
Description: The 3 cm liposarcoma lay on the femur deep to vastus intermedius. It was excised en bloc with a cuff of muscle after periosteal stripping of the anterior femur. Closure over a drain.`,
    code: '27329',
  },
  {
    klass: '13 periosteum guard: a partial cortical resection of the femur is bone',
    text: `Procedure: wide excision of a left thigh soft tissue sarcoma invading the femur.
Description: The 8 cm sarcoma was excised en bloc with a partial cortical resection of the anterior femur. Closure over a drain.`,
    code: '27365',
  },
  {
    klass: '13 periosteum guard: a segment of femur resected en bloc is bone',
    text: `Procedure: resection of a right thigh sarcoma.
Description: The 9 cm sarcoma encasing the femoral shaft was resected en bloc with a 12 cm segment of femur with wide margins, and an intercalary allograft was fixed with a plate.`,
    code: '27365',
  },
  {
    klass: '13 periosteum guard: a window of cortex removed with the tumour is bone',
    text: `OPERATION: Radical excision, L thigh STS, deep to vastus intermedius.
NOTE: The tumour was removed with a window of anterior femoral cortex after the vastus intermedius was divided around it. 2 cm margin elsewhere. Closed over drain.`,
    code: '27365',
  },
  {
    klass: '13 periosteum guard: burring the cortex is no resection, 6 cm',
    text: `Procedure: wide excision, left thigh soft tissue sarcoma.
Description: The 6 cm liposarcoma was excised en bloc with a cuff of vastus lateralis. The cortex beneath was burred. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: '13 periosteum guard: we burred the femoral cortex at its base, 4 cm',
    text: `Procedure: wide excision, right thigh soft tissue sarcoma.
Description: The 4 cm sarcoma was excised en bloc with a cuff of muscle and we burred the cortex of the femur at its base. Closure over a drain.`,
    code: '27329',
  },
  // sz-1 (round 2, issue 10). A size measured on the specimen is the tumour's when the tumour is what
  // was measured there ("the tumour on the specimen measures …", a synoptic "tumour size (measured on the
  // fresh specimen):" field, "within the excised specimen the lesion …"); the specimen named as the
  // place decides nothing. The whole specimen's dimensions, a skin ellipse or a margin measured on it
  // stay no size. The narrowest margin is added to the diameter (DOMAIN.md).
  {
    klass: 'sz-1 specimen: the tumour on the specimen measures 2.3 cm (dictation)',
    text: `Procedure: wide excision of a soft-tissue sarcoma, right lateral thigh.
Description: The tumour was excised en bloc within a cuff of vastus lateralis with the overlying fascia lata. No bone was taken and the femur was not exposed. On the back table the tumour on the specimen measures 2.3 x 1.9 cm in greatest dimension. Closure over a drain.`,
    code: '27329',
  },
  {
    klass: 'sz-1 specimen: synoptic field, tumour size measured on the fresh specimen 10.8 cm',
    text: `SOFT TISSUE RESECTION - SYNOPTIC
Procedure: radical resection, soft tissue tumour, left posterior thigh
Bone resected: none
Tumour size (greatest dimension, measured on the fresh specimen): 10.8 cm
Margins: clear, narrowest 0.4 cm (deep)
Closure: layered over two drains`,
    code: '27364',
  },
  {
    klass: 'sz-1 specimen: the lesion within the excised specimen was 3.1 x 2 cm (British)',
    text: `Operation: excision of an intramuscular lump, L anterior thigh, with a cuff of rectus femoris.
Findings: The lesion within the excised specimen was 3.1 x 2 cm, well encapsulated. The femoral periosteum was untouched; no bone was removed. Haemostasis and closure.`,
    code: '27329',
  },
  {
    klass: 'sz-1 specimen: greatest tumour dimension in the resection specimen 7.2 cm (bullets)',
    text: `Op: WLE R medial thigh liposarcoma
- Excised en bloc with gracilis and a cuff of adductor magnus
- Femur not exposed, no bone taken
- Greatest tumour dimension in the resection specimen: 7.2 cm
- Drain, closure`,
    code: '27364',
  },
  {
    klass: 'sz-1 specimen: case report, the sarcoma measured in the fresh specimen was 5.6 cm',
    text: `A 58-year-old woman presented with an enlarging mass of the right thigh; biopsy showed a myxofibrosarcoma. She underwent a wide resection of the mass with the surrounding vastus medialis; no bone was resected. The sarcoma, measured in the fresh specimen, was 5.6 cm across. Margins were negative.`,
    code: '27364',
  },
  {
    klass: 'sz-1 specimen: 4.6 cm on the specimen plus a 5 mm narrowest margin is 27364',
    text: `Procedure: excision of a deep soft-tissue tumour, left thigh.
Description: The mass was excised en bloc with the overlying fascia and a cuff of vastus intermedius; the periosteum was left intact and no bone was removed. The tumour on the specimen measured 4.6 cm; the narrowest margin was 5 mm. Closed in layers.`,
    code: '27364',
  },
  {
    klass: 'sz-1 specimen: 4.1 cm on the specimen plus a 5 mm narrowest margin stays 27329',
    text: `Procedure: excision of a deep soft-tissue tumour, left thigh.
Description: The mass was excised en bloc with the overlying fascia and a cuff of vastus intermedius; no bone was removed. The tumour on the specimen measured 4.1 cm, with a narrowest margin of 5 mm. Closed in layers.`,
    code: '27329',
  },
  {
    klass: 'sz-1 guard: on the resected specimen the mass measured 6 cm',
    text: `Procedure: radical excision, soft-tissue sarcoma, right thigh.
Description: The sarcoma was removed en bloc with a cuff of hamstring muscle; the sciatic nerve was preserved and no bone was taken. On the resected specimen the mass measured 6 cm. Drain, closure.`,
    code: '27364',
  },
  {
    klass: 'sz-1 guard: gross, a 4.1 cm tumour is present within the specimen',
    text: `Procedure: wide excision of a thigh sarcoma, left. No bone resected.
Gross: a 4.1 cm tumour is present within the specimen, with a rim of muscle on all sides.`,
    code: '27329',
  },
  {
    klass: 'sz-1 guard: the whole specimen measured 15 x 10 x 6 cm, no tumour size',
    text: `Procedure: wide excision of a soft-tissue sarcoma, right anterior thigh.
Description: The tumour was excised en bloc with the rectus femoris and the overlying fascia; no bone was removed. The specimen measured 15 x 10 x 6 cm and was sent fresh to pathology. Closure over a drain.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'sz-1 guard: specimen 20 cm long, the skin ellipse over the tumour on the specimen 12 x 5 cm',
    text: `Op: radical resection L posterior thigh sarcoma, no bone taken.
- Tumour excised en bloc with the biceps femoris; specimen 20 cm long
- The skin ellipse over the tumour on the specimen measured 12 x 5 cm
- Drain, closure`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'sz-1 margin: the margin around the tumour measured on the specimen is no size',
    text: `Procedure: excision of a thigh sarcoma, right, with a cuff of vastus lateralis; femur not exposed.
The mass was removed whole; on the specimen the margin around the tumour measured 2 cm. Closed over a drain.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  // 15. a distance is not a size: a measurement from a landmark ("6 cm above the knee", "8 cm below the
  // trochanter", "7 cm short of the groin crease", "9 cm lateral to the vessels") places the cut or the
  // tumour, it does not measure the tumour. A soft-tissue resection whose only measurement is a distance
  // has no size (27329 and 27364 both stand); a stated size still decides beside a distance.
  {
    klass: '15 distance: a 3.2 cm tumour that lay 6 cm above the knee joint line',
    text: `PROCEDURE: Excision of a deep soft-tissue tumour, left distal thigh.
DESCRIPTION: A longitudinal incision was made over the lump. The intramuscular tumour, 3.2 x 2.5 x 2 cm, lay 6 cm above the knee joint line and was excised en bloc with a rim of normal muscle. The femur was not exposed and no bone was taken. Closed over a drain.`,
    code: '27329',
  },
  {
    klass: '15 distance: the mass lies 8 cm below the greater trochanter, no size',
    text: `Op: wide excision, R lateral thigh sarcoma
Findings: the mass lay within vastus lateralis, 8 cm below the greater trochanter.
Procedure: excised en bloc with the overlying fascia and a cuff of muscle. Periosteum intact, no bone removed. Drain, closure.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: '15 distance: a 4 cm lesion that sat 7 cm short of the groin crease',
    text: `Procedure: resection of a left medial thigh soft-tissue lesion.
The lesion, about 4 cm across, sat 7 cm short of the groin crease and was removed whole with surrounding fat and a layer of adductor muscle; no bone was taken. Layered closure.`,
    code: '27329',
  },
  {
    klass: '15 distance: a tumour centred 9 cm lateral to the vessels, measuring 2.8 cm',
    text: `PROCEDURE: Excision of an anterior thigh soft-tissue sarcoma, right.
DESCRIPTION: The tumour, centred 9 cm lateral to the femoral vessels, was excised en bloc within a cuff of rectus femoris. Back-table: the tumour measured 2.8 cm in greatest dimension. The femur was not touched. Closure over a drain.`,
    code: '27329',
  },
  {
    klass: '15 distance: a 6 cm mass that lay 2 cm deep to the fascia is 27364',
    text: `Procedure: excision of a 6 cm mass of the posterior thigh, left, lying 2 cm deep to the fascia.
The mass was removed en bloc with the biopsy tract and a cuff of hamstring muscle; sciatic nerve preserved, no bone taken. Drain, closure.`,
    code: '27364',
  },
  // 7. published surgical prose, in our own words (read from technique papers, atlases and case
  // reports, no sentence taken): (a) a technique in the present passive or the imperative: the
  // described anatomy decides the code, routed to coder review as generic; (b) first person plural;
  // (c) abstract headings; (d) case-report narration; (e) passives with an agent; (f) long sentences
  // with several acts; (g) British spelling; (h) one patient's bone cut that is no amputation
  // (lengthening; a total femur replaced, the limb kept); (i) and (j) below.
  {
    klass: '7a present: hindquarter, iliac vessels ligated, symphysis divided with a Gigli saw',
    text: `External hemipelvectomy. An incision runs from the pubic tubercle along the inguinal ligament to the iliac crest. The external iliac artery and vein are ligated and divided above the inguinal ligament, and the femoral nerve is cut. The symphysis pubis is divided with a Gigli saw, and the sacroiliac joint is opened and divided from behind. The limb together with the hemipelvis is removed, and the gluteal flap is brought forward and closed over suction drains.`,
    code: '27290',
    generic: true,
  },
  {
    klass: '7a present: hip disarticulation, capsule and ligamentum teres divided',
    text: `Disarticulation of the hip. A racquet-shaped incision is used. The femoral artery and vein are tied and cut below the inguinal ligament. The muscles are detached from the proximal femur at their insertions. The hip capsule is incised circumferentially, the ligamentum teres is divided and the femoral head is lifted out of the acetabulum. The limb is removed, and the gluteal muscles are sutured to the pectineus over the empty socket.`,
    code: '27295',
    generic: true,
  },
  {
    klass: '7a present: above-knee amputation, the femur is divided',
    text: `Transfemoral amputation. Anterior and posterior flaps of equal length are marked. The superficial femoral vessels are isolated and ligated individually, and the sciatic nerve is drawn down and sectioned sharply so that it retracts. The femur is divided with an oscillating saw about 12 cm above the joint line, and the cut edge is bevelled with a rasp. The amputated part is removed from the field.`,
    code: '27590',
    generic: true,
  },
  {
    klass: '7a imperative: atlas steps of a hindquarter amputation',
    text: `Technique.
1. Incise from the pubic tubercle along the inguinal ligament and the iliac crest.
2. Ligate and divide the common iliac artery and vein.
3. Divide the symphysis pubis with a wire saw.
4. Divide the sacroiliac joint from behind with an osteotome.
5. Remove the extremity with the hemipelvis and close the posterior flap over drains.`,
    code: '27290',
    generic: true,
  },
  {
    klass: '7a imperative: atlas steps of an above-knee amputation',
    text: `Mark fish-mouth flaps on the thigh. Divide the quadriceps and the hamstrings down to bone. Ligate the femoral artery and vein separately. Pull the sciatic nerve down, ligate it and cut it. Divide the femur with a saw 10 cm above the knee and smooth the end. Remove the leg and suture the adductors to the bone through drill holes.`,
    code: '27590',
    generic: true,
  },
  {
    klass: '7a imperative: hip disarticulation steps',
    text: `Tie off the femoral vessels in the groin. Detach the adductors from the pubis and the hamstrings from the ischium. Open the hip capsule all round, cut the ligamentum teres and dislocate the femoral head. Remove the limb and close the gluteal flap over the acetabulum.`,
    code: '27295',
    generic: true,
  },
  {
    klass: '7a present: pelvis freed by dividing the ring at two points',
    text: `Hindquarter amputation removes the whole lower limb with the half of the pelvis. After the iliac vessels are controlled, the hemipelvis is freed by dividing the pelvic ring at two points, the symphysis in front and the sacroiliac joint behind, and the specimen is lifted away with the extremity. The posterior flap is then sutured to the abdominal wall.`,
    code: '27290',
    generic: true,
  },
  {
    klass: '7a present: knee disarticulation told in the present',
    text: `Through-knee amputation. The patellar ligament is detached from the tibial tuberosity, the joint capsule is incised all the way round and the cruciate ligaments are cut close to the tibia. The leg is removed through the joint, leaving the femoral condyles and their cartilage untouched.`,
    code: '27598',
    generic: true,
  },
  {
    klass: '7a present: bulleted atlas steps',
    text: `Above-knee amputation: operative steps
- The femoral artery and vein are doubly ligated.
- The sciatic nerve is transected under gentle traction.
- The femur is sectioned with a power saw at the chosen level and its edges are filed.
- The specimen is passed off the table.`,
    code: '27590',
    generic: true,
  },
  {
    klass: '7b we: hindquarter amputation, we divided',
    text: `A 47-year-old woman had a recurrent chondrosarcoma of the right ilium. We ligated the right common iliac vessels through a retroperitoneal approach. We then divided the pubic symphysis and osteotomised the sacral ala lateral to the foramina. We removed the right lower limb with the hemipelvis and closed the posterior gluteal flap.`,
    code: '27290',
  },
  {
    klass: '7b we: knee disarticulation',
    text: `Our patient, a 66-year-old man with a septic knee, was treated by disarticulation. We detached the patellar tendon, entered the joint and divided the cruciates and the posterior capsule, and we took the leg off through the knee without cutting the femur. We left the condyles intact and sutured the tendon to the cruciate stumps.`,
    code: '27598',
  },
  {
    klass: '7b we: above-knee, we sawed the femur',
    text: `A 71-year-old man with an ischaemic left leg was taken to theatre. We raised equal flaps, tied the femoral vessels and cut the sciatic nerve high. We sawed through the left femur at the junction of its middle and lower thirds and took the limb off. We closed the wound in layers over a drain.`,
    code: '27590',
  },
  {
    klass: '7b we: we then took the leg off after sawing the femur',
    text: `Our patient was an 80-year-old man with wet gangrene of the right foot. We fashioned fish-mouth flaps, ligated the vessels and divided the nerve, cut the right femur with a Gigli saw and took the leg off. We closed the skin with staples.`,
    code: '27590',
  },
  {
    klass: '7b we: we performed a hip disarticulation, dislocating the head',
    text: `A 59-year-old woman had a fungating sarcoma of the left thigh. We performed a left hip disarticulation: we tied the femoral vessels, released the muscles from the femur, opened the capsule and dislocated the femoral head, and took the limb away. We did not cut the femur.`,
    code: '27295',
  },
  {
    klass: '7c abstract: background methods results, a hip disarticulation',
    text: `Background: Hip disarticulation is rarely needed for infection. Methods: We describe a 58-year-old man with necrotising fasciitis of the left thigh. Results: The femoral vessels were ligated, the hip capsule was opened and the femoral head was disarticulated from the acetabulum; the limb was removed. No bone was cut. Conclusion: Early disarticulation saved his life.`,
    code: '27295',
  },
  {
    klass: '7c abstract: introduction case conclusion, internal hemipelvectomy',
    text: `Introduction: Chondrosarcoma of the pelvis needs wide resection. Case presentation: A 40-year-old woman with a right iliac chondrosarcoma underwent an internal hemipelvectomy: the sacroiliac joint and the pubic symphysis were divided and the entire innominate bone was removed en bloc, and the leg was preserved. Discussion: Margins were wide.`,
    code: '27077',
  },
  {
    klass: '7c abstract: case summary, above-knee amputation',
    text: `Summary. Objective: to report a late amputation after a failed knee arthrodesis. Case: a 69-year-old woman. Intervention: the right femur was transected 14 cm above the joint line and the leg removed; the wound was closed over a drain. Outcome: she walked with a prosthesis at six months.`,
    code: '27590',
  },
  {
    klass: '7c abstract: methods results with an internal hemipelvectomy, leg kept',
    text: `Background: Pelvic chondrosarcoma. Methods: A 44-year-old man with a left iliac tumour. Results: The left innominate bone was removed completely after division of the sacroiliac joint and the symphysis, and the leg was kept with a hip transposition.`,
    code: '27077',
  },
  {
    klass: '7c abstract: internal hemipelvectomy, limb preserved after removal',
    text: `Case: A 37-year-old woman with a right pelvic Ewing sarcoma underwent resection of the entire right innominate bone through the sacroiliac joint and the symphysis, and the limb was preserved. Outcome: she walks with a stick.`,
    code: '27077',
  },
  {
    klass: '7d underwent: hip disarticulation as the index operation',
    text: `A 35-year-old man with a high-grade sarcoma of the right thigh underwent hip disarticulation. The femoral head was dislocated from the acetabulum after the capsule was cut, the limb was removed and the femur was left uncut. He was discharged on day nine.`,
    code: '27295',
  },
  {
    klass: '7d underwent: knee disarticulation after an earlier biopsy',
    text: `A 52-year-old woman, who had had a biopsy in 2023, underwent a left knee disarticulation in our unit. The joint was opened, the ligaments and the capsule were divided and the leg was removed through the knee; no femoral cut was made.`,
    code: '27598',
  },
  {
    klass: '7d case report: the operation consisted of division of the joints',
    text: `A 57-year-old man presented with a massive sarcoma of the left buttock. The operation consisted of division of the left sacroiliac joint and the pubic symphysis and removal of the left lower limb together with the hemipelvis. He was discharged after three weeks.`,
    code: '27290',
  },
  {
    klass: '7d case report: an above-knee amputation was carried out, femur cut',
    text: `A 68-year-old woman with a crushed right leg was brought in. An above-knee amputation was carried out in which the right femur was cut 15 cm above the knee and the limb was taken off; the stump was closed primarily.`,
    code: '27590',
  },
  {
    klass: '7e passive with agent: the femur was divided by the senior author',
    text: `A 64-year-old man with a left thigh sarcoma. The femoral vessels were ligated by the first assistant, and the femur was divided by the senior surgeon with a power saw 8 cm above the knee. The limb was then removed by the team and the wound closed.`,
    code: '27590',
  },
  {
    klass: '7e passive with agent: the SI joint was divided by the spinal surgeon',
    text: `A 50-year-old woman had a pelvic sarcoma. The left sacroiliac joint was divided by the spinal surgeons with an osteotome, the symphysis was cut by the oncology team, and the left leg with the hemipelvis was removed by both teams together.`,
    code: '27290',
  },
  {
    klass: '7e passive with agent: the hip disarticulated by the surgeon',
    text: `A 65-year-old man with a right femoral osteosarcoma. The capsule was opened by the operating surgeon and the right limb was disarticulated at the hip by him; the acetabulum was not resected and the femur was not cut.`,
    code: '27295',
  },
  {
    klass: '7f long sentence: hindquarter acts in one sentence',
    text: `In a 45-year-old man with a right pelvic sarcoma, after the common iliac vessels had been ligated and the ureter protected, the symphysis pubis was divided with a saw, the sacroiliac joint was disarticulated from behind, the lumbosacral trunk was cut, and the right hindquarter was removed en bloc, the wound being closed over the posterior flap.`,
    code: '27290',
  },
  {
    klass: '7f long sentence: above-knee acts chained',
    text: `In a 77-year-old woman with gangrene of the left foot, the flaps were raised, the femoral vessels were clamped, divided and tied, the sciatic nerve was pulled down, ligated and cut, the femur was sawn across at the mid-shaft, and the leg was removed before the muscles were closed over the bone end.`,
    code: '27590',
  },
  {
    klass: '7f long sentence: knee disarticulation with several acts',
    text: `In a 73-year-old man with an infected right total knee replacement, once the components had been removed, the collateral ligaments, the cruciate remnants and the posterior capsule were divided, the leg was removed through the knee joint, the femoral condyles were left untouched and the patellar tendon was sutured to the hamstrings.`,
    code: '27598',
  },
  {
    klass: '7g British: haemipelvectomy, osteotomised',
    text: `A 61-year-old woman with a left pelvic chondrosarcoma underwent external haemipelvectomy. The left sacroiliac joint was osteotomised through the sacral ala, the pubic symphysis was divided, and the left lower limb was removed with the haemipelvis. The gluteal flap was closed over drains.`,
    code: '27290',
  },
  {
    klass: '7g British: disarticulated at the hip, haemostasis',
    text: `A 70-year-old man with an infected right proximal femoral endoprosthesis. After haemostasis of the femoral vessels, the capsule was opened and the right femur with the prosthesis was disarticulated at the hip joint; the limb was removed and the acetabulum was kept. No femoral osteotomy was made.`,
    code: '27295',
  },
  {
    klass: '7g British: through-knee, disarticulated, tumour',
    text: `A 44-year-old man with a tumour of the left proximal tibia. The left leg was disarticulated through the knee; the cruciate ligaments and the posterior capsule were divided and the femoral condyles were preserved. No bone was cut.`,
    code: '27598',
  },
  {
    klass: '7g British: the femur was sectioned, anaesthesia, ischaemic',
    text: `A 79-year-old woman with an ischaemic left leg. Under spinal anaesthesia, flaps were fashioned, the femoral vessels were ligated and the left femur was sectioned with an oscillating saw 12 cm above the knee; the limb was removed. Haemostasis was secured and the wound was closed.`,
    code: '27590',
  },
  {
    klass: '7g British: the limb was disarticulated through the hip joint, haemipelvis preserved',
    text: `A 49-year-old man with a left thigh liposarcoma underwent a left hip disarticulation. The left lower limb was disarticulated through the hip joint; the haemipelvis was preserved and no femoral osteotomy was made.`,
    code: '27295',
  },
  {
    klass: '7g British: sacro-iliac joint osteotomised, hindquarter',
    text: `A 53-year-old man with a right pelvic osteosarcoma. The right sacro-iliac joint was osteotomised, the pubic symphysis was separated and the right hindquarter was amputated.`,
    code: '27290',
  },
  {
    klass: '7h lengthening osteotomy of a short stump is no re-amputation',
    text: `A 30-year-old man with a short left above-knee amputation from 2019. The left femur was osteotomised in the proximal third and a monolateral frame was applied for lengthening by distraction. The wound was closed.`,
    code: null,
  },
  {
    klass: '7h total femoral replacement keeps the limb',
    text: `A 16-year-old girl with an osteosarcoma of the whole left femur. The left femur was removed in one piece, the hip and the knee being disarticulated, and a total femoral prosthesis was implanted. The leg was kept.`,
    code: null,
  },
  // (i) a definition in the present ("a hindquarter amputation removes …", "is performed when …") and a
  // series whose ages are a range: generic; (j) an age ("a 70-year-old man", "82 years old") is no old
  // amputation.
  {
    klass: '7i definition: an external hemipelvectomy removes the limb with half the pelvis',
    text: `An external hemipelvectomy removes the entire lower extremity together with the ipsilateral half of the pelvis. It is usually performed for pelvic sarcomas that cannot be resected with limb salvage. The pelvic ring is divided at the symphysis and at the sacroiliac joint, and the limb is taken away with the hemipelvis.`,
    code: '27290',
    generic: true,
  },
  {
    klass: '7i definition: a through-knee amputation involves separating the leg at the knee',
    text: `Through-knee amputation involves separating the leg at the knee joint without any cut through the femur, so the condyles remain as an end-bearing stump. It is performed when the tibia cannot be salvaged but the thigh tissues are healthy.`,
    code: '27598',
    generic: true,
  },
  {
    klass: '7i series with an age range: hip disarticulation in each patient',
    text: `Nine patients aged 21 to 66 years old were treated by hip disarticulation for sarcoma of the thigh. In each, the femoral head was dislocated from the acetabulum after the capsule was divided, and the limb was removed.`,
    code: '27295',
    generic: true,
  },
  {
    klass: '7i series with an age range: transfemoral amputation in every case',
    text: `Eleven amputees between 40 and 80 years old underwent transfemoral amputation for ischaemia; the femur was cut at the mid-thigh in every case and the limb removed.`,
    code: '27590',
    generic: true,
  },
  {
    klass: '7j an age is no old amputation: a 70-year-old man underwent transfemoral amputation',
    text: `A 70-year-old man underwent transfemoral amputation for ischaemia; the femur was cut at the mid-thigh and the limb removed.`,
    code: '27590',
  },
  {
    klass: '7j an age is no old amputation: an 82 years old woman, above-knee amputation',
    text: `The patient, 82 years old, needed an above-knee amputation of the left leg. The left femur was sawn through 10 cm above the knee and the leg was taken off. The flaps were closed over a drain.`,
    code: '27590',
  },
  // Round 2 of published prose. (1a) A technique told in the present uses "the patient" for any patient
  // ("with the patient in the lateral position", "the patient's knee is flexed"): generic; a present-tense
  // dictation of one patient (an age, "I now divide", brought to the operating room) is not. (1b) An
  // abstract that defines an operation ("X is the removal of …", "the technique is described"): generic.
  {
    klass: 'r2-1a technique: with the patient lying on the side, hindquarter steps in the present',
    text: `With the patient lying in the lateral decubitus position, the skin is incised along the crest. The external iliac vessels are ligated. The symphysis is divided and the sacroiliac joint is then exposed and transected. The hindquarter is removed.`,
    code: '27290',
    generic: true,
  },
  {
    klass: "r2-1a technique: the patient's knee is flexed, through-knee steps in the present",
    text: `The patient's knee is flexed. The patellar tendon is detached from the tibia. The cruciate ligaments are divided at their origin and the posterior capsule is incised. The leg is removed through the knee joint without any cut of the femur.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'r2-1a technique: with the patient prone, thigh amputation steps in the present',
    text: `With the patient prone on the table, equal flaps are marked. The sciatic nerve is drawn down and cut. The femur is divided with a saw at the junction of the middle and distal thirds and the limb is removed.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'r2-1a guard: one patient dictated in the present, brought to the operating room',
    text: `The patient is brought to the operating room and placed supine. Anterior and posterior flaps are marked on the thigh. The femoral vessels are ligated and divided. The femur is transected with a saw 10 cm above the knee and the limb is removed. The wound is closed over a drain.`,
    code: '27590',
    // One patient's operation (not generic), with no side stated: the side is queried.
    route: 'query-physician',
  },
  {
    klass: 'r2-1a guard: one patient dictated in the first person present',
    text: `This 64-year-old woman with gangrene of the foot. I now mark fish-mouth flaps on the thigh. I then ligate the femoral artery and vein. I now divide the femur with an oscillating saw at the mid-thigh and the leg is removed. I close the wound in layers.`,
    code: '27590',
  },
  {
    klass: 'r2-1b definition: hemipelvectomy is the complete removal of the innominate bone',
    text: `Hemipelvectomy is the complete removal of the innominate bone together with the lower limb. The operative technique is described in detail.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'r2-1b definition: hip disarticulation is the removal of the limb, technique presented',
    text: `Hip disarticulation is the removal of the entire lower limb through the hip joint. This paper describes indications and outcome; the operative technique is presented.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'r2-1b definition: knee disarticulation refers to the removal of the leg',
    text: `Knee disarticulation refers to the removal of the leg through the knee joint, leaving the femoral condyles intact. We describe our technique of closure with a long posterior flap.`,
    code: '27598',
    generic: true,
  },
  // (7) Present-tense technique with the name removed: the anatomy decides. A joint capsule opened and
  // the limb's muscles detached from the pelvis, no bone cut: the hip; the cruciates divided, the capsule
  // incised or a capsulotomy, no femoral cut: the knee.
  {
    klass: 'r2-7 no name: the joint capsule is exposed and transected, muscles detached from the pelvis',
    text: `The femoral vessels are ligated. The joint capsule is exposed and transected. The muscles of the thigh are detached from the pelvis and the limb is removed. No bone is cut.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'r2-7 no name: the cruciates are divided and the posterior capsule incised, femur not cut',
    text: `The patellar tendon is detached from the tibia. The cruciate ligaments are divided. The posterior capsule is incised and the leg is removed. The femur is not cut.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'r2-7 no name: a capsulotomy of the knee, the cruciates divided at their origin',
    text: `A capsulotomy of the knee is performed, the cruciate ligaments are divided at their origin, and the leg is separated from the thigh. The femoral condyles are preserved.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'r2-7 no name: one patient, the cruciates were cut and the leg taken off',
    text: `Procedure: left lower limb amputation. The patellar tendon was released, the anterior and posterior cruciates were cut and the capsule was incised all round; the leg was taken off with no femoral cut. EBL 150 mL.`,
    code: '27598',
  },
  // (3) A procedure named to compare the operation with ("similar to that for a hemipelvectomy", "like
  // those of", "the same as for", "this avoids a …") is not a name of this operation: it elects nothing.
  {
    klass: 'r2-3 comparison: an approach similar to that for a hemipelvectomy, buttock tumour',
    text: `A 63-year-old woman with a sarcoma of the buttock. The approach was similar to that for a hemipelvectomy, with a long posterior flap. The tumour was excised en bloc with the gluteus maximus. No bone was resected.`,
    code: null,
    review: true,
    absent: ['level.label-only'],
  },
  {
    klass: 'r2-3 comparison: flaps fashioned like those of an external hemipelvectomy',
    text: `A 71-year-old man. The skin flaps are fashioned like those of an external hemipelvectomy, and the gluteal tumour was excised with a cuff of muscle.`,
    code: null,
    review: true,
    absent: ['level.label-only'],
  },
  {
    klass: 'r2-3 comparison: the incision is the same as for a hindquarter amputation',
    text: `A 59-year-old man with a recurrent sarcoma of the sacral region. The incision is the same as for a hindquarter amputation. The mass was removed with the overlying skin and the gluteal muscles.`,
    code: null,
    review: true,
    absent: ['level.label-only'],
  },
  {
    klass: 'r2-3 comparison: the resection avoids a hemipelvectomy',
    text: `A 40-year-old woman with a buttock sarcoma. This resection avoids a hemipelvectomy: the tumour was taken en bloc with the piriformis and the gluteal muscles, and the sciatic nerve was kept.`,
    code: null,
    review: true,
    absent: ['level.label-only'],
  },
  // (2) Enneking pelvic resection types as anatomy: the type names which bone (I ilium, II the
  // acetabulum, III pubis and ischium), also with the bone in brackets or the type after the
  // resection; an extra-articular resection of the hip takes the acetabulum.
  {
    klass: 'r2-2 Enneking: a type III (pubic) resection, limb kept',
    text: `A 29-year-old woman underwent a type III (pubic) resection of the left pubis for osteosarcoma; the limb was kept.`,
    code: '27076',
  },
  {
    klass: 'r2-2 Enneking: type III (ischiopubic) resection with the leg preserved',
    text: `A 44-year-old woman underwent an Enneking type III (ischiopubic) resection for chondrosarcoma with the leg preserved.`,
    code: '27076',
  },
  {
    klass: 'r2-2 Enneking: an extra-articular resection of the hip joint, limb preserved',
    text: `A 60-year-old man underwent an extra-articular resection of the hip joint for a sarcoma, with the limb preserved and an endoprosthesis.`,
    code: '27076',
  },
  {
    klass: 'r2-2 Enneking: extra-articular resection of the hip, the limb saved',
    text: `A 39-year-old man underwent extra-articular resection of the left hip for chondrosarcoma of the acetabulum; the limb was saved and a saddle prosthesis fitted.`,
    code: '27076',
  },
  {
    klass: 'r2-2 Enneking: the type after the resection, the acetabulum spared',
    text: `A 58-year-old woman. An iliac resection (Enneking type I) was done and the acetabulum was spared; the limb was kept.`,
    code: '27075',
  },
  // (5) The immediate postoperative prosthesis without its name: a cast or rigid dressing with a pylon
  // or a foot fixed to it in the operating room.
  {
    klass: 'r2-5 immediate fitting: a plaster cast in the operating room and a pylon attached',
    text: `Procedure: left above-knee amputation. The femur was transected 12 cm above the knee and the limb removed; the wound was closed over a drain. A plaster cast was applied to the stump in the operating room and a pylon with a foot was attached.`,
    code: '27591',
  },
  {
    klass: 'r2-5 immediate fitting: a fibreglass cast moulded in theatre and a foot fitted to it',
    text: `Procedure: left above-knee amputation. The femur was divided at the mid-thigh and the limb removed; closure over a drain. A fibreglass cast was moulded over the residual limb in theatre and a foot was fitted to it.`,
    code: '27591',
  },
  {
    klass: 'r2-5 immediate fitting: a pylon and foot fixed to the rigid plaster dressing',
    text: `Procedure: right transfemoral amputation. The femur was cut 12 cm above the knee and the leg removed. A pylon and foot were fixed to the rigid plaster dressing before extubation.`,
    code: '27591',
  },
  {
    klass: 'r2-5 guard: no cast, a pylon planned in clinic',
    text: `Procedure: left above-knee amputation. The femur was divided and the limb removed. A cast was not applied; a soft dressing was used. A pylon will be fitted in clinic.`,
    code: '27590',
  },
  // (4) The only record of a soft-tissue resection is the pathology's gross description: the specimen
  // that is a resection of tissues is one piece taken around the tumour, and its own length is not the
  // tumour's size.
  {
    klass: 'r2-4 pathology only: a bulky resection of muscle and skin, the tumour up to 7 x 6 cm',
    text: `A 62-year-old man with a mass of the left thigh; biopsy showed a pleomorphic sarcoma, and the patient went on to have a resection. Pathology: the specimen is a bulky resection of muscle and skin, 18 cm long. The tumour is up to 7 x 6 cm and lies within the vastus lateralis. Margins are clear.`,
    code: '27364',
  },
  {
    klass: "r2-4 pathology only: the specimen's 22 cm length is not the 4 cm tumour's size",
    text: `A 70-year-old woman with a myxofibrosarcoma of the right thigh later had it resected. Pathology report: the specimen comprised a resection of the adductor muscles and the overlying skin, 22 cm in length, containing a tumour of 4 x 3 x 2 cm. No bone is present.`,
    code: '27329',
  },
  {
    klass: 'r2-4 pathology only: an excision of the hamstrings and fascia, the tumour within it 12 cm',
    text: `A 41-year-old man with a thigh sarcoma underwent surgery. The specimen was an excision of the hamstring muscles and fascia measuring 25 x 10 cm; the tumour within it measures 12 x 8 cm. No bone was included.`,
    code: '27364',
  },
  {
    klass: 'r2-7 technique: the limb is taken away after the femur is sectioned',
    text: `With the patient prone on the table and a bolster under the pelvis, equal flaps are marked. The sciatic nerve is drawn down and cut. The femur is sectioned at the junction of the middle and distal thirds, its end is rasped and the limb is taken away.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'r2-4 pathology only: a thigh skin and soft tissue resection showing a 3.5 cm tumour',
    text: `A 55-year-old woman with a liposarcoma of the right thigh went on to have a resection. Gross description: thigh skin and soft tissue resection showing a 3.5 cm well-circumscribed tumour. Margins clear.`,
    code: '27329',
  },
  {
    klass: 'r2-4 pathology only: a soft tissue excision specimen containing a 6 cm sarcoma',
    text: `A 68-year-old man with a mass of the left posterior thigh later had surgery. Pathology: soft tissue excision specimen containing a 6 x 5 cm pleomorphic sarcoma; no bone received.`,
    code: '27364',
  },
  // Round 3 of published prose (issue 10, the misses of the last blind published set), in our own words.
  // (1) A case report whose only statement of the operation is its title: the title's name is the
  // reading, label only and coder review, not "no code"; a title whose operation was declined names none.
  {
    klass: 'p3-1 title only: through-knee amputation case report, "the operation was performed"',
    text: `Through-knee amputation in a young man with a mangled leg: a case report
A 23-year-old motorcyclist sustained an open tibial fracture with a popliteal artery injury. After two failed attempts at revascularisation, the operation was performed on day five. He walks without aids at one year.`,
    code: '27598',
    review: true,
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'p3-1 title only: hip disarticulation, "surgery was performed"',
    text: `Hip disarticulation for necrotising fasciitis of the thigh in a diabetic man: report of a case
Abstract. A 61-year-old man with poorly controlled diabetes was admitted in septic shock with crepitus of the left thigh. Surgery was performed within six hours of admission. He required two further debridements and was discharged to rehabilitation on day 40.`,
    code: '27295',
    review: true,
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'p3-1 title only: knee disarticulation, "the procedure" in the narration',
    text: `Knee disarticulation in an elderly patient with a crushed leg - a case report.
An 84-year-old woman was run over by a tractor. The tibia was comminuted and the popliteal artery occluded. The procedure was done on the day of injury and she was fitted with a prosthesis at three months.`,
    code: '27598',
    review: true,
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'p3-1 title only: disarticulation at the hip, case report and review of the literature',
    text: `Disarticulation at the hip for gas gangrene after a femoral fracture: case report and review of the literature
A 70-year-old woman developed gas gangrene of the thigh four days after fixation of a femoral fracture. She was taken to theatre as an emergency and survived.`,
    code: '27295',
    review: true,
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'p3-1 guard: a title naming the open form, "guillotine above-knee amputation"',
    text: `Guillotine above-knee amputation for fulminant sepsis of the leg: a case report
A 66-year-old diabetic man arrived in septic shock. Surgery was carried out within two hours. Formal closure followed at 72 hours.`,
    code: '27592',
    review: true,
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'p3-1 title only (guard): the operation the title names was declined',
    text: `Hindquarter amputation declined by a patient with pelvic chondrosarcoma: a case report
A 47-year-old man with a large chondrosarcoma of the ilium was offered the operation. He declined surgery and was treated with proton therapy. He is alive with disease at three years.`,
    code: null,
    review: true,
  },
  // (2) Limb preservation stated as not possible or unsuitable points the other way; it keeps nothing.
  {
    klass: 'p3-2 unsuitable for limb-sparing surgery: the pelvic ring divided',
    text: `The patient was unsuitable for limb-sparing surgery because of sciatic nerve involvement. The sacroiliac joint was divided and the pubic symphysis was split with a Gigli saw. The wound was closed with a posterior flap.`,
    code: null,
    review: true,
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: 'p3-2 limb salvage was impossible: the pelvis divided, limb not mentioned',
    text: `Limb salvage was impossible because the tumour encased the iliac vessels. The symphysis pubis was divided and the sacroiliac joint was disarticulated.`,
    code: null,
    review: true,
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: 'p3-2 deemed unfit for limb salvage: the pelvis divided',
    text: `He was deemed unfit for limb salvage. The symphysis pubis was divided and the sacroiliac joint was disarticulated.`,
    code: null,
    review: true,
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: 'p3-2 limb-sparing surgery precluded: the pelvis divided',
    text: `Limb-sparing surgery was precluded by sciatic nerve involvement. The symphysis pubis was divided and the sacroiliac joint was disarticulated.`,
    code: null,
    review: true,
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: 'p3-2 limb salvage ruled out: the femur cut and the leg removed',
    text: `Limb salvage was ruled out at the tumour board. The femur was transected 10 cm above the knee and the leg removed.`,
    code: '27590',
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: 'p3-2 ineligible for limb-sparing resection: the femur cut and the leg removed',
    text: `She was ineligible for limb-sparing resection. The femur was transected 10 cm above the knee and the leg removed.`,
    code: '27590',
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: 'p3-2 guard: a candidate for limb salvage, the limb preserved',
    text: `A 44-year-old woman was a candidate for limb salvage. The ilium was osteotomised above the acetabulum and the iliac wing removed en bloc; the limb was preserved.`,
    code: '27075',
    anatomy: { limbPreserved: 'documented' },
  },
  {
    klass: 'p3-2 guard: the limb was spared after an internal hemipelvectomy',
    text: `A 44-year-old woman. The ilium was osteotomised above the acetabulum and lateral to the sacroiliac joint and the iliac wing was removed en bloc; the limb was spared and the acetabulum left intact.`,
    code: '27075',
  },
  // (3) Enneking types in reference and technique articles, described as the operation: the type names the
  // bone (I ilium, II periacetabular, III pubis and ischium, ranked with the acetabulum as both rami) and
  // the limb is kept unless an amputation is stated; a review that classifies or compares types is no operation.
  {
    klass: 'p3-3 Enneking case: underwent an Enneking type II resection, nothing more said',
    text: `A 48-year-old man with a chondrosarcoma of the left acetabulum underwent an Enneking type II resection.`,
    code: '27076',
    anatomy: { limbPreserved: 'documented' },
  },
  {
    klass: 'p3-3 Enneking case: type III resection of the pubis in one patient',
    text: `A 35-year-old man with an Ewing sarcoma of the right pubis was treated by a type III resection of the pubis. The symphysis and the ischial ramus were divided and the specimen removed; no reconstruction was needed.`,
    code: '27076',
  },
  {
    klass: 'p3-3 Enneking technique: we describe an Enneking type I resection of the ilium',
    text: `We describe an Enneking type I resection of the ilium for chondrosarcoma. The iliac wing is removed from the sacroiliac joint to just above the acetabulum, which is preserved. The gap is not reconstructed.`,
    code: '27075',
    generic: true,
  },
  {
    klass: 'p3-3 Enneking case: a periacetabular (type II) resection, the head left in the defect',
    text: `A 61-year-old woman had a periacetabular (type II) resection for a metastasis; the femoral head was left in the defect.`,
    code: '27076',
  },
  {
    klass: 'p3-3 Enneking review, no operation: the types only classified',
    text: `Pelvic resections are classified by Enneking into type I (iliac), type II (periacetabular), type III (obturator ring) and type IV (sacral). Reconstruction is most difficult after type II resections. Functional outcome depends on the preservation of the hip.`,
    code: null,
    review: true,
  },
  {
    klass: 'p3-3 Enneking review, no operation: types compared',
    text: `Internal hemipelvectomy types I to III are compared in this review; no operation is described. Type I resections had the best function.`,
    code: null,
    review: true,
    generic: true,
  },
  {
    klass: 'p3-3 Enneking guard: the types as a classification in a review of outcomes',
    text: `Resections were classified according to Enneking and Dunham: type I when confined to the ilium, type II when involving the acetabulum and type III when involving the pubis. Complications were commoner after type II resections.`,
    code: null,
    review: true,
  },
  {
    klass: 'p3-3 Enneking guard: a type I resection, then a hindquarter amputation for recurrence',
    text: `A 52-year-old man with a chondrosarcoma of the ilium had a type I resection followed by a hindquarter amputation for recurrence. The sacroiliac joint and the symphysis were divided and the limb removed.`,
    code: '27290',
  },
  // (4) The immediate postoperative prosthesis in a series or a technique: 27591, generic.
  {
    klass: 'p3-4 IPOP series: a rigid dressing and pylon in the operating room',
    text: `Between 2010 and 2016, 24 patients underwent transfemoral amputation for vascular disease. All patients were fitted with a rigid dressing and pylon in the operating room and began weight bearing on the second day.`,
    code: '27591',
    generic: true,
  },
  {
    klass: 'p3-4 IPOP technique: an immediate postoperative prosthesis (IPOP) is applied',
    text: `After the femur is divided and the wound closed over a drain, an immediate postoperative prosthesis (IPOP) is applied to the residual thigh before the patient leaves the operating room.`,
    code: '27591',
    generic: true,
  },
  {
    klass: 'p3-4 IPOP technique: a plaster socket with a pylon attached',
    text: `In our technique the above-knee amputation is closed in layers, and a plaster socket with a pylon attached is moulded over the stump on the table.`,
    code: '27591',
    generic: true,
  },
  {
    klass: 'p3-4 IPOP guard: a prosthesis fitted weeks later in a series',
    text: `Twenty patients underwent transfemoral amputation; the femur was divided at the mid-thigh and the wound closed. A prosthesis was fitted six weeks after the operation.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'p3-4 IPOP guard: prosthetic fitting was planned, a soft dressing applied',
    text: `Procedure: right above-knee amputation. The femur was cut 12 cm above the knee and the leg removed. The wound was closed and a soft dressing applied. Prosthetic fitting was planned once the stump had healed.`,
    code: '27590',
  },
  // (5) A guillotine amputation written for any limb names no thigh: no code; with the thigh or femur
  // stated it is 27592.
  {
    klass: 'p3-5 guillotine for any limb: amputated through healthy tissue',
    text: `In a guillotine amputation the limb is amputated through healthy tissue proximal to the infection. The skin, muscles and bone are divided at one level, the bone is sawn at the level of the skin and the wound is left open for a later revision.`,
    code: null,
    review: true,
    generic: true,
  },
  {
    klass: 'p3-5 guillotine for any limb: an open circular amputation for war wounds',
    text: `In an open circular amputation for war wounds the skin and muscles are divided in one plane down to the bone, the bone is sawn flush with the muscle, and the stump is left open without sutures.`,
    code: null,
    review: true,
    generic: true,
  },
  {
    klass: 'p3-5 guillotine at the ankle: a guillotine amputation with no thigh is no thigh code',
    text: `Procedure: right guillotine amputation at the ankle for wet gangrene. The ankle was transected through the joint and the wound left open.`,
    code: null,
    review: true,
  },
  {
    klass: 'p3-5 guillotine guard: the thigh stated, the femur sawn, left open',
    text: `In a guillotine amputation of the thigh the skin and muscles are divided circumferentially and the femur is sawn at the same level. The wound is left open and dressed for a later revision.`,
    code: '27592',
    generic: true,
  },
  {
    klass: 'p3-5 guillotine guard: a guillotine above-knee amputation told for any patient',
    text: `A guillotine above-knee amputation is performed when sepsis is uncontrolled: the soft tissues and the bone are divided at one level and the wound is left open for a second look.`,
    code: '27592',
    review: true,
    generic: true,
  },
  {
    klass: 'p3-5 guillotine guard: one patient, open circular amputation through the femur',
    text: `Procedure: right open circular amputation above the knee for wet gangrene. The skin and muscle were divided at the mid-thigh and the femur was sawn at the same level. The wound was left open and packed for a return to theatre in 48 hours.`,
    code: '27592',
    review: true,
  },
  // (6) A technique paper whose past tense is the method's or the authors' experience is generic; one
  // patient's narrative in the first person plural stays one patient's.
  {
    klass: 'p3-6 technique: we previously reported this technique',
    text: `We previously reported this technique of hip disarticulation. The femoral vessels were ligated, the capsule was divided around the femoral head and the limb was removed through the hip joint. The gluteal flap was closed over drains.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'p3-6 technique: the technique was developed in 2004',
    text: `The technique was developed in 2004 in our department. The symphysis was divided, the iliac vessels ligated and the sacroiliac joint transected, and the hindquarter was removed with a posterior flap.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'p3-6 technique: this approach has been used in our unit since 2009',
    text: `This approach to above-knee amputation has been used in our unit since 2009. The femur was divided at the mid-thigh, the leg was removed, the adductors were fixed to the bone through drill holes and the wound was closed in layers.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'p3-6 technique: we first introduced the method in 2011',
    text: `We first introduced the method in 2011 for elderly patients. The knee joint was opened, the cruciate ligaments were cut and the leg was removed through the knee, leaving the condyles intact.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'p3-6 guard: one patient, we divided the symphysis',
    text: `A 57-year-old man with a chondrosarcoma of the left ilium. We divided the symphysis pubis, ligated the common iliac vessels and transected the sacroiliac joint, and we removed the leg with the hemipelvis. We closed the posterior flap over drains.`,
    code: '27290',
  },
  {
    klass: 'p3-6 guard: one patient, we then transected the femur',
    text: `This 66-year-old woman had wet gangrene of the right foot. We raised equal anterior and posterior flaps, ligated the femoral vessels and then transected the femur 12 cm above the knee. We removed the leg and closed the wound over a drain.`,
    code: '27590',
    route: 'ready',
  },
  // (7) Case-report narration names the index operation unless it is dated before the presentation or
  // marked as prior.
  {
    klass: 'p3-7 case report: she had a right above-knee amputation performed',
    text: `A 79-year-old woman presented with a gangrenous right foot and sepsis. After resuscitation she had a right above-knee amputation performed. The stump healed and she was discharged on day 12.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: 'p3-7 case report: he eventually had an above-knee amputation, femur divided',
    text: `A 58-year-old man with a chronic infected nonunion of the right distal femur. Despite several debridements he eventually had an above-knee amputation; the femur was divided at the mid-thigh and the wound closed over a drain.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: 'p3-7 case report: he then had a hindquarter amputation',
    text: `A 50-year-old man was referred with a recurrent chondrosarcoma of the right ilium. He then had a hindquarter amputation. He recovered well and walks with a prosthesis.`,
    code: '27290',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: 'p3-7 guard: she had had a right above-knee amputation in 2010 and now presents',
    text: `A 70-year-old woman had had a right above-knee amputation in 2010 and now presents with a painful neuroma of the stump. The neuroma was excised and the sciatic nerve was buried in muscle; the femur was not touched.`,
    // The stump's neuroma excision, no bone work named, reads 27594 inferred (class mc5): coder review.
    code: '27594',
    review: true,
  },
  {
    klass: 'p3-7 guard: she had a right above-knee amputation performed and now presents',
    text: `A 70-year-old woman had a right above-knee amputation performed and now presents with a painful neuroma of the stump. The neuroma was excised; the femur was not touched.`,
    // The femur denied any handling states no femoral cut (as "not cut" and "left untouched" did): the
    // stump's soft-tissue work is 27594 (T87.3 supports it); the point stays that today is no 27590.
    code: '27594',
    review: true,
  },
  {
    klass: 'p3-7 prior: a hip disarticulation performed years earlier at another hospital',
    text: `A 62-year-old man had a left hip disarticulation performed years earlier at another hospital for a sarcoma. He now presents with a painful mass in the scar, which was excised with a margin of normal tissue.`,
    code: null,
    review: true,
  },
  // (8) First-person present in a dictation reaches the events like the past does, also with verbs that
  // are nouns elsewhere ("I now saw through the femur", "we section", "I deliver the hindquarter", "I take
  // the limb away"); a plan or a hypothetical in the first person does not.
  {
    klass: 'p3-8 first person present: I next saw through the femur and take the limb away',
    text: `This 74-year-old man with an ischaemic left leg. I mark equal flaps on the thigh. I next saw through the femur 12 cm above the knee and I take the limb away. I close over a drain.`,
    code: '27590',
    anatomy: { femurCut: 'documented', limbRemoved: 'documented' },
  },
  {
    klass: 'p3-8 first person present: I now section the femur at the mid-thigh',
    text: `This 69-year-old woman with a gangrenous right foot. Equal flaps are marked on the thigh. I now section the femur at the mid-thigh and remove the leg. The wound is closed in layers.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'p3-8 first person present: we split the symphysis and deliver the limb with the hemipelvis',
    text: `This 52-year-old man with a pelvic sarcoma. We split the symphysis. We now cut through the sacroiliac joint. We deliver the limb with the hemipelvis and close the posterior flap.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'p3-8 first person present: I deliver the leg through the knee',
    text: `This 80-year-old man. I open the knee joint, I divide the cruciate ligaments and the posterior capsule and I deliver the leg through the knee. The femoral condyles are left intact.`,
    code: '27598',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'p3-8 first person present: we now divide the femur, I then take the leg away',
    text: `We now divide the femur with the saw. I then take the leg away. Closure in layers. EBL 150.`,
    code: '27590',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'p3-8 guard: I would saw through the femur if the condyles were infected',
    text: `Procedure: left knee disarticulation. This 75-year-old woman. I open the knee joint and divide the cruciate ligaments and the posterior capsule and remove the leg through the knee. I would saw through the femur if the condyles were infected, but they are healthy and no bone is cut.`,
    code: '27598',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'p3-8 guard: we will section the femur at a second stage',
    text: `This 68-year-old man with a failing below-knee stump. I debride the necrotic muscle and leave the wound open. We will section the femur at a second stage if the wound does not improve.`,
    code: null,
    review: true,
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: 'p3-8 guard: "we saw no tumour" is no cut, "a saw" is no verb',
    text: `Left AKA. The femur was divided with a saw at the mid-thigh and the leg was removed. We saw no tumour in the stump.`,
    code: '27590',
  },
  // Round 2 (issue 10), `r2-` rows, in our own words.
  // (1) Which part of the innominate bone: a limb-sparing pelvic resection that never names the part
  // removed leaves 27075, 27076 and 27077 standing (an absent acetabulum is no evidence of the iliac
  // wing); the part named decides.
  {
    klass: 'r2p-1 pelvic part: internal hemipelvectomy, no part named',
    text: `PROCEDURE: Left internal hemipelvectomy for chondrosarcoma.
DESCRIPTION: Utilitarian incision. The femoral neurovascular bundle was protected. The osteotomies were made with a saw and the tumour was resected en bloc with wide margins. The limb was preserved. Closed over drains.`,
    code: null,
    standing: ['27075', '27076', '27077'],
    missing: PELVIC_PART,
  },
  {
    klass: 'r2p-1 pelvic part: limb-sparing pelvic resection, hemipelvis segment to histology',
    text: `Operation: right limb-sparing pelvic resection for Ewing sarcoma.
Technique: Through an ilioinguinal approach the pelvic bone was osteotomised with a Gigli saw and the tumour removed en bloc. The hemipelvis segment was sent to histology. The leg was kept. Wound closed in layers.`,
    code: null,
    standing: ['27075', '27076', '27077'],
    missing: PELVIC_PART,
  },
  {
    klass: 'r2p-1 pelvic part: case report, limb-salvage internal hemipelvectomy',
    text: `A 44-year-old woman underwent a limb-salvage internal hemipelvectomy for a pelvic osteosarcoma; the resected pelvis was sent for histology and the margins were clear. She walks with a stick.`,
    code: null,
    standing: ['27075', '27076', '27077'],
    missing: PELVIC_PART,
  },
  {
    klass: 'r2p-1 pelvic part: unpunctuated dictation, pelvic segment removed',
    text: `this is dr kim dictating. we performed a right internal hemipelvectomy for a chondrosarcoma. the pelvic bone was cut with osteotomes around the tumour and the segment removed en bloc with clear margins. the leg was kept. closed over two drains.`,
    code: null,
    standing: ['27075', '27076', '27077'],
    missing: PELVIC_PART,
  },
  {
    klass: 'r2p-1 pelvic part: only the name',
    text: `Procedure: Internal hemipelvectomy, left.`,
    code: null,
    standing: ['27075', '27076', '27077'],
    missing: PELVIC_PART,
  },
  {
    klass: 'r2p-1 guard: the iliac wing resected is 27075',
    text: `PROCEDURE: Left internal hemipelvectomy.
DESCRIPTION: The iliac wing was resected en bloc with the tumour from the sacroiliac joint to just above the acetabulum, which was preserved. The limb was kept. Closure over drains.`,
    code: '27075',
  },
  {
    klass: 'r2p-1 guard: Enneking type I after the name is the ilium, 27075',
    text: `Procedure: right internal hemipelvectomy, Enneking type I, for Ewing sarcoma.
Description: The ilium was osteotomised above the sciatic notch and at the sacroiliac joint and removed en bloc. The hip joint was preserved; the limb was kept.`,
    code: '27075',
  },
  {
    klass: 'r2p-1 guard: one pubic ramus resected is 27075',
    text: `Procedure: left internal hemipelvectomy. The superior pubic ramus was resected with the tumour from the symphysis to the iliopectineal eminence. The limb was kept and the acetabulum left intact.`,
    code: '27075',
  },
  {
    klass: 'r2p-1 guard: both pubic rami resected is 27076',
    text: `Procedure: right internal hemipelvectomy. Both pubic rami were resected en bloc with the tumour. The limb was kept.`,
    code: '27076',
  },
  {
    klass: 'r2p-1 guard: a periacetabular resection is 27076',
    text: `PROCEDURE: Right internal hemipelvectomy with periacetabular resection.
DESCRIPTION: The acetabulum was resected with the tumour en bloc. Reconstruction with a pedestal cup. The limb was kept.`,
    code: '27076',
  },
  {
    klass: 'r2p-1 guard: the whole innominate bone is 27077',
    text: `Procedure: left total innominate resection. The entire innominate bone was resected en bloc from the sacroiliac joint to the symphysis, and the femur was suspended. The limb was kept.`,
    code: '27077',
  },
  // (3) An article's index line (Keywords, Key words, MeSH terms) lists names, not the operation: it adds
  // no conflicting name, no feature and no second operation of a series.
  {
    klass: 'r2p-3 keywords: a hip disarticulation series lists hemipelvectomy among its keywords',
    text: `Hip disarticulation for soft-tissue sarcoma of the proximal thigh: a series of 14 patients
Keywords: Hip disarticulation; Hemipelvectomy; Sarcoma; Amputation; Outcome
Methods: Fourteen patients underwent hip disarticulation between 2005 and 2019. In each, the femoral vessels were ligated, the capsule was divided and the femoral head was dislocated from the acetabulum; the limb was removed and the pelvis kept.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'r2p-3 keywords: KEYWORDS naming internal hemipelvectomy in a hindquarter case',
    text: `KEYWORDS: internal hemipelvectomy, hindquarter amputation, chondrosarcoma
A 48-year-old man with a chondrosarcoma of the left pelvis. The symphysis was divided, the sacroiliac joint transected and the limb removed with the hemipelvis. The posterior flap was closed.`,
    code: '27290',
    anatomy: { limbPreserved: 'not_mentioned' },
  },
  {
    klass: 'r2p-3 keywords: Key words naming knee disarticulation in a transfemoral case report',
    text: `Above-knee amputation in a 72-year-old man with an ischaemic leg: case report
Key words: transfemoral amputation, knee disarticulation, peripheral arterial disease
A 72-year-old man with critical limb ischaemia of the left leg. Flaps were raised, the femoral vessels were ligated, the femur was transected at the mid-thigh and the leg removed. The wound was closed in layers.`,
    code: '27590',
    anatomy: { kneeDisarticulation: 'not_mentioned' },
  },
  {
    klass: 'r2p-3 keywords: MeSH terms naming hemipelvectomy before a hip disarticulation',
    text: `MeSH terms: Hemipelvectomy; Amputation, Surgical; Hip Joint
A 66-year-old woman with a sarcoma of the right proximal thigh. The femoral vessels were ligated, the hip capsule divided and the femoral head dislocated; the limb was removed through the hip joint and the pelvis preserved. The flap was closed over drains.`,
    code: '27295',
  },
  {
    klass: 'r2p-3 keywords: a series whose keywords name limb salvage beside its amputations',
    text: `Transfemoral amputation after failed limb salvage: 21 cases
Key-words: limb salvage; internal hemipelvectomy; transfemoral amputation
Twenty-one patients underwent an above-knee amputation after a failed endoprosthesis. In all, the femur was divided above the implant and the limb removed; the wound was closed over a drain.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'r2p-3 guard: "Key steps" is the description, read as the operation',
    text: `Procedure: right hip disarticulation.
Key steps: the femoral vessels were ligated, the capsule was divided and the femoral head dislocated; the limb was removed through the hip joint and the pelvis preserved. Closure over drains.`,
    code: '27295',
    anatomy: { hipDisarticulation: 'documented' },
  },
  // (2) A comparison or contrast with another operation, and what a relative clause says of that
  // operation, are not this text's facts, neither affirmed nor denied (context rule neg.contrast, generic,
  // `relative`); the comparison ends at its comma.
  {
    klass: 'r2p-2 comparison: distinguish it from internal hemipelvectomy, which keeps the limb',
    text: `Procedure: right hindquarter amputation for recurrent chondrosarcoma of the ilium. We distinguish it from internal hemipelvectomy, which removes the tumour but keeps the limb. The symphysis pubis was divided and the sacroiliac joint transected; the common iliac vessels were ligated and the limb was removed with the hemipelvis. The posterior flap was closed over drains.`,
    code: '27290',
    anatomy: { limbPreserved: 'not_mentioned' },
  },
  {
    klass: 'r2p-2 comparison: as opposed to an above-knee amputation, in which the femur is cut',
    text: `Procedure: Right knee disarticulation. As opposed to an above-knee amputation, in which the femur is cut, the condyles are kept. The knee joint was opened, the cruciate ligaments divided and the leg removed through the knee. Closure.`,
    code: '27598',
  },
  {
    klass: 'r2p-2 comparison: in contrast to the internal procedure, which preserves the leg',
    text: `Procedure: left external hemipelvectomy. In contrast to the internal procedure, which preserves the leg and resects only the pelvic bone, the whole limb was removed. The symphysis was divided and the sacroiliac joint was cut through; the limb and hemipelvis were removed.`,
    code: '27290',
    review: true,
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'r2p-2 comparison: compared with a transfemoral amputation, which cuts the femur',
    text: `Procedure: right hip disarticulation. Compared with a transfemoral amputation, which cuts the femur and leaves a stump, the hip disarticulation keeps the pelvis. The hip capsule was divided circumferentially and the limb removed through the hip joint. The pelvis was preserved.`,
    code: '27295',
  },
  {
    klass: 'r2p-2 comparison: rather than an above-knee amputation, where the femur is divided',
    text: `Operation: left through-knee amputation. Rather than an above-knee amputation, where the femur is divided, we kept the whole femur for end bearing. The capsule and the cruciate ligaments were divided and the leg was removed through the knee joint; the condyles were left intact. Closure over a drain.`,
    code: '27598',
  },
  {
    klass: 'r2p-2 guard: compared with the preoperative MRI, the femur was cut higher',
    text: `Procedure: right above-knee amputation. Compared with the preoperative MRI, the femur was cut 2 cm higher because of marrow oedema. The leg was removed and the wound closed over a drain.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'r2p-2 guard: in contrast to the previous scan, the tumour involved the SI joint',
    text: `Procedure: left hindquarter amputation. In contrast to the previous scan, the tumour now involved the sacroiliac joint. The symphysis was divided, the sacroiliac joint transected and the limb removed with the hemipelvis.`,
    code: '27290',
    review: true,
  },
  // (5) An operative guide's steps written as instructions ("you", "Step 2: Divide …", imperative bullets
  // or numbers, "Pearls", "Pitfalls") describe the operation in general, even with a side of its figure
  // (note rule generic.instructions); one patient's steps numbered in the past stay one patient's.
  {
    klass: 'r2p-5 instructions: Step 1 … Step 5 imperatives, with the right hip up',
    text: `Step 1: Place the patient in the lateral position with the right hip up. Step 2: Incise along the iliac crest to the pubic tubercle. Step 3: Ligate the external iliac vessels. Step 4: Divide the symphysis and then the sacroiliac joint. Step 5: Remove the limb with the hemipelvis and close the posterior flap.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'r2p-5 instructions: second person, you divide the femur on the left thigh',
    text: `You should position the patient supine. Next you mark equal flaps on the left thigh. You divide the femur 10 cm above the knee with a saw and remove the leg. You then close the wound over a drain.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'r2p-5 instructions: imperative bullets over the right knee',
    text: `Technique
• Mark a long anterior flap over the right knee.
• Open the joint and divide the cruciate ligaments and the posterior capsule.
• Remove the leg through the knee joint, leaving the femoral condyles intact.
• Suture the patellar tendon to the cruciates.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'r2p-5 instructions: an operative guide in the second person',
    text: `Operative guide: hip disarticulation. First, you ligate the femoral artery and vein. Then you release the muscles at their insertions around the hip. You open the capsule, cut the ligamentum teres and dislocate the head. The limb comes away through the hip joint.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'r2p-5 instructions: in this step you divide the sacroiliac joint',
    text: `In this step you divide the sacroiliac joint. Take care to protect the sacral nerve roots. Then you divide the symphysis and remove the limb with the hemipelvis.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'r2p-5 instructions: pearls and pitfalls with numbered imperatives, left side',
    text: `Pearls and pitfalls
1. Ligate the superficial femoral artery and vein separately in the left thigh.
2. Divide the sciatic nerve high under gentle traction.
3. Cut the femur at least 10 cm above the knee and remove the leg.
4. Close the adductors to the femur through drill holes.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'r2p-5 guard: one patient, numbered steps in the past tense',
    text: `Right above-knee amputation.
Procedure:
1. The patient was placed supine and the right leg was prepped and draped.
2. Anterior and posterior flaps were marked and raised.
3. The femoral vessels were ligated and the sciatic nerve was divided under traction.
4. The femur was transected with a saw at the mid-shaft and the leg removed.
5. The wound was closed in layers over a drain.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'r2p-5 guard: one patient, Step 1 … Step 4 in the past tense',
    text: `Procedure: left knee disarticulation.
Steps performed:
Step 1: A long anterior flap was raised.
Step 2: The knee joint was opened and the cruciate ligaments divided.
Step 3: The leg was removed through the knee joint; the condyles were left intact.
Step 4: The wound was closed over a drain.`,
    code: '27598',
  },
  {
    klass: 'r2p-5 guard: one patient with an imperative plan list',
    text: `Procedure: left above-knee amputation.
Description: Flaps were raised, the femoral vessels ligated and the femur divided at the mid-shaft with a saw. The leg was removed and the wound closed over a drain.
Plan:
1. Remove the drain at 48 hours.
2. Check the stump daily.`,
    code: '27590',
  },
  // (dt-1) A technique paper's own headings open the description: "Surgical technique", "Operative
  // steps", "Step 2: ..." (with or without a colon) end an "Indications" or "Preoperative
  // considerations" list above them, so the steps under them are the operation described, not history.
  {
    klass: 'dt-1 headings: Indications list, then Surgical technique with imperative bullets (thigh)',
    text: `This level is chosen when the knee cannot be kept and the thigh tissues are healthy.
Indications
- Dysvascular limb with no option for revascularisation
- Non-salvageable trauma of the leg
Surgical technique
- Raise equal anterior and posterior flaps over the distal thigh.
- Ligate the femoral vessels and divide the sciatic nerve under traction.
- Divide the femur with a saw 12 cm above the joint line and remove the leg.
- Close the fascia over a suction drain.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'dt-1 headings: Step 1 / Step 2 headings without colons under an Indications list (knee)',
    text: `The whole femur is kept, which gives an end-bearing residual limb with a long lever arm.
Indications
• Infected knee replacement that cannot be salvaged
• Frail patient unable to heal a below-knee wound
Step 1 Skin flaps
• Fashion a long anterior flap ending at the tibial tubercle.
Step 2 The joint
• Detach the patellar tendon, open the capsule and cut the cruciate ligaments off the tibia.
• Take the leg off through the knee joint and leave the condyles untouched.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'dt-1 headings: a Background paragraph, then Operative steps with numbered lines',
    text: `Most patients at this level have peripheral vascular disease.
Background: the femoral pulse should be palpable and the level of bone section is marked on the skin beforehand.
Operative steps
1. Incise the skin along the marked flaps and ligate the superficial femoral artery and vein.
2. Divide the femur with an oscillating saw at the marked level; remove the limb.
3. Suture the adductors to the femur through drill holes and close the skin.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'dt-1 headings: STEP 1 - and STEP 2 - with dashes, curettage in the present passive',
    text: `Cysts of the femoral neck carry a risk of fracture and deserve treatment.
Indications: recurrent aneurysmal bone cyst of the proximal femur in adolescents.
STEP 1 - Exposure
A lateral approach is made and a cortical window is opened over the cyst.
STEP 2 - Curettage
The lining is curetted out and the cavity is burred; it is then filled with allograft chips.`,
    code: '27356',
    generic: true,
  },
  {
    klass: 'dt-1 guard: one patient, numbered steps after an indications paragraph',
    text: `Indications: 72-year-old man with a gangrenous right foot and no reconstructable vessels.
Steps performed:
Step 1: Fish-mouth flaps were marked on the right thigh.
Step 2: The femoral vessels were ligated and the femur was transected at the junction of the middle and distal thirds; the leg was removed.
Step 3: The flaps were closed over a drain.`,
    code: '27590',
  },
  {
    klass: 'dt-1 guard: a plan in steps after the operation is still a plan',
    text: `Procedure: right knee disarticulation.
Description: The knee joint was opened, the cruciate ligaments divided and the leg removed through the joint; the condyles were left intact. The flaps were closed.
Plan:
Step 1: Mobilise on day one.
Step 2: If the wound fails, an above-knee amputation with division of the femur will be needed.`,
    code: '27598',
  },
  // (dt-2) A femur cut through in an amputation whose name is not written: the amputee named, or the
  // paired skin flaps that close over the bone end ("equal anterior and posterior flaps", "a fish-mouth
  // incision", "the ventral flap"), make the cut an amputation's, so the limb below it was removed
  // (inference femur-cut-in-amputation, coder review). A femur cut and plated keeps the limb.
  {
    klass: 'dt-2 amputation words: one patient, equal anterior and posterior flaps, femur sawn, no name',
    text: `Equal anterior and posterior flaps were marked on the left thigh. The femoral artery and vein were tied and the sciatic nerve was cut under tension. The femur was sawn through 14 cm above the joint line and its edge filed. The flaps were closed over a drain.`,
    code: '27590',
    route: 'coder-review',
  },
  {
    klass: 'dt-2 amputation words: imperative steps with a fish-mouth incision',
    text: `Fashion a fish-mouth incision a hand's breadth above the knee. Tie the superficial femoral vessels. Divide the femur level with the apex of the incision and file the cut end. Approximate the fascia and the skin.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'dt-2 amputation words: present passive, the ventral flap brought over the bone end',
    text: `The femoral vessels are ligated separately and the femur is divided with an oscillating saw a hand's breadth above the knee. The ventral flap is brought down over the bone end and sutured to the posterior fascia.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'dt-2 amputation words: dysvascular amputees, the femur divided with a Gigli saw',
    text: `Dysvascular amputees rarely walk well at this level. The femur is divided with a Gigli saw just above the adductor tubercle and the bone end is rounded with a rasp; the muscles are closed over it.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'dt-2 guard: a femoral osteotomy under a plate with a posterior skin flap keeps the limb',
    text: `Procedure: corrective distal femoral osteotomy, right. The femur was cut above the condyles with an oscillating saw and fixed with a locking plate. A posterior skin flap was advanced over the plate and the wound closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'dt-2 guard: a distal femoral resection with an endoprosthesis under anterior and posterior flaps',
    text: `Procedure: resection of the right distal femur for osteosarcoma with endoprosthetic reconstruction. The femur was osteotomised 16 cm above the joint line and the distal femur removed en bloc with a wide margin. A modular distal femoral replacement was cemented. Anterior and posterior skin flaps were closed over a drain.`,
    code: '27365',
    review: true,
  },
  // (dt-3) A sentence about the treatments available ("treatment options include ...", "X is the
  // standard treatment", "remains the treatment of choice", "standard treatments include ...") documents
  // nothing of this patient's operation (context rule generic.statement): its graft, margin or limb
  // salvage is no one's.
  {
    klass: 'dt-3 treatment statements: treatment modalities include bone grafting, calcium sulphate used',
    text: `Treatment modalities include curettage and bone grafting, cementation or resection. In this 12-year-old boy the right femoral cyst was curetted and packed with calcium sulphate pellets.`,
    code: '27355',
  },
  {
    klass: 'dt-3 treatment statements: bone grafting remains the treatment of choice, the lesion cemented',
    text: `Curettage with bone grafting remains the treatment of choice for such lesions. The right distal femoral lesion of this 30-year-old woman was curetted, burred and packed with cement.`,
    code: '27355',
  },
  {
    klass: 'dt-3 treatment statements: standard treatments include limb salvage, the knee disarticulated',
    text: `Standard treatments include above-knee amputation and limb salvage. The right knee of this 70-year-old man was disarticulated: the cruciate ligaments and capsule were divided and the leg removed through the joint, the femoral condyles left intact.`,
    code: '27598',
  },
  {
    klass: 'dt-3 treatment statements: limb salvage is the standard treatment, this leg amputated',
    text: `Limb salvage is the standard treatment for distal femoral osteosarcoma. In this 16-year-old boy the tumour encased the popliteal vessels; the left femur was divided at mid-shaft and the leg removed, and the flaps were closed.`,
    code: '27590',
  },
  {
    klass: 'dt-3 guard: the standard technique was used for this patient',
    text: `The standard technique was used: the left femur was transected 12 cm above the knee with a saw and the leg removed; the wound was closed in layers.`,
    code: '27590',
  },
  {
    klass: 'dt-3 guard: treatment included curettage and allograft for this patient',
    text: `Treatment included curettage of the left femoral cyst and packing of the cavity with allograft chips.`,
    code: '27356',
  },
  // (dt-4) "Limb salvage" or "limb preservation" naming a place, a team or a programme ("our Limb
  // Salvage Center", "the limb preservation service") is not the limb kept: an amputation done there
  // keeps its code.
  {
    klass: 'dt-4 institution: through-knee amputation at our Limb Salvage Center',
    text: `Through-knee amputation at our Limb Salvage Center: the right knee joint of this 68-year-old man was opened, the cruciate ligaments divided and the leg removed through the joint. The condyles were left intact.`,
    code: '27598',
  },
  {
    klass: 'dt-4 institution: referred to the regional limb salvage service, left AKA',
    text: `Referred to the regional limb salvage service. Left above-knee amputation: the femur was transected 10 cm above the knee and the leg removed; the wound was closed in layers.`,
    code: '27590',
  },
  {
    klass: 'dt-4 institution: the Limb Preservation Programme reviewed him, knee disarticulated',
    text: `The Limb Preservation Programme reviewed him before surgery. The right knee was disarticulated and the leg taken off through the joint, leaving the femur whole.`,
    code: '27598',
  },
  {
    klass: 'dt-4 institution: operated by the limb salvage team, hip disarticulation',
    text: `Operated by the limb salvage team. Left hip disarticulation: the capsule was opened, the ligamentum teres cut and the femoral head dislocated from the acetabulum; the limb was removed and no bone was cut.`,
    code: '27295',
  },
  {
    klass: 'dt-4 guard: limb salvage surgery with a distal femoral endoprosthesis keeps the limb',
    text: `Limb salvage surgery was performed: the left distal femur was resected en bloc with a wide margin for osteosarcoma and replaced with a modular endoprosthesis.`,
    code: '27365',
    review: true,
  },
  {
    klass: 'dt-4 guard: a limb-sparing resection at the sarcoma centre, 6 cm thigh sarcoma',
    text: `A limb-sparing resection was done at the sarcoma centre: the 6 cm sarcoma of the left thigh was excised en bloc with a wide margin and no bone was taken.`,
    code: '27364',
    review: true,
  },
  // (dt-5) A wide, radical or compartmental excision with no object, in a sentence that names a
  // soft-tissue tumour and no bone, is that tumour's resection ("she underwent radical excision revealing
  // a 24 cm lesion"); and a case compared with published ones ("one of the largest reported in the
  // literature", pseudo.literature-comparison) is still this patient's, not a general statement.
  {
    klass: 'dt-5 objectless excision: underwent radical excision, which revealed a 9 cm mass',
    text: `After the biopsy showed a pleomorphic sarcoma, she underwent radical excision, which revealed a 9 × 6 × 4 cm mass in the right adductor compartment.`,
    code: '27364',
  },
  {
    klass: 'dt-5 objectless excision: for the liposarcoma a wide local excision was carried out, 3.5 cm',
    text: `For the myxoid liposarcoma of the left thigh a wide local excision was carried out; the tumour measured 3.5 cm.`,
    code: '27329',
  },
  {
    klass: 'dt-5 objectless excision: radical resection was carried out for an 8 cm synovial sarcoma',
    text: `Radical resection was carried out for the 8 cm synovial sarcoma of the right hamstrings.`,
    code: '27364',
  },
  {
    klass: 'dt-5 literature comparison: the largest described in the literature to date',
    text: `A 58-year-old man underwent wide excision of a 15 cm liposarcoma of the right thigh, the largest described in the literature to date.`,
    code: '27364',
  },
  {
    klass: 'dt-5 guard: wide excision of a distal femoral osteosarcoma is a bone resection',
    text: `Wide excision of the left distal femoral osteosarcoma was performed, with an endoprosthetic replacement of the distal femur.`,
    code: '27365',
    review: true,
  },
  {
    klass: 'dt-5 guard: in the literature wide excision is advised, this lipoma shelled out',
    text: `In the literature, wide excision is advised for these sarcomas. This 4 cm lipoma of the right thigh was shelled out marginally.`,
    code: null,
    review: true,
  },
  // (dt-6) A chapter, article or review saying what it covers ("This chapter describes … the resection",
  // "the technique is reviewed in this article") describes an operation in general (note rule
  // generic.publication-scope); and an article's "Today, with modern chemotherapy …" means nowadays,
  // not the day of an operation, so it anchors no patient.
  {
    klass: 'dt-6 publication scope: Today, with modern chemotherapy … this chapter describes the resection',
    text: `Today, with modern chemotherapy, most osteosarcomas of the distal femur can be resected with wide margins. This chapter describes the staging, the resection of the distal femur and its reconstruction with a modular endoprosthesis.`,
    code: '27365',
    generic: true,
  },
  {
    klass: 'dt-6 publication scope: Today, most surgeons … reviewed in this article (knee)',
    text: `Today, most surgeons prefer a long posterior flap. The technique of knee disarticulation is reviewed in this article: the patellar tendon and the cruciate ligaments are divided and the leg is removed through the joint.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'dt-6 publication scope: this review summarises the operative steps (thigh)',
    text: `This review summarises the operative steps of above-knee amputation: flaps, ligation of the femoral vessels, division of the femur and myodesis of the adductors.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'dt-6 guard: Today, the patient was brought to the operating room',
    text: `Today, the patient was brought to the operating room. The left femur was transected 10 cm above the knee and the leg removed; the wound was closed in layers.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'dt-6 guard: this article describes one boy whose femur was resected',
    text: `This article describes a 16-year-old boy whose left distal femur was resected en bloc for osteosarcoma and replaced with an endoprosthesis.`,
    code: '27365',
    review: true,
  },

  // (4) Injury names and purpose clauses are not the operation performed: "traumatic hemipelvectomy",
  // "traumatic amputation" name the injury (historical.injury); a procedure name in a purpose clause is
  // what the operation is for (hypothetical.purpose). The operation is read from its own anatomy. The
  // completion of a traumatic hemipelvectomy is a hindquarter amputation (pr-2: pseudo.injury-completed).
  {
    klass: 'r2p-4 completion (pr-2): completion of a traumatic hemipelvectomy',
    text: `Procedure: completion of a traumatic hemipelvectomy, right.
Description: The patient arrived after a crush injury with a near-complete traumatic hemipelvectomy. The remaining soft-tissue bridge and the sciatic nerve were divided, the internal iliac vessels ligated, and the limb, already separated at the disrupted sacroiliac joint and symphysis, was removed. The wound was debrided and packed.`,
    code: '27290',
    findings: ['level.label-only'],
  },
  {
    klass: 'r2p-4 completion (pr-2): completion amputation after traumatic hemipelvectomy',
    text: `Procedure: completion amputation after traumatic hemipelvectomy. The remaining skin bridge and the femoral nerve were divided and the limb removed. The wound was packed.`,
    code: '27290',
    findings: ['level.label-only'],
  },
  {
    klass: 'r2p-4 injury: a case report titled traumatic hemipelvectomy',
    text: `Traumatic hemipelvectomy: survival after a crush injury, a case report
A 24-year-old man was admitted after a crush injury with a traumatic hemipelvectomy. Resuscitation, ligation of the iliac vessels and debridement were performed; the wound was packed.`,
    code: null,
    review: true,
    absent: ['level.label-only'],
  },
  {
    klass: 'r2p-4 injury: traumatic hindquarter amputation, debridement and closure',
    text: `Procedure: Right traumatic hindquarter amputation: debridement and closure. The wound was debrided, the internal iliac artery ligated and the flap closed over drains.`,
    code: null,
    review: true,
    absent: ['level.label-only'],
  },
  {
    klass: 'r2p-4 injury: washout of a traumatic amputation of the thigh',
    text: `Procedure: Washout and debridement of a traumatic amputation of the left thigh. The wound was irrigated with 6 litres of saline and the devitalised muscle excised. No bone was cut. The wound was packed.`,
    code: null,
    review: true,
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  {
    klass: 'r2p-4 purpose: tissue expander to prepare for an above-knee amputation',
    text: `Procedure: tissue expander placement in the thigh, to prepare for an above-knee amputation. The expander was placed under the fascia lata through a lateral incision. Closed.`,
    code: null,
    review: true,
    absent: ['level.label-only'],
  },
  {
    klass: 'r2p-4 purpose: graft excision in order to allow a through-knee amputation',
    text: `Operation: Excision of the skin graft over the thigh in order to allow a through-knee amputation at the next stage. The graft was excised and the wound dressed.`,
    code: null,
    review: true,
    anatomy: { kneeDisarticulation: 'not_mentioned' },
  },
  {
    klass: 'r2p-4 purpose: flap cover with a view to a later hip disarticulation',
    text: `Procedure: Muscle flap coverage of the groin wound with a view to a later hip disarticulation. The sartorius was rotated over the femoral vessels and the skin closed.`,
    code: null,
    review: true,
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass: 'r2p-4 guard: emergency hemipelvectomy for trauma is an operation',
    text: `Procedure: Emergency hemipelvectomy for trauma, right. The symphysis was divided, the sacroiliac joint disarticulated, the iliac vessels ligated and the limb removed with the hemipelvis.`,
    code: '27290',
    review: true,
  },
  {
    klass: 'r2p-4 guard: hindquarter amputation after a traumatic injury is an operation',
    text: `Procedure: Left hindquarter amputation after a traumatic injury. The symphysis pubis was divided, the sacroiliac joint was transected and the limb was removed with the hemipelvis. Posterior flap closure.`,
    code: '27290',
    review: true,
  },
  {
    klass: 'r2p-4 guard: a hip disarticulation to complete a traumatic amputation',
    text: `Procedure: Right hip disarticulation to complete a traumatic amputation. The femoral vessels were ligated, the hip capsule divided and the femoral head dislocated from the acetabulum; the limb was removed through the hip joint. The pelvis was intact.`,
    code: '27295',
  },
  {
    klass: 'r2p-4 guard: an above-knee amputation to allow mobilisation',
    text: `Procedure: Right above-knee amputation to allow mobilisation. The femur was transected at the mid-shaft with a saw and the leg removed. Closure in layers.`,
    code: '27590',
    route: 'ready',
  },
  // g2-1. Reconstruction and graft-harvest steps are not the tumour resection (round 2): a femoral or
  // fibular graft harvested for a pelvic reconstruction, an iliac crest graft for a femoral curettage.
  {
    klass: 'g2-1 harvest: femoral head and neck harvested by an osteotomy of the femoral shaft (type II)',
    text: `PROCEDURE: Resection of the left periacetabulum (Enneking type II) for chondrosarcoma with reconstruction using a proximal femoral autograft.
DESCRIPTION: Under general anaesthesia an ilioinguinal and lateral approach was made. The iliac osteotomy was made above the acetabulum with a Gigli saw, and the superior and inferior pubic rami were divided. The periacetabular tumour was removed en bloc with wide margins. The femoral head and neck were harvested with an osteotomy of the femoral shaft at the lesser trochanter and the proximal femur was used as an autograft, fixed to the ilium with plates. The limb was preserved. Closure over drains.`,
    code: '27076',
    anatomy: { femurCut: 'not_mentioned', boneResected: 'not_mentioned' },
  },
  {
    klass: 'g2-1 harvest: the proximal femur resected and used as an autograft, a fibular strut harvested',
    text: `Operation: Enneking type II resection of the right acetabulum for Ewing sarcoma; reconstruction with autograft.
The acetabulum with the tumour was resected en bloc through supra-acetabular and ramus osteotomies. The proximal femur was resected and used as an autograft to reconstruct the defect, and a fibular strut was harvested from the right leg to bridge the gap. The leg was kept.`,
    code: '27076',
    anatomy: { boneResected: 'not_mentioned' },
  },
  {
    klass: 'g2-1 harvest: the femoral cut in one sentence, the harvest of the proximal femur in the next',
    text: `Procedure: Type II internal hemipelvectomy for a chondrosarcoma of the left acetabulum with femoral autograft reconstruction.
The acetabulum was resected en bloc through osteotomies of the ilium and of both pubic rami. Through the same incision the femoral shaft was osteotomised below the lesser trochanter. The proximal femur was then harvested and fashioned to fill the defect, and fixed to the ilium with a plate. The limb was preserved.`,
    code: '27076',
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: 'g2-1 harvest: a tricortical iliac graft taken through an osteotomy of the iliac wing (curettage)',
    text: `Procedure: Curettage and bone grafting of an aneurysmal bone cyst of the proximal femur.
The cyst was curetted through a lateral cortical window and the walls burred. A tricortical graft was taken from the right iliac crest through an osteotomy of the iliac wing and morcellised into the cavity. The window was closed.`,
    code: '27357',
    anatomy: { pelvicBoneResected: 'not_mentioned', posteriorPelvicDivision: 'not_mentioned' },
  },
  {
    klass: 'g2-1 harvest: iliac crest bone harvested with osteotomes and packed into a femoral cyst',
    text: `Curettage of a femoral unicameral bone cyst. Iliac crest bone was harvested with osteotomes and packed into the defect after the cyst lining was curetted.`,
    code: '27357',
    anatomy: { graft: 'documented' },
  },
  {
    klass: 'g2-1 guard: curettage with iliac crest autograft stays 27357',
    text: `Procedure: Curettage of a benign tumour of the distal femur with iliac crest autograft.
A lateral window was made in the distal femoral cortex and the giant cell tumour was curetted to bleeding bone. Cancellous bone graft was harvested from the left iliac crest and packed into the cavity. The window was replaced. Closed in layers.`,
    code: '27357',
  },
  {
    klass: 'g2-1 guard: distal femoral resection for osteosarcoma with an allograft stays 27365',
    text: `Procedure: Radical resection of the distal femur for osteosarcoma with osteoarticular allograft reconstruction.
The femur was osteotomised 15 cm above the joint line and the knee joint was entered; the distal femur with the tumour was removed en bloc with wide margins. A distal femoral allograft was fixed with a plate. The limb was preserved.`,
    code: '27365',
    anatomy: { boneResected: 'documented' },
  },
  {
    klass: 'g2-1 guard: the resected femoral segment irradiated and used as an autograft is the resection',
    text: `Procedure: Resection of osteosarcoma of the distal femur with recycled autograft.
The distal femur was resected en bloc through an osteotomy 14 cm above the joint line. The resected segment was irradiated extracorporeally and used as an autograft, reimplanted with a plate. The limb was kept.`,
    code: '27365',
    anatomy: { boneResected: 'documented' },
  },
  {
    klass: 'g2-1 guard: a distal femoral resection with a harvested fibula stays 27365',
    text: `Procedure: Distal femoral resection for Ewing sarcoma, reconstructed with a free vascularised fibula.
The femur was osteotomised 12 cm above the joint line and the distal femur removed en bloc with the tumour. The ipsilateral fibula was harvested and used as a strut with an allograft. The limb was preserved.`,
    code: '27365',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'g2-1 guard: a strut harvested for a periacetabular resection stays 27076',
    text: `PROCEDURE: Wide resection of the right periacetabular chondrosarcoma (type II) and reconstruction.
The supra-acetabular ilium was osteotomised and both rami were cut; the acetabulum with the tumour was removed en bloc with wide margins. A vascularised fibular strut was harvested from the left leg and used to bridge the ilium to the femur. The femoral head was excised to seat the strut. The limb was kept.`,
    code: '27076',
  },
  {
    klass:
      'g2-1 guard: a tumour of the acetabulum and the proximal femur removed en bloc keeps 27076 (the pelvic code ranks)',
    text: `Procedure: Resection of a chondrosarcoma involving the left acetabulum and the proximal femur, with reconstruction.
The tumour involved the periacetabular bone and extended into the femoral head and neck. The ilium was osteotomised above the acetabulum and the pubic rami were divided. The femur was osteotomised below the lesser trochanter and the acetabulum and proximal femur were removed en bloc with wide margins. A saddle prosthesis was implanted. The limb was preserved.`,
    code: '27076',
  },
  // g2-2. A procedure name after "treated as", "managed as", "fitted as", "classified as" is the kind the
  // limb is managed or counted as, not the operation performed (round 2); "treated with/by" is the operation.
  {
    klass: 'g2-2 managed as: a knee disarticulation managed as a hip disarticulation for prosthetic purposes',
    text: `PROCEDURE: Left knee disarticulation.
The child was managed as a hip disarticulation for prosthetic purposes. The knee capsule and cruciates were divided and the leg removed through the knee joint; no femoral cut. Closed over a drain.`,
    code: '27598',
    absent: ['level.ambiguous'],
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass:
      'g2-2 classified as: a through-knee operation classified as a hip disarticulation for the prosthesis',
    text: `Operation: Right knee disarticulation for a congenital deficiency. The limb is classified as a hip disarticulation for prosthetic purposes because of the short femur. The knee joint was opened, the cruciate ligaments and capsule divided and the leg removed through the knee; the femur was not cut. Closed.`,
    code: '27598',
    absent: ['level.ambiguous'],
  },
  {
    klass: 'g2-2 managed as, no anatomy: the name is the prosthetic kind, not an operation',
    text: `The child was managed as a hip disarticulation for prosthetic purposes. The wound was closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g2-2 treated as, no anatomy: a congenital deficiency treated as an above-knee amputation',
    text: `Congenital deficiency, treated as an above-knee amputation. Skin closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g2-2 treated as, no anatomy: "the patient was treated as an above-knee amputation"',
    text: `The patient was treated as an above-knee amputation. The wound was closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g2-2 guard: treated with an above-knee amputation, femur transected',
    text: `Procedure: left above-knee amputation.
The patient was treated with an above-knee amputation. The femur was transected at mid-thigh with a saw and the sciatic nerve ligated. The wound was closed.`,
    code: '27590',
  },
  {
    klass: 'g2-2 guard: treated by hip disarticulation, capsule opened, no femoral cut',
    text: `Procedure: right hip disarticulation.
He was treated by hip disarticulation. The hip capsule was opened, the ligamentum teres cut and the femoral head dislocated; the limb was removed. No femoral cut. Closed.`,
    code: '27295',
  },
  {
    klass: 'g2-2 guard: treated with an above-knee amputation, no anatomy (label only)',
    text: `The patient, a 70-year-old man with gangrene, was treated with a left above-knee amputation. Closed in layers.`,
    code: '27590',
    review: true,
    findings: ['level.label-only'],
  },
  {
    klass: 'g2-2 guard: "was treated by hip disarticulation" names the operation',
    text: `Right side: he was treated by hip disarticulation for the infected prosthesis. Closed over drains.`,
    code: '27295',
  },
  {
    klass:
      'g2-2 guard: to be managed as an above-knee amputation by the prosthetist, the knee disarticulated',
    text: `Procedure: right knee disarticulation.
This 6-year-old with fibular hemimelia is to be managed as an above-knee amputation by the prosthetist. The patellar tendon was detached and the knee joint opened; the cruciate ligaments and the posterior capsule were divided and the leg was removed through the knee. The condyles were left intact. The wound was closed over a drain.`,
    code: '27598',
  },
  // g2-3. Completion and unsalvageable-limb wordings (round 2): "completion of the hindquarter amputation",
  // "formalisation of the traumatic amputation at the hip" name the code they complete (label only); an
  // unsalvageable or non-viable limb with a hemipelvectomy is the limb removed with the pelvis (inferred).
  {
    klass: 'g2-3 completion: "completion of the hindquarter amputation" is its name (label only)',
    text: `Procedure: Completion of the left hindquarter amputation.
The patient returned to theatre. The wound was debrided and closed.`,
    code: '27290',
    review: true,
    findings: ['level.label-only'],
  },
  {
    klass: 'g2-3 completion: "completion hemipelvectomy" is its name (label only)',
    text: `Operation: completion hemipelvectomy, right.
Washout and closure.`,
    code: '27290',
    review: true,
    findings: ['level.label-only'],
  },
  {
    klass: 'g2-3 completion: formalisation of the traumatic amputation at the hip names 27295 (label only)',
    text: `PROCEDURE: Formalisation of the traumatic amputation at the left hip.
The wound was debrided and closed over drains.`,
    code: '27295',
    review: true,
    findings: ['level.label-only'],
  },
  {
    klass: 'g2-3 unsalvageable: the limb deemed unsalvageable and a hemipelvectomy performed',
    text: `The left lower extremity was deemed unsalvageable and a left hemipelvectomy was performed. The wound was closed over drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'g2-3 unsalvageable: the limb non-viable and a hemipelvectomy carried out',
    text: `After the crush injury the right limb was non-viable and a hemipelvectomy was carried out. Closure over drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'g2-3 unsalvageable: the leg unsalvageable, the iliac wing and the symphysis divided',
    text: `Procedure: left hemipelvectomy.
The leg was unsalvageable after the blast injury. The iliac wing was osteotomised and the symphysis divided. The flaps were closed over drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'g2-3 unsalvageable: "judged not salvageable", the SI joint and the symphysis divided',
    text: `Procedure: Right hemipelvectomy for necrotising fasciitis.
The right leg was judged not salvageable. The sacroiliac joint was divided posteriorly and the pubic symphysis anteriorly, and the wound was packed.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'g2-3 unsalvageable: "could not be salvaged" is no limb kept',
    text: `The left limb could not be salvaged, so a left hemipelvectomy was performed through the sacroiliac joint and the symphysis. Closed over drains.`,
    code: '27290',
    anatomy: { limbPreserved: 'not_mentioned', limbRemoved: 'documented' },
  },
  {
    klass: 'g2-3 guard: an internal hemipelvectomy to salvage the limb keeps it',
    text: `Procedure: left internal hemipelvectomy.
An internal hemipelvectomy was performed to salvage the limb. The ilium was resected en bloc with the tumour through an osteotomy above the acetabulum. Closure over drains.`,
    code: '27075',
  },
  {
    klass: 'g2-3 guard: the limb deemed salvageable, an internal hemipelvectomy',
    text: `Procedure: left hemipelvectomy (internal).
The limb was deemed salvageable. The ilium was resected en bloc through osteotomies above the acetabulum and through the sacroiliac joint. The limb was preserved. Closure.`,
    code: '27075',
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  {
    klass: 'g2-3 guard: the limb salvageable and no hemipelvectomy',
    text: `The limb was deemed salvageable and a hemipelvectomy was not performed. The left wound was washed out and closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g2-3 guard: a non-viable leg removed by hip disarticulation stays 27295',
    text: `Procedure: right hip disarticulation.
The right leg was non-viable after the crush injury and a hip disarticulation was performed: the capsule of the hip was incised, the ligamentum teres was cut and the head of the femur was delivered out of the acetabulum. No pelvic bone was cut. Closed over drains.`,
    code: '27295',
  },
  {
    klass: 'g2-3 guard: a hemipelvectomy if the limb proves unsalvageable is a plan',
    text: `Procedure: debridement of the left thigh and groin.
If the left limb proves unsalvageable a hemipelvectomy will be needed. The necrotic muscle was excised and the wound was packed.`,
    code: null,
    review: true,
  },
  {
    klass: 'g2-3 guard: non-viable soft tissue, the leg kept in an internal hemipelvectomy',
    text: `Procedure: left internal hemipelvectomy.
Although the surrounding soft tissue was non-viable, the leg was kept: the ilium was resected en bloc with the tumour through osteotomies above the acetabulum and through the sacroiliac joint. Closure over drains.`,
    code: '27075',
  },

  // pr-1. A series or technique text of one operation names another in passing (a comparison, an
  // alternative, an indication, a subgroup, a complication leading to another): the operation of its
  // title, objective and method decides, not the other names.
  {
    klass: 'pr-1 series: hip disarticulation series, hemipelvectomy when not required',
    text: `Hip disarticulation for malignant tumours of the proximal femur: a review of 21 patients.
Objective: to report the outcome of hip disarticulation when hemipelvectomy is not required for local control.
Methods: Between 2004 and 2018, 21 patients underwent hip disarticulation at our institution. In every case the femoral vessels were ligated, the hip capsule was opened and the femoral head was dislocated from the acetabulum; the pelvis was preserved and no femoral cut was made.
Results: Three patients later needed a hemipelvectomy for local recurrence. Median survival was 31 months.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pr-1 series: hindquarter amputation outcomes compared with hip disarticulation (British)',
    text: `Background: External hemipelvectomy remains the operation of last resort for pelvic sarcoma. We compared our hindquarter amputations with a contemporaneous group of hip disarticulations.
Patients and methods: Eighteen consecutive hindquarter amputations performed between 2001 and 2016 were analysed. The sacroiliac joint was divided posteriorly and the symphysis pubis anteriorly, and the limb was removed together with the hemipelvis.
Results: Wound breakdown was commoner than after hip disarticulation. Five-year survival was 38%.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pr-1 series: knee disarticulation in children, two later revised above the knee',
    text: `Knee disarticulation in twelve children with lower-limb deficiency.
We reviewed twelve children who underwent knee disarticulation between 2008 and 2020. The knee joint was entered, the cruciate ligaments and the posterior capsule were divided and the leg was removed through the joint; the femoral condyles were left intact. Two children subsequently required an above-knee amputation for terminal overgrowth. All walked with a prosthesis.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'pr-1 guard: technique paper of hip disarticulation, hindquarter amputation as the alternative',
    text: `A posterior-flap technique for hip disarticulation.
We describe our technique of hip disarticulation, an alternative to hindquarter amputation for tumours that spare the acetabulum. The femoral vessels are ligated below the inguinal ligament. The hip capsule is incised circumferentially, the ligamentum teres is divided and the femoral head is delivered from the acetabulum. The posterior flap is closed over drains.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pr-1 guard: above-knee amputation series, a subgroup had a knee disarticulation before (US)',
    text: `Outcomes of transfemoral amputation in 46 patients with peripheral arterial disease.
Methods: We retrospectively reviewed 46 patients who underwent above-knee amputation. The femur was transected 10 to 12 cm above the knee joint and a myodesis was performed. A subgroup of five patients had previously undergone knee disarticulation that failed to heal.
Results: Primary healing occurred in 39 patients.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'pr-1 series: hip disarticulation for infected arthroplasty, two needed a hindquarter amputation',
    text: `Hip disarticulation for the infected hip arthroplasty: 14 cases.
We reviewed 14 patients treated by hip disarticulation for uncontrolled periprosthetic infection. The components were removed, the capsule excised and the limb removed through the hip joint; the acetabulum was debrided but not resected. Two patients with pelvic osteomyelitis went on to hindquarter amputation. Eight patients died within two years.`,
    code: '27295',
    generic: true,
  },
  {
    klass:
      'pr-1 series: a subgroup with a prior above-knee amputation, knee disarticulation the subject (US)',
    text: `Knee disarticulation in nonambulatory patients: a 10-year review.
Sixty-two knee disarticulations were performed in 58 patients; a subgroup of four had an above-knee amputation of the opposite limb. In all cases the patellar tendon was released, the cruciate ligaments were divided and the leg was removed through the knee joint. Wound healing was achieved in 51 limbs.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'pr-1 guard: a series that names several different operations reads none',
    text: `Major amputations for sarcoma: 40 patients.
Methods: We reviewed 40 patients: 22 underwent above-knee amputation, 10 hip disarticulation and 8 hindquarter amputation. In the hindquarter amputations the sacroiliac joint and the symphysis were divided; in the disarticulations the femoral head was dislocated; in the above-knee amputations the femur was transected.`,
    code: null,
    generic: true,
  },
  {
    klass: 'pr-1 guard: a series titled with two operations, both described, reads none',
    text: `Hip disarticulation and hindquarter amputation for soft-tissue sarcoma of the groin: 30 patients.
Thirty patients were treated between 2000 and 2020: 17 by hip disarticulation, in whom the femoral head was dislocated from the acetabulum and the pelvis kept, and 13 by hindquarter amputation, in whom the sacroiliac joint and the symphysis were divided.`,
    code: null,
    generic: true,
  },
  {
    klass:
      'pr-1 guard: one patient, hip disarticulation chosen rather than hemipelvectomy, stays one patient',
    text: `A 66-year-old woman presented with a recurrent myxofibrosarcoma of the right proximal thigh. Because the acetabulum was free of tumour, hip disarticulation was chosen rather than hemipelvectomy. The femoral vessels were ligated, the hip capsule was opened and the femoral head was dislocated; the limb was removed and the pelvis preserved. No femoral cut was made.`,
    code: '27295',
  },
  // pr-2. A traumatic hemipelvectomy is an injury; its completion (debridement and completion,
  // "formalisation") is a hindquarter amputation.
  {
    klass: 'pr-2 series: traumatic hemipelvectomy, completion at the first operation',
    text: `Traumatic hemipelvectomy: experience with five survivors.
Traumatic hemipelvectomy is a rare and usually fatal injury. Five patients survived to reach our unit between 2005 and 2019. All were taken to theatre for debridement and completion of the traumatic hemipelvectomy: the remaining soft-tissue bridge was divided, the internal iliac vessels were ligated and the wound was covered with a posterior flap.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pr-2 case report: formalisation of a traumatic hemipelvectomy (British)',
    text: `A 24-year-old motorcyclist sustained a traumatic hemipelvectomy of the left side. After resuscitation he was taken to theatre, where the traumatic hemipelvectomy was formalised: the devitalised muscle was debrided, the residual attachments at the sacroiliac joint were divided and the common iliac artery was ligated. The posterior flap was closed over drains. He was discharged at six weeks.`,
    code: '27290',
  },
  {
    klass: 'pr-2 guard: completion of the hindquarter amputation after a traumatic hemipelvectomy (US)',
    text: `We present a 31-year-old man who suffered a near-complete traumatic hemipelvectomy in a farm accident. He underwent emergent exploration with completion of the hindquarter amputation, ligation of the external iliac vessels and debridement. A gluteal flap was used for closure. He survived.`,
    code: '27290',
  },
  {
    klass: 'pr-2 guard: completion amputation of the hemipelvectomy after the injury',
    text: `Abstract. Background: Traumatic hemipelvectomy is the avulsion of one lower limb with its hemipelvis. Case: A 19-year-old woman was run over by a lorry. Completion amputation of the hemipelvectomy with debridement was carried out on the day of injury and the wound was left open for a second look. Conclusion: early completion and staged closure saved her life.`,
    code: '27290',
  },
  {
    klass: 'pr-2 case report: debridement and completion of the traumatic hemipelvectomy (US)',
    text: `A 42-year-old man was pinned under a tractor and arrived with a traumatic hemipelvectomy of the right side. On arrival he underwent debridement and completion of the traumatic hemipelvectomy, with ligation of the internal iliac artery and division of the remaining gluteal muscles. The wound was packed open.`,
    code: '27290',
  },
  {
    klass: 'pr-2 abstract: formalisation of a traumatic hindquarter amputation (British)',
    text: `Summary. We describe a 17-year-old girl who sustained a traumatic hindquarter amputation in a road traffic collision. Formalisation of the traumatic hindquarter amputation was undertaken within six hours: the wound was debrided, the iliac vessels were ligated and the flap was fashioned from the remaining buttock skin.`,
    code: '27290',
  },
  {
    klass: 'pr-2 guard: a traumatic hemipelvectomy as history, today a flap revision',
    text: `Procedure: Revision of the posterior flap, left.
Two years ago he sustained a traumatic hemipelvectomy, which was completed at another hospital. Today the scar was excised and the flap advanced and closed. No bone was cut.`,
    code: null,
    review: true,
  },

  {
    klass: 'pr-1 guard: knee disarticulation chapter, above-knee amputation when the condyles are lost',
    text: `Knee disarticulation
Knee disarticulation gives an end-bearing stump and is preferred to above-knee amputation when the skin over the condyles is sound; above-knee amputation is reserved for the ischaemic knee. Long anterior and short posterior flaps are raised. The patellar tendon is detached from the tibial tubercle and the knee joint is entered. The cruciate ligaments and the posterior capsule are divided and the leg is removed through the joint. The condyles are not cut.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'pr-1 guard: hindquarter amputations, hip disarticulation offered instead is excluded',
    text: `Hindquarter amputation for pelvic chondrosarcoma: 25 years' experience.
Between 1995 and 2020, 34 patients underwent hindquarter amputation; patients whose acetabulum was free of tumour were offered hip disarticulation instead and are excluded. The symphysis pubis was divided and the ilium was osteotomised through the sacral ala, and the limb was removed with the hemipelvis. Local recurrence occurred in six patients.`,
    code: '27290',
    generic: true,
  },
  // pr-3. A single case report's only statement of the operation is "(left) hemipelvectomy" after an
  // unsalvageable limb: an unqualified hemipelvectomy with the limb removed is the hindquarter (external)
  // operation; an internal hemipelvectomy keeps the limb.
  {
    klass: 'pr-3 guard: unsalvageable limb, she underwent left hemipelvectomy',
    text: `A 38-year-old woman was admitted after a motorcycle crash with an open pelvic fracture and a crushed left lower limb. Despite repeated debridement the limb was unsalvageable, and she underwent left hemipelvectomy on the fifth day. She was mobilising with crutches at three months.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: hemipelvectomy, the leg removed together with the hemipelvis (British)',
    text: `A 61-year-old man presented with a fungating recurrent sarcoma of the right buttock. Limb salvage was not possible. He underwent a hemipelvectomy, the leg being removed together with the hemipelvis, and the posterior flap was closed over drains. Histology confirmed clear margins.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: emergent hemipelvectomy for a nonviable extremity (US)',
    text: `Case presentation: A 29-year-old man was transferred with necrotizing soft-tissue infection of the left thigh and groin and a nonviable extremity. He was taken emergently for left hemipelvectomy. He required two further debridements and was discharged to rehabilitation.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: "(left) hemipelvectomy" in brackets after the limb could not be saved',
    text: `An 18-year-old girl with a pelvic Ewing sarcoma progressed on chemotherapy, with the sciatic nerve and the iliac vessels encased so that the limb could not be saved. Surgery (left hemipelvectomy) was performed after multidisciplinary review. She remains free of disease at two years.`,
    code: '27290',
  },
  {
    klass: 'pr-3 case report: limb salvage being impossible, right hemipelvectomy with iliac osteotomy',
    text: `A 60-year-old woman had an unresectable sarcoma of the right thigh and pelvis. Limb salvage being impossible, she underwent right hemipelvectomy, with osteotomy of the ilium and division of the pubic rami. She was alive at 18 months.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: limb-sparing surgery not feasible, a left hemipelvectomy (British)',
    text: `A 44-year-old man was referred with a high-grade chondrosarcoma of the left ilium involving the sciatic notch. As limb-sparing surgery was not feasible, a left hemipelvectomy was performed through the sacroiliac joint and the symphysis pubis. He mobilises with crutches.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: unsuitable for limb salvage, hemipelvectomy (US)',
    text: `The patient, a 56-year-old man with an unresectable osteosarcoma of the right pelvis encasing the iliac vessels, was unsuitable for limb salvage. He underwent a right hemipelvectomy; the ilium was osteotomized and the pubic rami were divided. Margins were negative.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: limb salvage deemed impossible, hemipelvectomy through the SI joint',
    text: `Limb salvage was deemed impossible in this 39-year-old woman, and she underwent left hemipelvectomy with division of the sacroiliac joint and the pubic symphysis. Recovery was complicated by a flap infection.`,
    code: '27290',
  },
  {
    klass: 'pr-3 case report: not a candidate for limb salvage and underwent a hemipelvectomy (US)',
    text: `The patient, a 56-year-old man with an osteosarcoma of the right pelvis encasing the iliac vessels, was not a candidate for limb salvage and underwent a right hemipelvectomy; the ilium was osteotomized and the pubic rami were divided. Margins were negative.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: no limb-sparing option, and she went on to a left hemipelvectomy (British)',
    text: `A 37-year-old woman with a recurrent pelvic chondrosarcoma had no limb-sparing option and went on to a left hemipelvectomy, with division of the sacroiliac joint and the symphysis pubis. She was discharged on day 19.`,
    code: '27290',
  },
  {
    klass: 'pr-3 guard: an internal hemipelvectomy in a case report keeps the limb',
    text: `A 45-year-old woman presented with a chondrosarcoma of the left acetabulum. The limb could be saved, and she underwent a left internal hemipelvectomy with resection of the acetabulum through osteotomies of the ilium and of both pubic rami. The limb was preserved and reconstructed with a custom implant.`,
    code: '27076',
  },
  // pr-4. Congenital or paediatric knee disarticulation (proximal femoral focal deficiency, fibular
  // hemimelia; "through-knee", "disarticulation at the knee"; with a Syme or Boyd ankle procedure; a
  // conversion for prosthetic fitting) is 27598.
  {
    klass: 'pr-4 guard: fibular hemimelia, disarticulation at the knee (US)',
    text: `A 3-year-old boy with severe fibular hemimelia and a short, unstable tibia was referred for prosthetic management. After discussion with the family, disarticulation at the knee was performed. The ligaments and capsule were divided, the leg was removed through the joint and the distal femoral physis was protected. He walked independently in a prosthesis by the age of four.`,
    code: '27598',
  },
  {
    klass: 'pr-4 series: through-knee amputation in proximal femoral focal deficiency (British)',
    text: `Through-knee amputation in children with proximal femoral focal deficiency.
Eleven children with PFFD underwent through-knee amputation to allow fitting of an above-knee prosthesis. The foot and leg were removed through the knee joint, preserving the distal femoral epiphysis. All children were fitted with a prosthesis within three months.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'pr-4 guard: knee disarticulation combined with a Syme amputation for prosthetic conversion',
    text: `A 5-year-old girl with congenital longitudinal deficiency of the femur had been fitted with an extension prosthesis. For better prosthetic fitting she underwent conversion by knee disarticulation; a Syme amputation of the contralateral foot was done at the same sitting. The knee joint was opened, the cruciate ligaments divided and the leg removed at the knee. Recovery was uneventful.`,
    code: '27598',
  },
  {
    klass: 'pr-4 guard: a Boyd procedure was considered, the leg disarticulated through the knee',
    text: `We report a 2-year-old with tibial hemimelia and a fixed flexion deformity of the knee. A Boyd amputation was considered but the knee could not be reconstructed, so the leg was disarticulated through the knee. The patella was left in place and the flaps closed. He was fitted with a knee-disarticulation prosthesis at 14 months after surgery.`,
    code: '27598',
  },
  {
    klass: 'pr-4 case report: amputation through the knee joint for tibial hemimelia',
    text: `We report a 4-year-old girl with tibial hemimelia in whom an amputation through the knee joint was performed to allow prosthetic fitting. The stump healed well.`,
    code: '27598',
    findings: ['level.label-only'],
  },
  {
    klass:
      'pr-4 case report: amputation at the level of the knee joint with a Syme of the other foot (British)',
    text: `A 5-year-old boy with bilateral congenital deficiency underwent amputation at the level of the knee joint on the left, combined with a Syme amputation of the right foot, for prosthetic fitting. He now walks with prostheses.`,
    code: '27598',
    findings: ['level.label-only'],
  },
  {
    klass: 'pr-4 series: infants with fibular hemimelia, knee disarticulation for fitting',
    text: `Early knee disarticulation for severe fibular hemimelia.
Fourteen infants with severe fibular hemimelia underwent knee disarticulation before walking age. The leg was removed through the knee joint with the distal femoral physis preserved. All walked with a prosthesis by 20 months.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'pr-4 guard: Syme amputation with knee arthrodesis is no knee disarticulation',
    text: `A 4-year-old with proximal femoral focal deficiency underwent knee arthrodesis and Syme amputation to convert the limb for an above-knee prosthesis. The knee was fused with an intramedullary rod and the foot was removed at the ankle. He was fitted at three months.`,
    code: null,
    review: true,
  },
  // pr-5. The patient's existing above-knee amputation named in the introduction is history; the index
  // operation is what was done now.
  {
    klass: 'pr-5 guard: man with a right above-knee amputation, a hip disarticulation now',
    text: `A 58-year-old man with a right above-knee amputation presented with a recurrent chondrosarcoma of the right proximal femur. He underwent a right hip disarticulation: the joint capsule was incised all round, the round ligament was cut and the femoral head was delivered from its socket. The pelvis was preserved. He healed without complication.`,
    code: '27295',
  },
  {
    klass: 'pr-5 guard: transfemoral amputee, excision of a thigh sarcoma now (no size)',
    text: `Abstract. A 64-year-old woman with a left above-knee amputation presented with a painful mass in the residual limb. MRI showed a soft-tissue sarcoma within the adductors. She underwent wide excision of the mass en bloc with a cuff of normal muscle; the femur was not cut. Histology showed a myxofibrosarcoma with clear margins.`,
    code: null,
    review: true,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'pr-5 case report: AKA amputee, neuroma excision now, no code of the family',
    text: `We describe a 70-year-old man with a long-standing left above-knee amputation who presented with pain in his stump. A neuroma of the sciatic nerve was excised and the nerve was buried in muscle. His pain resolved.`,
    // No code, or 27594 inferred from the stump's neuroma excision (class mc5), in coder review.
    code: '27594',
    review: true,
    absent: ['level.label-only'],
  },
  {
    klass: 'pr-5 guard: above-knee amputee, now a hindquarter amputation (British)',
    text: `A 49-year-old man with a right above-knee amputation for trauma presented with a sarcoma of the right hemipelvis. A hindquarter amputation was carried out: the sacroiliac joint was divided posteriorly, the pubic symphysis was divided anteriorly and the residual limb was removed with the hemipelvis.`,
    code: '27290',
  },
  {
    klass: 'pr-5 case report: a woman with a long-standing AKA, stump ulcer excised, femur not cut',
    text: `A 71-year-old woman with a long-standing left above-knee amputation presented with a chronic ulcer over the end of her stump. The ulcer and the underlying scar were excised and the wound was closed in two layers; the femur was not cut. The wound healed in three weeks.`,
    code: '27594',
  },
  {
    klass: 'pr-5 guard: a male with a right AKA, a hip disarticulation now (terse, US)',
    text: `Abstract: A 45-year-old male with a right AKA was referred with a recurrent myxofibrosarcoma of the stump. Right hip disarticulation was performed. He was ambulating at 6 weeks.`,
    code: '27295',
  },
  {
    klass:
      'pr-3 case report: an unresectable buttock sarcoma, limb-sparing surgery not feasible (paediatric)',
    text: `An 11-year-old boy had an unresectable rhabdomyosarcoma of the left buttock and thigh after chemotherapy. Limb-sparing surgery was not feasible, and a left hemipelvectomy was done with division of the sacroiliac joint and the symphysis. He remains disease-free.`,
    code: '27290',
  },
  {
    klass: 'pr-5 guard: an above-knee amputation done now in a case report stays 27590',
    text: `A 58-year-old man with diabetic gangrene of the right foot underwent a right above-knee amputation. The femur was transected at the mid-thigh and the wound was closed primarily.`,
    code: '27590',
  },
  {
    klass: 'pr-5 case report: an old above-knee amputation re-cut higher is a re-amputation',
    text: `A 58-year-old man with a right above-knee amputation presented with osteomyelitis of the femoral stump. He underwent revision: the right femur was re-transected 5 cm proximal to the previous level and the wound was closed.`,
    code: '27596',
  },
  // pr-6. Atlas and textbook steps told in the present passive or in the third person ("the femur is
  // divided …", "the incision is carried …", "the surgeon then …"), not as imperatives: generic texts.
  {
    klass: 'pr-6 guard: atlas, the femur is divided 10 cm above the joint line, the incision is carried',
    text: `Transfemoral amputation.
The incision is carried through the skin and the fascia lata. The femoral artery and vein are isolated and tied separately, and the sciatic nerve is pulled down and transected sharply. The femur is divided 10 cm above the joint line with an oscillating saw. The muscles are attached to the bone through drill holes and the wound is closed over a drain.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'pr-6 guard: atlas, the surgeon then divides, the patient is positioned (US)',
    text: `Hip disarticulation. The patient is positioned in the lateral decubitus position. The surgeon then makes a racquet incision centred over the greater trochanter. The femoral vessels are ligated and the hip capsule is opened circumferentially; the ligamentum teres is cut and the femoral head is dislocated. The gluteal flap is brought forward and sutured to the inguinal ligament.`,
    code: '27295',
    generic: true,
  },
  {
    klass: "pr-6 guard: textbook, the patient's leg is elevated, flaps are carried to bone (British)",
    text: `Above-knee amputation: operative steps
The patient's leg is elevated and exsanguinated. Equal anterior and posterior fish-mouth flaps are marked and the incision is deepened to bone. The femoral vessels are doubly ligated. The bone is divided at the marked level and its edges are rounded with a rasp. The adductors are sutured to the lateral cortex and the fascia is closed.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'pr-6 guard: textbook steps with "is carried out" and "is performed", no imperatives',
    text: `Knee disarticulation: technique
A long anterior flap is used. Division of the patellar tendon is carried out at its insertion and the joint is entered from the front. Division of the cruciate ligaments and the posterior capsule is performed next, and the leg is removed through the joint without cutting the condyles. The patellar tendon is sutured to the stumps of the cruciates.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'pr-6 atlas: a figure caption names the side of its picture',
    text: `Above-knee amputation
The incision is carried down through subcutaneous tissue and fascia. The superficial femoral artery and vein are identified, doubly ligated, and divided. The sciatic nerve is pulled distally and transected. The femur is divided 10 cm above the joint line, and the edges are smoothed with a rasp. The fascia is closed over a drain.
Figure 3. The right thigh after division of the femur.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'pr-6 atlas: "the resident then closes", a third-person step (US)',
    text: `Hip disarticulation
An incision is made from the anterior superior iliac spine along the inguinal ligament. The femoral artery and vein are ligated. The muscles are taken down at their insertions and the capsule is incised; the ligamentum teres is cut and the limb is removed. The resident then closes the wound in layers.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pr-6 textbook: "estimated blood loss is usually …" is no op-note field',
    text: `Knee disarticulation. A long anterior flap is raised. The surgeon then detaches the patellar tendon and enters the knee; the cruciates are cut and the capsule is taken down posteriorly. The limb is removed and the patella is left in place. Estimated blood loss is usually less than 200 mL.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'pr-6 atlas: Fig. 2 shows the left hip, the capsule is opened (British)',
    text: `Hip disarticulation: technique
The femoral vessels are ligated below the inguinal ligament and the femoral nerve is divided. The capsule is opened circumferentially and the ligamentum teres is divided, and the head is delivered from the acetabulum.
Fig. 2: the left hip after the capsule has been opened.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pr-6 guard: an op note with EBL and a resident stays one patient',
    text: `Procedure: Above-knee amputation.
The incision is carried down to fascia. The femoral vessels are ligated and the femur is divided with a saw. The resident closed the wound in layers. EBL 200 mL.`,
    code: '27590',
    review: true,
  },
  {
    klass: 'pr-6 guard: a real dictation in the present tense with a side stays one patient',
    text: `Procedure: Left above-knee amputation.
The incision is carried down to the fascia. The femoral vessels are ligated and the sciatic nerve is transected. The left femur is divided 10 cm above the joint line. The wound is closed over a drain. Estimated blood loss 250 mL.`,
    code: '27590',
  },
  // 10. documentation elements written the way set D's dictations write them (dict-b)
  {
    klass: '10 admission in the ward line of a header; a bare wound closure names no stump technique',
    text: `Orthopaedic Theatre Record - Ward 6 (admitted 28/11, inpatient)
Surgeon: Dr A. Banda. Anaesthesia: spinal.
History: left above-knee amputation in 2023 for trauma. Now a chronically infected stump with exposed femur; osteomyelitis on X-ray.
Procedure: revision of the left above-knee amputation at a higher level.
The old scar was excised. The femoral vessels were religated and the sciatic nerve was cut higher under traction.
The femur was divided with an oscillating saw 6 cm proximal to the old bone end and the edges were filed.
Washout. Wound closed.
EBL 300 ml. Specimen: distal femur to histology and culture. Complications: none.`,
    code: '27596',
    route: 'query-physician',
    findings: ['doc.missing'],
    absent: ['doc.missing:inpatientAdmission'],
    statuses: { inpatientAdmission: 'documented', reconstructionTechnique: 'not_mentioned' },
  },
  {
    klass: '10 a myoplasty described (opposing muscles sutured over the bone end), not named',
    text: `Orthopaedic Theatre Record - Ward 6 (admitted 28/11, inpatient)
Surgeon: Dr A. Banda. Anaesthesia: spinal.
History: left above-knee amputation in 2023 for trauma. Now a chronically infected stump with exposed femur; osteomyelitis on X-ray.
Procedure: revision of the left above-knee amputation at a higher level.
The old scar was excised. The femoral vessels were religated and the sciatic nerve was cut higher under traction.
The femur was divided with an oscillating saw 6 cm proximal to the old bone end and the edges were filed.
Washout. Quadriceps sutured to the hamstrings over the bone end, then the wound was closed.
EBL 300 ml. Specimen: distal femur to histology and culture. Complications: none.`,
    code: '27596',
    route: 'ready',
    values: { reconstructionTechnique: 'myoplasty' },
    statuses: { inpatientAdmission: 'documented' },
  },
  {
    klass: '10 pathology as a bracketed source on the diagnosis, and a frozen section free of tumour',
    text: `Operation: left distal femoral resection for tumour with endoprosthetic replacement.
Diagnosis: Dedifferentiated chondrosarcoma, left distal femur (core biopsy 04/11/2026, histopathology HP-26-7702).
Imaging: MRI of the femur and CT of the chest reviewed. Consent obtained for limb salvage, with amputation discussed.
The tumour was exposed through a medial approach with the biopsy tract excised in continuity. A wide en bloc resection was carried out: the distal femur was osteotomised 16 cm above the joint line and the specimen removed with a cuff of normal muscle.
Frozen section of the proximal marrow: no tumour.
A distal femoral endoprosthesis was cemented. The wound was closed over drains.
EBL 600 ml. Complications: none.`,
    code: '27365',
    route: 'ready',
    absent: ['doc.missing:pathology'],
    values: { pathology: 'margins negative' },
  },
  // pv1. The limb taken off at the hip joint, told without the operation's name: removal, separation or
  // detachment of the leg at or through the hip joint, the femur freed from the acetabulum or its socket.
  {
    klass: 'pv1 hip-joint removal: removal of the whole leg from the pelvis at the hip (nominal, British)',
    text: `Operation on the right side for a fungating sarcoma of the thigh: removal of the whole leg from the pelvis at the level of the hip, the acetabulum being preserved and no bone cut. Haemostasis was secured and the flaps were closed over a drain.`,
    code: '27295',
  },
  {
    klass: 'pv1 hip-joint removal: the leg separated at the joint capsule (US, terse)',
    text: `Left leg. Vessels ligated in the groin. Leg separated from the pelvis at the hip joint capsule, acetabulum untouched, no femoral cut. Skin closed with staples.`,
    code: '27295',
  },
  {
    klass:
      'pv1 hip-joint removal: the head of the femur freed from its socket, the limb taken off at the hip',
    text: `The patient, a 63-year-old woman with gas gangrene of the left thigh, was taken to theatre. The muscles around the hip were cut at their insertions, the head of the femur was freed from its socket and the left limb was taken off at the hip. The acetabulum was kept. The wound was packed.`,
    code: '27295',
  },
  {
    klass: 'pv1 guard: a textbook definition, the limb freed at the hip joint',
    text: `This operation is the removal of the entire leg at the hip joint, detaching the femur from the pelvis while the acetabulum is kept. The muscles are detached from the pelvis, the capsule is divided all round and the limb is then freed.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pv1 guard: the leg kept, the proximal femur resected through the hip joint and replaced',
    text: `Right side. Through a lateral approach the hip joint was opened and the proximal femur was resected en bloc with the sarcoma with a wide margin, 18 cm from the tip of the trochanter. The leg was kept and an endoprosthesis was cemented. Closure over drains.`,
    code: '27365',
  },
  {
    klass: 'pv1 guard: the leg removed through the thigh, the femur cut',
    text: `Left above-knee amputation. The femur was transected 12 cm above the joint line and the leg was removed through the thigh, well below the hip joint. Closed in layers.`,
    code: '27590',
  },

  // pv2. A textbook's statements of practice (how such conditions are treated nowadays, what a strategy
  // may achieve) name operations no one had: limb-sparing surgery, a high transfemoral amputation, a
  // staged guillotine amputation. The operation the text describes is still read.
  {
    klass: 'pv2 practice: tumours now usually treated with limb salvage, a hip disarticulation described',
    text: `Sarcomas of the proximal thigh are nowadays mostly treated with limb-salvage surgery. When that fails, the leg is removed through the hip joint: the capsule is opened all round, the ligamentum teres is cut and the femoral head is dislocated from the acetabulum, which is kept.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pv2 guard: a staged guillotine amputation that may help, a hip disarticulation described',
    text: `In a septic limb a staged strategy, with an open guillotine amputation further down first, may help to control the infection. The definitive operation divides the muscles at their insertions around the hip; the joint capsule is then incised and the head of the femur is dislocated out of the acetabulum.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pv2 practice: limbs that can now be managed by transfemoral amputation, limb-sparing care (US)',
    text: `Many limbs can now be managed by a high transfemoral amputation, and tumors are increasingly handled with limb-sparing resection. For the remainder, the hip joint capsule is divided circumferentially and the femoral head is dislocated from the socket; the acetabulum is preserved and the limb is removed.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pv2 guard: the patient treated with limb-sparing surgery keeps the limb',
    text: `A 44-year-old man with a left iliac chondrosarcoma was treated with limb-sparing surgery: the left ilium was resected en bloc through osteotomies above the acetabulum and through the sacroiliac joint. The leg was preserved. Closure over drains.`,
    code: '27075',
  },

  // pv3. A textbook's past tense about practice or about the tumour, and "the patient's … should", tie
  // the text to no one patient: "historically the operation was performed for …", "where the flap was
  // involved by tumour", "the patient's nutrition should be optimised". It stays generic.
  {
    klass: 'pv3 textbook anchors: "historically … was performed" and "the patient\'s … should be"',
    text: `Historically this operation was performed for most sarcomas of the thigh. The patient's general condition should be optimised beforehand. The femoral vessels are ligated, the muscles are detached from the pelvis and the femoral head is dislocated from the acetabulum, which is kept.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pv3 textbook anchors: a flap that "was involved" by tumour in an atlas chapter',
    text: `The anterior thigh flap suits tumours of the buttock where the gluteal skin was involved or contaminated at biopsy. The hemipelvis is freed by dividing the symphysis pubis in front and the sacroiliac joint behind, and the whole limb is removed with it; the quadriceps flap is then turned up to close the defect.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pv3 textbook anchors: "traditionally … were done" and "the patient\'s leg must be" (US)',
    text: `Traditionally these amputations were done under spinal anesthesia. The patient's leg must be supported by an assistant. The capsule is opened circumferentially, the ligamentum teres is cut and the femoral head is delivered from the socket; no bone is divided.`,
    code: '27295',
    generic: true,
  },
  {
    klass: "pv3 guard: one patient's leg prepped and the operation narrated",
    text: `The patient's left leg was prepped and draped. The femoral vessels were ligated, the hip capsule was opened and the femoral head was dislocated from the acetabulum. The limb was removed. Closure over drains.`,
    code: '27295',
  },
  {
    klass: 'pv3 guard: a case report whose tumour was involved, narrated in the past',
    text: `A 58-year-old man had a chondrosarcoma of the right ilium; the sciatic nerve was involved. The symphysis pubis and the sacroiliac joint were divided and the right leg was removed with the hemipelvis.`,
    code: '27290',
    review: true,
  },
  {
    klass:
      'pv3 textbook anchors: "this has resulted in" and "if the patient\'s healing is in doubt … should"',
    text: `Better chemotherapy has resulted in fewer of these operations. If there is doubt about the patient's ability to heal at this level, a more proximal amputation should be chosen. The capsule is incised all round and the femoral head is dislocated from the acetabulum; the limb is removed and the acetabulum left in place.`,
    code: '27295',
    generic: true,
  },

  // pv4. The femur cut to harvest a graft for a pelvic defect: a sentence that names the pelvic tumour
  // does not make the donor cut a femoral resection ("resection of the pelvic tumour included an
  // osteotomy through the femur below the trochanters, harvesting its upper end to fill the defect").
  {
    klass: 'pv4 graft harvest: a femoral osteotomy harvesting the upper femur for a pelvic defect',
    text: `A 39-year-old woman with a right periacetabular chondrosarcoma. The acetabulum was resected en bloc with the tumour and the limb was preserved. Excision of the pelvic tumour was followed by an osteotomy through the femur below the trochanters, harvesting its upper end as an autograft for the defect, which was fixed with a plate.`,
    code: '27076',
  },
  {
    klass:
      'pv4 graft harvest: the proximal femur taken as a graft after excision of the iliac sarcoma (British)',
    text: `Left side. For the periacetabular sarcoma the acetabulum and the adjacent ilium were excised with a wide margin, the leg being kept. To reconstruct the gap, the femur was osteotomised below the lesser trochanter and the proximal femur was harvested as a graft for the pelvic sarcoma defect.`,
    code: '27076',
  },
  {
    klass: 'pv4 guard: the proximal femur resected for its own tumour stays a femoral resection',
    text: `Right side. The proximal femur was resected en bloc with the osteosarcoma through an osteotomy of the femoral shaft with a wide margin; the leg was kept and a cemented endoprosthesis was inserted.`,
    code: '27365',
    review: true,
  },

  // pv5. The acetabulum named as the resection's kind: "an acetabular resection", "acetabular excision",
  // "acetabulectomy", with the limb kept (27076).
  {
    klass: 'pv5 acetabular resection: an acetabular resection with hip transposition',
    text: `A 41-year-old man with a left pelvic chondrosarcoma underwent an acetabular resection with wide margins; the hip was managed with a transposition of the femoral head to the ilium and the limb was kept.`,
    code: '27076',
  },
  {
    klass: 'pv5 acetabular resection: acetabular excision and a saddle prosthesis (British, passive)',
    text: `Right side. Acetabular excision was carried out for the Ewing sarcoma and the pelvis was reconstructed with a saddle prosthesis; the leg was salvaged.`,
    code: '27076',
  },
  {
    klass: 'pv5 acetabular resection: a series of acetabulectomies with reconstruction',
    text: `Nine patients underwent partial acetabulectomy for metastatic carcinoma, with the limb preserved and the acetabulum rebuilt with a cemented cage in every case.`,
    code: '27076',
    generic: true,
  },
  {
    klass: 'pv5 guard: acetabular reaming for a hip replacement is no resection',
    text: `Left side. The acetabulum was reamed and a cup inserted; the femoral neck was cut and a stem cemented. The limb was kept.`,
    code: null,
    review: true,
  },

  // pv6. A series' later operations and attempts are not the operation it reports: "three later needed a
  // further revision to a hindquarter amputation" after hip disarticulations; "limb salvage was
  // attempted in three" before their hindquarter amputations.
  {
    klass:
      'pv6 later revision: hip disarticulations, two later revised to a completion hindquarter amputation',
    text: `Six patients with necrotising fasciitis had emergency hip disarticulation, the femur being disarticulated from the acetabulum in each. Three of them needed a further revision to a formal hindquarter amputation within the month.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pv6 later revision: one needed conversion to a hemipelvectomy (US)',
    text: `We reviewed 12 hip disarticulations for ischemia; the femoral head was dislocated from the acetabulum and the limb removed. One patient went on to need conversion to a hemipelvectomy for flap necrosis.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'pv6 attempted: limb salvage attempted in some, hindquarter amputation the operation',
    text: `Eight patients with open pelvic fractures were treated. Limb salvage was attempted in three; all eight ultimately underwent hindquarter amputation.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pv6 guard: a series with two different index operations names no one code',
    text: `Fifteen patients were treated: nine had hip disarticulation and six had hindquarter amputation through the sacroiliac joint and the symphysis.`,
    code: null,
    generic: true,
  },

  // pv7. Both pelvic divisions in one "through" phrase ("amputated through the sacroiliac joint and the
  // pubic symphysis"), and the limb resected together with the hemipelvis ("removal of the leg with
  // the hemipelvis and the overlying buttock"): a hindquarter amputation.
  {
    klass: 'pv7 hindquarter: the limb amputated through the sacroiliac joint and the symphysis pubis',
    text: `A 66-year-old man with a left pelvic chondrosarcoma. The left lower limb was amputated through the sacroiliac joint and the symphysis pubis, and the posterior flap was closed over drains.`,
    code: '27290',
  },
  {
    klass:
      'pv7 hindquarter: amputation through the symphysis pubis and the sacro-iliac joint (British, nominal)',
    text: `Right side, for a recurrent gluteal sarcoma. Amputation through the symphysis pubis and the sacro-iliac joint was completed and the defect closed with a quadriceps flap.`,
    code: '27290',
  },
  {
    klass: 'pv7 hindquarter: removal of the leg with the hemipelvis and the buttock skin',
    text: `A 57-year-old woman had an ulcerated carcinoma of the right buttock fixed to the ilium. Removal of the right leg with the hemipelvis and the overlying buttock skin left a large defect, which was closed with an anterior thigh flap.`,
    code: '27290',
  },
  {
    klass: 'pv7 hindquarter: the leg resected en bloc with the hemipelvis (US)',
    text: `Right side. The leg was resected en bloc together with the hemipelvis for the sarcoma, and the wound was closed with a posterior gluteal flap.`,
    code: '27290',
  },
  {
    klass: 'pv7 guard: an iliac resection through the sacroiliac joint and the sciatic notch keeps the limb',
    text: `Left side. The ilium was resected through the sacroiliac joint and the sciatic notch above the acetabulum; the leg was preserved.`,
    code: '27075',
  },

  // pv8. A series that names one family of operations ("internal hemipelvectomy": 27075, 27076 or
  // 27077) names one operation, not several: its anatomy still decides which.
  {
    klass: 'pv8 family name: a series of internal hemipelvectomies taking the acetabulum',
    text: `Eleven patients underwent internal hemipelvectomy for chondrosarcoma; in all of them the acetabulum was resected with the tumour and the limb was preserved, the hip being rebuilt with a custom prosthesis.`,
    code: '27076',
    generic: true,
  },
  {
    klass: 'pv8 family name: internal hemipelvectomy of the iliac wing in a series (British)',
    text: `We reviewed 14 patients who had an internal hemipelvectomy for sarcoma of the iliac wing. The ilium was excised above the acetabulum in each, and every limb was salvaged.`,
    code: '27075',
    generic: true,
  },
  // Two names of the family's different members are two operations, though both belong to it.
  {
    klass: 'pv8 guard: a series of periacetabular resections and total innominate resections names two',
    text: `Nine patients with pelvic chondrosarcoma were treated. Six had a periacetabular resection with the limb salvaged. Three had a total innominate resection, the hip rebuilt with a saddle prosthesis.`,
    code: null,
    generic: true,
  },
  {
    klass:
      'pv8 guard: total innominate resection and periacetabular resection in one sentence of a series (US)',
    text: `We reviewed 15 patients: 10 underwent periacetabular resection and 5 underwent total innominate resection for sarcoma, and each limb was preserved.`,
    code: null,
    generic: true,
  },
  {
    klass: 'pv8 guard: a series of hip disarticulations or hemipelvectomies names two operations',
    text: `Seven patients had either a hip disarticulation or a hemipelvectomy for buttock sarcoma, closed with an adductor flap; the femoral head was dislocated from the acetabulum in the disarticulations.`,
    code: null,
    generic: true,
  },
  {
    klass: 'pv3 textbook anchors: "the operations described in the previous chapter" is no terse narration',
    text: `The two operations described in the previous chapter need a healthy buttock flap. Where the buttock skin cannot be used, the thigh flap may be raised instead; the symphysis pubis is divided in front, then the sacroiliac joint is divided behind, and the whole limb is taken away together with the hemipelvis.`,
    code: '27290',
    generic: true,
  },

  // pv9. A publication's byline (author names) before its only heading ("BACKGROUND", "Background")
  // narrates nothing: the text under the heading is still the text, not a history section.
  {
    klass: 'pv9 byline: a chapter with authors then BACKGROUND, a hindquarter amputation defined',
    text: `Thigh Flap Closure of the Pelvis
Anna K. Lindqvist
Tomas Berg
BACKGROUND
The thigh flap serves where the buttock cannot. Once the limb is amputated through the SI joint and the symphysis, the quadriceps flap may be turned up over the pelvic floor.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'pv9 guard: an author with degrees then "Background", the limb removed at the hip joint (US)',
    text: `Salvage Surgery for the Septic Limb
R. J. Okafor, MD
Background
In septic patients the capsule is opened all round and the femoral head is dislocated from the acetabulum; the limb is then removed, leaving the acetabulum in place.`,
    code: '27295',
    generic: true,
  },
  {
    klass:
      'pv9 guard: an op note whose indications plan a hemipelvectomy and whose description is a hip disarticulation',
    text: `Right hip disarticulation
Indications: should the margins be involved, a hemipelvectomy through the sacroiliac joint and the symphysis may follow.
Description: the hip capsule was opened and the femoral head was dislocated from the acetabulum; the limb was removed and the pelvis kept.`,
    code: '27295',
  },
  {
    klass: 'pv9 byline: two authors then SUMMARY, the femoral head lifted out of the acetabulum (British)',
    text: `The Septic Thigh
S. Patel and H. Muller
SUMMARY
Where the femur is infected throughout, the leg may be removed whole: the capsule is incised and the femoral head is lifted out of the acetabulum, which is kept.`,
    code: '27295',
    generic: true,
  },
  // sl-1. A side as a bare adjunct after the operation's or the limb's name: between commas, after a
  // dash, in parentheses, as a letter in parentheses, "lt." / "rt." (a full stop that ends no sentence
  // before a lower-case word or a limb), a spoken comma. A side word qualifies a limb word as a whole
  // word: "the right decision", "the right lateral position" name no limb ("si" inside "decision" is no
  // "SI" joint). Guards: the abbreviations that are no sides ("L4-5", "2 L/min", "R0", "left in situ",
  // "right away", "all right") and the other leg named before the side ("the opposite leg (left)").
  {
    klass: 'sl-1 bare side between commas after the name: Above-knee amputation, left, extended (claim RT)',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `Procedure: Above-knee amputation, left, extended.
Description: Equal anterior and posterior flaps were raised. The femoral vessels were ligated and the sciatic nerve divided under traction. The femur was sawn through 10 cm above the joint line and the limb removed. Closed in layers over a drain.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 bare side after a dash: hip disarticulation - right (claim LT)',
    claim: { cpt: '27295', modifiers: ['LT'] },
    text: `Procedure: hip disarticulation - right
Indication: recurrent sarcoma of the proximal thigh.
Description: Racquet incision. The femoral vessels were ligated in the groin. The hip capsule was opened circumferentially, the round ligament was cut and the head of the femur was delivered from the acetabulum. The limb was removed; the acetabulum was preserved and no femoral cut was made. Gluteal flap closed over drains.`,
    code: '27295',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 bare side in parentheses, terse bullets: AKA (left) (claim RT)',
    claim: { cpt: '27590', modifiers: ['RT'] },
    text: `Op: AKA (left) for wet gangrene
- fish-mouth flaps
- femoral vessels tied, sciatic nerve cut
- femur sawn at the distal third, leg off
- closed in layers`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 abbreviation before the name: Lt. through-knee amputation (claim RT)',
    claim: { cpt: '27598', modifiers: ['RT'] },
    text: `PROCEDURE: Lt. through-knee amputation.
DESCRIPTION: The patellar tendon was released and the knee joint opened. The cruciate ligaments and the posterior capsule were divided and the leg was removed through the joint. No bone was cut. Closed over a drain.`,
    code: '27598',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 a letter in parentheses after the name: transfemoral amputation (R) (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: transfemoral amputation (R)
Technique: Flaps raised. The vessels were ligated and the sciatic nerve divided. The femur was cut with an oscillating saw at the mid-thigh and the leg removed. Myodesis; layered closure.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 abbreviation after the name: knee disarticulation rt. (claim LT)',
    claim: { cpt: '27598', modifiers: ['LT'] },
    text: `Procedure: knee disarticulation rt.
The knee joint was entered anteriorly, the cruciates and the posterior capsule were cut and the leg was removed through the knee. The condyles were preserved; no bone cut. Closed.`,
    code: '27598',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 bare side after an en dash, British: Hindquarter amputation – left (claim RT)',
    claim: { cpt: '27290', modifiers: ['RT'] },
    text: `Operation: Hindquarter amputation – left, for chondrosarcoma of the ilium.
Technique: The iliac vessels were ligated. The sacroiliac joint was divided with an osteotome and the symphysis pubis was divided. The limb was removed with the hemipelvis. A posterior flap was closed over drains.`,
    code: '27290',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 raw speech: above knee amputation comma right period (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `this is doctor ames dictating procedure above knee amputation comma right period flaps were raised period the femoral vessels were ligated and the sciatic nerve divided period the femur was sawn at the mid thigh and the leg removed period closed in layers period`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 no limb named: the right decision is no side (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
Indication: after discussion the patient felt amputation was the right decision.
Description: Flaps raised. The femoral vessels were ligated and the sciatic nerve divided. The femur was sawn at the mid-thigh and the limb removed. Closed.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
    absent: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 no limb named: turned into the right lateral position (claim LT)',
    claim: { cpt: '27295', modifiers: ['LT'] },
    text: `Procedure: hip disarticulation.
The patient was turned into the right lateral position on a beanbag. The femoral vessels were ligated, the hip capsule opened and the femoral head dislocated. The limb was removed; the acetabulum was preserved; no femoral cut. Closed over drains.`,
    code: '27295',
    route: 'query-physician',
    findings: ['doc.missing'],
    absent: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 guard: L4-5, 2 L/min, R0, left in situ, right away, all right name no side (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
Anaesthesia: spinal at L4-5, oxygen 2 L/min by mask.
Description: Flaps were raised right away. The femoral vessels were ligated and the sciatic nerve divided. The femur was sawn through and the limb removed with an R0 margin of the gangrene. All right, a drain was left in situ and the wound closed.`,
    code: '27590',
    route: 'query-physician',
    findings: ['doc.missing'],
    absent: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 guard: the opposite leg (left) padded, the right femoral vessels (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
Description: The opposite leg (left) was padded. The right femoral vessels were ligated and the femur was sawn at the mid-thigh. The leg was removed. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-1 guard: the contralateral limb, left, protected; flaps on the right thigh (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
Description: The contralateral limb, left, was protected on a gel pad. Flaps were raised on the right thigh. The femoral vessels were ligated and the femur was sawn. The leg was removed. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  // sl-2. A side on an operative site that is not the limb: "a left open wound", "the right posterior
  // flap", "the dehisced right wound", "the left granulating wound" are the operative side. The side of
  // the OTHER limb stays the other's: an old amputation of the other leg in the narrative is read against
  // the side of today's anatomy (the femoral cut on the right thigh), so it is no prior amputation of this
  // thigh. Guards: a thigh stump's side, the contralateral stump padded, the other leg's history.
  {
    klass: 'sl-2 a left open wound on a thigh stump closed secondarily (claim RT)',
    claim: { cpt: '27594', modifiers: ['RT'] },
    text: `Procedure: secondary closure of above-knee amputation stump.
Findings: a left open wound 9 x 5 cm, clean and granulating.
Description: The wound edges were excised and the granulation tissue debrided. The femur was not cut. The wound was closed in layers over a drain.`,
    code: '27594',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 the right posterior flap necrotic at its tip (claim LT)',
    claim: { cpt: '27594', modifiers: ['LT'] },
    text: `Procedure: revision of an above-knee amputation stump, soft tissue only.
Findings: the right posterior flap had a 4 cm area of necrosis at its tip.
Description: The necrotic skin and fat were excised back to bleeding tissue. The femur was not re-cut. The flaps were re-approximated over a drain.`,
    code: '27594',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 the dehisced right wound resutured, British passive (claim LT)',
    claim: { cpt: '27594', modifiers: ['LT'] },
    text: `Operation: resuturing of transfemoral stump.
The dehisced right wound was opened fully, washed out with saline and the slough debrided. The femur was not shortened. The wound was closed with interrupted nylon.`,
    code: '27594',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 the left granulating wound, terse bullets (claim RT)',
    claim: { cpt: '27594', modifiers: ['RT'] },
    text: `Op: secondary closure, thigh stump
- left granulating wound inspected: clean
- edges freshened, no bone cut
- closed over a drain`,
    code: '27594',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 the right open wound today, an old left AKA in the history (claim LT)',
    claim: { cpt: '27594', modifiers: ['LT'] },
    text: `Procedure: delayed closure of the above-knee amputation stump.
History: old left AKA in 2012; guillotine amputation of the other thigh four days ago.
Description: The right open wound was clean and granulating. The wound edges were trimmed and the wound closed over a drain. The femur was not cut.`,
    code: '27594',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 other limb: an old left AKA in the narrative, the femur cut on the right thigh (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
Description: He has an old left AKA from 2012. Today flaps were raised on the right thigh, the femoral vessels were ligated and the femur was sawn at the mid-thigh. The leg was removed. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 guard: an old AKA (left) in the narrative, the right thigh today (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
Description: The patient lost the other leg years ago (old AKA (left), 2012). Today flaps were raised on the right thigh, the femoral vessels were ligated and the femur was sawn through. The leg was removed and the wound closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 guard: the left thigh stump re-amputated (claim RT)',
    claim: { cpt: '27596', modifiers: ['RT'] },
    text: `Procedure: re-amputation through the thigh.
History: AKA in 2019.
Description: The left thigh stump was opened through the old scar and the femur transected 5 cm proximal to the bone end. Closed in layers.`,
    code: '27596',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 the right wound closed, the contralateral left stump padded (claim LT)',
    claim: { cpt: '27594', modifiers: ['LT'] },
    text: `Procedure: delayed closure of the above-knee amputation stump.
The contralateral left stump was padded. The right wound was clean; the edges were trimmed and it was closed over a drain. No bone was cut.`,
    code: '27594',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  {
    klass: 'sl-2 guard: an old left AKA in the history section, the right thigh today (claim LT)',
    claim: { cpt: '27590', modifiers: ['LT'] },
    text: `Procedure: above-knee amputation.
History: old left AKA in 2012 for trauma.
Description: Flaps were raised on the right thigh, the femoral vessels were ligated and the femur was sawn at the mid-thigh. The leg was removed. Closed.`,
    code: '27590',
    route: 'fix-claim',
    findings: ['modifier.laterality-conflict'],
  },
  // sl-3. The tumour size at excision is the one measured on the specimen, whichever clause names the
  // imaging (DOMAIN.md: measured at excision): a clause that says where the size was taken at excision
  // ("on the specimen", "on the back table", "gross", "at excision", "the excised tumour") measures at
  // excision even when it names the MRI ("as on the MRI", "in keeping with the MRI", "the same as on CT",
  // "matching the pre-operative MRI"); a size inside a comparison with imaging ("smaller than on MRI (6 cm)",
  // "compared with 5.2 cm on the MRI") or tied to it ("6 cm on MRI") is the imaging's; a pronoun subject
  // ("It measured …", "in the specimen it measured …") measures the tumour named just before. Guards: an
  // imaging size with no excision measurement stays undecided ("a 6 cm mass consistent with liposarcoma
  // on MRI", "the 6 cm mass, as seen on MRI, was excised", "6 cm as per MRI").
  {
    klass: 'sl-3 size on the specimen, as on the MRI (pronoun subject)',
    text: `Procedure: radical resection of soft-tissue sarcoma, right thigh.
Description: The liposarcoma was excised en bloc with a cuff of vastus lateralis; no bone was resected. It measured 6.2 cm on the specimen, as on the MRI. Closed over a drain.`,
    code: '27364',
  },
  {
    klass: 'sl-3 size in the specimen, smaller than on MRI (6 cm)',
    text: `Procedure: wide excision of a soft-tissue sarcoma of the left thigh.
Description: The tumour was excised en bloc within the adductor compartment. No bone was removed. The mass was 4 cm in the specimen, smaller than on MRI (6 cm). Layered closure.`,
    code: '27329',
  },
  {
    klass: 'sl-3 gross size of the tumour, in keeping with the MRI',
    text: `Procedure: radical resection of soft-tissue tumour, right thigh.
Description: En bloc excision of the myxofibrosarcoma with the overlying fascia. No bone was resected.
Gross: tumour 5.5 x 3 x 2 cm, in keeping with the MRI. Closed over a drain.`,
    code: '27364',
  },
  {
    klass: 'sl-3 size on the bench, compared with a larger size on the preoperative MRI',
    text: `Procedure: radical resection of soft-tissue sarcoma, left thigh.
Description: The sarcoma was excised en bloc with a cuff of the hamstrings. No bone was resected. The lesion measured 4.5 cm on the bench, compared with 5.2 cm on the preoperative MRI. Closed.`,
    code: '27329',
  },
  {
    klass: 'sl-3 the excised tumour measured, the same as on CT',
    text: `Procedure: wide resection of a right thigh sarcoma.
Description: The tumour was resected en bloc with the vastus intermedius. No bone was cut. The excised tumour measured 3.8 cm, the same as on CT. Closed.`,
    code: '27329',
  },
  {
    klass: 'sl-3 on MRI 4 cm; in the specimen it measured 5.5 cm',
    text: `Procedure: wide resection of a right thigh sarcoma.
Description: The tumour was resected en bloc. No bone was cut. On MRI the mass was 4 cm; in the specimen it measured 5.5 cm. Closed.`,
    code: '27364',
  },
  {
    klass: 'sl-3 at excision, consistent with the MRI',
    text: `Procedure: wide resection of a right thigh sarcoma.
Description: The tumour was resected en bloc. No bone was cut. At excision the mass measured 5.5 cm, consistent with the MRI. Closed.`,
    code: '27364',
  },
  {
    klass: 'sl-3 a specimen measurement matching the pre-operative MRI',
    text: `Procedure: wide resection of a right thigh sarcoma.
Description: The tumour was resected en bloc. No bone was cut. Specimen measurement of the tumour was 4.1 cm, matching the pre-operative MRI. Closed.`,
    code: '27329',
  },
  {
    klass: 'sl-3 the MRI size tied to it in a clause measured on the specimen',
    text: `Procedure: wide excision of a soft-tissue sarcoma of the right thigh.
Description: The sarcoma was excised en bloc with the adductor muscles; no bone was resected. The tumour, 6 cm on MRI, measured 4.5 cm on the specimen. Closed.`,
    code: '27329',
  },
  {
    klass: 'sl-3 terse: tumour in the specimen 3.2 cm, smaller than on MRI (5 cm)',
    text: `Op: radical resection, thigh sarcoma, left
- en bloc with cuff of biceps femoris, no bone
- tumour in the specimen 3.2 cm, smaller than on MRI (5 cm)
- closed over a drain`,
    code: '27329',
  },
  {
    klass: 'sl-3 guard: a 6 cm mass consistent with liposarcoma on MRI, no excision size',
    text: `Procedure: radical resection of soft-tissue sarcoma, right thigh.
Description: A 6 cm mass consistent with liposarcoma on MRI was excised en bloc with a cuff of vastus lateralis; no bone was resected. Closed over a drain.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'sl-3 guard: the 6 cm mass, as seen on MRI, was excised',
    text: `Procedure: radical resection of soft-tissue sarcoma, right thigh.
Description: The 6 cm mass, as seen on MRI, was excised en bloc with a cuff of muscle; no bone was resected. Closed over a drain.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'sl-3 guard: the tumour measured 6 cm as per MRI',
    text: `Procedure: radical resection of soft-tissue sarcoma, right thigh.
Description: The tumour measured 6 cm as per MRI and was excised en bloc with a cuff of muscle; no bone was resected. Closed over a drain.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'sl-3 guard: on the back table 5.3 cm, bigger than the 4 cm on the pre-operative MRI (British)',
    text: `Operation: wide local excision, soft-tissue sarcoma, left thigh.
The tumour was removed en bloc with a cuff of the vastus medialis and no bone was taken. On the back table the tumour measured 5.3 cm, bigger than the 4 cm estimated on the pre-operative MRI. Closure over a drain.`,
    code: '27364',
  },
  {
    klass: '10 a terse revision of an "above-knee stump": 27594 or 27596, the femur cut not stated',
    text: `Brief op note 01/12/26. Surgeon Mr T. Olsen, GA.
Revision R above-knee stump for a painful spur and ulceration at the end of the stump.
Old scar ellipsed, bone end exposed and smoothed, myoplasty redone, closed over a drain.
EBL 100 ml. No complications.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
  },
  // Event-reader classes (written for these tests): a fronted contrast adjunct, verbs of sparing, a
  // graft harvested in a participle, an evaluative or modal statement about a kind of operation.
  {
    klass: "ev-1 contrast adjunct: 'as opposed to the contralateral limb, the femur was transected'",
    text: `Operation: left above-knee amputation for ischaemia.
In contrast with the knee, the thigh muscles were viable. Sagittal flaps were raised. As opposed to the contralateral limb, the femur was transected 12 cm above the joint line with an oscillating saw. The vessels were ligated and the sciatic nerve was divided under traction. Myodesis and layered closure.`,
    code: '27590',
  },
  {
    klass: "ev-1 contrast adjunct: 'rather than a knee disarticulation', 'like the left limb'",
    text: `Operation: right transfemoral amputation.
Rather than a knee disarticulation, a thigh-level amputation was chosen because of the popliteal sepsis. Like the left limb, the right femur was sectioned with a Gigli saw 10 cm proximal to the joint line, the vessels ligated and the nerve cut short. Closure over a drain.`,
    code: '27590',
  },
  {
    klass: "ev-1 guard: 'rather than dividing the femur' denies the femoral cut",
    text: `Procedure: left hip disarticulation.
Rather than dividing the femur, the hip was disarticulated: the capsule was opened circumferentially and the femoral head dislocated from the acetabulum. The leg was removed. Gluteal flap closure.`,
    code: '27295',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'ev-2 sparing verb: the femoral head preserved and the acetabulum resected',
    text: `Procedure: left internal hemipelvectomy (Enneking type II) for chondrosarcoma.
The ilium above the acetabulum and the superior and inferior pubic rami were osteotomised. The femoral head was preserved and the acetabulum with the tumour was resected en bloc. A hip transposition was done. The wound was closed over drains.`,
    code: '27076',
    anatomy: { acetabulumResected: 'documented' },
  },
  {
    klass: 'ev-2 sparing verb: the femur left intact and the limb removed through the knee',
    text: `Procedure: right through-knee amputation.
The knee was approached through a long anterior flap. The femur was left intact and the limb was removed through the knee joint after division of the cruciate ligaments and the capsule. Closure in layers over a drain.`,
    code: '27598',
  },
  {
    klass: 'ev-2 guard: the proximal femur spared, the shaft sawn through',
    text: `PROCEDURE: Right above-knee amputation.
The vessels were ligated and the nerve divided under traction. The proximal femur was spared, and the femoral shaft was sawn through 14 cm above the knee joint. The leg was removed. Myodesis and closure.`,
    code: '27590',
  },
  {
    klass: 'ev-3 graft harvest in a participle after an en bloc resection',
    text: `Procedure: left periacetabular resection (type II) for chondrosarcoma with autograft reconstruction.
Through an ilioinguinal approach the hip was exposed and the femoral head dislocated. The acetabulum was resected en bloc with the tumour and the femur was divided below the lesser trochanter, harvesting the proximal femur as a structural graft. The graft was fixed to the ilium with a plate and a cemented hip was implanted. The leg was kept. Closed over drains.`,
    code: '27076',
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass:
      "ev-3 graft harvest: 'with the tumour out, we osteotomised the femur, harvesting ...' is no femoral resection",
    text: `Procedure: right internal hemipelvectomy, Enneking type II, with proximal femoral autograft.
The periacetabular tumour was removed en bloc through osteotomies of the supra-acetabular ilium and both pubic rami. With the tumour out, we osteotomised the femur at the subtrochanteric level, harvesting the proximal femur to rebuild the acetabulum. It was plated to the ilium and a cemented hip was implanted into it. The limb was preserved. Closed over drains.`,
    code: '27076',
    anatomy: { boneResected: 'not_mentioned' },
  },
  {
    klass: "ev-4 evaluative statement: 'reconstruction is difficult after ...' in a hip disarticulation",
    text: `PROCEDURE: Left hip disarticulation for recurrent sarcoma of the proximal thigh.
DESCRIPTION: Under general anaesthesia a racquet incision was made. The femoral vessels were ligated and divided. The muscles around the hip were released. Limb salvage with reconstruction is difficult after two previous resections, so the hip capsule was opened and the femoral head dislocated from the acetabulum. The limb was removed. No bone was cut. The gluteal flap was closed over drains.`,
    code: '27295',
    anatomy: { reconstructionPerformed: 'not_mentioned' },
  },
  {
    klass: "ev-4 evaluative statement: 'hip disarticulation is rarely indicated' in a soft-tissue resection",
    text: `PROCEDURE: Wide resection of a soft-tissue sarcoma of the right anterior thigh.
DESCRIPTION: The biopsy tract was ellipsed. The tumour was excised en bloc with a cuff of vastus lateralis and the overlying fascia. The femur was not exposed and no bone was resected. The tumour measured 6.5 cm. Above-knee amputation may be required if the margins are involved. Hip disarticulation is rarely indicated for such tumours. The wound was closed over a drain.`,
    code: '27364',
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass: "ev-4 evaluative statement: 'reconstruction can be challenging' in an above-knee amputation",
    text: `Operation: right above-knee amputation.
The femoral vessels were ligated and the sciatic nerve divided under traction. The femur was transected with a saw 12 cm above the joint line. Reconstruction can be challenging in such limbs and was not considered. A myodesis was done and the wound closed in layers.`,
    code: '27590',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass:
      "ev-4 evaluative statement: 'hemipelvectomy is occasionally necessary', 'reconstruction is difficult'",
    text: `Procedure: right hindquarter amputation.
Hemipelvectomy is occasionally necessary for such tumours; in this patient it was the only option. The symphysis pubis was divided and the sacroiliac joint was divided posteriorly. The hindquarter was removed. Reconstruction is difficult after such a resection and the posterior flap was simply closed over drains.`,
    code: '27290',
    anatomy: { reconstructionPerformed: 'not_mentioned' },
  },
  {
    klass: 'ev-2 a femur kept: "the femur was left untouched" in a stump revision states no femoral cut',
    text: `Procedure: revision of the left above-knee amputation stump.
History: left above-knee amputation in 2021 for ischaemia; painful adherent scar.
Description: The old scar was excised as an ellipse. The neuroma of the sciatic nerve was excised and the nerve end buried. The femur was left untouched. The flaps were closed in layers over a drain.`,
    code: '27594',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: '10 a stump neuroma excised, the femur not shortened: 27594, not a soft-tissue tumour resection',
    text: `Left above-knee stump revision for a neuroma and redundant soft tissue.
The neuroma was excised, the soft tissue trimmed and the wound closed; the femur was not shortened.`,
    code: '27594',
    route: 'ready',
  },
  // gp1. Gapped coordination, the verb stated once: the second object shares the first's action.
  // gp2. Plural procedure names in a series' title ("internal hemipelvectomies", "hindquarter amputations").
  // gp3. A title or objective naming a second operation only as a condition or contrast ("when ... is not
  // required", "unless", "where ... can be avoided", "in preference to"): that one is not the subject.
  {
    klass: 'gp1 gapped coordination: the SI joint disarticulated behind, the symphysis in front (British)',
    text: `Right side. Through the posterior flap the common iliac vessels were ligated and divided. The sacroiliac joint was disarticulated behind, the symphysis pubis in front, and the leg was removed with the hemipelvis. The gluteal flap was closed over two drains.`,
    code: '27290',
  },
  {
    klass: 'gp1 gapped coordination: the ilium osteotomised posteriorly and the pubic rami anteriorly',
    text: `Left side. The external iliac artery and vein were tied off. The ilium was osteotomised posteriorly and the superior and inferior pubic rami anteriorly, and the limb was taken off with the innominate bone. Estimated blood loss 1800 mL.`,
    code: '27290',
  },
  {
    klass: 'gp1 gapped coordination: the SI joint was divided, then the symphysis (US)',
    text: `Right side. The iliac vessels were ligated. The SI joint was divided, then the symphysis, and the extremity was removed along with the hemipelvis. Wound closed over drains.`,
    code: '27290',
  },
  {
    klass: 'gp1 guard: the SI joint divided and the symphysis left intact, the leg kept',
    text: `Right side. The ilium was exposed. The sacroiliac joint was divided and the symphysis left intact; the iliac wing was resected above the acetabulum and the leg was preserved.`,
    code: '27075',
  },
  {
    klass: 'gp2 plural name: a series titled internal hemipelvectomies, other operations only compared',
    text: `Internal hemipelvectomies for periacetabular chondrosarcoma: 19 patients.
In every patient the acetabulum was resected with the tumour and the limb preserved, the hip being reconstructed with a custom implant. Function was better than after hip disarticulation or hindquarter amputation in a matched group.`,
    code: '27076',
    generic: true,
  },
  {
    klass: 'gp2 plural name: a series titled hindquarter amputations, a hip disarticulation before referral',
    text: `Hindquarter amputations for recurrent pelvic sarcoma: 24 patients.
In all of them the sacroiliac joint and the symphysis were divided and the limb removed with the hemipelvis. Four had had a hip disarticulation elsewhere before referral.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'gp2 guard: a series titled external hemipelvectomies, earlier amputations in some',
    text: `External hemipelvectomies at one centre, 2004 to 2019.
Thirty-one patients were reviewed. The symphysis and the sacroiliac joint were divided in each and the whole limb was removed. Three had undergone a knee disarticulation and one an above-knee amputation years earlier for trauma.`,
    code: '27290',
    generic: true,
  },
  {
    klass:
      'gp3 condition: an objective naming hip disarticulation where a hindquarter amputation can be avoided',
    text: `Objective: to describe hip disarticulation where a hindquarter amputation can be avoided.
Methods: 21 patients are reviewed. The capsule was divided and the femoral head dislocated from the acetabulum, which was kept; the limb was removed. A hindquarter amputation was done later in two for recurrence.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'gp3 condition: hip disarticulation unless a hemipelvectomy is needed for the margin',
    text: `Hip disarticulation unless hemipelvectomy is needed for the margin: 17 patients.
In each the femoral head was dislocated from the acetabulum and the leg was removed, the pelvis being preserved. Four further patients underwent hemipelvectomy.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'gp3 contrast: hip disarticulation in preference to hindquarter amputation (British)',
    text: `Hip disarticulation in preference to hindquarter amputation for proximal thigh sarcoma.
Twenty patients are described. The hip capsule was divided and the femoral head dislocated; the limb was removed and the acetabulum kept. Three needed a hindquarter amputation for margins.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'gp3 guard: hip disarticulation when hemipelvectomy is not required, the others reported apart',
    text: `Hip disarticulation when hemipelvectomy is not required: results in 28 patients.
The capsule was opened, the femoral head was dislocated from the acetabulum and the limb was removed; the pelvis was kept. Seven patients whose tumour involved the ilium had a hemipelvectomy and are reported separately.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'gp3 guard: a title naming two operations, both done, reads none',
    text: `Hip disarticulation and hemipelvectomy for groin sarcoma: 26 patients.
Fourteen had hip disarticulation, the femoral head being dislocated from the acetabulum; twelve had hemipelvectomy, in whom the sacroiliac joint and the symphysis were divided.`,
    code: null,
    generic: true,
  },
  {
    klass:
      "sm-1 imperative: 'Saw through the femur 10 cm above the knee' in atlas steps of an above-knee amputation",
    text: `Above-knee amputation: operative technique.
Position the patient supine. Mark fish-mouth flaps. Ligate and divide the femoral artery and vein. Divide the sciatic nerve under traction. Saw through the femur 10 cm above the knee. Remove the leg. Perform a myodesis and close over a drain.`,
    code: '27590',
    generic: true,
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: "sm-1 imperative coordinated: 'strip the periosteum and then saw across the femoral shaft'",
    text: `Technique of transfemoral amputation.
1. Raise equal anterior and posterior skin flaps on the thigh.
2. Ligate and divide the superficial femoral vessels.
3. Strip the periosteum and then saw across the femoral shaft at the level chosen.
4. Remove the leg and suture the adductors to the bone.`,
    code: '27590',
    generic: true,
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: "sm-1 imperative: 'Step 5: Deliver the extremity with the hemipelvis'",
    text: `Hindquarter amputation: the steps.
Step 1: Incise along the iliac crest to the pubic tubercle. Step 2: Ligate the external iliac vessels. Step 3: Divide the symphysis pubis with a wire saw. Step 4: Divide the sacroiliac joint with an osteotome. Step 5: Deliver the extremity with the hemipelvis and close the posterior flap.`,
    code: '27290',
    generic: true,
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: "sm-2 size: 'with a wide margin, and it measured 9 cm' is the sarcoma's",
    text: `PROCEDURE: Radical resection of a soft-tissue sarcoma of the left thigh.
The biopsy tract was ellipsed with the skin. The sarcoma was resected en bloc with the adductor compartment and a wide margin, and it measured 9 cm in greatest dimension. The femur was not exposed and no bone was taken. Closure over drains.`,
    code: '27364',
  },
  {
    klass: "sm-2 size in the next sentence after a fronted place: 'On the back table it measured 3.5 x 2 cm'",
    text: `Operation: wide excision, anterior thigh mass (right).
The mass was removed with a cuff of vastus lateralis and the overlying fascia. On the back table it measured 3.5 x 2 cm. No bone was resected. Skin closed with staples.`,
    code: '27329',
  },
  {
    klass: "sm-2 size after 'After removal,'; guard: 'the specimen measured 20 cm' stays the specimen's",
    text: `Procedure: radical excision of a posterior thigh sarcoma, left.
The hamstring compartment was taken en bloc with the tumour. The specimen measured 20 cm in length. After removal, it was 4 x 3 cm. The sciatic nerve was preserved. Closed over a drain.`,
    code: '27329',
  },
  {
    klass: "sm-3 denied keeping, affirmed act: 'the femur could not be preserved and was divided'",
    text: `PROCEDURE: Right above-knee amputation for infected endoprosthesis.
The femoral vessels were ligated and the sciatic nerve divided. The femur could not be preserved and was divided 12 cm above the joint line. The leg was removed. Closure over drains.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: "sm-3 denied keeping, affirmed act: 'could not be retained and was sawn through'",
    text: `Operation: left transfemoral amputation after failed limb salvage.
The vessels were tied and cut. The distal femur could not be retained and was sawn through at the junction of the middle and distal thirds. The limb was passed off. A myodesis was done and the wound closed.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: "sm-4 'a healed left hip disarticulation from childhood' in a soft-tissue resection is history",
    text: `PROCEDURE: Wide resection of a soft-tissue sarcoma of the right anterior thigh.
He has a healed left hip disarticulation from childhood. The tumour was excised en bloc with a cuff of vastus intermedius and the overlying fascia; it measured 7 cm. No bone was resected. The wound was closed over a drain.`,
    code: '27364',
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass: "sm-4 'a long-standing left knee disarticulation' in an above-knee amputation is history",
    text: `Operation: right above-knee amputation for ischaemia.
She has a long-standing left knee disarticulation and uses a prosthesis. The femoral vessels were ligated. The femur was divided 11 cm above the knee joint. The leg was removed. Myodesis and closure.`,
    code: '27590',
    anatomy: { kneeDisarticulation: 'not_mentioned' },
  },
  // Classes missed on the last round's blind sets (mc-), in our own words. mc4: an open thigh amputation
  // whose open wound is told only by its dressing (packed, dressed open, left for delayed closure, a VAC on
  // the open stump, no closure, not sutured) is 27592; packing that is then closed, or only for haemostasis,
  // and a cavity filled with graft, leave no wound open.
  {
    klass: 'mc4 packed: a field-hospital thigh amputation, wound packed with gauze',
    text: `Forward surgical team. Left thigh amputation after a blast injury.
Circular cut through skin and muscle at the lower third of the thigh, femur sawn at the same level. Vessels tied. Wound packed with gauze. Back to theatre in 48 hours.`,
    code: '27592',
  },
  {
    klass: 'mc4 dressed open: a septic above-knee amputation, formal closure later (US)',
    text: `Procedure: right above-knee amputation for wet gangrene with sepsis.
The femoral vessels were ligated and the femur divided at the mid-thigh with a saw. The leg was removed. The stump was dressed open. Return for formal closure when the sepsis settles.`,
    code: '27592',
  },
  {
    klass: 'mc4 left for delayed closure: terse transfemoral amputation',
    text: `Emergency transfemoral amputation, left, for necrotising infection. Femur cut 10 cm above the knee, limb off; the wound was left for delayed closure.`,
    code: '27592',
  },
  {
    klass: 'mc4 a VAC applied to the open stump after an AKA',
    text: `Right AKA for infected gangrene. Femur transected at the junction of the middle and distal thirds, leg removed, muscles debrided. A VAC was applied to the open stump. Plan second look in 48 h.`,
    code: '27592',
  },
  {
    klass: 'mc4 no closure performed; packed with gauze (British)',
    text: `Left above-knee amputation, septic. Femur divided with a Gigli saw and the limb taken off. No closure performed; packed with gauze and bandaged.`,
    code: '27592',
  },
  {
    klass: 'mc4 skin and muscle not sutured, the wound packed with betadine-soaked gauze',
    text: `Operation: right thigh amputation for clostridial myonecrosis.
The femur was sawn through 12 cm above the joint line and the vessels ligated; the limb was removed. Skin and muscle were not sutured; the wound was packed with betadine-soaked gauze.`,
    code: '27592',
  },
  {
    klass: 'mc4 present tense: the wound is left unsutured and packed with Kerlix',
    text: `Left above-knee amputation for a crushed, contaminated leg. I divide the femur at the mid-shaft and the leg is removed. The wound is left unsutured and packed with Kerlix.`,
    code: '27592',
  },
  {
    klass: 'mc4 guard: packed and then closed in layers is closed',
    text: `Left above-knee amputation. Femur divided at mid-shaft and the limb removed. The wound was packed and then closed in layers over a drain.`,
    code: '27590',
  },
  {
    klass: 'mc4 guard: packed briefly for haemostasis, then closure in layers',
    text: `Right AKA. Femur transected with a saw, leg passed off. The wound was packed with a swab for haemostasis, then myodesis and closure in layers.`,
    code: '27590',
  },
  {
    klass: 'mc4 guard: packed while the tourniquet was let down, closed in the next sentence',
    text: `Operation: left above-knee amputation for ischaemia. The femur was sawn through 11 cm above the knee and the leg removed. The stump was packed with gauze while the tourniquet was released. The skin was then closed with staples.`,
    code: '27590',
  },
  {
    klass: 'mc4 guard: packing of the open stump told after a closure stated later in the note',
    text: `Left above-knee amputation. Femur cut 12 cm above the knee, leg removed. The wound was packed with gauze rolls. After ten minutes the packs were removed and the skin was closed with staples.`,
    code: '27590',
  },
  {
    klass: 'mc4 guard: a bone cyst cavity packed with allograft chips is no open wound',
    text: `Procedure: curettage of a simple bone cyst of the left proximal femur with allograft.
The cyst was curetted through a cortical window and the cavity packed with allograft chips. The wound was closed in layers.`,
    code: '27356',
    anatomy: { woundLeftOpen: 'negated' },
  },
  // gp-1. An act told as the consequence of a failed alternative ("could not be kept and was therefore
  // disarticulated"): the act is today's, on the subject of the failed predicate.
  {
    klass: "gp-1 consequence: 'the knee could not be kept and was therefore disarticulated'",
    text: `PROCEDURE: Amputation, right lower limb, for an infected knee replacement.
The femoral vessels were protected. The knee could not be kept and was therefore disarticulated. The cruciate ligaments and posterior capsule were divided. The wound was closed over a drain.`,
    code: '27598',
    route: 'ready',
    anatomy: { kneeDisarticulation: 'documented' },
  },
  {
    klass: "gp-1 consequence: 'could not be salvaged and so was amputated through the thigh'",
    text: `PROCEDURE: Left amputation.
The femoral vessels were ligated and the sciatic nerve divided. The limb could not be salvaged and so was amputated through the thigh 10 cm above the knee. The wound was closed in layers.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: "gp-1 consequence: 'could not be reconstructed and accordingly was disarticulated at the hip'",
    text: `Operation: amputation of the left leg.
The vessels were ligated. The limb could not be reconstructed and accordingly was disarticulated at the hip. The acetabulum was kept. The flap was closed over drains.`,
    code: '27295',
    anatomy: { hipDisarticulation: 'documented' },
  },
  {
    klass: "gp-1 consequence: 'the distal femur was beyond repair and was therefore sawn across'",
    text: `Operation: amputation of the left leg.
The distal femur was beyond repair and was therefore sawn across 12 cm above the joint line. The leg was passed off. Closed in layers.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass:
      "gp-1 consequence after a comma: 'could not be saved, and was consequently removed through the knee joint'",
    text: `Procedure: lower limb amputation, right.
The popliteal vessels were tied. The leg could not be saved, and was consequently removed through the knee joint. The condyles were left intact. Closure over a drain.`,
    code: '27598',
    route: 'ready',
    anatomy: { kneeDisarticulation: 'documented' },
  },
  {
    klass:
      "gp-1 a failed alternative is denied: 'reconstruction proved impossible; hence the limb was removed'",
    text: `Operation: right hip disarticulation.
Reconstruction of the femoral artery proved impossible; hence the limb was removed through the hip joint. The acetabulum was preserved. The flap was closed over drains.`,
    code: '27295',
    anatomy: { hipDisarticulation: 'documented', reconstructionPerformed: 'negated' },
  },
  {
    klass: "gp-1 guard: 'and was therefore not disarticulated' stays denied; the femur was divided",
    text: `Operation: amputation of the right leg.
The knee could not be reconstructed and was therefore not disarticulated. The femur was divided 10 cm above the joint line and the leg removed. Myodesis and closure in layers.`,
    code: '27590',
    anatomy: { kneeDisarticulation: 'negated', femurCut: 'documented' },
  },
  {
    klass: "gp-1 guard: 'salvage was not possible, so the leg was disarticulated through the knee joint'",
    text: `Procedure: right lower limb amputation.
Salvage of the knee was not possible, so the leg was disarticulated through the knee joint. The condyles were kept. Closed over a drain.`,
    code: '27598',
  },
  // gp-2. An excision whose object is a tumour *in* a limb part is a tumour resection, not an amputation.
  {
    klass: "gp-2 sited tumour: 'the mass in the right thigh was excised' is no limb removed",
    text: `Procedure: excision, right thigh.
The mass in the right thigh was excised en bloc with a cuff of normal muscle. It measured 6 cm. No bone was removed. The wound was closed over a drain.`,
    code: '27364',
    anatomy: { limbRemoved: 'not_mentioned', softTissueTumorResection: 'documented' },
  },
  {
    klass: "gp-2 sited tumour with side and position: 'the sarcoma of the right anterior thigh was excised'",
    text: `Procedure: excision.
The sarcoma of the right anterior thigh was excised en bloc with a cuff of vastus lateralis. It measured 6 cm. No bone was removed. The wound was closed over a drain.`,
    code: '27364',
    anatomy: { limbRemoved: 'not_mentioned', softTissueTumorResection: 'documented' },
  },
  {
    klass: "gp-2 sited tumour, qualifier first: 'the left thigh mass was resected'",
    text: `Operation: wide resection, left.
The left thigh mass was resected with a margin of normal fat and fascia. On the back table it measured 3.5 cm. The femur was not exposed. Skin closed with staples.`,
    code: '27329',
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  {
    klass: "gp-2 sited tumour, active: 'we excised the sarcoma in the posterior left thigh'",
    text: `Procedure: wide excision.
We excised the sarcoma in the posterior left thigh with a margin of normal tissue; it measured 3 cm. No bone was taken. The wound was closed.`,
    code: '27329',
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  {
    klass: "gp-2 guard: 'the right thigh was amputated' still removes the limb",
    text: `Procedure: right above-knee amputation.
The femoral vessels were ligated. The femur was divided with a saw at the mid-shaft and the right thigh was amputated. Myodesis and closure in layers.`,
    code: '27590',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'gp-2 guard: the leg with a tumour in the thigh was removed through the hip joint',
    text: `Procedure: left hip disarticulation for sarcoma.
The vessels were ligated. The leg, with the tumour in the thigh, was removed through the hip joint. The acetabulum was kept. Closed over drains.`,
    code: '27295',
    anatomy: { limbRemoved: 'documented', hipDisarticulation: 'documented' },
  },
  {
    klass: "gp-2 sited tumour, removed: 'the lipoma within the right medial thigh was removed'",
    text: `Procedure: excision of a deep lipoma.
The lipoma within the right medial thigh was removed intact with its capsule, 9 cm in greatest dimension. No muscle or bone was taken. Closed over a drain.`,
    code: null,
    review: true,
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  // gp-4. Another patient's (or a relative's) amputation is not the index patient's history.
  {
    klass: "gp-4 other patient: 'another patient had previously undergone a left above-knee amputation'",
    text: `Case report. A 66-year-old man underwent a left above-knee amputation for ischaemia. The femur was divided 10 cm above the knee and the wound was closed. Another patient had previously undergone a left above-knee amputation at another hospital.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: "gp-4 other patient: 'a second patient on the same list had a right above-knee amputation'",
    text: `Procedure: right above-knee amputation.
Indications: 70-year-old with gangrene of the right foot. A second patient on the same list had a right above-knee amputation last year.
Description: The femur was divided at the mid-shaft. Closure in layers.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass:
      "gp-4 other patients: 'of the remaining patients in this report, three had prior transfemoral amputations'",
    text: `Operation: left transfemoral amputation. This 59-year-old man had an infected knee fusion. Of the remaining patients in this report, three had prior transfemoral amputations. The left femur was sawn across at the junction of the middle and distal thirds and the leg removed. Myodesis; closed in layers.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: "gp-4 relative: 'her brother had an above-knee amputation in 2015'",
    text: `Operation: left transfemoral amputation.
This 58-year-old woman had a failed left knee arthrodesis. Her brother had an above-knee amputation in 2015. The femur was cut at the mid-shaft with a saw. Myodesis and closure.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: "gp-4 relative: 'his father underwent a left above-knee amputation'",
    text: `Procedure: left above-knee amputation.
History: diabetic with an unsalvageable left foot; his father underwent a left above-knee amputation for the same disease in 1990.
Procedure: the femoral vessels were ligated and the femur transected 12 cm above the joint line. The wound was closed over a drain.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass:
      "gp-4 guard: 'like two other patients in our series, he had a previous left above-knee amputation'",
    text: `Procedure: left above-knee re-amputation.
A 64-year-old man. Like two other patients in our series, he had a previous left above-knee amputation, in 2019. The left femur was re-cut 5 cm proximal to the old bone end. Myodesis and closure in layers.`,
    code: '27596',
  },
  {
    klass: "gp-4 guard: a relative's operation beside the patient's own prior AKA of the same thigh",
    text: `Procedure: right above-knee re-amputation.
His father had a hip disarticulation. He himself had a right above-knee amputation in 2020 and the stump has broken down.
Description: The right femur was shortened by 4 cm and the wound closed over a drain.`,
    code: '27596',
  },
  // mc5: a brief stump scar or neuroma excision on an above-knee stump, no bone touched, is 27594 (the
  // named scar or neuroma excision splits 27594/27596; coder review as a name), not a thigh amputation
  // read from the stump's "above-knee amputation". Guards: a stump revision that shortens the femur, an
  // AKA that also excises an old scar, a thigh neuroma in a patient with no amputation.
  {
    klass: 'mc5 terse: AK stump, painful scar excised as an ellipse',
    text: `Left AK stump. Painful adherent scar excised as an ellipse down to fascia. Haemostasis. Skin closed with nylon. Dressing.`,
    code: '27594',
  },
  {
    klass: 'mc5 neuroma excised on a right above-knee stump (US)',
    text: `Procedure: excision of neuroma, right above-knee stump.
The old scar was opened, the sciatic neuroma found and excised, and the nerve end buried in muscle. Skin closed.`,
    code: '27594',
  },
  {
    klass: 'mc5 scar revision titled with the existing above-knee amputation',
    text: `Procedure: scar revision, left above-knee amputation.
Painful adherent scar over the end of the stump. Scar excised down to fascia, skin edges undermined and closed with interrupted nylon. Dressing.`,
    code: '27594',
  },
  {
    klass: "mc5 'Left AKA - painful scar', excision of scar under GA",
    text: `Left AKA - painful scar. Excision of scar under GA. Closed with staples. EBL 10 ml.`,
    code: '27594',
  },
  {
    klass: 'mc5 present tense: the sciatic neuroma of the AKA stump is excised',
    text: `Right AKA stump: painful neuroma of the sciatic nerve is excised through the old incision, the nerve ligated proximally and allowed to retract. Closed with staples. EBL minimal.`,
    code: '27594',
  },
  {
    klass: 'mc5 excision of a stump neuroma, named with the transfemoral amputation',
    text: `Excision of a stump neuroma, right transfemoral amputation. Through the old scar the neuroma of the sciatic nerve was found, excised and the nerve ligated high. Wound closed.`,
    code: '27594',
  },
  {
    klass: 'mc5 the stump named a sentence before the neuroma excision',
    text: `Right above-knee amputation stump neuroma. The neuroma was excised through a small incision over it and the nerve end buried in the adductors. Skin closed.`,
    code: '27594',
  },
  {
    klass:
      'mc5 a stump revision that shortens the femur (cut read by the lexicon only) is 27596, not a first AKA',
    text: `Left AKA stump revision. Scar excised; the femur was found prominent and shortened by 3 cm with a saw; myodesis; closed.`,
    code: '27596',
  },
  {
    klass: 'mc5 guard: an AKA that also excises an adherent below-knee scar is 27590',
    text: `Procedure: right above-knee amputation with excision of the adherent below-knee scar. The femoral vessels were ligated and the femur divided 12 cm above the knee. The leg was removed. Myodesis and closure.`,
    code: '27590',
  },
  {
    klass: 'mc5 guard: a thigh neuroma in a patient with no amputation names no stump code',
    text: `Excision of a painful neuroma of the lateral femoral cutaneous nerve in the thigh. The neuroma was excised and the nerve end buried in muscle. Skin closed.`,
    code: null,
    review: true,
  },
  // mc6: a through-knee amputation left open is 27598 (27598 has no open form; the open wound decides
  // only within the thigh family): its planned staged closure ("formal closure of the stump at a second
  // stage", "secondary closure in five days") is the plan for today's stump, not a prior amputation that
  // left 27594/27596 standing. The same for an open above-knee amputation (27592, not 27596). Guards: a
  // staged closure that is today's operation still names an earlier amputation.
  {
    klass: 'mc6 through-knee amputation left open, formal closure of the stump at a second stage',
    text: `Left through-knee amputation left open because of infection; formal closure of the stump at a second stage.`,
    code: '27598',
  },
  {
    klass: 'mc6 knee disarticulation left open, secondary closure of the stump in five days (British)',
    text: `Left through-knee amputation for a septic knee. Capsule and cruciates divided, leg off through the joint, condyles kept. Wound left open; secondary closure of the stump in five days.`,
    code: '27598',
  },
  {
    klass:
      'mc6 infected knee replacement: disarticulated, packed open, delayed closure of the stump on Friday',
    text: `Procedure: right knee disarticulation for an infected total knee replacement.
The knee joint was opened, the components removed and the posterior capsule divided; the leg was removed through the joint without any bone cut. The wound was packed open. A delayed primary closure of the stump will be done on Friday.`,
    code: '27598',
  },
  {
    klass: 'mc6 dictated in the present: staged closure of the through-knee stump next week',
    text: `Through-knee amputation, left, for wet gangrene of the leg. I open the knee joint, divide the cruciates and the capsule and the leg comes away through the joint. I am leaving this stump open and we will do a staged closure of the stump next week.`,
    code: '27598',
  },
  {
    klass:
      'mc6 thigh: an open AKA with definitive closure of the stump at a second stage is 27592, not 27596',
    text: `Right above-knee amputation for sepsis. Femur transected 10 cm above the knee, leg removed, wound left open; definitive closure of the stump at a second stage.`,
    code: '27592',
  },
  {
    klass: 'mc6 guard: the delayed closure of an earlier guillotine AKA, today, femur not re-cut',
    text: `Procedure: delayed closure of the left guillotine above-knee amputation.
The packs were removed, the wound was clean and the femur was not re-cut. The flaps were closed over a drain.`,
    code: '27594',
  },
  {
    klass: 'mc6 guard: a knee disarticulation left open with no closure plan stays 27598',
    text: `Right through-knee amputation, septic knee. Joint entered, capsule and ligaments divided, leg removed through the knee. No bone cut. Wound left open, VAC applied.`,
    code: '27598',
  },
  // mc3: resections the text decides. Enneking type III (the pubis with the ischium, the obturator ring, in
  // either order or by its zone) ranks with the acetabulum: 27076 (DOMAIN.md: both rami). A proximal
  // femoral replacement for a bone tumour, or a femur segment taken out with the tumour, is 27365. A
  // rotationplasty fits no code of the family: no code, coder review (level.undetermined).
  {
    klass: 'mc3 type III: the obturator ring resected en bloc, the leg kept',
    text: `Procedure: left internal hemipelvectomy for chondrosarcoma of the obturator ring.
Through an ilioinguinal incision the obturator ring was resected en bloc with the tumour. The femoral vessels and the hip were protected and the limb was preserved. The pelvic floor was repaired with mesh.`,
    code: '27076',
  },
  {
    klass: 'mc3 type III: an ischiopubic resection in a case report',
    text: `A 52-year-old man with a chondrosarcoma of the right pubis underwent an ischiopubic resection; the leg was preserved and he walks without aids.`,
    code: '27076',
  },
  {
    klass: 'mc3 type III: the pubic bone and the ischium excised, the hip spared',
    text: `Operation: excision of the left pubic bone and the ischium for an Ewing sarcoma. The pubic bone and the ischium were excised with a cuff of adductor muscle; the acetabulum and the limb were spared.`,
    code: '27076',
  },
  {
    klass: 'mc3 type III: terse, excision of the ischium and the pubic rami',
    text: `R pelvis. Excision of the ischium and the pubic rami en bloc for chondrosarcoma. Leg kept. Mesh to floor. Drains.`,
    code: '27076',
  },
  {
    klass: 'mc3 type III: a zone III resection of the pelvis, limb kept',
    text: `Procedure: Enneking zone III resection of the left pelvis for osteosarcoma. The limb was preserved and no reconstruction was needed.`,
    code: '27076',
  },
  {
    klass: 'mc3 type III: the ischium and the pubis removed with the tumour, sparing the acetabulum',
    text: `Operation: pelvic resection, right, for chondrosarcoma. The ischium and the pubis were removed together with the tumour, sparing the acetabulum. The leg was kept.`,
    code: '27076',
  },
  {
    klass: 'mc3 guard: one superior pubic ramus resected is 27075',
    text: `Procedure: resection of the left superior pubic ramus for a chondrosarcoma. The superior pubic ramus was resected en bloc from the symphysis to the iliopectineal eminence; the acetabulum and the limb were preserved.`,
    code: '27075',
  },
  {
    klass: 'mc3 proximal femoral replacement named in a case report for a metastasis',
    text: `A 66-year-old woman with a metastasis from a renal carcinoma in the left proximal femur was treated with a proximal femoral replacement. She walked with a frame at two weeks.`,
    code: '27365',
  },
  {
    klass: 'mc3 the proximal femur removed with the tumour and replaced by an endoprosthesis',
    text: `Procedure: left proximal femoral replacement for a chondrosarcoma.
The hip was approached laterally. The proximal femur was removed with the tumour and replaced by a modular endoprosthesis, reduced into the native acetabulum. Closed in layers over a drain.`,
    code: '27365',
  },
  {
    klass:
      'mc3 the femur cut below the trochanter, the specimen out, a proximal femoral replacement cemented',
    text: `Procedure: right proximal femoral replacement for a chondrosarcoma.
The femoral head was dislocated, the femur cut 15 cm below the lesser trochanter and the specimen removed; a proximal femoral replacement was cemented and reduced. Closed in layers over a drain.`,
    code: '27365',
  },
  {
    klass: 'mc3 guard: a proximal femoral replacement for bone loss in a hip revision is no tumour resection',
    text: `Procedure: revision of a loose left total hip replacement with a proximal femoral replacement for massive bone loss. The femur was osteotomised below the stem and the proximal femur replaced.`,
    code: null,
    review: true,
  },
  {
    klass: 'mc3 rotationplasty (Van Nes): resected en bloc and rotated 180 degrees, no code of the family',
    text: `Procedure: Van Nes rotationplasty, left, for osteosarcoma of the distal femur.
The distal femur, knee and proximal tibia were resected en bloc with the tumour, keeping the sciatic nerve and the vessels. The leg was rotated 180 degrees and the tibia fixed to the femur with a plate. The vessels were anastomosed. Closure.`,
    code: null,
    findings: ['level.undetermined'],
    route: 'coder-review',
  },
  {
    klass: 'mc3 rotationplasty, terse: the knee segment resected, the leg turned through 180 degrees',
    text: `Procedure: Left rotationplasty. The distal femur and the knee were resected en bloc with the tumour. The leg was rotated through 180 degrees and the tibia fixed to the femur with a plate. Closure.`,
    code: null,
    findings: ['level.undetermined'],
    route: 'coder-review',
  },
  {
    klass: 'mc3 rotationplasty in a case report (Borggreve), no code',
    text: `A 9-year-old boy with an osteosarcoma of the distal femur underwent a Borggreve rotationplasty: the knee segment was resected, the distal leg rotated through 180 degrees and reattached to the femur so that the ankle acts as a knee.`,
    code: null,
    route: 'coder-review',
  },
  {
    klass: 'mc3 guard: a rotationplasty offered and declined, a distal femoral replacement done',
    text: `Procedure: right distal femoral resection and endoprosthetic replacement for osteosarcoma. A rotationplasty was offered and declined by the family. The distal femur was resected en bloc 14 cm above the joint line with a cuff of vastus intermedius and replaced with a rotating hinge knee.`,
    code: '27365',
  },
  // gp-5. A sparing predicate coordinated after the act ("and the symphysis left intact") spares its
  // object: it is neither a second object of the act nor where the act was done.
  {
    klass:
      "gp-5 spared after the act: 'the SI joint was divided and the symphysis left intact' (ilium resection)",
    text: `Procedure: resection of a chondrosarcoma of the left ilium, limb preserved.
The iliac vessels were protected. The SI joint was divided and the symphysis left intact. The ilium was removed en bloc with the tumour above the acetabulum, which was preserved. The hip was not entered. Closure over drains.`,
    code: '27075',
    anatomy: { anteriorPelvicDivision: 'negated', posteriorPelvicDivision: 'documented' },
  },
  {
    klass: "gp-5 spared after the act: 'the innominate bone was divided and the symphysis left intact'",
    text: `Procedure: resection of the left innominate bone tumour.
The innominate bone was divided and the symphysis left intact. The iliac wing was removed with the tumour. The acetabulum and hip were untouched; the limb was kept. Closure over drains.`,
    code: '27075',
    anatomy: { anteriorPelvicDivision: 'negated' },
  },
  {
    klass:
      "gp-5 spared after the act: no anterior division stated, no 27290 ('and the symphysis left intact')",
    text: `Operation: right hindquarter amputation.
The external iliac vessels were ligated and divided. The sacroiliac joint was divided and the symphysis left intact. The limb was removed with the hemipelvis. The flap was closed over drains.`,
    code: null,
    review: true,
    anatomy: { anteriorPelvicDivision: 'negated' },
  },
  {
    klass:
      "gp-5 spared after the act, active: 'we divided the sacroiliac joint and left the symphysis intact'",
    text: `Procedure: internal hemipelvectomy, right.
We divided the sacroiliac joint and left the symphysis intact. The iliac wing was removed en bloc with the sarcoma. The acetabulum was preserved and the leg kept. Closed over drains.`,
    code: '27075',
    anatomy: { anteriorPelvicDivision: 'not_mentioned' },
  },
  {
    klass: "gp-5 guard: 'the symphysis left alone until the end' and then divided is an anterior division",
    text: `Operation: left hindquarter amputation.
The external iliac vessels were ligated. The sacroiliac joint was divided and the symphysis left alone until the end. The symphysis pubis was then divided with a knife. The limb with the hemipelvis was removed. The flap was closed over drains.`,
    code: '27290',
    anatomy: { anteriorPelvicDivision: 'documented' },
  },
  {
    klass: "gp-5 guard: the gapped second object shares the act ('divided behind, the symphysis in front')",
    text: `Operation: right hindquarter amputation.
The iliac vessels were ligated. The SI joint was divided behind, the symphysis in front. The leg was removed with the hemipelvis. Closure of the posterior flap over drains.`,
    code: '27290',
    anatomy: { anteriorPelvicDivision: 'documented' },
  },
  // gp-8. 27075-27077 stand only on a documented pelvic resection: a kept limb alone is none.
  {
    klass: "gp-8 no pelvic resection: 'limb salvage surgery' of the thigh leaves no pelvic code standing",
    text: `Procedure: limb salvage surgery, left thigh.
The tumour was approached through a lateral incision. The limb was preserved. The wound was closed over a drain.`,
    code: null,
    review: true,
    absent: ['level.ambiguous'],
  },
  {
    klass: 'gp-8 no pelvic resection: a limb-sparing pelvic operation that resects nothing named',
    text: `Procedure: limb-sparing surgery for a pelvic chondrosarcoma, right.
The tumour was exposed through an ilioinguinal approach and the iliac vessels protected. The limb was kept. Closure over drains.`,
    code: null,
    review: true,
    absent: ['level.ambiguous'],
  },
  {
    klass: "gp-8 no pelvic resection: 'the leg was kept' after a dissection off a mass",
    text: `Operation: limb salvage, left.
The femoral vessels were dissected off the mass. The leg was kept. Closure.`,
    code: null,
    review: true,
    absent: ['level.ambiguous'],
  },
  {
    klass: 'gp-8 guard: a named internal hemipelvectomy with no part named leaves the three standing',
    text: `Procedure: internal hemipelvectomy, right, for a chondrosarcoma.
The iliac vessels were protected throughout and the limb preserved. Closure over drains.`,
    code: null,
    standing: ['27075', '27076', '27077'],
    missing: PELVIC_PART,
  },
  {
    klass: 'gp-8 guard: a limb-sparing soft-tissue resection with no size leaves 27329 and 27364 standing',
    text: `Procedure: limb-sparing wide excision of a soft-tissue sarcoma of the right thigh.
The sarcoma was excised en bloc with a cuff of the vastus lateralis and the fascia. No bone was removed. The limb was preserved. Closure over a drain.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  // mc2: a case report whose only statement of the operation is its name in the narrative ("a
  // hemipelvectomy was performed", "she was treated with a through-knee amputation", "amputation at the
  // hip", "a transpelvic amputation", "amputated above the knee"): the named code, label only, coder
  // review (a name is the procedure name wherever the case narrates it, not only in a title). Guards: a
  // name in a discussion or literature sentence ("hemipelvectomy is associated with ...") is not the case's.
  {
    klass: 'mc2 named only: a hemipelvectomy was performed (case report)',
    text: `Chondrosarcoma of the ilium in a fisherman
A 63-year-old fisherman presented with a year of buttock pain and a mass over the left iliac crest. Imaging showed a large chondroid tumour of the ilium extending into the sciatic notch and encasing the sciatic nerve. A hemipelvectomy was performed. Histology confirmed a grade 2 chondrosarcoma with clear margins.`,
    code: '27290',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 named only: she was treated with a through-knee amputation',
    text: `Late presentation of an osteosarcoma of the distal femur
A 17-year-old girl was referred with a fungating mass of the right knee of eight months' duration that had invaded the popliteal vessels. After neoadjuvant chemotherapy she was treated with a through-knee amputation. She was fitted with a prosthesis at three months.`,
    code: '27598',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 named only: he underwent an emergency hip disarticulation (necrotising fasciitis)',
    text: `Case report. A 58-year-old diabetic man presented in septic shock with crepitus over the left thigh. Despite two debridements the infection spread towards the groin, and he underwent an emergency hip disarticulation on the second day. The wound healed by secondary intention.`,
    code: '27295',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 named only: amputation at the hip, in a case history',
    text: `CASE HISTORY
A 74-year-old woman with an infected, unreconstructable hip replacement and a sinus to the knee had amputation at the hip as a last resort. She was discharged to a nursing home.`,
    code: '27295',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 named only: managed with a transpelvic amputation',
    text: `A 39-year-old man with a recurrent synovial sarcoma of the groin encasing the iliac vessels was managed with a transpelvic amputation. He is free of disease at three years.`,
    code: '27290',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 named only: the limb was amputated above the knee (clostridial infection)',
    text: `A 34-year-old farmer sustained an open femoral fracture. Clostridial myonecrosis developed within two days and the limb was amputated above the knee as an emergency. He was mobile on a prosthesis six months later.`,
    code: '27590',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 named only: a supracondylar amputation in a case report',
    text: `An 81-year-old woman with critical ischaemia of the left leg and a fixed flexion contracture of the knee underwent a supracondylar amputation. The stump healed by six weeks.`,
    code: '27590',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 guard: the literature names a hemipelvectomy, the case names no operation',
    text: `A 49-year-old man presented with a large pelvic chondrosarcoma. Hemipelvectomy is associated with considerable morbidity and is reserved for tumours that cannot be resected with the limb kept. Several authors have reported outcomes after hindquarter amputation. He was referred to a specialist centre.`,
    code: null,
    review: true,
  },
  {
    klass: 'mc2 guard: a knee disarticulation case with a discussion sentence about hemipelvectomy',
    text: `A 71-year-old woman with an infected knee replacement and a failed arthrodesis was treated with a knee disarticulation. Discussion: hemipelvectomy is associated with a high rate of wound complications, whereas a through-knee level heals well. She walks with a prosthesis.`,
    code: '27598',
    findings: ['level.label-only'],
    route: 'coder-review',
  },
  {
    klass: 'mc2 guard: a hip disarticulation described in the note keeps its anatomy (op note)',
    text: `Procedure: left hip disarticulation for a necrotising infection.
The femoral vessels were ligated, the hip capsule was opened and the femoral head dislocated from the acetabulum. The limb was removed. Hip disarticulation carries a high mortality in sepsis, and the family were told so. The gluteal flap was closed over drains.`,
    code: '27295',
    absent: ['level.label-only'],
  },
  // mc1: published technique pages whose steps name the anatomy without the usual verbs: steps keyed by
  // their structure ("Sacroiliac joint: opened with an osteotome"), noun phrases ("release of the
  // iliacus; disarticulation of the sacroiliac joint"), joints "released", "freed" or "taken down", a
  // Gritti-Stokes page with "section of the femur through the condyles". The code is the described
  // operation's, the text generic (coder review), with the name or with it deleted. Guards: a terse
  // dictation keyed the same way with a side and an EBL, a capsule released for a contracture.
  {
    klass: 'mc1 keyed steps, name deleted: sacroiliac joint opened, symphysis split, limb removed',
    text: `Operative technique

Position: lateral, the affected side up.
Posterior flap. Sacroiliac joint: opened with an osteotome.
Symphysis pubis: split with a scalpel after the bladder is retracted.
Iliopsoas and lumbosacral trunk: divided.
Limb with the half of the pelvis: removed.
Closure: the gluteal flap sutured to the abdominal wall.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'mc1 noun-phrase steps, name deleted: release, disarticulation, division, removal',
    text: `Technique

Release of the iliacus from the inner table; disarticulation of the sacroiliac joint; division of the pubic symphysis; detachment of the pelvic floor; removal of the limb with the innominate bone; closure with a buttock flap.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'mc1 noun-phrase steps under a named technique title (external hemipelvectomy)',
    text: `Technique of external hemipelvectomy

The steps are as follows: ligation of the common iliac vessels; release of the iliacus and psoas; section of the inguinal ligament; disarticulation of the sacroiliac joint; division of the pubic symphysis; removal of the extremity together with the innominate bone; closure with a posterior flap.`,
    code: '27290',
    generic: true,
  },
  {
    klass:
      'mc1 numbered keyed steps: ligaments released, symphysis taken down, hemipelvis and limb delivered',
    text: `Operative steps

1. Skin: anterior and posterior flaps marked.
2. Sacroiliac ligaments: released; the joint separated.
3. Pubic symphysis: taken down with a knife.
4. Hemipelvis and limb: delivered.`,
    code: '27290',
    generic: true,
  },
  {
    klass: 'mc1 British keyed steps: ilium osteotomised behind the notch, hindquarter delivered',
    text: `Hindquarter amputation: the posterior flap technique

Gluteal flap: raised on the inferior gluteal vessels. Ilium: osteotomised behind the sciatic notch. Symphysis: divided in the midline. Hindquarter: delivered. Flap: sutured to the abdominal wall.`,
    code: '27290',
    generic: true,
  },
  {
    klass:
      'mc1 Gritti-Stokes page: section of the femur through the condyles, patella fixed to the cut femur',
    text: `Gritti-Stokes amputation

Steps:
1. Anterior flap: raised from the tibial tubercle, including the patella.
2. Patellar tendon: detached from the tibia.
3. Popliteal vessels and tibial nerve: ligated and cut.
4. Section of the femur through the condyles; patella fixed to the cut femur with two screws.
5. Skin: closed over a drain.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'mc1 Gritti-Stokes, name deleted: femur sawn across the condyles, patella fixed, leg removed',
    text: `Technique

Femur: sawn across the condyles. Patella: its articular surface excised and fixed to the femoral cut surface. Leg: removed. Closure: layers.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'mc1 hip disarticulation page: capsule released all round, femoral head freed, leg removed',
    text: `Surgical technique

Racquet incision. Femoral vessels: ligated. Capsule: released all round. Ligamentum teres: cut. Femoral head: freed from the acetabulum. Leg: removed.`,
    code: '27295',
    generic: true,
  },
  {
    klass:
      'mc1 knee disarticulation bullet steps: cruciates and capsule taken down, leg separated at the knee',
    text: `Steps:
- Patellar tendon: freed from the tubercle.
- Cruciate ligaments and posterior capsule: taken down.
- Leg: separated at the knee joint and removed.
- Condyles: kept.`,
    code: '27598',
    generic: true,
  },
  {
    klass: 'mc1 guard: a terse dictation keyed the same way, with a side and an EBL, is one operation',
    text: `Left hip disarticulation.

Femoral vessels: ligated. Capsule: opened. Femoral head: dislocated. Leg: removed. EBL 300 ml.`,
    code: '27295',
  },
  {
    klass: 'mc1 guard: a posterior knee capsule released for a contracture is no disarticulation',
    text: `Procedure: posterior release of the right knee for a fixed flexion contracture.
The hamstring tendons were lengthened and the posterior capsule of the knee was released. The wound was closed.`,
    code: null,
    review: true,
  },
  {
    klass: 'mc1 guard: a tourniquet released in an above-knee amputation divides nothing',
    text: `Operation: left above-knee amputation. The femur was divided 12 cm above the knee and the leg removed. The tourniquet was released and haemostasis secured. Myodesis and closure in layers.`,
    code: '27590',
  },
  {
    klass:
      "mc1 keyed steps under a technique heading, one patient named by age: that patient's operation, not generic",
    text: `Surgical technique

A 58-year-old man with a pelvic chondrosarcoma. Sacroiliac joint: opened with an osteotome. Symphysis: divided. Limb and hemipelvis: removed.`,
    code: '27290',
  },
  // dx1. A history before the heading that opens the operation: a paragraph with no heading of its own
  // between the op note's fields (or a history heading) and "Description:" / a heading such as
  // "OPERATION" narrates what came before, however long it runs (set X, by class).
  {
    klass:
      'dx1 history heading over two paragraphs: a limb-sparing option weighed, then the OPERATION heading',
    text: `OPERATIVE NOTE
Surgeon: A. Lindqvist   Assistant: P. Osei (registrar)

HISTORY AND INDICATIONS
A 61-year-old man with a two-year history of right buttock pain treated as sciatica. Imaging last month showed a large chondroid tumour of the right ilium reaching the sacroiliac joint.

The pelvic sarcoma group considered a limb-sparing internal hemipelvectomy with a saddle prosthesis, and imaging of both thighs was reviewed for skip lesions. Core biopsy confirmed grade 2 chondrosarcoma. After discussion he chose amputation and signed consent.

OPERATION
Right hindquarter amputation. Through an ilioinguinal incision the external iliac vessels were tied. The symphysis pubis was divided. The sacroiliac joint was divided posteriorly with an osteotome. The whole leg and hemipelvis were removed together. A posterior flap was closed over drains.`,
    code: '27290',
    anatomy: { limbPreserved: 'not_mentioned', bothSides: 'not_mentioned' },
  },
  {
    klass:
      "dx1 unheaded paragraph after the procedure field, before 'Description:', tells the earlier operation",
    text: `Procedure: Curettage of a recurrent simple bone cyst of the left proximal femur, cavity filled with bone cement.
Surgeon: M. Haddad

He is 19. When he was 15 my colleague curetted the same cyst through a lateral window and the cavity was packed with cancellous allograft chips. The cyst has come back and the chips are gone on the new CT.

Description: Lateral approach through the old scar. The cortical window was reopened. The lining of the cyst was curetted out and the walls burred. The cavity was filled with bone cement. No graft was placed. Closed in layers.`,
    code: '27355',
    anatomy: { graft: 'negated' },
  },
  {
    klass: "dx1 a referral story before 'DESCRIPTION OF PROCEDURE' keeps its limb-sparing words out of today",
    text: `PREOPERATIVE DIAGNOSIS: Fungating sarcoma of the left proximal thigh.
PROCEDURE: Left hip disarticulation.

Her first treatment was a marginal excision of the mass with the limb kept and the sciatic nerve spared. The tumour recurred, ulcerated and bled.

DESCRIPTION OF PROCEDURE: Racquet incision. The femoral vessels were ligated. The hip capsule was opened, the ligamentum teres divided and the femoral head dislocated from the acetabulum. The leg was removed through the hip joint; no bone was cut. The gluteal flap was closed over drains.`,
    code: '27295',
    anatomy: { limbPreserved: 'not_mentioned' },
  },
  {
    klass:
      "dx1 guard: with no heading after it, the paragraph under the procedure field is today's operation",
    text: `Procedure: Left above-knee amputation.
Anesthesia: spinal

Fish-mouth flaps were marked at mid-thigh. The femoral vessels were ligated and the sciatic nerve divided under tension. The femur was sawn through 14 cm above the knee joint. Myodesis was done and the wound was closed over a drain.

Findings: dry gangrene of the foot, healthy muscle at the level of section.`,
    code: '27590',
  },
  {
    klass: "dx1 guard: an abstract's 'Background:' does not make the case paragraph history",
    text: `Background: Hip disarticulation is uncommon after trauma.

A 34-year-old man with a crushed left thigh was taken to theatre. The femoral vessels were ligated, the hip capsule was opened circumferentially and the femoral head was dislocated from the acetabulum, and the leg was removed through the hip joint without a bone cut. The gluteal flap was closed.

Surgical technique: The racquet incision is described.`,
    code: '27295',
    review: true,
  },
  // gp-3. An outcome set against another operation ("better than after …") is no event of this one.
  {
    klass:
      "gp-3 comparison: 'better than after an above-knee amputation with division of the femur' cuts nothing",
    text: `Procedure: right knee disarticulation.
The capsule and cruciate ligaments were divided and the leg was removed through the knee joint; no bone was cut. Energy expenditure with this level is better than after an above-knee amputation with division of the femur.`,
    code: '27598',
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: "gp-3 comparison: 'function after this level is better than with a hip disarticulation'",
    text: `Procedure: left above-knee amputation.
The femur was divided at the mid-shaft and the wound closed in layers. Function after this level is better than with a hip disarticulation.`,
    code: '27590',
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass:
      "gp-3 comparison: 'no worse than after hindquarter amputation through the sacroiliac joint and the symphysis'",
    text: `Operation: left hip disarticulation.
The femoral head was dislocated from the acetabulum and the limb removed; the pelvis was kept. Survival in our unit was no worse than after hindquarter amputation through the sacroiliac joint and the symphysis.`,
    code: '27295',
    anatomy: { posteriorPelvicDivision: 'not_mentioned', anteriorPelvicDivision: 'not_mentioned' },
  },
  {
    klass: "gp-3 comparison: 'local control was comparable to that after amputation of the limb'",
    text: `Procedure: wide excision of a soft-tissue sarcoma of the left thigh.
The sarcoma was excised en bloc with the adductors; it measured 8 cm. No bone was removed. Local control was comparable to that after amputation of the limb. Closure over a drain.`,
    code: '27364',
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  {
    klass: "gp-3 comparison in a case report: 'survival was worse than after hindquarter amputation'",
    text: `Case report. A 61-year-old man underwent a right hip disarticulation for a thigh sarcoma. The femoral head was dislocated and the limb removed; the acetabulum was kept. Complication rates were lower than after hindquarter amputation with division of the sacroiliac joint.`,
    code: '27295',
    anatomy: { posteriorPelvicDivision: 'not_mentioned' },
  },
  {
    klass:
      "gp-3 guard: a level compared with the previous amputation is a measure ('5 cm higher than the previous amputation')",
    text: `Procedure: left above-knee re-amputation.
He had a left above-knee amputation in 2021; the stump is ulcerated. The left femur was re-cut 5 cm higher than the previous amputation and the wound closed over a drain.`,
    code: '27596',
  },
  // gp-6. Latin side words name the side ("membrum inferius dextrum", "femur sinistrum"); "ipsilateral"
  // and "contralateral" are read against the stated side.
  {
    klass: "gp-6 Latin side: 'membrum inferius dextrum' is the right side (claim LT conflicts)",
    text: `Operatio: amputatio femoris, membrum inferius dextrum.
The femoral vessels were ligated. The femur was divided at the mid-shaft and the leg removed. Closure in layers.`,
    code: '27590',
    claim: { cpt: '27590', modifiers: ['LT'] },
    findings: ['modifier.laterality-conflict'],
    values: { laterality: 'right' },
  },
  {
    klass: "gp-6 Latin side: 'femur sinistrum' is the left side (claim LT agrees)",
    text: `Procedure: above-knee amputation (femur sinistrum).
The femur was divided at the mid-shaft and the leg removed. Myodesis; closure in layers.`,
    code: '27590',
    claim: { cpt: '27590', modifiers: ['LT'] },
    absent: ['modifier.laterality-conflict', 'modifier.laterality-missing'],
    values: { laterality: 'left' },
  },
  {
    klass: "gp-6 Latin side: 'articulatio coxae dextra' and a left-sided diagnosis conflict",
    text: `Procedure: exarticulatio, articulatio coxae dextra, for osteosarcoma of the proximal femur.
The femoral head was dislocated from the acetabulum and the limb removed; the acetabulum was kept. Closure over drains.`,
    code: '27295',
    claim: { cpt: '27295', modifiers: ['RT'], icd10: ['C40.22'] },
    findings: ['dx.laterality-conflict'],
    values: { laterality: 'right' },
  },
  {
    klass: "gp-6 Latin side, mixed: 'hip disarticulation, lower limb sinistra'",
    text: `Procedure: hip disarticulation, lower limb sinistra.
The femoral head was dislocated and the limb removed; the acetabulum kept. Closure over drains.`,
    code: '27295',
    values: { laterality: 'left' },
  },
  {
    klass: "gp-6 guard: 'a contralateral above-knee amputation' is the other leg's, no prior of this thigh",
    text: `Procedure: left above-knee amputation.
History: he had a contralateral above-knee amputation in 2015. The left femur was divided at the mid-shaft. Closure in layers.`,
    code: '27590',
    anatomy: { priorAmputation: 'not_mentioned' },
  },
  {
    klass: "gp-6 guard: 'an ipsilateral above-knee amputation' is this thigh's prior amputation",
    text: `Procedure: right above-knee re-amputation.
He had an ipsilateral above-knee amputation in 2019; the stump is ulcerated. The femur was re-cut 4 cm higher and the wound closed.`,
    code: '27596',
    values: { laterality: 'right' },
  },
  {
    klass: 'gp-6 guard: dextrose is no side word',
    text: `Procedure: left above-knee amputation.
Dextrose 5% was running. The femur was divided at the mid-shaft and the limb removed. Closure in layers.`,
    code: '27590',
    values: { laterality: 'left' },
  },
  // dx2. A prior operation referred back to ("at that operation", "on that occasion", "last time") is
  // history; a comparison with it ("as at the first operation", "same as last time") is today's act.
  {
    klass: "dx2 'at that operation' after a dated prior curettage: its allograft is history",
    text: `Procedure: Repeat curettage, benign bone lesion of the right distal femur, cementation.
Description: Two years ago I curetted this lesion. At that operation the defect was packed with cancellous allograft chips from the bone bank and the window closed with a cortical flap. Today the old window was opened, the recurrent lesion was curetted out and burred, and the cavity was filled with bone cement. No bone graft was used today. Closed in layers.`,
    code: '27355',
    anatomy: { graft: 'negated' },
  },
  {
    klass: "dx2 'on that occasion' names the earlier operation's autograft",
    text: `PROCEDURE: Curettage of a recurrent giant cell tumour of the left distal femur with cement.
DESCRIPTION: She had an intralesional curettage here when she was 22. On that occasion we filled the cavity with autograft harvested from the iliac crest. Today the recurrence was curetted through the old window, the walls treated with a high-speed burr and phenol, and the cavity filled with PMMA. No plate. Skin closed.`,
    code: '27355',
  },
  {
    klass: "dx2 'last time' tells what was packed then; this time nothing was grafted",
    text: `Op note: right femur, recurrent aneurysmal bone cyst.
Curettage was repeated through the previous incision and the cyst wall burred. Last time I packed the cavity with allograft chips; this time the cavity was filled with bone cement only, and no graft was used. Wound closed.`,
    code: '27355',
  },
  {
    klass: "dx2 guard: 'as at the first operation' compares, so the allograft is today's",
    text: `Procedure: repeat curettage of a right distal femoral bone cyst with allograft.
Description: The old window was reopened and the cyst was curetted and burred. As at the first operation, the cavity was packed with cancellous allograft chips from the bone bank. Closed in layers.`,
    code: '27356',
  },
  {
    klass: "dx2 guard: 'same as last time' carries the act forward, so the allograft is today's",
    text: `Procedure: Curettage, left proximal femoral cyst, recurrent.
Description: Approach and curettage same as last time. Same as last time, the cavity was packed with freeze-dried allograft chips. Closed.`,
    code: '27356',
  },
  // dx3. A graft already in place (resorbed, incorporated, its remnants) was placed at an earlier operation.
  {
    klass: "dx3 'the old graft had resorbed' and 'remnants of the allograft' removed: no graft today",
    text: `Procedure: Redo curettage of the left distal femur for recurrent cyst.
Description: The lateral window was reopened. The old graft had largely resorbed, and the remnants of the allograft were curetted out with the cyst lining. The walls were burred and the cavity was filled with bone cement. Closed over no drain.`,
    code: '27355',
  },
  {
    klass: "dx3 'resorbing allograft' taken out with the lesion is not an allograft placed",
    text: `OPERATION: curettage of a recurrent benign lesion, right femoral neck, with cementation.
The lesion was curetted out together with resorbing allograft from the index procedure. The cavity was cemented under fluoroscopy. A cannulated screw was not required.`,
    code: '27355',
  },
  {
    klass: "dx3 guard: allograft packed today beside the curetted old graft stays today's",
    text: `Procedure: Redo curettage of the right distal femur for recurrent cyst, with allograft.
Description: The window was reopened and the old graft, which had resorbed, was curetted out with the lining. The cavity was then packed with fresh cancellous allograft chips. Closed.`,
    code: '27356',
  },
  // dx4. A predicate of excluding before its object ("ruled out", "precluded", "unsuitability for",
  // "lack of") denies it.
  {
    klass: "dx4 'ruled out limb salvage' in the narrative of a hindquarter amputation",
    text: `Right hindquarter amputation for a pelvic chondrosarcoma. Encasement of the sciatic nerve and the iliac vessels ruled out limb salvage. The symphysis pubis was divided and the sacroiliac joint was divided with an osteotome. The lower limb with the hemipelvis was removed in one piece. Flap closure over drains.`,
    code: '27290',
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: "dx4 'precluded a limb-sparing resection' in a hip disarticulation",
    text: `Procedure: left hip disarticulation. The extent of the thigh sarcoma precluded a limb-sparing resection. The femoral vessels were ligated, the hip capsule was opened and the femoral head dislocated from the acetabulum; the leg was removed through the hip joint with no bone cut. Closure over a drain.`,
    code: '27295',
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: "dx4 'unsuitability for limb-sparing surgery' and 'lack of a salvage option'",
    text: `Left hindquarter amputation. Given his unsuitability for limb-sparing surgery and the lack of a limb salvage option, the symphysis and the sacroiliac joint were divided and the leg with the hemipelvis was removed. The flap was closed.`,
    code: '27290',
    anatomy: { limbPreserved: 'negated' },
  },
  {
    klass: "dx4 guard: 'we ruled out infection' leaves the limb-sparing resection that follows",
    text: `Procedure: Internal hemipelvectomy, right, Enneking type I, limb kept.
Frozen sections ruled out infection, and we proceeded with the limb-sparing resection. The ilium was osteotomised above the acetabulum and through the sacroiliac joint, and the iliac wing was removed with the tumour. The leg was preserved. Closure over drains.`,
    code: '27075',
  },
  // dx5. A patient-information page: "… is a surgical procedure that involves …", what "the surgeon will"
  // do, and "the patient will …" (any patient), documents no one patient's operation (set P, by class).
  {
    klass:
      "dx5 information page: 'is a surgical procedure that involves', 'the surgeon will', 'the patient will'",
    text: `Revising an above-knee amputation stump
Stump revision is a surgical procedure that involves reshaping the end of the thigh after an earlier above-knee amputation. The surgeon will open the old scar, remove scar tissue and close the skin again without tension; the thigh bone is not shortened. The operation may be done under a spinal or a general anaesthetic. Afterwards the patient will need a new socket and some weeks of physiotherapy.`,
    code: '27594',
    generic: true,
  },
  {
    klass: "dx5 information page: a knee disarticulation 'is an operation that removes the leg'",
    text: `Knee disarticulation: what to expect
A knee disarticulation is an operation that removes the leg through the knee joint, keeping the whole thigh bone. The surgeon will make a long flap at the front of the knee, tie the blood vessels and divide the ligaments. The patient will usually stay in hospital for about a week and may need help at home.`,
    code: '27598',
    generic: true,
  },
  {
    klass: "dx5 guard: an op note's 'the patient will be seen in clinic' leaves it one patient's",
    text: `Procedure: Left above-knee amputation.
A knee disarticulation was considered but the tissues were poor. The femoral vessels were ligated, the femur was divided with a saw 12 cm above the joint line, and the wound was closed in layers. The patient will be seen in clinic in two weeks.`,
    code: '27590',
  },
  {
    klass: "dx5 guard: a case report's definition with its own patient stays the patient's",
    text: `A hip disarticulation is an operation that removes the leg at the hip joint. A 58-year-old woman with a fungating sarcoma of the left thigh underwent one: the hip capsule was opened, the femoral head dislocated and the leg removed through the hip joint without a bone cut. She will be fitted with a prosthesis.`,
    code: '27295',
    review: true,
  },
  // gp-7. A byline is a line of author names (initials, degrees, "by", or names alone); a Title Case
  // heading or fragment ("Leg Removed Through The Knee Joint") is no byline and still narrates.
  {
    klass:
      "gp-7 Title Case fragment is no byline: 'Leg Removed Through The Knee Joint' keeps the indications history",
    text: `Right knee disarticulation
Indications: infected knee replacement; a spacer was placed after the femur was cut back to healthy bone.

Leg Removed Through The Knee Joint`,
    code: '27598',
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: "gp-7 Title Case fragment is no byline: 'Knee Disarticulation Performed'",
    text: `Right knee disarticulation
Indications: infected knee replacement; a spacer was placed after the femur was cut back to healthy bone.

Knee Disarticulation Performed`,
    code: '27598',
    review: true,
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: "gp-7 Title Case fragment is no byline: 'Hip Capsule Opened, Femoral Head Dislocated'",
    text: `Left hip disarticulation
History: old septic arthritis; the acetabulum was reamed and the ilium osteotomised at an earlier operation.

Hip Capsule Opened, Femoral Head Dislocated`,
    code: '27295',
    anatomy: { posteriorPelvicDivision: 'not_mentioned' },
  },
  {
    klass: "gp-7 guard: a byline with 'by' and two names, then BACKGROUND, is lead matter",
    text: `The Ischaemic Leg Above The Knee
by Marta Kowalska and Jonas Eriksen
BACKGROUND
Where the femur is divided above the knee and the leg is removed, the adductors are sutured to the bone end over the cut femur and the wound is closed.`,
    code: '27590',
    generic: true,
  },
  {
    klass: 'gp-7 guard: a byline with initials and degrees, then Summary, is lead matter',
    text: `Salvage Of The Infected Hip
J. A. Moreau, MD, FRCS
Summary
When the hip cannot be saved, the capsule is incised and the femoral head is dislocated from the acetabulum; the leg is removed and the acetabulum left in place.`,
    code: '27295',
    generic: true,
  },
  // dp1. A technique guide's femur resection for tumour (set P, by class): a verdict on the wrong
  // operation ("an intralesional excision is an oncological failure", "curettage would be a mistake")
  // documents none, and a guide that says what it teaches ("How to perform …"), warns ("you must never
  // …") or heads its points "Key points" / "Must-knows" is no one patient's note.
  {
    klass: "dp1 guide: 'how to perform' a distal femoral replacement, an intralesional excision is a failure",
    text: `Distal Femoral Replacement for Bone Sarcoma

How to perform a distal femoral resection with a wide margin for a malignant bone tumour and rebuild the knee with a hinged endoprosthesis, from the biopsy track to the extensor closure.

Key points
  • The tumour and the biopsy track come out en bloc with a wide margin of normal marrow above the lesion. A well-fixed implant after an intralesional excision is an oncological failure.
  • The tibial component is cemented after the joint line is restored.`,
    code: '27365',
    generic: true,
  },
  {
    klass: "dp1 guide with no title: it opens 'How to perform after wide resection …'",
    text: `How to perform after wide resection of a proximal femoral sarcoma: the long lateral approach, the margin above the lesser trochanter, the cemented stem and the abductor repair.

Must-knows
  • The femur is resected en bloc with a wide margin and the biopsy scar is taken with it. You must never breach the tumour's reactive zone; an intralesional excision is always an error.
  • The stem is cemented into the remaining femur and the trochanter is wired back to the body of the prosthesis.`,
    code: '27365',
    generic: true,
  },
  {
    klass: 'dp1 guide: curettage alone would be a mistake, the femur is resected en bloc',
    text: `Resection of the proximal femur for a chondrosarcoma: operative guide.
Curettage alone would be a serious mistake for such a tumour. The capsule is opened and the femur is osteotomised 14 cm below the trochanter with a wide margin; the proximal femur is removed en bloc with the tumour and the limb is kept. The modular stem is cemented and the abductors are reattached.`,
    code: '27365',
    generic: true,
  },
  {
    klass: "dp1 guard: one patient's earlier curettage 'was a failure'; today's femur resection is wide",
    text: `Procedure: Left distal femoral resection and endoprosthetic replacement.
History: a 31-year-old man; a curettage of the lesion elsewhere was a failure and it recurred as a chondrosarcoma.
Description: The distal femur was resected en bloc with a wide margin, taking the old curettage scar with it; the osteotomy was 17 cm above the joint line. A hinged prosthesis was cemented and the limb was preserved.`,
    code: '27365',
    review: true,
  },
  // dp2. A hip disarticulation defined without its name (a series' abstract with the name cut out):
  // the described act decides ("… performed by removing the head of the femur from its socket",
  // "separating the whole leg at the hip joint").
  {
    klass: "dp2 series: 'an amputation performed by removing the head of the femur from its socket'",
    text: `Background. This is a major amputation of the lower limb performed by removing the head of the femur from its pelvic socket, and it is kept for life-threatening sepsis.
Methods. Six patients had the operation for gas gangrene or an infected prosthesis between 2015 and 2022.
Results. All six survived to discharge.`,
    code: '27295',
    generic: true,
  },
  {
    klass: "dp2 textbook: 'done by separating the whole leg at the hip joint'",
    text: `Background
This amputation is the removal of the lower limb, done by dividing the muscles around the hip and separating the whole leg at the hip joint; the pelvis stays. Most surgeons reserve it for tumours of the upper thigh and for uncontrolled infection.`,
    code: '27295',
    generic: true,
  },
  {
    klass: 'dp2 guard: a proximal femoral resection removes the head of the femur from the socket, limb kept',
    text: `Procedure: Right proximal femoral resection and modular endoprosthesis for osteosarcoma.
Description: Through a lateral incision the capsule was opened; the proximal femur was resected en bloc with a wide margin after removing the head of the femur from the acetabulum, the osteotomy 16 cm below the trochanter. A bipolar modular prosthesis was cemented. The acetabulum was kept and the limb was preserved.`,
    code: '27365',
    review: true,
  },
  // dp3. A stump closed secondarily with no level stated ("an amputated leg", "the stump") elects no
  // thigh code: the stump's level must be named as the thigh (or through the knee).
  {
    klass: 'dp3 patient page: secondary closure of an amputation stump, no level',
    text: `Secondary closure of an amputation stump is a surgical procedure that closes the wound left open after an earlier amputation. The surgeon will remove dead tissue and then close the skin with stitches. The patient may need a new prosthetic socket afterwards.`,
    code: null,
    generic: true,
  },
  {
    klass: 'dp3 op note: delayed closure of the left stump after an amputation, no level named',
    text: `Procedure: Delayed secondary closure of the left amputation stump.
Indication: amputation for sepsis five days ago; the wound was left open.
Description: The wound edges were freshened and the dead tissue debrided. No bone was cut. The skin was closed over a drain.`,
    code: null,
    review: true,
  },
  {
    klass: 'dp3 guard: secondary closure of a left above-knee stump reads 27594',
    text: `Procedure: Secondary closure of the left above-knee amputation stump.
Indication: prior above-knee amputation for sepsis five days ago; the wound was left open.
Description: The wound edges were freshened and the dead tissue debrided. The femur was not re-cut. The skin was closed over a drain.`,
    code: '27594',
    review: true,
  },
  // dp4. Progress in a field ("despite advances in limb-sparing surgery", "the advent of limb-salvage
  // resections") is practice in general: no limb kept in the operation a background describes.
  {
    klass: "dp4 background: 'despite advances in limb-sparing surgery' keeps no limb of the titled operation",
    text: `Hindquarter Amputation

BACKGROUND
  • Despite better chemotherapy and advances in limb-sparing surgery, hindquarter amputation is still needed for large pelvic sarcomas.
  • The advent of limb-salvage pelvic resections has made the terms internal and external hemipelvectomy necessary.
  • Hindquarter amputation is the removal of the whole leg together with half of the pelvis.`,
    code: '27290',
    generic: true,
  },
  // rv1 (review of this session's change). A thigh amputation named beside a scar or neuroma is today's
  // amputation when a limb is removed today (no prior stump: 27590), an existing stump otherwise (27594);
  // packing "while attention turned" elsewhere is packing for a moment, not a wound left open.
  {
    klass: 'rv1 primary AKA with a neuroma excised beside its name: no prior amputation',
    text: `Operation: Left AKA - neuroma of the sciatic nerve excised at the same sitting.
The thigh was opened through fish-mouth flaps, the femur sawn across 11 cm above the knee joint and the leg passed off the table. The sciatic neuroma was dissected out and excised. Adductors and quadriceps were sutured over the bone end and the skin closed.`,
    code: '27590',
  },
  {
    klass: 'rv1 primary transfemoral amputation with an old scar excised in its name: no prior amputation',
    text: `Procedure: right transfemoral amputation, scar excision.
The femur was transected with a Gigli saw at mid-shaft and the right leg removed. An old incision scar in the flap was excised. Myodesis of the adductor magnus was done and the wound closed in layers.`,
    code: '27590',
  },
  {
    klass: 'rv1 guard: a scar revision of an existing AKA, no bone work, reads 27594',
    text: `Procedure: revision of painful scar, right AKA.
The adherent scar over the end of the stump was excised. No bone work was done. The skin was closed with interrupted nylon.`,
    code: '27594',
    review: true,
  },
  {
    klass: 'rv1 packed while attention turned elsewhere: the thigh wound is not left open',
    text: `Procedure: left above-knee amputation.
The femur was cut with an oscillating saw 12 cm above the joint line and the limb removed. The thigh wound was packed with moist towels and attention turned to the right foot. Blood loss 250 mL.`,
    code: '27590',
  },
  {
    klass: 'rv1 packed with towels, meanwhile the other team worked: no open wound',
    text: `Procedure: right above-knee amputation.
The femur was divided 10 cm above the knee joint and the leg taken off. Meanwhile the stump was packed with laparotomy pads and the vascular team finished the groin exposure.`,
    code: '27590',
  },
  {
    klass: 'rv1 guard: a field amputation packed with gauze and left for later closure stays open',
    text: `Procedure: right transfemoral amputation.
The femur was sawn through 14 cm above the knee and the limb removed. The wound was packed with gauze; closure is planned in five days.`,
    code: '27592',
  },
  // rv2 (review). A proximal femoral replacement names a tumour resection only for a tumour that is today's
  // indication: not a cancer in the history, nor the replacement of a failed, loose or infected hip (a
  // revision arthroplasty). The cut femur then decides only by inference: coder review.
  {
    klass: 'rv2 proximal femoral replacement for a failed hip, cancer only in the history: coder review',
    text: `Operation: proximal femoral replacement for a failed total hip replacement in a lady with a distant history of ovarian carcinoma.
The femur was divided below the old stem and a modular implant cemented into the remaining shaft.`,
    code: '27365',
    route: 'coder-review',
  },
  {
    klass:
      'rv2 proximal femoral replacement for an infected hip replacement, lymphoma years ago: coder review',
    text: `Procedure: Right proximal femoral replacement, second stage, for an infected total hip replacement with a remote history of lymphoma.
The proximal femur was cut 10 cm below the lesser trochanter and the tumour-type prosthesis cemented.`,
    code: '27365',
    route: 'coder-review',
  },
  {
    klass: 'rv2 guard: a proximal femoral replacement for a metastasis stays 27365 outside coder review',
    text: `Procedure: left proximal femoral replacement for metastatic renal cell carcinoma. Preoperative MRI showed a destructive lesion of the proximal femur.
The proximal femur was resected en bloc with a cuff of muscle 15 cm below the trochanter and a modular endoprosthesis cemented.`,
    code: '27365',
    route: 'query-physician',
  },
  // rv3. "old" marks an earlier amputation only before it: after the amputation word it is another noun's.
  {
    klass: "rv3 'old' after the amputation word qualifies the scar, not the amputation",
    text: `Procedure: Left above-knee amputation with excision of the old below-knee scar.
The femur was sawn 11 cm above the knee joint and the left leg removed. Myodesis of the adductors; the skin was closed.`,
    code: '27590',
  },
  {
    klass: 'rv3 guard: an old above-knee amputation named before the re-cut stays a prior amputation',
    text: `Procedure: revision of the left thigh stump.
She has an old left above-knee amputation. The femur was re-cut 4 cm higher and the myodesis redone.`,
    code: '27596',
    review: true,
  },
  // gaps-7. An admission to a day-case place (a day-surgery, out-patient, short-stay or ambulatory unit) is
  // no inpatient admission: the place after "admitted" decides, unless the admission's own words say inpatient.
  {
    klass: 'gaps-7 admitted to the day-surgery unit: no inpatient admission',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '22' },
    text: `She was admitted to the day surgery unit this morning.
Procedure: revision of the left above-knee amputation; left AKA in 2020, bony spur.
Description: The femur was shortened by 2 cm with an oscillating saw through the old scar. Myodesis. Closure in layers.`,
    code: '27596',
    statuses: { inpatientAdmission: 'negated' },
  },
  {
    klass: 'gaps-7 admitted to the out-patient unit: no inpatient admission',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '22' },
    text: `The patient was admitted to the out-patient unit on the morning of the operation.
Procedure: right AKA revision. History: right above-knee amputation 2016, painful bone end.
Description: The bone end was exposed and the femur cut back 3 cm with a saw. Myodesis; the skin was closed.`,
    code: '27596',
    statuses: { inpatientAdmission: 'negated' },
  },
  {
    klass:
      'gaps-7 admitted via the ambulatory surgery centre, or to the short-stay ward: no inpatient admission',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '22' },
    text: `Admitted via the ambulatory surgery centre; he went to the short-stay ward afterwards.
Operation: re-amputation of the left transfemoral stump (left AKA 2019).
The femur was divided 4 cm proximal to the old bone end with a Gigli saw. The muscles were re-attached and the wound closed.`,
    code: '27596',
    statuses: { inpatientAdmission: 'negated' },
  },
  {
    klass: 'gaps-7 guard: admitted as an inpatient after a planned day case is an inpatient admission',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '22' },
    text: `Planned as a day case, but she was admitted as an inpatient for pain control.
Procedure: left AKA revision; left above-knee amputation in 2021.
The femur was shortened by 2 cm with a saw. Myodesis. Closure.`,
    code: '27596',
    findings: ['pos.inpatient-only'],
    statuses: { inpatientAdmission: 'documented' },
  },
  {
    klass: 'gaps-7 guard: admitted to the vascular ward on the day of surgery is an inpatient admission',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'], placeOfService: '22' },
    text: `He was admitted to the vascular ward on the day of surgery.
Procedure: right AKA revision; right above-knee amputation 2017.
The femur was shortened by 3 cm with a saw. Myodesis. Closure over a drain.`,
    code: '27596',
    findings: ['pos.inpatient-only'],
    statuses: { inpatientAdmission: 'documented' },
  },
  // gaps-8. "crus" and "genus" are English words too ("the left crus of the diaphragm", "left at genus level"):
  // a side before them names no limb; in a Latin phrase ("crus sinistrum", "articulatio genus") they do.
  {
    klass: "gaps-8 'left swab: genus Staphylococcus' (a culture report) names no side of the limb",
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: above-knee amputation for ischaemic rest pain.
The femur was divided 12 cm above the knee and the leg removed. The wound was closed in layers. Culture report, left swab: genus Staphylococcus, species to follow.`,
    code: '27590',
    absent: ['modifier.laterality-conflict'],
    statuses: { laterality: 'not_mentioned' },
  },
  {
    klass: "gaps-8 guard: 'left at genus level' (a verb) names no side of the limb",
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: above-knee amputation for ischaemic rest pain.
The femur was divided 12 cm above the knee and the leg removed. The wound was closed in layers. Microbiology: the organism from the swab was left at genus level.`,
    code: '27590',
    absent: ['modifier.laterality-conflict'],
    statuses: { laterality: 'not_mentioned' },
  },
  {
    klass: "gaps-8 'the left crus' of a hiatus hernia repair names no side of the limb",
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: above-knee amputation.
Past history: hiatus hernia repair with suture of the left crus. The femur was sawn across 12 cm above the knee and the leg removed. Closure in layers.`,
    code: '27590',
    absent: ['modifier.laterality-conflict'],
    statuses: { laterality: 'not_mentioned' },
  },
  {
    klass: "gaps-8 'a thickened right crus of the diaphragm' on CT names no side of the limb",
    claim: { cpt: '27598', modifiers: ['LT'], icd10: ['I70.262'] },
    text: `Procedure: through-knee amputation.
Preoperative CT showed a thickened right crus of the diaphragm. The knee joint was opened, the cruciate ligaments divided and the leg removed through the joint; the femoral condyles were not cut. Closure over a drain.`,
    code: '27598',
    absent: ['modifier.laterality-conflict'],
    statuses: { laterality: 'not_mentioned' },
  },
  {
    klass: 'gaps-8 guard: a Latin phrase, "exarticulatio genus sinistra", names the side',
    claim: { cpt: '27598', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Operation: exarticulatio genus sinistra (knee disarticulation).
The knee joint was entered, the cruciates divided and the leg removed through the joint. The condyles were not cut. Closure.`,
    code: '27598',
    review: true,
    findings: ['modifier.laterality-conflict'],
    values: { laterality: 'left' },
  },
  {
    klass: 'gaps-8 guard: "crus sinistrum" names the side',
    claim: { cpt: '27598', modifiers: ['LT'], icd10: ['I70.262'] },
    text: `Operation: knee disarticulation, crus sinistrum.
The knee joint was entered, the cruciates divided and the leg removed through the joint. The femoral condyles were not cut. Closure.`,
    code: '27598',
    review: true,
    absent: ['modifier.laterality-conflict'],
    values: { laterality: 'left' },
  },
  // gaps-1. An operation named only to compare ("unlike a formal re-amputation, in which the femur is
  // shortened", "rather than a re-amputation through the femur", "similar to that for a femoral shortening",
  // "as an alternative to …") is not today's event: neither affirmed nor denied (neg.contrast and
  // neg.comparison are generic). A denied femoral cut decides 27594, so a comparison never elects it; an
  // act set aside in a gerund ("rather than re-cutting the femur") is still denied.
  {
    klass: 'gaps-1 unlike a re-amputation, in which the femur is shortened: no denied femoral cut',
    text: `Procedure: revision of the right above-knee amputation scar.
Unlike a formal re-amputation, in which the femur is shortened, the adherent scar alone was excised and the skin closed with nylon.`,
    code: '27594',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-1 rather than a re-amputation through the femur: no denied femoral cut',
    text: `Procedure: left AKA, painful scar.
Rather than a re-amputation through the femur, the adherent scar was excised and the flaps closed.`,
    code: '27594',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-1 an incision similar to that for a femoral shortening: no denied femoral cut',
    text: `Procedure: excision of a sciatic neuroma, right above-knee amputation.
The incision was similar to that for a femoral shortening. The neuroma was dissected out, ligated and excised. The skin was closed.`,
    code: '27594',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-1 as an alternative to a femoral shortening: no denied femoral cut',
    text: `Procedure: right above-knee amputation, adherent scar.
As an alternative to a femoral shortening, the scar was excised and the skin was closed in layers.`,
    code: '27594',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-1 in contrast to a revision with shortening of the femur: no femoral cut today',
    text: `Procedure: left transfemoral stump neuroma.
In contrast to a revision with shortening of the femur, only the sciatic neuroma was excised and the nerve buried in muscle. Closure.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-1 guard: rather than re-cutting the femur (a gerund) still denies the cut',
    text: `Procedure: right AKA scar revision.
Rather than re-cutting the femur, the adherent scar was excised and the skin closed.`,
    code: '27594',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'gaps-1 guard: compared with the old level, the femur was cut higher',
    text: `Procedure: revision of the left above-knee amputation.
Compared with the old level, the femur was cut 3 cm higher with a saw. Myodesis. Closure.`,
    code: '27596',
    anatomy: { femurCut: 'documented' },
  },
  // gaps-5. A stump revised with a debridement, with no femur level stated, leaves 27594 and 27596
  // standing: a debridement may take bone, so the soft-tissue stump revision is not inferred.
  {
    klass: 'gaps-5 stump revised, necrotic muscle and skin debrided: 27594 and 27596 stand',
    text: `Procedure: revision of left thigh stump with debridement.
The stump was revised: necrotic muscle and skin were debrided and the wound closed.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
  },
  {
    klass: 'gaps-5 sloughy stump end debrided, the stump revised and closed: 27594 and 27596 stand',
    text: `Procedure: right above-knee amputation stump revision.
Sloughy tissue at the end of the stump was debrided back to bleeding tissue. The stump was revised and closed over a drain.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
  },
  {
    klass: 'gaps-5 excisional debridement of the residual limb, flaps revised: 27594 and 27596 stand',
    text: `Procedure: revision of the residual limb, left AKA.
Excisional debridement of the infected wound down to healthy muscle; the flaps were revised and closed loosely.`,
    code: null,
    standing: ['27594', '27596'],
    missing: ['femurCut'],
  },
  {
    klass: 'gaps-5 guard: a debridement with the femur stated not cut reads 27594',
    text: `Procedure: left AKA stump revision and debridement.
The infected sinus was debrided. The femur was not cut. The skin was closed.`,
    code: '27594',
  },
  {
    klass: 'gaps-5 guard: a soft-tissue stump revision with no debridement is still inferred (coder review)',
    text: `Procedure: revision of the right AKA stump.
The redundant soft tissue and the dog ears were excised and the skin closed.`,
    code: '27594',
    review: true,
    route: 'coder-review',
  },
  // gaps-2. Bone taken off the femur's end in other words: "trimmed by 2 cm", "nibbled back with a rongeur",
  // "rongeured back 1 cm", "we trimmed the femur back" cut the femur (the shorten action); trimming soft
  // tissue ("the flaps were trimmed") cuts no bone.
  {
    klass: 'gaps-2 the femur trimmed by 2 cm on an existing AKA: a re-amputation',
    text: `Procedure: revision of left above-knee stump for a painful bone end; left AKA in 2019.
The femur was trimmed by 2 cm with an oscillating saw and the myodesis redone. Skin closed.`,
    code: '27596',
    review: true,
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'gaps-2 the bone end nibbled back with a rongeur on an existing AKA: the femur is cut',
    text: `Procedure: revision of left above-knee stump; left above-knee amputation two years ago.
The prominent bone end was nibbled back with a rongeur. The muscle was sutured over it and the wound closed.`,
    code: '27596',
    review: true,
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'gaps-2 the end of the femur rongeured back 1 cm: the femur is cut',
    text: `Procedure: right AKA stump revision for a painful spur.
Through the old scar the end of the femur was rongeured back 1 cm and smoothed. Myodesis. Closure.`,
    code: '27596',
    review: true,
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'gaps-2 we trimmed the femur back by 2 cm: the femur is cut',
    text: `Procedure: left AKA revision.
We trimmed the femur back by 2 cm and filed the edges. The skin was closed.`,
    code: '27596',
    review: true,
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'gaps-2 guard: the femur found prominent and shortened reads the cut',
    text: `Procedure: revision of right transfemoral stump.
The femur was found prominent and shortened by 3 cm. Myodesis and closure.`,
    code: '27596',
    review: true,
    anatomy: { femurCut: 'documented' },
  },
  // "Amputated above the knee" is the operation's name told as an act: the femoral cut it implies is not
  // read, and the name alone decides only in coder review (level.label-only).
  {
    klass: 'gaps-2 guard: the leg amputated above the knee, no femur named: label only, coder review',
    text: `Procedure: left leg amputated above the knee for ischaemia.
Flaps were raised, the vessels ligated, and the leg was amputated above the knee. The wound was closed in layers.`,
    code: '27590',
    review: true,
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'gaps-2 guard: a failed below-knee amputation amputated above the knee: label only, coder review',
    text: `Procedure: right lower limb amputation.
Previous right below-knee amputation failed. The leg was amputated above the knee; the wound was closed.`,
    code: '27590',
    review: true,
    route: 'coder-review',
    findings: ['level.label-only'],
  },
  {
    klass: 'gaps-2 guard: the flaps trimmed, no bone work, cut no femur',
    text: `Procedure: revision of left AKA stump.
The redundant flaps were trimmed and the skin closed. No bone work was done.`,
    code: '27594',
    review: true,
    anatomy: { femurCut: 'negated' },
  },
  // gaps-3. A limb removed at the hip whose femoral head leaves the acetabulum, in other words ("popped
  // out of", "levered out of", "came free of", "with the femoral head out of the acetabulum"), with no
  // pelvis resected, is a hip disarticulation; "removed at the hip" alone decides nothing.
  {
    klass: 'gaps-3 the femoral head popped out of the acetabulum, the leg taken off at the hip: 27295',
    text: `Procedure: right leg amputation.
The femoral head was popped out of the acetabulum and the leg taken off at the hip. No pelvic bone was removed. Closure over drains.`,
    code: '27295',
  },
  {
    klass: 'gaps-3 removed at the hip with the femoral head out of the acetabulum: 27295',
    text: `Procedure: left lower limb amputation.
The leg was removed at the hip with the femoral head out of the acetabulum; the pelvis was not resected.`,
    code: '27295',
  },
  {
    klass: 'gaps-3 we levered the femoral head out of the socket and took the leg off at the hip: 27295',
    text: `Procedure: left leg amputation for a fungating sarcoma of the thigh.
We levered the femoral head out of the socket and took the leg off at the hip. The pelvis was not cut. Closure over two drains.`,
    code: '27295',
  },
  {
    klass: 'gaps-3 the femoral head came free of the acetabulum, the limb removed at the hip: 27295',
    text: `Procedure: right lower limb amputation.
The femoral head came free of the acetabulum and the limb was removed at the hip. No pelvic bone was resected. The gluteal flap was closed.`,
    code: '27295',
  },
  {
    klass: 'gaps-3 guard: removed at the hip, nothing else stated: no code',
    text: `Procedure: right leg amputation.
The limb was removed at the hip. Closure over drains.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-3 guard: removed at the hip with the hemipelvis after the pelvis is divided: 27290',
    text: `Procedure: right hindquarter amputation for chondrosarcoma of the ilium.
The sacroiliac joint and the symphysis were divided and the limb was removed at the hip with the hemipelvis.`,
    code: '27290',
  },
  {
    klass:
      'gaps-3 guard: the femoral head dislocated out of the acetabulum in a limb-sparing resection: 27365',
    text: `Procedure: left proximal femoral resection for osteosarcoma.
The femoral head was dislocated out of the acetabulum and the proximal femur resected en bloc with wide margins; a modular endoprosthesis was cemented and the hip reduced.`,
    code: '27365',
  },
  // gaps-6. A femoral replacement already in place, exchanged, redone, broken or worn ("fracture of the stem
  // of the proximal femoral replacement", "re-do", "bushing exchange") names no tumour resection of today,
  // even with its tumour named: the name supports no 27365.
  {
    klass: 'gaps-6 the stem of a proximal femoral replacement fractured, the stem exchanged: no 27365',
    text: `Procedure: right proximal femoral endoprosthesis exchange.
Indication: fracture of the stem of the proximal femoral replacement placed for chondrosarcoma in 2016.
The prosthesis was exposed and the stem extracted; a new cemented stem was inserted.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-6 a proximal femoral replacement re-do for a dislocating implant: no 27365',
    text: `Procedure: left proximal femoral replacement, re-do, for metastatic breast carcinoma.
The dislocating implant was exposed, the acetabular component changed and a constrained liner fitted.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-6 a bushing exchange of a distal femoral replacement: no 27365',
    text: `Procedure: bushing exchange of the right distal femoral replacement for osteosarcoma.
The knee was opened through the old incision, the worn bushings and the axle were replaced, and the wound closed.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass:
      'gaps-6 guard: a proximal femoral replacement for a metastasis with a pathological fracture, resected: 27365',
    text: `Procedure: right proximal femoral replacement for metastatic renal cell carcinoma with a pathological fracture of the femur.
The fracture site and the tumour were resected en bloc with the proximal femur, 14 cm below the trochanter; a modular endoprosthesis was cemented.`,
    code: '27365',
    route: 'query-physician',
  },
  {
    klass: 'gaps-6 guard: a distal femoral replacement for osteosarcoma after en bloc resection: 27365',
    text: `Procedure: left distal femoral replacement for osteosarcoma.
After neoadjuvant chemotherapy, the distal femur was resected en bloc with wide margins 16 cm above the joint line and a rotating hinge endoprosthesis was implanted.`,
    code: '27365',
    route: 'query-physician',
  },
  // gaps-4 (guards). A "modified" hemipelvectomy follows its anatomy; its name alone decides only in coder
  // review (no code, or 27290 label-only), however the qualifier is placed.
  {
    klass: 'gaps-4 guard: "modified hemipelvectomy" alone: coder review, no code',
    text: `Procedure: modified hemipelvectomy, left.
Racquet incision. The vessels were ligated and the limb was taken down.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'gaps-4 guard: "hemipelvectomy (modified)" alone: coder review',
    text: `Procedure: hemipelvectomy (modified), left.
The limb was removed. Closure with a posterior flap.`,
    code: '27290',
    review: true,
    route: 'coder-review',
  },
  {
    klass:
      'gaps-4 guard: a modified hemipelvectomy through the ilium and the symphysis follows the anatomy: 27290',
    text: `Procedure: right modified hemipelvectomy.
The symphysis pubis was divided and the ilium osteotomised above the acetabulum, preserving the iliac wing; the limb was removed with the acetabulum and ischium.`,
    code: '27290',
  },
  {
    klass: 'gaps-4 guard: a modified hemipelvectomy told as a hip disarticulation follows the anatomy: 27295',
    text: `Procedure: modified hemipelvectomy for a proximal thigh sarcoma, right.
The femoral head was dislocated from the acetabulum and the limb removed through the hip joint; the pelvis was preserved and no bone was cut.`,
    code: '27295',
  },
  {
    klass: 'gaps-4 guard: a modified internal hemipelvectomy of the acetabulum follows the anatomy: 27076',
    text: `Procedure: modified internal hemipelvectomy (Enneking type II), left.
The periacetabular bone was resected en bloc with the tumour, the limb was preserved and the hip was reconstructed with a saddle prosthesis.`,
    code: '27076',
  },
];
