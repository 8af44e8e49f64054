import type { ElementKey } from '../../codes/elements.ts';
import type { FeatureKey } from '../../codes/features.ts';
import { ageValue, NUMBER_WORD, UNITS } from '../../nlp/ages.ts';
import { preparesImplant, SCAR_OR_NEUROMA, SIDE_WORD } from '../../nlp/procedure-terms.ts';
import type { SectionKind } from './text.ts';

/**
 * The rules extractor's vocabulary. Each target (a procedure feature or a documentation element)
 * is found by phrases or by an anatomy term near an action term in one sentence, so that any
 * wording of the same anatomy is found ("the SI joint was divided", "osteotomy through the ilium",
 * "disarticulated at the sacroiliac articulation").
 */

/** Builds a case-insensitive global regex from alternatives (regex sources). */
const any = (...alternatives: string[]): RegExp => new RegExp(`(?:${alternatives.join('|')})`, 'gi');

// --- vocabularies ---------------------------------------------------------------------------
export const SIDE = '(?:left|right)';
/**
 * Latin side words, in their gender and case forms ("membrum inferius dextrum", "femur sinistrum",
 * "articulatio coxae dextra"): an adjective after the noun it qualifies.
 */
export const LATIN_SIDE = '(?:dext(?:er|ra|rum|ri|rae|ro|ram)|sinist(?:er|ra|rum|ri|rae|ro|ram))';
/** The side a side word names: "left", "lt", "L", "sinistra" are left; the rest ("right", "dexter") right. */
export const sideValueOf = (word: string): 'left' | 'right' => (/^(?:l|sin)/i.test(word) ? 'left' : 'right');
const SP = '[\\s-]*';

/** The side a patient lies on ("floating position, right side down"): the other side is operated. */
const SIDE_DOWN = String.raw`side\s+(?:down(?:wards?)?|dependent)`;
/** Kept out of the operative field: a limb or stump set aside, not operated on. */
const OUT_OF_FIELD = String.raw`(?:kept|held|placed|draped)\s+(?:well\s+)?(?:out\s+of|away\s+from|clear\s+of|outside)\s+(?:the\s+)?(?:operative\s+|surgical\s+|sterile\s+)?field`;
/**
 * The other leg handled but not operated on (issue 10): positioned, padded or protected, or a site
 * marked in error. Read in the clause after a side word ("the left leg was padded and secured"), or
 * just before it ("padding under the right heel"): such a side word is not the operative side.
 */
export const NON_OPERATIVE_SIDE_AFTER = new RegExp(
  String.raw`^[^,;.]{0,50}?\b(?:padd(?:ed|ing)|protected|supported|secured|strapped|taped|positioned|(?:was|were|is)\s+placed|rested|bumped|in\s+(?:a|the)\s+(?:well-?\s?leg\s+)?(?:holder|stirrup|support)|(?:marked|signed|prepped)\s+in\s+error|wrongly\s+marked|mark\s+(?:was\s+)?(?:removed|erased)|${OUT_OF_FIELD}|${SIDE_DOWN})\b`,
  'i',
);
/**
 * A stump set aside, not operated on ("the old AKA stump was padded and kept out of the field"): the
 * other leg's. A dressing ("padded with wool") is no such word.
 */
const STUMP_SET_ASIDE = new RegExp(
  String.raw`^[^,;.]{0,50}?\b(?:(?:padded|protected|secured|strapped|supported)(?!\s+(?:with|in|using|by)\b)|${OUT_OF_FIELD})\b`,
  'i',
);
/** Whether the words after a prior amputation or stump set it aside (see STUMP_SET_ASIDE). */
const setAside = (sentence: string, end: number): boolean => STUMP_SET_ASIDE.test(sentence.slice(end));
export const NON_OPERATIVE_SIDE_BEFORE =
  /\b(?:padd\w*|bump|roll|pillow|gel\s+pad|support|holder)\s+(?:was\s+placed\s+)?(?:under|beneath|below|for|on|to)\s+(?:the\s+)?$/i;
/**
 * A side word that is no side (issue 10, round 2): "left" as a verb or participle ("the condyles were
 * left intact", "drain left in situ", "we left a cuff", "nothing was left behind"), "right" in a phrase
 * ("a right angle", "right-angled clamp", "all right", "right away", "right here"). Read from the words
 * before (an auxiliary or a subject pronoun, then adverbs) and after (a complement no side word takes:
 * a determiner, "intact", "in situ", "behind", "open" ending its clause). After an auxiliary a limb named
 * right after it is still the side ("the operation was left above-knee amputation").
 */
const LEFT_VERB_BEFORE =
  /\b(?:was|were|is|are|be|been|being|get|gets|got|gotten|had|has|have|having|we|i|they|surgeon|surgeons)\s+(?:(?:then|now|also|just|simply|deliberately|intentionally|purposely|carefully|subsequently|thus|therefore|again|not|never|only|all|both|initially|finally|still)\s+)*$/i;
const LEFT_VERB_AFTER =
  /^\s*(?:intact|in\s+(?:situ|place|position|continuity|the|a|an|its|his|her|their|this|that)|open(?=\s*(?:[,.;:)]|$|and\b|for\b|to\b|with\b|as\b|until\b|but\b|over\b|at\b|in\b|on\b))|alone|behind|undisturbed|attached|unclosed|unsutured|undrained|exposed|untouched|uncut|undivided|unrepaired|(?:a|an|the|it|them|this|these|those|enough|approximately|about|there|here|until|partially|loosely|widely|out)\b)/i;
/** A participle and "and" before the word ("dislocated and left", "divided, and left"): "left" is the next participle. */
const PARTICIPLE_AND_BEFORE = /\b[a-z]{3,}ed,?\s+(?:and|then)\s+$/i;
/** "the left", "on her left": a side word after a determiner is a noun, never the verb. */
const SIDE_NOUN_BEFORE = /\b(?:the|a|his|her|their|its|patient['’]s|your|my)\s+$/i;
/** "nothing was left.": the clause ends on the verb (else "the side was left." states the side). */
const NOTHING_BEFORE =
  /\b(?:nothing|none|little|much|what|anything|something|no\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}$/i;
const LIMB_NOUN = String.raw`(?:lower[\s-]+(?:extremity|limb)|legs?|limbs?|foot|feet|thighs?|femur|femoral|hips?|knees?|hemi-?pelvi\w*|pelvi\w*|ilium|iliac|groin|buttock|stump|residual|AKA|BKA|above[\s-]*(?:the[\s-]*)?knee|below[\s-]*(?:the[\s-]*)?knee|through[\s-]*(?:the[\s-]*)?knee|trans-?femoral|hind-?quarter|ankle|calf|toes?|heel|tibia\w*|fibula\w*|patella\w*|popliteal|sacro-?iliac|SI|acetabul\w*|ischi\w*|gluteal|quadriceps|vastus|hamstrings?|adductors?|sciatic|profunda|saphenous|inguinal|side|sided)\b`;
/** After an auxiliary, a limb named right after the word keeps it a side ("she had left knee pain"). */
const LIMB_NEXT = new RegExp(
  String.raw`^[\s-]*(?:(?:distal|proximal|medial|lateral|anterior|posterior|upper|mid|lower|common|superficial|external|internal)[\s-]+(?:[\w-]+[\s-]+)?)?${LIMB_NOUN}`,
  'i',
);
const RIGHT_PHRASE_BEFORE = /\ball\s+$/i;
const RIGHT_PHRASE_AFTER =
  /^[\s-]*(?:angle[sd]?|angled|away|here|there|now|then|through\s+(?!(?:the\s+)?knee\b)|(?:down|up|into|onto|across|along)\s+)/i;

/** Whether a side word ("left", "right") with the words around it is no side (see above). */
export function sideWordIsNoSide(word: string, before: string, after: string): boolean {
  if (/^left$/i.test(word)) {
    if (SIDE_NOUN_BEFORE.test(before)) return false;
    if (LEFT_VERB_AFTER.test(after)) return true;
    // A participle coordinated after another one: "the femoral head dislocated and left with the femur".
    if (PARTICIPLE_AND_BEFORE.test(before) && !LIMB_NEXT.test(after)) return true;
    if (!LEFT_VERB_BEFORE.test(before)) return false;
    return /^\s*[a-z]/i.test(after) ? !LIMB_NEXT.test(after) : NOTHING_BEFORE.test(before);
  }
  if (/^right$/i.test(word)) return RIGHT_PHRASE_BEFORE.test(before) || RIGHT_PHRASE_AFTER.test(after);
  return false;
}

/** A sentence that states the side as a field does: "the operative side is left", "laterality was right". */
export const SIDE_STATED_BEFORE = /\b(?:side|laterality)\s+(?:is|was|being)\s+$/i;
/** A template field that states the side: "Side:", "Operative side ....", "Laterality -", "| Side |". */
export const SIDE_FIELD =
  /^\s*(?:\|\s*)?(?:(?:operative|surgical|procedure|operation)\s+)?(?:side|laterality|site)\s*(?::|\.{2,}|\s[-–]\s|\|)/i;

/**
 * A side named after the operation or the limb, bare: "Above-knee amputation, left, extended", "hip
 * disarticulation - right", "AKA (left)", "AKA (L)", "amputation lt." The phrase before ends on the name
 * (a limb, an operation, a stump, a tumour) and names the lower limb; the side word ends its phrase. A
 * letter ("L", "R") needs its comma, dash or parenthesis: "2 L/min", "L4", "R0" are no sides.
 */
const NAME_END = `(?:${LIMB_NOUN}|(?:re-?)?amputations?|(?:dis|ex)articulations?|(?:hemi-?)?pelvectom(?:y|ies)|resections?|excisions?|revisions?|osteotom(?:y|ies)|closure|debridement|sarcomas?|tumou?rs?|mass|lesions?)`;
// A comma, a parenthesis, a dash, written or spoken ("above knee amputation comma right period").
const NAME_SEPARATOR = String.raw`(?:[,(]|[-–—]|\s(?:comma|dash|hyphen|open\s+(?:bracket|paren(?:thesis)?)))`;
const NAME_BEFORE_WORD = new RegExp(String.raw`\b${NAME_END}\s*(?:(?:${NAME_SEPARATOR}|:)\s*)?$`, 'i');
const NAME_BEFORE_LETTER = new RegExp(String.raw`\b${NAME_END}\s*${NAME_SEPARATOR}\s*$`, 'i');
const BARE_AFTER =
  /^(?:\s*(?:[,;:)\]]|\.(?:\s|$)|$)|\s+[-–—]\s|\s+(?:comma|close\s+(?:bracket|paren(?:thesis)?))\b)/i;
/** "the opposite leg (left)", "the contralateral limb, right": the other leg named, not the operated one. */
const OTHER_LEG_NAMED = /\b(?:contralateral|opposite|other|non-?operative|uninvolved|nonsurgical)\b/i;

/**
 * Whether a side word (or letter) stands bare after the name of a lower-limb operation or limb: the
 * length of the phrase before it that it qualifies (from the sentence start or the last full stop or
 * semicolon in `before`), or 0.
 */
export function sideAfterName(before: string, after: string, letter: boolean): number {
  if (!BARE_AFTER.test(after)) return 0;
  if (!(letter ? NAME_BEFORE_LETTER : NAME_BEFORE_WORD).test(before)) return 0;
  const phrase = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  if (OTHER_LEG_NAMED.test(phrase)) return 0;
  LIMB_WORDS.lastIndex = 0;
  const limb = LIMB_WORDS.test(phrase);
  LIMB_WORDS.lastIndex = 0;
  return limb ? phrase.length : 0;
}

/**
 * A side on the operative site that is not the limb itself: "a left open wound", "the right incision",
 * "left posterior flap", "the left operative site". Words only: a letter before a wound is no side.
 */
export const SIDE_SITE_NEXT =
  /^[\s-]*(?:(?:open|surgical|operative|infected|granulating|dehisced|gaping|chronic|packed|unhealed|non-?healing|draining|necrotic|posterior|anterior|medial|lateral|skin|fish-?mouth)[\s-]+){0,2}(?:wounds?|incisions?|flaps?|dehiscence|ulcers?|ulceration|scars?|(?:operative|surgical)[\s-]+sites?)\b/i;

/**
 * Lower-limb and pelvic anatomy a side word can qualify: whole words (a plural or a prefix such as
 * "supra-" or "trans-" allowed), never inside another word ("incision", "position", "inside", "ship").
 */
const limbWords = (...alternatives: string[]): RegExp =>
  new RegExp(
    `\\b(?:(?:supra|infra|intra|extra|trans|peri|para|sub|retro|hemi)-?)?(?:${alternatives.join('|')})(?:e?s)?\\b`,
    'gi',
  );
/**
 * A Latin limb word that is also English ("crus", "genus"), right before the words being read: a Latin
 * side after it makes the phrase anatomical ("crus dextrum", "genus sinistrum").
 */
export const LATIN_LIMB_BEFORE = /\b(?:crus|genus)[\s-]*$/i;
export const LIMB_WORDS = limbWords(
  `lower${SP}(?:extremity|extremities|limb)`,
  // Latin: "membrum inferius", "extremitas inferior", "cruris", "coxa", "genu", "femoris", "articulatio
  // genus". Not a bare "crus" or "genus", English words too ("the left crus of the diaphragm", "left at
  // genus level"): those count only before a Latin side (LATIN_LIMB_BEFORE).
  `membr(?:um|a)(?:${SP}inferi(?:us|or|ora))?`,
  `extremitas(?:${SP}inferior)?`,
  'cruris',
  'cox(?:a|ae)',
  // not "genus", the plural the list's ending would allow
  'genu(?!s)',
  `(?:ex)?articulatio${SP}genus`,
  'femoris',
  'leg',
  'limb',
  'foot',
  'ankle',
  'calf',
  'thigh',
  'femur',
  'femoral',
  'hip',
  'knee',
  'hemi-?pelvis',
  'hemipelvic',
  'pelvis',
  'pelvic',
  'innominate',
  'ilium',
  'iliac',
  'acetabul\\w*',
  // the pubis and the ischium, English and Latin ("left os pubis", "right ramus ossis ischii")
  'pubis',
  'pubic',
  'rami',
  'ramus',
  'ischi(?:um|al|i|adicum|ale)',
  'symphysis',
  'groin',
  'buttock',
  `sacro${SP}iliac`,
  'SI',
  'stump',
  `residual${SP}limb`,
  'amputation',
  `hind${SP}quarter`,
  `hemi${SP}pelvectomy`,
  'haemipelvectomy',
  `above${SP}(?:the${SP})?knee`,
  'AKA',
  'BKA',
  'transfemoral',
  'tibia\\w*',
  'patella\\w*',
  'distal',
  'proximal',
  'side',
  'sided',
  'quadriceps',
  'vastus',
  'hamstring',
  'adductor',
);

const CUT = `(?:transect\\w*|osteotom\\w*|divid\\w*|division|cut|cutting|sawn|sawed|shorten\\w*|resect\\w*|amputat\\w*|trans-?sect\\w*|sectioned|took${SP}down|taken${SP}down|split|disarticulat\\w*|separat\\w*|opened)`;

const SI_JOINT = `(?:(?:sacro|sacral)${SP}iliac(?:${SP}(?:joint|articulation|ligaments?))?|ilio${SP}sacral(?:${SP}(?:joint|articulation|ligaments?))?|S\\.?\\s?I\\.?${SP}(?:joint|articulation)|il[ie]um|il[ie]ac${SP}(?:wing|bone|ala|blade)|(?:sacral|sacrum)${SP}ala|ala${SP}of${SP}the${SP}sacrum|posterior${SP}ilium|transiliac|trans-iliac|sciatic${SP}notch)`;
// Both pubic rami, or the pubis and the ischium (Enneking type III), in English or Latin ("ramus
// superior et inferior ossis pubis", "ossa pubis et ischii", "os pubis and os ischii").
/** The pubis and the ischium as bones (type III's pair): "the pubis", "the pubic bone", "the pubic rami"; "the ischium", "the ischial tuberosity". */
const PUBIS_BONE = `(?:(?:(?:os|ossa)${SP})?pubis|pubic${SP}(?:bone|rami))`;
const ISCHIUM_BONE = `(?:(?:os${SP})?(?:ischium|ischii)|ischial${SP}tuberosity|tuber${SP}ischi(?:adicum|ale))`;
/**
 * Both rami, or the pubis with the ischium (Enneking type III, the obturator ring), in either order: "both
 * pubic rami", "the superior and inferior rami", "the pubic bone and the ischium", "the ischium and the
 * pubic rami", "the obturator ring", "the ischiopubic segment".
 */
const BOTH_RAMI = `(?:both${SP}(?:the${SP})?(?:pubic${SP})?rami|(?:the${SP})?superior${SP}and${SP}inferior${SP}(?:pubic${SP})?rami|ram(?:us|i)${SP}superior${SP}(?:and|et|&)${SP}(?:ramus${SP})?inferior${SP}(?:ossis${SP})?pubis|(?:the${SP})?${PUBIS_BONE}${SP}(?:and|et|&|with)${SP}(?:the${SP})?${ISCHIUM_BONE}|(?:the${SP})?${ISCHIUM_BONE}${SP}(?:and|et|&|with)${SP}(?:the${SP})?(?:(?:superior${SP}and${SP}inferior|both)${SP})?${PUBIS_BONE}|(?:the${SP})?obturator${SP}ring|(?:the${SP})?ischio-?${SP}pubic${SP}(?:segment|bone|region|complex))`;
const PUBIC = `(?:(?:pubic${SP})?s[iy]m${SP}phys[ie]s(?:${SP}pubis)?|symphyse(?:${SP}pubienne)?|pubic${SP}(?:rami|ramus|bone)|superior${SP}(?:and${SP}inferior${SP})?(?:pubic${SP})?rami|inferior${SP}(?:pubic${SP})?rami|(?:superior|inferior)${SP}ramus|para-?symphyseal|pubis)`;
/**
 * `lookbehind` then `body`, the body first looked ahead for: a match is unchanged (the body matches there
 * either way), but the engine tries the lookbehind only where the body can start, not at every offset.
 */
const behind = (lookbehind: string, body: string): string => `(?=${body})${lookbehind}${body}`;
// Not "head of the femur" (the femoral head is delivered, not cut); a generic "bone" is resolved by coreference (src/nlp/procedure-features.ts).
const FEMUR = `(?:${behind(`(?<!head${SP}of${SP}(?:the${SP})?)`, 'femur')}|femoral${SP}(?:shaft|diaphysis|bone|metaphysis))`;
// The femur as a place ("the muscles around the femur were divided", "cut close to the bone", "the
// short rotators divided at the femur": at their insertion) is not what an act acts on; a level on it
// is ("transected at the mid femur").
const FEMUR_NOT_PLACE = behind(
  `(?<!\\b(?:near|beside|around|off|from|along|alongside|against|about|behind|beyond|to)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?)(?<!\\bat\\s+(?:the\\s+|its\\s+|their\\s+)?)`,
  FEMUR,
);
/**
 * A resection or excision done: "resected", "excision", "re-excised". Not an adjective of resectability
 * ("an unresectable sarcoma", "a resectable tumour", "non-resectable"), nor "unresected": no act.
 */
const RESECTED = '(?<!\\w)(?:resect|excis)(?!\\w*abl[ey])\\w*';
/** The same, "resected" only: a bone "excised" is often curettage; "excised en bloc" says otherwise. */
const RESECTED_ONLY = '(?<!\\w)resect(?!\\w*abl[ey])\\w*';
// Cutting the femur: separating it at a joint ("the femur was disarticulated at the hip") is not a cut;
// "re-cut", "recut", "re-sawn", "re-divided": the same cut again, at a new level.
const FEMUR_CUT = `(?:re-?)?(?:transect\\w*|osteotom\\w*|divid\\w*|division|cut|cutting|sawn|sawed|shorten\\w*|resect\\w*|amputat\\w*|trans-?sect\\w*|sectioned|split)`;
const LIMB = `(?:(?:lower${SP})?(?:extremity|limb|leg)|hind${SP}quarter|hemi-?pelvis${SP}and${SP}(?:the${SP})?(?:\\w+${SP}){0,2}(?:extremity|limb|leg)|thigh|residual${SP}limb${SP}segment)`;
// Completing the division of a joint already torn by trauma is still the division.
const PELVIC_CUT = `(?:${CUT}|completed)`;
// A thigh stump named by its level ("L above-knee stump", "transfemoral residual limb"): a revision of it
// names a prior thigh amputation.
const THIGH_STUMP = `(?:above${SP}(?:the${SP})?knee|\\bAK|trans-?femoral|thigh)${SP}(?:amputation${SP})?(?:stump|residual${SP}limb)`;
const THIGH_AMPUTATION = `(?:above${SP}(?:the${SP})?knee${SP}amputation|\\bAKA\\b|trans-?femoral${SP}amputation|thigh${SP}amputation)`;
/** A thigh amputation named by the part it went through: "amputation of the left thigh", "through the femur". */
const THIGH_AMPUTATION_BY_SITE = `amputation${SP}(?:(?:of|through|at|across)${SP}(?:the${SP}|his${SP}|her${SP})?(?:(?:left|right|L|R|lt|rt|mid|distal|proximal|lower|upper)${SP}){0,2}(?:thigh|femur|femoral${SP}shaft)|(?:at|through)${SP}(?:the${SP})?(?:level${SP}of${SP}(?:the${SP})?)?mid${SP}thigh)\\b`;
const REMOVE = `(?:removed|passed${SP}off|handed${SP}off|amputated|delivered|taken${SP}off|detached|freed|sent${SP}(?:off${SP})?to${SP}pathology|passed${SP}(?:from|off)${SP}the${SP}(?:operative${SP})?(?:field|table)|came${SP}(?:free|out|away|off)|excised|removal|amputation${SP}of)`;
const SCAR_ON_AMPUTATION = [
  `(?:scars?|neuromas?)${SP}(?:(?:revision|excision)${SP})?(?:of|on|over|at|in)${SP}(?:the${SP}|his${SP}|her${SP})?(?:(?:left|right|L|R|lt|rt)\\.?${SP})?${THIGH_AMPUTATION}`,
  `(?:scar${SP}revision|neuroma${SP}excision|(?:excision|revision|resection)${SP}(?:of${SP})?(?:(?:a|an|the)${SP})?${SCAR_OR_NEUROMA})${SP}[,:–-]?${SP}(?:(?:the|a|an|left|right|L|R|lt|rt)\\.?${SP}){0,2}${THIGH_AMPUTATION}`,
  `${THIGH_AMPUTATION}${SP}[,:–-]?${SP}(?:(?:a|an|the)${SP})?(?:stump${SP})?${SCAR_OR_NEUROMA}`,
];
const TUMOR = `(?:\\b(?!h(?:a)?ematoma|seroma|neuroma|granuloma)[a-z]+omas?\\b|tumou?rs?|mass(?:es)?|lumps?|lesions?|sarcomas?|neoplasms?|osteosarcoma|chondrosarcoma|liposarcoma|myxofibrosarcoma|leiomyosarcoma|carcinoma|metastas[ie]s|metastatic${SP}deposit|giant${SP}cell${SP}tumou?r|cyst)`;
const BONE_SITE = `(?:(?:distal|proximal)${SP}(?:femur|femoral|tibia|tibial)|femur|femoral${SP}(?:shaft|diaphysis|condyles?|metaphysis)|tibia|tibial|patella|(?:femoral|tibial)${SP}bone)`;

