/**
 * Term lists for procedure events: the structures an operation acts on and the actions done to them.
 * Each term is a list of regex sources matched on whole words, case-insensitively. Data only: the
 * event reader (src/nlp/events.ts) links actions to structures by syntax.
 */

import type { SectionKind } from './types.ts';

const SP = '[\\s-]*';
/**
 * A side word as written before a structure: in full, or abbreviated as a terse note writes it ("R thigh",
 * "lt femur", "L lower extremity"). Matched case-insensitively, as every term is.
 */
export const SIDE_WORD = '(?:left|right|lt|rt|l|r)';

/** Which part of the body a structure is; features are derived from these groups. */
export type StructureGroup =
  | 'pelvis-posterior'
  | 'pelvis-anterior'
  | 'pelvis'
  | 'acetabulum'
  | 'femur'
  | 'femoral-head'
  | 'hip-joint'
  | 'knee-joint'
  | 'leg-bone'
  | 'limb'
  | 'bone'
  | 'capsule'
  | 'bone-surface'
  | 'periosteum'
  | 'soft-tissue'
  | 'lesion';

export interface StructureTerm {
  /** Normalized structure name, used as the feature value where one is given. */
  id: string;
  group: StructureGroup;
  patterns: readonly string[];
}

export const structureTerms: readonly StructureTerm[] = [
  {
    id: 'sacroiliac-joint',
    group: 'pelvis-posterior',
    patterns: [
      `(?:sacro|sacral)${SP}iliac(?:${SP}(?:joint|articulation|ligaments?))?`,
      // The same joint named from the ilium: "the iliosacral joint", "the ilio-sacral articulation".
      `ilio${SP}sacral(?:${SP}(?:joint|articulation|ligaments?))?`,
      `S\\.?\\s?I\\.?${SP}(?:joint|articulation)`,
      // Charted abbreviations: "SIJ", "SI jt", "sacroiliac jt".
      `\\bSIJ\\b`,
      `S\\.?\\s?I\\.?${SP}jt\\b\\.?`,
    ],
  },
  {
    id: 'sacral-ala',
    group: 'pelvis-posterior',
    // The sacrum divided is the posterior division through the sacrum ("the ilium or the sacrum is next cut",
    // "the lateral sacrum was osteotomised"), as the ala is.
    patterns: [`(?:sacral|sacrum)${SP}ala`, `ala${SP}of${SP}the${SP}sacrum`, `(?:lateral${SP})?sacrum`],
  },
  {
    id: 'ilium',
    group: 'pelvis-posterior',
    // Latin: "os ilium", "os ilii", "ala ossis ilii".
    patterns: [
      `(?:posterior${SP})?il[ie]um`,
      `il[ie]ac${SP}(?:wing|bone|ala|blade)`,
      `(?:(?:ala|corpus)${SP})?(?:os|ossis)${SP}il(?:ii|ium)`,
    ],
  },
  {
    id: 'pubic-symphysis',
    group: 'pelvis-anterior',
    patterns: [
      // "sim physis", "sym physis": speech recognition's splits of the word.
      `(?:pubic${SP})?s[iy]m${SP}phys[ie]s(?:${SP}pub(?:is|ica))?`,
      `symphyse(?:${SP}pubienne)?`,
      `para-?symphyseal`,
    ],
  },
  {
    id: 'pubic-rami',
    group: 'pelvis-anterior',
    patterns: [
      `(?:superior|inferior)${SP}(?:and${SP}(?:superior|inferior)${SP})?(?:pubic${SP})?ram(?:i|us)`,
      `pubic${SP}(?:rami|ramus|bone)`,
      `ischio-?pubic${SP}ram(?:i|us)`,
      // Latin: "ramus superior ossis pubis", "corpus ossis pubis", "os pubis" (the word "pubis").
      `ram(?:us|i)${SP}(?:superior|inferior)${SP}(?:et${SP}(?:superior|inferior)${SP})?ossis${SP}pubis`,
      'pubis',
    ],
  },
  {
    id: 'innominate',
    group: 'pelvis',
    patterns: [
      `innominate(?:${SP}bone)?`,
      `hemi${SP}pelvis`,
      `os${SP}coxae`,
      `hemipelvic${SP}bone`,
      `(?:half|side)${SP}of${SP}the${SP}pelvis`,
    ],
  },
  {
    id: 'ischium',
    group: 'pelvis',
    // Latin: "os ischii", "ramus ossis ischii", "tuber ischiadicum".
    patterns: [
      'ischium',
      `ischial${SP}(?:tuberosity|ramus)`,
      `(?:ramus${SP})?(?:os|ossis|ossa)${SP}(?:pubis${SP}et${SP})?ischii`,
      `tuber${SP}ischi(?:adicum|ale)`,
    ],
  },
  {
    id: 'acetabulum',
    group: 'acetabulum',
    patterns: [
      `acetabul(?:um|ar${SP}(?:roof|dome|bone|region|column))`,
      `periacetabular${SP}(?:bone|region)`,
      `(?:fossa${SP})?acetabuli`,
    ],
  },
  // "head of the femur" is the femoral head, never the femur's shaft.
  {
    id: 'femoral-head',
    group: 'femoral-head',
    patterns: [`femoral${SP}head`, `head${SP}of${SP}(?:the${SP})?femur`],
  },
  // The femoral condyles are the femur's end: removing them cuts the femur (a transcondylar level).
  {
    id: 'femoral-condyles',
    group: 'femur',
    patterns: [
      `(?:(?:femoral|medial|lateral|both|two)${SP}(?:femoral${SP})?)?condyles`,
      `femoral${SP}condyle`,
    ],
  },
  // The femoral neck is the femur below its head: osteotomising it cuts the femur (no disarticulation).
  {
    id: 'femoral-neck',
    group: 'femur',
    patterns: [`femoral${SP}neck`, `neck${SP}of${SP}(?:the${SP})?femur`],
  },
  {
    id: 'femur',
    group: 'femur',
    patterns: [
      `(?:proximal|distal|residual|remaining|mid)?${SP}femur`,
      `(?:mid${SP})?femoral${SP}(?:shaft|diaphysis|bone|metaphysis)`,
    ],
  },
  { id: 'hip-joint', group: 'hip-joint', patterns: [`hip${SP}joint`, `hip${SP}capsule`, 'hip'] },
  { id: 'knee-joint', group: 'knee-joint', patterns: [`knee${SP}joint`, `knee${SP}capsule`, 'knee'] },
  // The knee's own ligaments: dividing them opens the knee joint.
  {
    id: 'cruciate-ligaments',
    group: 'knee-joint',
    patterns: [`(?:(?:anterior|posterior|both)${SP})?cruciates?(?:${SP}ligaments?)?`],
  },
  // A generic joint capsule: which joint it is comes from the nearest named joint before it.
  {
    id: 'joint-capsule',
    group: 'capsule',
    patterns: [`(?:(?:anterior|posterior|medial|lateral)${SP})?(?:joint${SP})?capsule`],
  },
  {
    id: 'tibia',
    group: 'leg-bone',
    patterns: [`(?:proximal|distal)?${SP}tibia`, `tibial${SP}(?:plateau|shaft|metaphysis)`],
  },
  { id: 'patella', group: 'leg-bone', patterns: ['patella'] },
  // A bone's cortex: taking it en bloc with a tumour takes bone (a window of cortex).
  {
    id: 'cortex',
    group: 'bone-surface',
    patterns: [`(?:(?:anterior|posterior|medial|lateral|femoral)${SP})*cortex`],
  },
  // The periosteum is not bone: a soft-tissue tumour taken with it (its deep margin) stays a soft-tissue
  // resection; the code follows the tumour's tissue of origin. No feature reads this group.
  { id: 'periosteum', group: 'periosteum', patterns: [`(?:femoral${SP})?periosteum`] },
  // Generic "bone": which bone it is comes from the nearest named bone before it (coreference).
  { id: 'bone', group: 'bone', patterns: ['bone', `bone${SP}end`] },
  {
    id: 'limb',
    group: 'limb',
    patterns: [
      `(?:${SIDE_WORD}${SP})?(?:lower${SP})?(?:extremity|limb|leg)`,
      `hind${SP}quarter`,
      `amputated${SP}(?:part|limb|extremity|specimen)`,
      `(?:whole|entire)${SP}(?:lower${SP})?(?:extremity|limb|leg)`,
    ],
  },
  // The thigh is the limb too; an amputation through it is a transfemoral one (src/nlp/procedure-features.ts).
  { id: 'thigh', group: 'limb', patterns: [`(?:${SIDE_WORD}${SP})?thigh`] },
  // The soft tissues a wide resection takes around a tumour: named muscles, fascia, skin, the biopsy tract.
  {
    id: 'muscle',
    group: 'soft-tissue',
    patterns: [
      `vast(?:us|i)(?:${SP}(?:medialis|lateralis|intermedius))?`,
      `rectus${SP}femoris`,
      `quadriceps(?:${SP}(?:muscles?|femoris))?`,
      'sartorius',
      'gracilis',
      `adductors?(?:${SP}(?:longus|brevis|magnus|muscles?|compartment))?`,
      `hamstrings?(?:${SP}muscles?)?`,
      `biceps${SP}femoris`,
      'semi-?membranosus',
      'semi-?tendinosus',
      `tensor${SP}fasci(?:a|ae)${SP}lat(?:a|ae)`,
      `(?:anterior|posterior|medial|adductor|extensor|flexor)${SP}compartment`,
      `(?:cuff|rim|layer)${SP}of${SP}(?:\\w+${SP}){0,2}?(?:muscles?|tissues?)`,
      'muscles?',
    ],
  },
  {
    id: 'fascia',
    group: 'soft-tissue',
    patterns: [`(?:(?:deep|overlying|investing|enveloping)${SP})?fasci(?:a|ae)(?:${SP}lat(?:a|ae))?`],
  },
  {
    id: 'skin',
    group: 'soft-tissue',
    patterns: [
      `(?:(?:overlying|elliptical)${SP})?skin(?:${SP}(?:paddle|ellipse|island))?`,
      `ellipse${SP}of${SP}skin`,
      `biopsy${SP}(?:tract|track|scar|site)`,
      `subcutaneous${SP}(?:tissue|fat)`,
    ],
  },
  // A tumour: what a soft-tissue resection takes. Words before it that name where it sits (a "thigh"
  // sarcoma, a "distal femur" tumour) qualify it (src/nlp/events.ts keeps them as its site).
  {
    id: 'tumour',
    group: 'lesion',
    patterns: [
      `(?:soft${SP}tissue${SP})?(?:tumou?rs?|mass(?:es)?|lumps?|lesions?|neoplasms?)`,
      `(?:soft${SP}tissue${SP})?(?:(?:lipo|myxofibro|leiomyo|fibro|rhabdomyo|spindle${SP}cell${SP}|synovial${SP}|pleomorphic${SP})?sarcomas?)`,
      'lipomas?',
      // soft-tissue sarcoma, as abbreviated in terse notes
      'STS',
      'desmoids?',
      'schwannomas?',
      'neurofibromas?',
    ],
  },
];

