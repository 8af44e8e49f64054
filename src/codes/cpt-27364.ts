import { NO_PELVIC_BONE_TAKEN, SINGLE_LIMB_MODIFIERS, SOFT_TISSUE_TUMOR_DX } from './shared.ts';
import { DOMAIN_REF, PFS_2026_WORK_ONLY } from './sources.ts';
import { defineCode } from './types.ts';

export const cpt27364 = defineCode({
  code: '27364',
  descriptor:
    'Radical (wide en bloc) resection of a soft-tissue tumor of the thigh or knee area measuring 5 cm or more, no bone taken.',
  region: 'thigh/knee',
  documented: false,
  globalDays: 90,
  globalSource: DOMAIN_REF,
  rvu: { ...PFS_2026_WORK_ONLY, work: 23.88 },
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
    { feature: 'softTissueTumorResection', is: 'documented' },
    // A radical resection (DOMAIN.md: wide en bloc): a tumour stated shelled out, enucleated or excised
    // marginally along its capsule was not resected radically.
    { feature: 'wideMargin', is: 'notNegated' },
    { feature: 'boneResected', is: 'absent' },
    { feature: 'limbRemoved', is: 'absent' },
    ...NO_PELVIC_BONE_TAKEN,
    { feature: 'tumorSizeCm', is: 'atLeast', value: 5 },
  ],
  decidingFacts: 'As 27329, with a tumor of 5 cm or more.',
  labels: ['radical\\s+resection\\s+of\\s+(?:a\\s+)?soft[\\s-]tissue'],
  neighbours: ['27329', '27365'],
  revises: [],
  supportingDiagnoses: [...SOFT_TISSUE_TUMOR_DX],
  modifiers: [...SINGLE_LIMB_MODIFIERS],
  denialReasons: [],
  sources: [PFS_2026_WORK_ONLY, DOMAIN_REF],
});
