import {
  NO_LATERALITY_RISK,
  OFFICE_POS_RISK,
  POST_OP_GLOBAL_RISK,
  TRAUMATIC_THIGH_AMPUTATION_DX,
  UNPAID_ASSISTANT_RISK,
  withAmputationReasons,
} from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27594 = defineCode({
  code: '27594',
  descriptor:
    'Secondary closure or scar revision of a thigh amputation stump, working on soft tissue without re-cutting the femur.',
  region: 'thigh/femur',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 7.11 },
  flags: { ...DOMAIN_REF, bilateral: 1, assistant: 1, coSurgeon: 0 },
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
    // The stump's level must be stated as the thigh (or through the knee): "secondary closure of an
    // amputated leg" names no level, and silence elects no thigh code.
    {
      feature: 'priorAmputation',
      is: 'oneOf',
      values: ['transfemoral (above-knee)', 'knee disarticulation'],
    },
    // The femur left uncut must be stated: silence leaves 27594 and 27596 standing.
    { feature: 'femurCut', is: 'negated' },
    { feature: 'hipDisarticulation', is: 'absent' },
    // A wide resection of a soft-tissue tumour in the stump is that resection (27329/27364), not a revision.
    { feature: 'softTissueTumorResection', is: 'absent' },
    // A stump washed out or debrided and left open (packed, for a second look) was neither closed nor its
    // scar revised: no secondary closure (DOMAIN.md: an open wound decides within the thigh family).
    { feature: 'woundLeftOpen', is: 'absent' },
  ],
  decidingFacts:
    'Soft-tissue work on an existing thigh stump; the femur is not re-cut (re-cutting the femur is 27596).',
  // The name points here only with the thigh level in it: "secondary closure of an amputated leg" names none.
  labels: [
    '(?:secondary\\s+closure|scar\\s+revision)\\s+of\\s+(?:the\\s+|an?\\s+)?(?:(?:left|right)\\s+)?(?:above[\\s-](?:the[\\s-])?knee|trans-?femoral|AKA|thigh)\\b',
    '(?:above[\\s-](?:the[\\s-])?knee|trans-?femoral|AKA|thigh)\\s+(?:amputation\\s+)?(?:stump\\s+|residual\\s+limb\\s+)?(?:secondary\\s+closure|scar\\s+revision)',
  ],
  neighbours: ['27596', '27590'],
  revises: ['27590', '27591', '27592'],
  supportingDiagnoses: withAmputationReasons([
    { prefix: 'T87.3', description: 'Neuroma of amputation stump' },
    { prefix: 'T87.4', description: 'Infection of amputation stump' },
    { prefix: 'T87.5', description: 'Necrosis of amputation stump' },
    {
      prefix: 'T87.8',
      description: 'Other complications of amputation stump (dehiscence T87.81, other T87.89)',
    },
    { prefix: 'Z89.61', description: 'Acquired absence of leg above knee' },
    ...TRAUMATIC_THIGH_AMPUTATION_DX,
  ]),
  modifiers: [
    { code: 'LT', use: 'Left side; expected on single-limb claims.' },
    { code: 'RT', use: 'Right side; expected on single-limb claims.' },
    {
      code: '50',
      use: 'Only when both sides were operated in the same session, which the note must show (bilateral indicator 1).',
    },
    { code: '62', use: 'Not allowed: co-surgeon indicator 0.' },
    { code: '80', use: 'Assistant at surgery not paid (assistant indicator 1).' },
  ],
  denialReasons: [NO_LATERALITY_RISK, OFFICE_POS_RISK, UNPAID_ASSISTANT_RISK, POST_OP_GLOBAL_RISK],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