/**
 * Preparing the bone to seat an implant (an arthroplasty step of a reconstruction): trials, reaming, a
 * canal prepared, a cutting guide, resurfacing, a cut for a component. A bone cut in such a clause seats
 * the implant; it is not the tumour's resection (the resection is wide: en bloc, with a margin).
 */
const IMPLANT_PREPARATION =
  /\b(?:trials?(?:\s+(?:reduction|components?|implants?|tray|insert))?|trialled|trialed|ream(?:ed|ing)|canal\s+(?:was\s+)?(?:prepared|broached|rasped)|broach(?:ed|ing)|(?:cutting|resection)\s+(?:block|guide|jig)|resurfac\w*|for\s+the\s+(?:\w+\s+)?(?:component|tray|baseplate|insert|stem))\b/i;
/** Whether a clause prepares bone for an implant (see IMPLANT_PREPARATION). */
export const preparesImplant = (clause: string): boolean => IMPLANT_PREPARATION.test(clause);

/**
 * A limb lifted to prepare or position it ("the leg was lifted off the table and prepped", "lifted clear
 * of the bed while the tourniquet was applied", "lifted out of the leg holder for draping"): a lift that
 * removes nothing.
 */
const LIMB_POSITIONING =
  /\b(?:prep(?:ped|ping|s)?|drap(?:e|ed|es|ing)|(?:re-?)?position(?:ed|ing)?|tourniquet|stockinette|leg[\s-]+holder|stirrups?|bolster|exsanguinat\w*)\b/i;
