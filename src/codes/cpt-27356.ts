import { BENIGN_BONE_LESION_DX, SINGLE_LIMB_MODIFIERS } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27356 = defineCode({
  code: '27356',
  descriptor:
    'Intralesional excision or curettage of a bone cyst or benign tumor of the femur, filled with allograft bone.',
  region: 'femur',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 9.84 },
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
    { feature: 'graft', is: 'oneOf', values: ['allograft'] },
    { feature: 'limbRemoved', is: 'absent' },
  ],
  decidingFacts: 'Intralesional curettage with allograft.',
  labels: ['curettage\\s+(?:and|with)\\s+(?:bone\\s+)?allograft'],
  neighbours: ['27355', '27357', '27365'],
  revises: [],
  supportingDiagnoses: [...BENIGN_BONE_LESION_DX],
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
