import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import { segment, splitSentences } from '../src/extract/rules/text.ts';
import { ROOT } from './support/cli.ts';
import { probes } from './support/probes.ts';

const statusOf = (text: string, key: string) => {
  const x = extractWithRules(text);
  return (
    (x.features as Record<string, { status: string }>)[key] ??
    (x.elements as Record<string, { status: string }>)[key]
  )?.status;
};

describe('context probes per failure class (issue 10)', () => {
  it.each(probes)('class %s: %j -> %s %s', (_class, text, key, expected) => {
    expect(statusOf(text, key)).toBe(expected);
  });
});

describe('a day-case admission is not an inpatient one (regression: the wider admission wording read it as inpatient)', () => {
  it.each([
    ['Admitted to the day surgery unit; discharged home the same day.', 'negated'],
    // An ambulatory-unit stay is stated: evidence of no inpatient admission, like a day case.
    ['Patient admitted to the ambulatory surgery unit.', 'negated'],
    ['Admitted to the same-day surgery unit this morning.', 'negated'],
    ['Admitted from home on the morning of surgery, same-day surgery.', 'negated'],
    ['Admitted to the orthopaedic ward after surgery.', 'documented'],
    ['Afterwards to the inpatient vascular unit.', 'documented'],
    ['Admitted via the emergency department with a septic stump.', 'documented'],
    // The admission in its other wordings, and the stays that are not one (issue 10, claim reading)
    ['Plan: admit to orthopaedics for antibiotics.', 'documented'],
    ['Admitted under the vascular surgeons.', 'documented'],
    ['Day of surgery admission.', 'documented'],
    ['She remains an in-patient.', 'documented'],
    ['Admitted for 23-hour observation.', 'not_mentioned'],
    ['Outpatient follow-up in two weeks.', 'not_mentioned'],
    ['Day case.', 'negated'],
    ['Admission not required.', 'negated'],
    // An earlier episode of care is not this admission; a time earlier in this episode is.
    ['He was admitted with sepsis in 2019.', 'not_mentioned'],
    ['Previous hospital admission for pneumonia.', 'not_mentioned'],
    ['Admitted to the ward two days prior to surgery for antibiotics.', 'documented'],
    // The patient class as a header field, and the words that are not one (running text, history)
    ['Patient: Jane Roe   MRN 1234567   Inpatient (hospital day 3)', 'documented'],
    ['Name: J. Roe | MRN 44 | Inpatient | Ward 5', 'documented'],
    ['Status: Inpatient.', 'documented'],
    ['Inpatient.', 'documented'],
    ['Now on hospital day 6 after a fall.', 'documented'],
    ['Inpatient consult requested for pain control.', 'not_mentioned'],
    ['Discharged from inpatient rehabilitation in 2019.', 'not_mentioned'],
  ])('%j -> inpatientAdmission %s', (text, expected) => {
    expect(statusOf(text, 'inpatientAdmission')).toBe(expected);
  });
});

describe('consent is for the operation (issue 10: "consents" read for blood products, a noun, research)', () => {
  it.each([
    ['The patient consents to blood products if needed.', 'not_mentioned'],
    ["The patient's family consents were discussed.", 'not_mentioned'],
    ['He consented to photography for teaching.', 'not_mentioned'],
    ['Consent for blood transfusion was obtained.', 'not_mentioned'],
    ['She consented to the tissue banking study.', 'not_mentioned'],
    ['After a discussion of the options she consents to the amputation.', 'documented'],
    ['The risks were explained and he consents.', 'documented'],
    ['Consent was obtained for the operation and for blood transfusion.', 'documented'],
    ['His mother consents to the operation on his behalf.', 'documented'],
    ['Consent - yes', 'documented'],
  ])('%j -> informedConsent %s', (text, expected) => {
    expect(statusOf(text, 'informedConsent')).toBe(expected);
  });
});

describe('a delayed primary closure does not deny a wound left open (regression: read as a stated closure)', () => {
  it.each([
    // The packing itself now states the wound left open (class mc4); the delayed closure still denies nothing.
    ['The femur was divided. Wound packed with saline gauze for delayed primary closure.', 'documented'],
    ['The femur was divided. Delayed primary wound closure at 48 hours.', 'not_mentioned'],
    ['The femur was divided. Primary closure of the skin with staples.', 'negated'],
    ['The femur was divided and the stump closed primarily.', 'negated'],
    ['The femur was divided. The wound was closed in a delayed fashion.', 'not_mentioned'],
    ['The femur was divided and the stump was closed secondarily.', 'not_mentioned'],
    ['The femur was divided. The skin was closed at a second stage.', 'not_mentioned'],
    ['The femur was divided. The skin was then closed with staples.', 'negated'],
  ])('%j -> woundLeftOpen %s', (text, expected) => {
    expect(statusOf(text, 'woundLeftOpen')).toBe(expected);
  });
});

