/**
 * Whole-note probes of the ninth session's round (2026-12-03, third session of the day): classes found on
 * our own probe texts and on this round's development sets, written for these tests in our own words,
 * several wordings per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const s9Probes: readonly ReadingProbe[] = [
  // e9.1 An argued alternative is no act: a counterfactual ("a hip disarticulation would have been
  // adequate") and a kind of operation said in the present to do something ("a hip disarticulation leaves
  // the tumour behind"), as an appeal letter or a discussion argues them.
  {
    klass: 'e9.1 appeal: the alternative the reviewer suggested is no act',
    text: `Re: appeal of a denied claim.
The reviewer suggested that a hip disarticulation would have been adequate. It would not: a hip disarticulation leaves the tumour behind, because the sarcoma arose in the ilium and crossed the sacroiliac joint.
On the day of surgery we divided the pubic symphysis and the left sacroiliac joint and removed the left lower limb together with the left hemipelvis.`,
    code: '27290',
    anatomy: { hipDisarticulation: 'not_mentioned' },
  },
  {
    klass: 'e9.1 discussion: a kind of operation that keeps the limb is no act',
    text: `Discussion: an internal hemipelvectomy keeps the limb but does not clear a tumour that fills the sciatic notch, so this would have required a hindquarter amputation in any case.
Procedure: the right femur was transected 12 cm above the knee joint and the thigh amputated for the infected non-union.`,
    code: '27590',
    anatomy: { posteriorPelvicDivision: 'not_mentioned', limbPreserved: 'not_mentioned' },
  },
  // e9.1 guard: a present-tense dictation tells its own acts ("an above-knee amputation is then performed").
  {
    klass: 'e9.1 guard: a present-tense dictation still tells the act',
    text: `Left leg. An above-knee amputation is then performed: the femur is divided 10 cm above the joint line with an oscillating saw, and the sciatic nerve is ligated. Muscles closed in layers.`,
    code: '27590',
  },
];
