import { DOMAIN_REF, OPPS_ASC_2026, PFS_2026, SEED_27365 } from './sources.ts';
import { defineCode } from './types.ts';

/** A tumour of bone named: a sarcoma, a metastasis, a giant cell tumour, a malignancy. */
const BONE_TUMOUR =
  '\\b(?:tumou?rs?|\\w*sarcomas?|metasta\\w*|carcinomas?|myelomas?|plasmacytomas?|lymphomas?|giant\\s+cell|malignan\\w*|neoplas\\w*)\\b';
/** A bone tumour named as today's indication, not in the history ("history of", "remote", "treated … years ago"). */
const TUMOUR_NOW = `(?<!\\b(?:history|h\\/o)\\s+of\\s+(?:(?:a|an|the|remote|prior|previous|treated|old)\\s+)?(?:[\\w-]+\\s+){0,2})${BONE_TUMOUR}`;
/** A part of a hinged knee's mechanism: the axle and its bushings, the yoke, the bumper, the hinge (post, pin). */
const HINGE_PART = '(?:bushings?|axles?|yokes?|bumpers?|hinge(?:\\s+(?:pin|post|mechanism))?)';
/** An implant's part: what breaks, wears or is exchanged in a revision. */
const IMPLANT_PART = `(?:stem|implant|prosthes[ie]s|component|body|${HINGE_PART}|liner|endoprosthes[ie]s|megaprosthes[ie]s)`;
/**
 * A replacement of a failed, loose, infected or revised hip arthroplasty, or of an implant already in
 * place (exchanged, redone, broken, worn, dislocating: "exchange of the proximal femoral replacement",
 * "fracture of the stem of the proximal femoral replacement", "proximal femoral replacement, re-do"): a
 * revision operation, no tumour resection.
 */
const REVISION_WORD = `\\b(?:failed|failing|loose|loosened|loosening|infected|periprosthetic|revision|revised|aseptic|exchang\\w*|re-?do|re-?revision|worn|dislocating|broken|(?:fracture[ds]?|breakage)\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+)?${IMPLANT_PART}|${IMPLANT_PART}\\s+(?:had\\s+|has\\s+)?(?:fractured|broken|broke|cracked))\\b`;
const REVISION_BEFORE = `${REVISION_WORD}[^.;\\n]{0,60}`;
const NOT_A_REVISION = `(?![^.;\\n]{0,80}?${REVISION_WORD})`;
/** A segmental replacement of the proximal or distal femur by an implant. */
const FEMORAL_REPLACEMENT =
  '\\b(?:(?:proximal|distal)\\s+femoral\\s+(?:(?:endoprosthetic|megaprosthetic|tumou?r|segmental)\\s+)?(?:replacement|endoprosthe\\w*|megaprosthe\\w*)|(?:endoprosthetic|megaprosthetic|tumou?r\\s+prosthe\\w*)\\s+(?:replacement|reconstruction)\\s+of\\s+the\\s+(?:(?:right|left)\\s+)?(?:proximal|distal)\\s+femur)\\b';

const SITE_RATE_NOTE =
  'As given on the seed page; the 27596 and 27365 pages carry the same HOPD/ASC figures (APC 5113).';