describe('evidence names its cue and how it was found', () => {
  it('a negated fact carries the negation cue and match: rule', () => {
    const x = extractWithRules('The femur was not cut.');
    expect(x.features.femurCut.status).toBe('negated');
    expect(x.features.femurCut.evidence[0]).toMatchObject({
      match: 'rule',
      context: { category: 'negated', cue: 'not' },
    });
  });
  it('a prior amputation read as history carries the history cue', () => {
    const x = extractWithRules('He had a right AKA done here in November for a nonhealing foot.');
    expect(x.features.priorAmputation.status).toBe('documented');
    expect(x.features.priorAmputation.evidence[0]?.context?.category).toBe('historical');
  });
});

describe('negation, uncertainty and history (ConText-style)', () => {
  it.each([
    ['MRI of the pelvis was not performed.', 'preopImaging', 'negated'],
    ['No MRI, CT or PET was obtained before surgery.', 'preopImaging', 'negated'],
    ['Neither MRI nor CT could be obtained because of his pacemaker.', 'preopImaging', 'negated'],
    ['Preoperative MRI of the right femur was reviewed.', 'preopImaging', 'documented'],
    ['He declined contrast CT.', 'preopImaging', 'negated'],
    ['No pathology report is available.', 'diagnosisConfirmation', 'negated'],
    ['Biopsy showed grade 2 chondrosarcoma.', 'diagnosisConfirmation', 'documented'],
    ['The femur was not shortened and no bone was resected.', 'femurCut', 'negated'],
    [
      'The femur was transected with an oscillating saw 6 cm proximal to the old bone end.',
      'femurCut',
      'documented',
    ],
    ['The femoral artery and vein were ligated and divided.', 'femurCut', 'not_mentioned'],
    ['We cleared the femur circumferentially and cut it with the saw.', 'femurCut', 'documented'],
    [
      'He may ultimately need a hemipelvectomy through the sacroiliac joint.',
      'posteriorPelvicDivision',
      'not_mentioned',
    ],
    [
      'The sacroiliac joint was exposed anteriorly and divided with an osteotome.',
      'posteriorPelvicDivision',
      'documented',
    ],
    // A pelvic structure stated kept states its division's negative, as a femur kept does (lexicon pelvicKept).
    ['The SI joint was spared.', 'posteriorPelvicDivision', 'negated'],
    ['the symphysis pubis was divided with the knife period', 'anteriorPelvicDivision', 'documented'],
    ['The case will be presented at tumor board next week.', 'tumorBoard', 'not_mentioned'],
    ['He was discussed at the multidisciplinary sarcoma tumor board.', 'tumorBoard', 'documented'],
    ['She chose joint-preserving curettage and gave informed consent.', 'informedConsent', 'documented'],
    ['The limb was preserved.', 'limbPreserved', 'documented'],
    ['He had a right AKA done here in November for a nonhealing foot.', 'priorAmputation', 'documented'],
    ['A right AKA was performed.', 'priorAmputation', 'not_mentioned'],
    ['This is his first amputation.', 'priorAmputation', 'not_mentioned'],
    ['The wound was left open and packed.', 'woundLeftOpen', 'documented'],
    ['He was admitted as an inpatient.', 'inpatientAdmission', 'documented'],
    ['He will be admitted to the orthopedic floor.', 'inpatientAdmission', 'documented'],
    ['This was done as an outpatient procedure.', 'inpatientAdmission', 'negated'],
    ['Tumor board reviewed: [ ] Yes  [x] No', 'tumorBoard', 'negated'],
    ['Tumor board reviewed: [x] Yes  [ ] No', 'tumorBoard', 'documented'],
    ['Anesthesia: spinal\nThe femur was cut with the oscillating saw.', 'femurCut', 'documented'],
    [
      'An internal hemipelvectomy, a type I-III resection with limb salvage, was considered at length.',
      'limbPreserved',
      'not_mentioned',
    ],
    [
      'The adductors were taken off the pubis and the obturator externus divided.',
      'anteriorPelvicDivision',
      'not_mentioned',
    ],
    [
      'We talked about a formal revision with femoral shortening, but it is not needed.',
      'femurCut',
      'not_mentioned',
    ],
    ['Consent: Form 1 signed by the patient in clinic.', 'informedConsent', 'documented'],
    ['Prior amputation ......... right great toe only (2024)', 'priorAmputation', 'not_mentioned'],
    ['History: prior left AKA in 2019 for trauma.', 'priorAmputation', 'documented'],
    [
      "PRIOR OPERATION (copied forward)\nThe wound was left open.\nTODAY'S OPERATION\nThe femur was transected and the limb was removed.",
      'woundLeftOpen',
      'not_mentioned',
    ],
    ['Femoral transection ...... 12 cm proximal to the adductor tubercle', 'femurCut', 'documented'],
    ['Written consent on chart.', 'informedConsent', 'documented'],
    ['The left sacroiliac joint was\ndivided with an osteotome.', 'posteriorPelvicDivision', 'documented'],
    ['Needle biopsy of cartilage tumors has known sampling error.', 'pathology', 'not_mentioned'],
  ])('%s -> %s %s', (text, key, status) => {
    expect(statusOf(text, key)).toBe(status);
  });
});

