import type { FeatureKey } from '../codes/features.ts';
import { dedupeEvidence, type Evidence, type Fact } from '../schemas/facts.ts';
import { contextOf } from './context.ts';
import type { ProcedureEvent } from './events.ts';
import {
  type ActionKind,
  BONE_WORK,
  SIDE_WORD,
  SOFT_TISSUE_STUMP_OPERATION,
  type StructureGroup,
} from './procedure-terms.ts';
import type { Sentence } from './types.ts';

/**
 * Inference rules, as data: facts a reader infers from what the note states, when the note does
 * not state them itself. An inferred fact is marked `inferred: {rule, reason}` so that the route
 * can send it to coder review; it never overrides a fact the note states or denies.
 */
export interface InferenceRule {
  id: string;
  /**
   * The features this rule infers (each only when it is not mentioned), documented unless `status` says
   * the rule infers the act was not done.
   */
  infers: readonly { feature: FeatureKey; value?: string; status?: 'documented' | 'negated' }[];
  reason: string;
  /** Sentences (by section and wording) that the inference rests on. */
  sentence?: { sections: readonly Sentence['section'][]; pattern: RegExp; unless?: RegExp };
  /** Features that must be documented (any one of each inner list). */
  requires?: readonly (readonly FeatureKey[])[];
  /** Features that must not be documented. */
  absent?: readonly FeatureKey[];
  /** An affirmed event of this operation with one of these actions on one of these structure groups. */
  event?: { actions: readonly ActionKind[]; groups: readonly StructureGroup[] };
  /** Words that must be affirmed somewhere outside a plan (e.g. that the operation is an amputation). */
  mentions?: RegExp;
  /** Words that, affirmed anywhere outside a plan, rule the inference out (e.g. a hindquarter amputation). */
  unlessMentions?: RegExp;
  /**
   * Words that, affirmed outside a plan, state the act whose object the rule's sentence names ("the
   * specimen was delivered", with the specimen line naming the limb): the feature is then documented from
   * the two statements together, not inferred.
   */
  statedWith?: RegExp;
}

const LIMB = String.raw`(?:${SIDE_WORD}\s+)?(?:lower\s+(?:extremity|limb)|leg|(?:lower\s+)?limb|hind-?\s?quarter)`;
const PELVIS = String.raw`(?:hemi-?\s?pelvis|innominate(?:\s+bone)?|hemipelvic\s+bone|half\s+of\s+the\s+pelvis)`;
/** The specimen said to be taken out in the narrative: "the specimen delivered", "the specimen was passed off". */
const SPECIMEN_REMOVED =
  /\b(?:the\s+)?specimen\s+(?:was\s+|is\s+)?(?:then\s+|finally\s+)?(?:delivered|removed|passed\s+off|handed\s+off|taken\s+off|lifted\s+(?:out|away|off)|came\s+(?:away|free)|comes\s+(?:away|free)|freed)\b|\b(?:delivered|removed|passed\s+off|handed\s+off)\s+the\s+specimen\b/gi;
/**
 * The link from the limb to the pelvis in a specimen's words: "with", "w/", "and", "including", "en bloc with",
 * "together with", with the part's own qualifier ("with attached right hemipelvis", "with the adjoining
 * innominate bone").
 */
const WITH_PELVIS = String.raw`(?:with|w\/|and|&|\+|including|en\s+bloc\s+with|together\s+with)\s+(?:the\s+)?(?:(?:attached|adjoining|adjacent|ipsilateral|entire|whole)\s+)?(?:${SIDE_WORD}\s+)?${PELVIS}|attached\s+to\s+(?:the\s+)?(?:${SIDE_WORD}\s+)?${PELVIS}`;
/** A terse removal verb: "removed", "delivered", "off" ("hemipelvis + limb off en bloc"; not "off the table"). */
const TERSE_REMOVED = String.raw`(?:resected|removed|excised|amputated|delivered|off\b(?!\s+(?:the|a|an)\b))`;

/**
 * Limb salvage stated impossible: "limb salvage being impossible", "limb-sparing surgery was not
 * feasible", "not a candidate for limb salvage", "no possibility of limb preservation".
 */
const NO_SALVAGE = String.raw`\blimb[\s-]+(?:salvage|sparing|preservation)(?:\s+(?:surgery|resection|options?))?\s+(?:being|was|is|were|proved|seemed|appeared)\s+(?:deemed\s+|judged\s+|considered\s+)?(?:impossible|infeasible|unfeasible|precluded|ruled\s+out|not\s+(?:possible|feasible|an\s+option|achievable))\b|\b(?:no\s+possibility\s+of|not\s+(?:amenable|suitable)\s+(?:to|for)|unsuitable\s+for|not\s+a\s+candidate\s+for)\s+limb[\s-]+(?:salvage|sparing|preservation)\b`;

/**
 * Words that make a femoral cut an amputation's: the amputation or the amputee named, its stump or
 * myodesis, or the paired skin flaps of an amputation ("equal anterior and posterior flaps", "a
 * fish-mouth incision", "the ventral flap"), which close over a bone end. A muscle flap that covers a
 * reconstruction is ruled out by the rule's absent features.
 */
const AMPUTATION_WORDS =
  /\b(?:amputat\w*|amputees?|AKA|trans-?femoral|myodes[ie]s|myoplast\w*|residual\s+limb|stump|fish-?\s?mouth|(?:(?:equal|long|short|unequal|sagittal|skew)\s+)?(?:anterior|posterior|ventral|dorsal|medial|lateral|sagittal)(?:\s+(?:and|or|&)\s+(?:(?:a\s+)?(?:shorter|longer|smaller)\s+)?(?:anterior|posterior|ventral|dorsal|medial|lateral))?\s+(?:(?:skin|soft[\s-]tissue|fasciocutaneous|myocutaneous|myofascial|musculocutaneous)\s+)?flaps?)\b/gi;