/** Whether a lift ("lifted off", "lifted clear") in this clause positions the limb (see LIMB_POSITIONING). */
export const liftsToPosition = (actionWords: string, clause: string): boolean =>
  /^lift/i.test(actionWords) && LIMB_POSITIONING.test(clause);

/**
 * Bone taken off an end by trimming, nibbling or a rongeur takes length only with an amount or "back"
 * ("trimmed by 2 cm", "nibbled back", "rongeured back 1 cm"); "a spur nibbled smooth", "the edges
 * trimmed with a rongeur" smooth the bone end and shorten nothing.
 */
const TRIM_WORDS = /^(?:trim|nibbl|rongeur)/i;
const LENGTH_TAKEN =
  /\b(?:back|by\s+(?:a\s+further\s+|another\s+|about\s+|approximately\s+)?\d|\d+(?:\.\d+)?\s*(?:cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?)\b|(?:one|two|three|four|five)\s+(?:cm|centimet(?:er|re)s?))/i;
/** Whether a trim in this clause takes no length of bone (see LENGTH_TAKEN). */
export const trimsNoLength = (actionWords: string, clause: string): boolean =>
  TRIM_WORDS.test(actionWords) && !LENGTH_TAKEN.test(clause);

/** The sites a tumour may sit in that make it a soft-tissue one (a "thigh mass", a "vastus" sarcoma). */
export const SOFT_TISSUE_SITES: readonly StructureGroup[] = ['limb', 'soft-tissue'];