describe('laterality', () => {
  it.each([
    ['PROCEDURE: Right hindquarter amputation.', 'right'],
    ['left um scratch that right hip disarticulation period', 'right'],
    ['Diagnosis: osteosarcoma of the left distal femur. The contralateral right leg was padded.', 'left'],
    ['procedure colon revision of the stump on the left side', 'left'],
    ['PROCEDURE: Right distal femoral resection.\nADDENDUM: correction, this was the LEFT side.', 'left'],
    ['Proc: L AKA', 'left'],
    // A bare side after the name, an abbreviation before it, a side on the operative site (sl-1, sl-2).
    ['Procedure: above-knee amputation (L)', 'left'],
    ['Operation: hip disarticulation – left', 'left'],
    ['Op: Rt. AKA', 'right'],
    ['Procedure: AKA, right.', 'right'],
    ['Findings: the left open wound was debrided.', 'left'],
    ['The right skin flaps were trimmed.', 'right'],
  ])('%s -> %s', (text, side) => {
    expect(extractWithRules(text).elements.laterality.value).toBe(side);
  });

  // A side word qualifies a limb word, never letters inside another word ("si" in "decision", "position").
  it.each([
    'Spinal at L4-5 with oxygen at 2 L/min.',
    'An R0 resection margin was achieved.',
    'It was the right decision to proceed.',
    'She was turned into the right lateral position.',
    'The drain was left inside the wound.',
    // A lower-case letter is a side only right before a limb word (format eval, class F4).
    'fluids 2 l of saline over the case',
    'r/o infection; the wound was clean',
  ])('%s -> no side', (text) => {
    expect(extractWithRules(text).elements.laterality.status).toBe('not_mentioned');
  });

  it.each([
    ['proc: l aka for gangrene', 'left'],
    ['dx: osteosarcoma r prox femur', 'right'],
    ['the l leg was prepped and the femur cut', 'left'],
  ])('a lower-case side letter before a limb word: %s -> %s', (text, side) => {
    expect(extractWithRules(text).elements.laterality.value).toBe(side);
  });

  it('does not read a side from unrelated anatomy', () => {
    expect(extractWithRules('An IV was placed in the right arm.').elements.laterality.status).toBe(
      'not_mentioned',
    );
  });
});