/**
 * Words that say a limb was taken off, for a limb-kept inference to stand down: a hindquarter or external
 * hemipelvectomy, an amputation, a disarticulation; not a joint of the pelvic ring disarticulated (the
 * symphysis, the sacroiliac joint), which is how a pelvic resection divides the ring.
 */
const PELVIC_RING = String.raw`(?:(?:pubic\s+)?symphys[ie]s(?:\s+pubis)?|sacro-?iliac(?:\s+joint)?|S\.?\s?I\.?\s+joint)`;
const PELVIC_RING_SPARED_AMPUTATION_WORDS = new RegExp(
  String.raw`\b(?:hind-?\s?quarter|external\s+hemi-?\s?pelvectomy|amputat\w*|(?<!${PELVIC_RING}\s+(?:(?:is|was|were|being|then)\s+){0,2})disarticulat\w*(?!\s+(?:(?:of|at|through|across)\s+)(?:the\s+)?(?:(?:left|right)\s+)?${PELVIC_RING}))\b`,
  'gi',
);

/**
 * An implant that replaces a bone segment (a tumour reconstruction), not a joint surface or a fixation:
 * "endoprosthesis", "megaprosthesis", "tumour prosthesis", "proximal femoral replacement".
 */
const SEGMENTAL_IMPLANT =
  /\b(?:endoprosthe\w*|megaprosthe\w*|tumou?r\s+prosthe\w*|modular\s+(?:segmental\s+|tumou?r\s+)?prosthe\w*|(?:proximal|distal)\s+femoral\s+replacement|allograft[\s-]+prosthe\w*\s+composite)\b/i;

/** A rotationplasty's name: rotationplasty, Van Nes, Borggreve, Winkelmann, a turn-up plasty. */
const ROTATIONPLASTY_NAME = String.raw`(?:rotation-?\s?plast\w*|(?:van\s+nes|borggreve|winkelmann)(?:\s+(?:rotation-?\s?plast\w*|procedure|operation))?|turn-?\s?up[\s-]+plast\w*)`;
/**
 * A rotationplasty done: the leg below the resected segment turned through 180 degrees (told as the leg, the
 * calf, the shank or the part below the knee), or the name as
 * the operation ("Procedure: rotationplasty", "underwent a Borggreve rotationplasty", "a rotationplasty
 * was performed"). Not the name among the alternatives discussed.
 */
const ROTATIONPLASTY = new RegExp(
  String.raw`\b(?:leg|limb|foot|tibia|extremity|segment|calf|shank|crus|(?:below|under)[\s-]+(?:the[\s-]+)?knee\s+(?:part|portion|structures?|segment)|knee\s+downwards?)\b[^.;]{0,80}?\b(?:rotated|turned)\s+(?:through\s+|by\s+)?180\s*(?:°|degrees?)|(?:^|\n)\s*(?:procedure|operation|surgery)s?(?:\s+performed)?\s*:\s*(?:[\w-]+\s+){0,3}?${ROTATIONPLASTY_NAME}|\b(?:underwent|had|treated\s+(?:with|by)|performed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?${ROTATIONPLASTY_NAME}|${ROTATIONPLASTY_NAME}\s+(?:was|were)\s+(?:then\s+)?(?:performed|done|carried\s+out|undertaken)`,
  'gi',
);

/**
 * A soft-tissue tumour named benign by its kind ("a 6 cm lipoma", "an intramuscular lipoma", a hibernoma, a
 * myxoma, a schwannoma, a ganglion, a haemangioma, a tenosynovial giant cell tumour) or in words ("a benign
 * mass", "a benign peripheral nerve sheath tumour").
 */
const BENIGN_TUMOUR = String.raw`(?:(?:angio|fibro|myxo|intramuscular\s+|subcutaneous\s+|subfascial\s+|deep\s+)?lipomas?|hibernomas?|(?:intramuscular\s+)?myxomas?|schwannomas?|neurofibromas?|neurilemmomas?|ganglion(?:\s+cysts?)?|ha?emangiomas?|fibromas?|leiomyomas?|(?:epidermoid|epidermal|sebaceous|inclusion)\s+cysts?|tenosynovial\s+giant\s+cell\s+tumou?rs?|giant\s+cell\s+tumou?rs?\s+of\s+(?:the\s+)?tendon\s+sheaths?|benign\s+(?:[\w-]+\s+){0,3}?(?:tumou?rs?|mass(?:es)?|lesions?|neoplasms?))`;
/** The benign tumour excised or removed in the sentence: a nominalisation or a passive. */
const BENIGN_EXCISION = new RegExp(
  String.raw`\b(?:excision|removal|resection|enucleation)\s+of\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w.-]+\s+){0,5}?${BENIGN_TUMOUR}\b|\b${BENIGN_TUMOUR}\b[^.;]{0,80}?\b(?:was|were)\s+(?:then\s+|carefully\s+|completely\s+)?(?:excised|removed|resected|enucleated|shelled|dissected|delivered)\b`,
  'i',
);
/** Words that a radical resection, or a tumour that may be malignant, leaves in the note. */
const NOT_SIMPLE_EXCISION =
  /\b(?:\w*sarcomas?|malignan\w*|carcinomas?|metasta\w*|atypical|well[\s-]differentiated|wide(?:ly)?|radical(?:ly)?|en\s+bloc|compartment\w*|cuff\s+of)\b/gi;

/**
 * A resection told without its object ("Surgical resection was performed", "the tumour was resected en
 * bloc", "we performed a wide excision"): what it took is the tumour where the note places it.
 */
