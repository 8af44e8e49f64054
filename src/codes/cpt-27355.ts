import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27355 = defineCode({
  code: '27355',
  descriptor:
    'Intralesional excision or curettage of a bone cyst or benign tumor of the femur, without a bone graft.',
  region: 'femur',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 7.8 },
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
    { feature: 'curettage', is: 'documented' },
    { feature: 'graft', is: 'absent' },
    { feature: 'boneResected', is: 'absent' },
    { feature: 'limbRemoved', is: 'absent' },
  ],
  decidingFacts: 'Intralesional excision or curettage, no graft (bone cement is not a graft).',
  labels: ['curettage'],
  neighbours: ['27356', '27357', '27365'],
  diagnosisSource: { ...DOMAIN_REF, note: 'DOMAIN.md lists D16.2x, M85.4-/M85.5- for 27355' },
  supportingDiagnoses: [
    {
      prefix: 'D16.2',
      description: 'Benign neoplasm of long bones of lower limb (D16.21 right, D16.22 left)',
    },
    { prefix: 'M85.4', description: 'Solitary bone cyst' },
    { prefix: 'M85.5', description: 'Aneurysmal bone cyst' },
    { prefix: 'M85.6', description: 'Other cyst of bone' },
    { prefix: 'D48.0', description: 'Neoplasm of uncertain behaviour of bone (e.g. giant cell tumor)' },
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
