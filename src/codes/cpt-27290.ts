import {
  HEMIPELVECTOMY_LABEL,
  NO_LATERALITY_RISK,
  OSTEOMYELITIS_THIGH_DX,
  withAmputationReasons,
} from './shared.ts';
import { DOMAIN_REF, OPPS_ASC_2026, PFS_2026, SEED_27290 } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27290 = defineCode({
  code: '27290',
  descriptor:
    'Hindquarter amputation: removal of the whole lower limb together with the same-side half of the pelvis, dividing the pelvis at the sacroiliac joint and pubic symphysis.',
  region: 'hip/pelvis',
  documented: true,
  globalDays: 90,
  globalSource: PFS_2026,
  rvu: {
    ...PFS_2026,
    work: 23.94,
    practiceExpense: 14.88,
    malpractice: 5.09,
    total: 43.91,
    nationalRate: 1466.63,
  },
  flags: { ...DOMAIN_REF, bilateral: 0, assistant: 2, coSurgeon: 1 },
  singleLimb: true,
  inpatientOnly: {
    ...SEED_27290,
    value: false,
    unverified: true,
    note: 'The seed page does not state inpatient-only status; facility setting is described as virtually universal.',
  },
  officeSetting: {
    ...DOMAIN_REF,
    value: false,
    note: 'No office (non-facility) value in practice; billing at POS 11 is unusual.',
  },
  siteRates: [
    {
      ...PFS_2026,
      setting: 'office',
      label: 'Office (PFS non-facility)',
      rate: 1466.63,
      unverified: true,
      note: 'As listed on the seed page, this equals the PFS national rate; DOMAIN.md says these codes have no office value, so billing at POS 11 is flagged.',
    },
    {
      ...OPPS_ASC_2026,
      setting: 'hopd',
      label: 'Hospital outpatient department',
      rate: 17913.59,
      apc: '5116',
    },
    {
      ...OPPS_ASC_2026,
      setting: 'asc',
      label: 'Ambulatory surgical center',
      rate: 9255.83,
      paymentIndicator: 'G2',
    },
  ],
  requirements: [
    {
      element: 'amputationLevel',
      requiredWhen: { kind: 'always' },
      basis:
        'Name the level of disarticulation (sacroiliac joint and pubic symphysis) and confirm hemipelvectomy, not hip disarticulation alone.',
    },
    {
      element: 'laterality',
      requiredWhen: { kind: 'always' },
      basis: 'State laterality (left or right) explicitly in the operative report and on the claim.',
    },
    {
      element: 'preopImaging',
      requiredWhen: { kind: 'always' },
      basis: 'Pre-op imaging (MRI, CT or PET) documenting the extent justifying the hindquarter level.',
    },
    {
      element: 'diagnosisConfirmation',
      requiredWhen: { kind: 'always' },
      basis: 'Pathology or microbiology confirming the underlying diagnosis.',
    },
    {
      element: 'informedConsent',
      requiredWhen: { kind: 'always' },
      basis: 'Informed consent addressing the magnitude of resection, including pelvic bone removal.',
    },
    {
      element: 'tumorBoard',
      requiredWhen: {
        kind: 'anyOf',
        conditions: [
          { kind: 'feature', feature: 'malignancy' },
          { kind: 'diagnosisPrefix', prefixes: ['C'] },
        ],
      },
      basis:
        'For malignancy: multidisciplinary tumor board note or oncologic consultation supporting the level.',
    },
    {
      element: 'surgicalTeam',
      requiredWhen: { kind: 'modifier', modifier: '62' },
      basis: 'Surgical team composition, including any co-surgeon arrangement when modifier 62 is used.',
    },
  ],
  levelCues: [
    { feature: 'posteriorPelvicDivision', is: 'documented' },
    { feature: 'anteriorPelvicDivision', is: 'documented' },
    { feature: 'limbRemoved', is: 'documented' },
    { feature: 'limbPreserved', is: 'absent' },
  ],
  decidingFacts:
    'The pelvic bone leaves with the limb: division through the sacroiliac joint (or ilium / sacral ala) and the pubic symphysis (or rami).',
  labels: [
    'hind[\\s-]?quarter\\s+amputation',
    'external\\s+ha?emi[\\s-]?pelvectom(?:y|ies)',
    HEMIPELVECTOMY_LABEL,
    // Other names of the same operation: a transpelvic or inter-ilio-abdominal amputation.
    '\\b(?:trans-?pelvic|inter-?ilio-?abdominal|inter-?innomino-?abdominal)\\s+amputations?',
  ],
  neighbours: ['27295', '27075', '27076', '27077'],
  revises: [],
  diagnosisSource: {
    ...DOMAIN_REF,
    note: 'Supporting diagnoses per shared/DOMAIN.md and the 27290 seed page',
  },
  supportingDiagnoses: withAmputationReasons([
    { prefix: 'C41.4', description: 'Malignant neoplasm of pelvic bones, sacrum, coccyx' },
    { prefix: 'C40.2', description: 'Malignant neoplasm of long bones of lower limb' },
    { prefix: 'C49.2', description: 'Malignant neoplasm of soft tissue of lower limb, including hip' },
    { prefix: 'C79.51', description: 'Secondary malignant neoplasm of bone' },
    { prefix: 'C79.52', description: 'Secondary malignant neoplasm of bone marrow' },
    { prefix: 'S32', description: 'Fracture of lumbar spine and pelvis (severe trauma)' },
    { prefix: 'S38', description: 'Crushing injury / traumatic amputation of lower back, abdomen, pelvis' },
    { prefix: 'S77', description: 'Crushing injury of hip and thigh' },
    { prefix: 'S78', description: 'Traumatic amputation of hip and thigh' },
    ...OSTEOMYELITIS_THIGH_DX,
    { prefix: 'M72.6', description: 'Necrotizing fasciitis' },
    { prefix: 'A48.0', description: 'Gas gangrene' },
  ]),
  modifiers: [
    { code: 'LT', use: 'Left side; required (the procedure is inherently unilateral).' },
    { code: 'RT', use: 'Right side; required (the procedure is inherently unilateral).' },
    { code: '50', use: 'Not applicable: bilateral indicator 0.' },
    { code: '62', use: 'Co-surgeons allowed with documentation of both surgeons and their parts.' },
    { code: '80', use: 'Assistant at surgery is payable (assistant indicator 2).' },
    { code: '22', use: 'Unusual procedural services, with documented extra time or complexity.' },
    { code: '57', use: 'On the E/M visit where the decision for surgery was made (day before or day of).' },
    { code: '24', use: 'Unrelated E/M during the 90-day global period.' },
    { code: '78', use: 'Unplanned return to the OR for a related complication during the global period.' },
    { code: '79', use: 'Unrelated procedure during the global period.' },
  ],
  denialReasons: [
    {
      text: 'Diagnosis does not support the hindquarter level: payers expect a high-acuity code (primary bone sarcoma, massive pelvic trauma).',
      when: { kind: 'diagnosisUnsupported' },
    },
    {
      text: 'Confused with hip disarticulation (27295): wrong level, wrong payment, audit exposure.',
      when: { kind: 'elementUnmet', element: 'amputationLevel' },
    },
    {
      text: 'Missing or inadequate prior authorization with oncologic or trauma documentation.',
      when: { kind: 'always' },
    },
    NO_LATERALITY_RISK,
    {
      text: 'Unrelated post-op services in the 90-day global billed without modifier 24.',
      when: { kind: 'always' },
    },
  ],
  notes: [
    'Pre-authorization is standard; most payers require oncologic or traumatologic justification with imaging.',
  ],
  sources: [SEED_27290, PFS_2026, OPPS_ASC_2026, DOMAIN_REF],
});
