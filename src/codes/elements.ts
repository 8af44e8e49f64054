import { z } from 'zod';

/**
 * Documentation elements: the things a note must say for a code. A code definition lists the
 * elements it needs (and when); this file says what each element means and what its normalized
 * value looks like. Prompts, JSON Schemas and the rules extractor all read from here.
 */
export const lateralityValue = z.enum(['left', 'right']);
export const marginIntentValue = z.enum(['radical', 'wide', 'marginal', 'intralesional']);
export const reconstructionTechniqueValue = z.enum(['myodesis', 'myoplasty', 'other']);
export const imagingModalityValue = z.enum([
  'MRI',
  'CT',
  'PET',
  'PET-CT',
  'bone scan',
  'radiograph',
  'angiography',
]);
export const indicationValue = z.enum([
  'infection',
  'nonviable-stump',
  'prosthetic-fit',
  'pain',
  'tumor',
  'other',
]);
export const anatomicLocationValue = z.enum([
  'proximal-femur',
  'femoral-diaphysis',
  'distal-femur',
  'knee',
  'proximal-tibia',
  'patella',
]);
export const diagnosisSourceValue = z.enum(['pathology', 'microbiology', 'imaging', 'clinical']);

export interface ElementDefinition {
  /** Output-contract key, e.g. `laterality`. */
  key: string;
  /** Short human label. */
  label: string;
  /** What counts as documentation of this element (used in prompts and queries). */
  definition: string;
  /** Schema of the normalized value, when the element has one. */
  value?: z.ZodType;
  /** What a physician query asks for when this element is missing. */
  queryQuestion: string;
}

const element = (def: ElementDefinition): ElementDefinition => def;