/** Thigh muscles a stump is shaped with (myodesis, myoplasty). */
const STUMP_MUSCLE = `(?:quadriceps|quads|hamstrings?|adductors?(?:${SP}(?:magnus|longus|group))?|vastus${SP}\\w+|rectus${SP}femoris|biceps${SP}femoris)`;
/** Fixing a muscle to bone or to another muscle. */
const STUMP_FIX = `sutured|sewn|stitched|anchored|attached|reattached|re-attached|fixed|secured|approximated|brought${SP}(?:over|across|down)|repaired`;

/** Where a limb is taken off at the hip: "at the hip joint", "from the pelvis at the level of the hip" (a bare "at the hip" may name a region). */
/** The head of the femur, and its socket: what a hip disarticulation separates. */
const FEMORAL_HEAD = `(?:head${SP}of${SP}the${SP}femur|femoral${SP}head)`;
const SOCKET = `(?:the${SP}|its${SP})?(?:pelvic${SP})?(?:acetabulum|socket)`;
/**
 * The femoral head made to leave its socket: "freed from", "lifted out of", "popped out of", "levered
 * out of", "came free of", "delivered from", "dislocated out of" the acetabulum.
 */
const HEAD_OUT_VERB = `(?:freed|lifted|detached|separated|released|removed|taken|popped|levered|eased|delivered|brought|dislocated|luxated|came|coming|slipped)`;
const AT_HIP_JOINT = `(?:from${SP}(?:the${SP})?pelvis${SP}(?:at|through)${SP}(?:the${SP})?(?:level${SP}of${SP}the${SP})?hip\\b|(?:at|through)${SP}(?:the${SP})?(?:level${SP}of${SP}the${SP})?hip${SP}joint)`;
/** A clause boundary between a limb and a participle: the participle is another noun's. */
const OTHER_CLAUSE = /[,;]|\b(?:and|but|while|whereas)\b/i;
/**
 * The limb's own verb before a clause boundary: "the limb was removed and the acetabulum preserved", or its
 * own participle with the auxiliary left out: "the limb removed, the pelvis being kept".
 */
const LIMB_CLAUSE_ENDED =
  /\b(?:is|are|was|were|being|been)\b[^,;]*?(?:[,;]|\b(?:and|but|while|whereas)\b)|^(?:limb|leg|extremity)\s+(?:(?:then|also|thus)\s+)?(?:\w+ed|taken\s+off|cut)\b[^,;]*?(?:[,;]|\b(?:and|but|while|whereas)\b)/i;
/**
 * Whether a limb and a keeping word sit in different clauses. The keeping word first ("the acetabulum is
 * preserved and the limb is removed"): any boundary. The limb first: only after the limb's own verb, so
 * a coordinated or parenthetical subject keeps it ("the limb and knee joint were preserved", "the leg,
 * with its vessels intact, was preserved").
 */
const keptInOtherClause = (between: string): boolean =>
  /^(?:limb|leg|extremity)/i.test(between) ? LIMB_CLAUSE_ENDED.test(between) : OTHER_CLAUSE.test(between);
/** A wide act (en bloc, a margin) is the tumour's resection even beside the reconstruction's steps. */
const WIDE_ACT = /\b(?:en\s+bloc|wide|radical|margins?|cuff)\b/i;
const notImplantSeat = (sentence: string): boolean => WIDE_ACT.test(sentence) || !preparesImplant(sentence);

/** The femur or its condyles as the subject of a keeping: "the femur was ", "the femoral condyles were then ". */
const FEMUR_KEPT = `(?<!head${SP}of${SP}(?:the${SP})?)(?:(?:proximal|distal|whole|entire|residual|remaining)${SP})?(?:femur|femoral${SP}(?:shaft|bone|condyles)|condyles)${SP}(?:was|were)${SP}(?:(?:then|therefore|thus|also|completely|entirely)${SP})?`;
/** A denial between a limb and its keeping: "the limb could not be salvaged". */
/** The ilium taken with the joint beside the sacrum: "iliosacral resection", "sacroiliac excision" (not a plural kind). */
const ILIOSACRAL_RESECTION = `\\b(?:ilio-?${SP}?sacral|sacro-?${SP}?iliac)${SP}(?:(?:bone|joint)${SP})?(?:resection|excision)(?!s)`;
/** The hip joint rebuilt (limbPreserved): its socket or the joint reconstructed, or a pelvic hip implant. */
const HIP_REBUILT = [
  `(?:acetabular|acetabulum|(?<!abdominal${SP}wall${SP}and${SP})hip(?:${SP}joint)?|periacetabular)${SP}reconstruction`,
  `reconstruct(?:ion|ing|ed)?${SP}(?:of${SP})?(?:the${SP})?(?:(?:medial|lateral|superior|posterior|anterior)${SP})?(?:acetabul(?:um|ar${SP}(?:wall|roof|defect|socket))|hip${SP}joint|hip\\b(?!${SP}(?:defect|wound|region|area|incision|skin|soft${SP}tissues?|scar)))`,
  `(?:acetabulum|acetabular${SP}(?:wall|roof)|hip(?:${SP}joint)?)${SP}(?:was|were)${SP}(?:then${SP})?reconstructed`,
  `(?:saddle|pedestal|ice-?cream${SP}cone)${SP}(?:prosthesis|cup|endoprosthesis|implant)`,
];
const LIMB_NOT_KEPT = /\b(?:not|never|cannot|can't|couldn't|no\s+longer|un(?:able|likely))\b/i;
const KNEE_SITE = /\b(?:femur|femoral|knee|tibia\w*|patella\w*|condyl\w*)\b/i;
const PELVIC_SITE =
  /\b(?:pelvi\w*|acetabul\w*|periacetabular|il[ie]um|iliac|pubi\w*|ischi\w*|sacr\w*|innominate|hemipelv\w*)\b/i;

/** What packs an open wound: gauze, swabs, ribbon… (not a cavity's graft, chips or cement). */
const PACKING = `(?:gauze|swabs?|packs?|packing|ribbon|kerlix|iodoform|betadine|povidone|saline|dressings?|pads?|towels?|rolls?|sponges?)`;
/**
 * A wound left open told by its dressing: "the wound was packed", "packed with betadine-soaked gauze",
 * "the stump was dressed open", "left unsutured", "left for delayed closure", "a VAC applied to the
 * open stump" (tag `dressing`: a closure stated after it in the note closes it after all).
 */
const OPEN_DRESSING = [
  `(?:wound|stump|incision|residual${SP}limb|amputation${SP}site|soft${SP}tissues?)${SP}(?:(?:was|were|is|are)${SP})?(?:(?:then|loosely|lightly|simply|widely)${SP})?packed\\b`,
  `packed${SP}with${SP}(?:[\\w-]+${SP}){0,3}?${PACKING}\\b`,
  `dressed${SP}open`,
  `left${SP}(?:unclosed|unsutured|unstitched)`,
  `left${SP}(?:[\\w-]+${SP}){0,2}?for${SP}(?:a${SP})?(?:delayed|secondary|later|staged|second${SP}stage|subsequent)${SP}(?:primary${SP})?closure`,
  `(?:vac|npwt|negative${SP}pressure)${SP}(?:[\\w-]+${SP}){0,6}?open${SP}(?:stump|wound|residual${SP}limb)`,
];
/**
 * The first cast of the immediate fitting technique (27591, DOMAIN.md: immediate fitting and its first
 * cast): a rigid (plaster) dressing or a plaster or fibreglass cast put on the stump in the operation.
 */
const RIGID_DRESSING = `(?:rigid${SP}(?:(?:plaster|cast|fib(?:re|er)glass|non-?removable)${SP})?dressing|(?:plaster(?:${SP}of${SP}paris)?|fib(?:re|er)glass|POP)${SP}(?:cast|dressing|socket))`;
const PUT_ON = `(?:applied|placed|moulded|molded|fitted|fashioned|put${SP}on)`;
const ON_THE_STUMP = `(?:to|over|on(?:to)?|around)${SP}(?:the${SP})?(?:(?:left|right|residual|amputation|thigh)${SP})?(?:stump|residual${SP}limb|thigh|amputation${SP}site)`;
/** A dressing put on after the operation: "on the fifth postoperative day", "at the first dressing change". */
const AFTER_THE_OPERATION =
  /\b(?:post-?op(?:erative)?\s+day|day\s+\d|on\s+the\s+(?:\w+\s+)?day|days?\s+later|weeks?\s+later|(?:first|next)\s+dressing\s+change|on\s+the\s+ward|in\s+(?:the\s+)?clinic)\b/i;
const rigidDressingToday = (sentence: string): boolean => !AFTER_THE_OPERATION.test(sentence);
/** A span of days or weeks: "three weeks", "18 days", "a few days". */
const SOME_DAYS = `(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|several|a${SP}few|few|some)${SP}(?:days?|weeks?|months?)`;
/**
 * When a closure is put at a later operation: "later", "at a second operation", "after 18 days", "in five
 * days", "three weeks later", "once the infection settles" (future only: "closed once haemostasis was
 * secured" is today's). Not "at a second stage", which a staged closure's own note says of today.
 */
const AT_A_LATER_OPERATION = `(?:later\\b|at${SP}(?:a|the)${SP}(?:second|subsequent|later|further|repeat|next)${SP}(?:operation|procedure|look|visit|trip${SP}to${SP}theatre)|after${SP}(?:another${SP})?${SOME_DAYS}|in${SP}${SOME_DAYS}|${SOME_DAYS}${SP}(?:later|afterwards|post-?op\\w*))`;
/**
 * Today's wound told by its closure at a later operation (time anchoring: a closure weeks later is not
 * today's closure, so today's wound was left open): "the stump was closed at a second operation after
 * 18 days", "wound closure was achieved with negative-pressure therapy after four weeks", "closure will
 * be performed once the infection settles", "three weeks later the stump was closed".
 */
/** Words between a closure and its time, not another clause's ("closed with clips to be removed in ten days"). */
const CLOSURE_GAP = `(?:(?!(?:which|that|to|and|but|or|will|would|be|removed?|removal|taken|reviewed|seen|sutures?|staples?|clips?|stitches|drains?)\\b)[\\w-]+${SP})`;
const CLOSED_AT_A_LATER_OPERATION = [
  `(?:wound|stump|skin|incision|flaps?|residual${SP}limb|amputation${SP}site)${SP}(?:was|were)${SP}(?:(?:then|finally|eventually|successfully|definitively|formally|secondarily|only)${SP})?closed${SP}${CLOSURE_GAP}{0,5}?${AT_A_LATER_OPERATION}`,
  `(?:wound|stump|skin|definitive|secondary|delayed|final|formal)${SP}closure${SP}(?:of${SP}the${SP}(?:wound|stump)${SP})?(?:was${SP})?(?:(?:eventually|finally|successfully)${SP})?(?:achieved|obtained|performed|done|undertaken|carried${SP}out|accomplished)${SP}${CLOSURE_GAP}{0,6}?${AT_A_LATER_OPERATION}`,
  `(?:closed|closure)${SP}(?:will|would|is${SP}to)${SP}(?:be${SP})?(?:performed|done|undertaken|attempted|carried${SP}out|follow)?${SP}?(?:[\\w-]+${SP}){0,3}?(?:${AT_A_LATER_OPERATION}|once\\b|when\\b|after\\b)`,
  `(?:will|would)${SP}be${SP}closed${SP}(?:[\\w-]+${SP}){0,3}?(?:${AT_A_LATER_OPERATION}|once\\b|when\\b)`,
  `${SOME_DAYS}${SP}later,?${SP}(?:the${SP})?(?:wound|stump|residual${SP}limb)${SP}(?:was|were)${SP}(?:\\w+${SP})?closed`,
];
/** The closure stated as not done: "no closure performed", "skin and muscle were not sutured", "no sutures placed". */
const CLOSURE_NOT_DONE = [
  `no${SP}(?:(?:primary|wound|skin|formal)${SP})?closure${SP}(?:was${SP})?(?:performed|done|attempted|undertaken|made|carried${SP}out)`,
  `(?:wound|stump|skin|flaps?|muscles?|fascia|incision)${SP}(?:(?:and|or)${SP}(?:the${SP})?(?:skin|muscles?|fascia|flaps?)${SP})?(?:was|were)${SP}not${SP}(?:sutured|stitched|approximated)`,
  `no${SP}sutures?${SP}(?:(?:were|was)${SP})?(?:placed|used|inserted)`,
];
const CLOSURE_WORD = /\b(?:closed|closure|sutured|stapled)\b/gi;
/** A closure put off or denied: "for delayed closure", "formal closure later", "not closed". */
const CLOSURE_DEFERRED_BEFORE =
  /\b(?:delayed|secondary|formal|definitive|later|second|staged|planned|future|subsequent|for|not|no|never|until|await\w*)\b[\s\w-]{0,20}$/i;
const CLOSURE_DEFERRED_AFTER =
  /^[\s,]*(?:later|at\s+(?:a|the)\s|in\s+(?:\d|a\s|two|three)|after|when|once|is\s+planned|planned|to\s+follow|will)/i;
/** Packing for a moment, for haemostasis: no wound left open. */
const PACKED_FOR_A_MOMENT =
  /\b(?:ha?emosta\w*|temporar\w*|briefly|while|whilst|meanwhile|meantime|attention|minutes?|tourniquet|bleeding)\b/i;
/**
 * A dressing of the open wound whose own sentence neither closes it afterwards ("packed and then closed
 * in layers") nor packs it only for a moment (for haemostasis, while the tourniquet is let down).
 */
export const notClosedAfter = (sentence: string, _start: number, end: number): boolean => {
  if (PACKED_FOR_A_MOMENT.test(sentence)) return false;
  const rest = sentence.slice(end);
  CLOSURE_WORD.lastIndex = 0;
  for (let m = CLOSURE_WORD.exec(rest); m !== null; m = CLOSURE_WORD.exec(rest)) {
    const before = rest.slice(Math.max(0, m.index - 25), m.index);
    const after = rest.slice(m.index + m[0].length, m.index + m[0].length + 25);
    if (!CLOSURE_DEFERRED_BEFORE.test(before) && !CLOSURE_DEFERRED_AFTER.test(after)) return false;
  }
  return true;
};

/**
 * An open or guillotine amputation at a level below the knee (or of an arm): "a guillotine ankle
 * amputation", "a guillotine amputation above the ankle", "a left open below-knee amputation". Its open
 * wound is that amputation's, not a thigh stump's: it decides nothing about 27592.
 */
const BELOW_THIGH_LEVEL =
  '(?:ankles?|below[\\s-]+(?:the[\\s-]+)?knee|BKA|trans-?tibial|feet|foot|fore-?foot|mid-?foot|toes?|rays?|Syme|Chopart|Lisfranc|trans-?metatarsal|TMA|calf|mid-?calf|tibia|shin|leg\\s+below\\s+the\\s+knee|arm|forearm|hand|fingers?|wrist|elbow)';
const LEVEL_BEFORE_OPEN = new RegExp(`\\b${BELOW_THIGH_LEVEL}${SP}(?:amputation${SP})?$`, 'i');
const LEVEL_AFTER_OPEN = new RegExp(
  `^${SP}(?:(?:circular|amputations?)${SP})?(?:(?:at|above|through|of|across)${SP}(?:the${SP})?(?:level${SP}of${SP}(?:the${SP})?)?)?(?:(?:left|right|L|R|lt|rt|distal|proximal|mid)${SP})?${BELOW_THIGH_LEVEL}\\b`,
  'i',
);
/** "A left open wound", "a left open femoral fracture": the side and a wound's state, not a wound left open. */
const SIDE_OPEN_NOUN =
  /^left[\s-]*open[\s-]+(?:(?:femoral|tibial|thigh|knee)[\s-]+)?(?:wounds?|fractures?|injur(?:y|ies)|ulcers?|sores?|defects?|lesions?|areas?|sinus(?:es)?|knee|thigh|hip|leg|femur|tibia)\b/i;
/**
 * The sentence's amputation is one below the thigh ("a guillotine below-knee amputation on Monday, stump
 * left open", "open BKA last week, wound packed") and it names no thigh level: the stump or wound it
 * leaves open is that amputation's.
 */
const BELOW_THIGH_AMPUTATION = new RegExp(
  `\\b(?:${BELOW_THIGH_LEVEL}${SP}(?:amputations?|disarticulations?)|BKA|TMA|amputations?${SP}(?:at|through|of|across|above)${SP}(?:the${SP})?(?:level${SP}of${SP}(?:the${SP})?)?(?:(?:left|right|L|R|distal|proximal|mid)${SP})?${BELOW_THIGH_LEVEL})\\b`,
  'i',
);
const THIGH_LEVEL_WORD =
  /\b(?:above[\s-]+(?:the[\s-]+)?knee|AKA|trans-?femoral|thigh|femur|femoral|through[\s-]+(?:the[\s-]+)?knee|knee[\s-]+disarticulation|hip|hind-?\s?quarter|hemi-?\s?pelvectomy)\b/i;
const openOfBelowThighAmputation = (sentence: string): boolean =>
  BELOW_THIGH_AMPUTATION.test(sentence) && !THIGH_LEVEL_WORD.test(sentence);
/** An open dressing (packing, a VAC) not closed after in its sentence, of no amputation below the thigh. */
const openDressingOfThigh = (sentence: string, start: number, end: number): boolean =>
  !openOfBelowThighAmputation(sentence) && notClosedAfter(sentence, start, end);
export const openAtThighLevel = (sentence: string, start: number, end: number): boolean =>
  !openOfBelowThighAmputation(sentence) &&
  !SIDE_OPEN_NOUN.test(sentence.slice(start, end + 40)) &&
  !LEVEL_BEFORE_OPEN.test(sentence.slice(Math.max(0, start - 30), start)) &&
  !LEVEL_AFTER_OPEN.test(sentence.slice(end, end + 60));

/** A matcher finds candidate mentions in one sentence. */
export type Matcher =
  | {
      kind: 'phrase';
      re: RegExp;
      /**
       * A part of `re` that every match holds and that is cheap to find (a non-global regex): a sentence
       * it does not match is not searched with `re`. For a phrase whose search can backtrack at length
       * in a sentence that holds no match (a list of up to eight words before its verb).
       */
      guard?: RegExp;
    }
  /** `a` and `b` in the same sentence, at most `maxWords` words apart, in either order. */
  | { kind: 'near'; a: RegExp; b: RegExp; maxWords: number };

export interface LexiconEntry {
  /** The mention counts only when its sentence passes this test. */
  when?: (sentence: string) => boolean;
  /**
   * The mention counts only when this test passes on its sentence and its offsets within it; `next` is
   * the note's text after the sentence (its next clause, when a semicolon ended the sentence).
   */
  whenMatch?: (sentence: string, start: number, end: number, next: string) => boolean;
  /** A name for mentions of this entry, for later filters (e.g. `stump`: a stump may be today's). */
  tag?: string;
  /** Only a negated mention counts ("no pathology report is available"): the words alone do not document. */
  onlyNegated?: boolean;
  /**
   * The words, affirmed, state the target's negative ("the wound was closed primarily" denies a wound
   * left open): an affirmed mention counts as negated, any other is dropped.
   */
  statesNegative?: boolean;
  /** Only a mention dictated as past history counts (e.g. a prior amputation named without 'prior'). */
  requireHistorical?: boolean;
  matcher: Matcher;
  /** The normalized value this entry implies, or a function of the sentence text. */
  value?: string | ((sentence: string) => unknown);
  /**
   * A value function reads the matched words, not the whole sentence: on a template line of several
   * items ("MRI [x]  CT [ ]  PET [ ]") each item's value is its own, and an unticked one adds none.
   */
  valueOfMatch?: boolean;
  negationIsMeaning?: boolean;
}

/** Which sections a target may be found in. */
export type SectionPolicy = 'performed' | 'any' | 'not-plan';

export const PERFORMED_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'title',
  'description',
  'findings',
  'specimen',
  'addendum',
  'other',
  'body',
]);

export interface TargetLexicon {
  entries: LexiconEntry[];
  sections: SectionPolicy;
  allowHistorical?: boolean;
  /**
   * A fact of the encounter (the admission): an earlier episode of care ("admitted with sepsis in
   * 2019") is history, while the past tense or a time earlier in this episode is not.
   */
  episode?: boolean;
  allowHypothetical?: boolean;
  /** When several values are found, the first one in this order wins. */
  valuePriority?: string[];
  /** The target is the patient's condition (family history cues apply). */
  condition?: boolean;
  /** Whether negation words inside the match count (false for targets whose words mean negation, e.g. 'limb preserved'). */
  negationInside?: boolean;
}

const phrase = (...alternatives: string[]): Matcher => ({ kind: 'phrase', re: any(...alternatives) });

// Words allowed between an active verb and its object: articles, sides, measures, qualifiers.
// A contrast inside it names the place not cut before the one cut: "the cut was made not through the joint
// itself but through the lateral sacral ala" (the denial stays inside "not … but": src/nlp/context.ts).
// It never opens with "and": a participle followed at once by "and" has no object of its own ("the ligamentum
// teres was cut and the entire residual femur was removed" cuts no femur).
const OBJECT_GAP_WORD =
  '(?:of|through|across|at|into|in|the|a|an|right|left|rt|lt|r|l|entire|whole|ipsilateral|both|superior|inferior|posterior|anterior|lateral|medial|and|additional|further|approximately|about|more|remaining|residual|\\d+(?:\\.\\d+)?|cm|centimet(?:er|re)s?|mm|was|were|is|are|then|made|performed|carried|out|completed|not\\s+(?:through|across|at|into|in)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?but)';
const OBJECT_GAP = `(?:\\s+(?!and\\b)${OBJECT_GAP_WORD}(?:\\s+${OBJECT_GAP_WORD}){0,5})?\\s+`;
// Words between a subject and its auxiliary ("the femur, now exposed, was"): no new clause.
const SUBJECT_GAP =
  "(?:,?\\s+(?!(?:but|or|while|whereas|which|was|were|is|are|had|has)\\b)[\\w'./×-]+){0,8}?,?\\s+";
// Words between the auxiliary and the verb ("was exposed anteriorly and divided"), not a new subject.
const VERB_GAP =
  "(?:\\s+(?!(?:but|or|while|whereas|which)\\b)(?!and\\s+(?:the|a|an|his|her|its|then\\s+the)\\b)[\\w'/-]+){0,4}?\\s+";

/**
 * An action on an anatomic structure, in the shapes dictation uses: passive ("the SI joint was
 * exposed and divided"), terse ("femur transected"), active ("we divided the right SI joint",
 * "osteotomy through the ilium"). Anatomy and action must be tied by syntax, not merely be near.
 */
/**
 * A structure in a place phrase ("dislocated from the acetabulum", "delivered out of the acetabulum",
 * "stripped off the femur") is where an act was done, not the subject of a later verb ("… from the
 * acetabulum, and the limb was removed").
 */
const NOT_A_PLACE = `(?<!\\b(?:from|out${SP}of|off|around|beside|near)\\s+(?:the\\s+)?(?:${SIDE_WORD}\\s+)?)`;

