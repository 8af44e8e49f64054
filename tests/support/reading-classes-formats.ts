/**
 * Whole-note probes for the reading classes the metamorphic format eval (`opnote eval --formats`)
 * exposed: the same note facts in other surface formats (written for these tests in our own words,
 * several wordings and shapes per class, none taken from a fixture or a blind set). Same shape as
 * `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const formatProbes: readonly ReadingProbe[] = [
  // F1. Line frames: every line wrapped in an HL7 segment, a pipe-table row, a speaker label or an
  // interview's question and answer. The headings and fields inside the frame still decide: a history
  // section stays history, a field stays the field it names.
  {
    klass: 'F1 frames: HL7 OBX segments, an earlier curettage in the history of a wide resection',
    text: `MSH|^~\\&|DICTATE|ONC|EHR|MAIN|202603101200||MDM^T02|77120|P|2.5
OBX|1|FT|NOTE^Operative note||Procedure: Right distal femur resection with a cemented distal femoral replacement.
OBX|2|FT|NOTE^Operative note||History: Curettage and cementing of a giant cell tumour of the right distal femur were done in 2022. It has recurred through the lateral cortex.
OBX|3|FT|NOTE^Operative note||Description: Through a medial approach the femoral vessels were protected. The femur was osteotomised 15 cm above the joint line and the distal femur was removed en bloc with a cuff of vastus. A distal femoral replacement was cemented. The wound was closed over a drain.
OBX|4|FT|NOTE^Operative note||EBL: 600 mL.`,
    code: '27365',
  },
  {
    klass: 'F1 frames: HL7 segments with trailing fields, the open wound of a guillotine thigh amputation',
    text: `OBX|1|TX|||Operation: left open guillotine above-knee amputation for sepsis.||||||F
OBX|2|TX|||Findings: gas in the thigh compartments, dead muscle to mid-thigh.||||||F
OBX|3|TX|||Technique: A circumferential incision was made at mid-thigh. The femoral vessels were tied. The femur was cut with a Gigli saw.||||||F
OBX|4|TX|||Wound: left open, packed with gauze; no closure.||||||F
OBX|5|TX|||Plan: return to theatre in 48 hours for formal closure.||||||F`,
    code: '27592',
  },
  {
    klass: 'F1 frames: an ambient-scribe transcript, each line with its speaker',
    text: `Dr. Varga: Procedure, left hip disarticulation.
Dr. Varga: History: right above-knee amputation in 2015 after a crush injury.
Dr. Varga: Description: The hip capsule was opened all round and the femoral head was dislocated from the acetabulum. The limb was removed through the joint. No bone was cut and the pelvis was kept.
Scrub nurse: Counts are correct.
Dr. Varga: Closure over two drains.`,
    code: '27295',
  },
  {
    klass: 'F1 frames: two speakers taking turns, the femur cut told by the second',
    text: `Attending: Right above-knee amputation, first time at this level.
Resident: Flaps marked 12 cm above the knee.
Attending: Right. Now the femur.
Resident: The femur was transected with the oscillating saw at mid-shaft and the edge filed.
Attending: Good. Myodesis of the adductors, then close in layers.
Resident: The wound was closed in layers over a drain.`,
    code: '27590',
  },
  {
    klass: 'F1 frames: a dictation with the role of its speaker on every line, an open wound',
    text: `Surgeon: Operation: right above-knee amputation, guillotine, for wet gangrene.
Surgeon: The femur was divided with a saw 10 cm above the knee.
Surgeon: The wound was left open and packed for a second look.
Surgeon: Back to theatre in 48 hours for closure.`,
    code: '27592',
  },
  {
    klass: 'F1 frames: surgeon and anaesthetist lines, the limb taken off through the knee',
    text: `Surgeon: This is a left through-knee amputation.
Anaesthetist: Spinal is in, happy to start.
Surgeon: The patellar tendon was released and the knee joint opened.
Surgeon: The cruciates were cut and the leg came away through the joint; the femoral condyles were left alone and the femur was not cut.
Anaesthetist: Blood loss about 150 mL.
Surgeon: The patellar tendon was sewn to the cruciate stumps and the skin closed.`,
    code: '27598',
  },
  {
    klass: 'F1 frames: HL7 NTE comment segments, a re-amputation of the same thigh',
    text: `PID|1||55012^^^MRN||DOE^JANE
NTE|1|P|Procedure: Re-amputation of the right above-knee stump, femur shortened.
NTE|2|P|History: right above-knee amputation in 2021 for ischaemia.
NTE|3|P|The bone end was exposed. The femur was cut 5 cm higher with an oscillating saw.
NTE|4|P|Myodesis was repeated and the wound closed.`,
    code: '27596',
  },
  {
    klass: 'F1 frames: a pipe table, the wound field of an open amputation',
    text: `| Item | Detail |
| --- | --- |
| Operation | Left transfemoral amputation, open |
| Femur | divided with a power saw 10 cm above the adductor tubercle |
| Wound | left open and packed; no sutures |
| Plan | formal closure in 3 days |`,
    code: '27592',
  },
  {
    klass: 'F1 frames: a three-column table, the history row of a wide femoral resection',
    text: `| Section | Text | Note |
|---|---|---|
| Procedure | Right proximal femur resection, modular endoprosthesis | planned |
| History | Intralesional curettage of the proximal femur for chondroblastoma in 2021 | outside hospital |
| Description | The femur was osteotomised 18 cm below the tip of the trochanter and the proximal femur removed en bloc with the capsule. A modular proximal femoral replacement was cemented. | |
| EBL | 900 mL | |`,
    code: '27365',
  },
  {
    klass: 'F1 frames: an interview, the consent asked for by its field',
    text: `Q: Procedure? A: Right above-knee amputation.
Q: Consent? A: Signed by the patient this morning.
Q: What did you do with the femur? A: The femur was cut with a saw 11 cm above the joint line.
Q: And the wound? A: Closed in layers over a drain.`,
    code: '27590',
    statuses: { informedConsent: 'documented' },
  },
  {
    klass: 'F1 frames: an interview, a prior amputation in the history answer',
    text: `Q: What was done today? A: Revision of the left above-knee stump with shortening of the femur.
Q: History? A: Left above-knee amputation in 2023 for ischaemia; the bone end now breaks through the skin.
Q: Technique? A: The old scar was excised. The femur was shortened by 4 cm with an oscillating saw and the end rounded. Myodesis was redone and the wound closed.`,
    code: '27596',
  },
  // Guards: one "Surgeon:" line and one table-like line in an ordinary note are fields, not frames.
  {
    klass: 'F1 guard: a surgeon field and a single pipe line in an ordinary note',
    text: `Surgeon: A. Moreau
Procedure: Right knee disarticulation.
Levels | knee joint
Description: The knee joint was entered and the cruciate ligaments divided. The leg was removed through the joint. The femur was not cut and the condyles were left.
EBL: 100 mL.`,
    code: '27598',
  },
  {
    klass: 'F1 guard: repeated "Note:" lines in a minority of lines stay fields',
    text: `Procedure: Left above-knee amputation.
Note: patient on warfarin, stopped 5 days ago.
Description: Anterior and posterior flaps were raised. The femoral artery and vein were ligated. The femur was sawn across 12 cm above the knee.
Note: tourniquet not used.
The muscles were sutured over the bone end and the wound was closed.
Note: drain in situ.
EBL 200 mL. No complications. To the ward.`,
    code: '27590',
  },
  // F2. Unpunctuated dictation (no sentence marks; line breaks kept or lost): a new clause opens where a
  // subject and its auxiliary start, so a sparing verb, a denial or a plan of one clause does not reach
  // the act of the next. Guards: a subject tied to what precedes it ("and the", "that the", a
  // preposition) stays in its clause.
  {
    klass: 'F2 unpunctuated: a sparing participle before the next clause that cuts the femur',
    text: `operation right above knee amputation for ischaemic rest pain and gangrene of the foot
technique the patient lay supine and the leg was prepared to the groin the quadriceps were divided and the superficial femoral vessels tied in the adductor canal the adductor magnus was lifted off the tubercle keeping its tendon long the femur was stripped of periosteum and sawn across 11 cm above the knee joint the nerve was drawn down and cut the hamstrings were divided and the leg removed the adductors were sutured to the bone through drill holes the fascia and skin were closed over a drain
ebl 250 ml no complications to the ward`,
    code: '27590',
  },
  {
    klass: 'F2 unpunctuated run-on: a denied prior amputation before the clauses of today',
    text: `this is doctor hale dictating procedure left above knee amputation indications a 68 year old man with a gangrenous left foot and no previous amputation of either leg he has a fixed knee contracture so a below knee level would not heal description he was placed supine under spinal anaesthesia anterior and posterior flaps were marked at mid thigh the femoral artery and vein were ligated separately the sciatic nerve was ligated and divided under tension the femur was cleared and divided with a gigli saw at mid shaft the edges were filed the limb was passed off the table myodesis of the adductors was performed the wound was closed in layers estimated blood loss 300 ml the patient went to recovery in good condition`,
    code: '27590',
  },
  {
    klass: 'F2 unpunctuated: a clause that leaves the wound open after one that trims the muscle',
    text: `procedure left guillotine above knee amputation for necrotising infection
description the thigh was prepped circumferentially a circular incision was made through skin fascia and muscle at the level of the mid thigh all dead muscle was excised back to bleeding tissue the femur was cut with a saw at the same level the vessels were tied the wound was left open and packed with saline gauze no attempt was made at closure
plan return to theatre in two days for formal closure`,
    code: '27592',
  },
  {
    klass: 'F2 unpunctuated, short: a tourniquet not used before the clause that transects the femur',
    text: `procedure left above knee amputation
description spinal anaesthesia no tourniquet was used the femur was transected with a saw 12 cm above the knee the stump was closed in layers over a drain dressing applied and she went to recovery`,
    code: '27590',
  },
  {
    klass: "F2 unpunctuated: a denied earlier amputation of this leg, then today's cut",
    text: `procedure right above knee amputation for dead foot and leg
description under general anaesthetic flaps were fashioned the vessels were ligated a previous amputation was not performed on this leg the femur was sawn 10 cm above the joint line and rasped the nerve was divided sharply the muscles were closed over the bone and the skin stapled we did not use a drain estimated blood loss 200 ml`,
    code: '27590',
  },
  {
    klass: 'F2 unpunctuated run-on: a bare spoken "description" ends the indications (the margin counts)',
    text: `procedure wide resection of a soft tissue sarcoma of the left posterior thigh indications a 59 year old man with a deep mass in the hamstrings the mri showed a 4 cm lesion and the core biopsy showed a pleomorphic sarcoma he had radiotherapy first description prone position the biopsy tract was ellipsed the hamstring compartment was opened and the tumour was removed en bloc with a cuff of semimembranosus no bone was taken and the sciatic nerve was kept on the back table the tumour measures 4.4 cm in greatest dimension the narrowest margin is 0.8 cm at the sciatic nerve the wound was closed over a drain`,
    code: '27364',
  },
  {
    klass: 'F2 guard: unpunctuated clauses joined by and, that and a preposition stay one clause',
    text: `procedure right knee disarticulation
description the patellar tendon was released from the tibia and the knee joint was entered the cruciate ligaments were divided close to the tibia and the leg was removed through the joint it was confirmed that the femur was not cut and that the condyles were left intact with the cartilage the patellar tendon was sutured to the cruciate stumps the skin was closed over a drain
ebl 120 ml`,
    code: '27598',
  },
  // F3. Headings without a plain "Label:" at a line's start: Markdown headings, bold labels, a label with a
  // parenthesis before its colon, a heading's own words alone on their line in a note written in one case,
  // and headings run into one paragraph after a sentence end. The history section stays history (an earlier
  // curettage is not today's operation). Guard: a sentence that opens with a phrase and a colon is no heading.
  {
    klass: 'F3 headings: Markdown "###" headings, an earlier curettage under the history heading',
    text: `### Procedure
Wide resection of the left proximal tibia with a modular proximal tibial replacement and a gastrocnemius flap.
### History
Curettage and bone grafting of a giant cell tumour of the left proximal tibia were carried out in 2020; it has now recurred into the joint.
### Description
The tibia was cut 14 cm below the joint line and the proximal tibia was removed en bloc with the capsule. A proximal tibial replacement was cemented and the medial gastrocnemius rotated over it.`,
    code: '27365',
  },
  {
    klass: 'F3 headings: bold labels, an earlier curettage under the history label',
    text: `**Operation:** en bloc resection of the right distal femur, cemented endoprosthesis.
**History:** intralesional curettage of the right distal femur with cementation for a giant cell tumour, 2019.
**Technique:** The femur was divided 13 cm above the joint line and the distal femur removed with a cuff of muscle. A distal femoral replacement was cemented and the wound closed.`,
    code: '27365',
  },
  {
    klass: 'F3 headings: a parenthesis before the colon, lower case throughout',
    text: `procedure: wide resection of the left distal femur with an endoprosthesis
history (from the referral letter of 02/2025): curettage and cementing of a chondroblastoma of the left distal femur in 2018
description: the femur was osteotomised 12 cm above the joint and the distal femur removed en bloc. a distal femoral replacement was cemented. closure over a drain.`,
    code: '27365',
  },
  {
    klass: 'F3 headings: a heading alone on its line in an all-capitals note',
    text: `PROCEDURE
RIGHT DISTAL FEMUR WIDE RESECTION AND DISTAL FEMORAL REPLACEMENT.
HISTORY
CURETTAGE AND CEMENTING OF A GIANT CELL TUMOUR OF THE RIGHT DISTAL FEMUR IN 2021, NOW RECURRED.
DESCRIPTION OF PROCEDURE
THE FEMUR WAS CUT 14 CM ABOVE THE JOINT LINE AND THE DISTAL FEMUR WAS REMOVED EN BLOC. A DISTAL FEMORAL REPLACEMENT WAS CEMENTED.`,
    code: '27365',
  },
  {
    klass: 'F3 headings: run into one paragraph after sentence ends',
    text: `OPERATIVE NOTE; Procedure: wide resection of the left distal femur, endoprosthetic replacement. History: curettage with cement of a giant cell tumour of the left distal femur in 2020, recurred. Description: the femur was osteotomised 15 cm above the joint line and the distal femur removed en bloc; a distal femoral replacement was cemented. EBL: 700 mL.`,
    code: '27365',
  },
  {
    klass: 'F3 guard: a sentence opening with a phrase and a colon, in a timestamped note',
    text: `Right distal femur resection, endoprosthesis.
[08:40] Medial approach. Planned cut from MRI: 15 cm above the joint line.
[09:05] Femur osteotomised with the saw at that level. Distal femur removed en bloc with a cuff of vastus.
[09:40] Distal femoral replacement cemented, wound closed over a drain.`,
    code: '27365',
  },
  // F4. A note typed or transcribed all in lower case: a side letter before a limb word is a side ("l aka",
  // "r prox femur"), and each line ends its sentence (a line going on in lower case tells no wrap there).
  // Guards: litres and "r/o" are no side.
  {
    klass: 'F4 lower case: a terse note with a side letter before the operation',
    text: `op note - county hospital
pt: j. marsh, 70m
proc: r aka
surg: dr s. lin
indication: r foot gangrene, pvd, not reconstructable
description: supine, fishmouth flaps, sfa/sfv ligated, sciatic n. ligated and cut, femur cut w/ saw 12 cm above jt line, myodesis, closed in layers
ebl 150`,
    code: '27590',
    values: { laterality: 'right' },
  },
  {
    klass: 'F4 lower case: a side letter before an abbreviated femur, the other leg in the history',
    text: `dx: osteosarcoma l prox femur after chemo
hx: s/p r bka 2018 for trauma
op: l proximal femur resection, modular endoprosthesis
the femur was osteotomised 16 cm below the trochanter tip and the proximal femur removed en bloc with the capsule. a proximal femoral replacement was cemented and the hip reduced.`,
    code: '27365',
    values: { laterality: 'left' },
  },
  {
    klass: 'F4 lower case: each field on its own line (the procedure line is the title)',
    text: `operative note
date: 03/03/26
procedure: l knee disarticulation
surgeon: m. osei
the knee joint was opened and the cruciates divided. the leg was removed through the joint; the femur was not cut.
the patellar tendon was sewn to the cruciate stumps.`,
    code: '27598',
    values: { laterality: 'left' },
  },
  {
    klass: 'F4 guard: litres and r/o are no side in a lower-case note',
    text: `procedure: left above knee amputation
fluids: 2 l of crystalloid, leg elevated before the cut
r/o deep infection of the leg: wound swabs sent
the femur was cut with a saw 10 cm above the knee and the wound closed in layers.`,
    code: '27590',
    values: { laterality: 'left' },
  },
  // F5. Steps joined by arrows: an arrow ends a step as a full stop does, so a denial or a sparing verb of
  // one step does not reach the next.
  {
    klass: 'F5 arrows: a denial in the step before the femoral cut',
    text: `Procedure: right above-knee amputation.
Steps: supine, no tourniquet -> fish-mouth flaps marked -> vessels tied -> no nerve block given -> femur sawn 12 cm above the knee -> myodesis -> closure in layers.`,
    code: '27590',
  },
  {
    klass: 'F5 arrows: a kept structure before the step that removes the limb through the hip',
    text: `Operation: left hip disarticulation.
Racquet incision => femoral vessels ligated => capsule opened all round, labrum and acetabulum kept => ligamentum teres cut, head dislocated => limb removed => gluteal flap closed over drains.`,
    code: '27295',
  },
  {
    klass: "F5 arrows: unicode arrows, a staged plan before today's open amputation",
    text: `Left guillotine above-knee amputation for sepsis; formal closure planned later.
Circular incision at mid-thigh → dead muscle excised → femur divided with a Gigli saw → vessels tied → wound packed open, not closed.`,
    code: '27592',
  },
  {
    klass: 'F5 arrows: the hip joint left alone in the step after the iliac osteotomy',
    text: `Procedure: internal hemipelvectomy, type I, left, limb kept.
Iliac crest exposed -> sciatic notch protected with a retractor -> the ilium was osteotomised above the acetabulum with a Gigli saw -> the sacroiliac joint was divided with an osteotome -> the iliac wing was removed en bloc -> the hip joint was not entered and the acetabulum was kept -> closure over drains.`,
    code: '27075',
  },
  {
    klass: 'F5 arrows: a sparing participle in the step before the femoral cut',
    text: `Procedure: left above-knee amputation.
Flaps raised -> the adductor magnus taken off the tubercle, keeping its tendon -> the femur cleared and sawn 11 cm above the knee -> nerve ligated -> closed.`,
    code: '27590',
  },
  {
    klass: 'F5 guard: an arrow in a score stays in its sentence',
    text: `Procedure: left knee disarticulation.
Pain score 8 -> 3 after the block. The knee joint was opened and the leg removed through the joint; the femur was not cut. The patellar tendon was sewn to the cruciates.`,
    code: '27598',
  },
  // F6. A note hard-wrapped to one width: a line that fills the width and ends without punctuation goes on
  // whatever the next line's case (all capitals, a symbol or a capitalised word at the wrap), and a phrase
  // and its colon that the wrap puts at a line's start is no heading.
  {
    klass: 'F6 hard wrap: an all-capitals note, the pelvic divisions wrapped across lines',
    text: `OPERATION: RIGHT HINDQUARTER AMPUTATION.
INDICATIONS: CHONDROSARCOMA OF THE RIGHT
ILIUM AND ACETABULUM ENCASING THE NERVE. A
LIMB-SPARING INTERNAL HEMIPELVECTOMY WOULD
LEAVE A FLAIL LEG WITHOUT SENSATION AND WAS
NOT THOUGHT WORTHWHILE BY THE TUMOUR BOARD.
DESCRIPTION: THE SYMPHYSIS PUBIS WAS DIVIDED
WITH A KNIFE. THE RIGHT SACROILIAC JOINT WAS
OPENED AND DIVIDED WITH AN OSTEOTOME. THE
WHOLE RIGHT LOWER LIMB WITH THE HEMIPELVIS
WAS REMOVED IN ONE PIECE. THE POSTERIOR FLAP
WAS CLOSED OVER DRAINS.`,
    code: '27290',
    anatomy: {
      posteriorPelvicDivision: 'documented',
      limbRemoved: 'documented',
      limbPreserved: 'not_mentioned',
    },
  },
  {
    klass: 'F6 hard wrap: a phrase and a colon at a wrapped line start stays in the history',
    text: `Procedure: wide resection of the left distal
femur with a distal femoral replacement.
History: giant cell tumour of the left
distal femur treated elsewhere in 2021 with
a plate and an intralesional procedure.
Curettage and cement of the distal femur:
the first operation, with a lateral plate.
It has recurred through the cortex and into
the soft tissue behind the knee joint now.
Description: the femur was osteotomised 14
cm above the joint line and the distal femur
was removed en bloc with a cuff of muscle. A
distal femoral replacement was cemented and
the wound closed over a drain.`,
    code: '27365',
  },
  {
    klass: 'F6 hard wrap: an option list wrapped before a symbol, then the resection chosen',
    text: `Procedure: en bloc resection of the right
proximal tibia, modular tibial replacement.
Indications: metastatic renal carcinoma of
the right proximal tibia. Options discussed
with her: intralesional curettage and cement
+ a plate (high local recurrence) or a wide
resection and replacement. She chose the
resection and signed the consent form today.
Description: the tibia was cut 15 cm below
the joint line and the proximal tibia taken
en bloc with the capsule. A proximal tibial
replacement was cemented and a medial
gastrocnemius flap rotated over it.`,
    code: '27365',
  },
  {
    klass: 'F6 guard: in a hard-wrapped note a short line still ends its field',
    text: `Procedure: left above-knee amputation, closed
Surgeon: A. Brandt
Anaesthesia: spinal with sedation for the case
Description: fish-mouth flaps were marked and
the femoral vessels were ligated in the canal.
The femur was sawn across 12 cm above the knee
and the adductors were sutured to the bone end.
EBL: 200 mL`,
    code: '27590',
  },
  // F7. Typographic marks: an ellipsis character is leader dots in a field list ("Indication ……… PAD"),
  // so a field row stays a field and a leader is no full stop.
  {
    klass: 'F7 typography: a field list with ellipsis-character leaders, the indication row first',
    text: `Operation summary
  Procedure ………… Left above-knee amputation, primary
  Indication ……… ischaemic rest pain, no bypass target
  Femoral transection …… 11 cm above the adductor tubercle with a power saw
  Wound ……………… closed in layers over a drain
  EBL ………………… 250 mL

The thigh muscles were divided and the limb was removed. Myodesis of the adductors was done.`,
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'F7 typography: a trailing ellipsis ends its sentence, the next act is read',
    text: `Procedure: right knee disarticulation.
Indications: a nonhealing ulcer over the tibia… the knee joint was opened and the cruciates divided. The leg was removed through the joint; no bone was cut and the condyles were kept.`,
    code: '27598',
  },
  // F8. Headings removed: a list of options after "options discussed ...:" names operations considered,
  // not done, with no indications heading above it to say so.
  {
    klass: 'F8 no headings: options listed after a colon, then the resection chosen',
    text: `Right distal femur resection with a cemented endoprosthesis.
Metastatic renal carcinoma of the right distal femur, solitary. Options discussed with her: curettage and cement with a plate, or a wide resection and replacement. She chose the resection.
The femur was osteotomised 13 cm above the joint line and the distal femur removed en bloc with a cuff of vastus. A distal femoral replacement was cemented and the wound closed.`,
    code: '27365',
  },
  {
    klass: 'F8 no headings: alternatives offered after a colon in a thigh amputation',
    text: `Left above-knee amputation for a dead foot and a fixed knee contracture.
Alternatives offered: a knee disarticulation or a through-knee amputation, declined because of the contracture.
The femur was cut with a saw 12 cm above the knee, the nerve ligated and divided, and the muscles closed over the bone end.`,
    code: '27590',
  },
  {
    klass: "F8 guard: options discussed, then today's act in its own sentence",
    text: `Right knee disarticulation.
The options were discussed at length with the family. The knee joint was opened, the cruciates divided and the leg removed through the joint; no bone was cut.`,
    code: '27598',
  },
];
