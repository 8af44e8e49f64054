import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27364 = defineCode({
  code: '27364',
  descriptor:
    'Radical (wide en bloc) resection of a soft-tissue tumor of the thigh or knee area measuring 5 cm or more, no bone taken.',
  region: 'thigh/knee',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 23.88 },
  flags: { ...DOMAIN_REF, bilateral: 1, assistant: 2, coSurgeon: 1 },
  singleLimb: true,
  inpatientOnly: { ...DOMAIN_REF, value: false, unverified: true, note: 'not captured' },
  officeSetting: {
    ...DOMAIN_REF,
    value: false,
    note: 'No office (non-facility) value; billing at POS 11 deserves a warning.',
  },
  siteRates: [],
  requirements: [],
  levelCues: [
    { feature: 'softTissueTumorResection', is: 'documented' },
    { feature: 'boneResected', is: 'absent' },
    { feature: 'limbRemoved', is: 'absent' },
    { feature: 'tumorSizeCm', is: 'atLeast', value: 5 },
  ],
  decidingFacts: 'As 27329, with a tumor of 5 cm or more.',
  labels: ['radical\\s+resection\\s+of\\s+(?:a\\s+)?soft[\\s-]tissue'],
  neighbours: ['27329', '27365'],
  supportingDiagnoses: [
    {
      prefix: 'C49.2',
      description:
        'Malignant neoplasm of soft tissue of lower limb, including hip (C49.21 right, C49.22 left)',
    },
    { prefix: 'D21.2', description: 'Benign neoplasm of connective and other soft tissue of lower limb' },
    { prefix: 'D17.2', description: 'Benign lipomatous neoplasm of skin and subcutaneous tissue of limb' },
    { prefix: 'C79.89', description: 'Secondary malignant neoplasm of other specified sites' },
  ],
  modifiers: [
    { code: 'LT', use: 'Left side; expected on single-limb claims.' },
    { code: 'RT', use: 'Right side; expected on single-limb claims.' },
    {
      code: '50',
      use: 'Only when both sides were operated in the same session, which the note must show (bilateral indicator 1).',
    },
  ],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