/** A bone's division at the ends of the segment a resection takes out. */
const DIVIDED_AT_ITS_ENDS = '(?:cut|divided|osteotomi[sz]ed|sawn|transected|sectioned|split)\\b';
/** What may stand between two coordinated participles of one subject: no finite verb, no clause or sentence end. */
const COORDINATED_GAP =
  "(?:\\s+(?!(?:was|were|is|are|had|has|have|but|or|while|whereas|which|who|then|we|he|she|they|it)\\b)[\\w'/-]+,?){1,14}?";

const act = (anatomy: string, verb: string): Matcher => ({
  kind: 'phrase',
  re: any(
    `${behind(NOT_A_PLACE, anatomy)}${SUBJECT_GAP}(?:was|were|is|are|been|being|got)${VERB_GAP}${verb}`,
    `${anatomy}\\s+(?:(?:then|was|were)\\s+)?${verb}`,
    // A terse elliptical passive: "Femur exposed subperiosteally and divided" (no new subject after "and").
    // (shorthand "w/" among the words: "Femur cleared w/ elevator and cut").
    `${anatomy}\\s+(?:(?!(?:the|a|an|his|her|its|and|but|or)\\b)(?:[\\w'-]+|w\\/o?)\\s+){1,4}?and\\s+(?:then\\s+)?${verb}`,
    `${anatomy}\\s+(?:with|along\\s+with|together\\s+with|including)\\s+(?:[\\w'-]+\\s+){1,6}?${verb}`,
    `${verb}${OBJECT_GAP}${anatomy}`,
    // "cleared the femur circumferentially and cut it with the saw"
    `${anatomy}(?:\\s+[\\w'-]+){0,6}?\\s+(?:and|then)\\s+(?:then\\s+)?${verb}\\s+(?:it|them)\\b`,
    // A bone divided at its ends and then taken out, the second participle coordinated after the first
    // one's places and asides, with the same subject: "the superior ramus was cut at the tubercle and
    // lateral to the eminence, sparing the acetabulum, and removed en bloc", "the ilium was osteotomised
    // above the notch and removed with the tumour". Not over another finite verb or a new clause.
    `${behind(NOT_A_PLACE, anatomy)}${SUBJECT_GAP}(?:was|were)\\s+(?:\\w+ly\\s+)?${DIVIDED_AT_ITS_ENDS}${COORDINATED_GAP},?\\s+and\\s+(?:then\\s+|subsequently\\s+|finally\\s+)?${verb}`,
  ),
});
const near = (a: string, b: string, maxWords = 6): Matcher => ({
  kind: 'near',
  a: any(a),
  b: any(b),
  maxWords,
});
const entry = (
  matcher: Matcher,
  value?: LexiconEntry['value'],
  extra: Partial<LexiconEntry> = {},
): LexiconEntry => ({
  matcher,
  ...(value === undefined ? {} : { value }),
  ...extra,
});

/**
 * An implant the patient already has ("an infected total knee replacement", "removal of the failed
 * endoprosthesis"): the words before a reconstruction term that make it the old implant, not today's.
 */
const PRIOR_IMPLANT =
  /\b(?:infected|failed|failing|loose|loosened|painful|septic|previous|prior|old|existing|dislocated|fractured|periprosthetic|removal\s+of|revision\s+of|removed|explant\w*)\b(?:\s+[\w-]+){0,3}\s*$/i;

/** "old" that is not the end of an age ("a 70-year-old man", "80 years old"). */
const NOT_AN_AGE = '(?<!\\b(?:\\d+|\\w+)[- ](?:years?|yrs?|months?|weeks?|days?)[- ])';
/**
 * An adjective of order that names today's first stage, not an earlier operation: after "this" ("this
 * initial above-knee amputation is left open"), or with its own predicate told done today ("the initial
 * guillotine above-knee amputation was performed today").
 */
const NOT_TODAYS_STAGE = '(?<!\\bthis\\s+)';
const TOLD_DONE_TODAY =
  '[^.;:\\n]{0,80}?\\b(?:was|is|being)\\s+(?:\\w+ly\\s+)?(?:performed|done|carried\\s+out|undertaken)\\s+(?:[\\w-]+\\s+){0,4}?(?:today|now|tonight|this\\s+(?:morning|afternoon|evening)|at\\s+this\\s+(?:operation|sitting))\\b';
/**
 * An adjective that dates the noun it heads: "the former above-knee amputation", "her earlier left AKA",
 * "the original amputation", "the initial thigh amputation", "the index above-knee amputation". Only as the amputation's own adjective, with
 * sides and levels between ("the initial plan was an amputation" is a plan, "a former smoker" a person).
 */
/**
 * "initial" as the first stage of the amputation described, told in the present as what is done or what
 * it is for ("the initial amputation is performed at the lowest level that will heal", "the initial
 * amputation is to remove dead tissue"): a staged technique's first step, not an earlier operation. A
 * present state ("the initial amputation is breaking down") still dates it.
 */
const INITIAL_AS_STAGE =
  '[^.;:\\n]{0,80}?\\b(?:is|are)\\s+(?:\\w+ly\\s+)?(?:performed|done|carried\\s+out|undertaken|to\\s+(?:remove|debride|excise|control|clear|save|preserve|stabili[sz]e))\\b';
const EARLIER_ADJECTIVE = `${NOT_TODAYS_STAGE}(?:former|earlier|original|initial(?!${INITIAL_AS_STAGE})|preceding|index)(?!${TOLD_DONE_TODAY})(?=(?:${SP}(?:left|right|L|R|lt|rt|bilateral|short|long|open|guillotine|traumatic|primary|thigh|femoral|high|low|mid${SP}thigh)\\.?){0,3}${SP}(?:${THIGH_AMPUTATION}|amputation|${THIGH_STUMP}|stump)\\b)`;
/** What marks an amputation as an earlier one: "prior", "old", "status post", "history of", "former". */
const PRIOR_QUALIFIER = `(?:prior|previous|previously|existing|${NOT_AN_AGE}old|remote|status${SP}post|s/p|history${SP}of|had${SP}undergone|had${SP}(?:a|an)|${EARLIER_ADJECTIVE})`;
const QUALIFIER_FIRST = new RegExp(`^${PRIOR_QUALIFIER}`, 'i');

/**
 * Words of a day-case (outpatient) stay: an admission to such a unit is not an inpatient one.
 * DAY_CASE and DAY_CASE_STAY are kept apart: this is one word's prefix, where a unit's name starts
 * ("the day unit", "the short stay ward"), so a bare "day", "same" or "short" is enough; the stay is a
 * phrase anywhere in a sentence, where those words alone are no stay ("on the day of surgery", "a short
 * segment") and need their second word. Nor do the heads agree: the stay reads "out-patient", which
 * this guard lets through as a word; one list would change what either matches.
 */
const DAY_CASE = `(?:day|same|ambulatory|outpatient|observation|short)\\b`;
/** A day-case stay named in a sentence: "day surgery unit", "day ward", "same-day", "ambulatory". */
const DAY_CASE_STAY =
  /\b(?:day[\s-]*(?:case|surgery|surgical|ward|unit|stay)|same[\s-]*day|ambulatory|out-?patient|observation|short[\s-]*stay)\b/i;
/**
 * A day-case stay as the place an admission goes to, at once or after one word: "admitted to the
 * out-patient unit", "admitted via the ambulatory surgery centre", "… to the new day-surgery unit".
 */
const DAY_CASE_AFTER = new RegExp(
  `^${SP}(?:(?:to|into|via|through|for|in|on|at)${SP})?(?:(?:the|a|an|our)${SP})?(?:[\\w-]+\\s+)?${DAY_CASE_STAY.source}`,
  'i',
);
/**
 * An admission whose words, or the place named right after them, are a day-case stay ("was admitted to
 * the day-surgery unit", "admitted to the out-patient unit"): not an inpatient admission, unless its own
 * words say inpatient.
 */
const admittedToDayCase = (sentence: string, start: number, end: number): boolean => {
  const words = sentence.slice(start, end);
  if (/\bin-?patient/i.test(words)) return false;
  return DAY_CASE_STAY.test(words) || DAY_CASE_AFTER.test(sentence.slice(end));
};
const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?`;

// --- value readers --------------------------------------------------------------------------
const LEVEL_AMOUNT = `(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)${SP}(?:cm|centimet(?:er|re)s?|mm|inch(?:es)?|hand${SP}breadths?|finger${SP}breadths?)`;
const LEVEL_PHRASE = new RegExp(
  [
    `${LEVEL_AMOUNT}${SP}(?:proximal|above|below|distal|from|more${SP}proximal|higher|shorter)[^.;,]{0,40}`,
    // The amount taken off: "shortened approx. 4 cm", "cut back by 3 cm".
    `(?:shorten\\w*|cut${SP}back|trimmed|resected)${SP}(?:by${SP})?(?:(?:approx\\.?|approximately|about|a${SP}further|another)${SP})?${LEVEL_AMOUNT}`,
    `(?:proximal|middle|mid|distal|upper|lower)${SP}(?:third|half|shaft|diaphys\\w*|metaphys\\w*|femur)`,
    'mid-?shaft',
    'sub-?trochanteric',
    'supra-?condylar',
    `(?:lesser|greater)${SP}trochanter`,
    `more${SP}proximal(?:ly)?`,
    `(?:a|the)${SP}(?:higher|new|more${SP}proximal)${SP}level`,
    `level${SP}of${SP}the${SP}[a-z -]{3,30}`,
  ].join('|'),
  'i',
);
/**
 * A measure corrected on the spot ("four centimeters higher than the old cut, correction, five centimeters
 * higher", "12 cm, sorry, 14 cm above the joint"): the sentence from the correction on, when a measure
 * follows it there; else the sentence.
 */
const SPOKEN_CORRECTION = /\b(?:correction|scratch\s+that|strike\s+that|i\s+mean|sorry)\b[\s,:;-]*/gi;
function correctedMeasure(sentence: string, measure: RegExp): string {
  let from = -1;
  for (const m of sentence.matchAll(SPOKEN_CORRECTION)) {
    const after = sentence.slice(m.index + m[0].length);
    if (measure.test(after.slice(0, 60))) from = m.index + m[0].length;
  }
  return from < 0 ? sentence : sentence.slice(from);
}

/** The level of a femoral cut as dictated ("10 cm above the knee", "mid-shaft"). */
export const readLevel = (sentence: string): string | undefined =>
  LEVEL_PHRASE.exec(correctedMeasure(sentence, LEVEL_PHRASE))?.[0]?.trim();

const PRIOR_LEVEL = new RegExp(
  `above${SP}(?:the${SP})?knee|\\bAKA\\b|\\bAK\\b|trans-?femoral|thigh|through${SP}(?:the${SP})?femur|knee${SP}disarticulation|through${SP}(?:the${SP})?knee`,
  'i',
);
// Distal amputation levels: a prior toe, foot, ankle or below-knee amputation is not a prior thigh amputation.
const DISTAL_LEVEL = new RegExp(
  `\\b(?:toes?|great${SP}toe|hallux|digits?|ray|trans-?metatarsal|forefoot|mid-?foot|foot|ankle|syme'?s?|chopart|lisfranc|below${SP}(?:the${SP})?knee|\\bBKA\\b|trans-?tibial)\\b`,
  'i',
);
/**
 * A prior amputation below the knee stated as such ("failed right BKA", "previous below-knee
 * amputation", "the below-knee stump"): where it is this limb's only stated prior amputation, a
 * re-amputation or stump that does not say where the earlier amputation was is that one (DOMAIN.md:
 * a failed below-knee amputation converted above the knee is a first thigh amputation).
 */
export const DISTAL_PRIOR = new RegExp(
  `\\b(?:prior|previous|previously|failed|failing|non-?healing|infected|septic|dehisced|ischemic|ischaemic|${NOT_AN_AGE}old|existing|recent|status${SP}post|s/p|history${SP}of|had${SP}(?:an?${SP})?|underwent${SP}(?:an?${SP})?)(?:(?:left|right|L|R|lt|rt)${SP})?(?:below${SP}(?:the${SP})?knee|BKA|trans-?tibial)\\b|\\b(?:below${SP}(?:the${SP})?knee|BKA|trans-?tibial)(?:${SP}amputation)?${SP}(?:stump|residual${SP}limb|(?:\\w+${SP}){0,3}(?:failed|ago|broke${SP}down|dehisced|necro\\w*|infected))`,
  'gi',
);

/** A prior amputation mention counts for the thigh unless it names only a distal level. */
const thighLevelOrUnstated = (sentence: string): boolean =>
  PRIOR_LEVEL.test(sentence) || !DISTAL_LEVEL.test(sentence);

// The level an amputation is converted or revised to is today's, not the prior one's.
const CONVERSION_TARGET = new RegExp(
  `(\\b(?:convert\\w*|conversion|revis\\w*|taken|brought|elevat\\w*)${SP}(?:[\\w-]+,?\\s+){0,7}?)(?:to|into)${SP}(?:an?${SP}|the${SP})?(?:${SIDE_WORD}${SP})?(?:above${SP}(?:the${SP})?knee|\\bAKA\\b|trans-?femoral|thigh|through${SP}(?:the${SP})?knee|knee${SP}disarticulation)\\w*(?:${SP}(?:level|amputation))?`,
  'gi',
);
/** Words that open a conversion: a sentence without them has no conversion target (cheap test first). */
/** Characters around a mention searched for the conversion it may be the target of. */
const CONVERSION_REACH = 160;
const CONVERSION_HEAD = /\b(?:convert|conversion|revis|taken|brought|elevat)/i;
const OTHER_LIMB =
  /\b(?:other|contralateral|opposite|non-?operative)[\s-]+(?:leg|limb|side|extremity|thigh|lower)|\bcontralateral(?:ly)?\b|\bon the other\b/i;
const PRIOR_WINDOW = 60;
// "recreating a new thigh stump", "to form the residual limb": the stump made today.
const NEW_STUMP =
  /\b(?:new|neo-?|creat\w*|recreat\w*|form\w*|fashion\w*|shap\w*|resulting)\s+(?:\w+\s+){0,2}$/i;

/**
 * A prior amputation mention, read around the mention itself (not the whole sentence): it counts for
 * this thigh unless it names only a distal level (a failed below-knee amputation converted to above
 * the knee is a prior BKA) or the other limb.
 */
// Curettage (27355 family) acts on a bone lesion: a curette used in a debridement of soft tissue, a
// stump or a graft harvest, in a sentence that names no lesion, is not curettage of a lesion.
/**
 * A curettage's bone outside the femur (the family's curettage codes are the femur's, 27355-27357): a bone
 * of the arm, shoulder girdle, spine, chest, skull or foot, or the leg below the knee. A note that names
 * one of them and never the femur, thigh, hip or knee documents no femoral curettage (rules-extractor).
 */
/**
 * A defect filled with cement and nothing else ("filled with cement only", "packed with PMMA alone",
 * "with bone cement only", "only cement was used"): no graft went in. Not "cement and allograft only".
 */
export const CEMENT_ONLY_FILL =
  /\b(?:with|using)\s+(?:(?:bone|acrylic|PMMA)\s+)?(?:cement|PMMA|polymethylmethacrylate)(?:\s+(?:bone\s+)?cement)?\s+(?:only|alone)\b|\b(?:with|using)\s+only\s+(?:(?:bone|acrylic|PMMA)\s+)?(?:cement|PMMA|polymethylmethacrylate)\b(?!\s+(?:and|plus|with)\b)|\bonly\s+(?:bone\s+)?cement\s+(?:was|were)\s+used\b/i;
/** A graft told put into the defect, which a statement of cement only does not undo. */
export const GRAFT_PUT_IN =
  /\b(?:pack\w*|fill\w*|impact\w*|plac\w*|insert\w*|grafted|implant\w*|tamp\w*|morseli[sz]ed)\b/i;
export const CURETTAGE_OTHER_BONE =
  /\b(?:humer(?:us|i|al)|radius|radial\s+(?:head|neck|shaft|metaphysis)|ulna[er]?|clavic\w*|scapula[er]?|calcane(?:us|al|um)|talus|talar|metacarp\w*|metatars\w*|phalan\w*|vertebra\w*|ribs?|sternum|skull|mandib\w*|tibia[el]?|fibula[r]?|shoulder|elbow|wrist|forearm|upper\s+arm)\b/i;
export const CURETTAGE_FAMILY_SITE =
  /\b(?:femur|femora|femoral|thighs?|trochant\w*|inter-?trochanteric|sub-?trochanteric|supra-?condylar|condyl\w*|hips?|knees?)\b/i;
const SOFT_TISSUE_TARGET =
  /\b(?:debrid\w*|necro\w*|granulation|slough\w*|fibrin\w*|soft[\s-]tissues?|subcutane\w*|fasci\w*|muscle|wound|stump|ulcer\w*|abscess|sinus|bursa\w*|skin|harvest\w*|donor[\s-]site)\b/i;
const BONE_LESION_TARGET =
  /\b(?:tumou?rs?|lesions?|cysts?|cavity|cavities|enchondroma|chondroblastoma|giant[\s-]cell|lytic|metasta\w*|\w*sarcoma|intralesional\w*)\b/i;
/** A soft-tissue tumour named in a sentence; a bone, a bone site or a bone sarcoma rules it out. */
const SOFT_TISSUE_TUMOR = /\b(?:\w*sarcomas?|lipomas?|tumou?rs?|mass(?:es)?|lesions?)\b/i;
const BONE_NAMED = new RegExp(
  `${BONE_SITE}|\\b(?:osteosarcoma|chondrosarcoma|ewing\\w*|bones?|osseous|cortex|cortical|medullary|curett\\w*)\\b`,
  'i',
);
const namesSoftTissueTumor = (sentence: string): boolean =>
  SOFT_TISSUE_TUMOR.test(sentence) && !BONE_NAMED.test(sentence);
/** The femur named in a sentence (the curettage family's only bone). */
const FEMUR_NAMED = /\b(?:femur|femoral|femora|trochanter\w*|condyl\w*)\b/i;
/** A pelvic bone as the site of an act, not a graft's donor ("autograft from the iliac crest", "from the ilium"). */
const PELVIC_ACT_SITE =
  /(?<!\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?)\b(?:pelvi\w*|acetabul\w*|periacetabular|il[ie]um|iliac(?!\s+crest)|pubi\w*|ischi\w*|sacr\w*|innominate|hemipelv\w*)\b/i;
/**
 * Whether a curettage sentence may be curettage of a bone lesion (not soft tissue alone) of the femur:
 * a sentence that curettes a pelvic bone and names no femur ("the acetabulum was curetted down to
 * bleeding bone", "curettage of the iliac lesion") is not the femur's curettage.
 */
/**
 * A curette used only to take a sample ("a proximal margin, taken from the canal with a curette, for
 * culture"; "cultures obtained with a curette"): the instrument of the sampling, no curettage of a lesion.
 */
const SAMPLE_WITH_CURETTE =
  /\b(?:margins?|cultures?|samples?|specimens?|swabs?|biops(?:y|ies))\b[^.;]{0,60}?\b(?:taken|obtained|collected|sampled|retrieved|harvested)\b[^.;]{0,40}?\bwith\s+(?:a|the)\s+(?:[\w-]+\s+)?curettes?\b/gi;
/** Whether every curette the sentence names is a sampling's instrument. */
function curetteOnlySamples(sentence: string): boolean {
  const spans = [...sentence.matchAll(SAMPLE_WITH_CURETTE)].map((m) => [m.index, m.index + m[0].length]);
  if (spans.length === 0) return false;
  return [...sentence.matchAll(/curett\w*/gi)].every((c) =>
    spans.some(([a, b]) => c.index >= (a as number) && c.index < (b as number)),
  );
}
/**
 * Sites below the femur, or a fixator's pin and screw sites: a curettage there is no femoral lesion's. Not a
 * graft's donor ("a fibular strut graft", "autograft from the proximal tibia"), as PELVIC_ACT_SITE.
 */
const NOT_FEMORAL_SITE =
  /\b(?:pin[\s-]?(?:sites?|tracts?|holes?)|screw[\s-]?holes?)\b|(?<!\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?)\b(?:tibi\w*|fibul\w*|calcane\w*|heel|ankle|foot|toes?|metatars\w*)\b(?!\s+(?:[\w-]+\s+)?(?:grafts?|struts?|auto-?grafts?|allo-?grafts?|dowels?|bone\s+grafts?|cortical|cancellous))/i;
/** A bone's canal, scraped in an infected stump or a revision ("the canal was curetted and irrigated"): no lesion. */
const CANAL_TARGET = /\b(?:(?:medullary|intramedullary|femoral|marrow)\s+)?canal\b/i;
const curettesBoneLesion = (sentence: string): boolean =>
  !curetteOnlySamples(sentence) &&
  (!SOFT_TISSUE_TARGET.test(sentence) || BONE_LESION_TARGET.test(sentence)) &&
  (!CANAL_TARGET.test(sentence) || BONE_LESION_TARGET.test(sentence)) &&
  (!PELVIC_ACT_SITE.test(sentence) || FEMUR_NAMED.test(sentence)) &&
  (!NOT_FEMORAL_SITE.test(sentence) || FEMUR_NAMED.test(sentence));

/**
 * "he then had a hindquarter amputation", "she had a right above-knee amputation performed": a case
 * report's course narrating the operation (a sequence word before "had", or "had … performed"), not an
 * earlier one. "had had" (the pluperfect) stays prior; a date makes it history through its own cue.
 */
const HAD_NARRATED_BEFORE =
  /\b(?:then|subsequently|eventually|later|finally|ultimately|therefore|thus|so|urgently|emergently|successfully|promptly)\s+$/i;
const HAD_NOW_PRESENTS = /\b(?:now|presents|presenting|returns|is|has|was\s+referred)\b/i;
const HAD_PERFORMED_AFTER = /^(?:[\s,]+[\w-]+){0,2}?\s+(?:performed|done|carried\s+out|undertaken)\b/i;
/**
 * A case description's opening subject right before its main verb "had": "A 48-year-old man had …",
 * "An 80-year-old diabetic woman with sepsis had …". Its undated past is the case's own operation
 * (a date, "ago" or "prior" makes it history through their own cues); not "who had" (a relative
 * clause: the patient's past before the main verb), nor "he had" in a history.
 */
const CASE_SUBJECT_BEFORE =
  /^\s*(?:(?:we\s+(?:report|present|describe)\s+|this\s+is\s+)?(?:a|an|our)\s+)(?:[\w-]+[- ]years?[- ]old|aged\s+\d+)(?:\s+(?!who\b|whose\b|had\b)[\w-]+){1,3}?(?:\s+with(?:\s+(?!who\b|had\b)[\w-]+){1,5}?)?\s+$/i;
const narratedHad = (sentence: string, start: number, end: number): boolean => {
  if (!/^had\s+an?\b/i.test(sentence.slice(start, end))) return false;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // "had had", or "had … performed and now presents with …": the amputation came before today's story.
  if (/\bhad\s+$/i.test(before) || HAD_NOW_PRESENTS.test(after)) return false;
  return HAD_NARRATED_BEFORE.test(before) || HAD_PERFORMED_AFTER.test(after);
};
/** A case description's opening "had": today's operation unless the story moves on (see the extractor). */
const caseOpenerHad = (sentence: string, start: number, end: number): boolean =>
  /^had\s+an?\b/i.test(sentence.slice(start, end)) &&
  CASE_SUBJECT_BEFORE.test(sentence.slice(0, start)) &&
  !HAD_NOW_PRESENTS.test(sentence.slice(end));

