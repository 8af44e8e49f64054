/**
 * Whole-note probes for the classes behind development set N's misses: a dash "no" that heads a noun
 * phrase in a bullet line ("limb removed - no bone cut": it negates what follows, not the clause before
 * the dash); an item "opened but not used", "prepared but never applied" (the second predicate denies
 * it was put in); a negated predicate noun ("the old amputation was not a knee disarticulation": what it was
 * not); soft tissue divided "at the femur" (its insertion, no femoral cut); an operation stated as abandoned
 * (its title names the plan, no code); a parenthesis the act stands in closes its object list; the
 * laterality characters of I70.2x and S87.0x/S87.8x; consent told by its risks before their verb;
 * a compound "limb-sparing" (the kind of operation, nothing spared of it). Written for these tests in our own words, several wordings per class, with guards that
 * must not change; none taken from a fixture or a blind set. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const devnProbes: readonly ReadingProbe[] = [
  // dn1. A dash before "no <noun phrase>" joins two clauses of a bullet line: the "no" negates its
  // phrase, never the act before the dash (a checklist answer "Drain - no" ends at the line's end).
  {
    klass:
      'dn1 bullet: an old above-knee stump taken off at the hip, "head dislocated, the remaining femur out whole - no bone cut"',
    claim: { cpt: '27295', modifiers: ['LT'], icd10: ['M86.652', 'Z89.612'] },
    text: `Procedure: left hip disarticulation. Background: left above-knee amputation in 2020, infected residual femur.
- Racquet incision round the stump, femoral vessels tied and divided below the inguinal ligament
- Capsule incised all round, ligamentum teres divided, femoral head dislocated, the remaining femur out whole - no bone cut
- Acetabulum and pelvis left intact
- Gluteal flap closed over a drain`,
    code: '27295',
    absent: ['level.mismatch'],
  },
  {
    klass:
      'dn1 bullet: "limb disarticulated at the hip — no osteotomy of the femur" keeps the hip disarticulation',
    claim: { cpt: '27295', modifiers: ['RT'], icd10: ['C40.21'] },
    text: `Operation: right hip disarticulation.
* Vessels ligated in the groin, sciatic nerve cut under traction
* Hip joint opened, head dislocated out of the acetabulum and the limb disarticulated at the hip — no osteotomy of the femur
* Pelvis untouched; closure over drains`,
    code: '27295',
    absent: ['level.mismatch'],
  },
  {
    klass: 'dn1 bullet: "leg removed through the knee joint - no femoral cut" is a knee disarticulation',
    claim: { cpt: '27598', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: right knee disarticulation.
- Long anterior flap, patellar tendon released from the tibia
- Knee joint entered, cruciates and posterior capsule divided, leg removed through the knee joint - no femoral cut
- Patellar tendon sutured to the cruciate stumps, skin closed`,
    code: '27598',
    absent: ['level.mismatch'],
  },
  {
    klass: 'dn1 guard: a checklist answer "Femoral osteotomy - no" still negates the osteotomy',
    claim: { cpt: '27295', modifiers: ['LT'], icd10: ['C49.22'] },
    text: `Procedure: left hip disarticulation.
The hip capsule was opened, the ligamentum teres divided and the femoral head dislocated from the acetabulum; the limb was removed. The pelvis was left intact.
Femoral osteotomy - no
Drain - yes`,
    code: '27295',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'dn1 bullet: "leg removed - no tourniquet used" keeps the femoral cut and the removal',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: right above-knee amputation.
- Fish-mouth flaps, femoral vessels ligated, sciatic nerve ligated and cut
- Femur sawn across at mid-thigh and the leg removed - no tourniquet used
- Myodesis, layered closure`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  // dn2. A graft, cement or implant "opened but not used", "thawed but never placed": the second
  // predicate joined by "but not" denies the item was put in (27355, not the graft code), in the body or
  // in a later addendum that corrects it.
  {
    klass:
      'dn2 body: allograft "thawed on the back table but not used", cement instead, is curettage without graft',
    claim: { cpt: '27356', modifiers: ['RT'], icd10: ['D16.21'] },
    text: `Procedure: curettage of a right distal femoral lesion.
Through a lateral cortical window the lesion was curetted intralesionally and the walls burred. Frozen section showed a benign cartilage tumour. Freeze-dried allograft chips were thawed on the back table but not used; the cavity was filled with PMMA cement. The window was replaced and the wound closed.`,
    code: '27355',
    findings: ['level.mismatch'],
  },
  {
    klass: 'dn2 addendum: "the bone graft was opened but never placed" corrects a body that packed it',
    claim: { cpt: '27356', modifiers: ['LT'], icd10: ['D16.22'] },
    text: `Procedure: curettage of a left femoral neck cyst with allograft.
The cyst was entered through a small window, the lining curetted out and sent for histology. The cavity was packed with cancellous allograft bone. Closure in layers.
Addendum, same day: correction - the allograft bone was opened but never placed; the cavity was filled with calcium sulphate cement.`,
    code: '27355',
    review: true,
    absent: ['level.mismatch:27356'],
  },
  {
    klass:
      'dn2 body: "the cancellous allograft was prepared on the side table but was not needed" leaves no graft',
    claim: { cpt: '27356', modifiers: ['RT'], icd10: ['D16.21'] },
    text: `Procedure: curettage of a right distal femoral enchondroma.
The lesion was curetted through a cortical window and the cavity burred and irrigated. The cancellous allograft was prepared on the side table but was not needed. The small cavity was left to fill with haematoma. Closure.`,
    code: '27355',
    findings: ['level.mismatch'],
  },
  {
    klass: 'dn2 guard: allograft thawed and then packed into the cavity is a graft',
    claim: { cpt: '27356', modifiers: ['RT'], icd10: ['D16.21'] },
    text: `Procedure: curettage of a right distal femoral lesion with allograft.
The lesion was curetted through a cortical window and the walls burred. The allograft chips were thawed and then packed into the cavity. The window was replaced and the wound closed.`,
    code: '27356',
    absent: ['level.mismatch'],
  },
  {
    klass:
      'dn2 guard: "the allograft was opened but the fit was poor, so it was trimmed and impacted" is a graft',
    claim: { cpt: '27356', modifiers: ['RT'], icd10: ['D16.21'] },
    text: `Procedure: curettage of a right distal femoral lesion.
The lesion was curetted and the walls burred. The allograft was opened but the fit was poor, so it was trimmed and impacted into the cavity. Closure in layers.`,
    code: '27356',
    absent: ['level.mismatch'],
  },
  // dn3. "The earlier amputation was not a knee disarticulation": a negated predicate noun says what the
  // earlier operation was not, not that there was none (an option that was not one was not done).
  {
    klass:
      'dn3 addendum: "the previous amputation was not a through-knee one" keeps the prior thigh amputation',
    claim: { cpt: '27596', modifiers: ['RT'], icd10: ['T87.43', 'Z89.611'] },
    text: `Procedure: revision of a right above-knee amputation with shortening of the femur.
History: right-sided amputation in 2017 for trauma, recurrent ulceration over the bone end.
The old scar was excised. The femur was exposed and divided with a saw 5 cm proximal to the old bone end, and the distal segment removed. Myodesis of the adductors, layered closure over a drain.
Addendum: the previous amputation was not a through-knee one; it was done through the distal femur.`,
    code: '27596',
    review: true,
    absent: ['level.mismatch'],
  },
  {
    klass: 'dn3 history: "the old amputation was not a knee disarticulation" is still a prior amputation',
    claim: { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'] },
    text: `Operation: left femoral shortening for a painful bone spur.
Background: the old amputation was not a knee disarticulation, as a referral letter said, but a transfemoral one in 2019.
Today the femur was re-cut 4 cm higher with an oscillating saw and the distal bone removed. The adductors were sutured through drill holes. Skin closed.`,
    code: '27596',
    review: true,
    absent: ['level.mismatch'],
  },
  {
    klass: 'dn3 guard: "a knee disarticulation was not an option" still denies the disarticulation',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: right above-knee amputation.
A knee disarticulation was not an option because the condyles were infected. The femur was divided at mid-thigh and the leg removed. Myodesis and closure in layers.`,
    code: '27590',
    anatomy: { kneeDisarticulation: 'negated' },
  },
  {
    klass: 'dn3 guard: "the femur was not cut" still denies the cut',
    claim: { cpt: '27598', modifiers: ['LT'], icd10: ['I70.262'] },
    text: `Procedure: left knee disarticulation.
The knee joint was entered, the cruciates divided and the leg removed through the joint. The femur was not cut. Closure over a drain.`,
    code: '27598',
    anatomy: { femurCut: 'negated' },
  },
  // dn4. Soft tissue divided "at the femur" with no object named is detached at its insertion: the
  // femur is the place, not what was cut.
  {
    klass: 'dn4 hip disarticulation: "the short external rotators divided at the femur" cuts no femur',
    claim: { cpt: '27295', modifiers: ['RT'], icd10: ['C40.21'] },
    text: `Procedure: right hip disarticulation for osteosarcoma of the proximal femur.
Racquet incision. The femoral vessels were ligated and divided below the inguinal ligament. Gluteus medius and minimus released, short external rotators divided at the femur, sciatic nerve ligated. The capsule was opened, the ligamentum teres cut and the femoral head dislocated from the acetabulum; the limb was removed. The acetabulum was left alone. Closure over drains.`,
    code: '27295',
    absent: ['level.mismatch'],
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass:
      'dn4 knee disarticulation: "hamstrings cut at the tibia, gastrocnemius heads divided at the femur"',
    claim: { cpt: '27598', modifiers: ['LT'], icd10: ['I70.262'] },
    text: `Procedure: left through-knee amputation.
Long anterior flap. The patellar tendon was released from the tibial tubercle. Hamstrings cut at the tibia, gastrocnemius heads divided at the femur. The cruciates and the posterior capsule were divided and the leg removed through the joint. The condyles were left as they were. Closure over a drain.`,
    code: '27598',
    absent: ['level.mismatch'],
    anatomy: { femurCut: 'not_mentioned' },
  },
  {
    klass: 'dn4 guard: "the femur was divided at the mid-shaft" still cuts the femur',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: right above-knee amputation.
The muscles were divided at the femur's level with cautery. The femur was divided at the mid-shaft with a saw and the leg removed. Myodesis and layered closure.`,
    code: '27590',
    anatomy: { femurCut: 'documented' },
  },
  // dn5. An operation stated as abandoned before it became any code: its title or booking names the
  // plan, not a fallback code (no label-only code; level.undetermined).
  {
    klass: 'dn5 booked hip disarticulation "aborted after exploration": no code from the booking name',
    claim: { cpt: '27295', modifiers: ['LT'], icd10: ['C49.22'] },
    text: `Procedure planned: left hip disarticulation.
Findings: the sarcoma encased the external iliac vessels. The operation was aborted after exploration of the groin; nothing was divided and the limb was left in place. The wound was closed in layers.`,
    code: null,
    route: 'coder-review',
    findings: ['level.undetermined'],
    absent: ['level.label-only', 'doc.missing:laterality'],
  },
  {
    klass:
      'dn5 titled above-knee amputation, "we did not proceed with the amputation": no code from the title',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Operation: right above-knee amputation.
After induction the patient became unstable with a falling blood pressure. We did not proceed with the amputation and the case was stopped before any incision. She went to intensive care.`,
    code: null,
    route: 'coder-review',
    findings: ['level.undetermined'],
    absent: ['level.label-only'],
  },
  {
    klass:
      'dn5 titled hemipelvectomy, "the procedure had to be abandoned" after biopsy: no code from the title',
    claim: { cpt: '27290', modifiers: ['RT'], icd10: ['C41.4'] },
    text: `Title: right hemipelvectomy.
The retroperitoneum was opened through an iliac incision and a biopsy of the sacral mass taken; frozen section showed tumour on the lumbosacral trunk. The procedure had to be abandoned. Closure over a drain.`,
    code: null,
    route: 'coder-review',
    findings: ['level.undetermined'],
    absent: ['level.label-only'],
  },
  {
    klass: 'dn5 guard: a name-only note that was not abandoned still rests on its name',
    claim: { cpt: '27295', modifiers: ['RT'], icd10: ['C40.21'] },
    text: `Procedure: right hip disarticulation.
Uneventful. Closure over a drain. To recovery.`,
    code: '27295',
    review: true,
    findings: ['level.label-only'],
  },
  {
    klass: 'dn5 guard: an abandonment only considered ("would be abandoned if") leaves the amputation done',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.261'] },
    text: `Procedure: right above-knee amputation.
The patient knew the procedure would be abandoned if he became unstable. The femur was divided at mid-thigh with a saw and the leg removed. Myodesis and closure in layers.`,
    code: '27590',
    absent: ['level.undetermined'],
  },
  // dn6. A parenthesis the act stands in closes its object list: in "(resection of the whole innominate
  // bone), limb preserved" the limb kept is no object of the resection, and the sparing word after it
  // spares the limb only.
  {
    klass:
      'dn6 title: "(removal of the entire right hemipelvis), leg preserved" is a whole innominate resection',
    claim: { cpt: '27077', modifiers: ['RT'], icd10: ['C41.4'] },
    text: `Operation: right internal hemipelvectomy (removal of the entire right hemipelvis), leg preserved, no reconstruction
The sacroiliac joint was divided with an osteotome and the symphysis with a knife. The hip capsule was opened and the femoral head dislocated. The whole right innominate bone with the tumour was lifted out in one piece; the femur was suspended with a tape. Closure over drains.`,
    code: '27077',
    absent: ['level.mismatch'],
    anatomy: { innominateResected: 'documented' },
  },
  {
    klass:
      'dn6 title: "(excision of the whole left innominate bone), leg retained" keeps the whole innominate resected',
    claim: { cpt: '27077', modifiers: ['LT'], icd10: ['C41.4'] },
    text: `Procedure: pelvic resection (excision of the whole left innominate bone), leg retained
Division of the SI joint and the symphysis. The femoral head was dislocated and the specimen lifted out with the sarcoma. The proximal femur was slung to the sacrum. Layered closure.`,
    code: '27077',
    absent: ['level.mismatch'],
    anatomy: { innominateResected: 'documented' },
  },
  {
    klass:
      'dn6 guard: "the symphysis was divided anteriorly (the obturator nerve was preserved)" still divides it',
    claim: { cpt: '27290', modifiers: ['LT'], icd10: ['C41.4'] },
    text: `Procedure: left hindquarter amputation.
The sacroiliac joint was divided posteriorly. The symphysis was divided anteriorly (the obturator nerve was preserved). The hindquarter was removed and the wound closed with a posterior flap.`,
    code: '27290',
    absent: ['level.mismatch'],
  },
  // dn7. Laterality characters of the diagnoses that go with amputations for gangrene or crush:
  // I70.2x (6th character: 1 right leg, 2 left, 3 both), I70.23x right / I70.24x left leg with
  // ulceration, S87.0x/S87.8x crush of the knee / lower leg (1 right, 2 left).
  {
    klass:
      'dn7 a left knee disarticulation claimed with I70.261 (gangrene, right leg) is a diagnosis side conflict',
    claim: { cpt: '27598', modifiers: ['LT'], icd10: ['I70.261'] },
    text: `Procedure: left knee disarticulation for gangrene of the left foot and leg.
The knee joint was opened, the cruciates divided and the leg removed through the joint. The femur was not cut. Closure over a drain.`,
    code: '27598',
    findings: ['dx.laterality-conflict'],
  },
  {
    klass: 'dn7 a right above-knee amputation claimed with I70.245 (left leg with ulceration) conflicts',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.245'] },
    text: `Procedure: right above-knee amputation for a non-healing right heel ulcer.
The femur was divided 12 cm above the knee and the leg removed. Myodesis and layered closure.`,
    code: '27590',
    findings: ['dx.laterality-conflict'],
  },
  {
    klass: 'dn7 a left through-knee amputation for a crush claimed with S87.81XA (right lower leg) conflicts',
    claim: { cpt: '27598', modifiers: ['LT'], icd10: ['S87.81XA'] },
    text: `Procedure: left through-knee amputation after a crush injury of the left lower leg.
The knee was disarticulated and the leg removed through the joint; the femoral condyles were not cut. Closure.`,
    code: '27598',
    findings: ['dx.laterality-conflict'],
  },
  {
    klass: 'dn7 guard: I70.262 (left leg) and S87.82XA (left lower leg) agree with a left operation',
    claim: { cpt: '27598', modifiers: ['LT'], icd10: ['I70.262', 'S87.82XA'] },
    text: `Procedure: left knee disarticulation.
The knee joint was opened, the cruciates divided and the leg removed through the joint. The femur was not cut. Closure over a drain.`,
    code: '27598',
    absent: ['dx.laterality-conflict'],
  },
  {
    klass: 'dn7 guard: I70.263 (both legs) conflicts with neither side',
    claim: { cpt: '27590', modifiers: ['RT'], icd10: ['I70.263'] },
    text: `Procedure: right above-knee amputation.
The femur was divided at mid-thigh and the leg removed. Closure in layers.`,
    code: '27590',
    absent: ['dx.laterality-conflict'],
  },
  // dn8. Consent told by its risks before their verb: "risks of infection, ... and amputation as an
  // alternative discussed; patient signed", "the risks of the operation were explained".
  {
    klass: 'dn8 template "Consent: risks of ... discussed; patient signed" documents consent',
    claim: { cpt: '27290', modifiers: ['LT'], icd10: ['C41.4'] },
    text: `Procedure: left hindquarter amputation for chondrosarcoma of the ilium.
Tumour board: discussed 05/2026. Imaging reviewed: CT and MRI of the pelvis. Biopsy: grade 2 chondrosarcoma.
Consent: risks of bleeding, wound necrosis, phantom pain and death discussed; patient signed.
The sacroiliac joint was divided posteriorly and the symphysis anteriorly, and the hindquarter removed. Posterior flap closure.`,
    code: '27290',
    absent: ['doc.missing:informedConsent'],
  },
  {
    klass: 'dn8 "the risks of losing the leg were explained to him at length" documents consent',
    claim: { cpt: '27290', modifiers: ['RT'], icd10: ['C41.4'] },
    text: `Procedure: right external hemipelvectomy for sarcoma of the pelvis.
Tumour board review recommended the operation; MRI and CT were reviewed; biopsy showed a high-grade sarcoma. The risks of losing the leg, infection and flap failure were explained to him at length and he agreed.
The sacroiliac joint and the pubic symphysis were divided and the limb removed with the hemipelvis. Closure with a gluteal flap.`,
    code: '27290',
    absent: ['doc.missing:informedConsent'],
  },
  {
    klass: 'dn8 guard: "the risks were not discussed" still leaves consent missing',
    claim: { cpt: '27290', modifiers: ['RT'], icd10: ['C41.4'] },
    text: `Procedure: right hindquarter amputation for sarcoma of the pelvis.
Tumour board reviewed; MRI reviewed; biopsy showed sarcoma. The risks of the operation were not discussed with the patient, who was intubated.
The sacroiliac joint and the pubic symphysis were divided and the limb removed with the hemipelvis. Closure.`,
    code: '27290',
    findings: ['doc.missing'],
    statuses: { informedConsent: 'negated' },
  },
  // dn9. "Limb-sparing", "nerve-sparing", "limb sparing": a compound adjective names the kind of
  // operation; it spares nothing of the resection after it.
  {
    klass: 'dn9 "limb-sparing resection of the left iliac wing" is the iliac resection',
    claim: { cpt: '27075', modifiers: ['LT'], icd10: ['C41.4'] },
    text: `Procedure: limb-sparing resection of the left iliac wing for chondrosarcoma.
The iliac wing was osteotomised above the acetabulum and removed en bloc with the tumour; the acetabulum and the hip were kept. Closure over drains.`,
    code: '27075',
    absent: ['level.mismatch'],
  },
  {
    klass:
      'dn9 "a nerve-sparing excision of the whole right innominate bone" keeps the whole innominate resected',
    claim: { cpt: '27077', modifiers: ['RT'], icd10: ['C41.4'] },
    text: `Operation: nerve-sparing excision of the whole right innominate bone.
The SI joint and the symphysis were divided, the femoral head dislocated and the specimen lifted out in one piece. The leg was kept and the femur suspended with a tape.`,
    code: '27077',
    absent: ['level.mismatch'],
  },
  {
    klass: 'dn9 guard: "sparing the acetabulum, the iliac wing was resected" still keeps the acetabulum',
    claim: { cpt: '27075', modifiers: ['LT'], icd10: ['C41.4'] },
    text: `Procedure: resection of the left iliac wing, limb kept.
Sparing the acetabulum, the iliac wing was osteotomised and removed en bloc with the tumour. Closure.`,
    code: '27075',
    anatomy: { acetabulumResected: 'negated' },
  },
];
