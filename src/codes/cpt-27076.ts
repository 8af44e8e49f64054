import { INTERNAL_HEMIPELVECTOMY_LABEL, PELVIC_TUMOR_DX, UNILATERAL_ONLY_MODIFIERS } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27076 = defineCode({
  code: '27076',
  descriptor:
    'Radical resection of a pelvic bone tumor with the limb kept, taking the acetabulum (or both pubic rami, or the ischium with the acetabulum).',
  region: 'hip/pelvis',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 39.2 },
  flags: { ...DOMAIN_REF, bilateral: 0, assistant: 2, coSurgeon: 1 },
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
    { feature: 'acetabulumResected', is: 'documented' },
    { feature: 'limbRemoved', is: 'absent' },
    { feature: 'limbPreserved', is: 'documented' },
    { feature: 'innominateResected', is: 'absent' },
  ],
  decidingFacts:
    'Internal hemipelvectomy that includes the acetabulum, limb kept, not the whole innominate bone.',
  labels: [INTERNAL_HEMIPELVECTOMY_LABEL, 'periacetabular\\s+resection'],
  neighbours: ['27290', '27075', '27077', '27295'],
  revises: [],
  supportingDiagnoses: [...PELVIC_TUMOR_DX],
  modifiers: [...UNILATERAL_ONLY_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
