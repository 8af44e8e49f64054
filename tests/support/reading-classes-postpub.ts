/**
 * Whole-note probes for the classes behind the published blind passages' misses, read after their
 * measurement: a text that is generic as a whole (a figure legend, a technique chapter, a series) still
 * names the kind of the soft-tissue tumour whose excision it describes (pp1), so the excision is a
 * soft-tissue resection and its size decides; a joint of the pelvic ring disarticulated (the symphysis, the
 * sacroiliac joint) in an Enneking-type resection is how the ring is divided, no limb taken off (pp2); the
 * ilium cut above the acetabulum and the pelvis divided behind, the limb kept, is the ilium resected (pp4);
 * a series named without a count ("in this series", "patients underwent") is generic (pp5).
 * Written for these tests in our own words, several wordings
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
  // pp2. "Disarticulated" anywhere stood the Enneking-type limb-kept inference down, as if a limb had been
  // taken off; a type III resection divides the ring at the symphysis, so its limb-kept reading was lost
  // and no code stood (27076 needs the limb kept).
  {
    klass:
      'pp2 pelvic ring: a type III resection with "the symphysis pubis is then disarticulated" keeps the limb',
    text: `Type III (ischiopubic) resection. The adductor origins are released well away from the mass; the superior ramus is osteotomised next to the acetabulum and the inferior ramus at the ischium, the symphysis pubis is then disarticulated, and both pubic rami are removed in one piece. The hip joint is untouched. The pelvic floor is repaired with mesh.`,
    code: '27076',
    review: true,
    generic: true,
    route: 'coder-review',
  },
  {
    klass:
      'pp2 pelvic ring: "the pubic symphysis was disarticulated and both rami delivered en bloc" in a type III resection',
    text: `Our operation for tumours of the pubis. In a type III resection the pubic bone is freed and the superior and inferior pubic rami are osteotomised lateral to the mass; the pubic symphysis was disarticulated and both rami delivered en bloc, leaving the acetabulum whole.`,
    code: '27076',
    review: true,
    route: 'coder-review',
  },
  // Guards: a hindquarter amputation that disarticulates the symphysis keeps 27290; a type III resection
  // followed by the hip disarticulated and the limb removed is no limb kept.
  {
    klass: 'pp2 guard: an external hemipelvectomy through the symphysis and the sacroiliac joint stays 27290',
    text: `Procedure: left external hemipelvectomy for a pelvic chondrosarcoma. The pubic symphysis was disarticulated, the ilium divided through the sacroiliac joint, and the left lower limb removed with the hemipelvis. The posterior flap was closed over drains.`,
    code: '27290',
  },
  {
    klass:
      'pp2 guard: a type III resection, then the hip disarticulated and the limb taken away, is not 27076',
    text: `Type III resection of the right pubis. Both pubic rami were removed en bloc after the symphysis was disarticulated; the right hip was then disarticulated and the whole limb taken away.`,
    code: null,
  },
  // pp4. The two cuts that bound the ilium (above the acetabulum, through the sacroiliac joint or the
  // sacral ala) with the limb kept left the part unnamed: 27075, 27076 and 27077 stood. Inferred (coder
  // review) unless the procedure's name agrees.
  {
    klass:
      'pp4 ilium between cuts: the iliac wing cut above the acetabulum, the osteotomy behind through the sacral ala',
    text: `Internal hemipelvectomy for a chondrosarcoma of the right ilium, the limb kept. The iliac wing was cut just above the acetabulum with a Gigli saw, and behind, the osteotomy went through the sacral ala. The hip joint was left whole. Closure over drains.`,
    code: '27075',
  },
  {
    klass:
      'pp4 ilium between cuts: osteotomized above the hip joint in front, through the sacroiliac joint behind',
    text: `Limb salvage operation for a pelvic osteosarcoma, the leg kept. Anteriorly the ilium was osteotomized immediately above the hip joint; posteriorly the division ran through the sacroiliac joint, and the segment was lifted out. The acetabulum was preserved and the hip was stable.`,
    code: '27075',
    review: true,
    route: 'coder-review',
  },
  // Guards: the supra-acetabular cut with the pubic rami divided is a periacetabular resection (27076);
  // a pelvic osteotomy for dysplasia cut above the acetabulum is no tumour resection (no code).
  {
    klass:
      'pp4 guard: cut above the acetabulum with both rami divided and the periacetabular bone removed stays 27076',
    text: `Limb-sparing resection of a left pelvic chondrosarcoma. The ilium was osteotomised above the acetabulum, the superior and inferior pubic rami were divided, and the periacetabular bone was removed en bloc. The hip was reconstructed with a custom prosthesis.`,
    code: '27076',
  },
  {
    klass: 'pp4 guard: a Salter osteotomy cutting the ilium above the acetabulum is no pelvic resection code',
    text: `Procedure: right Salter innominate osteotomy for hip dysplasia. The ilium was cut just above the acetabulum and the distal fragment rotated forward; a wedge of graft was inserted and fixed with two pins.`,
    code: null,
  },
  // pp5. A series told without a count of its patients was read as one patient's note with no side
  // (query-physician): "in this series", and plural patients as the operation's subject.
  {
    klass: 'pp5 series: "for the type II lesions in this series" is generic (coder review, not a side query)',
    text: `Internal hemipelvectomy for periacetabular chondrosarcoma. For the type II lesions in this series the ilium was divided above the acetabulum and the pubic rami below it, and the acetabulum was removed en bloc; the limb was kept and the hip reconstructed with a prosthesis.`,
    code: '27076',
    review: true,
    generic: true,
    route: 'coder-review',
  },
  {
    klass: 'pp5 series: an abstract whose methods say "patients underwent" is generic',
    text: `Methods: patients underwent en bloc resection of the acetabulum with limb preservation, followed by reconstruction with a pelvic endoprosthesis. Results: most walked with a cane.`,
    code: '27076',
    review: true,
    generic: true,
    route: 'coder-review',
  },
  // Guard: one patient's note with a line about all patients on a pathway keeps its route.
  {
    klass:
      'pp5 guard: a sided type II resection with "all patients on this pathway are screened" stays ready',
    text: `Procedure: right internal hemipelvectomy (type II). The right acetabulum was resected en bloc with the limb kept and the hip reconstructed with a custom prosthesis. All patients on this pathway are screened for MRSA before admission.`,
    code: '27076',
    route: 'ready',
  },
];
