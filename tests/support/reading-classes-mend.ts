/**
 * Whole-note probes for three lexicon words that had each been written to match one text, now read as
 * their classes: a period of military service that dates an amputation to the patient's past (was "during
 * the war"), a visit that moves a case's story on past its opening amputation (was "came to clinic"), and
 * a part of a hinged knee's mechanism that, broken or worn, makes a femoral replacement a revision (was
 * "bushing"). Written for these tests in our own words, several wordings per class, with guards that must
 * not change. Same shape as `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts
 * runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const mendProbes: readonly ReadingProbe[] = [
  // md1. An amputation in a period of service that is over (a war, a conflict, national service, while
  // serving) is history: today's visit has no code (context rule historical.ago, SERVICE_PERIOD).
  {
    klass: 'md1 a transfemoral amputation during a named war, a skin abrasion dressed today',
    text: `A 63-year-old veteran underwent a right transfemoral amputation during the Falklands war. He now presents with a skin abrasion over the residual limb, which was dressed.`,
    code: null,
    review: true,
  },
  {
    klass: 'md1 a leg amputated above the knee during national service, a new socket today',
    text: `A 59-year-old man had his left leg amputated above the knee during his national service. He was seen for a new prosthetic socket.`,
    code: null,
    review: true,
  },
  {
    klass: 'md1 an above-knee amputation while serving in the army, a new socket today',
    text: `A 66-year-old man underwent a left above-knee amputation while serving in the army. He was seen for a new prosthetic socket.`,
    code: null,
    review: true,
  },
  {
    klass: 'md1 a leg amputated above the knee in a war, a new socket today',
    text: `A 75-year-old man whose right leg was amputated above the knee in the Korean War attends for a new socket.`,
    code: null,
    review: true,
  },
  {
    klass: 'md1 an above-knee amputation during a civil conflict, a new socket today',
    text: `A 61-year-old woman underwent a left above-knee amputation during a civil conflict in her home country. She was seen for a new prosthetic socket.`,
    code: null,
    review: true,
  },
  {
    klass: 'md1 guard: a leg lost above the knee during the war, a neuroma excised today',
    text: `A 71-year-old man lost his right leg above the knee during the war. He now presents with a painful neuroma of the stump, which was excised.`,
    code: null,
    review: true,
  },
  {
    klass: 'md1 guard: an injury sustained during military service is amputated today',
    text: `Right above-knee amputation for blast injury sustained during military service. The femur was divided at mid-shaft with a saw and the limb removed.`,
    code: '27590',
  },
  {
    klass: 'md1 guard: "during the procedure" dates nothing to the past',
    text: `A 70-year-old man needs an above-knee amputation. During the procedure the femur was divided at mid-shaft with a saw and the limb removed.`,
    code: '27590',
  },
  // md2. A case that opens with its amputation and then tells a visit (to outpatients, the emergency
  // department, hospital; seen in a clinic) moves on: today's re-cut is a re-amputation, not the opening
  // amputation (rules extractor LATER_PRESENTATION, VISIT).
  {
    klass:
      'md2 an above-knee amputation, then a visit to the outpatient department: the femur shortened today',
    text: `A 52-year-old man had a left above-knee amputation for trauma. He came to the outpatient department with bone overgrowth; the stump was opened and the femur shortened by 3 cm with a saw.`,
    code: '27596',
  },
  {
    klass: 'md2 an above-knee amputation, then seen in the limb-fitting clinic: the femur shortened today',
    text: `A 49-year-old woman had a right above-knee amputation for sarcoma. She was seen in the limb-fitting clinic with a bony spur; the stump was opened and the femur shortened by 2 cm with an oscillating saw.`,
    code: '27596',
  },
  {
    klass: 'md2 a transfemoral amputation, then a visit to the emergency department: the femur re-cut today',
    text: `A 60-year-old man had a left transfemoral amputation after a crush injury. He went to the emergency department with a breakdown of the stump; it was opened and the femur re-cut 4 cm higher with a saw.`,
    code: '27596',
  },
  {
    klass: 'md2 an above-knee amputation, then brought to hospital: the femur shortened today',
    text: `A 57-year-old man had a right above-knee amputation. He was brought to hospital with an infected stump; the stump was opened and the femur shortened by 3 cm with a saw.`,
    code: '27596',
  },
  {
    klass: 'md2 guard: an above-knee amputation, then came to clinic: the femur shortened today',
    text: `A 52-year-old man had a left above-knee amputation for trauma. He came to clinic with bone overgrowth; the stump was opened and the femur shortened by 3 cm with a saw.`,
    code: '27596',
  },
  {
    klass: 'md2 guard: a case opening with its amputation, then "came to theatre", is that amputation',
    text: `A 52-year-old man had a left above-knee amputation for trauma. The femur was divided with a saw 12 cm above the knee and the limb removed. He came to theatre in good condition.`,
    code: '27590',
  },
  // md3. A hinged knee's mechanism part broken in the sentence that names the femoral replacement (the
  // hinge pin, the yoke, the bumper; the bushing as before) makes it a revision: no 27365 (IMPLANT_PART).
  {
    klass: 'md3 fracture of the hinge pin of a distal femoral replacement: no 27365',
    text: `Procedure: fracture of the hinge pin of the left distal femoral replacement placed for chondrosarcoma; the knee was opened and a new pin fitted.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'md3 a distal femoral replacement with its bumper cracked: no 27365',
    text: `Procedure: right distal femoral replacement for osteosarcoma with its bumper cracked; the bumper was renewed through the previous incision.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'md3 fracture of the yoke of a distal femoral replacement: no 27365',
    text: `Indication: fracture of the yoke of the left distal femoral replacement for osteosarcoma. The knee was opened and the yoke replaced.`,
    code: null,
    review: true,
    route: 'coder-review',
  },
  {
    klass: 'md3 guard: a resection reconstructed with a hinge assembled with its axle and bushings: 27365',
    text: `Procedure: left distal femoral resection for osteosarcoma. The distal femur was resected en bloc 16 cm above the joint line with a wide margin, and a rotating-hinge endoprosthesis assembled with its axle and bushings and cemented. The limb was preserved.`,
    code: '27365',
  },
];
