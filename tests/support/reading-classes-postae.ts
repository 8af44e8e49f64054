/**
 * Whole-note probes for the reading classes behind the blind AE set's misses, read after its
 * measurement: an ambient scribe's summary of the room was read as a history; a history summary that
 * moves into the operating room kept its history section; an en bloc excision of a sinus or a scar was
 * read as an oncologic margin; a denial of any bone work did not deny the femoral cut; a placeholder left
 * where the tumour's type goes read as a stated type. Written for these tests in our own words, several
 * wordings per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const postaeProbes: readonly ReadingProbe[] = [
  // pa1. A scribe's summary of the room ("Room summary:", "Theatre summary:") tells the operation, not a
  // history (sections.ts, the description rule).
  {
    klass: 'pa1 a theatre summary tells the femur sawn and the leg removed',
    text: 'SCRIBE DRAFT\nSurgeon: Dr. Alder\nProcedure: Right above-knee amputation\n\nTheatre summary: Fish-mouth incision at mid-thigh. The femoral vessels were tied. The femur was sawn through 12 cm above the joint line and the right leg was removed. Muscle and fascia closed over the bone end.\nEBL 300 mL. Specimen: right leg.\nNo complications.',
    code: '27590',
    route: 'ready',
  },
  {
    klass: 'pa1 an OR summary tells a guillotine through the thigh, wound kept open',
    text: 'AMBIENT NOTE\nSurgeon: Dr. Birch\nProcedure: Left guillotine above-knee amputation\n\nOR summary: Circular cut through skin and muscle at the lower thigh. The femur was transected with a saw at the same level and the left limb taken off. The stump was packed and left open for a second look.\nEBL 500 mL. Specimen: left leg.\nNo complications.',
    code: '27592',
    route: 'ready',
  },
  {
    klass: 'pa1 guard: a clinical summary of an earlier above-knee amputation, a scar revision today',
    text: 'Clinical summary: Right above-knee amputation in 2017; the femur was divided at mid-thigh then.\nProcedure: Scar revision of right above-knee amputation stump\nDescription: The adherent scar was excised and the skin closed. The femur was not cut.\nEBL 20 mL.',
    code: '27594',
  },
  // pa2. A history summary that moves into the operating room ("In the operating room, …",
  // "Intraoperatively, …") narrates the operation from there (sections.ts, operatingRoomTurns).
  {
    klass: 'pa2 a talk before surgery, then in the operating room the femur shortened',
    text: 'SCRIBE SUMMARY\nSurgeon: Dr. Cedar\n\nVisit summary: Dr. Cedar told the patient that the left above-knee stump from his 2020 transfemoral amputation is too long for his prosthetic knee. In the operating room she shortened the femur by 3 cm with an oscillating saw and smoothed the new end. The adductors were then sewn to the bone through drill holes. Skin closed over a drain.\nEBL 100 mL. Specimen: femur end.\nNo complications.',
    code: '27596',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'pa2 a discussion summary, then intraoperatively the femur re-cut higher',
    text: 'SCRIBE SUMMARY\nSurgeon: Dr. Dunmore\n\nDiscussion summary: the right transfemoral stump from an amputation in 2019 ulcerates over a bony spike at its tip. Intraoperatively the femur was cut again 4 cm higher with a saw and the quadriceps brought over the end. Layered closure.\nEBL 150 mL. Specimen: bone end.\nNo complications.',
    code: '27596',
    anatomy: { femurCut: 'documented' },
  },
  {
    klass: 'pa2 guard: in the operating room in 2018 the femur was divided, a scar revised today',
    text: 'History summary: In the operating room in 2018 the right femur was divided at mid-thigh and the leg removed.\nProcedure: Scar revision of right above-knee amputation stump\nDescription: The painful scar was excised; the femur was left intact. Closure in layers.\nEBL 15 mL.',
    code: '27594',
  },
  {
    klass: 'pa2 guard: in the operating room we will shorten the femur, a scar revised today',
    text: 'Summary: painful left above-knee stump after an amputation in 2015. In the operating room next month we will shorten the femur if the scar revision fails.\nProcedure: Scar revision of left above-knee amputation stump\nDescription: The scar was excised and closed. The femur was left intact.\nEBL 10 mL.',
    code: '27594',
  },
  // pa3. "En bloc" said of a sinus, an ulcer or a scar is a piece of infected or scarred tissue taken whole,
  // no tumour's margin (lexicon.ts, nonTumourBloc): a re-amputation for osteomyelitis stays 27596.
  {
    klass: 'pa3 a draining sinus excised en bloc, the infected femur re-cut higher',
    text: 'Procedure: Right re-amputation through the femur\nHistory: right above-knee amputation in 2022, now chronic osteomyelitis of the bone end.\nDescription: The draining sinus was excised en bloc. The osteomyelitic distal femur was resected with the saw 4 cm higher. The quadriceps were sewn over the bone end and the skin closed over a drain.\nEBL 200 mL.',
    code: '27596',
    anatomy: { wideMargin: 'not_mentioned' },
  },
  {
    klass: 'pa3 an ulcer with its scar taken en bloc, the osteomyelitic bone end resected',
    text: 'Procedure: Left revision of above-knee amputation with femoral shortening\nHistory: left transfemoral amputation 2021; ulcerated stump over infected bone.\nDescription: The ulcer and surrounding scar were taken en bloc. The osteomyelitic distal femur was resected, the femur cut again 5 cm proximal to the old end. Myodesis of the adductors through drill holes. Closure in layers.\nEBL 250 mL.',
    code: '27596',
    anatomy: { wideMargin: 'not_mentioned' },
  },
  {
    klass: 'pa3 guard: the biopsy tract excised en bloc with a distal femoral sarcoma, limb kept',
    anatomy: { wideMargin: 'documented' },
    text: 'Procedure: Resection of left distal femur osteosarcoma with endoprosthetic reconstruction\nDescription: The biopsy tract was excised en bloc. The distal femur with the tumour was resected with a cuff of normal muscle and a tumour prosthesis cemented in. The limb was preserved. Closure over drains.\nEBL 700 mL.',
    code: '27365',
  },
  // pa4. The femur looked at or felt, then denied any handling in the same clause ("inspected … and not
  // exposed") denies the femoral cut: soft-tissue work on a stump is 27594 (lexicon.ts, femurCut).
  {
    klass: 'pa4 a stump scar revised, the femur palpated but never exposed',
    text: 'Procedure: Scar revision of left above-knee amputation stump\nHistory: left above-knee amputation in 2016 with a painful adherent scar.\nDescription: The scar was excised as an ellipse and the flaps mobilised. The femur was palpated through the fascia but never exposed. Closure in layers.\nEBL 20 mL.',
    code: '27594',
    route: 'ready',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'pa4 a thigh stump closed secondarily, the bone end examined and not disturbed',
    text: 'Procedure: Secondary closure of right above-knee amputation stump\nHistory: right transfemoral amputation two weeks ago, left open.\nDescription: The wound edges were freshened and the granulation tissue cleared. The bone end was examined under the muscle flap and not disturbed. Skin closed over a drain.\nEBL 30 mL.',
    code: '27594',
    route: 'ready',
    anatomy: { femurCut: 'negated' },
  },
  {
    klass: 'pa4 guard: the femur exposed and shortened on a stump revision',
    text: 'Procedure: Revision of right above-knee amputation stump\nHistory: right above-knee amputation in 2019, bone end prominent.\nDescription: The femur was exposed through the old scar and inspected. The femur was shortened by 3 cm with an oscillating saw. Myodesis through drill holes. Closure over a drain.\nEBL 100 mL.',
    code: '27596',
  },
  // pa5. A template placeholder ("***", "___") where the tumour's type goes, its source in brackets after it
  // ("bone tumour — *** (histology)"), states no type: no pathology documented (lexicon.ts, TYPE_WITH_SOURCE).
  {
    klass: 'pa5 a femoral lesion, its type a starred blank before (biopsy)',
    text: 'Side: Right\nPre-op diagnosis: Destructive lesion, right distal femur, *** (biopsy)\nImaging: MRI right femur reviewed; lesion in the distal metaphysis.\nConsent: wide resection versus amputation discussed; signed.\nProcedure: Wide en bloc resection of right distal femur with endoprosthetic replacement\nDescription: Wide margin with a cuff of vastus. The distal femur was osteotomised at 15 cm and removed en bloc. Cemented distal femoral replacement. Closure.\nEBL 500 mL.',
    code: '27365',
    statuses: { pathology: 'not_mentioned' },
    findings: ['doc.missing'],
  },
  {
    klass: 'pa5 a distal femoral tumour, its type an underscored blank before (pathology)',
    text: 'Side: Left\nDiagnosis: Bone tumour of the left distal femur - ___ (pathology)\nImaging: CT and MRI of the left femur reviewed.\nConsent: discussed and signed.\nProcedure: Wide en bloc resection of left distal femur with endoprosthetic replacement\nDescription: Wide margin with a cuff of normal muscle. The femur was cut at 13 cm and the distal femur removed en bloc. Cemented tumour prosthesis. Closure.\nEBL 450 mL.',
    code: '27365',
    statuses: { pathology: 'not_mentioned' },
    findings: ['doc.missing'],
  },
  {
    klass: 'pa5 guard: an osteosarcoma with its source in brackets',
    text: 'Side: Left\nDiagnosis: Osteosarcoma of the left distal femur (core biopsy)\nImaging: MRI of the left femur reviewed.\nConsent: discussed and signed.\nProcedure: Wide en bloc resection of left distal femur with endoprosthetic replacement\nDescription: Wide margin with a cuff of normal muscle. The femur was cut at 13 cm and the distal femur removed en bloc. Cemented tumour prosthesis. Closure.\nEBL 450 mL.',
    code: '27365',
    statuses: { pathology: 'documented' },
    absent: ['doc.missing:pathology'],
  },
];
