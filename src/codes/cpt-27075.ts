import { INTERNAL_HEMIPELVECTOMY_LABEL, PELVIC_TUMOR_DX, UNILATERAL_ONLY_MODIFIERS } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27075 = defineCode({
  code: '27075',
  descriptor:
    'Radical resection of a pelvic bone tumor with the limb kept: iliac wing, a single pubic ramus or the symphysis, without the acetabulum.',
  region: 'hip/pelvis',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 31.89 },
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
    { feature: 'pelvicBoneResected', is: 'documented' },
    // Its own part named: silence about the acetabulum and the whole bone never elects it.
    { feature: 'iliumOrRamusResected', is: 'documented' },
    { feature: 'limbRemoved', is: 'absent' },
    { feature: 'limbPreserved', is: 'documented' },
    { feature: 'acetabulumResected', is: 'absent' },
    { feature: 'innominateResected', is: 'absent' },
  ],
  decidingFacts:
    'Internal hemipelvectomy (pelvic bone resected, limb kept) of the iliac wing, one ramus or the symphysis, named as such, not including the acetabulum or the whole innominate bone.',
  labels: [INTERNAL_HEMIPELVECTOMY_LABEL],
  neighbours: ['27290', '27076', '27077', '27295'],
  revises: [],
  supportingDiagnoses: [...PELVIC_TUMOR_DX],
  modifiers: [...UNILATERAL_ONLY_MODIFIERS],
  denialReasons: [],
  notes: ['Descriptor wording is unverified (DOMAIN.md); report it, do not enforce it.'],
  sources: [
    PFS_2026_WORK_ONLY,
    {
      ...DOMAIN_REF,
      unverified: true,
      note: 'Descriptor wording (iliac wing, one ramus or symphysis) is marked unverified in DOMAIN.md.',
    },
  ],
});