const SITE_LESS_RESECTION =
  /\b(?:(?:surgical|wide|radical|en\s+bloc|complete|tumou?r)\s+)?(?:resection|excision)\s+(?:of\s+the\s+(?:tumou?r|lesion|mass)\s+)?(?:was|were)\s+(?:then\s+|subsequently\s+|successfully\s+)?(?:performed|done|carried\s+out|undertaken)\b|\bthe\s+(?:tumou?r|lesion|mass|sarcoma)\s+(?:was|were)\s+(?:then\s+|subsequently\s+|completely\s+|widely\s+)?(?:resected|excised|removed)\b|\bwe\s+(?:performed|did|carried\s+out)\s+(?:a|an)\s+(?:(?:wide|radical|en\s+bloc|surgical|complete)\s+)?(?:resection|excision)\b(?!\s+of\b)|\b(?:underwent|treated\s+(?:successfully\s+)?(?:by|with))\s+(?:[\w\s,:-]{0,40}?\b)?(?:(?:a|an)\s+)?(?:(?:surgical|complete)\s+)?(?:wide|radical|en\s+bloc|segmental)\s+(?:tumou?r\s+)?(?:resection|excision)\b(?!\s+of\b(?!\s+the\s+(?:tumou?r|lesion|mass|neoplasm)\b))|\b(?:the\s+)?(?:surgical|resection)\s+margins?\s+(?:was|were)\s+(?:(?:all|histologically|microscopically)\s+)?(?:wide|clear|free|negative|tumou?r-free)\b/i;
/** A resection sentence that is no resection of the tumour's bone: denied, planned, a biopsy or a curettage. */
const NOT_SITE_RESECTION =
  /\b(?:not|no|never|planned|will|would|could|should|biops\w*|curett\w*|intralesional)\b/i;