export const priorAtThighLevel = (sentence: string, start: number, end: number): boolean => {
  // The level a failed amputation is converted or revised to is today's: a mention inside it is not
  // prior. Looked for in a bounded window around the mention (linear in the note).
  const near = Math.max(0, start - CONVERSION_REACH);
  const around = sentence.slice(near, Math.min(sentence.length, end + CONVERSION_REACH));
  const converts = CONVERSION_HEAD.test(around);
  CONVERSION_TARGET.lastIndex = 0;
  for (
    let m = converts ? CONVERSION_TARGET.exec(around) : null;
    m !== null;
    m = CONVERSION_TARGET.exec(around)
  ) {
    const targetStart = near + m.index + (m[1] ?? '').length;
    if (start >= targetStart && end <= near + m.index + m[0].length) return false;
  }
  const unconverted = (s: string): string => (converts ? s.replace(CONVERSION_TARGET, '$1 ') : s);
  const window = unconverted(
    sentence.slice(Math.max(0, start - PRIOR_WINDOW), Math.min(sentence.length, end + PRIOR_WINDOW)),
  );
  if (OTHER_LIMB.test(window)) return false;
  // The level named with the mention itself ("the prior below-knee amputation stump") decides first.
  for (const own of [sentence.slice(start, end), sentence.slice(Math.max(0, start - 25), end)]) {
    const text = unconverted(own);
    const distal = DISTAL_LEVEL.test(text);
    const thigh = PRIOR_LEVEL.test(text);
    if (distal && !thigh) return false;
    if (thigh && !distal) return true;
  }
  return thighLevelOrUnstated(window);
};

/** A level the sentence says the earlier amputation was not ("was not a knee disarticulation"). */
const DENIED_LEVEL_BEFORE = new RegExp(
  `\\b(?:not${SP}(?:an?${SP})?|rather${SP}than${SP}(?:an?${SP})?|instead${SP}of${SP}(?:an?${SP})?)$`,
  'i',
);

const readPriorLevel = (sentence: string): string | undefined => {
  const all = new RegExp(PRIOR_LEVEL.source, 'gi');
  let m: string | undefined;
  for (let hit = all.exec(sentence); hit !== null; hit = all.exec(sentence))
    if (!DENIED_LEVEL_BEFORE.test(sentence.slice(Math.max(0, hit.index - 24), hit.index))) {
      m = hit[0].toLowerCase();
      break;
    }
  if (!m) return undefined;
  if (/knee disartic|through/.test(m) && /knee/.test(m)) return 'knee disarticulation';
  return 'transfemoral (above-knee)';
};

/**
 * A size in figures or words: "11.5", "eleven point five", "two point zero" ("point oh"), "twenty-two",
 * "four and a half" (a half, a quarter, three quarters added to the whole).
 */
export const NUM = `(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD})(?:${SP}point${SP}(?:\\d|zero|oh|${Object.keys(UNITS).slice(0, 9).join('|')})|\\s+and\\s+(?:a\\s+half|a\\s+quarter|three[\\s-]+quarters))?`;
const FRACTION = /\s+and\s+(a\s+half|a\s+quarter|three[\s-]+quarters)$/;
export const parseNumber = (raw: string): number | undefined => {
  const text = raw.toLowerCase().trim();
  const fraction = FRACTION.exec(text);
  const part = fraction?.[1];
  const added = part === undefined ? 0 : part.endsWith('half') ? 0.5 : part.startsWith('three') ? 0.75 : 0.25;
  const [whole, frac] = (fraction ? text.slice(0, fraction.index) : text).split(/[\s-]*point[\s-]*/);
  const w = whole === undefined ? Number.NaN : (ageValue(whole) ?? Number(whole));
  if (Number.isNaN(w)) return undefined;
  if (frac === undefined) return w + added;
  const f = frac === 'zero' || frac === 'oh' ? 0 : (UNITS[frac] ?? Number(frac));
  return Number.isNaN(f) ? w : Number(`${w}.${f}`);
};
const DIMENSIONS = new RegExp(
  `(${NUM})(?:${SP}(?:x|by|×)${SP}(${NUM}))?(?:${SP}(?:x|by|×)${SP}(${NUM}))?${SP}(cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?)\\b`,
  'gi',
);
/**
 * A template field whose label carries the unit ("Size (cm): 6.2", "Greatest dimension (mm): 45 x 30"):
 * the numbers after it, in that unit.
 */
const UNIT_IN_LABEL = new RegExp(
  `(\\b(?:size|dimensions?|diameter|measurements?)${SP})\\(${SP}(cm|mm)${SP}\\)${SP}([:=]?)${SP}(${NUM}(?:${SP}(?:x|by|×)${SP}${NUM}){0,2})(?!${SP}(?:cm|mm|centimet|millimet))`,
  'gi',
);
/** The text with a label's unit written after the field's numbers ("Size: 6.2 cm" for "Size (cm): 6.2"). */
export const unitFromLabel = (text: string): string =>
  text.replace(
    UNIT_IN_LABEL,
    (_m, label: string, unit: string, sep: string, value: string) => `${label}${sep} ${value} ${unit}`,
  );
// What a measurement measures, from the words right after it ("2 cm margin", "a 20 cm long incision",
// "3 cm proximal to it", "a 10 mm drain").
const MARGIN_AFTER =
  /^\s*(?:\w+\s+){0,2}(?:margin|cuff|rim|proximal|distal|from|of normal|beyond|away|incision|skin|paddle|ellipse|drain|flap|scar|wound)/i;
// ... or from the words right before it, in the same phrase or in a bracket after them ("Incision 12cm", "a
// skin paddle of 12 x 5 cm", "fascia lata and skin ellipse (24 x 9 cm)"; "specimen measuring 14 x 9 cm": the
// specimen is the tumour with its margins, not the tumour, see ofSpecimen).
const NOT_TUMOR_BEFORE =
  /\b(?:incision|skin|paddle|ellipse|drain|flap|scar|wound)\s*(?:(?:of|measuring|measured|was|were|about|approx\.?|approximately|long|length)\s*)*(?:\(\s*(?:(?:about|approx\.?|approximately|ca\.?)\s*)?)?$/i;
const SPECIMEN_BEFORE =
  /\bspecimens?\s*(?:(?:of|measuring|measured|was|were|about|approx\.?|approximately|long|length)\s*)*$/i;
// ... or a margin is the subject the measurement is said of ("the margin around the tumour measured 2 cm",
// "the deep margin from the lesion was 4 mm").
const MARGIN_SUBJECT =
  /\b(?:margins?|cuff)\s+(?:(?:around|of|from|to|over|beyond)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?(?:measur\w*|was|were|is|are)\s+(?:(?:about|approx\.?|approximately)\s+)?$/i;
// A distance or a level, not a dimension: the measurement runs from a landmark ("18 cm above the joint
// line", "3 cm below the greater trochanter", "5 cm proximal to the lesion", "2 cm from the knee", "1 cm
// short of the physis", "4 cm lateral to the sacroiliac joint"), possibly with an adverb ("5 cm more
// proximally", "about 2 cm further distal").
const DISTANCE_AFTER =
  /^\s*(?:(?:more|further|farther|well|just|or so|higher|lower)\s+)*(?:above|below|beneath|under|over|proximal(?:ly)?|distal(?:ly)?|from|beyond|past|short of|away|clear of|outside|up|down|lateral(?:ly)?\s+(?:to|of|from)|medial(?:ly)?\s+(?:to|of|from)|anterior(?:ly)?\s+(?:to|of|from)|posterior(?:ly)?\s+(?:to|of|from)|superior(?:ly)?\s+(?:to|of|from)|inferior(?:ly)?\s+(?:to|of|from)|deep\s+to|superficial\s+to|cephalad|caudad|cranial(?:ly)?|caudal(?:ly)?)\b/i;
// ... or named as one before it ("at a distance of 12 cm", "the level of the cut, 15 cm", "osteotomy at 14 cm").
const DISTANCE_BEFORE =
  /\b(?:distance|level|(?:osteotom\w*|cut|transect\w*|sectioned|divided|sawn|amputated)(?:\s+\w+){0,3}\s+at)\s*(?:(?:of|at|about|approx\.?|approximately|some)\s*)*$/i;
// An implant or an opening in bone, not the tumour ("femoral stem 13 x 120 mm", "a 12 x 95 mm stem", "a 4 x 2
// cm cortical window").
const DEVICE_AFTER =
  /^\s*(?:(?:long|wide|diameter|cemented|uncemented|modular|cortical|bony|bone|femoral|tibial|intramedullary)\s+)*(?:stem|component|extension|piece|body|segment|implant|prosthesis|plate|screw|nail|rod|pin|wire|spacer|collar|window|trough|drill|burr|reamer|cement)s?\b/i;
// A bound, not a measurement: "less than 5 cm", "under 5 cm", "(>5 cm)", "at least 5 cm", "5 cm or
// greater" state the category a procedure name or a descriptor names, not the tumour's measured size
// (a pathology's "the tumour up to 7 x 6 cm" gives its greatest dimension: a size).
const BOUND_BEFORE =
  /(?:\b(?:less|smaller|greater|larger|bigger|more)\s+than|\b(?:under|below|over|above|exceeding|at\s+least)|[<>≤≥]=?)\s*$/i;
const BOUND_AFTER = /^\s*(?:or\s+(?:more|less|larger|greater|bigger|smaller|above|over|under|below)\b|\+)/i;
const DEVICE_BEFORE =
  /\b(?:stem|component|extension(?:\s+piece)?|piece|body|segment|implant|prosthesis|plate|screw|nail|rod|spacer|collar|window|reamer|reamed|drill(?:ed)?)\s*(?:(?:of|measuring|was|were|about|approx\.?|approximately|long|length|diameter|to)\s*)*$/i;

/**
 * A measurement in a clause about the specimen, with no tumour named between ("the specimen is a bulky
 * resection of muscle and skin, 18 cm long", "specimen 20 cm long"): the specimen's size, not the
 * tumour's ("the specimen … containing a tumour of 4 x 3 cm", "containing a 3.5 cm tumour" measure the
 * tumour). A specimen named as where the tumour was measured is no subject: "the tumour on the specimen
 * measures 2.3 cm", "tumour size (measured on the fresh specimen): 10.8 cm" measure the tumour.
 */
const SPECIMEN_CHARS = 160;
const SPECIMEN_WORD = /\bspecimens?\b/gi;
const TUMOR_WORD = new RegExp(TUMOR, 'i');
/** Whether a text names a tumour (a mass, a lesion, a sarcoma, an "-oma"). */
export const namesTumor = (text: string): boolean => TUMOR_WORD.test(text);
const TUMOR_NEXT = new RegExp(`^\\s*(?:[\\w-]+\\s+){0,2}?${TUMOR}`, 'i');
/** "on the fresh", "within the resected", "in", "at gross examination of the": the specimen as a place. */
const SPECIMEN_PLACE =
  /(?:\b(?:on|in|within|inside|from|at)|\b(?:examination|inspection|sectioning|measurement|assessment)\s+of)\s+(?:[\w-]+\s+){0,3}?$/i;
/** What a tumour measured on the specimen is not: a piece of tissue, an opening or a margin around it. */
const NOT_TUMOR_HEAD =
  /\b(?:incision|skin|paddle|ellipse|drain|flap|scar|wound|margins?|cuff|rim|fascia|muscle|bone|cortex|window|fat)\b/i;
/**
 * Whether the specimen word at `at` in `lead` is the place the tumour was measured: a preposition before
 * it, and a tumour named earlier in the clause with no other tissue named there ("the skin ellipse over
 * the tumour on the specimen measured 12 cm" measures the skin).
 */
function tumourMeasuredOn(lead: string, at: number): boolean {
  const head = lead.slice(0, at);
  const place = SPECIMEN_PLACE.exec(head);
  if (!place) return false;
  const clause = head.slice(0, place.index);
  const own = clause.slice(Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), 0));
  return TUMOR_WORD.test(own) && !NOT_TUMOR_HEAD.test(own);
}
function ofSpecimen(lead: string, after: string): boolean {
  let at = -1;
  let last = -1;
  SPECIMEN_WORD.lastIndex = 0;
  for (let m = SPECIMEN_WORD.exec(lead); m !== null; m = SPECIMEN_WORD.exec(lead)) {
    at = m.index;
    last = m.index + m[0].length;
  }
  // "specimen measuring 14 x 9 cm with the tumour": the specimen's own measure.
  if (last >= 0 && SPECIMEN_BEFORE.test(lead)) return !tumourMeasuredOn(lead, at);
  // "containing a 3.5 cm tumour": the measure of the tumour named right after it.
  if (TUMOR_NEXT.test(after)) return false;
  if (last < 0) return false;
  const rest = lead.slice(last);
  // "in the specimen it measured 5.5 cm": the specimen is the place; the pronoun is the tumour's.
  if (PRONOUN_SUBJECT.test(rest) && SPECIMEN_PLACE.test(lead.slice(0, at))) return false;
  return !/[.;]/.test(rest) && !TUMOR_WORD.test(rest) && !tumourMeasuredOn(lead, at);
}
/** A pronoun subject right before a measure ("and it measured", "; this was about"): the tumour's. */
const PRONOUN_MEASURE_BEFORE =
  /\b(?:it|this)\s+(?:\w+\s+)?(?:measur\w*|was|is)\s+(?:(?:about|approx\.?|approximately)\s+)?$/i;
const PRONOUN_SUBJECT = /^\s*,?\s*(?:it|this|which)\s+(?:\w+\s+){0,2}?(?:measur\w*|was|is)\b/i;

/** What one measurement in a text measures, read from the words around it. */
export type MeasurementKind = 'size' | 'margin' | 'distance' | 'other';
export interface Measurement {
  /** Offsets in the text read. */
  start: number;
  end: number;
  /** The greatest dimension, in cm. */
  greatestCm: number;
  kind: MeasurementKind;
}

/**
 * Every measurement in a text with what it measures: a distance or level ("18 cm above the joint line"),
 * a margin or cuff, something other than the tumour (an incision, a skin paddle, a specimen, an implant,
 * a cortical window), or else a size ("measuring 4 x 3 cm", "a 5 cm mass", "4.5 cm in greatest dimension").
 */
export function measurementsIn(text: string): Measurement[] {
  const found: Measurement[] = [];
  const re = new RegExp(DIMENSIONS.source, DIMENSIONS.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const unit = (m[4] ?? '').toLowerCase().startsWith('m') ? 0.1 : 1;
    const dims = [m[1], m[2], m[3]]
      .flatMap((d) => (d === undefined ? [] : [parseNumber(d)]))
      .filter((n) => n !== undefined);
    if (dims.length === 0) continue;
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const kind = ((): MeasurementKind => {
      if (NOT_TUMOR_BEFORE.test(before) || DEVICE_BEFORE.test(before) || DEVICE_AFTER.test(after))
        return 'other';
      if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(after)) return 'other';
      if (ofSpecimen(text.slice(Math.max(0, m.index - SPECIMEN_CHARS), m.index), after)) return 'other';
      const marginWord = /margin|cuff|rim/i.test(`${before} ${after.slice(0, 40)}`);
      // "… with a wide margin, and it measured 9 cm": a pronoun's own measure, not the margin's.
      if (/margin|cuff/i.test(before) && !PRONOUN_MEASURE_BEFORE.test(before))
        return marginWord ? 'margin' : 'other';
      if (MARGIN_SUBJECT.test(text.slice(Math.max(0, m.index - 60), m.index))) return 'margin';
      if (DISTANCE_AFTER.test(after) || DISTANCE_BEFORE.test(before)) return 'distance';
      if (MARGIN_AFTER.test(after)) return marginWord ? 'margin' : 'other';
      return 'size';
    })();
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      greatestCm: Math.max(...dims) * unit,
      kind,
    });
  }
  return found;
}

/**
 * The numbers a text states, less those inside a measurement of something other than a size (a
 * distance, a margin, an incision, an implant): what an extractor may quote for a size.
 */
export function sizeNumbersIn(text: string): string {
  let out = text;
  for (const m of measurementsIn(text))
    if (m.kind !== 'size') out = `${out.slice(0, m.start)}${' '.repeat(m.end - m.start)}${out.slice(m.end)}`;
  return out;
}

/**
 * Tumor size for soft-tissue level selection: greatest diameter plus the narrowest margin when the
 * margin is stated (DOMAIN.md: size = greatest diameter plus narrowest margin, measured at excision).
 */
/** Tissue that is no tumour: an infected or scarred piece excised whole ("sinus tract", "ulcer"). */
const NON_TUMOUR_TISSUE =
  /\b(?:sinus(?:es)?|(?<!biopsy\s(?:needle\s)?)tracts?|fistula[es]?|scars?|ulcers?|ulcerat\w+|abscess(?:es)?|necro\w+|infected|infection|granulation|bursa[e]?|osteomyelitis|sequestr\w*|decubitus|pressure\s+sore)\b/i;
/**
 * Whether the clause before an "en bloc" names a non-tumour tissue as what was taken and no tumour: the
 * words from the clause's start (a sentence end, a semicolon or a comma) to the match.
 */
function nonTumourBloc(before: string): boolean {
  const clause = before.slice(
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1,
  );
  return NON_TUMOUR_TISSUE.test(clause) && !namesTumor(clause);
}

export function readTumorSize(
  sentence: string,
  /** The sentence as written, when `sentence` has clauses blanked: the tumour may be named there. */
  whole: string = sentence,
): { diameterCm: number; marginCm?: number; sizeCm: number } | undefined {
  if (!new RegExp(TUMOR, 'i').test(whole)) return undefined;
  let diameter: number | undefined;
  let margin: number | undefined;
  for (const m of measurementsIn(unitFromLabel(sentence))) {
    if (m.kind === 'margin') margin = Math.min(margin ?? m.greatestCm, m.greatestCm);
    if (m.kind === 'size') diameter = Math.max(diameter ?? 0, m.greatestCm);
  }
  if (diameter === undefined) return undefined;
  const sizeCm = Math.round((diameter + (margin ?? 0)) * 10) / 10;
  return margin === undefined
    ? { diameterCm: diameter, sizeCm }
    : { diameterCm: diameter, marginCm: margin, sizeCm };
}

/**
 * Terms of reports written in or translated from other languages (German, French, Spanish, Italian,
 * Portuguese, Turkish), read unaccented (the frame view folds diacritics): the imaging, the tissue
 * diagnosis, the tumour board and the consent talk by their own names ("IRM du bassin", "TAC",
 * "Tumorkonferenz", "Comité de Tumores", "RCP", "Aufklärung", "consentimiento informado").
 */
const FOREIGN_MRI = `\\bIRM\\b|\\bRM${SP}(?:of|de|del|della|dello|da|do|du|des)\\b|\\bRMN\\b|\\bMRT\\b|(?:resonan(?:cia|za)|risonanza|ressonancia)${SP}magnetica|kernspin\\w*|manyetik${SP}rezonans`;
const FOREIGN_CT = `\\bTDM\\b|\\bTC${SP}(?:of|de|del|della|dello|da|do|du|des)\\b|\\bTAC\\b|tomodensitometri\\w*|tomografi(?:a|e)${SP}(?:computadori[sz]ada|computari[sz]ada|computerizzata|computerizada|axial|assiale)|bilgisayarli${SP}tomografi`;
const FOREIGN_PATHOLOGY = `biops(?:ie|ia)\\b|biyopsi|\\bpatolog\\w*|anatomo-?patolog\\w*|anatomopatholog\\w*|istolog\\w*`;
const FOREIGN_TUMOR_BOARD = `tumou?r${SP}(?:konferenz|konsil)|interdisziplinar\\w*${SP}(?:\\w+${SP})?(?:konferenz|board|besprechung)|comite${SP}(?:de${SP})?(?:tumores|tumeurs|oncologico|multidisciplinar\\w*)|reunion${SP}de${SP}concertation${SP}pluridisciplinaire|\\bRCP\\b|comitato${SP}(?:\\w+${SP})?(?:multidisciplinare|oncologico)|gruppo${SP}(?:oncologico${SP})?multidisciplinare|reuniao${SP}(?:\\w+${SP})?multidisciplinar|tumor${SP}konseyi`;
const FOREIGN_MRI_RE = new RegExp(FOREIGN_MRI, 'i');
const FOREIGN_CT_RE = new RegExp(FOREIGN_CT, 'i');
const FOREIGN_CONSENT = `aufklarung|einverstandniserklarung|consentimiento${SP}informado|consentement${SP}eclaire|consenso${SP}informato|consentimento${SP}informado|aydinlatilmis${SP}onam`;

const readModalities = (sentence: string): string[] => {
  const found: string[] = [];
  const add = (re: RegExp, name: string) => {
    if (re.test(sentence) && !found.includes(name)) found.push(name);
  };
  add(/\bPET[\s/-]*CT\b/i, 'PET-CT');
  add(/\bPET\b(?![\s/-]*CT)|\bp\s+e\s+t\b(?!\s+c\s+t)/i, 'PET');
  add(/\bMRI?s?\b|magnetic resonance|\bMR imaging|\bm\s+r\s+i\b/i, 'MRI');
  add(FOREIGN_MRI_RE, 'MRI');
  add(/\bCT\b(?![\s-]*(?:angiogra|guided))|\bc\s+t\b(?!\s+guided)|\bCAT scan|computed tomograph/i, 'CT');
  add(FOREIGN_CT_RE, 'CT');
  add(/bone scan|scintigra|technetium/i, 'bone scan');
  add(/radiographs?\b|x-?rays?\b|plain films?/i, 'radiograph');
  add(/angiogra/i, 'angiography');
  return found;
};

const readMarginStatus = (sentence: string): string | undefined => {
  const m =
    /margins?\s+(?:were\s+|are\s+|was\s+|is\s+)?(?:all\s+)?(negative|clear|free|uninvolved|positive|involved|close)/i.exec(
      sentence,
    );
  return m?.[1]?.toLowerCase();
};

