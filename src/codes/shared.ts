import { CLINICAL_REASONING } from './sources.ts';
import type { DenialRisk, DiagnosisSupport, LevelCue, Modifier } from './types.ts';

/** Denial risks shared by codes, from DOMAIN.md's modifier and site-of-service rules; each applies only when the claim shows it. */
export const NO_LATERALITY_RISK: DenialRisk = {
  text: 'No laterality modifier: payers expect LT or RT on single-limb claims, agreeing with the note and the diagnosis.',
  when: { kind: 'claimLacksModifier', modifiers: ['LT', 'RT'] },
};
export const INPATIENT_ONLY_POS_RISK: DenialRisk = {
  text: 'Place of service does not match: billed outside an inpatient stay (place of service other than 21) although Medicare lists the code as inpatient-only.',
  when: {
    kind: 'allOf',
    conditions: [{ kind: 'inpatientOnly' }, { kind: 'placeOfServiceNot', placesOfService: ['21'] }],
  },
};
export const OFFICE_POS_RISK: DenialRisk = {
  text: 'Billed at place of service 11 (office) although the code has no office (non-facility) value.',
  when: { kind: 'placeOfServiceIs', placesOfService: ['11'] },
};
export const UNPAID_ASSISTANT_RISK: DenialRisk = {
  text: 'Assistant-at-surgery modifier (80, 82 or AS) billed although the fee schedule pays no assistant for this code (assistant indicator 1).',
  when: { kind: 'claimHasModifier', modifiers: ['80', '82', 'AS'] },
};
export const POST_OP_GLOBAL_RISK: DenialRisk = {
  text: 'Services in the 90-day global period billed without the modifier that separates them: 24 unrelated visit, 78 unplanned return to the OR, 79 unrelated procedure.',
  when: { kind: 'always' },
};

/** Osteomyelitis of the pelvic region and thigh: M86 with site character 5 (M86.x5x), and M86.9. */
export const OSTEOMYELITIS_THIGH_DX: readonly DiagnosisSupport[] = ['0', '1', '2', '3', '4', '5', '6', '8']
  .map((k) => ({
    prefix: `M86.${k}5`,
    description: 'Osteomyelitis of the pelvic region and thigh (6th character 1 right, 2 left)',
  }))
  .concat([{ prefix: 'M86.9', description: 'Osteomyelitis, unspecified' }]);

/**
 * A traumatic amputation of the thigh (S78.1-, between hip and knee; 7th character A while it is being
 * treated): the injury a staged formalisation, delayed closure or revision of a traumatic above-knee
 * amputation treats, before the stump has a complication code of its own.
 */
export const TRAUMATIC_THIGH_AMPUTATION_DX: readonly DiagnosisSupport[] = [
  {
    prefix: 'S78.1',
    description: 'Traumatic amputation at a level between hip and knee (staged completion of the injury)',
    source: CLINICAL_REASONING,
  },
];

/** Data shared by several neighbour codes, named once so the families stay identical. */

/** Pelvic bone tumors treated by internal hemipelvectomy. */
export const PELVIC_TUMOR_DX: readonly DiagnosisSupport[] = [
  { prefix: 'C41.4', description: 'Malignant neoplasm of pelvic bones, sacrum, coccyx' },
  { prefix: 'C79.51', description: 'Secondary malignant neoplasm of bone' },
  { prefix: 'D48.0', description: 'Neoplasm of uncertain behaviour of bone (e.g. giant cell tumor)' },
  { prefix: 'D16.8', description: 'Benign neoplasm of pelvic bones, sacrum, coccyx' },
];

/** Soft-tissue tumors of the thigh and knee. */
export const SOFT_TISSUE_TUMOR_DX: readonly DiagnosisSupport[] = [
  {
    prefix: 'C49.2',
    description: 'Malignant neoplasm of soft tissue of lower limb, including hip (C49.21 right, C49.22 left)',
  },
  { prefix: 'D21.2', description: 'Benign neoplasm of connective and other soft tissue of lower limb' },
  { prefix: 'D17.2', description: 'Benign lipomatous neoplasm of skin and subcutaneous tissue of limb' },
  { prefix: 'C79.89', description: 'Secondary malignant neoplasm of other specified sites' },
];

/** Benign bone lesions of the femur treated by curettage. */
export const BENIGN_BONE_LESION_DX: readonly DiagnosisSupport[] = [
  {
    prefix: 'D16.2',
    description: 'Benign neoplasm of long bones of lower limb (D16.21 right, D16.22 left)',
  },
  { prefix: 'M85.4', description: 'Solitary bone cyst' },
  { prefix: 'M85.5', description: 'Aneurysmal bone cyst' },
  { prefix: 'M85.6', description: 'Other cyst of bone' },
  { prefix: 'D48.0', description: 'Neoplasm of uncertain behaviour of bone (e.g. giant cell tumor)' },
];

/**
 * Usual reasons for an amputation at any lower-limb level, first or repeat (27290, 27295, 27590-27598),
 * that the code lists we hold leave out. Clinical reasoning (unverified provenance on each entry): two
 * independent coders expected them to support a thigh re-amputation. A diagnosis of no such kind (a
 * bone cyst, a benign tumour) still supports none of these codes.
 */