/** The note's tumour in the ilium: "left iliac Ewing's sarcoma", "a tumour in the left iliac bone". */
const ILIAC_TUMOUR_SITE =
  /\b(?:iliac|ilium)\s+(?:bone\s+|wing\s+)?(?:ewing\w*|chondrosarcomas?|osteosarcomas?|sarcomas?|tumou?rs?|lesions?|mass|giant\s+cell|metasta\w*)|\b(?:tumou?r|sarcoma|chondrosarcoma|osteosarcoma|ewing\w*|lesion|mass)\s+(?:[\w'-]+\s+){0,3}?(?:of|in|involving|arising\s+from|from)\s+(?:the\s+)?(?:(?:left|right)\s+)?(?:iliac\s+(?:bone|wing|blade)|ilium)\b/gi;
/** Any other bone or joint the note names, or an amputation: the tumour's site is not the ilium alone. */
const NOT_ILIAC_ONLY =
  /\b(?:acetabul\w*|periacetabular|pubi[cs]|pubis|rami|ramus|ischi\w*|sacr(?:um|al)|femur|femoral|innominate|hemi-?\s?pelvis|hip\s+joint|hind-?\s?quarter|amputat\w*|disarticulat\w*)\b/gi;
/** The note's tumour in the femur: "a tumor over the right femoral neck", "distal femoral osteosarcoma". */
const FEMORAL_TUMOUR_SITE =
  /\b(?:tumou?rs?|sarcomas?|osteosarcomas?|chondrosarcomas?|ewing\w*|lesions?|mass)\s+(?:(?!(?:was|were|is|are|removed|resected|excised|taken|periosteum|muscles?|fascia|vastus)\b)[\w'-]+\s+){0,7}?(?:of|in|over|involving|arising\s+from|from)\s+(?:the\s+)?(?:(?:left|right)(?:-sided)?\s+)?(?:(?:proximal|distal)\s+)?(?:femur|femoral\s+(?:neck|shaft|head|metaphysis|diaphysis))\b|\b(?:(?:proximal|distal)\s+)?femoral\s+(?:osteosarcoma|chondrosarcoma|ewing\w*|sarcoma|tumou?r|metastasis|giant\s+cell\s+tumou?r)\b/gi;
/**
 * A pelvic bone, a curettage, a soft-tissue tumour or an amputation named: the resection is not the femoral
 * bone's alone (a proximal tibia is the same code's, 27365).
 */
const NOT_FEMORAL_ONLY =
  /\b(?:acetabul\w*|periacetabular|pelvi[cs]|pelvis|il(?:ium|iac)|pubi[cs]|sacr(?:um|al)|innominate|amputat\w*|disarticulat\w*|curett\w*|intralesional|soft[\s-]+tissue|STS)\b/gi;
/** A sentence that tells the act as not done or only planned. */
const NOT_DONE = /\b(?:not|no|planned|will|would)\b/i;
/** An amputation completed in this operation: "completion of amputation", "the amputation was completed". */
const AMPUTATION_COMPLETED =
  /\bcompletion\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?amputation\b|\bamputation\s+(?:was|were)\s+(?:then\s+)?completed\b|\bcompleted\s+the\s+(?:\w+\s+)?amputation\b/i;
/** The injury disrupted both joints of the pelvic ring: the sacroiliac joint and the symphysis. */
const SI_AND_SYMPHYSIS_DISRUPTED =
  /\b(?:diastasis|disruption|separation|avulsion|dislocation)\s+of\s+the\s+(?:(?:left|right)\s+)?(?:sacro-?iliac\s+joint|SI\s+joint)\s+and\s+(?:the\s+)?(?:pubic\s+)?symphysis(?:\s+pubis)?\b|\b(?:diastasis|disruption|separation|avulsion|dislocation)\s+of\s+the\s+(?:pubic\s+)?symphysis(?:\s+pubis)?\s+and\s+(?:the\s+)?(?:(?:left|right)\s+)?(?:sacro-?iliac|SI)\s+joint\b/gi;

/** A benign or cystic bone lesion of the femur: "aneurysmal bone cyst … in the proximal femur". */
const BENIGN_FEMORAL_LESION =
  /\b(?:aneurysmal\s+bone\s+cysts?|ABCs?|(?:simple|unicameral|solitary)\s+bone\s+cysts?|bone\s+cysts?|enchondromas?|chondroblastomas?|fibrous\s+dysplasia|non-?ossifying\s+fibromas?|giant\s+cell\s+tumou?rs?)\b[^.;]{0,120}?\bfem(?:ur|oral)\b|\bfem(?:ur|oral)\b[^.;]{0,60}?\b(?:aneurysmal\s+bone\s+cysts?|(?:simple|unicameral|solitary)\s+bone\s+cysts?|bone\s+cysts?|enchondromas?|chondroblastomas?|fibrous\s+dysplasia)\b/gi;
/** The lesion's cavity filled: "implantation with hydroxyapatite granules", "the cavity was packed with allograft chips". */
const LESION_FILLED =
  /\b(?:fill(?:ed|ing)?|pack(?:ed|ing)|implant(?:ed|ation)|grafted|augment(?:ed|ation))\s+(?:[\w-]+\s+){0,4}?(?:with|by|using)\s+(?:[\w-]+\s+){0,3}?(?:hydroxyapatite|bone\s+(?:substitutes?|grafts?|chips|cement)|allografts?|autografts?|cement|PMMA|calcium\s+(?:sulfate|sulphate|phosphate)|granules|beta-?\s?TCP|tricalcium\s+phosphate)\b/i;
/** A lesion taken out whole or a limb taken: no curettage to infer. */
const NOT_A_FILLED_CAVITY =
  /\b(?:en\s+bloc|wide(?:ly)?\s+(?:resect\w*|excis\w*)|segmental|amputat\w*|disarticulat\w*|megaprosthe\w*|endoprosthe\w*)\b/gi;

/** The sections that narrate the operation (not the indications, the plan or the specimen field). */
const NARRATIVE_SECTIONS: readonly Sentence['section'][] = [
  'title',
  'description',
  'findings',
  'body',
  'addendum',
  'other',
];

export const inferenceRules: readonly InferenceRule[] = [
  {
    id: 'specimen-limb-with-hemipelvis',
    infers: [
      { feature: 'limbRemoved' },
      { feature: 'posteriorPelvicDivision' },
      { feature: 'anteriorPelvicDivision' },
    ],
    reason:
      'The specimen is the lower limb together with the hemipelvis: the limb was removed with the half of the pelvis, which was divided behind and in front.',
    sentence: {
      sections: ['specimen'],
      pattern: new RegExp(
        `${LIMB}[^.;]{0,40}?${WITH_PELVIS}|${PELVIS}[^.;]{0,40}?(?:with|and|including)\\s+(?:the\\s+)?${LIMB}`,
        'i',
      ),
      unless: /\b(?:no|not|none|pending)\b/i,
    },
    statedWith: SPECIMEN_REMOVED,
  },
  {
    id: 'limb-resected-with-hemipelvis',
    infers: [
      { feature: 'limbRemoved' },
      { feature: 'posteriorPelvicDivision' },
      { feature: 'anteriorPelvicDivision' },
    ],
    // Also terse: "limb + hemipelvis removed", "leg and hemipelvis removed together", "hemipelvis + limb off en bloc".
    reason:
      'The lower limb was resected together with the hemipelvis: the limb was removed with the half of the pelvis, which was divided behind and in front.',
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: new RegExp(
        `\\b(?:resection|removal|excision|ablation|amputation)\\s+of\\s+(?:the\\s+)?${LIMB}\\s*(?:,|with|and|including|together\\s+with|en\\s+bloc\\s+with)\\s+(?:the\\s+)?${PELVIS}|${LIMB}\\s+(?:was|were)\\s+(?:\\w+\\s+)?(?:resected|removed|excised|amputated)\\s+(?:en\\s+bloc\\s+)?(?:together\\s+|along\\s+)?with\\s+(?:the\\s+)?(?:${SIDE_WORD}\\s+)?${PELVIS}|${LIMB}\\s*(?:\\+|&|\\band\\b|\\bwith\\b|w/)\\s*(?:the\\s+)?(?:${SIDE_WORD}\\s+)?${PELVIS}\\s+(?:(?:was|were)\\s+)?(?:\\w+\\s+)?${TERSE_REMOVED}|${PELVIS}\\s*(?:\\+|&|\\band\\b|\\bwith\\b|w/)\\s*(?:the\\s+)?${LIMB}\\s+(?:(?:was|were)\\s+)?(?:\\w+\\s+)?${TERSE_REMOVED}`,
        'i',
      ),
      unless: /\b(?:no|not|without|internal|preserv\w*|spar\w*|salvag\w*|kept)\b/i,
    },
    absent: ['limbPreserved', 'hipDisarticulation'],
  },
  {
    id: 'specimen-named-limb-with-hemipelvis',
    infers: [
      { feature: 'limbRemoved' },
      { feature: 'posteriorPelvicDivision' },
      { feature: 'anteriorPelvicDivision' },
    ],
    reason:
      'The specimen, named in the text, is the lower limb together with the hemipelvis: the limb was removed with the half of the pelvis, which was divided behind and in front.',
    // The specimen said to be the limb with the hemipelvis outside a specimen field: a caption or a
    // narrative ("the resection specimen: the entire right lower limb with the hemipelvis", "the specimen
    // consisted of the whole leg with the innominate bone").
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: new RegExp(
        `\\bspecimens?\\b[^.;]{0,40}?(?::|\\b(?:was|were|is|consist(?:ed|s|ing)?\\s+of|compris(?:ed|es|ing)|contain(?:ed|s|ing)|show(?:s|ed|ing)|includ(?:ed|es|ing)))\\s*(?:the\\s+)?(?:(?:entire|whole|complete|intact)\\s+)?${LIMB}[^.;]{0,40}?${WITH_PELVIS}`,
        'i',
      ),
      unless: /\b(?:no|not|without|internal|preserv\w*|spar\w*|salvag\w*|kept|biops\w*)\b/i,
    },
    absent: ['limbPreserved', 'hipDisarticulation'],
  },
  {
    id: 'specimen-limb',
    infers: [{ feature: 'limbRemoved' }],
    reason: 'The specimen sent to pathology is the lower limb: the limb was removed.',
    sentence: {
      sections: ['specimen'],
      pattern: new RegExp(`^(?:specimens?\\s*(?::|-)?\\s*)?(?:\\d+[.)]\\s*)?(?:the\\s+)?${LIMB}\\b`, 'i'),
      unless: /\b(?:no|not|none|pending|biops\w*|skin|muscle|tissue|margin|tumou?r|mass|bone|cultures?)\b/i,
    },
    statedWith: SPECIMEN_REMOVED,
  },
  {
    id: 'specimen-bone-segment',
    infers: [{ feature: 'boneResected' }],
    reason:
      'The specimen is a segment of the femur, tibia or patella (not a limb): that bone segment was resected.',
    sentence: {
      sections: ['specimen'],
      pattern:
        /\b(?:(?:distal|proximal)\s+(?:femur|femoral|tibia|tibial)|femoral\s+(?:segment|diaphysis)|tibial\s+segment|patella)\b[^.;]{0,80}?\b(?:segment|en\s+bloc|resect\w*|\d+(?:\.\d+)?\s*cm|length|intact)\b|\b(?:segment|en\s+bloc)\b[^.;]{0,40}?\b(?:femur|tibia|patella)\b/i,
      unless: /\b(?:no|not|none|pending|extremity|limb|leg|amputat\w*|curett\w*|biops\w*)\b/i,
    },
    absent: ['limbRemoved', 'curettage'],
  },
  {
    id: 'femur-segment-replaced-for-tumour',
    infers: [{ feature: 'boneResected' }],
    reason:
      'The femur was cut and its segment replaced by a segmental implant (an endoprosthesis or megaprosthesis) for a malignant tumour, and no amputation is documented: the segment was resected.',
    requires: [['femurCut'], ['reconstructionPerformed'], ['malignancy']],
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: SEGMENTAL_IMPLANT,
    },
    absent: ['limbRemoved', 'curettage', 'priorAmputation', 'internalFixation'],
  },
  {
    id: 'pelvic-resection-reconstructed-limb-kept',
    infers: [{ feature: 'limbPreserved' }],
    reason:
      'Pelvic bone was resected and the hip or pelvis reconstructed, and no amputation is documented: the limb was kept (an internal hemipelvectomy).',
    requires: [
      ['pelvicBoneResected', 'iliumOrRamusResected', 'acetabulumResected', 'innominateResected'],
      ['reconstructionPerformed'],
    ],
    absent: ['limbRemoved', 'hipDisarticulation', 'femurCut'],
  },
  {
    id: 'enneking-type-resection-limb-kept',
    infers: [{ feature: 'limbPreserved' }],
    reason:
      'An Enneking type resection of the pelvis (type I, II or III, an internal hemipelvectomy) is described as the operation and no amputation is documented: the limb was kept.',
    requires: [['pelvicBoneResected', 'iliumOrRamusResected', 'acetabulumResected', 'innominateResected']],
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern:
        /\b(?:enneking\s+)?type\s+(?:I{1,3}|[123])\b(?:\s*(?:[/+,&-]|and|to)\s*(?:I{1,3}|[123])\b)*[^.;]{0,40}?\b(?:resection|hemi-?\s?pelvectomy)\b(?!s)|\bresection\s+\((?:enneking\s+)?type\s+(?:I{1,3}|[123])\b/i,
    },
    absent: ['limbRemoved', 'hipDisarticulation', 'kneeDisarticulation', 'femurCut'],
    // A joint of the pelvic ring disarticulated (the symphysis, the sacroiliac joint) is how the resection
    // divides the pelvis, not a limb taken off: "the symphysis is disarticulated", "disarticulated through
    // the sacroiliac joint".
    unlessMentions: PELVIC_RING_SPARED_AMPUTATION_WORDS,
  },
  {
    // A resection told without its object in a note whose tumour sits in the ilium and nowhere else:
    // "left iliac Ewing's sarcoma … Surgical resection was performed without pelvic ring reconstruction".
    id: 'site-less-resection-of-an-iliac-tumour',
    infers: [{ feature: 'pelvicBoneResected' }, { feature: 'iliumOrRamusResected' }],
    reason:
      'A resection is told without its object, and the note places its tumour in the ilium and names no other bone: the ilium was resected with the tumour.',
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: SITE_LESS_RESECTION,
      unless: NOT_SITE_RESECTION,
    },
    mentions: ILIAC_TUMOUR_SITE,
    unlessMentions: NOT_ILIAC_ONLY,
    absent: [
      'limbRemoved',
      'hipDisarticulation',
      'femurCut',
      'acetabulumResected',
      'innominateResected',
      'iliumOrRamusResected',
    ],
  },
  {
    // The same in the femur: "a tumor over the right femoral neck … the patient underwent wide tumor
    // excision plus reconstruction with a vascularised fibula".
    id: 'site-less-resection-of-a-femoral-tumour',
    infers: [{ feature: 'boneResected' }],
    reason:
      'A resection is told without its object, and the note places its tumour in the femur and names no other bone, no curettage and no amputation: the femoral bone was resected with the tumour.',
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: SITE_LESS_RESECTION,
      unless: NOT_SITE_RESECTION,
    },
    mentions: FEMORAL_TUMOUR_SITE,
    unlessMentions: NOT_FEMORAL_ONLY,
    absent: [
      'limbRemoved',
      'hipDisarticulation',
      'kneeDisarticulation',
      'curettage',
      'boneResected',
      'acetabulumResected',
      'pelvicBoneResected',
      'priorAmputation',
    ],
  },
  {
    // After the site-less resections: a bone resection they infer is read here too.
    id: 'segmental-resection-for-malignancy',
    infers: [{ feature: 'wideMargin' }],
    reason:
      'A bone segment was resected for a malignant tumour and reconstructed, not curetted: an en bloc resection (the margin intent is not stated).',
    requires: [['boneResected'], ['malignancy'], ['reconstructionPerformed']],
    absent: ['curettage', 'limbRemoved'],
  },
  {
    // A benign femoral lesion whose cavity is filled, its scraping unnamed: "ABC of the proximal femur …
    // the procedure with open biopsy followed by implantation with hydroxyapatite granules".
    id: 'benign-femoral-lesion-filled-curettage',
    infers: [{ feature: 'curettage' }],
    reason:
      'A benign or cystic lesion of the femur had its cavity filled (graft, bone substitute or cement) and nothing was resected en bloc: the lesion was curetted (an intralesional excision).',
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: LESION_FILLED,
      unless: NOT_DONE,
    },
    mentions: BENIGN_FEMORAL_LESION,
    unlessMentions: NOT_A_FILLED_CAVITY,
    absent: [
      'curettage',
      'boneResected',
      'limbRemoved',
      'femurCut',
      'hipDisarticulation',
      'kneeDisarticulation',
    ],
  },
  {
    // Today's amputation told by what it left: "During the amputation, the nerves underwent targeted
    // muscle reinnervation … cement was placed in the femoral canal and the musculature was purse-stringed
    // around the residual femur" (no earlier amputation: the residual femur is today's cut end).
    id: 'amputation-leaving-a-residual-femur',
    infers: [{ feature: 'femurCut' }, { feature: 'limbRemoved' }],
    reason:
      'An amputation was done in this operation and the femur left by it is worked on (the residual femur), with no earlier amputation: the femur was cut through the thigh and the limb removed.',
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: /\b(?:during|at\s+the\s+end\s+of|after\s+completing)\s+the\s+amputation\b/i,
      unless: /\b(?:not|no|previous|prior|earlier|old)\b/i,
    },
    mentions: /\bresidual\s+femur\b/gi,
    absent: [
      'priorAmputation',
      'femurCut',
      'limbPreserved',
      'hipDisarticulation',
      'kneeDisarticulation',
      'posteriorPelvicDivision',
    ],
  },
  {
    // The completion of a traumatic hemipelvectomy told with its injury: "an almost circumferential pelvic
    // wound with wide diastasis of the right sacroiliac joint and symphysis pubis … completion of
    // amputation": the limb came off through the pelvic ring the injury had opened behind and in front.
    id: 'amputation-completed-through-a-disrupted-pelvic-ring',
    infers: [
      { feature: 'limbRemoved' },
      { feature: 'posteriorPelvicDivision' },
      { feature: 'anteriorPelvicDivision' },
    ],
    reason:
      'The injury disrupted the sacroiliac joint and the symphysis, and the amputation was completed in this operation: the limb was removed with the half of the pelvis, divided behind and in front.',
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: AMPUTATION_COMPLETED,
      unless: NOT_DONE,
    },
    mentions: SI_AND_SYMPHYSIS_DISRUPTED,
    absent: ['limbRemoved', 'limbPreserved', 'hipDisarticulation', 'kneeDisarticulation', 'femurCut'],
  },
  {
    // A part of the innominate bone taken with a tumour, in a text that takes nothing of the limb: "the
    // tumour was excised with osteotomies at the symphysis and on both pubic rami" (a case report's whole
    // operation). Not with the pelvis divided behind (a hindquarter's posterior cut) or an amputation named.
    id: 'pelvic-part-resected-limb-kept',
    infers: [{ feature: 'limbPreserved' }],
    reason:
      'A part of the innominate bone (the acetabulum, both rami, one ramus or the ilium) was resected and nothing of the limb was removed, disarticulated or cut, nor the pelvis divided behind: the limb was kept (an internal resection).',
    requires: [['iliumOrRamusResected', 'acetabulumResected']],
    absent: [
      'limbRemoved',
      'hipDisarticulation',
      'kneeDisarticulation',
      'femurCut',
      'posteriorPelvicDivision',
      'innominateResected',
    ],
    unlessMentions: PELVIC_RING_SPARED_AMPUTATION_WORDS,
  },
  {
    // The two cuts that bound the ilium (Enneking type I): above the acetabulum in front, through the
    // sacroiliac joint or the sacral ala behind, the acetabulum not taken and the pubis not divided. A
    // supra-acetabular cut with the pubis divided is a periacetabular (type II) resection's, not this.
    id: 'ilium-between-supra-acetabular-and-sacroiliac-cuts',
    infers: [{ feature: 'iliumOrRamusResected' }],
    reason:
      'The ilium was cut above the acetabulum and the pelvis divided behind (through the sacroiliac joint or the sacral ala), the limb kept and neither the acetabulum nor the pubis taken: the ilium between the cuts was resected (Enneking type I).',
    requires: [['pelvicBoneResected'], ['posteriorPelvicDivision'], ['limbPreserved']],
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern:
        /\b(?:il[ie]um|iliac\s+(?:wing|bone|blade))\s+(?:(?:was|is|were|being)\s+)?(?:then\s+)?(?:osteotomi[sz]ed|cut|divided|sawn|transected)\s+(?:(?:just|immediately|transversely|horizontally)\s+)?(?:above|proximal\s+to|cranial\s+to|superior\s+to)\s+(?:the\s+)?(?:acetabul(?:um|ar\s+(?:roof|dome))|hip\s+joint)\b/i,
    },
    absent: [
      'acetabulumResected',
      'innominateResected',
      'anteriorPelvicDivision',
      'limbRemoved',
      'hipDisarticulation',
    ],
    unlessMentions: PELVIC_RING_SPARED_AMPUTATION_WORDS,
  },
  {
    id: 'unsalvageable-limb-hemipelvectomy',
    infers: [
      { feature: 'limbRemoved' },
      { feature: 'posteriorPelvicDivision' },
      { feature: 'anteriorPelvicDivision' },
    ],
    reason:
      'The limb is stated to be unsalvageable (non-viable, beyond salvage) and a hemipelvectomy or hindquarter amputation was done: the limb was removed with the half of the pelvis, divided behind and in front.',
    sentence: {
      sections: ['title', 'indications', 'description', 'findings', 'body', 'addendum', 'other'],
      pattern: new RegExp(
        `${LIMB}[^.;]{0,40}?\\b(?:un-?salvageable|non-?salvageable|not\\s+salvageable|beyond\\s+(?:salvage|repair)|non-?viable|not\\s+viable|(?:could|can)\\s*not\\s+be\\s+(?:salvaged|saved|reconstructed)|unreconstruct[ai]ble)\\b|\\b(?:un-?salvageable|non-?salvageable|non-?viable|mangled)\\s+${LIMB}\\b|${NO_SALVAGE}`,
        'i',
      ),
    },
    absent: ['limbPreserved', 'hipDisarticulation', 'kneeDisarticulation'],
    // A hemipelvectomy that keeps the limb is internal (or modified); one not done is no removal. A text
    // that also names a hip disarticulation affirmed (the operation of a review or a series that recalls
    // the hemipelvectomy as its history) does not say which took the limb.
    mentions:
      /\b(?:hind-?\s?quarter\s+amputation|external\s+hemi-?\s?pelvectomy|(?<!internal\s+)(?<!modified\s+)hemi-?\s?pelvectomy)\b/gi,
    unlessMentions:
      /\b(?:(?:internal|modified)\s+hemi-?\s?pelvectomy|hip\s+disarticulations?|disarticulations?\s+(?:at|of|through)\s+the\s+hip)\b/gi,
  },
  {
    id: 'joint-disarticulated-bone-replaced-limb-kept',
    infers: [{ feature: 'limbPreserved' }],
    reason:
      'A joint was disarticulated and the bone replaced by a reconstruction (a total femoral replacement), and no limb removal is documented: the limb was kept.',
    requires: [['hipDisarticulation', 'kneeDisarticulation'], ['reconstructionPerformed']],
    absent: ['limbRemoved'],
  },
  {
    id: 'femur-cut-in-amputation',
    infers: [{ feature: 'limbRemoved' }],
    reason:
      'The femur was cut through in an amputation (the note names an amputation, an amputee, a stump, a myodesis or the skin flaps that close over the bone end): the limb below the cut was removed.',
    requires: [['femurCut']],
    // A femur cut and fixed (an osteotomy under a plate) keeps the limb, whatever flap covers it.
    absent: [
      'limbPreserved',
      'reconstructionPerformed',
      'curettage',
      'softTissueTumorResection',
      'internalFixation',
    ],
    mentions: AMPUTATION_WORDS,
  },
  {
    // A radical resection (27329, 27364) is a wide en bloc resection (DOMAIN.md): a tumour named benign by
    // its kind (a lipoma, a schwannoma, a ganglion) and excised with no wide, radical or en bloc margin
    // stated, and nothing malignant named, was excised simply, at its own edge. The margin is read as not
    // wide, inferred (so the note goes to coder review), never over a stated margin.
    id: 'benign-tumour-simple-excision',
    infers: [{ feature: 'wideMargin', status: 'negated' }],
    reason:
      'The tumour excised is named benign (a lipoma, a schwannoma, a cyst …) and no wide, radical or en bloc margin is stated: a simple (marginal) excision, not a radical resection.',
    requires: [['softTissueTumorResection']],
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: BENIGN_EXCISION,
    },
    absent: ['wideMargin', 'malignancy', 'boneResected', 'limbRemoved'],
    unlessMentions: NOT_SIMPLE_EXCISION,
  },
  {
    id: 'soft-tissue-stump-revision',
    infers: [{ feature: 'femurCut', status: 'negated' }],
    reason:
      'The operation on an existing thigh stump is stated as a scar or neuroma excision (or a stump revision), with no debridement, and no work on bone is named anywhere: the femur was not re-cut.',
    requires: [['priorAmputation']],
    sentence: {
      sections: NARRATIVE_SECTIONS,
      pattern: SOFT_TISSUE_STUMP_OPERATION,
    },
    // A debridement may take bone (features.debridementPerformed): a stump revised with a debridement and
    // no stated femur level leaves 27594 and 27596 standing.
    absent: [
      'debridementPerformed',
      'femurCut',
      'limbRemoved',
      'boneResected',
      'curettage',
      'hipDisarticulation',
      'kneeDisarticulation',
      'softTissueTumorResection',
    ],
    unlessMentions: BONE_WORK,
  },
  {
    // No code of the family describes a rotationplasty (DOMAIN.md): neither a resection that keeps the
    // limb as it was (27365) nor an amputation. Its two halves are both read, so no code is elected from
    // one of them and the note goes to coder review (level.undetermined).
    id: 'rotationplasty',
    infers: [{ feature: 'limbRemoved' }, { feature: 'limbPreserved' }],
    reason:
      'A rotationplasty detaches the leg below the resected segment and reattaches it turned through 180 degrees: a limb segment is removed and the limb is kept; no code in the knowledge describes it.',
    mentions: ROTATIONPLASTY,
  },
  {
    // A joint's capsule or ligaments released and the limb removed: a disarticulation told with "released"
    // or "taken down" ("posterior capsule released … leg removed"). A release alone may be a contracture's.
    id: 'knee-released-limb-removed',
    infers: [{ feature: 'kneeDisarticulation' }],
    reason:
      'The knee joint capsule or ligaments were released and the limb was removed, with no bone cut and no reconstruction: the limb was separated through the knee joint.',
    event: { actions: ['release'], groups: ['knee-joint'] },
    requires: [['limbRemoved']],
    absent: ['femurCut', 'boneResected', 'reconstructionPerformed', 'limbPreserved', 'hipDisarticulation'],
  },
  {
    id: 'hip-released-limb-removed',
    infers: [{ feature: 'hipDisarticulation' }],
    reason:
      'The hip joint capsule was released and the limb was removed, with no bone cut, no pelvic division and no reconstruction: the limb was separated at the hip joint.',
    event: { actions: ['release'], groups: ['hip-joint', 'femoral-head'] },
    requires: [['limbRemoved']],
    absent: [
      'femurCut',
      'boneResected',
      'reconstructionPerformed',
      'posteriorPelvicDivision',
      'anteriorPelvicDivision',
      'pelvicBoneResected',
      'limbPreserved',
      'kneeDisarticulation',
    ],
  },
  {
    id: 'hip-capsule-divided',
    infers: [{ feature: 'hipDisarticulation' }],
    reason:
      'The hip joint capsule was divided with no bone cut, no pelvic division and no reconstruction: the limb was separated at the hip joint.',
    event: {
      actions: ['divide', 'disarticulate', 'resect', 'incise'],
      groups: ['hip-joint', 'femoral-head'],
    },
    absent: [
      'femurCut',
      'boneResected',
      'reconstructionPerformed',
      'posteriorPelvicDivision',
      'anteriorPelvicDivision',
      'pelvicBoneResected',
      'limbPreserved',
      'curettage',
      'softTissueTumorResection',
    ],
  },
  {
    id: 'knee-capsule-divided',
    infers: [{ feature: 'kneeDisarticulation' }],
    reason:
      'The knee joint capsule was divided with no bone cut and no reconstruction: the limb was separated through the knee joint.',
    event: { actions: ['divide', 'disarticulate', 'resect', 'incise'], groups: ['knee-joint'] },
    absent: [
      'femurCut',
      'boneResected',
      'reconstructionPerformed',
      'limbPreserved',
      'curettage',
      'softTissueTumorResection',
      'hipDisarticulation',
    ],
  },
];