/** The tumor is a soft-tissue tumor (by type or by site), wherever the note says so. */
export const softTissueTumorType: TargetLexicon = {
  sections: 'any',
  allowHistorical: true,
  entries: [
    entry(
      phrase(
        `soft${SP}tissue${SP}(?:\\w+${SP}){0,2}${TUMOR}`,
        `(?:intramuscular|subfascial|extra-?compartmental|superficial)${SP}(?:\\w+${SP}){0,2}${TUMOR}`,
        'liposarcoma',
        'myxofibrosarcoma',
        'leiomyosarcoma',
        `synovial${SP}sarcoma`,
        // Soft-tissue sarcomas by their kind: "epithelioid sarcoma", "clear cell sarcoma", "alveolar soft
        // part sarcoma", an extraskeletal one, "dermatofibrosarcoma".
        `epithelioid${SP}sarcoma`,
        `clear${SP}cell${SP}sarcoma`,
        `alveolar${SP}soft${SP}part${SP}sarcoma`,
        `extra-?${SP}?skeletal${SP}(?:\\w+${SP}){0,2}(?:sarcoma|chondrosarcoma|osteosarcoma)`,
        'dermatofibrosarcoma',
        `pleomorphic${SP}sarcoma`,
        '\\bUPS\\b',
        'fibrosarcoma',
        'rhabdomyosarcoma',
        'desmoid',
        'lipoma',
        '\\bMPNST\\b',
        '\\bSTS\\b',
        `nerve${SP}sheath${SP}tumou?r`,
      ),
    ),
    entry(
      near(
        TUMOR,
        `(?:vastus|quadriceps|hamstrings?|adductors?|sartorius|gracilis|biceps${SP}femoris|semimembranosus|semitendinosus|rectus${SP}femoris|intramuscular|subfascial|soft${SP}tissues?)`,
        8,
      ),
    ),
    // A tumour of the thigh named as such ("L thigh sarcoma", "a mass in the posterior thigh", "of the
    // right anterior thigh"); a bone tumour names its bone (and a bone resection, when documented, decides
    // the bone family anyway).
    entry(near(`(?:\\b(?!(?:osteo|chondro)sarcoma)(?:${TUMOR}))`, `(?:thigh|popliteal${SP}fossa|groin)`, 4)),
  ],
};

/** The rest of a list of structures before its verb ("the acetabulum, the ilium, and the pubic and ischial rami were"). */
const LIST_TAIL = `(?:(?:,|${SP}and\\b|${SP}&)?${SP}(?:the${SP})?(?!(?:was|were|is|are|but|or)\\b)[\\w-]+){0,8}?${SP}`;
/** The verb of a kept structure, after its list: "… were all left intact", "… was preserved". */
const KEPT_VERB = `\\b(?:was|were|is|are|remained)\\b${SP}(?:all${SP}|both${SP}|then${SP})?(?:(?:left|retained|kept)${SP})?(?:spared|preserved|intact)\\b`;
/** The participle of a kept structure whose auxiliary is gapped after "and" ("… and the symphysis left intact"). */
const GAPPED_KEPT_VERB = `(?:left|retained|kept)${SP}(?:spared|preserved|intact)\\b`;
/** The verb of a structure the words state untouched: "… was left undisturbed", "… remained in continuity". */
const UNTOUCHED_VERB = `\\b(?:was|were|is|are|remained)\\b${SP}(?:all${SP}|both${SP})?(?:left${SP})?(?:untouched|undisturbed|undivided|uncut|in${SP}continuity)\\b`;
/** A phrase with a guard: `tail`, a part of its pattern every match holds (see `Matcher`). */
const guarded = (matcher: Matcher, tail: string): Matcher =>
  matcher.kind === 'phrase' ? { ...matcher, guard: new RegExp(tail, 'i') } : matcher;
/** The whole pelvis or hemipelvis, kept: both of its divisions are denied. */
const PELVIS_WHOLE = `(?:pelvis|pelvic${SP}(?:ring|bones?)|hemi-?pelvis|bony${SP}pelvis)`;
/**
 * A pelvic structure stated kept: "the ilium was left intact", "the acetabulum, the ilium, and the pubic and
 * ischial rami were left intact", "the pelvis was preserved" (the sparing word inside the match negates it:
 * neg.anatomic-inside), "the sacroiliac joint was left untouched" (the words state it). Never a keeping
 * denied ("the pelvis could not be preserved").
 */
/** A kept structure's mention counts only negated, and never where the limb was not kept. */
const KEPT_OPTIONS = {
  onlyNegated: true,
  whenMatch: (s: string, a: number, b: number) => !LIMB_NOT_KEPT.test(s.slice(a, b)),
};
const pelvicKept = (anatomy: string): LexiconEntry[] => [
  entry(
    guarded(
      phrase(`(?<!\\b(?:not|never|cannot)${SP}(?:be${SP})?)${anatomy}${LIST_TAIL}${KEPT_VERB}`),
      KEPT_VERB,
    ),
    undefined,
    KEPT_OPTIONS,
  ),
  // Its auxiliary gapped after "and": "the SI joint was divided and the symphysis left intact".
  entry(
    guarded(phrase(`(?<=\\band${SP}(?:the${SP})?)${anatomy}${SP}${GAPPED_KEPT_VERB}`), GAPPED_KEPT_VERB),
    undefined,
    KEPT_OPTIONS,
  ),
  entry(guarded(phrase(`${anatomy}${LIST_TAIL}${UNTOUCHED_VERB}`), UNTOUCHED_VERB), undefined, {
    statesNegative: true,
  }),
];

