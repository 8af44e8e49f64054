import { INTERNAL_HEMIPELVECTOMY_LABEL, PELVIC_TUMOR_DX, UNILATERAL_ONLY_MODIFIERS } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27077 = defineCode({
  code: '27077',
  descriptor:
    'Radical resection of a pelvic bone tumor with the limb kept, taking the whole innominate bone.',
  region: 'hip/pelvis',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 44.08 },
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
    { feature: 'innominateResected', is: 'documented' },
    { feature: 'limbRemoved', is: 'absent' },
    { feature: 'limbPreserved', is: 'documented' },
  ],
  decidingFacts: 'Total innominate resection with the limb kept.',
  labels: [INTERNAL_HEMIPELVECTOMY_LABEL, 'total\\s+innominate\\s+resection'],
  neighbours: ['27290', '27075', '27076', '27295'],
  revises: [],
  supportingDiagnoses: [...PELVIC_TUMOR_DX],
  modifiers: [...UNILATERAL_ONLY_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
