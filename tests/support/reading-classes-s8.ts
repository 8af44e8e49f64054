/**
 * Whole-note probes of the eighth session's round (2026-12-03, second session of the day): classes seen on
 * this round's development sets (BE trauma and damage-control notes, PM published pelvic texts), written for
 * these tests in our own words, several wordings per class, with guards that must not change. Same shape as
 * `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const s8Probes: readonly ReadingProbe[] = [
  // e8.1 A specimen line naming the limb "with attached hemipelvis", "attached to the innominate bone": the
  // limb left with the half of the pelvis (the link word may carry the part's own qualifier).
  {
    klass: 'e8.1 specimen: the lower extremity with attached hemipelvis',
    text: `Procedure: Emergency amputation, left lower extremity.
Description: The iliac vessels were ligated. The anterior and posterior pelvic divisions were completed and the specimen delivered. The wound was packed open.
Specimens: Left lower extremity with attached left hemipelvis, to pathology.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'e8.1 specimen: the leg attached to the innominate bone',
    text: `Operation: right-sided amputation for necrotising infection.
The symphysis was divided with a knife and the sacroiliac joint was opened with an osteotome.
Specimen: right leg attached to the right innominate bone, sent for histology.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  // e8.2 Terse: the pelvis named before the limb, and "off" as the removal ("hemipelvis + limb off en bloc").
  {
    klass: 'e8.2 terse: hemipelvis + limb off en bloc',
    text: `Op: completion R hindquarter (traumatic). R CIA + CIV tied. Symphysis already torn through; remaining posterior SI ligaments cut with scissors. Hemipelvis + limb off en bloc. Packed open.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  {
    klass: 'e8.2 terse: hemipelvis and leg removed together',
    text: `L side. Symphysis divided, SI joint divided with osteotome. Hemipelvis and leg removed en bloc. Flap closed over drains.`,
    code: '27290',
    anatomy: { limbRemoved: 'documented' },
  },
  // e8.2 guard: "off" followed by an article is a place, not the removal.
  {
    klass: 'e8.2 guard: the hemipelvis and leg off the table edge for prepping',
    text: `L hemipelvis and leg off the table edge for prepping. Symphysis exposed. Tumour of the ilium biopsied; frozen section sent. Closed.`,
    code: null,
    review: true,
    anatomy: { limbRemoved: 'not_mentioned' },
  },
  // e8.3 A measure in a bracket right after a tissue that is not the tumour (a skin ellipse, a flap)
  // measures that tissue: no tumour size, so 27329 against 27364 stays open.
  {
    klass: 'e8.3 the skin ellipse measured in a bracket is no tumour size',
    text: `Procedure: Radical resection of a right thigh soft tissue sarcoma en bloc with the vastus lateralis.
Description: The femur was not reached and no bone was removed. Margins grossly clear.
Specimen: right thigh mass en bloc with vastus lateralis, fascia lata and skin ellipse (22 x 8 cm), oriented.`,
    code: null,
    standing: ['27329', '27364'],
    missing: ['tumorSizeCm'],
  },
  {
    klass: 'e8.3 also: a tumour measured in a bracket after its own name',
    text: `Procedure: Radical resection of a right thigh soft tissue sarcoma en bloc with the vastus lateralis.
Description: The femur was not reached and no bone was removed. Margins grossly clear.
Specimen: right thigh sarcoma (7.5 x 5 cm) en bloc with vastus lateralis and a skin ellipse, oriented.`,
    code: '27364',
  },
];