export const cpt27365 = defineCode({
  code: '27365',
  descriptor:
    'Radical (wide, en bloc) excision of a bone tumor of the femur or knee region, taking the involved bone segment together with whatever adjacent soft tissue is needed for clear oncologic margins, with the limb kept.',
  region: 'femur/knee',
  documented: true,
  globalDays: 90,
  globalSource: PFS_2026,
  rvu: {
    ...PFS_2026,
    work: 31.4,
    practiceExpense: 16.89,
    malpractice: 6.71,
    total: 55.0,
    nationalRate: 1837.05,
  },
  flags: { ...DOMAIN_REF, bilateral: 1, assistant: 2, coSurgeon: 1 },
  singleLimb: true,
  inpatientOnly: {
    ...SEED_27365,
    value: false,
    unverified: true,
    note: 'The seed page does not state inpatient-only status; it lists office, HOPD and ASC rates, so the code is stored as not inpatient-only.',
  },
  officeSetting: {
    ...DOMAIN_REF,
    value: false,
    note: 'No office (non-facility) value in practice; billing at POS 11 deserves a warning.',
  },
  siteRates: [
    {
      ...PFS_2026,
      setting: 'office',
      label: 'Office (PFS non-facility)',
      rate: 1837.05,
      unverified: true,
      note: 'As listed on the seed page, this equals the PFS national rate; DOMAIN.md says these codes have no office value, so billing at POS 11 is flagged.',
    },
    {
      ...OPPS_ASC_2026,
      setting: 'hopd',
      label: 'Hospital outpatient department',
      rate: 3342.87,
      apc: '5113',
      note: SITE_RATE_NOTE,
    },
    {
      ...OPPS_ASC_2026,
      setting: 'asc',
      label: 'Ambulatory surgical center',
      rate: 1644.87,
      paymentIndicator: 'G2',
      note: SITE_RATE_NOTE,
    },
  ],
  requirements: [
    {
      element: 'anatomicLocation',
      requiredWhen: { kind: 'always' },
      basis:
        'The operative note says where in the femur or knee the tumor was (distal femur, proximal tibia, patella).',
    },
    {
      element: 'marginIntent',
      requiredWhen: { kind: 'always' },
      basis: 'The operative note confirms that radical or wide margins were intended.',
    },
    {
      element: 'preopImaging',
      requiredWhen: { kind: 'always' },
      basis:
        'The operative note references the preoperative imaging (MRI, CT, bone scan) that set the oncologic extent and plan.',
    },
    {
      element: 'pathology',
      requiredWhen: { kind: 'always' },
      basis:
        'Pathology gives tumor type and margin status, supporting the malignant or aggressive-benign diagnosis on the claim.',
    },
    {
      element: 'informedConsent',
      requiredWhen: { kind: 'always' },
      basis:
        'Consent covers the oncologic nature of the resection and, where relevant, limb salvage versus amputation.',
    },
    {
      element: 'laterality',
      requiredWhen: { kind: 'always' },
      basis: 'The operated side (left or right) is stated; LT or RT goes on the single-limb claim.',
    },
    {
      element: 'reconstructionDetail',
      requiredWhen: { kind: 'feature', feature: 'reconstructionPerformed' },
      basis:
        'When reconstruction is done in the same session, each component is documented separately to support any codes billed with 27365.',
    },
  ],
  levelCues: [
    { feature: 'boneResected', is: 'documented' },
    { feature: 'wideMargin', is: 'documented' },
    { feature: 'limbRemoved', is: 'absent' },
    { feature: 'curettage', is: 'absent' },
    // Which bone is resected decides: a femur taken en bloc with the acetabulum (an extra-articular
    // periacetabular resection) or the whole innominate bone is part of the pelvic resection, the
    // principal one (27076, 27077; DOMAIN.md).
    { feature: 'acetabulumResected', is: 'absent' },
    { feature: 'innominateResected', is: 'absent' },
  ],
  decidingFacts:
    'Bone of the femur, knee, proximal tibia or patella is resected en bloc with wide or radical margins and the limb is kept; intralesional curettage is 27355-27357, soft tissue alone is 27329/27364, and a femur resected with the acetabulum or the whole innominate bone is part of the pelvic resection (27076, 27077).',
  labels: [
    '(?:radical|wide)\\s+(?:en\\s+bloc\\s+)?resection\\s+of\\s+(?:the\\s+)?(?:(?:right|left)\\s+)?(?:distal|proximal)\\s+femur',
    'extra-?articular\\s+(?:knee\\s+)?resection',
    '(?:distal|proximal)\\s+(?:femur|femoral|tibia|tibial)\\s+(?:tumou?r\\s+)?resection',
    // A segmental femoral replacement names the resection only for a tumour named in its sentence (a
    // proximal femoral replacement is also a revision hip operation): "treated with a proximal femoral
    // replacement" for a metastasis, "distal femoral endoprosthetic replacement for osteosarcoma".
    // Not a tumour in the history ("a remote history of breast carcinoma") nor a replacement of a failed,
    // loose, infected or revised hip (a revision arthroplasty names no tumour resection).
    `(?<=${TUMOUR_NOW}[^.;\\n]{0,120}?)(?<!${REVISION_BEFORE})${FEMORAL_REPLACEMENT}${NOT_A_REVISION}|(?<!${REVISION_BEFORE})${FEMORAL_REPLACEMENT}(?=[^.;\\n]{0,80}?${TUMOUR_NOW})${NOT_A_REVISION}`,
  ],
  neighbours: ['27355', '27356', '27357', '27329', '27364', '27590'],
  revises: [],
  diagnosisSource: {
    ...DOMAIN_REF,
    note: 'Supporting diagnoses per shared/DOMAIN.md and the 27365 seed page',
  },
  supportingDiagnoses: [
    {
      prefix: 'C40.2',
      description: 'Malignant neoplasm of long bones of lower limb (C40.21 right, C40.22 left)',
    },
    { prefix: 'C79.51', description: 'Secondary malignant neoplasm of bone' },
    {
      prefix: 'D48.0',
      description: 'Giant cell tumor of bone and other bone neoplasms of uncertain behaviour',
    },
    {
      prefix: 'D16.2',
      description: 'Benign neoplasm of long bones of lower limb, aggressive (D16.21 right, D16.22 left)',
    },
    {
      prefix: 'C49.2',
      description: 'Malignant neoplasm of soft tissue of lower limb, with bone involvement',
    },
  ],
  modifiers: [
    { code: 'LT', use: 'Left side; expected on single-limb claims.' },
    { code: 'RT', use: 'Right side; expected on single-limb claims.' },
    {
      code: '50',
      use: 'Only when both sides were operated in the same session, which the note must show (bilateral indicator 1).',
    },
    {
      code: '62',
      use: 'Co-surgeons allowed (indicator 1) when the note names both surgeons and their distinct parts.',
    },
    { code: '80', use: 'Assistant at surgery is payable (assistant indicator 2).' },
    {
      code: '22',
      use: 'Unusual procedural services: substantially greater time or complexity documented with the reason (a frequent payer question).',
    },
    { code: '57', use: 'On the E/M visit where the decision for surgery was made (day before or day of).' },
    { code: '24', use: 'Unrelated E/M during the 90-day global period.' },
    {
      code: '58',
      use: 'Planned staged procedure in the global period, e.g. reconstruction after the oncologic resection (new global).',
    },
    { code: '78', use: 'Unplanned return to the OR for a related complication during the global period.' },
    { code: '79', use: 'Unrelated procedure during the global period (new global).' },
  ],
  denialReasons: [
    {
      text: 'The diagnosis code does not match the tumor type confirmed by pathology, so medical necessity is denied.',
      when: {
        kind: 'anyOf',
        conditions: [{ kind: 'diagnosisUnsupported' }, { kind: 'elementUnmet', element: 'pathology' }],
      },
    },
    {
      text: 'The operative note describes only tumor removal without stating radical or wide margins, leading to downcoding or denial.',
      when: { kind: 'elementUnmet', element: 'marginIntent' },
    },
    {
      text: 'Preoperative imaging justifying the extent of resection is missing or incomplete.',
      when: { kind: 'elementUnmet', element: 'preopImaging' },
    },
    {
      text: 'Prior authorization missing, or obtained under a different diagnosis before pathology confirmed the tumor.',
      when: { kind: 'always' },
    },
    {
      text: 'Reconstruction codes billed alongside without documentation separating the oncologic resection from the reconstruction, so they are bundled.',
      when: { kind: 'feature', feature: 'reconstructionPerformed' },
    },
  ],
  notes: [
    'Typically performed by orthopedic oncologists; intraoperative frozen-section margin assessment is common.',
    'Payers weigh the diagnosis closely: primary malignant bone tumor, metastasis and aggressive benign tumor carry different authorization thresholds.',
  ],
  sources: [SEED_27365, PFS_2026, OPPS_ASC_2026, DOMAIN_REF],
});
