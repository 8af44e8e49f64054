import { PRIMARY_THIGH_AMPUTATION_DX, SINGLE_LIMB_MODIFIERS } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27592 = defineCode({
  code: '27592',
  descriptor:
    'Open circular (guillotine) amputation of the thigh through the femur, with the wound deliberately left open.',
  region: 'thigh/femur',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 10.71 },
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
    { feature: 'woundLeftOpen', is: 'documented' },
    { feature: 'priorAmputation', is: 'absent' },
  ],
  decidingFacts:
    'Primary thigh amputation with the wound deliberately left open (guillotine / open circular).',
  labels: [
    // A guillotine or open circular amputation is a thigh code only with the thigh named in its sentence:
    // the technique is the same at the ankle or the arm ("the limb is amputated through healthy tissue").
    '(?:guillotine|open\\s+circular)(?=[^.;\\n]{0,60}?\\b(?:thigh|femur|femoral|above[\\s-]+(?:the[\\s-]+)?knee|AKA|trans-?femoral|supracondylar)\\b)|(?<=\\b(?:thigh|femur|femoral|above[\\s-]+(?:the[\\s-]+)?knee|AKA|trans-?femoral)\\b[^.;\\n]{0,30}?)(?:guillotine|open\\s+circular)',
    // "open above-knee amputation", "high above-knee open amputation", "open transfemoral amputation"
    '\\bopen\\s+(?:(?:high|above|knee|transfemoral|thigh)[\\s-]+){1,3}amputation|(?:above[\\s-]+(?:the[\\s-]+)?knee|transfemoral|thigh)[\\s-]+open\\s+amputation',
  ],
  neighbours: ['27590', '27591', '27596'],
  revises: [],
  supportingDiagnoses: [...PRIMARY_THIGH_AMPUTATION_DX],
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