describe('sentences and sections', () => {
  it('splits raw speech-recognition text on spoken punctuation', () => {
    const text = 'the femur was cut period new paragraph the wound was closed comma drains placed period';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'the femur was cut',
      'the wound was closed comma drains placed',
    ]);
  });

  // Unpunctuated dictation (format eval, class F2): a clause opens where a subject and its auxiliary
  // start, unless the word before ties the subject to what precedes it (only in a long line: a short
  // line is a field); each line ends its sentence unless the lines are hard-wrapped to one width.
  it.each([
    [
      'a participle, then a new subject',
      'the adductor magnus was lifted off the tubercle keeping its tendon long the femur was sawn across 11 cm above the knee and the edges filed',
      [
        'the adductor magnus was lifted off the tubercle keeping its tendon long',
        'the femur was sawn across 11 cm above the knee and the edges filed',
      ],
    ],
    [
      'a denial, then a new subject; a pronoun subject',
      'under spinal anaesthesia no tourniquet was used the femur was divided with a gigli saw at mid thigh she went to recovery in good condition',
      [
        'under spinal anaesthesia no tourniquet was used',
        'the femur was divided with a gigli saw at mid thigh',
        'she went to recovery in good condition',
      ],
    ],
    [
      'tied subjects stay: and, that, a preposition, a participle',
      'the capsule was opened and the leg was removed it was confirmed that the femur was not cut the tumour involving the femur was resected with the muscle',
      [
        'the capsule was opened and the leg was removed it was confirmed that the femur was not cut the tumour involving the femur was resected with the muscle',
      ],
    ],
    [
      'lines end sentences',
      'procedure left above knee amputation with myodesis\ndescription the femur was cut with a saw\nestimated blood loss 200 ml no complications',
      [
        'procedure left above knee amputation with myodesis',
        'description the femur was cut with a saw',
        'estimated blood loss 200 ml no complications',
      ],
    ],
  ])('unpunctuated: %s', (_what, text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it.each([
    [
      'ascii arrows',
      'Flaps raised -> femur sawn -> wound closed.',
      ['Flaps raised', 'femur sawn', 'wound closed'],
    ],
    [
      'double and unicode arrows',
      'Capsule opened => head dislocated → limb removed',
      ['Capsule opened', 'head dislocated', 'limb removed'],
    ],
    [
      'a hyphen is no arrow',
      'A 2-0 suture; the bone-end was filed.',
      ['A 2-0 suture', 'the bone-end was filed'],
    ],
  ])('steps joined by arrows end at each arrow (format class F5): %s', (_what, text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  // A note hard-wrapped to one width (format class F6): a full line without end punctuation goes on
  // whatever the next line's case; a short line, a list item or a field label ends it.
  const WRAPPED_CAPS = [
    'DESCRIPTION: THE SYMPHYSIS PUBIS WAS DIVIDED',
    'WITH A KNIFE. THE RIGHT SACROILIAC JOINT WAS',
    'OPENED AND DIVIDED WITH AN OSTEOTOME. THE',
    'WHOLE RIGHT LOWER LIMB WITH THE HEMIPELVIS',
    'WAS REMOVED IN ONE PIECE. THE POSTERIOR FLAP',
    'WAS CLOSED OVER DRAINS.',
  ].join('\n');
  it('hard wrap: an all-capitals paragraph is read across its lines', () => {
    expect(
      splitSentences(WRAPPED_CAPS).map((s) => WRAPPED_CAPS.slice(s.start, s.end).replace(/\n/g, ' ')),
    ).toEqual([
      'DESCRIPTION: THE SYMPHYSIS PUBIS WAS DIVIDED WITH A KNIFE',
      'THE RIGHT SACROILIAC JOINT WAS OPENED AND DIVIDED WITH AN OSTEOTOME',
      'THE WHOLE RIGHT LOWER LIMB WITH THE HEMIPELVIS WAS REMOVED IN ONE PIECE',
      'THE POSTERIOR FLAP WAS CLOSED OVER DRAINS',
    ]);
  });
  it('hard wrap: a short line, a list item and a field label still end the line before', () => {
    const text = [
      'Procedure: left above-knee amputation, closed',
      'Surgeon: A. Brandt',
      'Description: fish-mouth flaps were marked and',
      'the femoral vessels were ligated in the canal',
      '- The femur was sawn across 12 cm above the knee',
      'EBL: 200 mL with no transfusion needed at all',
    ].join('\n');
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\n/g, ' '))).toEqual([
      'Procedure: left above-knee amputation, closed',
      'Surgeon: A. Brandt',
      'Description: fish-mouth flaps were marked and the femoral vessels were ligated in the canal',
      '- The femur was sawn across 12 cm above the knee',
      'EBL: 200 mL with no transfusion needed at all',
    ]);
  });

  it('does not split on decimals or titles', () => {
    const text = 'Dr. Smith measured 8.5 cm. Done.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Dr. Smith measured 8.5 cm',
      'Done',
    ]);
  });

  it.each([
    ['INDICATIONS: x.\nDESCRIPTION OF PROCEDURE: y.', ['indications', 'description']],
    ['indications colon x period procedure in detail colon y period', ['indications', 'description']],
    ['new paragraph indications um x period description um y period', ['indications', 'description']],
    ['Plain narrative without headers.', ['body']],
    // A diagnosis list is the diagnosis field, on its line or line by line after it; the next
    // unheaded line is not.
    ['Diagnoses: 1. Left knee OA. 2. Right foot gangrene.\nProcedure: AKA.', ['diagnosis', 'title']],
    ['Diagnoses:\n1. Left knee OA.\n2. Right foot gangrene.\nThe femur was cut.', ['diagnosis', 'body']],
    ['Procedure: AKA. The femur was cut.', ['title', 'body']],
    // A heading alone on its line above an indented list is a heading, not a table row of the field
    // before it (set D, dict-b: the operation was read as the "Post-op:" field, a plan).
    ['Post-op: same.\n2. Procedure\n   a) wide resection of the tibia.', ['plan', 'title']],
    ['Plan: home.\nOPERATION\n    left AKA', ['plan', 'title']],
    ['Findings\n\tthe stump was infected.', ['findings']],
    // A table row stays a field of its section.
    ['Plan: home.\nDisposition ....... PACU', ['plan']],
    // Text between the op note's fields (or a history heading) and the heading that opens the operation
    // is the history, over blank lines too; not after an abstract's "Background:", nor with no such
    // heading after it, nor under a heading alone on its line ("PROCEDURE 1") (set X, by class).
    [
      'Procedure: AKA.\nHe had a BKA in the spring.\nDescription: the femur was cut.',
      ['title', 'indications', 'description'],
    ],
    [
      'HISTORY\nPain for a year.\n\nLimb salvage was weighed.\nOPERATION\nThe femur was cut.',
      ['indications', 'title', 'body'],
    ],
    [
      'Background: x is rare.\n\nThe femur was cut.\nSurgical technique: y.',
      ['indications', 'body', 'description'],
    ],
    ['Procedure: AKA.\n\nThe femur was cut.\n\nFindings: gangrene.', ['title', 'body', 'findings']],
    ['PROCEDURE 1\nThe femur was cut.\nPROCEDURE 2\nThe knee was entered.', ['title', 'body']],
    // Headings without a plain "Label:" at a line's start (format eval, class F3).
    [
      '### Indications\nGangrene.\n### Procedure in detail\nThe femur was cut.',
      ['indications', 'description'],
    ],
    ['**Indications:** gangrene.\n**Technique:** the femur was cut.', ['indications', 'description']],
    [
      'indications (per the referral letter of 02/2025): gangrene\ndescription: the femur was cut',
      ['indications', 'description'],
    ],
    ['INDICATIONS\nGANGRENE.\nDESCRIPTION OF PROCEDURE\nTHE FEMUR WAS CUT.', ['indications', 'description']],
    [
      'Procedure: left AKA. Indications: gangrene. Description: the femur was cut.',
      ['title', 'indications', 'description'],
    ],
    // A sentence that opens with a phrase and a colon, in capitals too, is no heading.
    [
      'Description: medial approach. Planned cut from MRI: 15 cm above the joint line. The femur was cut.',
      ['description'],
    ],
    [
      'DESCRIPTION: MEDIAL APPROACH. PLANNED CUT FROM MRI: 15 CM ABOVE THE JOINT. THE FEMUR WAS CUT.',
      ['description'],
    ],
  ])('%s', (text, kinds) => {
    expect([...new Set(segment(text).map((s) => s.section))]).toEqual(kinds);
  });

  it('procedure anatomy in the indications does not count as done', () => {
    const text =
      'INDICATIONS: The plan is to transect the femur more proximally.\nPROCEDURE IN DETAIL: The stump was revised.';
    expect(statusOf(text, 'femurCut')).toBe('not_mentioned');
  });
});

