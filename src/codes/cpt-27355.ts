import { BENIGN_BONE_LESION_DX, SINGLE_LIMB_MODIFIERS } from './shared.ts';
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
  revises: [],
  diagnosisSource: { ...DOMAIN_REF, note: 'DOMAIN.md lists D16.2x, M85.4-/M85.5- for 27355' },
  supportingDiagnoses: [...BENIGN_BONE_LESION_DX],
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
