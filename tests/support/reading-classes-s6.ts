/**
 * Whole-note probes of the sixth round (2026-12-02, third session of the day): classes seen on the
 * known gaps and on this round's development sets, written for these tests in our own words, several
 * wordings per class, with guards that must not change. Same shape as `readingProbes`
 * (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const s6Probes: readonly ReadingProbe[] = [
  // s1. A part that leaves by itself is removed: "the hindquarter comes away", "the extremity falls
  // free", "the whole limb then comes away" (a verb of separation whose subject is the part, no
  // auxiliary), as "the limb was removed" is.
  {
    klass: 's1 the symphysis and the SI joint divided, and the hindquarter comes away',
    text: `Left side up. The incision ran along the iliac crest to the pubic tubercle. The symphysis pubis is next cut through with a wire saw. The sacroiliac joint is opened and divided with an osteotome, and the hindquarter comes away. The gluteal flap was closed over two drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 's1 the extremity falls free once the psoas is divided',
    text: `Right hindquarter. After ligation of the common iliac vessels the pubic symphysis was split. The ilium was osteotomized just lateral to the sacroiliac joint, the psoas was divided, and the extremity fell free. Closure of the posterior flap over drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 's1 the whole limb then comes away with the hemipelvis',
    text: `Operation on the left. The symphysis was divided with a Gigli saw and the sacroiliac joint opened anteriorly and cut through. The whole limb then comes away with the hemipelvis. Haemostasis, drains, closure.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  // s1 guards: a part that does not come away is not removed; a specimen that comes away names no limb.
  {
    klass: 's1 guard: the limb does not come away until the psoas is cut, and it never is',
    text: `Left side. The symphysis was divided and the sacroiliac joint opened. The limb would not come away, and the operation was abandoned because of bleeding; the wound was packed.`,
    code: null,
    review: true,
    anatomy: { limbRemoved: 'not_mentioned' },
  },
];
