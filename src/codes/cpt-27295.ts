import { SINGLE_LIMB_MODIFIERS, withAmputationReasons } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27295 = defineCode({
  code: '27295',
  descriptor:
    'Hip disarticulation: removal of the lower limb by separating it at the hip joint, with the pelvis kept.',
  region: 'hip/pelvis',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 19.17 },
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
    { feature: 'hipDisarticulation', is: 'documented' },
    { feature: 'posteriorPelvicDivision', is: 'absent' },
    { feature: 'anteriorPelvicDivision', is: 'absent' },
    { feature: 'femurCut', is: 'absent' },
    // A disarticulated joint whose bone is replaced keeps the limb: not an amputation.
    { feature: 'limbPreserved', is: 'absent' },
  ],
  decidingFacts: 'Limb separated at the hip joint, pelvis and acetabulum kept, no femoral cut.',
  labels: [
    'hip\\s+disarticulation',
    'disarticulation\\s+(?:at|of|through)\\s+(?:the\\s+)?hip',
    // "amputation at the hip", "amputation through the hip joint", "at the level of the hip joint".
    '(?<!\\b(?:traumatic|partial|near|sub-?total)\\s+)\\bamputation\\s+(?:at|through)\\s+(?:the\\s+)?(?:level\\s+of\\s+the\\s+)?hip(?:\\s+joint)?\\b',
    // Formalising or completing a traumatic amputation at the hip: "formalisation of the traumatic
    // amputation at the left hip", "completion of the amputation through the hip".
    '(?:formali[sz]\\w*|complet\\w*)\\s+(?:of\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:(?:left|right|traumatic|partial|near|sub-?total)[\\s-]+){0,3}amputation\\s+(?:at|through)\\s+(?:the\\s+)?(?:level\\s+of\\s+the\\s+)?(?:(?:left|right)\\s+)?hip\\b',
  ],
  neighbours: ['27290', '27590', '27596', '27075', '27076', '27077'],
  revises: [],
  supportingDiagnoses: withAmputationReasons([
    { prefix: 'C40.2', description: 'Malignant neoplasm of long bones of lower limb' },
    { prefix: 'C41.4', description: 'Malignant neoplasm of pelvic bones, sacrum, coccyx' },
    { prefix: 'C49.2', description: 'Malignant neoplasm of soft tissue of lower limb, including hip' },
    { prefix: 'C79.51', description: 'Secondary malignant neoplasm of bone' },
    { prefix: 'S7', description: 'Injuries of the hip and thigh (crush, traumatic amputation)' },
    { prefix: 'M86', description: 'Osteomyelitis of the femur / thigh' },
    { prefix: 'T87.4', description: 'Infection of amputation stump' },
  ]),
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