describe('grounding: every piece of evidence is an exact slice of the transcript', () => {
  const cases = loadFixtures(`${ROOT}fixtures`);
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = readFileSync(c.transcriptPath, 'utf8');
    const x = extractWithRules(text);
    const all = [...Object.values(x.elements), ...Object.values(x.features)];
    const bad = all.flatMap((f) => f.evidence).filter((e) => text.slice(e.start, e.end) !== e.quote);
    expect(bad).toEqual([]);
    for (const f of all) if (f.status === 'documented') expect(f.evidence.length).toBeGreaterThan(0);
  });
});

describe('tumor size for soft-tissue level selection', () => {
  it('adds the narrowest margin to the greatest diameter (DOMAIN.md)', () => {
    const x = extractWithRules(
      'The mass measured 4.5 x 3 x 2 cm and was excised with a narrowest margin of 1 cm.',
    );
    expect(x.features.tumorSizeCm.value).toBe(5.5);
  });
  it('ignores incision lengths', () => {
    const x = extractWithRules('A 15 cm incision was made. The intramuscular lipoma, 3 cm, was excised.');
    expect(x.features.tumorSizeCm.value).toBe(3);
  });
  it.each([
    [
      'the incision named before its length',
      'Incision 14cm along the biopsy line, 3cm lesion excised en bloc.',
      3,
    ],
    [
      'a skin paddle measured before a cuff',
      'The lump, 2.5 x 2 cm, was excised with a skin paddle of 11 x 4 cm and a cuff of muscle.',
      2.5,
    ],
    ['the specimen dimensions', 'Specimen 15 x 10 x 5 cm containing a 4.2 cm tumour.', 4.2],
    // A bracket right after a tissue that is not the tumour measures that tissue (e8.3).
    [
      'a skin ellipse measured in a bracket',
      'Specimen: thigh mass en bloc with fascia lata and skin ellipse (24 x 9 cm); the tumour itself 6.1 cm.',
      6.1,
    ],
    // The size at excision beside the imaging it is compared with (sl-3).
    ['the MRI it matches', 'The sarcoma measured 6.2 cm on the specimen, as on the MRI.', 6.2],
    ['the MRI size in a comparison', 'The mass was 4 cm in the specimen, smaller than on MRI (6 cm).', 4],
    ['the CT size it is compared with', 'The excised lesion was 3.1 cm versus 4.4 cm on CT.', 3.1],
    ['the MRI size tied to it', 'The tumour, 7 cm on MRI, measured 4.5 cm on the bench.', 4.5],

    // A clause about the specimen measures the specimen until a tumour is named in it.
    [
      'the length of a specimen described as a resection',
      'The specimen is a resection of fat and muscle, 19 cm long; the sarcoma in it is 6 x 4 cm.',
      6,
    ],
    [
      'a specimen measured after its tissues are listed',
      'The specimen was an excision of skin and fascia measuring 20 x 8 cm, containing a lesion of 3 x 2 cm.',
      3,
    ],
  ])('the tumour size is the tumour’s, not %s', (_name, text, size) => {
    expect(extractWithRules(text).features.tumorSizeCm.value).toBe(size);
  });
  // A distance or a level runs from a landmark; it places the tumour or the cut, it does not measure it.
  it.each([
    [
      'a level above the joint line',
      'The sarcoma was resected and the femur osteotomised 18 cm above the joint line.',
    ],
    [
      'a distance below a landmark',
      'The tumour lay 3 cm below the greater trochanter and was excised en bloc.',
    ],
    ['a spelled distance above a landmark', 'the mass sat twelve centimetres above the knee and was excised'],
    [
      'a distance short of a landmark',
      'The lesion was resected, the fascia divided 9 cm short of the groin crease.',
    ],
    [
      'a distance lateral to a structure',
      'The tumour lay 6 cm lateral to the femoral vessels; it was excised whole.',
    ],
    ['a level named before the number', 'The tumour was resected and the femur was transected at 16 cm.'],
    ['an implant', 'Reconstruction with a modular tumour prosthesis: femoral stem 13 x 120 mm cemented.'],
  ])('%s is not a tumour size', (_name, text) => {
    expect(extractWithRules(text).features.tumorSizeCm).toEqual({ status: 'not_mentioned', evidence: [] });
  });
  it.each([
    ['a size beside a level', 'The 3.5 cm lipoma lay 8 cm above the knee and was excised.', 3.5],
    [
      'a size beside a distance below',
      'The tumour, 4 x 3 x 2 cm, sat 6 cm below the trochanter; excised en bloc.',
      4,
    ],
    [
      '"measuring" beside a spelled distance',
      'the lesion measuring two by two centimetres lay ten centimetres below the hip',
      2,
    ],
    [
      'a greatest dimension beside a distance',
      'The sarcoma, 2.5 cm in greatest dimension, lay 6 cm deep to the fascia.',
      2.5,
    ],
    ['a size named before the number', 'Tumour size 3 cm; the mass lay 9 cm above the knee.', 3],
    ['a mass after its number', 'A 4 cm mass 8 cm beneath the fascia lata was excised.', 4],
  ])('%s: the size is read, the distance is not', (_name, text, size) => {
    expect(extractWithRules(text).features.tumorSizeCm.value).toBe(size);
  });
  it('reads the narrowest margin from a synoptic row with a dotted leader', () => {
    const x = extractWithRules(
      'The sarcoma was excised en bloc.\nGreatest diameter of tumour ..... 3.6 cm\nClosest margin ....... 1.8 cm',
    );
    expect(x.features.tumorSizeCm.value).toBe(5.4);
  });
});