// --- targets --------------------------------------------------------------------------------
export const featureLexicon: Record<FeatureKey, TargetLexicon> = {
  posteriorPelvicDivision: {
    sections: 'performed',
    entries: [
      entry(act(SI_JOINT, PELVIC_CUT), (s) =>
        /sacral|sacrum/i.test(s)
          ? 'sacral-ala'
          : /sacro|\bS\.?\s?I\b/i.test(s)
            ? 'sacroiliac-joint'
            : 'ilium',
      ),
      ...pelvicKept(`(?:${SI_JOINT}|${PELVIS_WHOLE})`),
      // Both divisions in one phrase: "through the pubic symphysis and the sacroiliac joint".
      entry(
        phrase(
          `through${SP}(?:the${SP})?${SI_JOINT}`,
          `through${SP}(?:the${SP})?${PUBIC}${SP},?${SP}and${SP}(?:the${SP})?${SI_JOINT}`,
        ),
        (s) =>
          /sacral|sacrum/i.test(s)
            ? 'sacral-ala'
            : /sacro|\bS\.?\s?I\b/i.test(s)
              ? 'sacroiliac-joint'
              : 'ilium',
      ),
    ],
  },
  anteriorPelvicDivision: {
    sections: 'performed',
    entries: [
      entry(act(PUBIC, PELVIC_CUT), (s) => (/symphys/i.test(s) ? 'pubic-symphysis' : 'pubic-rami')),
      ...pelvicKept(`(?:${PUBIC}|pubic${SP}and${SP}ischial${SP}rami|${PELVIS_WHOLE})`),
      entry(
        phrase(
          `through${SP}(?:the${SP})?${PUBIC}`,
          `through${SP}(?:the${SP})?${SI_JOINT}${SP},?${SP}and${SP}(?:the${SP})?${PUBIC}`,
        ),
        (s) => (/symphys/i.test(s) ? 'pubic-symphysis' : 'pubic-rami'),
      ),
    ],
  },
  pelvicBoneResected: {
    sections: 'performed',
    entries: [
      entry(
        act(
          `(?:ilium|iliac${SP}wing|ischium|ischial${SP}(?:tuberosity|ramus)|ischii|tuber${SP}ischi(?:adicum|ale)|os${SP}(?:ilii|coxae)|pubis|pubic${SP}rami|pubic${SP}ramus|rami|acetabul(?:um|ar(?!${SP}(?:labrum|labral|cartilage|fat|pulvinar|ligaments?|cup|liner|component|shell|insert|screws?|reamers?|reaming|trials?)\\b))|periacetabular${SP}bone|innominate(?:${SP}bone)?|hemi-?pelvis|supra-?acetabular${SP}ilium)`,
          `(?:${RESECTED}|osteotom\\w*|removed|removal)`,
        ),
      ),
      entry(
        phrase(
          `internal${SP}hemi${SP}pelvectomy`,
          `hemi${SP}pelvectomia${SP}interna`,
          ILIOSACRAL_RESECTION,
          // not the plural, a kind of resection in general ("complications after type II resections")
          `(?:type|enneking)${SP}(?:I{1,3}|IV|1|2|3|4)\\b[^.]{0,30}resection(?!s)`,
          // "an iliac resection (Enneking type I)": the type after the resection.
          `resection${SP}\\((?:enneking${SP})?type${SP}(?:I{1,3}|IV|1|2|3|4)\\b[^)]{0,20}\\)`,
        ),
      ),
    ],
  },
  // The part of 27075 named: the ilium, one ramus or the symphysis (DOMAIN). "Both rami" and a type III
  // rank with the acetabulum (below); an iliac crest graft harvest is no resection.
  iliumOrRamusResected: {
    sections: 'performed',
    entries: [
      entry(
        act(
          `(?:(?:posterior${SP})?il[ie]um|il[ie]ac${SP}(?:wing|bone|ala|blade)|wing${SP}of${SP}(?:the${SP})?il[ie]um|supra-?acetabular${SP}il[ie]um|(?:ala${SP})?(?:os|ossis)${SP}ilii|ram(?:us|o)${SP}(?:superior|inferior)${SP}ossis${SP}pubis|(?:the${SP})?(?:(?:a|one|single|superior|inferior|left|right)${SP})?(?:pubic|ischial|ischio-?pubic)${SP}ramus|(?:a|one|the)${SP}(?:single${SP})?(?:superior|inferior)${SP}ramus|(?:pubic${SP})?symphysis(?:${SP}pubis)?)`,
          `(?:${RESECTED}|removed|removal)`,
        ),
      ),
      entry(
        phrase(
          `\\b(?:iliac|iliac${SP}wing|il[ie]um|hemi-?${SP}?iliac)${SP}(?:resection|excision|hemipelvectomy)(?!s)`,
          ILIOSACRAL_RESECTION,
          `\\bhemi-?${SP}?ilectomy\\b`,
          // Enneking type I alone (not I/II, I-III): the ilium.
          `\\b(?:enneking${SP})?type${SP}(?:I|1)\\b(?!${SP}(?:[/,&+-]|and\\b|to\\b|through\\b|or\\b))[^.]{0,30}?(?:resection|hemi${SP}pelvectomy)(?!s)`,
          `(?:resection|hemi${SP}pelvectomy)[\\s,(-]{1,4}(?:enneking${SP})?type${SP}(?:I|1)\\b(?!${SP}(?:[/,&+-]${SP}(?:I|1|2|3)|and\\b|to\\b|through\\b|or\\b))`,
        ),
      ),
    ],
  },
  acetabulumResected: {
    sections: 'performed',
    entries: [
      // The acetabulum stated kept: "the acetabulum was left in continuity with the ischium and pubis",
      // "the acetabulum was preserved intact", "left untouched" (the words state the negative).
      entry(
        phrase(
          `(?<!\\b(?:not|never|cannot)${SP}(?:be${SP})?)acetabul(?:um|ar${SP}(?:roof|dome|surface|articular${SP}surface))${SP}(?:was|were|is|are)${SP}(?:(?:left|kept|preserved|retained)${SP})?(?:in${SP}continuity|intact|untouched|undisturbed|in${SP}place)\\b`,
        ),
        undefined,
        { statesNegative: true },
      ),
      entry(
        act(
          `(?:acetabul(?:um|ar${SP}(?:roof|dome|bone|region))|periacetabular${SP}(?:bone|region))`,
          `(?:${RESECTED}|removed|removal)`,
        ),
      ),
      entry(
        phrase(
          // "an acetabular resection", "acetabular excision", "partial acetabulectomy": the kind names the part.
          `(?:peri-?)?acetabular${SP}(?:resection|excision)(?!s)`,
          `acetabulectomy\\b`,
          `\\btypes?${SP}(?:I${SP}[/,&+-]${SP})?II\\b(?!${SP}(?:\\([^)]*\\)${SP})?(?:pelvic${SP})?resections)`,
        ),
      ),
      // A defect the resection left in the acetabulum: "a defect of the medial acetabular wall after resection".
      entry(
        phrase(
          `(?:defect|deficiency|gap)${SP}(?:at|of|in)${SP}(?:the${SP})?(?:(?:medial|posterior|anterior|superior)${SP})?acetabul\\w*${SP}(?:(?:wall|roof|dome)${SP})?(?:was${SP}left${SP})?(?:after|following)${SP}(?:the${SP})?(?:resection|excision)`,
        ),
      ),
      // Both pubic rami, or Enneking type III (pubis and ischium): ranked with the acetabulum for 27076 (DOMAIN).
      entry(act(BOTH_RAMI, `(?:${RESECTED}|removed|removal)`)),
      // A tumour or bone removed with its osteotomies through both rami: the part they bound is taken
      // ("the tumour was excised with osteotomy at the symphysis and on the superior and inferior pubic
      // rami", "osteotomies through the superior and inferior rami, and the tumour removed en bloc").
      entry(
        phrase(
          `(?:${RESECTED}|removed|removal)${SP}(?:[^.;]{0,80}?\\s)?with${SP}(?:an?${SP}|the${SP})?osteotom\\w*${SP}(?:[^.;]{0,60}?\\s)?(?:at|through|on|of|across)${SP}(?:[^.;]{0,40}?\\s)?${BOTH_RAMI}`,
          `osteotom\\w*${SP}(?:(?:was|were)${SP}(?:made|performed|done)${SP})?(?:at|through|on|of|across)${SP}(?:[^.;]{0,40}?\\s)?${BOTH_RAMI}[^.;]{0,80}?(?:${RESECTED}|removed|removal|en${SP}bloc)`,
        ),
      ),
      // "Specimen: left ossa pubis et ischii en bloc": both bones taken en bloc.
      entry(
        phrase(
          `${BOTH_RAMI}${SP}(?:(?:was|were)${SP})?(?:(?:taken|removed|resected|excised)${SP})?en${SP}bloc`,
        ),
      ),
      entry(
        phrase(
          `\\b(?:enneking${SP})?types?${SP}(?:(?:I|1)${SP}[/,&+-]${SP})?(?:III|3)${SP}(?:\\([a-z\\s-]+\\)${SP})?(?:pelvic${SP})?(?:resection|(?:internal${SP})?hemi${SP}pelvectomy)`,
          // The same by Enneking's zone or its short form: "zone III resection", "a P3 pelvic resection".
          `\\b(?:(?:enneking${SP})?zones?${SP}(?:III|3)|P3)${SP}(?:\\([a-z\\s-]+\\)${SP})?(?:(?:pelvic|internal)${SP})?(?:resection|excision|hemi${SP}pelvectomy)`,
          `\\b(?:resection|excision)${SP}of${SP}(?:enneking${SP})?zones?${SP}(?:III|3)\\b`,
          // "an ischiopubic resection", "obturator ring resection": the pair named as the kind.
          `\\b(?:ischio-?${SP}pubic|obturator${SP}ring)${SP}(?:resection|excision)(?!s)`,
        ),
      ),
      // An extra-articular resection of the hip takes the acetabulum with the femoral head en bloc.
      entry(
        phrase(
          `extra-?${SP}articular${SP}(?:resection|excision)${SP}of${SP}the${SP}(?:${SIDE_WORD}${SP})?hip(?:${SP}joint)?`,
          `(?:extra-?${SP}articular${SP})?(?:hip${SP}joint|hip)${SP}(?:resection|excision)${SP}(?:\\(?extra-?${SP}articular\\)?)`,
        ),
      ),
    ],
  },
  innominateResected: {
    sections: 'performed',
    entries: [
      entry(
        act(
          `(?:entire|whole|total|complete)${SP}(?:${SIDE_WORD}${SP})?(?:innominate(?:${SP}bone)?|hemi-?pelvis|os${SP}coxae|hemipelvic${SP}bone)`,
          `(?:${RESECTED}|removed|removal)`,
        ),
      ),
      entry(
        phrase(
          `total${SP}innominate(?:ctomy)?`,
          `\\btypes?${SP}I${SP}(?:[/,&+-]${SP}II${SP}[/,&+-]|through|to|-)${SP}III\\b`,
        ),
      ),
    ],
  },
  hipDisarticulation: {
    sections: 'performed',
    entries: [
      entry(
        // The verb, not its noun: "hip disarticulation" is the operation's name (below).
        act(
          `(?:femoral${SP}head|hip${SP}joint|hip)`,
          `(?:disarticulat(?!ions?\\b)\\w*|dislocat(?!ions?\\b)\\w*|delivered|luxated)`,
        ),
      ),
      entry(phrase(`disarticulat(?:ed|ing|e)${SP}(?:at|through)${SP}(?:the${SP})?hip`)),
      // The operation's name (tag `name`): the anatomy only where the note describes an act at all.
      entry(
        phrase(`disarticulations?${SP}(?:at|through|of)${SP}(?:the${SP})?hip`, `hip${SP}disarticulations?`),
        undefined,
        { tag: 'name' },
      ),
      // The operation told without its name: the limb taken off at the hip joint ("the leg was separated
      // from the pelvis at the hip joint capsule", "removal of the entire leg at the hip joint"), the
      // head of the femur freed from its socket ("the femoral head was lifted out of the acetabulum").
      entry(
        phrase(
          `(?:leg|limb|extremity)${SP}(?:was${SP}|were${SP}|is${SP}|being${SP})?(?:then${SP})?(?:separated|detached|removed|freed|taken${SP}off|disconnected|amputated)${SP}${AT_HIP_JOINT}`,
          `(?:removal|separation|detachment|disconnection|amputation)${SP}of${SP}the${SP}(?:entire${SP}|whole${SP})?(?:lower${SP})?(?:leg|limb|extremity)${SP}${AT_HIP_JOINT}`,
          `(?:separating|detaching|removing|disconnecting|amputating)${SP}the${SP}(?:entire${SP}|whole${SP})?(?:lower${SP})?(?:leg|limb|extremity)${SP}${AT_HIP_JOINT}`,
          `${FEMORAL_HEAD}${SP}(?:was${SP}|is${SP})?(?:then${SP})?${HEAD_OUT_VERB}${SP}(?:free${SP}|away${SP}|out${SP})?(?:of|from)${SP}${SOCKET}`,
          `(?:detach\\w*|separat\\w*|free\\w*|lift\\w*|remov(?:e|ed|es|ing|al)|pop(?:s|ped|ping)?|lever(?:s|ed|ing)?|eas(?:e|ed|ing)|deliver(?:s|ed|ing|y)?|dislocat(?:e|ed|es|ing))${SP}(?:of${SP})?the${SP}(?:${FEMORAL_HEAD}|femur)${SP}(?:out${SP})?(?:of|from)${SP}${SOCKET}`,
          // the head out of its socket as the limb's state: "removed at the hip with the femoral head out of the acetabulum"
          `with${SP}the${SP}${FEMORAL_HEAD}${SP}out${SP}of${SP}${SOCKET}`,
        ),
      ),
    ],
  },
  kneeDisarticulation: {
    sections: 'performed',
    entries: [
      entry(phrase(`disarticulat(?:ed|ing|e)${SP}(?:at|through)${SP}(?:the${SP})?knee`)),
      entry(
        phrase(
          `disarticulations?${SP}(?:at|through|of)${SP}(?:the${SP})?knee`,
          `knee${SP}disarticulations?`,
          `through${SP}(?:the${SP})?knee${SP}amputations?`,
        ),
        undefined,
        { tag: 'name' },
      ),
    ],
  },
  femurCut: {
    sections: 'performed',
    entries: [
      entry(act(FEMUR_NOT_PLACE, FEMUR_CUT), readLevel),
      entry(
        phrase(
          `(?:femoral|femur)${SP}(?:osteotomy|transection|shortening|resection)`,
          // "no femoral cut was made", "the femoral bone cut was made at the mid-shaft"
          `(?:femoral|femur)${SP}(?:bone${SP})?(?:saw${SP})?cuts?\\b`,
        ),
        readLevel,
      ),
      // A thigh amputation told with the level it went through: "a transfemoral amputation at the distal
      // third", "an above-knee amputation was performed 12 cm above the knee joint" (the femur is cut there;
      // the name alone, with no level, stays a name).
      entry(
        phrase(
          `(?:trans-?femoral|above${SP}(?:the${SP})?knee|thigh)${SP}amputation${SP}(?:(?:was|were)${SP}(?:then${SP}|subsequently${SP})?(?:performed|done|carried${SP}out)${SP})?(?:at|through)${SP}(?:the${SP})?(?:(?:junction${SP}of${SP}the${SP})?(?:distal|middle|mid|proximal|lower|upper)${SP}?(?:-${SP}?)?(?:thirds?|half|thigh|shaft|femur|diaphysis)\\b|supracondylar${SP}level|(?:the${SP})?level${SP}of${SP}the${SP}(?:distal|middle|mid|proximal|lower|upper)${SP}(?:third|femur|thigh))`,
          `(?:trans-?femoral|above${SP}(?:the${SP})?knee|thigh)${SP}amputation${SP}(?:(?:was|were)${SP}(?:then${SP}|subsequently${SP})?(?:performed|done|carried${SP}out)${SP})?(?:about${SP}|approximately${SP})?\\d+(?:\\.\\d+)?${SP}cm${SP}(?:above|proximal${SP}to|from)${SP}(?:the${SP})?(?:knee|joint|femoral${SP}condyles|adductor${SP}tubercle)`,
        ),
        readLevel,
      ),
      // Trimming the femoral condyles (a transcondylar or condylectomy level) cuts the femur.
      entry(
        phrase(
          `condylectom\\w*`,
          `trans-?condylar${SP}(?:amputation|osteotomy|resection|level)`,
          `(?:femoral${SP})?condyles?${SP}(?:were|was)${SP}(?:\\w+${SP}){0,2}(?:resected|excised|osteotomi[sz]ed|trimmed|removed|cut|sawn|shaped)`,
          `(?:resect\\w*|excis\\w*|trimm\\w*|osteotom\\w*|remov\\w*)${SP}(?:of${SP})?(?:the${SP})?(?:\\w+${SP}){0,2}(?:femoral${SP})?condyles`,
        ),
        readLevel,
      ),
      // A stated negative of a femoral cut: "no shortening", "without femoral shortening", "bone length
      // was preserved" (27594's deciding absence). The words alone document nothing.
      entry(
        phrase(
          `(?:(?:femoral|femur|bone|skeletal)${SP})?shortening(?!${SP}of${SP}(?:the${SP})?(?:\\w+${SP})?(?:tibia|fibula|humerus|radius|ulna|digit|toe|finger))`,
          `(?:femoral|femur|bone)${SP}length`,
          `length${SP}of${SP}the${SP}(?:femur|bone)`,
        ),
        undefined,
        { onlyNegated: true },
      ),
      entry(
        phrase(
          `(?:(?:femoral|femur|bone)${SP}length|length${SP}of${SP}the${SP}(?:femur|bone))${SP}(?:was${SP}|is${SP}|being${SP})?(?:\\w+${SP})?(?:preserved|spared)`,
        ),
        undefined,
        { onlyNegated: true },
      ),
      // A femur kept whole states the negative too: "the femur was left intact", "the femoral condyles
      // were preserved", "the femur was spared" (the sparing word inside the match negates it:
      // neg.anatomic-inside), "the femur was retained", "left untouched", "left in situ" (the words state
      // it). Never the femoral head ("the head of the femur was preserved"); a denial of the keeping
      // ("the femur could not be preserved") keeps nothing.
      entry(phrase(`${FEMUR_KEPT}(?:spared|preserved|(?:left${SP})?intact)\\b`), undefined, {
        onlyNegated: true,
        whenMatch: (s, a, b) => !LIMB_NOT_KEPT.test(s.slice(a, b)),
      }),
      // The femur or its cut end denied any handling: "the femur was not touched", "bone end not exposed
      // and not touched", "the end of the femur was not disturbed" (telegraphic or with its verb; a
      // second denial may be joined, or a look that touched nothing: "the femur was checked under the
      // muscle and not exposed", "felt under the muscle but never exposed"). Not a tumour's reach ("the bone was not touched by the tumour").
      entry(
        phrase(
          `(?<!head${SP}of${SP}(?:the${SP})?)(?:femur|femoral${SP}(?:shaft|bone|end|stump)(?:${SP}end)?|bone${SP}end|end${SP}of${SP}the${SP}(?:femur|bone))${SP}(?:(?:was|were|is)${SP})?(?:(?:not|never)${SP}[\\w-]+${SP}(?:and|or|nor)${SP}|[a-z]+ed${SP}(?:[\\w-]+${SP}){0,4}?(?:and|but)${SP})?(?:not|never)${SP}(?:touched|handled|disturbed|instrumented|exposed)\\b(?!${SP}by\\b)`,
        ),
        undefined,
        { onlyNegated: true },
      ),
      entry(
        phrase(
          `${FEMUR_KEPT}(?:retained|kept|(?:left${SP})?untouched|left${SP}(?:in${SP}situ|in${SP}place|alone))\\b`,
          // Its length kept: "the femur was left as it was", "left at its full length", "left unchanged".
          `${FEMUR_KEPT}(?:left${SP})?(?:as${SP}it${SP}was|as${SP}is|unchanged|unaltered|at${SP}(?:its${SP}|full${SP})+length|at${SP}the${SP}same${SP}length)\\b`,
        ),
        undefined,
        { statesNegative: true },
      ),
    ],
  },
  limbRemoved: {
    sections: 'performed',
    entries: [
      entry(act(LIMB, REMOVE)),
      // "the hemipelvis came out together with the whole right lower extremity"
      entry(
        phrase(
          // Not the limb kept: "removed completely with preservation of the extremity".
          `${REMOVE}${SP}(?:\\w+${SP}){0,2}(?:together${SP}|along${SP})?with${SP}(?:the${SP})?(?:(?!(?:preserv\\w*|spar\\w*|salvag\\w*|saving|keeping|retention)\\b)\\w+${SP}){0,3}(?:extremity|limb|leg)\\b`,
        ),
      ),
      // "amputation through the sacroiliac joint and the symphysis": the limb taken off at the pelvis.
      entry(phrase(`amputat\\w*${SP}(?:\\w+${SP}){0,2}?through${SP}(?:the${SP})?(?:${SI_JOINT}|${PUBIC})`)),
      entry(
        phrase(
          `amputation${SP}(?:was${SP})?(?:then${SP})?(?:completed|carried${SP}out|performed)`,
          `complet\\w*${SP}the${SP}amputation`,
        ),
      ),
    ],
  },
  limbPreserved: {
    sections: 'performed',
    negationInside: false,
    entries: [
      entry(
        phrase(
          // Not an institution or its people ("our Limb Salvage Center", "the limb preservation
          // service"): src/nlp/service-names.ts, read for every procedure feature (src/extract/rules/match.ts).
          `limb${SP}(?:salvage|sparing|preserv\\w*)\\b`,
          `internal${SP}hemi${SP}pelvectomy`,
          `preserv\\w*${SP}(?:of${SP})?the${SP}(?:limb|leg|extremity)`,
          `hip${SP}transposition`,
          `(?:limb|leg|extremity)${SP}(?:was${SP}|is${SP})?(?:kept|retained|salvaged|spared)`,
          // Its verb after a parenthesis set off by commas: "the limb, with its vessels intact, was preserved".
          `(?:limb|leg|extremity),[^,.;]{1,60},\\s*(?:was|were|is|are)\\s+(?:\\w+ly\\s+)?(?:preserved|salvaged|spared|retained|kept|saved)\\b`,
        ),
      ),
      // The hip joint rebuilt after the resection: the joint the kept limb moves on ("acetabular
      // reconstruction", "the hip was reconstructed", "reconstruction of the medial acetabular wall", "a
      // saddle prosthesis"). Not a reconstruction of the wound or the abdominal wall after an amputation.
      entry(phrase(...HIP_REBUILT)),
      // "the limb could not be salvaged", "the leg cannot be saved": a denial between the words keeps nothing.
      // Nor does a participle of another clause: "the acetabulum is preserved and the limb is removed".
      entry(
        near(`(?:limb|leg|extremity)`, `(?:preserved|salvaged|spared|retained|kept|saved)`, 4),
        undefined,
        {
          whenMatch: (s, a, b) => !LIMB_NOT_KEPT.test(s.slice(a, b)) && !keptInOtherClause(s.slice(a, b)),
        },
      ),
    ],
  },
  priorAmputation: {
    sections: 'any',
    allowHistorical: true,
    entries: [
      entry(
        near(
          // "a 70-year-old man": an age is not an old amputation.
          PRIOR_QUALIFIER,
          // not the "amputation" of a re-amputation (today's), which the entry below reads
          `(?:${THIGH_AMPUTATION}|(?<!\\bre-?)amputation)`,
          5,
        ),
        readPriorLevel,
        {
          // The qualifier comes first: in "above-knee amputation with excision of the old scar", "old" is the scar's.
          whenMatch: (s, a, b) =>
            QUALIFIER_FIRST.test(s.slice(a, b)) &&
            !narratedHad(s, a, b) &&
            !caseOpenerHad(s, a, b) &&
            !setAside(s, b) &&
            priorAtThighLevel(s, a, b),
        },
      ),
      // "A 48-year-old man had an open above-knee amputation": a case's opening past, kept only when a
      // later presentation follows it (the extractor reads tag case-opener).
      entry(near(PRIOR_QUALIFIER, `(?:${THIGH_AMPUTATION}|(?<!\\bre-?)amputation)`, 5), readPriorLevel, {
        whenMatch: (s, a, b) =>
          QUALIFIER_FIRST.test(s.slice(a, b)) &&
          caseOpenerHad(s, a, b) &&
          !setAside(s, b) &&
          priorAtThighLevel(s, a, b),
        tag: 'case-opener',
      }),
      // "right AKA done here in November": a thigh amputation dictated as a past event
      // Also named by the part of the thigh it went through ("a guillotine amputation of the left thigh
      // three days ago", "an amputation through the femur in 2019").
      entry(phrase(THIGH_AMPUTATION, THIGH_AMPUTATION_BY_SITE), readPriorLevel, {
        requireHistorical: true,
        whenMatch: (s, a, b) => !setAside(s, b) && priorAtThighLevel(s, a, b),
      }),
      // A stump or residual femur exists before today's cut only if it is named before it (see the extractor).
      entry(
        phrase(
          `(?:above${SP}(?:the${SP})?knee|\\bAKA\\b|\\bAK\\b|trans-?femoral|thigh|amputation)${SP}(?:residual${SP}limb|stump)`,
          `residual${SP}femur`,
        ),
        readPriorLevel,
        {
          // "the old AKA stump was padded and kept out of the field": the other leg's, handled, not operated on.
          whenMatch: (s, a, b) =>
            !NEW_STUMP.test(s.slice(Math.max(0, a - 30), a)) && !setAside(s, b) && priorAtThighLevel(s, a, b),
          tag: 'stump',
        },
      ),
      entry(
        phrase(
          `\\bre-?amputation`,
          `revision${SP}(?:of${SP})?(?:(?:the|his|her|a|an|left|right|L|R|lt|rt|prior|previous|existing|former|earlier|original|initial|${NOT_AN_AGE}old)${SP}){0,3}(?:${THIGH_AMPUTATION}|amputation(?:${SP}stump)?|${THIGH_STUMP}|stump|residual${SP}limb)`,
          `(?:${THIGH_AMPUTATION}|${THIGH_STUMP})${SP}revision`,
        ),
        readPriorLevel,
        // A re-amputation or revision implies a prior amputation without saying where it was.
        { whenMatch: priorAtThighLevel, tag: 'implied' },
      ),
      // A thigh amputation named as the site of a scar or neuroma operation is the existing one: read as
      // a stump (a narrative one counts when nothing is cut or removed today).
      // Not when the note removes a limb today: then the amputation it names beside the scar or neuroma
      // is today's ("right AKA with excision of a sciatic neuroma"; see the extractor, tag scar-site).
      entry(phrase(...SCAR_ON_AMPUTATION), readPriorLevel, {
        whenMatch: (s, a, b) => !setAside(s, b) && priorAtThighLevel(s, a, b),
        tag: 'scar-site',
      }),
      // A staged closure of an amputation closes one made at an earlier operation ("second-stage
      // closure of a right transfemoral amputation", "delayed closure of the guillotine AKA").
      entry(
        phrase(
          `(?:delayed|secondary|second${SP}stage|2nd${SP}stage|stage${SP}(?:two|2|II)|staged|formal|definitive|completion)${SP}(?:(?:primary|wound|skin)${SP})?closure${SP},?${SP}(?:of${SP})?(?:(?:the|a|an|his|her|left|right|L|R|lt|rt|prior|previous|open|guillotine|existing)${SP}){0,3}(?:${THIGH_AMPUTATION}|amputation(?:${SP}stump)?|stump|residual${SP}limb)`,
        ),
        readPriorLevel,
        { whenMatch: priorAtThighLevel, tag: 'closure' },
      ),
    ],
  },
  woundLeftOpen: {
    sections: 'performed',
    entries: [
      entry(
        phrase(`left${SP}open`, 'guillotine', `open${SP}(?:circular|amputation)`, `packed${SP}open`),
        undefined,
        {
          whenMatch: openAtThighLevel,
        },
      ),
      entry(phrase(`(?:wound|stump|skin|incision)${SP}(?:was${SP})?(?:not|never)${SP}closed`), undefined, {
        negationIsMeaning: true,
      }),
      // A wound left open told by how it was dressed (a field or septic amputation): packed, dressed
      // open, left for a delayed closure, a VAC on the open stump. Not when its own clause closes it
      // after all ("packed and then closed in layers"), nor a cavity filled with graft or cement.
      entry(phrase(...OPEN_DRESSING), undefined, { whenMatch: openDressingOfThigh, tag: 'dressing' }),
      entry(phrase(...CLOSED_AT_A_LATER_OPERATION), undefined, {
        when: (sentence) => !openOfBelowThighAmputation(sentence),
      }),
      // The same told as a denial of the closure: "no closure performed", "the skin was not sutured".
      entry(phrase(...CLOSURE_NOT_DONE), undefined, {
        negationIsMeaning: true,
        whenMatch: openDressingOfThigh,
        tag: 'dressing',
      }),
      // A stated closure denies a wound left open: the deciding absence of 27590 against 27592 stated.
      entry(
        phrase(
          `(?:wound|stump|skin|incision|flaps?)${SP}(?:was|were)${SP}(?:\\w+${SP}){0,2}?closed(?!${SP}(?:later|at${SP}a${SP}later|in${SP}\\d|after|over${SP}(?:the${SP})?pack|(?:in${SP}(?:a${SP})?)?delayed|secondarily|at${SP}(?:a${SP})?(?:second|subsequent|staged|later)))`,
          `(?:closed|closure)${SP}primarily`,
          `(?<!delayed${SP})primary${SP}(?:wound${SP}|skin${SP})?closure`,
        ),
        undefined,
        { statesNegative: true },
      ),
    ],
  },
  immediateProsthesis: {
    sections: 'performed',
    entries: [
      entry(
        phrase(
          `immediate${SP}(?:post-?operative${SP})?prosthe\\w+`,
          '\\bIPOP\\b',
          `(?:rigid${SP}dressing|cast)${SP}(?:\\w+${SP}){0,4}pylon`,
          `prosthe\\w+${SP}(?:socket|pylon)${SP}(?:\\w+${SP}){0,3}(?:applied|fitted|fabricated)`,
          `immediate${SP}(?:post-?operative${SP})?(?:prosthetic${SP})?fitting`,
          // A cast or rigid dressing with a pylon or a foot fixed to it, in one sentence, is the fitting
          // without its name: "a plaster cast was applied in the operating room and a pylon attached".
          `(?:rigid${SP}(?:\\w+${SP})?dressing|(?:plaster|fib(?:re|er)glass)${SP}(?:cast|socket)|cast)[^.;]{0,90}?(?:pylon|prosthetic${SP}foot|(?:a|the)${SP}(?:prosthetic${SP})?foot${SP}(?:was${SP}|were${SP})?(?:attached|fitted|added|mounted|fixed))`,
          `pylon${SP}(?:\\w+${SP}){0,6}(?:rigid${SP}(?:\\w+${SP})?dressing|cast)`,
        ),
      ),
      // The first cast without a pylon: an immediate postoperative rigid dressing, or a rigid (plaster)
      // dressing put on the stump in the operation (not one put on days later, at a dressing change).
      entry(
        phrase(
          `immediate${SP}(?:post-?operative${SP})?(?:rigid${SP}(?:\\w+${SP})?dressing|(?:plaster${SP})?cast)`,
          '\\bIPORD\\b',
          `rigid${SP}(?:(?:plaster|cast|fib(?:re|er)glass|non-?removable)${SP})?dressing${SP}(?:or${SP}(?:a${SP})?(?:plaster${SP})?cast${SP})?(?:(?:was|were|is|are)${SP})?(?:(?:then|also|immediately)${SP})?${PUT_ON}`,
          `${PUT_ON}${SP}(?:an?${SP}|the${SP})?rigid${SP}(?:(?:plaster|cast|fib(?:re|er)glass|non-?removable)${SP})?dressing`,
          `${RIGID_DRESSING}${SP}(?:(?:was|were|is|are)${SP})?(?:(?:then|also|immediately)${SP})?${PUT_ON}${SP}${ON_THE_STUMP}`,
        ),
        undefined,
        { when: rigidDressingToday },
      ),
    ],
  },
  boneResected: {
    sections: 'performed',
    entries: [
      // Not a cut that seats an implant ("tibial plateau resected 9 mm, trial reduction"): only the wide one.
      entry(
        act(BONE_SITE, `(?:${RESECTED_ONLY}|osteotom\\w*|removed${SP}en${SP}bloc|excised${SP}en${SP}bloc)`),
        undefined,
        { when: notImplantSeat },
      ),
      entry(phrase(`(?:distal|proximal)${SP}(?:femoral|tibial)${SP}resection`), undefined, {
        when: notImplantSeat,
      }),
      // A bone segment taken out together with the tumour is resected with it: "the proximal femur was
      // removed with the tumour", "the distal femur containing the sarcoma was excised".
      entry(
        phrase(
          `${BONE_SITE}${SP}(?:was|were)${SP}(?:\\w+${SP}){0,2}?(?:removed|excised|taken${SP}out|sacrificed)${SP}(?:\\w+${SP}){0,2}?(?:together${SP}|along${SP})?with${SP}(?:the${SP}|its${SP})?(?:\\w+${SP}){0,2}?${TUMOR}`,
          `${BONE_SITE}${SP}(?:containing|with|including|harbou?ring|bearing)${SP}(?:the${SP}|its${SP})?(?:\\w+${SP}){0,2}?${TUMOR}${SP}(?:was|were)${SP}(?:\\w+${SP}){0,2}?(?:removed|excised|taken${SP}out|sacrificed)`,
        ),
        undefined,
        { when: notImplantSeat },
      ),
      // Which bone: an extra-articular or bone resection is the femur's or knee's only when the sentence
      // names that site and not the pelvis.
      entry(phrase(`extra-?articular${SP}(?:knee${SP})?resection`, `bone${SP}resection`), undefined, {
        when: (s) => KNEE_SITE.test(s) && !PELVIC_SITE.test(s),
      }),
    ],
  },
  // A tumor excised in this operation; the rules extractor pairs it with softTissueTumorType (anywhere in the note).
  softTissueTumorResection: {
    sections: 'performed',
    entries: [
      entry(act(TUMOR, `(?:${RESECTED}|removed|removal)`)),
      // A nominalisation whose object carries its own modifiers: "excision of the deep intramuscular sarcoma".
      entry(
        phrase(
          `(?:resection|excision|removal)${SP}of${SP}(?:(?:the|a|an)${SP})?(?:[\\w-]+${SP},?${SP}){0,4}?${TUMOR}`,
        ),
      ),
      // A wide, radical or compartmental excision with no object, in a sentence that names a soft-tissue
      // tumour and no bone: "she underwent radical excision revealing a 24 cm lesion", "for the liposarcoma
      // a wide local excision was done". What the excision took is read from the sentence's tumour.
      entry(
        phrase(`(?:wide|radical|compartment(?:al)?)${SP}(?:local${SP})?(?:excision|resection)(?!${SP}of\\b)`),
        undefined,
        { when: namesSoftTissueTumor },
      ),
      // A compartment of the thigh resected: "anterior thigh compartment resection", "adductor compartment
      // excision", "compartmentectomy" (the muscles of a compartment taken with the tumour in them).
      entry(
        phrase(
          `(?:(?:anterior|posterior|medial|adductor|quadriceps|hamstrings?|flexor|extensor)${SP}(?:thigh${SP})?|thigh${SP})compartment(?:al)?${SP}(?:resection|excision)(?!s)`,
          `compartmentectomy`,
        ),
      ),
      // A pathology heading for the specimen: "thigh skin and soft tissue resection showing a 3.5 cm tumour".
      entry(
        phrase(
          `soft${SP}tissue${SP}(?:resection|excision)${SP}(?:specimen${SP})?(?:showing|containing|with|bearing)${SP}(?:(?:an?|the)${SP})?(?:[\\w.-]+${SP}){0,6}?${TUMOR}`,
        ),
      ),
    ],
  },
  tumorSizeCm: {
    sections: 'any',
    entries: [
      entry(
        phrase(
          `${NUM}${SP}(?:x|by|×)?${SP}(?:${NUM})?${SP}(?:cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?)`,
          // A field whose label carries the unit: "Size (cm): 6.2".
          `(?:size|dimensions?|diameter|measurements?)${SP}\\(${SP}(?:cm|mm)${SP}\\)${SP}[:=]?${SP}${NUM}`,
        ),
        (s) => readTumorSize(s)?.sizeCm,
      ),
    ],
  },
  wideMargin: {
    sections: 'any',
    entries: [
      // "Sinus tract excised en bloc", "the ulcer and scar were taken en bloc": a piece of infected or
      // scarred tissue removed whole is no tumour's margin (a biopsy tract's is: it goes with the tumour).
      entry(phrase(`en${SP}bloc`), undefined, {
        whenMatch: (s, a) => !nonTumourBloc(s.slice(0, a)),
      }),
      entry(
        phrase(
          `(?:wide|radical)${SP}(?:\\w+${SP}){0,3}(?:margins?|resection|excision|en${SP}bloc)`,
          'extracapsular',
          `extra-?articular${SP}(?:\\w+${SP}){0,2}(?:resection|excision)`,
          `cuff${SP}of${SP}(?:normal|healthy|uninvolved)`,
          `oncologic(?:al)?${SP}(?:margins?|limits)`,
          // "the surgical margins were wide", "margins were all radical"
          `margins?${SP}(?:was|were)${SP}(?:(?:all|histologically|microscopically)${SP})?(?:wide|radical)\\b`,
          `(?:tumou?r-?free|safe|adequate|healthy|normal|uninvolved)${SP}margins?`,
          `margins?${SP}of${SP}(?:\\d+(?:\\.\\d+)?${SP}(?:cm|mm)${SP}(?:of${SP})?)?(?:normal|healthy|uninvolved)`,
        ),
      ),
      // A tumour removed at its own edge states the margin was not wide: shelled out, enucleated, a
      // marginal excision, excised along its capsule, an excisional biopsy, removed piecemeal or debulked.
      // Not a close margin at one structure of a wide resection ("the margin at the vessels was marginal").
      entry(
        phrase(
          `marginal${SP}(?:excision|resection)`,
          `(?:excised|removed|resected)${SP}marginally`,
          `shelled${SP}out`,
          'enucleat(?:ed|ion)',
          `(?:dissected|removed|excised|resected|freed|delivered)${SP}(?:\\w+${SP}){0,2}?along${SP}(?:its|the)${SP}(?:own${SP})?(?:pseudo-?)?capsule`,
          `excisional${SP}biopsy`,
          `(?:removed|excised|resected)${SP}(?:in${SP})?piecemeal`,
          `debulk(?:ed|ing)`,
        ),
        undefined,
        { statesNegative: true },
      ),
    ],
  },
  curettage: {
    sections: 'performed',
    entries: [
      entry(
        phrase(
          'curett\\w*',
          // The European word for it: "radical excochleation" (scraped out), "Auskratzung".
          'excochleat\\w*',
          'auskratzung',
          `intralesional${SP}(?:excision|resection|curett\\w*)`,
          `(?:high${SP}speed${SP})?burr(?:ed|ing)?${SP}(?:\\w+${SP}){0,3}(?:cavity|walls?|lesion)`,
        ),
        undefined,
        { when: curettesBoneLesion },
      ),
    ],
  },
  graft: {
    sections: 'performed',
    valuePriority: ['autograft', 'allograft'],
    entries: [
      entry(
        phrase(
          `auto-?grafts?`,
          // "auto allo bone grafting", "auto/allo graft": the abbreviated kinds.
          `\\bauto${SP}(?:(?:and|[/&+])${SP})?(?:allo${SP})?(?:bone${SP})?graft\\w*`,
          `autogenous`,
          `autologous${SP}(?:bone|graft)`,
          `iliac${SP}crest${SP}(?:bone${SP})?graft`,
          // A graft named by its donor site: "cancellous grafting from the iliac crest", "bone graft from
          // the patient's own ilium", "chips from the contralateral iliac crest".
          `(?:graft\\w*|(?:cancellous|cortical|corticocancellous)${SP}bone|chips)${SP}from${SP}(?:the${SP})?(?:(?:patient'?s|his|her|their|own|ipsilateral|contralateral|left|right|anterior|posterior)${SP}){0,3}(?:iliac${SP}crest|ilium|fibula)\\b`,
          `(?:harvest\\w*)${SP}(?:\\w+${SP}){0,6}(?:iliac${SP}crest|fibula|tibia)`,
          // "a tricortical graft was taken from the iliac crest", "iliac crest bone was harvested"
          `(?:graft|bone)${SP}(?:was|were)${SP}(?:taken|obtained|harvested|procured)${SP}from${SP}(?:the${SP})?(?:\\w+${SP}){0,2}(?:iliac${SP}crest|ilium|fibula|tibia)`,
          `(?:iliac${SP}crest|fibular?|tibial?)${SP}(?:\\w+${SP}){0,2}(?:was|were)${SP}harvested`,
          // The same as a reduced relative, and the patient's own bone: "bone graft taken from his own iliac
          // crest", "cancellous bone obtained from the patient's iliac crest", "her own bone".
          `(?:graft|bone)${SP}(?:taken|obtained|harvested|procured)${SP}from${SP}(?:(?:the|his|her|their)${SP})?(?:patient'?s${SP})?(?:own${SP})?(?:\\w+${SP}){0,2}(?:iliac${SP}crest|ilium|fibula|tibia)`,
          // Only as what the defect is filled with ("packed with her own cancellous bone"): not "her own bone
          // marrow", not "her own bone was too soft to harvest".
          `\\b(?:with|using)${SP}(?:\\w+${SP}){0,2}?(?:his|her|their|the${SP}patient'?s)${SP}own${SP}(?:(?:cancellous|cortical|corticocancellous|iliac)${SP})?(?:bone(?!${SP}marrow)|iliac${SP}crest)\\b`,
        ),
        'autograft',
      ),
      entry(
        phrase(
          `allo-?grafts?`,
          `\\ballo${SP}(?:bone${SP})?graft\\w*`,
          `cadaver(?:ic)?${SP}bone`,
          `bone${SP}bank`,
          `demineralized${SP}bone${SP}matrix`,
          '\\bDBM\\b',
          `(?:cancellous|corticocancellous)${SP}chips`,
        ),
        'allograft',
      ),
      // A graft of unstated kind: documented without a value, so no graft-type code is supported by it.
      entry(
        phrase(
          `bone${SP}graft(?:s|ing)?(?!${SP}substitute)`,
          `(?:packed|filled|grafted)${SP}with${SP}(?:\\w+${SP}){0,2}graft(?!${SP}substitute)`,
          `graft${SP}(?:was|were)${SP}(?:packed|placed|impacted|inserted)`,
        ),
      ),
    ],
  },
  internalFixation: {
    sections: 'performed',
    entries: [
      entry(
        phrase(
          `(?:locking${SP})?plate${SP}(?:and${SP}screws|fixation)`,
          `intramedullary${SP}(?:nail|rod)`,
          `internal${SP}fixation`,
          `prophylactic${SP}(?:fixation|nail\\w*|plat\\w*)`,
          // "fixed with a locking plate", "stabilised with a pediatric dynamic hip screw"
          `(?:fixed|stabili[sz]ed|secured|held)${SP}with${SP}(?:(?:a|an|the|two|three|four)${SP})?(?:[\\w-]+${SP}){0,3}(?:plate|nail|rod|screws?|wires)\\b`,
        ),
      ),
    ],
  },
  debridementPerformed: {
    sections: 'performed',
    entries: [entry(phrase('debrid\\w+'))],
  },
  reconstructionPerformed: {
    sections: 'performed',
    entries: [
      entry(
        phrase(
          `endo-?prosthe\\w+`,
          `mega-?prosthe\\w+`,
          `tumou?r${SP}prosthe\\w+`,
          `modular${SP}(?:\\w+${SP}){0,3}(?:replacement|prosthe\\w+|system)`,
          `allograft${SP}prosthe\\w+${SP}composite`,
          `osteoarticular${SP}allograft`,
          `intercalary${SP}allograft`,
          'arthrodesis',
          'rotationplasty',
          `vasculari[sz]ed${SP}fibula`,
          `(?:distal${SP}femoral|proximal${SP}tibial|proximal${SP}femoral|knee)${SP}replacement`,
          // Not "unreconstructed" or "un-reconstructed" (the defect left as it is).
          `(?<![a-z]|\\bun-)reconstruct(?:ion|ed)`,
          `(?:cemented|press-?fit|uncemented)${SP}(?:\\w+${SP}){0,4}(?:stem|component|tray|segment|body)`,
          `rotating${SP}hinge`,
          `reconstruct\\w*${SP}(?:\\w+${SP}){0,3}(?:with|using)${SP}(?:an?${SP})?(?:endo|mega|modular|allograft|prosthe|implant|hinged)`,
          // A prosthesis put in (not one taken out): "a total femoral prosthesis is implanted".
          `prosthe\\w+${SP}(?:was|were|is|are)${SP}(?:then${SP})?(?:implanted|inserted|cemented|assembled)`,
          `(?:implant|insert)(?:ed|s|ation|ing)?${SP}(?:of${SP})?(?:an?${SP}|the${SP})?(?:\\w+${SP}){0,3}prosthe\\w+`,
          // A bone replaced by an implant: "the femur is replaced by a total femoral prosthesis".
          `replaced${SP}(?:with|by)${SP}(?:an?${SP}|the${SP})?(?:\\w+${SP}){0,3}prosthe\\w+`,
        ),
        undefined,
        {
          whenMatch: (sentence, start) => !PRIOR_IMPLANT.test(sentence.slice(Math.max(0, start - 60), start)),
        },
      ),
    ],
  },
  coSurgeon: {
    sections: 'any',
    entries: [
      entry(
        phrase(
          `co-?surgeons?`,
          `co-?surgery`,
          `co-?surgical`,
          `(?:two|both)${SP}attending${SP}surgeons`,
          `jointly${SP}(?:performed|operated)`,
          `dual${SP}attending`,
        ),
      ),
    ],
  },
  unusualWork: {
    sections: 'any',
    entries: [
      entry(
        phrase(
          `(?:additional|extra|increased|prolonged|longer)${SP}(?:\\w+${SP}){0,3}(?:operative${SP})?(?:time|minutes|hours?)`,
          `(?:significantly|substantially|considerably|markedly|unusually|exceptionally|extraordinarily)${SP}(?:increased|more|prolonged|longer|complex|difficult|challenging)`,
          `(?:unusual|extraordinary|exceptional)\\w*${SP}(?:complexity|difficulty|work|time|effort)`,
          `(?:${NUM})${SP}(?:additional|extra|more)${SP}(?:hours?|minutes)`,
          `(?:hours?|minutes)${SP}(?:longer|beyond)${SP}(?:than${SP})?(?:usual|typical|normal|expected)`,
        ),
      ),
    ],
  },
  bothSides: {
    sections: 'performed',
    entries: [
      entry(
        phrase(
          `bilateral${SP}(?:\\w+${SP}){0,3}(?:amputations?|disarticulations?|re-?amputations?|resections?|revisions?|hemipelvectom\\w+)`,
          `both${SP}(?:lower${SP})?(?:legs|limbs|extremities|thighs|stumps|residual${SP}limbs)`,
          `(?:left|right)${SP}and${SP}(?:left|right)${SP}(?:\\w+${SP}){0,2}(?:amputations?|legs|limbs|thighs|stumps)`,
        ),
      ),
    ],
  },
  malignancy: {
    sections: 'any',
    allowHistorical: true,
    condition: true,
    entries: [
      entry(
        phrase(
          'sarcomas?',
          'osteosarcoma',
          'chondrosarcoma',
          'liposarcoma',
          'myxofibrosarcoma',
          'leiomyosarcoma',
          'fibrosarcoma',
          'rhabdomyosarcoma',
          `ewing'?s?`,
          'carcinomas?',
          'metasta\\w+',
          'malignan\\w+',
          'myeloma',
          'plasmacytoma',
          'lymphoma',
          '\\bMPNST\\b',
          '\\bUPS\\b',
        ),
      ),
    ],
  },
};

