/**
 * Whole-note probes for the classes behind the published blind passages' misses, read after their
 * measurement: a text that is generic as a whole (a figure legend, a technique chapter, a series) still
 * names the kind of the soft-tissue tumour whose excision it describes (pp1), so the excision is a
 * soft-tissue resection and its size decides. Written for these tests in our own words, several wordings
 * per class, with guards that must not change; none taken from a fixture or a blind set. Same shape as
 * `readingProbes` (tests/support/reading-classes.ts); tests/reading-classes.test.ts runs them.
 */
import type { ReadingProbe } from './reading-classes.ts';

export const postpubProbes: readonly ReadingProbe[] = [
  // pp1. The tumour's kind was read as generic with the text (only the procedure features were read as
  // described acts), so "the excision of a subcutaneous myxofibrosarcoma" had no soft-tissue tumour and
  // no code. A generic text goes to coder review; the code the described anatomy supports is kept.
  {
    klass:
      'pp1 generic: a figure legend, a 3-cm subcutaneous myxofibrosarcoma excised widely, no bone exposed',
    text: `Illustration. Wide excision of a subcutaneous myxofibrosarcoma of the medial thigh. The mass, 3 cm across, sits above the fascia. No bone is exposed. The defect is closed primarily.`,
    code: '27329',
    review: true,
    generic: true,
    route: 'coder-review',
  },
  {
    klass:
      'pp1 generic: a technique passage, a 2-cm leiomyosarcoma of the posterior thigh taken with its fascia',
    text: `Technique. The leiomyosarcoma of the posterior thigh is excised widely with a cuff of normal muscle; the femur is not exposed. The lesion, 2 cm in diameter, is taken with its fascia and the wound is closed over a drain.`,
    code: '27329',
    review: true,
    generic: true,
    route: 'coder-review',
  },
  {
    klass: 'pp1 generic: a series, thigh liposarcomas resected en bloc, the largest 12 cm at excision',
    text: `Between 2005 and 2015, 31 patients with a liposarcoma of the thigh were treated at our centre. Each tumour is resected en bloc with the surrounding muscle and the femur is left alone. In the index case the lesion measured 12 cm at excision; the wound is closed over suction drains.`,
    code: '27364',
    review: true,
    generic: true,
    route: 'coder-review',
  },
  // Guards: a generic text about a sarcoma of the femur resected with the bone keeps no soft-tissue code,
  // and one that names a soft-tissue sarcoma and describes no excision elects nothing.
  {
    klass:
      'pp1 guard: a technique for an osteosarcoma of the distal femur resected with the bone is no soft-tissue code',
    text: `Technique. The osteosarcoma of the distal femur is resected en bloc with wide margins, the femur being osteotomised 15 cm above the joint line; the limb is kept and reconstructed with a tumour prosthesis.`,
    code: '27365',
  },
  {
    klass: 'pp1 guard: a review that names thigh liposarcoma and describes no operation elects no code',
    text: `Liposarcoma is the commonest soft-tissue sarcoma of the thigh in adults. Its imaging features and grading are reviewed here; treatment is discussed in another chapter.`,
    code: null,
  },
];