const documented = (f: Fact | undefined): boolean => f?.status === 'documented';

/** Whether `re` matches anywhere in the text (a global pattern is reset before and after). */
function wordsIn(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/** The first sentence (outside a plan) where `re` matches and the match is affirmed. */
function affirmedMention(text: string, sentences: readonly Sentence[], re: RegExp): Evidence | undefined {
  for (const s of sentences) {
    if (s.section === 'plan' || s.section === 'keywords') continue;
    const slice = text.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (!contextOf(text, s, span, { noteLevel: false }))
        return { quote: slice, start: s.start, end: s.end, match: 'rule' };
    }
  }
  return undefined;
}

/**
 * Applies the inference rules to the features: each inferred feature is set only when the note does
 * not mention it, with `inferred` naming the rule and its reason and the evidence it rests on.
 */
export function inferFeatures(
  text: string,
  sentences: readonly Sentence[],
  features: Record<FeatureKey, Fact>,
  events: readonly ProcedureEvent[] = [],
): void {
  for (const rule of inferenceRules) {
    if (rule.absent?.some((k) => documented(features[k]))) continue;
    if (rule.requires?.some((any) => !any.some((k) => documented(features[k])))) continue;
    const evidence: Evidence[] = [];
    if (rule.event) {
      const { actions, groups } = rule.event;
      const hit = events.find(
        (e) =>
          e.time === 'index' &&
          !e.context &&
          // A specimen line names what was taken, not how: it never shows a joint or capsule divided.
          e.voice !== 'section' &&
          actions.includes(e.action) &&
          e.structures.some((s) => groups.includes(s.group)),
      );
      if (!hit) continue;
      evidence.push({
        quote: text.slice(hit.sentence.start, hit.sentence.end),
        start: hit.sentence.start,
        end: hit.sentence.end,
        match: 'rule',
      });
    }
    // The words a rule needs, looked for once in the whole text before sentence by sentence.
    if (rule.mentions && !wordsIn(text, rule.mentions)) continue;
    if (
      rule.unlessMentions &&
      wordsIn(text, rule.unlessMentions) &&
      affirmedMention(text, sentences, rule.unlessMentions)
    )
      continue;
    if (rule.mentions) {
      const hit = affirmedMention(text, sentences, rule.mentions);
      if (!hit) continue;
      evidence.push(hit);
    }
    if (rule.sentence) {
      const { sections, pattern, unless } = rule.sentence;
      const hit = sentences.find((s) => {
        if (!sections.includes(s.section)) return false;
        const line = text.slice(s.start, s.end);
        return pattern.test(line) && !unless?.test(line);
      });
      if (!hit) continue;
      evidence.push({ quote: text.slice(hit.start, hit.end), start: hit.start, end: hit.end, match: 'rule' });
    }
    if (rule.requires) {
      for (const any of rule.requires) {
        const k = any.find((f) => documented(features[f]));
        if (k) evidence.push(...features[k].evidence.slice(0, 1));
      }
    }
    const stated =
      rule.statedWith && wordsIn(text, rule.statedWith)
        ? affirmedMention(text, sentences, rule.statedWith)
        : undefined;
    if (stated) evidence.push(stated);
    for (const { feature, value, status } of rule.infers) {
      if (features[feature].status !== 'not_mentioned') continue;
      features[feature] = {
        status: status ?? 'documented',
        ...(value === undefined ? {} : { value }),
        evidence: dedupeEvidence(evidence).slice(0, 3),
        ...(stated ? {} : { inferred: { rule: rule.id, reason: rule.reason } }),
      };
    }
  }
}