describe('two procedures on different sides (issue 10, blind J)', () => {
  it('the side is the one stated where the deciding anatomy is documented', () => {
    const x = extractWithRules(
      'Procedures performed:\n1. Left knee disarticulation.\n2. Right fifth toe amputation.\nDescription:\n' +
        'Procedure 1 (left): Supine on the table. The knee joint was opened, the cruciates were divided and the leg was removed through the knee joint.\n' +
        'Procedure 2 (right): Racquet incision around the right fifth toe, then disarticulation at the MTP joint.\n',
    );
    expect(x.elements.laterality).toMatchObject({ status: 'documented', value: 'left' });
  });
});

describe('the new femoral level (27596) is read where the cut is dictated', () => {
  it.each([
    ['The femur was shortened approx. 4 cm.', 'shortened approx. 4 cm'],
    [
      'The femur was divided with a Gigli saw five centimetres proximal to the old end.',
      'five centimetres proximal to the old end',
    ],
    ['The femur was divided two hand-breadths below the groin.', 'two hand-breadths below the groin'],
  ])('%j -> %j', (text, level) => {
    const x = extractWithRules(text);
    expect(x.elements.newResectionLevel).toMatchObject({ status: 'documented', value: level });
  });
});

describe('resectability is no resection', () => {
  it.each<[string, string]>([
    ['A 60-year-old woman had an unresectable sarcoma of the right thigh.', 'not_mentioned'],
    ['The liposarcoma of the thigh was judged non-resectable.', 'not_mentioned'],
    ['A resectable sarcoma of the thigh was seen on MRI.', 'not_mentioned'],
    ['The sarcoma of the thigh was resected en bloc.', 'documented'],
    ['The tumour in the thigh was re-excised with a wider margin.', 'documented'],
  ])('%j -> soft-tissue tumour resection %s', (text, status) => {
    expect(extractWithRules(text).features.softTissueTumorResection.status).toBe(status);
  });
});