/** What an action does: divide (cut through), disarticulate (separate at a joint), resect, remove, shorten. */
export type ActionKind = 'divide' | 'disarticulate' | 'resect' | 'remove' | 'shorten' | 'incise' | 'release';

export interface ActionTerm {
  kind: ActionKind;
  /** Verb forms (participles, finite, infinitive stems) and nominalisations, as regex sources. */
  patterns: readonly string[];
}

export const actionTerms: readonly ActionTerm[] = [
  {
    kind: 'divide',
    patterns: [
      'divid(?:e|ed|es|ing)',
      'division',
      'transect(?:ed|s|ing|ion)?',
      'trans-?sect(?:ed|ion)?',
      'osteotom(?:y|ies|ize|ized|ised|ise)',
      'cut(?:s|ting)?',
      'sawn',
      'sawed',
      'split(?:ting)?',
      'sectioned',
      'osteotomi[sz]ed',
      'opened',
      // The nouns of a step list: "opening of the sacroiliac joint", "sawing of the ilium".
      'opening',
      'sawing',
      // "permits sectioning of the symphysis pubis" (a technique text's noun of the step).
      'sectioning',
    ],
  },
  {
    kind: 'disarticulate',
    patterns: [
      'disarticulat(?:e|ed|es|ing|ion)',
      'dislocat(?:e|ed|es|ing|ion)',
      'luxat(?:e|ed|ion)',
      'separat(?:e|ed|ing|ion)',
    ],
  },
  {
    kind: 'resect',
    patterns: [
      'resect(?:ed|s|ing|ion)?',
      'excis(?:e|ed|es|ing|ion)',
      'extirpat(?:e|ed|ion)',
      'en bloc removal',
      // "WLE" (wide local excision) in terse notes; "taken en bloc / with the specimen / as the margin".
      'wle',
      'taken (?:en|with|as)',
    ],
  },
  {
    kind: 'remove',
    patterns: [
      'remov(?:e|ed|es|ing|al)',
      'amputat(?:e|ed|es|ing)',
      'deliver(?:ed|y)',
      'passed off',
      'handed off',
      'sent off',
      'sent to',
      'taken off',
      // "we took off the leg"; "took the limb off" is a particle verb (`particleActions`).
      'took off',
      'takes? off',
      'taking off',
      // "the limb is taken away", "we take the leg away" reads as taken off.
      'taken away',
      'took away',
      // "the leg was lifted off the table", "the specimen lifted away": lifting a part out of the field.
      'lift(?:ed|s|ing)? (?:off|away|out|clear)',
      'detach(?:ed|ment)',
      // A part that leaves by itself: "the hindquarter comes away", "the extremity falls free" (the
      // part is the subject: src/nlp/events.ts, separatedPartAt). Spelled whole, so each stem prefilters.
      'comes? (?:away|free|off)',
      'came (?:away|free|off)',
      'coming (?:away|free|off)',
      'falls? (?:away|free)',
      'fell (?:away|free)',
      'falling (?:away|free)',
    ],
  },
  // Taking bone off an end: "the femur was trimmed by 2 cm", "the bone end was nibbled back (with a
  // rongeur)", "rongeured back 1 cm"; on a soft-tissue object ("the flaps were trimmed") it cuts no bone.
  {
    kind: 'shorten',
    patterns: ['shorten(?:ed|ing|s)?', 'trim(?:s|med|ming)?', 'nibbl(?:e|ed|es|ing)', 'rongeur(?:ed|ing)'],
  },
  // Freeing a joint from its ligaments ("the sacroiliac joint was released", "cruciates taken down",
  // "release of the symphysis"): it separates a joint, never cuts bone; only the joint rules read it
  // (src/nlp/procedure-features.ts, src/nlp/inference.ts).
  {
    kind: 'release',
    patterns: [
      'releas(?:e|ed|es|ing)',
      'freed',
      'taken down',
      'take down',
      'takes down',
      'took down',
      'taking down',
    ],
  },
  // An incision through a structure ("the posterior capsule is incised", "a capsulotomy of the knee"):
  // it opens a joint's capsule, which only the joint rules read (src/nlp/inference.ts); it divides no
  // bone, and a skin incision ("incision") is none.
  { kind: 'incise', patterns: ['incis(?:e|ed|es|ing)', 'capsulotom(?:y|ies)', 'arthrotom(?:y|ies)'] },
];

