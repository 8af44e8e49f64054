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
];