/**
 * Consent for something other than the operation: blood products, photography, research, teaching.
 * "The patient consents to blood products" documents no consent for the operation.
 */
const OTHER_CONSENT_OBJECT =
  /^\s*(?:(?!and\b)[\w-]+\s+){0,3}?(?:to|for|of)\s+(?:the\s+)?(?:use\s+of\s+|receiv\w*\s+|a\s+|any\s+|possible\s+)?(?:blood|transfusions?|(?:blood\s+)?products|photo\w*|images?\s+for|research|stud(?:y|ies)|(?:clinical\s+)?trials?|teaching|(?:medical\s+)?students|tissue\s+bank\w*|vaccin\w*|(?:HIV|genetic)\s+test\w*)\b/i;
/** The verb "consents" has a subject before it (the patient, a pronoun, a proxy): "family consents were discussed" is a noun. */
const CONSENT_SUBJECT =
  /\b(?:patient|pt|he|she|they|mother|father|parents?|guardian|wife|husband|son|daughter|proxy|[A-Z][a-z]+)\s+(?:\w+\s+)?$/;

/**
 * Consent still to be given is no consent documented: the form's verb in a future or pending frame ("to be
 * signed", "will be obtained", "yet to be taken", "needs to be reconfirmed") or a later time closing the
 * clause ("signed tomorrow", "obtained on the day", "pending").
 */
const CONSENT_FUTURE_FRAME =
  /\b(?:to\s+be|will(?:\s+\w+ly)?\s+be|shall\s+be|would\s+be|going\s+to\s+be|needs?\s+to\s+be|yet\s+to\s+be|still\s+to\s+be)\b/i;
const CONSENT_LATER_TIME =
  /^[^.;\n]{0,40}?\b(?:tomorrow|pending|awaited|to\s+follow|later\s+(?:today|this\s+week)|on\s+the\s+(?:day|morning)\s+of\s+surgery|before\s+(?:the\s+)?(?:list|surgery|operation))\b/i;
/**
 * The clause after a semicolon defers the signature: "Consent: amputation discussed; she will sign
 * tomorrow", "…; the form is to be signed on the ward", "…; he has yet to sign".
 */
const CONSENT_SIGNED_LATER =
  /^\s*;\s*(?:(?:and|but|however,?)\s+)?(?:(?:still\s+|yet\s+)?to\s+(?:be\s+)?sign(?:ed)?\b|(?:she|he|they|the\s+patient|patient|pt|(?:the\s+|his\s+|her\s+)?(?:family|parents?|guardian|wife|husband|son|daughter|proxy))\s+(?:will|is\s+(?:going|due|to)|are\s+(?:going|due|to)|plans?\s+to|has\s+yet\s+to|have\s+yet\s+to|needs?\s+to|is\s+yet\s+to|wants?\s+to)(?:\s+\w+ly)?\s+sign\b(?!\s+(?:(?:the|a|an|her|his|their)\s+)?(?:separate\s+)?(?:blood|transfusion|research|study|trial|photo\w*|teaching)\b)|(?:the\s+)?(?:consent\s+)?(?:form|forms|paperwork|consent)\s+(?:is\s+|are\s+)?(?:still\s+|yet\s+)?(?:to\s+be|will\s+be|not\s+yet|pending)\b)/i;
const consentStillToCome = (matched: string, after: string, next = ''): boolean =>
  CONSENT_FUTURE_FRAME.test(matched) ||
  CONSENT_LATER_TIME.test(after) ||
  CONSENT_SIGNED_LATER.test(after.trimEnd().endsWith(';') ? `;${next}` : next);

/**
 * A consent match documents consent for the operation: what it is for (after the word "consent", or
 * after the match) is not blood, research or photographs; "consents" is a verb with a subject.
 */
function operationConsent(sentence: string, start: number, end: number, next = ''): boolean {
  const matched = sentence.slice(start, end);
  const word = /consent\w*/i.exec(matched);
  if (word && consentStillToCome(matched, sentence.slice(end), next)) return false;
  const afterWord = word ? sentence.slice(start + word.index + word[0].length) : undefined;
  if (
    (afterWord !== undefined && OTHER_CONSENT_OBJECT.test(afterWord)) ||
    OTHER_CONSENT_OBJECT.test(sentence.slice(end))
  )
    return false;
  if (/^consents$/i.test(matched))
    return (
      CONSENT_SUBJECT.test(sentence.slice(0, start)) &&
      !/^\s+(?:were|are|have|had)\b/i.test(sentence.slice(end))
    );
  return true;
}

/** Who consents or signs for the operation: the patient or a proxy. */
const CONSENTER = `patient|pt|self|mother|father|parents?|guardian|family|wife|husband|partner|son|daughter|next${SP}of${SP}kin|NOK|proxy|surrogate|(?:his|her|their)${SP}(?:wife|husband|partner|mother|father|parents|son|daughter|guardian|family)`;

const CONSENT = entry(
  phrase(
    `(?:informed${SP})?consent${SP}(?:form${SP})?(?:was${SP}|were${SP}|had${SP}been${SP}|has${SP}been${SP}|is${SP})?(?:obtained|signed|reviewed|given|documented|confirmed|completed|taken|recorded|witnessed|covered|included|addressed|on${SP}(?:the${SP})?chart)`,
    // A consent field ticked or answered yes: "Consent: [x] …", "Consent ..... yes".
    `consent${SP}(?:\\w+${SP}){0,2}(?::|\\.{2,}|\\s[-–—]+|\\|)${SP}(?:\\[\\s*[xX✓✔]\\s*\\]|[☒☑✔✓]|\\(\\s*[xX✓✔]\\s*\\)|yes\\b|signed|on${SP}file)`,
    `(?:written|signed)${SP}(?:informed${SP})?consent`,
    `(?:signed|obtained|gave|provided)${SP}(?:\\w+${SP}){0,3}(?:informed${SP})?consent`,
    `consent${SP}:?${SP}(?:[\\w-]+${SP}){0,4}(?:signed|obtained|given|confirmed|reconfirmed|reviewed|documented|completed)`,
    // An embedded clause between consent and its verb: "Consent for internal hemipelvectomy, with
    // amputation discussed as an alternative the patient declined, was obtained" (its negation stays in it).
    `(?:informed${SP})?consent${SP}(?:for${SP}(?:[\\w-]+${SP}){1,4})?(?:,${SP}(?:with|without|which|who|having)\\b[^.;]{0,160}?,|\\([^()]{0,160}\\))${SP}(?:was|were|had${SP}been|has${SP}been|is)${SP}(?:obtained|signed|given|documented|confirmed|witnessed|taken|recorded)`,
    'consented',
    // The verb in the present, as dictated: "… and she consents."
    `\\bconsents\\b`,
    `risks${SP},?${SP}(?:and${SP})?benefits${SP},?${SP}(?:and${SP})?alternatives`,
    // Risks and benefits written with a slash or an ampersand: "risks/benefits discussed".
    `risks${SP}(?:[/&]|and)${SP}(?:the${SP})?benefits`,
    // The patient counselled about the operation, or agreeing to it after the discussion: "counselled in
    // detail about the procedure", "wishes to proceed", "agreed to surgery", "elected to go ahead".
    `counsell?(?:ed|ing)${SP}(?:\\w+${SP}){0,6}?(?:risks?|procedure|surgery|operation|amputation|complications|prognosis|outcomes?)`,
    `(?:agreed|agrees|agree|wishe[sd]|elected|elects|decided|chose|willing|keen)${SP}to${SP}(?:proceed|go${SP}ahead|undergo\\b|(?:have${SP})?(?:the${SP})?(?:surgery|operation|procedure|amputation))`,
    `(?:discussed|reviewed|explained)${SP}(?:\\w+${SP}){0,4}risks`,
    // The risks named before their verb: "risks of infection, nerve injury and amputation as an
    // alternative discussed", "the risks of the operation were explained".
    `risks${SP}(?:of|including|such${SP}as)${SP}[^.;\\n]{1,200}?\\b(?:were${SP}|was${SP}|have${SP}been${SP}|had${SP}been${SP})?(?:discussed|explained|reviewed|covered)\\b`,
    `informed${SP}consent`,
    FOREIGN_CONSENT,
    // The completion said later in the clause, after an aside or a list of who signed: "Consent - pt +
    // parents, signed", "consent done yesterday, signed", "we went through the consent in clinic, he
    // signed it" (a "not" in the span denies it; a blank after the field is no consent).
    `consent\\s*[:-]?\\s+(?:[\\w+/&'-]+,?\\s+){0,10}?(?:signed|obtained|done|taken|completed|given)\\b`,
    // Consent for a long-named operation, its verb after the name: "consent for removal of the whole leg
    // and the hemipelvis was signed at the last visit" (the name runs to the verb, within the sentence).
    `(?:informed${SP})?consent${SP}for\\s[^.;\\n]{1,160}?\\s(?:was|were|had${SP}been|has${SP}been|is)${SP}(?:obtained|signed|given|documented|confirmed|reconfirmed|witnessed|taken|recorded)\\b`,
    // The consent discussion told under its field or as its subject: "Consent: amputation versus salvage
    // discussed at length", "Consent: went through resection versus amputation", "consent discussed the
    // options with the parents" (a future frame or a later time refuses it: operationConsent).
    `consent${SP}(?::|-)?${SP}(?:[^.;\\n]{0,160}?\\s)?(?:discussed|went${SP}through|gone${SP}through|explained|talked${SP}through)\\b`,
    // A consent field naming who consented, with no verb: "Consent: patient (Gillick-competent) and
    // mother, for limb-salvage wide resection", "Consent - pt & wife for L AKA" (a denial or a later
    // signature after it refuses it: context, operationConsent).
    `consent${SP}(?::|-|–|—)${SP}(?:by${SP}|from${SP})?(?:the${SP})?(?:patient|pt|self|mother|father|parents?|guardian|family|wife|husband|son|daughter|next${SP}of${SP}kin|NOK|proxy)\\b(?:${SP}\\([^()\\n]{1,40}\\))?(?:${SP}(?:and|&|\\+)${SP}(?:(?:his|her|the)${SP})?(?:mother|father|parents?|guardian|family|wife|husband|son|daughter|next${SP}of${SP}kin|NOK|proxy))?,?${SP}(?:for|to)\\b`,
    // The form signed, named as a paper or a form: "agreed and signed the paper", "signed the form".
    `signed${SP}(?:the${SP}|a${SP})?(?:consent${SP})?(?:forms?|papers?|paperwork)\\b`,
    // Told the risks in other verbs: "informed about all risks", "advised of the risks".
    `(?:informed|told|advised|warned)${SP}(?:\\w+${SP}){0,3}?(?:about|of|regarding)${SP}(?:(?:all|the)${SP}){0,2}(?:possible${SP})?risks`,
    // The form signed by whoever consented, told as the signature: "Signed by patient; witnessed", "she
    // agreed and signed", "his wife agreed and signed", "the parents signed" (a proxy, a pronoun).
    `\\bsigned${SP}by${SP}(?:the${SP})?(?:${CONSENTER})\\b`,
    `\\b(?:agreed|consented)${SP}and${SP}signed\\b`,
    `\\b(?:she|he|they|${CONSENTER})${SP}(?:(?:then|also|both|duly)${SP})?signed\\b(?!${SP}(?:out|off|up|in|(?:the|a|an|his|her)${SP}(?:blood|transfusion|research|study|trial|photo\\w*|media|discharge|release|waiver|AMA)))`,
    // A consent field naming whom the discussion was with, before a colon: "Consent with Rowan and both
    // parents: wide resection versus amputation", "Consent discussion with the patient and wife: …".
    `\\bconsent(?:${SP}(?:discussion|conversation|talk))?${SP}(?:was${SP})?(?:with|w\\/|from|by)${SP}[^:.;\\n]{1,60}:`,
  ),
  undefined,
  { whenMatch: operationConsent },
);

const IMAGING_TERMS = `(?:${FOREIGN_MRI}|${FOREIGN_CT}|\\bm\\s+r\\s+i\\b|\\bc\\s+t\\b(?!${SP}guided)|\\bp\\s+e\\s+t\\b|\\bPET${SP}(?:/${SP})?CT\\b|\\bPET\\b|\\bMRIs?\\b|\\bMR${SP}imaging|magnetic${SP}resonance|\\bCT\\b(?!${SP}-?${SP}guided)|\\bCAT${SP}scan|computed${SP}tomograph\\w*|bone${SP}scan|scintigra\\w+|staging${SP}(?:studies|imaging|scans?)|angiogra(?:ms?|phy)\\b)`;

// Abbreviations as written: "bx", "HPE" (histopathological examination), "FNAC", "Tru-cut".
const PATHOLOGY_SOURCE = `(?:biops(?:y|ies)|${FOREIGN_PATHOLOGY}|patholog\\w*|\\bpath\\b(?!${SP}(?:of|to|through|along|for|is${SP}clear)\\b)|histolog\\w*|histopatholog\\w*|frozen${SP}sections?|cytolog\\w*|core${SP}needle|needle${SP}biopsy|open${SP}biopsy|\\bbx\\b|\\bHPE\\b|\\bFNAC?\\b|tru-?cut)`;
const CULTURE_SOURCE = `(?:cultures?|microbiolog\\w*|gram${SP}stain|tissue${SP}cultures?)`;
// A report's verbs: "reports chondrosarcoma", "was reported as", "came back as", "in keeping with".
// Not the plural noun: "biopsy reports are awaited".
const REPORTS = `(?:c\\/w\\b|reports\\b(?!${SP}(?:are|were|have|had|will|to|of|awaited|pending|not)\\b)|reported|came${SP}back|in${SP}keeping${SP}with|compatible${SP}with)`;
const CONFIRMS = `(?:show\\w*|demonstrat\\w*|reveal\\w*|confirm\\w*|consistent${SP}with|diagnostic${SP}of|positive${SP}for|grew|growing|proven|proved|returned|${REPORTS}|was|were|of|:)`;
const PATHOLOGY_MENTION = `${PATHOLOGY_SOURCE}(?:${SP}(?:report|results?|diagnosis))?|tissue${SP}diagnosis`;
// A result statement: the source said something definite.
const RESULT_VERB = `(?:diagnosed|show\\w*|demonstrat\\w*|reveal\\w*|confirm\\w*|consistent${SP}with|diagnostic${SP}of|positive${SP}for|proven|proved|returned|read${SP}as|called|${REPORTS})`;
const TUMOR_TYPE = `(?:${TUMOR}|osteosarcoma|chondrosarcoma|ewing\\w*|giant${SP}cell|myeloma|carcinoma|metasta\\w+|malignan\\w+|benign|enchondroma|fibrous${SP}dysplasia|aneurysmal|high-?grade|low-?grade|grade${SP}\\d)`;

// The biopsy's track or scar is tissue excised with the tumour, not a result.
const NOT_A_RESULT = `(?!${SP}(?:tract|track|site|scar|incision|needle${SP}tract|cannula)s?\\b)`;
/**
 * The result written as an attribute, with no verb: the source (with a second source word, "bx path",
 * "biopsy pathology") right before a tumour's type or grade: "core biopsy pathology osteosarcoma",
 * "biopsy path grade 3 chondrosarcoma". Only a specific type or a grade: "biopsy lesion" names no result.
 */
const ATTRIBUTE_TYPE = `(?:\\w*sarcomas?\\b|ewing\\w*|giant${SP}cell|\\bGCTB?\\b|myeloma|\\w*carcinoma|metasta\\w+|malignan\\w+|adamantinoma|chordoma|lymphoma|high-?grade|low-?grade|grade${SP}(?:\\d|I{1,3}\\b|one|two|three))`;
const RESULT_AS_ATTRIBUTE = `${PATHOLOGY_SOURCE}${NOT_A_RESULT}(?:\\s+(?:path\\b|${PATHOLOGY_SOURCE}))?\\s+${ATTRIBUTE_TYPE}`;
/**
 * The result as an attribute after the specimen it came from: "path from the prior curettage GCT",
 * "histology from the index biopsy high-grade osteosarcoma" (a specific type or a grade only).
 */
const RESULT_FROM_SPECIMEN = `${PATHOLOGY_SOURCE}${NOT_A_RESULT}${SP}from${SP}(?:(?:the|a|his|her|their|prior|previous|earlier|index|last|original|initial)${SP}){0,3}(?:[\\w-]+${SP}){0,2}?${ATTRIBUTE_TYPE}`;
/**
 * The tumour type stated with its pathology as the source: in a bracket after the diagnosis
 * ("chondrosarcoma, left distal femur (needle biopsy 02/10, pathology P-5521)") or "on" / "at" /
 * "per" the source ("osteosarcoma on core biopsy", "myxoid liposarcoma per histology"). Matched as two
 * terms near each other, the source first (the tumour word search is costly as one pattern's prefix).
 */
