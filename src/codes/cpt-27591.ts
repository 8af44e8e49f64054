import { PRIMARY_THIGH_AMPUTATION_DX, SINGLE_LIMB_MODIFIERS } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27591 = defineCode({
  code: '27591',
  descriptor:
    'Thigh amputation through the femur with fitting of an immediate postoperative prosthesis and its first cast in the same session.',
  region: 'thigh/femur',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 13.59 },
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
    { feature: 'femurCut', is: 'documented' },
    { feature: 'limbRemoved', is: 'documented' },
    { feature: 'immediateProsthesis', is: 'documented' },
    { feature: 'priorAmputation', is: 'absent' },
  ],
  decidingFacts: 'Primary thigh amputation with immediate prosthetic fitting and first cast documented.',
  labels: ['immediate\\s+(?:post-?op(?:erative)?\\s+)?prosthe(?:sis|tic\\s+fitting)'],
  neighbours: ['27590', '27592', '27596'],
  revises: [],
  supportingDiagnoses: [...PRIMARY_THIGH_AMPUTATION_DX],
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
