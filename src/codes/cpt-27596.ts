import {
  INPATIENT_ONLY_POS_RISK,
  NO_LATERALITY_RISK,
  OSTEOMYELITIS_THIGH_DX,
  POST_OP_GLOBAL_RISK,
  TRAUMATIC_THIGH_AMPUTATION_DX,
  UNPAID_ASSISTANT_RISK,
  withAmputationReasons,
} from './shared.ts';
import { DOMAIN_REF, OPPS_ASC_2026, PFS_2026, SEED_27596 } from './sources.ts';
import { defineCode } from './types.ts';

const SITE_RATE_NOTE =
  'As given on the seed page, which also marks the code inpatient-only (status indicator C); the 27596 and 27365 pages carry the same HOPD/ASC figures.';

export const cpt27596 = defineCode({
  code: '27596',
  descriptor:
    'Thigh re-amputation: a repeat amputation of a limb already amputated above the knee, cutting the femur again at a new level because the residual limb failed or cannot be handled by secondary closure or scar revision.',
  region: 'thigh/femur',
  documented: true,
  globalDays: 90,
  globalSource: PFS_2026,
  rvu: {
    ...PFS_2026,
    work: 11.01,
    practiceExpense: 6.11,
    malpractice: 2.64,
    total: 19.76,
    nationalRate: 660.0,
  },
  flags: { ...DOMAIN_REF, bilateral: 1, assistant: 1, coSurgeon: 1 },
  singleLimb: true,
  inpatientOnly: {
    ...SEED_27596,
    value: true,
    statusIndicator: 'C',
    note: 'The seed page states CMS inpatient-only (status indicator C) yet also lists HOPD and ASC rates; CMS began removing musculoskeletal codes from the inpatient-only list in 2026. Both are kept as given (DOMAIN.md); an update of the knowledge may change this flag.',
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
      rate: 660.0,
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
      element: 'priorAmputationLevel',
      requiredWhen: { kind: 'always' },
      basis: 'The operative note gives the level of the earlier amputation.',
    },
    {
      element: 'newResectionLevel',
      requiredWhen: { kind: 'always' },
      basis: 'The operative note gives the new level at which the femur was cut.',
    },
    {
      element: 'indication',
      requiredWhen: { kind: 'always' },
      basis:
        'The H&P or pre-op note explains why re-amputation was needed (infection, nonviable stump, prosthetic incompatibility).',
    },
    {
      element: 'reconstructionTechnique',
      requiredWhen: { kind: 'always' },
      basis:
        'The method that shaped the stump is named or described: myodesis, myoplasty or a named flap (a wound closure alone names none).',
    },
    {
      element: 'laterality',
      requiredWhen: { kind: 'always' },
      basis: 'The operated limb (left or right) is stated in the operative note and on the claim.',
    },
    {
      element: 'inpatientAdmission',
      requiredWhen: { kind: 'inpatientOnly' },
      basis:
        'An inpatient admission order with supporting clinical documentation (Medicare lists the code as inpatient-only, status indicator C).',
    },
    {
      element: 'debridementDetail',
      // Only when a debridement code is billed beside the amputation (the 27596 seed: "if concurrent
      // debridement is billed"): a debridement inside the re-amputation is part of it and asks nothing.
      requiredWhen: { kind: 'otherCptPrefix', prefixes: ['1104', '97597', '97598', '11011', '11012'] },
      basis:
        'When debridement is billed alongside, the note gives tissue type, surface area and a medical necessity distinct from the amputation.',
    },
  ],
  levelCues: [
    // The earlier amputation's level must be stated as the thigh (or through the knee): an earlier
    // amputation of unstated level may have been a failed below-knee one, a first thigh amputation today
    // (DOMAIN.md), so silence elects no re-amputation.
    {
      feature: 'priorAmputation',
      is: 'oneOf',
      values: ['transfemoral (above-knee)', 'knee disarticulation'],
    },
    { feature: 'femurCut', is: 'documented' },
    { feature: 'hipDisarticulation', is: 'absent' },
  ],
  decidingFacts:
    'A prior thigh amputation exists and the femur is cut at a new level in this operation; soft-tissue-only revision of the stump is 27594.',
  labels: [
    '\\bre-?amputation',
    'revision\\s+(?:of\\s+)?(?:the\\s+)?(?:above[\\s-]knee|trans-?femoral|AKA)\\s+amputation',
  ],
  neighbours: ['27594', '27590', '27591', '27592', '27598', '27295'],
  revises: ['27590', '27591', '27592'],
  diagnosisSource: {
    ...DOMAIN_REF,
    note: 'Supporting diagnoses per shared/DOMAIN.md and the 27596 seed page',
  },
  supportingDiagnoses: withAmputationReasons([
    { prefix: 'T87.4', description: 'Infection of amputation stump (5th character 3 right leg, 4 left leg)' },
    { prefix: 'T87.5', description: 'Necrosis of amputation stump (5th character 3 right leg, 4 left leg)' },
    {
      prefix: 'T87.8',
      description: 'Other complications of amputation stump (dehiscence T87.81, other T87.89)',
    },
    ...OSTEOMYELITIS_THIGH_DX,
    ...TRAUMATIC_THIGH_AMPUTATION_DX,
    {
      prefix: 'Z89.61',
      secondary: true,
      description:
        'Acquired absence of leg above knee (Z89.611 right, Z89.612 left), alongside the stump diagnosis',
    },
  ]),
  modifiers: [
    { code: 'LT', use: 'Left side; expected on single-limb amputation claims.' },
    { code: 'RT', use: 'Right side; expected on single-limb amputation claims.' },
    {
      code: '50',
      use: 'Only when both thighs were re-amputated in the same session, which the note must show (bilateral indicator 1).',
    },
    {
      code: '62',
      use: 'Co-surgeons allowed (indicator 1) when the note names both surgeons and their distinct parts.',
    },
    { code: '80', use: 'Assistant at surgery not paid (assistant indicator 1).' },
    { code: '82', use: 'Assistant at surgery not paid (assistant indicator 1).' },
    { code: 'AS', use: 'Non-physician assistant at surgery not paid (assistant indicator 1).' },
    { code: '22', use: 'Unusual procedural services, with documented extra time or complexity.' },
    { code: '57', use: 'On the E/M visit where the decision for surgery was made (day before or day of).' },
    { code: '24', use: 'Unrelated E/M during the 90-day global period.' },
    { code: '58', use: 'Staged or planned related procedure during the global period (new global).' },
    { code: '78', use: 'Unplanned return to the OR for a related complication during the global period.' },
    { code: '79', use: 'Unrelated procedure during the global period (new global).' },
  ],
  denialReasons: [
    INPATIENT_ONLY_POS_RISK,
    {
      text: 'The note does not show why a re-amputation was needed instead of secondary closure or scar revision (27594).',
      when: { kind: 'elementUnmet', element: 'indication' },
    },
    NO_LATERALITY_RISK,
    UNPAID_ASSISTANT_RISK,
    {
      text: 'Same-day debridement codes billed without documentation that they were a separately identifiable service.',
      when: { kind: 'otherCptPrefix', prefixes: ['1104', '97597', '97598', '11011', '11012'] },
    },
    POST_OP_GLOBAL_RISK,
  ],
  notes: [
    'Part of the thigh amputation family: 27590 primary, 27591 with immediate prosthetic fitting, 27592 open guillotine, 27594 secondary closure or scar revision.',
    'Separately documented, distinct debridement of bone or soft tissue may be reportable; document extent and surface area.',
    'The seed page header lists region "Knee"; the code is a thigh (femur) amputation, stored here as thigh/femur.',
  ],
  sources: [SEED_27596, PFS_2026, OPPS_ASC_2026, DOMAIN_REF],
});