/**
 * How a resection is qualified as wide (en bloc, radical, compartmental, with a cuff or a margin), or a
 * pathology specimen that is a resection of tissues ('the specimen is a bulky resection of muscle and
 * skin'): one piece taken around the tumour.
 */
export const WIDE_MANNER =
  /\b(?:en[\s-]*bloc|wide(?:ly)?|radical(?:ly)?|compartment(?:al|ectomy)|wle|cuff|margins?)\b|\bspecimen\s+(?:is|was|consists?\s+of|consisted\s+of|comprises?|comprised)\s+(?:of\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:resection|excision)\s+of\b/i;

/**
 * Sections whose lines name what an action did without the action: a specimen line ("Specimen: thigh
 * mass en bloc") names what was resected. Not a line that says the specimen was only sampled.
 */
export const SECTION_ACTIONS: Readonly<Partial<Record<SectionKind, ActionKind>>> = { specimen: 'resect' };
export const SECTION_ACTION_UNLESS =
  /\b(?:biops(?:y|ies)(?![\s-]+(?:tract|track|scar|site))|frozen|curett\w*|aspirat\w*|sampl\w*|pending|none|not\s+sent)\b/i;

/**
 * Verb forms that are also nouns or adjectives ("a saw", "a section", "an open wound"): an action only
 * right after a first-person subject, as a surgeon dictates in the present ("I now saw through the
 * femur", "we section the femur", "I deliver the hindquarter"), with at most one adverb between.
 */