export const elements = {
  laterality: element({
    key: 'laterality',
    label: 'Operative side',
    definition: 'The side (left or right) of the limb or hemipelvis operated on, stated explicitly.',
    value: lateralityValue,
    queryQuestion: 'Which side (left or right) was operated on?',
  }),
  amputationLevel: element({
    key: 'amputationLevel',
    label: 'Level of disarticulation',
    definition:
      'Where the pelvis was divided: posteriorly through the sacroiliac joint (or ilium / sacral ala) and anteriorly through the pubic symphysis (or pubic rami), with the hemipelvis removed with the limb.',
    value: z.string(),
    queryQuestion:
      'At what level was the amputation performed, and through which structures was the pelvis divided posteriorly and anteriorly?',
  }),
  preopImaging: element({
    key: 'preopImaging',
    label: 'Preoperative imaging',
    definition:
      'Preoperative imaging (MRI, CT, PET, bone scan) reviewed or obtained to establish extent and plan the resection.',
    value: z.array(imagingModalityValue),
    queryQuestion:
      'What preoperative imaging, if any, was used to establish the extent of disease and plan the procedure?',
  }),
  diagnosisConfirmation: element({
    key: 'diagnosisConfirmation',
    label: 'Diagnosis confirmation',
    definition: 'A pathology or microbiology result confirming the diagnosis that drove the operation.',
    value: diagnosisSourceValue,
    queryQuestion:
      'How was the underlying diagnosis confirmed (for example pathology or microbiology), and what did it show?',
  }),
  informedConsent: element({
    key: 'informedConsent',
    label: 'Informed consent',
    definition: 'Informed consent was obtained and documented, addressing the magnitude of the operation.',
    queryQuestion: 'Was informed consent obtained, and what did the discussion cover?',
  }),
  tumorBoard: element({
    key: 'tumorBoard',
    label: 'Tumor board / oncology review',
    definition:
      'A multidisciplinary tumor board review or oncology consultation supporting the level of resection.',
    queryQuestion:
      'Was the case reviewed by a multidisciplinary tumor board or oncology consultation before surgery?',
  }),
  surgicalTeam: element({
    key: 'surgicalTeam',
    label: 'Surgical team / co-surgeon',
    definition:
      'The surgical team, including a co-surgeon by name with the distinct part each surgeon performed. An assistant or resident is not a co-surgeon.',
    queryQuestion:
      'Who were the surgeons on this case, and if a co-surgeon participated, which distinct portions did each surgeon perform?',
  }),
  priorAmputationLevel: element({
    key: 'priorAmputationLevel',
    label: 'Prior amputation level',
    definition:
      'The level of the existing (prior) amputation, e.g. a previous transfemoral / above-knee amputation.',
    value: z.string(),
    queryQuestion: 'What was the level of the prior amputation?',
  }),
  newResectionLevel: element({
    key: 'newResectionLevel',
    label: 'New femoral resection level',
    definition:
      'The new level at which the femur was cut (osteotomized, transected, shortened) during this operation.',
    value: z.string(),
    queryQuestion: 'Was the femur cut during this operation, and if so at what level?',
  }),
  indication: element({
    key: 'indication',
    label: 'Indication for re-amputation',
    definition:
      'Why re-amputation was needed: infection, nonviable stump, prosthetic incompatibility, pain, or other.',
    value: indicationValue,
    queryQuestion: 'What was the indication for this procedure?',
  }),
  reconstructionTechnique: element({
    key: 'reconstructionTechnique',
    label: 'Stump reconstruction technique',
    // A technique shapes the stump; closing the wound ("closed in layers", "skin stapled") is how every
    // stump ends and names none (src/extract/rules/lexicon.ts reads the same).
    definition:
      'The method that shaped the stump: myodesis (muscle fixed to the bone), myoplasty (opposing muscles sutured to each other over the bone end) or a named flap. A wound closure alone ("closed in layers", "skin stapled") is not a technique.',
    value: reconstructionTechniqueValue,
    queryQuestion:
      'Which technique, if any, shaped the residual limb (myodesis, myoplasty or a named flap), beyond closure of the wound?',
  }),
  debridementDetail: element({
    key: 'debridementDetail',
    label: 'Debridement detail',
    definition:
      'When debridement was done: the tissue type (skin, subcutaneous, muscle, bone) and the surface area.',
    value: z.string(),
    queryQuestion:
      'If debridement was performed, what tissue depth was debrided and what was the surface area?',
  }),
  inpatientAdmission: element({
    key: 'inpatientAdmission',
    label: 'Inpatient admission',
    definition: 'An inpatient admission (order or status) for the operation.',
    queryQuestion: 'What was the patient status (inpatient or outpatient) for this operation?',
  }),
  anatomicLocation: element({
    key: 'anatomicLocation',
    label: 'Anatomic location',
    definition:
      'Where in the femur or knee the tumor was: proximal femur, femoral shaft, distal femur, knee, proximal tibia or patella.',
    value: anatomicLocationValue,
    queryQuestion: 'Where precisely in the femur or knee was the tumor located?',
  }),
  marginIntent: element({
    key: 'marginIntent',
    label: 'Margin intent',
    definition: 'The intended margin of the resection: radical, wide, marginal or intralesional.',
    value: marginIntentValue,
    queryQuestion:
      'What margin was intended for this resection (for example radical, wide, marginal or intralesional)?',
  }),
  pathology: element({
    key: 'pathology',
    label: 'Pathology (tumor type and margins)',
    definition: 'Pathology confirming the tumor type and the margin status.',
    value: z.string(),
    queryQuestion: 'What did pathology show for tumor type and margin status?',
  }),
  reconstructionDetail: element({
    key: 'reconstructionDetail',
    label: 'Reconstruction detail',
    definition:
      'When reconstruction was done in the same session: each component (implant, graft, fixation) described separately.',
    value: z.string(),
    queryQuestion: 'What reconstruction, if any, was performed, and what were its components?',
  }),
} as const satisfies Record<string, ElementDefinition>;

export type ElementKey = keyof typeof elements;
export const elementKeys = Object.keys(elements) as ElementKey[];
