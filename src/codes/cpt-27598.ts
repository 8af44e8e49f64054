import { SINGLE_LIMB_MODIFIERS, withAmputationReasons } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27598 = defineCode({
  code: '27598',
  descriptor: 'Knee disarticulation: removal of the leg through the knee joint without cutting the femur.',
  region: 'knee',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 10.94 },
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
    { feature: 'kneeDisarticulation', is: 'documented' },
    { feature: 'femurCut', is: 'absent' },
    // A disarticulated joint whose bone is replaced keeps the limb: not an amputation.
    { feature: 'limbPreserved', is: 'absent' },
    { feature: 'priorAmputation', is: 'absent' },
  ],
  decidingFacts: 'Limb separated through the knee joint, no femoral cut.',
  labels: [
    'knee[\\s-]+disarticulation|through[\\s-]+(?:the[\\s-]+)?knee\\s+(?:amputation|disarticulation)',
    'disarticulation\\s+(?:at|of|through)\\s+(?:the\\s+)?knee',
    // "amputation through the knee joint", "amputation at the level of the knee joint" (not "above the knee").
    'amputation\\s+(?:at|through)\\s+(?:the\\s+)?(?:level\\s+of\\s+the\\s+)?knee(?:\\s+joint)?\\b',
  ],
  neighbours: ['27590', '27596'],
  revises: [],
  supportingDiagnoses: withAmputationReasons([
    {
      prefix: 'I70.2',
      description: 'Atherosclerosis of native arteries of the extremities (ischemia, ulceration, gangrene)',
    },
    { prefix: 'I96', description: 'Gangrene, not elsewhere classified' },
    { prefix: 'E11.5', description: 'Type 2 diabetes with circulatory complications' },
    { prefix: 'S8', description: 'Injuries of the knee and lower leg' },
    { prefix: 'C40.2', description: 'Malignant neoplasm of long bones of lower limb' },
  ]),
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