export const firstPersonActions: ReadonlyMap<string, ActionKind> = new Map<string, ActionKind>([
  ...['saw', 'saws', 'sawing', 'section', 'sections', 'sectioning', 'splits', 'opens'].map(
    (w) => [w, 'divide'] as const,
  ),
  ...['osteotomises', 'osteotomizes', 'osteotomising', 'osteotomizing'].map((w) => [w, 'divide'] as const),
  ...['separates', 'deliver', 'delivers', 'delivering', 'detach', 'detaches', 'detaching'].map(
    (w) => [w, 'remove'] as const,
  ),
]);
/**
 * The same verbs' bare forms as an imperative technique step at the head of a sentence ("Saw through the
 * femur 10 cm above the knee", "Then section the femur", "3. Deliver the hindquarter"): only list
 * markers and one of FIRST_PERSON_ADVERBS may come before.
 */
export const imperativeActions: ReadonlyMap<string, ActionKind> = new Map<string, ActionKind>([
  ...['saw', 'section'].map((w) => [w, 'divide'] as const),
  ...['deliver', 'detach'].map((w) => [w, 'remove'] as const),
]);
/** The first-person subjects, and the adverbs that may stand between them and the verb. */
export const FIRST_PERSON = new Set(['i', 'we']);
export const FIRST_PERSON_ADVERBS = new Set([
  'now',
  'then',
  'next',
  'first',
  'carefully',
  'sharply',
  'also',
  'finally',
  'subsequently',
]);

/**
 * Particle verbs whose particle may follow the object ("we took the limb off"): the verb is the
 * action when its particle comes within `within` words, before any punctuation.
 */
export const particleActions: readonly {
  verb: RegExp;
  particle: string;
  kind: ActionKind;
  within: number;
}[] = [
  { verb: /^(?:take|takes|took|taken|taking)$/, particle: 'off', kind: 'remove', within: 5 },
  // "I take the limb away", "we took the leg away"
  { verb: /^(?:take|takes|took|taking)$/, particle: 'away', kind: 'remove', within: 5 },
];

/**
 * Irregular past tenses that open a coordinated clause ("… the femur and took the limb off"): a list
 * of objects ends before them, as before a regular "-ed" verb.
 */
export const IRREGULAR_PAST = new Set([
  'took',
  'made',
  'brought',
  'drew',
  'held',
  'kept',
  'got',
  'gave',
  'sent',
  'put',
  'came',
  'went',
  'began',
  'laid',
  'tore',
  'sewed',
  // A narrative in the present tense ("…, the femur comes away with the limb", "the femur go with it"):
  // the same verbs of a new clause.
  'comes',
  'come',
  'goes',
]);

/** Words that may stand between an action and its object, or inside a coordinated list of objects. */
export const NP_FILLER = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'both',
  'entire',
  'whole',
  'complete',
  'total',
  'remaining',
  'residual',
  'ipsilateral',
  'contralateral',
  'left',
  'right',
  'superior',
  'inferior',
  'posterior',
  'anterior',
  'medial',
  'lateral',
  'proximal',
  'distal',
  'bony',
  'osseous',
  'affected',
  'involved',
  'underlying',
  'overlying',
  'surrounding',
  'adjacent',
  'native',
  'lower',
  'upper',
  'of',
  'then',
  'also',
  'subsequently',
  'carefully',
  'completely',
  'sharply',
]);

/** Prepositions that open an action's object or location ("osteotomy through the ilium"). */
export const OBJECT_PREPOSITIONS = new Set(['of', 'through', 'across', 'at', 'via']);