export const AMPUTATION_REASON_DX: readonly DiagnosisSupport[] = [
  { prefix: 'M72.6', description: 'Necrotizing fasciitis' },
  { prefix: 'A48.0', description: 'Gas gangrene' },
  { prefix: 'I96', description: 'Gangrene, not elsewhere classified' },
  {
    prefix: 'I70.26',
    description:
      'Atherosclerosis of native arteries of the extremities with gangrene (I70.261 right leg, I70.262 left leg)',
  },
  {
    prefix: 'I70.23',
    description: 'Atherosclerosis of native arteries of the right leg with ulceration',
  },
  {
    prefix: 'I70.24',
    description: 'Atherosclerosis of native arteries of the left leg with ulceration',
  },
  {
    prefix: 'I70.25',
    description: 'Atherosclerosis of native arteries of other extremities with ulceration',
  },
  { prefix: 'E10.52', description: 'Type 1 diabetes with diabetic peripheral angiopathy with gangrene' },
  { prefix: 'E11.52', description: 'Type 2 diabetes with diabetic peripheral angiopathy with gangrene' },
].map((d) => ({ ...d, source: CLINICAL_REASONING }));

/**
 * A code's own supporting diagnoses plus the usual amputation reasons its list does not already cover
 * (an entry whose prefix starts with one of the list's is covered: I70.26 by I70.2).
 */
export function withAmputationReasons(own: readonly DiagnosisSupport[]): DiagnosisSupport[] {
  return [
    ...own,
    ...AMPUTATION_REASON_DX.filter((d) => !own.some((o) => !o.secondary && d.prefix.startsWith(o.prefix))),
  ];
}

/** Primary thigh amputation: ischemia, infection, trauma, tumor. */
export const PRIMARY_THIGH_AMPUTATION_DX: readonly DiagnosisSupport[] = withAmputationReasons([
  {
    prefix: 'I70.2',
    description: 'Atherosclerosis of native arteries of the extremities (ischemia, ulceration, gangrene)',
  },
  { prefix: 'I96', description: 'Gangrene, not elsewhere classified' },
  { prefix: 'E11.5', description: 'Type 2 diabetes with circulatory complications' },
  { prefix: 'E10.5', description: 'Type 1 diabetes with circulatory complications' },
  { prefix: 'M86', description: 'Osteomyelitis of the femur / thigh' },
  { prefix: 'S7', description: 'Injuries of the hip and thigh (crush, traumatic amputation)' },
  { prefix: 'C40.2', description: 'Malignant neoplasm of long bones of lower limb' },
  { prefix: 'T87', description: 'Complications peculiar to reattachment and amputation' },
]);

/** Modifiers for a neighbour whose bilateral indicator is 0. */
export const UNILATERAL_ONLY_MODIFIERS: readonly Modifier[] = [
  { code: 'LT', use: 'Left side; expected on single-limb claims.' },
  { code: 'RT', use: 'Right side; expected on single-limb claims.' },
  { code: '50', use: 'Not applicable: bilateral indicator 0 (modifier 50 not payable).' },
];

/** Modifiers for a neighbour whose bilateral indicator is 1. */
export const SINGLE_LIMB_MODIFIERS: readonly Modifier[] = [
  { code: 'LT', use: 'Left side; expected on single-limb claims.' },
  { code: 'RT', use: 'Right side; expected on single-limb claims.' },
  {
    code: '50',
    use: 'Only when both sides were operated in the same session, which the note must show (bilateral indicator 1).',
  },
];

/**
 * Exclusions of the soft-tissue tumour resections of the thigh or knee (27329, 27364): no pelvic bone
 * taken, whichever part the note names. A pelvic tumour's soft-tissue component removed with the
 * innominate bone (a "muscle cuff") is a pelvic bone resection (DOMAIN.md: soft tissue only, no bone).
 */
export const NO_PELVIC_BONE_TAKEN: readonly LevelCue[] = [
  { feature: 'pelvicBoneResected', is: 'absent' },
  { feature: 'iliumOrRamusResected', is: 'absent' },
  { feature: 'acetabulumResected', is: 'absent' },
  { feature: 'innominateResected', is: 'absent' },
];

/**
 * The qualifiers that make "hemipelvectomy" a limb-sparing pelvic resection (DOMAIN.md: internal
 * hemipelvectomy, 27075-27077): "internal", and "anterior" or "pubic" (Enneking type III, the pubis
 * resected, the limb kept). An "anterior flap hemipelvectomy" names its flap, not its kind: 27290.
 */
const INTERNAL_HEMIPELVECTOMY_QUALIFIER = '(?:internal|anterior|pubic)';

/** The name of the internal hemipelvectomy family: a label of each of 27075, 27076 and 27077. */
export const INTERNAL_HEMIPELVECTOMY_LABEL = `\\b${INTERNAL_HEMIPELVECTOMY_QUALIFIER}\\s+ha?emi[\\s-]?pelvectom(?:y|ies)`;

/** "hemipelvectomy" unqualified, or qualified as the amputation: a label of 27290. */
export const HEMIPELVECTOMY_LABEL = `(?<!(?:${INTERNAL_HEMIPELVECTOMY_QUALIFIER}|modified)\\s+)\\bha?emi[\\s-]?pelvectom(?:y|ies)`;