const TYPE_WITH_SOURCE: Matcher[] = [
  // Not after a template's blank ("bone tumour — *** (histology)"): the type the source would give is unfilled.
  near(
    `(?<!(?:\\*{3,}|_{3,}|\\?{3,}|<[^<>\\n]{0,30}>)\\s*)\\(${SP}(?:[^()\\n]{0,40}?[\\s,;(-])?${PATHOLOGY_SOURCE}${NOT_A_RESULT}`,
    TUMOR_TYPE,
    10,
  ),
  near(
    `(?:\\bon|\\bat|\\bper|\\bfrom|\\bby)${SP}(?:(?:the|a|an|his|her)${SP})?(?:[\\w-]+${SP}){0,2}?${PATHOLOGY_SOURCE}${NOT_A_RESULT}`,
    TUMOR_TYPE,
    5,
  ),
];
// A result that finds no tumour (a frozen section, a margin): "negative for tumour", "no tumour seen",
// "free of tumour", "clear". The negative words are the result, not a denial of the pathology.
const NO_TUMOR_RESULT = `(?:negative\\b|free${SP}of|clear\\b|tumou?r-?free|uninvolved|no${SP}(?:residual${SP}|viable${SP})?(?:tumou?r|malignan\\w*|sarcoma|neoplasm|cancer))`;
const MARGIN_WORDS =
  /\b(?:margins?|marrow|cut|osteotomy|edges?|bone\s+ends?|resection\s+(?:line|level|end))\b/i;

export const elementLexicon: Partial<Record<ElementKey, TargetLexicon>> = {
  preopImaging: {
    sections: 'not-plan',
    allowHistorical: true,
    entries: [entry({ kind: 'phrase', re: any(IMAGING_TERMS) }, readModalities, { valueOfMatch: true })],
  },
  diagnosisConfirmation: {
    sections: 'any',
    allowHistorical: true,
    valuePriority: ['pathology', 'microbiology'],
    entries: [
      entry(near(PATHOLOGY_SOURCE, CONFIRMS, 6), 'pathology'),
      entry(
        phrase(
          `(?:biopsy|histolog\\w*|patholog\\w*|\\bbx|\\bHPE)${SP}(?:-${SP})?(?:proven|confirmed)`,
          `(?:proven|confirmed)${SP}(?:by|on|at)${SP}(?:\\w+${SP})?(?:biopsy|pathology)`,
          `tissue${SP}diagnosis${SP}(?:of|was|is|:)`,
          // The result as a field: "HPE report - Ewing sarcoma", "Histology: myxoid liposarcoma".
          `${PATHOLOGY_SOURCE}${SP}(?:report${SP}|results?${SP})?(?::|-|–)${SP}(?:[\\w-]+${SP}){0,4}?${TUMOR_TYPE}`,
        ),
        'pathology',
      ),
      ...TYPE_WITH_SOURCE.map((m) => entry(m, 'pathology')),
      entry(phrase(RESULT_AS_ATTRIBUTE), 'pathology'),
      entry(near(CULTURE_SOURCE, CONFIRMS, 6), 'microbiology'),
      entry(phrase(PATHOLOGY_MENTION, `${CULTURE_SOURCE}(?:${SP}results?)?`), undefined, {
        onlyNegated: true,
      }),
    ],
  },
  // Consent is dictated as a past fact wrapped in talk of risks and alternatives ("if margins are close"):
  // hypothetical cues there describe the discussion, not the consent.
  informedConsent: { sections: 'any', allowHistorical: true, allowHypothetical: true, entries: [CONSENT] },
  tumorBoard: {
    sections: 'any',
    allowHistorical: true,
    entries: [
      entry(
        phrase(
          // The board's decision told after it in the clause: "At the tumor board of 18 September, hip
          // disarticulation was recommended" (the recommendation is the board's, not a plan of the board).
          `(?:(?:tumou?r|cancer|sarcoma)${SP}boards?|${FOREIGN_TUMOR_BOARD})\\b[^.;\\n]{0,80}?\\b(?:recommended|advised|agreed|decided|proposed|concluded)\\b`,
          `(?:tumou?r|cancer)${SP}boards?`,
          FOREIGN_TUMOR_BOARD,
          `(?:multi|inter)-?disciplinary${SP}(?:\\w+${SP}){0,2}(?:conference|board|team|review|discussion|clinic|group|meeting)`,
          `sarcoma${SP}(?:conference|board|clinic|team|group)`,
          '\\bMDT\\b',
          // "The board" alone, as a tumour service says it: "board review done in October", "the board
          // recommended amputation" (not an ethics, review or IRB board, nor "board-certified").
          `(?<!(?:ethics|review|IRB|institutional|medical|licensing|examining)${SP})\\bboard${SP}(?:review\\w*|discuss\\w*|meeting|decision|recommend\\w*|agreed|consensus)`,
          `\\bthe${SP}board${SP}(?:has${SP}|had${SP})?(?:recommend\\w*|agreed|advised|reviewed|discussed)`,
          // A multidisciplinary meeting by its British name, and a named oncology meeting or panel.
          '\\bMDMs?\\b',
          `(?:sarcoma|oncolog\\w*|tumou?r|MSK|musculoskeletal)${SP}(?:\\w+${SP}){0,1}(?:meeting|conference|panel|forum)`,
          `(?:medical|radiation|surgical|orthop(?:a)?edic)${SP}oncolog\\w*${SP}(?:\\w+${SP}){0,3}(?:consult\\w*|evaluat\\w*|saw|seen|recommend\\w*|review\\w*|input|opinion)`,
          `oncolog\\w*${SP}(?:consult\\w*|evaluation|review|opinion|input)`,
          `(?:seen|evaluated|reviewed)${SP}by${SP}(?:\\w+${SP}){0,2}oncology`,
        ),
      ),
    ],
  },
  priorAmputationLevel: featureLexicon.priorAmputation,
  indication: {
    sections: 'not-plan',
    allowHistorical: true,
    condition: true,
    valuePriority: ['infection', 'nonviable-stump', 'prosthetic-fit', 'pain', 'tumor', 'other'],
    entries: [
      entry(
        phrase(
          'infect\\w*',
          'osteomyelitis',
          'abscess\\w*',
          'purulen\\w*',
          'septic',
          'sepsis',
          `draining${SP}sinus`,
          // "a discharging sinus", "a chronic sinus tract" (British and Indian wordings of the same).
          `(?:discharging|chronic)${SP}sinus\\b(?!${SP}(?:rhythm|tachycardia|bradycardia|arrhythmia))`,
          `sinus${SP}(?:tracts?|tracks?)`,
        ),
        'infection',
      ),
      entry(
        phrase(
          'necro\\w+',
          `non-?viable`,
          'gangren\\w*',
          'ischemi\\w*',
          'ischaemi\\w*',
          `wound${SP}breakdown`,
          'dehiscen\\w*',
          `non-?healing`,
          'ulcer\\w*',
          `skin${SP}breakdown`,
        ),
        'nonviable-stump',
      ),
      entry(
        phrase(
          `prosthe\\w*${SP}(?:\\w+${SP}){0,3}(?:fit\\w*|socket|incompatib\\w*|intoleran\\w*|problems?|difficult\\w*|wear\\w*|use)`,
          `(?:unable${SP}to|cannot|could${SP}not)${SP}(?:\\w+${SP}){0,2}(?:wear|use|tolerate|fit)${SP}(?:\\w+${SP}){0,2}prosthe\\w*`,
          `bony${SP}prominence`,
          `bon[ey]${SP}spurs?`,
          `heterotopic${SP}ossification`,
          `redundant${SP}(?:soft${SP}tissue|tissue|skin)`,
          `(?:too${SP}(?:long|short)|inadequate${SP}length|unsuitable)`,
        ),
        'prosthetic-fit',
      ),
      entry(
        phrase(
          'neuroma\\w*',
          `(?:intractable|chronic|severe|refractory)${SP}(?:\\w+${SP})?pain`,
          `phantom${SP}pain`,
        ),
        'pain',
      ),
    ],
  },
  // A named method of shaping the stump: the muscles fixed to the bone (myodesis) or to each other over
  // it (myoplasty), named or described, or a named flap. Closing the wound ("wound closed", "closed in
  // layers", "skin with staples") is how every stump ends and names no method.
  reconstructionTechnique: {
    sections: 'performed',
    valuePriority: ['myodesis', 'myoplasty', 'other'],
    entries: [
      entry(phrase('myodes[ie]s', `(?:drill${SP}holes|trans-?osseous|bone${SP}tunnels?)`), 'myodesis'),
      // Described: a muscle sutured or anchored to the bone ("adductor magnus anchored to the femoral
      // cortex"). Near terms, the fixing first: the muscle names are in every sentence that divides them.
      entry(
        near(
          `(?:${STUMP_FIX})${SP}(?:\\w+${SP}){0,2}?(?:to|into|onto)${SP}(?:the${SP})?(?:[\\w-]+${SP}){0,2}?(?:femur|femoral${SP}(?:cortex|shaft|bone)|bone|cortex)\\b(?!${SP}end)`,
          STUMP_MUSCLE,
          4,
        ),
        'myodesis',
      ),
      entry(
        phrase(
          'myoplast\\w*',
          `myofascial${SP}(?:closure|flap)`,
          `muscle${SP}(?:flaps?|groups?)${SP}(?:\\w+${SP}){0,4}(?:sutured|sewn|approximated|closed)${SP}(?:over|to${SP}each${SP}other|together)`,
        ),
        'myoplasty',
      ),
      // Described: opposing muscles sutured to each other or over the bone end ("quadriceps sutured to
      // the hamstrings over the cut femur", "adductors and hamstrings approximated over the bone",
      // "quadriceps brought over the bone end").
      entry(
        near(
          `(?:(?:${STUMP_FIX})${SP}(?:\\w+${SP}){0,2}?(?:to|with|over|across)|brought${SP}(?:over|across))${SP}(?:the${SP})?(?:[\\w-]+${SP}){0,2}?(?:${STUMP_MUSCLE}|(?:cut${SP}|divided${SP})?(?:bone${SP}end|end${SP}of${SP}the${SP}(?:femur|bone)|femur|femoral${SP}(?:end|stump)))`,
          STUMP_MUSCLE,
          5,
        ),
        'myoplasty',
      ),
      entry(
        phrase(`fish${SP}mouth`, `(?:rotation|advancement|myocutaneous|fasciocutaneous)${SP}flap`),
        'other',
      ),
    ],
  },
  inpatientAdmission: {
    sections: 'any',
    allowHypothetical: true,
    episode: true,
    valuePriority: ['inpatient', 'outpatient'],
    entries: [
      entry(
        phrase(
          `admi(?:tted|ssion)${SP}(?:\\w+${SP}){0,2}inpatient`,
          `inpatient${SP}(?:[\\w-]+${SP}){0,2}(?:admission|status|stay|order|unit|floor|bed|ward|service)`,
          // not a day-case unit ("admitted to the day surgery unit" is an outpatient stay)
          `admi(?:tted|t)${SP}(?:to${SP})?(?:the${SP})?(?:(?!${DAY_CASE})[\\w-]+${SP}){0,2}(?:hospital|floor|ward|unit|ICU|SICU|intensive${SP}care|service|inpatient)`,
          // A patient-class field or a bracketed status: "Patient class: Inpatient", "… (inpatient)".
          `(?:admission|patient|pt|encounter|visit)${SP}(?:status|class|type)${SP}(?::|\\.{2,})${SP}(?:\\[\\s*[xX✓✔]\\s*\\]${SP})?in-?patient`,
          `\\(${SP}inpatient${SP}\\)`,
          // The class as a field of a header line of several fields ("MRN 3391870   Inpatient (hospital
          // day 4)", "… | Inpatient | Ward 5"), a field of its own ("Status: Inpatient") or a line of one
          // word: set off by a field separator or a run of spaces, not a word in running text.
          `(?:\\s{2,}|\\t|[|;]\\s*)in-?patient(?=\\s*(?:\\(|[|;]|\\s{2,}|\\.?\\s*$))`,
          `\\bstatus${SP}:${SP}in-?patient\\b`,
          `^\\s*in-?patient(?=\\s*[.;]?\\s*$)`,
          // In hospital on a numbered day of the stay.
          `\\bhospital${SP}day${SP}#?\\d+\\b`,
          // In hospital since a day: "Inpatient since Monday", "Pt IP since 11/1", "hospitalised since the 3rd".
          `\\b(?:in-?patient|IP|I\\/P|hospitali[sz]ed)${SP}since\\b`,
          // not the same-day admission of a day case ("admitted from home on the morning of surgery")
          // not an observation stay ("admitted for 23-hour observation" is outpatient status)
          `\\badmi(?:tted|t)${SP}(?:with|for(?!${SP}(?:(?:a${SP})?(?:23-?${SP}hour|overnight)${SP})?observation)|via|through|from(?!${SP}home)|on(?!${SP}the${SP}(?:morning|day)${SP}of)|under)\\b`,
          // Admitted to (or under) a team or service: "admit to orthopaedics", "admitted under the
          // orthopaedic team", "admission to vascular surgery" (not a day-case unit).
          `admi(?:t|tted|ssion)${SP}(?:to|under)${SP}(?:the${SP})?(?:care${SP}of${SP}(?:the${SP})?)?(?:(?!${DAY_CASE})[\\w-]+${SP}){0,2}(?:team|orthop(?:a)?edics?|(?:general|vascular|plastic|orthop(?:a)?edic)${SP}surgery|surgeons?|medicine|trauma|HDU|high${SP}dependency|critical${SP}care|step-?down|telemetry|bed)\\b`,
          // The patient's class stated in words: "remains an inpatient", "as an in-patient".
          `\\b(?:an|as|remains?|stays?|staying|is)${SP}(?:an${SP})?in-?patient\\b(?!${SP}(?:consult|review|referral))`,
          // British and Australian: an inpatient admitted on the morning of the operation.
          `(?:day|morning)${SP}of${SP}surgery${SP}admission|\\bDOSA\\b`,
          `(?:admit|admission)${SP}orders?`,
          `hospital${SP}admission`,
          `will${SP}be${SP}admitted`,
          `(?:was|were|is)${SP}admitted`,
        ),
        'inpatient',
        { whenMatch: (s, a, b) => !admittedToDayCase(s, a, b) },
      ),
      // The admission as a header or a ward line writes it (not in a sentence naming a day-case stay).
      entry(
        phrase(
          // The class in an abbreviation: "Patient class: IP", "Status - I/P".
          `(?:admission|patient|pt|encounter|visit)${SP}(?:status|class|type)${SP}(?::|\\.{2,}|[-–])${SP}I\\/?P\\b`,
          // The class as an item of a list or a bracket: "Ward 5 (admitted 01/12, inpatient)", "Inpatient,
          // bed 12" (set off by a comma or a bracket, not a word in running text: "an inpatient consult").
          `(?:^|[,(]\\s*)in-?patient(?=\\s*(?:[),;]|$))`,
          // The inpatient registration number of a header: "IP No.: 2025/40211", "Inpatient number 4471".
          `\\b(?:IP|I\\/P|in-?patient)${SP}(?:No\\b\\.?|number|#|reg(?:istration)?\\b)`,
          // An admission dated: "admitted 02/12/2026", "Admitted: 3 Nov", "Date of admission 30/11" (a
          // numeric day and month, or a month name; a month and year alone date no admission of today).
          `\\badmi(?:tted|ssion)${SP}(?:date${SP})?:?${SP}(?:on${SP})?(?:\\d{1,2}${SP}[/.]${SP}\\d{1,2}(?:${SP}[/.]${SP}\\d{2,4})?\\b|\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?${MONTH}|${MONTH}${SP}\\d{1,2}\\b)`,
          `date${SP}of${SP}admission`,
          // In a bed on a ward: "Ward: Surgical 2, Bed 9", "bed 12, ward 4".
          `\\bward\\b[^.;\\n]{0,40}?\\bbed${SP}(?:no\\b\\.?${SP})?#?${SP}\\d+`,
          `\\bbed${SP}(?:no\\b\\.?${SP})?#?${SP}\\d+[^.;\\n]{0,20}?\\bward\\b`,
        ),
        'inpatient',
        { when: (sentence) => !DAY_CASE_STAY.test(sentence) },
      ),
      entry(
        phrase(
          `same${SP}day${SP}(?:surgery|discharge)`,
          `outpatient${SP}(?:procedure|surgery|basis|setting|surgical)`,
          `discharged${SP}(?:home${SP})?(?:the${SP})?same${SP}day`,
          `\\bday${SP}(?:case|surgery)\\b`,
          // Admitted to a day-case place: "admitted to the out-patient unit", "admission via day surgery".
          `admi(?:tted|ssion)${SP}(?:to|into|via|through|for)${SP}(?:(?:the|an?)${SP})?(?:day${SP}(?:case|surgery|surgical|ward|unit)|same${SP}day|ambulatory|out${SP}patient|short${SP}stay)`,
          `ambulatory${SP}(?:surgery|procedure|setting|care)`,
          `(?:hospital${SP})?admission${SP}(?:was${SP}|is${SP})?not${SP}(?:required|needed|necessary|indicated)`,
          // A patient-class line of one word: "Outpatient." (not "outpatient follow-up").
          `^\\s*out-?patient(?=\\s*[.;]?\\s*$)`,
          `(?:\\[\\s*[xX✓✔]\\s*\\]|[☒☑])${SP}outpatient`,
          `(?:admission|patient|pt|encounter|visit)${SP}(?:status|class|type)${SP}(?::|\\.{2,})${SP}outpatient`,
        ),
        'outpatient',
      ),
    ],
  },
  anatomicLocation: {
    sections: 'any',
    allowHistorical: true,
    entries: [
      entry(
        phrase(
          `distal${SP}(?:femur|femoral|thigh)`,
          `supra-?condylar`,
          `femoral${SP}condyles?`,
          `(?:medial|lateral)${SP}condyle`,
          `(?:distal|lower)${SP}(?:third|end|half|quarter|metaphysis|part)${SP}of${SP}(?:the${SP})?(?:${SIDE_WORD}${SP})?femur`,
          // Abbreviated as charted: "dist fem", "dist. femur", "DF" is not read (too short to be sure).
          `\\bdist\\b\\.?${SP}(?:fem\\b\\.?|femur|femoral)`,
        ),
        'distal-femur',
      ),
      entry(
        phrase(
          `proximal${SP}(?:femur|femoral)`,
          `femoral${SP}neck`,
          `inter-?trochanteric`,
          `sub-?trochanteric`,
          `(?:greater|lesser)${SP}trochanter`,
          `(?:proximal|upper)${SP}(?:third|end|half|quarter|metaphysis|part)${SP}of${SP}(?:the${SP})?(?:${SIDE_WORD}${SP})?femur`,
          `\\bprox\\b\\.?${SP}(?:fem\\b\\.?|femur|femoral)`,
        ),
        'proximal-femur',
      ),
      entry(
        phrase(
          `femoral${SP}(?:shaft|diaphysis)`,
          `diaphys\\w*${SP}(?:of${SP}the${SP})?femur`,
          `mid-?shaft${SP}(?:of${SP}the${SP})?femur`,
          `mid${SP}femur`,
          `middle${SP}third${SP}of${SP}(?:the${SP})?(?:${SIDE_WORD}${SP})?femur`,
        ),
        'femoral-diaphysis',
      ),
      entry(
        phrase(`proximal${SP}tibia\\w*`, `tibial${SP}plateau`, `\\bprox\\b\\.?${SP}(?:tib\\b\\.?|tibia\\w*)`),
        'proximal-tibia',
      ),
      entry(phrase('patella\\w*'), 'patella'),
    ],
  },
  marginIntent: {
    sections: 'any',
    allowHistorical: true,
    // A margin stated as such outranks the procedure's name: "radical resection ... with wide margins" is wide.
    valuePriority: ['radical', 'wide', 'marginal', 'radical-name', 'intralesional'],
    entries: [
      entry(
        phrase(
          `radical${SP}(?:\\w+${SP}){0,2}margins?`,
          'extracompartmental',
          `(?:whole${SP})?compartment(?:al)?${SP}resection`,
        ),
        'radical',
      ),
      entry(phrase(`radical${SP}(?:\\w+${SP}){0,3}(?:resection|excision)`), 'radical-name'),
      entry(
        phrase(
          `wide${SP}(?:\\w+${SP}){0,3}(?:margins?|resection|excision)`,
          `en${SP}bloc`,
          `extra-?articular${SP}(?:\\w+${SP}){0,2}(?:resection|excision)`,
          'extracapsular',
          `cuff${SP}of${SP}(?:normal|healthy|uninvolved)`,
          // "a clear margin of healthy muscle"; a margin field answered: "Margin: wide", "Margins - wide".
          `margins?${SP}of${SP}(?:[\\w-]+${SP}){0,2}?(?:normal|healthy|uninvolved)`,
          `margins?${SP}(?:intent${SP}|intended${SP}|planned${SP})?(?::|\\.{2,}|[-–]|was|were)${SP}wide\\b`,
        ),
        'wide',
      ),
      entry(
        phrase(
          `marginal${SP}(?:\\w+${SP}){0,2}(?:excision|resection|margin)`,
          `margins?${SP}(?:intent${SP}|intended${SP}|planned${SP})?(?::|\\.{2,}|[-–]|was|were)${SP}marginal\\b`,
        ),
        'marginal',
      ),
      entry(phrase('intralesional', 'curett\\w*'), 'intralesional'),
    ],
  },
  pathology: {
    sections: 'any',
    allowHistorical: true,
    entries: [
      entry(near(PATHOLOGY_SOURCE, RESULT_VERB, 12), (s) => {
        const margin = readMarginStatus(s);
        return margin ? `margins ${margin}` : undefined;
      }),
      // A stated result: "Biopsy: high-grade osteosarcoma", "the pathology was conventional chondrosarcoma".
      entry(
        phrase(
          `${PATHOLOGY_SOURCE}${SP}(?:[\\w(),/-]+${SP}){0,4}?(?::|-|–|was|were|is)${SP}(?:[\\w-]+${SP}){0,4}?${TUMOR_TYPE}`,
        ),
        (s) => {
          const margin = readMarginStatus(s);
          return margin ? `margins ${margin}` : undefined;
        },
      ),
      entry(phrase(`(?:biopsy|histolog\\w*|patholog\\w*|\\bbx|\\bHPE)${SP}(?:-${SP})?(?:proven|confirmed)`)),
      ...TYPE_WITH_SOURCE.map((m) => entry(m)),
      entry(phrase(RESULT_AS_ATTRIBUTE)),
      entry(phrase(RESULT_FROM_SPECIMEN)),
      // The margin result: "distal marrow frozen section negative for malignancy".
      entry(
        near(PATHOLOGY_SOURCE, NO_TUMOR_RESULT, 10),
        (s) => {
          const margin = readMarginStatus(s);
          if (margin) return `margins ${margin}`;
          return MARGIN_WORDS.test(s) ? 'margins negative' : undefined;
        },
        { negationIsMeaning: true },
      ),
      entry(phrase(PATHOLOGY_MENTION), undefined, { onlyNegated: true }),
    ],
  },
};