/**
 * Gapped coordination, the verb stated once ("the sacroiliac joint was divided behind, the symphysis in
 * front", "the femur divided proximally and the tibia distally", "… disarticulated, then the symphysis"):
 * the connectors after which a passive or terse action's subject is followed by a second object that
 * shares its action.
 */
export const GAP_CONNECTORS = new Set(['and', ',', '&', 'then', 'well']);

/**
 * Words after a gapped object that give it a state of its own, not the shared action ("the SI joint was
 * divided and the symphysis left intact"): the second object is then no object of the action.
 */
export const GAP_STATES = new Set([
  'intact',
  'left',
  'alone',
  'untouched',
  'undisturbed',
  'uninvolved',
  'unaffected',
  'spared',
  'preserved',
  'retained',
  'kept',
  'free',
  'clear',
  'normal',
  'not',
  'no',
  'never',
]);

/** Connectors of a coordinated list of structures. */
export const COORDINATORS = new Set([
  'and',
  ',',
  'as',
  'well',
  'plus',
  'together',
  'along',
  'with',
  'including',
  '&',
]);

/**
 * Words that open a contrast or exception adjunct ("unlike the left leg, the right femur was divided",
 * "rather than the knee, …", "apart from the ilium, …", "… the femur, as opposed to the tibia"): what it
 * names is set against the act's objects, never one of them. A list of objects ends at them, and a
 * subject read backwards never runs into a fronted one.
 */
export const CONTRAST_OPENERS = new Set([
  'unlike',
  'rather',
  'instead',
  'apart',
  'aside',
  'except',
  'besides',
  'opposed',
  'contrast',
  'comparison',
  'compared',
  'versus',
  'vs',
]);
/** Words that open a fronted adjunct of likeness ("like the left leg, the right femur was divided"): no object either. */
export const LIKENESS_OPENERS = new Set(['like', 'as', 'similar', 'similarly']);

/** Auxiliaries of a passive ("was divided", "were then transected", "has been removed"). */
export const AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'be',
  'got',
  'had',
  'has',
  'have',
]);

/** A painful, tender or adherent scar or neuroma: what a soft-tissue stump revision excises (regex source). */
export const SCAR_OR_NEUROMA = `(?:(?:painful|tender|adherent|hypertrophic|unstable|symptomatic|old|sciatic|stump)${SP}){0,2}(?:scars?|neuromas?)`;
/**
 * A stump operation on soft tissue only: a scar or neuroma excised or revised, a stump revision or a
 * secondary closure ("the adherent scar was ellipsed", "excision of the sciatic neuroma").
 */
export const SOFT_TISSUE_STUMP_OPERATION = new RegExp(
  `\\b(?:${SCAR_OR_NEUROMA}${SP}(?:of${SP}the${SP}(?:\\w+${SP}){0,2}?nerve${SP})?(?:(?:was|were|is|are)${SP})?(?:then${SP})?(?:(?:found|identified|dissected)${SP}(?:and${SP})?)?(?:excised|ellipsed|revised|resected|removed|excision|revision|resection)|(?:excision|revision|resection|removal)${SP}(?:of${SP})?(?:(?:a|an|the)${SP})?${SCAR_OR_NEUROMA}|(?:stump|residual${SP}limb)${SP}revision|revision${SP}of${SP}(?:the${SP})?(?:\\w+${SP}){0,2}?(?:stump|residual${SP}limb)|secondary${SP}closure)\\b`,
  'i',
);
/**
 * Work on bone named anywhere: a stump operation that names it may have re-cut the femur ("the bone end
 * was exposed and tidied"), so its soft-tissue reading is not inferred.
 */
export const BONE_WORK =
  /\b(?:femur|femoral\s+(?:shaft|bone|end|stump|cut)|bone|bony|osteo\w*|rasp\w*|saw\w*|spurs?|filed|shorten\w*|re-?cut|bevell?\w*|myodes[ie]s)\b/gi;
