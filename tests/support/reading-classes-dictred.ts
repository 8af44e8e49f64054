/**
 * Whole-note probes from the dictation red team (EHR templates, ambient-scribe summaries, copied-forward
 * text, staged and paired operations, British, Indian and Australian idiom, raw speech recognition),
 * written for these tests in our own words, several wordings per class, with guards that must not change.
 * Same shape as `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const dictredProbes: readonly ReadingProbe[] = [
  // D1. A procedure field that lists two operations by number ("Procedures: 1. … 2. …", one a line): the
  // anatomy of one is the note's anatomy too and rules the other out, so one code stood ready for both
  // (a knee disarticulation on one side and a transfemoral amputation on the other came out 27590 ready).
  {
    klass: 'D1 two operations: a numbered list, a through-knee on the right and a transfemoral on the left',
    text: `PROCEDURES:
1. Right through-knee amputation
2. Left transfemoral amputation
The right leg was taken off through the knee joint with the condyles untouched. On the left the femur was sawn across at mid-shaft and the flaps were closed over a drain.`,
    code: '27590',
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'D1 two operations: a numbered line naming an AKA and a femoral curettage',
    text: `Operations: 1. Left AKA. 2. Curettage of a non-ossifying fibroma of the right distal femur.
The left femur was cut with a saw 10 cm above the knee and the wound closed in layers. The right femoral lesion was then curetted through a cortical window; no bone graft was used.`,
    code: '27355',
    review: true,
    route: 'coder-review',
  },
  {
    klass:
      'D1 two operations: "Procedure 1:" and "Procedure 2:" lines, a hip disarticulation and a re-amputation',
    text: `Procedure 1: Right hip disarticulation; the right limb was freed at the hip joint and removed, the acetabulum left in place.
Procedure 2: Left above-knee re-amputation; left AKA in 2021, the left femur was re-cut 4 cm higher with the saw and the stump closed.`,
    code: '27295',
    review: true,
    route: 'coder-review',
  },
  // Guards: a numbered list of one operation and a step of it, and numbered steps of the narrative under
  // the procedure heading, keep their code and route.
  {
    klass: 'D1 guard: a numbered list of one amputation and a nerve step keeps 27590 ready',
    text: `Procedures:
1. Left above-knee amputation
2. Traction neurectomy of the sciatic nerve
The femoral vessels were ligated, the sciatic nerve was pulled down and divided, and the femur was cut with the saw 11 cm above the knee. Myodesis and closure.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'D1 guard: numbered steps below the procedure heading are the narrative',
    text: `Procedure: Left hip disarticulation
1. The femoral vessels were ligated below the inguinal ligament.
2. The hip capsule was opened and the femoral head was dislocated from the acetabulum.
3. The limb was removed; the pelvis was kept. Closure over two drains.`,
    code: '27295',
    route: 'ready',
  },
  // D2. An open wound told in a sentence whose amputation is one below the thigh (a below-knee, foot or
  // transmetatarsal amputation left open, packed or on a VAC) and that names no thigh level: its stump is
  // that amputation's, so today's closed thigh amputation is no guillotine (came out 27592 ready).
  {
    klass: 'D2 level: a background open below-knee amputation whose stump was left open, AKA closed today',
    text: `Procedure: Left transfemoral amputation.
Background: open left below-knee amputation last Thursday for necrotising infection, stump left open.
The left femur was sawn through at mid-thigh, flaps fashioned and closed in layers over a drain.`,
    code: '27590',
  },
  {
    klass: 'D2 level: a foot amputation at the ankle packed with gauze, then an AKA closed',
    text: `Procedure: Right AKA.
Background: right foot amputation at the ankle on Saturday for sepsis, stump packed with betadine gauze.
The right femur was divided with the saw 12 cm above the joint line, myodesis, closure in layers.`,
    code: '27590',
  },
  {
    klass:
      'D2 level: ray amputations whose wounds were left open in the background line, a thigh amputation closed',
    text: `Operation: Left above-knee amputation
Background: left ray amputations last week with the wounds left open, now wet gangrene to the knee.
Anterior and posterior flaps raised, the femur cut with a Gigli saw 10 cm above the knee, skin stapled.`,
    code: '27590',
  },
  // Guards: the thigh's own open stump, with the failed below-knee amputation in another sentence or
  // named with the thigh level in the same one, keeps 27592.
  {
    klass: 'D2 guard: a failed below-knee stump in its own sentence, the thigh stump left open and packed',
    text: `Procedure: Right AKA.
The below-knee stump had failed. The right femur was divided with the saw at mid thigh and the stump was left open and packed.`,
    code: '27592',
  },
  {
    klass: 'D2 guard: a failed BKA converted to a guillotine AKA in one sentence, left open',
    text: `Procedure: Left guillotine above-knee amputation.
The failed below-knee amputation was converted to a guillotine amputation through the thigh: the femur was cut at mid-shaft and the stump left open with a VAC.`,
    code: '27592',
  },
  // D3. Terse dictation denies a cut with no auxiliary ("femur not shortened", "femur never divided"):
  // the denial is stated, so a stump revision that keeps the bone is 27594 ready, not an inference in
  // coder review (or no code). The irregular participle "cut" is terse too ("femur cut at mid thigh").
  {
    klass: 'D3 terse denial: "Femur not shortened." in a right AKA stump revision',
    text: `Procedure: Right above-knee stump revision.
Right AKA in 2019. Redundant skin and fat excised. Femur not shortened. Closed in layers.`,
    code: '27594',
    route: 'ready',
  },
  {
    klass: 'D3 terse denial: "femur never divided" after a sinus excised from a left AKA stump',
    text: `Re-look of left AKA stump; previous left AKA three months ago. Sinus tract excised, femur never divided. Closure over drain.`,
    code: '27594',
    route: 'ready',
  },
  // Guards: a terse denial in a knee disarticulation, a terse affirmed cut, and a terse re-cut beside a
  // denied closure keep their codes.
  {
    klass: 'D3 guard: "femur not cut" in a through-knee amputation stays 27598',
    text: `Procedure: Left knee disarticulation. Limb removed through the knee joint, femur not cut, patella kept. Closed.`,
    code: '27598',
    route: 'ready',
  },
  {
    klass: 'D3 guard: "Femur cut at mid thigh with the saw." is an AKA',
    text: `Procedure: Left AKA. Fish-mouth flaps. Femur cut at mid thigh with the saw. Myodesis. Closed.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'D3 guard: a terse re-cut beside a denied tight closure stays a re-amputation',
    text: `Procedure: Revision right AKA. Previous right AKA 2018. Femur re-cut 3 cm higher. Skin not closed tightly, closed loosely over a drain.`,
    code: '27596',
  },
  // D4. A summary of the operation ("Summary of procedure:", "Summary of the operation:", "Intraoperative
  // summary:", as ambient scribes head the room's account) tells what was done today; it was read as a
  // history field (the "summary" of a clinical summary), so the operation had no code.
  {
    klass: 'D4 summary heading: an ambient scribe\'s "Summary of procedure:" holds the AKA',
    text: `[Ambient scribe summary]
Surgeon confirmed the left leg was marked.
Summary of procedure: left above-knee amputation for ischaemia. Anterior and posterior flaps were fashioned. The femur was divided with the oscillating saw 12 cm above the knee. Closure in layers.`,
    code: '27590',
  },
  {
    klass: 'D4 summary heading: "Summary of the operation:" before a findings field',
    text: `Scribe note, theatre 4.
Summary of the operation: right hip disarticulation. The hip capsule was opened, the femoral head dislocated and the limb removed at the hip; the acetabulum was kept.
Findings: gas in the thigh muscles.`,
    code: '27295',
  },
  {
    klass: 'D4 summary heading: "Intraoperative summary:" with the amputation named',
    text: `Intraoperative summary: right above-knee amputation; the femur was divided with the saw at mid thigh and the stump closed over a drain.
Findings: dry gangrene of the foot.`,
    code: '27590',
  },
  // Guards: a clinical summary and a bare summary are still the history.
  {
    klass: 'D4 guard: "Clinical summary:" dates the earlier AKA; the scar revision is today\'s',
    text: `Clinical summary: right AKA two years ago.
Procedure: right AKA stump scar revision; the femur was not cut. Closed.`,
    code: '27594',
  },
  {
    klass: 'D4 guard: a bare "Summary:" line is history: the femoral cut it tells is the earlier one',
    text: `Summary: left AKA in 2019, the femur divided at mid thigh, now a painful adherent scar.
Procedure: excision of the scar of the left above-knee stump; the femur was not cut. Closed in layers.`,
    code: '27594',
    route: 'ready',
  },
  // D5. A template's size field: its label may carry the unit ("Greatest dimension (mm): 38", "Size (cm):
  // 4.4") and need not name the tumour ("Size: 7 x 5 x 4 cm" below the procedure line naming it). Neither
  // was read, so the soft-tissue resection stood open between 27329 and 27364 (no code).
  {
    klass: 'D5 size field: "Greatest dimension (mm): 38" below a wide resection of a liposarcoma',
    text: `Operation: Wide resection, myxoid liposarcoma, right anterior thigh
Greatest dimension (mm): 38
Deep fascia taken en bloc with a cuff of normal muscle; the femur was not involved.`,
    code: '27329',
  },
  {
    klass: 'D5 size field: a bare "Size:" line under the procedure line of a thigh sarcoma resection',
    text: `Procedure: radical resection of a left thigh soft-tissue sarcoma
Size: 7 x 5 x 4 cm
Margins: wide, en bloc with a cuff of normal vastus. No bone resected.`,
    code: '27364',
  },
  {
    klass: 'D5 size field: "Size (cm): 4.4" in a checklist template',
    text: `Procedure: Radical excision, soft tissue tumour, left posterior thigh
Size (cm): 4.4
Bone resected: [ ] Yes [x] No
Removed en bloc with a wide margin of normal tissue.`,
    code: '27329',
  },
  // Guards: an incision's field is no tumour size, and a size field left unfilled decides nothing.
  {
    klass: 'D5 guard: "Incision length (cm): 15" with the tumour size left as ***',
    text: `Procedure: Radical resection, left thigh pleomorphic sarcoma
Incision length (cm): 15
Tumour size: *** cm
Excised en bloc with a wide cuff; no bone taken.`,
    code: null,
    review: true,
  },
  {
    klass: 'D5 guard: an incision size field beside the tumour measured in the text',
    text: `Procedure: Radical resection, right thigh synovial sarcoma
Incision size (cm): 18
The tumour, 3 cm across, was excised en bloc with a wide margin; no bone was taken.`,
    code: '27329',
  },
  // D6. A sentence that ends inside its closing quotation mark ('… said "we may not need to shorten the
  // bone." The femur was shortened …') did not end there: the quoted denial reached the next sentence and
  // denied its femoral cut (a re-amputation came out 27594 ready, a wrong code outside coder review).
  {
    klass: 'D6 quote end: a quoted doubt about shortening, then the femur shortened',
    text: `Procedure: Revision of left AKA stump. Previous left AKA 2022.
The surgeon said "we may not need to shorten the bone." The femur was shortened by 2 cm with the saw and the stump closed.`,
    code: '27596',
    review: true,
  },
  {
    klass: "D6 quote end: the attending's quoted doubt before the femur is cut 3 cm higher",
    text: `Procedure: Revision of the right above-knee stump. Right AKA in 2021.
The attending told the fellow "I doubt we will have to cut any bone." The femur was then shortened 3 cm with an oscillating saw, and the flaps were closed.`,
    code: '27596',
  },
  // Guards: a quoted question and a quoted reminder before the cut change nothing.
  {
    klass: 'D6 guard: a quoted question ending in "?" before an AKA',
    text: `Procedure: Left above-knee amputation.
The registrar asked "do we keep the knee?" The femur was divided 10 cm above the joint line with the saw; fish-mouth flaps were closed.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'D6 guard: a quoted reminder with "no" before an AKA',
    text: `Procedure: Left above-knee amputation.
The team was reminded "no blood pressure cuff on the left arm." The femur was divided 10 cm above the joint line with the saw; myodesis; the skin was closed.`,
    code: '27590',
    route: 'ready',
  },
  // D7. The hyphenated "trans-femoral amputation" is the transfemoral amputation's name (27590, and the
  // revision of it 27596): without it a femoral cut in an amputation was an inference (coder review).
  {
    klass: 'D7 name: "Right trans-femoral amputation" with the femur sectioned through equal flaps',
    text: `Operation: Right trans-femoral amputation.
Through equal flaps, the right femur was sectioned with a saw 14 cm above the knee and the muscles were sewn over its end. Skin closed.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'D7 name: "Left trans-femoral amputation" on the procedure line, the femur cut with a power saw',
    text: `Procedure: Left trans-femoral amputation
The left femur was cut through with the power saw at the junction of the middle and distal thirds; closure in layers.`,
    code: '27590',
    route: 'ready',
  },
  // Guards: the unhyphenated name, and the revision of a trans-femoral amputation, keep their codes.
  {
    klass: 'D7 guard: "Left transfemoral amputation" stays 27590 ready',
    text: `Operation: Left transfemoral amputation.
Through equal flaps, the left femur was sectioned with a saw 14 cm above the knee and the muscles were sewn over its end. Skin closed.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'D7 guard: a revision of a trans-femoral amputation that trims the femur stays 27596',
    text: `Procedure: revision of the left trans-femoral amputation. Left trans-femoral amputation in 2020 at another unit; now an ulcer over the bone end.
The femur was trimmed back 3 cm with the saw and the soft tissue closed over it.`,
    code: '27596',
  },
  // D8. A template line whose boxes lead their items ("Level: [x] AKA  [ ] Through-knee  [ ] BKA"): the
  // empty box after the ticked item is the next item's, but it read as the ticked item's own (as on a line
  // "MRI ☐  CT ☒" whose boxes follow their items), so the ticked level was no stated name and the limb's
  // removal an inference (coder review).
  {
    klass: 'D8 boxes lead: "Level: [x] AKA  [ ] Through-knee  [ ] BKA" below a bare procedure line',
    text: `Procedure: Right amputation
Level: [x] AKA  [ ] Through-knee  [ ] BKA
The femur was transected at mid thigh with the saw, vessels ligated, myodesis, closed.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'D8 boxes lead: the level ticked after a dash on the procedure line',
    text: `Procedure: Left amputation - [x] AKA  [ ] BKA  [ ] Syme
The left femur was sawn across 12 cm above the knee and the muscle was sutured over the bone end; skin stapled.`,
    code: '27590',
    route: 'ready',
  },
  // Guards: unticked items stay unticked wherever their boxes stand.
  {
    klass: 'D8 guard: two unticked names before the ticked knee disarticulation',
    text: `Procedure: [ ] Hip disarticulation  [ ] Above-knee amputation  [x] Knee disarticulation
The leg was removed through the knee joint; the femur was not cut. Closed.`,
    code: '27598',
  },
  {
    klass: 'D8 guard: a ticked through-knee level first, the AKA and hip boxes empty',
    text: `Procedure: Left amputation
Level: [x] Through-knee  [ ] AKA  [ ] Hip disarticulation
The leg was removed through the knee joint; the femoral condyles were kept. Closed.`,
    code: '27598',
    route: 'ready',
  },
];