describe('procedure names', () => {
  it.each([
    'An amputation through the knee joint was performed.',
    'Amputation at the level of the knee joint on the left.',
    'A through-the-knee amputation was done.',
    'Knee-disarticulation was carried out.',
  ])('a through-knee amputation named in prose points at 27598: %j', async (text) => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    expect(findProcedureLabels(text, codes).map((l) => l.code)).toContain('27598');
  });
  it('an amputation above the knee is no through-knee name', async () => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    expect(
      findProcedureLabels('An amputation above the knee was done.', codes).map((l) => l.code),
    ).not.toContain('27598');
  });
  it.each([
    'Proximal femur resection for chondrosarcoma.',
    'Proximal tibial resection with endoprosthetic replacement.',
  ])('a bone resection named by its site points at 27365: %j', async (text) => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    expect(findProcedureLabels(text, codes).map((l) => l.code)).toContain('27365');
  });
  it.each<[string, string]>([
    ['Internal hemipelvectomies were done in 12 patients.', '27075'],
    ['Hemipelvectomies for pelvic sarcoma.', '27290'],
    ['Hindquarter amputations in 20 patients.', '27290'],
    ['Hip disarticulations in adults.', '27295'],
    ['Knee disarticulations in the elderly.', '27598'],
    ['Above-knee amputations: 112 consecutive cases.', '27590'],
    ['Transfemoral amputations in vascular disease.', '27590'],
    ['Twelve AKAs were reviewed.', '27590'],
    ['Haemipelvectomy for chondrosarcoma.', '27290'],
  ])('a plural or British procedure name is the name: %j', async (text, code) => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    expect(findProcedureLabels(text, codes).map((l) => l.code)).toContain(code);
  });
  it.each<[string, string]>([
    ['Internal hemipelvectomies were done in 12 patients.', '27290'],
    ['Hip disarticulation was done.', '27290'],
  ])('guard: %j names no hindquarter amputation', async (text, code) => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    expect(findProcedureLabels(text, codes).map((l) => l.code)).not.toContain(code);
  });
  it('a name listed under an alternatives heading is not a name of the operation', async () => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    const text = 'Alternative options\nAbove-knee amputation\nTechnique\nThe distal femur was exposed.';
    expect(findProcedureLabels(text, codes).map((l) => l.code)).not.toContain('27590');
  });
  it.each([
    'Open above-knee amputation for gas gangrene.',
    'Right thigh open amputation, wound packed.',
    'An open transfemoral amputation was done for gas gangrene.',
  ])('an open thigh amputation named as such points at 27592: %j', async (text) => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    expect(findProcedureLabels(text, codes).map((l) => l.code)).toContain('27592');
  });
  it.each<[string, string[] | undefined]>([
    ['Hip disarticulation for sarcoma: 21 patients.\nThree later needed a hemipelvectomy.', ['27295']],
    ['Background: External hemipelvectomy is rare. We compared hip disarticulations.', ['27290']],
    ['Internal hemipelvectomy in 12 patients.\nNo limb was lost.', ['27075', '27076', '27077']],
    ['Hip disarticulation and hindquarter amputation: 30 patients.', undefined],
    ['Major amputations for sarcoma: 40 patients.\nTen had a hip disarticulation.', undefined],
    ['Keywords: hip disarticulation\nTen patients.', undefined],
    // a second name only as a condition or contrast is not the subject
    ['Hip disarticulation when hemipelvectomy is not required: technique and results.', ['27295']],
    ['Transfemoral amputation if knee disarticulation is not possible.', ['27590']],
    ['Objective: to describe hip disarticulation where a hindquarter amputation can be avoided.', ['27295']],
    ['Hip disarticulation unless a hemipelvectomy is needed for the margin.', ['27295']],
    ['Internal hemipelvectomy in preference to a hindquarter amputation.', ['27075', '27076', '27077']],
    // plural names in a title
    ['Internal hemipelvectomies for sarcoma: 40 patients.', ['27075', '27076', '27077']],
    ['External haemipelvectomies: twenty years at one centre.', ['27290']],
    // guards: two operations both the subject; the singular
    ['Hemipelvectomies and hip disarticulations for sarcoma: 40 patients.', undefined],
    ['Hemipelvectomy for chondrosarcoma of the ilium.', ['27290']],
  ])('the one operation a text opens with: %j', async (text, codes) => {
    const { leadOperation } = await import('../src/extract/labels.ts');
    const { codes: registry } = await import('../src/codes/index.ts');
    expect(leadOperation(text, registry)).toEqual(codes);
  });
  it('a name wrapped across lines is found, with evidence that contains it', async () => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    const text = 'PROCEDURE: Left hindquarter\namputation under general anesthesia.';
    const labels = findProcedureLabels(text, codes).filter((l) => l.code === '27290');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels[0]?.evidence.quote).toContain('amputation');
  });
});

describe('tumor size measured before the operation is not the excision size (issue 10)', () => {
  it('an imaging size in one clause does not outrank the excised size in the next', () => {
    const x = extractWithRules('MRI had shown an 8 cm lesion; the excised mass measured 5 cm.');
    expect(x.features.tumorSizeCm.value).toBe(5);
  });
  it('an imaging size alone leaves the size undocumented', () => {
    const x = extractWithRules('A 6 cm mass was seen on MRI. It was excised with a 1 cm margin.');
    expect(x.features.tumorSizeCm.status).toBe('not_mentioned');
  });
});

describe('an empty template box documents nothing (issue 10)', () => {
  it('a procedure name after an empty box is not a label; the ticked one is', async () => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    const text = 'Procedure: [ ] Hip disarticulation  [x] Above-knee amputation';
    const found = findProcedureLabels(text, codes).map((l) => l.code);
    expect(found).not.toContain('27295');
    expect(found).toContain('27590');
  });
  it('a ticked box still documents its item', () => {
    expect(statusOf('☒ Femur transected at the mid-shaft', 'femurCut')).toBe('documented');
  });
});

describe('a stated absence of femoral shortening is a stated negative of the cut (issue 10)', () => {
  it.each([
    ['No shortening of the tibia was needed.', 'not_mentioned'],
    ['Bone length was measured.', 'not_mentioned'],
    ['Femoral shortening of 2 cm was performed.', 'documented'],
  ])('%s -> femurCut %s', (text, status) => {
    expect(statusOf(text, 'femurCut')).toBe(status);
  });
});

describe('a failed distal amputation converted to the thigh is not a prior thigh amputation (issue 10)', () => {
  it.each([
    ['Her failed left below-knee amputation was converted to an above-knee amputation.', 'not_mentioned'],
    ['The failed BKA was revised to a transfemoral amputation.', 'not_mentioned'],
    ['A below-knee amputation had failed; an above-knee amputation was performed.', 'not_mentioned'],
    ['He had a failed AKA in 2019.', 'documented'],
    ['Revision of a prior above-knee amputation.', 'documented'],
  ])('%s -> priorAmputation %s', (text, status) => {
    expect(statusOf(text, 'priorAmputation')).toBe(status);
  });
});

describe('a general statement is not about this patient (issue 10)', () => {
  it('a procedure name in a sentence on indications in general is not a label', async () => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    const text = 'Hip disarticulation is reserved for tumours that involve the proximal femur.';
    expect(findProcedureLabels(text, codes).map((l) => l.code)).not.toContain('27295');
  });
  it('the patient-specific sentence after it still documents', () => {
    const text = 'Historically, surgeons cut higher. The femur was transected with a saw.';
    expect(statusOf(text, 'femurCut')).toBe('documented');
  });
});

