import { PRIMARY_THIGH_AMPUTATION_DX, SINGLE_LIMB_MODIFIERS } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27590 = defineCode({
  code: '27590',
  descriptor: 'Primary amputation of the thigh through the femur, at any level, with the wound closed.',
  region: 'thigh/femur',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 13.13 },
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
    { feature: 'priorAmputation', is: 'absent' },
    { feature: 'woundLeftOpen', is: 'absent' },
    { feature: 'immediateProsthesis', is: 'absent' },
    { feature: 'limbPreserved', is: 'absent' },
  ],
  decidingFacts:
    'Primary amputation: the femur is cut and the limb removed, no prior amputation, wound closed, no immediate prosthesis.',
  labels: [
    '(?:above[\\s-]knee|trans-?femoral)\\s+amputation',
    '\\bAKAs?\\b',
    // The same named by its level: "amputated above the knee", "a mid-thigh amputation", "amputation at
    // the mid-thigh level", "a supracondylar amputation", and the Gritti-Stokes (transcondylar, the femur cut).
    '\\bamputat\\w*\\s+(?:(?:just|well|high|immediately)\\s+)?above\\s+the\\s+knee\\b',
    '\\b(?:mid-?\\s?thigh|thigh|supra-?condylar|trans-?condylar)\\s+amputations?\\b',
    '\\bamputation\\s+(?:at|through)\\s+(?:the\\s+)?(?:level\\s+of\\s+the\\s+)?(?:mid-?\\s?thigh|thigh|(?:mid-?)?femur)(?:\\s+level)?\\b',
    '\\bgritti[\\s-]+stokes(?:\\s+amputation)?\\b',
  ],
  neighbours: ['27591', '27592', '27594', '27596', '27598', '27295', '27365'],
  revises: [],
  supportingDiagnoses: [...PRIMARY_THIGH_AMPUTATION_DX],
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
