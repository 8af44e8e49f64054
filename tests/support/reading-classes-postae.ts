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
];