describe('a size compared with imaging is still the excision size (issue 10)', () => {
  it('"larger than on the MRI" does not make the excised measurement an imaging one', () => {
    const x = extractWithRules(
      'The resected mass measured 5.2 cm, bigger than on the staging CT, with a narrowest margin of 0.5 cm.',
    );
    expect(x.features.tumorSizeCm.value).toBe(5.7);
  });
});

describe('a curette in a soft-tissue debridement is not curettage of a bone lesion (issue 10)', () => {
  it.each([
    ['The cyst of the distal femur was curetted.', 'documented'],
    ['The lesion was exposed through a cortical window. It was curetted thoroughly.', 'documented'],
    ['The wound bed was curetted down to bleeding soft tissue.', 'not_mentioned'],
  ])('%s -> curettage %s', (text, status) => {
    expect(statusOf(text, 'curettage')).toBe(status);
  });
});

describe('a procedure named in a discussion is not stated as done (issue 10)', () => {
  it.each([
    'Discussed hip disarticulation versus limb salvage.',
    'Discussion of hip disarticulation took place.',
    'The alternatives, which included hip disarticulation, were explained.',
  ])('%s -> no 27295 label', async (text) => {
    const { findProcedureLabels } = await import('../src/extract/labels.ts');
    const { codes } = await import('../src/codes/index.ts');
    expect(findProcedureLabels(text, codes).map((l) => l.code)).not.toContain('27295');
  });
});

describe('the bone resected is the tumour resection, not a cut that seats the implant (set D, dict-b)', () => {
  it.each([
    [
      'The tibial plateau was resected 8 mm with the cutting guide and the trial tray placed.',
      'not_mentioned',
    ],
    [
      'Canal reamed and trialled; the proximal tibia was resected 10 mm for the tibial baseplate.',
      'not_mentioned',
    ],
    ['Trial reduction done, then 7 mm of the tibial plateau resected.', 'not_mentioned'],
    ['After broaching, the tibial surface was resected flat for the tray.', 'not_mentioned'],
    // Guards: the wide resection stands beside the reconstruction's words, and a plain resection stays.
    [
      'The distal femur was resected en bloc with the tumour and the canal reamed for the stem.',
      'documented',
    ],
    ['The proximal tibia was resected with a 2 cm margin; the canal was then reamed.', 'documented'],
    ['The distal femur was resected 14 cm from the joint line.', 'documented'],
  ])('%j -> boneResected %s', (text, expected) => {
    expect(statusOf(text, 'boneResected')).toBe(expected);
  });

  it('quotes the resection, not the arthroplasty step, as the evidence', () => {
    const text = `1. Diagnosis
   Pre-op: high-grade osteosarcoma, left proximal tibia.
   Post-op: the same.

2. Operation
   a) Resection: wide en bloc resection of the left proximal tibia tumour with the biopsy tract.
   b) Reconstruction: proximal tibial replacement.

3. Reconstruction
   Femoral canal reamed, trial reduction, distal femur resected 8 mm for the femoral component.`;
    const bone = extractWithRules(text).features.boneResected;
    expect(bone.status).toBe('documented');
    expect(bone.evidence.map((e) => e.quote).join(' | ')).toMatch(/wide en bloc resection/);
    expect(bone.evidence.map((e) => e.quote).join(' | ')).not.toMatch(/trial/);
  });
});

describe('a closure at a later operation is not today: the wound was left open today (class pb2)', () => {
  it.each([
    ['The femur was divided. The stump was closed at a second operation after 18 days.', 'documented'],
    [
      'The femur was divided. Wound closure was achieved with negative pressure after four weeks.',
      'documented',
    ],
    ['The femur was divided. Closure will be performed once the infection settles.', 'documented'],
    ['The femur was divided. Three weeks later the stump was closed.', 'documented'],
    ['The femur was divided. The skin was closed with clips to be removed in ten days.', 'negated'],
    ['The femur was divided. The wound was closed once haemostasis was secured.', 'negated'],
  ])('%j -> woundLeftOpen %s', (text, expected) => {
    expect(statusOf(text, 'woundLeftOpen')).toBe(expected);
  });
});

describe('a rigid dressing put on the stump in the operation is the first cast of the immediate fitting (class pb1)', () => {
  it.each([
    ['The femur was divided. An immediate postoperative rigid dressing was applied.', 'documented'],
    ['The femur was divided. A rigid plaster dressing was applied to the stump in theatre.', 'documented'],
    ['The femur was divided. We applied a rigid dressing.', 'documented'],
    ['The femur was divided. A plaster of Paris cast was moulded onto the stump.', 'documented'],
    ['The femur was divided. A soft dressing was applied.', 'not_mentioned'],
    [
      'The femur was divided. A removable rigid dressing was applied on the fifth postoperative day.',
      'not_mentioned',
    ],
  ])('%j -> immediateProsthesis %s', (text, expected) => {
    expect(statusOf(text, 'immediateProsthesis')).toBe(expected);
  });
});
