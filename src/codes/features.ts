import { z } from 'zod';

/**
 * Procedure features: the anatomy and circumstances that decide between neighbouring codes
 * (what was divided or resected, whether the limb or pelvis was kept, whether bone was cut,
 * whether a prior amputation exists). Extractors fill these; the level decision reads them.
 * Nothing here names a CPT code: codes state their cues in terms of these features.
 */
export interface FeatureDefinition {
  key: string;
  label: string;
  /** What counts as this feature being documented (prompts use this text). */
  definition: string;
  value?: z.ZodType;
  /**
   * Features that answer one question share it ("which part of the innominate bone was resected"): a
   * note silent on all of them leaves the codes that need one of them standing together, with the
   * question's features missing, instead of electing the code whose own part goes unnamed.
   */
  question?: string;
  /**
   * The question is asked only once this feature is documented: which part of the innominate bone was
   * resected presupposes a pelvic resection. Without it, the codes that need one of the question's
   * features do not stand together (a kept limb alone is no pelvic resection).
   */
  presupposes?: string;
}

const feature = (def: FeatureDefinition): FeatureDefinition => def;

/** The question the pelvic-resection parts answer (27075, 27076, 27077). */
const PELVIC_PART = 'which part of the innominate bone was resected';

export const features = {
  posteriorPelvicDivision: feature({
    key: 'posteriorPelvicDivision',
    label: 'Posterior pelvic division',
    definition:
      'The pelvis was divided posteriorly in this operation: through the sacroiliac joint, the ilium or the sacral ala.',
    value: z.enum(['sacroiliac-joint', 'ilium', 'sacral-ala']),
  }),
  anteriorPelvicDivision: feature({
    key: 'anteriorPelvicDivision',
    label: 'Anterior pelvic division',
    definition:
      'The pelvis was divided anteriorly in this operation: through the pubic symphysis or the pubic rami.',
    value: z.enum(['pubic-symphysis', 'pubic-rami']),
  }),
  pelvicBoneResected: feature({
    key: 'pelvicBoneResected',
    label: 'Pelvic bone resected',
    definition:
      'Part of the pelvic bone (ilium, ischium, pubis, rami, acetabulum) was resected in this operation.',
  }),
  iliumOrRamusResected: feature({
    key: 'iliumOrRamusResected',
    label: 'Iliac wing, one ramus or the symphysis resected',
    definition:
      'The part of the pelvic bone resected is named as the ilium (iliac wing, Enneking type I), a single pubic or ischial ramus, or the pubic symphysis, in this operation.',
    question: PELVIC_PART,
    presupposes: 'pelvicBoneResected',
  }),
  acetabulumResected: feature({
    key: 'acetabulumResected',
    label: 'Acetabulum resected',
    definition: 'The acetabulum was resected (periacetabular resection) in this operation.',
    question: PELVIC_PART,
    presupposes: 'pelvicBoneResected',
  }),
  innominateResected: feature({
    key: 'innominateResected',
    label: 'Whole innominate bone resected',
    definition: 'The entire innominate (hemipelvic) bone was resected while the limb was kept.',
    question: PELVIC_PART,
    presupposes: 'pelvicBoneResected',
  }),
  hipDisarticulation: feature({
    key: 'hipDisarticulation',
    label: 'Disarticulation through the hip joint',
    definition:
      'The limb was separated at the hip joint (femoral head delivered from the acetabulum), the pelvis kept.',
  }),
  kneeDisarticulation: feature({
    key: 'kneeDisarticulation',
    label: 'Disarticulation through the knee joint',
    definition: 'The limb was separated through the knee joint without cutting the femur.',
  }),
  femurCut: feature({
    key: 'femurCut',
    label: 'Femur cut',
    definition: 'The femur was cut (transected, osteotomized, sawn, shortened) in this operation.',
    value: z.string(),
  }),
  limbRemoved: feature({
    key: 'limbRemoved',
    label: 'Limb removed',
    definition: 'The limb (or the remaining limb segment) was amputated and removed in this operation.',
  }),
  limbPreserved: feature({
    key: 'limbPreserved',
    label: 'Limb preserved',
    definition: 'The limb was kept (limb salvage, limb-sparing, internal resection).',
  }),
  priorAmputation: feature({
    key: 'priorAmputation',
    label: 'Prior amputation',
    definition:
      'The patient already had an amputation of this limb before this operation (an existing residual limb / stump).',
    value: z.string(),
  }),
  woundLeftOpen: feature({
    key: 'woundLeftOpen',
    label: 'Wound left open',
    definition: 'The amputation wound was deliberately left open (open circular / guillotine amputation).',
  }),
  immediateProsthesis: feature({
    key: 'immediateProsthesis',
    label: 'Immediate prosthetic fitting',
    definition: 'An immediate postoperative prosthesis was fitted with its first cast in the same session.',
  }),
  boneResected: feature({
    key: 'boneResected',
    label: 'Bone resected en bloc',
    definition:
      'A segment of bone of the femur, knee, proximal tibia or patella was resected en bloc with the tumor.',
  }),
  softTissueTumorResection: feature({
    key: 'softTissueTumorResection',
    label: 'Soft-tissue tumor resection',
    definition: 'A soft-tissue tumor (mass, sarcoma) of the thigh or knee was resected.',
  }),
  tumorSizeCm: feature({
    key: 'tumorSizeCm',
    label: 'Tumor size (cm)',
    definition: 'The greatest dimension of the resected tumor, in centimetres.',
    value: z.number(),
  }),
  wideMargin: feature({
    key: 'wideMargin',
    label: 'Wide or radical margin',
    definition:
      'The resection was planned or performed with wide or radical (en bloc, extracapsular) margins.',
  }),
  curettage: feature({
    key: 'curettage',
    label: 'Intralesional curettage or excision',
    definition: 'The lesion was curetted or excised intralesionally (not en bloc).',
  }),
  graft: feature({
    key: 'graft',
    label: 'Bone graft',
    definition: 'A bone graft was placed: allograft or autograft (bone cement is not a graft).',
    value: z.enum(['allograft', 'autograft']),
  }),
  internalFixation: feature({
    key: 'internalFixation',
    label: 'Internal fixation',
    definition: 'Internal fixation hardware (plate, screws, nail) was placed.',
  }),
  debridementPerformed: feature({
    key: 'debridementPerformed',
    label: 'Debridement performed',
    definition:
      'Excisional debridement of tissue (skin, subcutaneous tissue, muscle, fascia or bone) was done.',
  }),
  reconstructionPerformed: feature({
    key: 'reconstructionPerformed',
    label: 'Reconstruction performed',
    definition:
      'A reconstruction (endoprosthesis, allograft-prosthetic composite, arthrodesis, rotationplasty, graft) was done in the same session.',
  }),
  coSurgeon: feature({
    key: 'coSurgeon',
    label: 'Co-surgeon',
    definition:
      'Two attending surgeons acted as co-surgeons, each performing a distinct part. Assistants and residents do not count.',
  }),
  unusualWork: feature({
    key: 'unusualWork',
    label: 'Unusual work',
    definition:
      'The note documents substantially greater time, effort or complexity than usual, with the reason.',
  }),
  bothSides: feature({
    key: 'bothSides',
    label: 'Both sides operated',
    definition: 'The procedure was performed on both the left and the right limb in this session.',
  }),
  malignancy: feature({
    key: 'malignancy',
    label: 'Malignancy',
    definition: 'The diagnosis driving the operation is a malignant tumor (sarcoma, carcinoma, metastasis).',
  }),
} as const satisfies Record<string, FeatureDefinition>;

export type FeatureKey = keyof typeof features;
export const featureKeys = Object.keys(features) as FeatureKey[];
