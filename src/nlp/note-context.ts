import type { NoteContext } from '../schemas/facts.ts';
import type { ContextHit } from './context.ts';
import { literalIndexOf } from './literals.ts';

/**
 * Note-level context rules, as data: a text that describes an operation in general (a textbook or
 * atlas: "the surgeon then divides…") or a series of patients ("fourteen patients underwent…", "we
 * reviewed 23 patients") has no index operation, so nothing in it documents this patient's operation
 * (ConText category `generic` for every target). A rule fires when its cue occurs anywhere in the
 * note and none of its `unless` anchors does: an anchor is what ties the text to one patient's
 * operation (a singular patient, an age, a side, narration in the past tense). The acts such a text
 * describes still decide the code (its anatomy is read as for any note: `noteLevel: false` in
 * src/nlp/context.ts), but what documents one patient (consent, imaging …) stays generic and the route
 * sends the note to coder review (`note.generic`). Each rule carries its
 * own test rows (`examples`: `expect` true when the whole note is generic), run by
 * tests/nlp-context.test.ts.
 */
export interface NoteContextRule {
  id: string;
  /** Regex source of the cue (case-insensitive). */
  cue: string;
  /** Regex source of the anchors that make the text one patient's operation (case-insensitive). */
  unless: string;
  /** `several`: the text reports several patients (a series, several cases); `general`: an operation in general. */
  patients: 'several' | 'general';
  examples: readonly { text: string; expect: boolean }[];
}

const COUNT =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
/**
 * A side of the body: one patient's operation names it. Not either side ("the right or left hemipelvis"),
 * nor in a figure's caption ("Figure 3. The right
 * thigh after division of the femur"): an atlas names the side of its picture.
 */
const SIDE =
  '(?=left|right)(?<!\\bfig(?:ure)?\\.?\\s*\\d{1,2}[a-z]?[.:)]?\\s+(?:[a-z]+\\s+){0,3})(?<!\\b(?:right|left)\\s*(?:or|and|\\/)\\s*)\\b(?:left|right)\\s+(?:leg|thigh|femur|knee|hip|limb|lower|side|ilium|hemipelvis|pelvis|sacroiliac|buttock|groin)\\b';
/**
 * One patient: "the patient", "a 54-year-old man", "Mr. X", "she underwent", a side of the body. An age
 * range or a mean age of a series ("aged 17 to 49 years old") is no one patient's age, and "the patient
 * will / may / should …" is any patient (a patient-information page: "the patient will need to rest").
 */
const ONE_PATIENT_ONLY =
  // "The patient is placed supine" / "Position the patient": a technique's positioning step, not one patient;
  // nor is the object of a care instruction ("teach the patient to lie prone", "explained to the patient",
  // "caring for the patient after …"), nor the kind of patient an operation is for ("usually used for the
  // patient with an unsalvageable leg").
  `\\b(?=(?:the|this|our|index)\\s+patient)(?<!\\b(?:place|position|turn|roll|lay|put|prepare|drape|prep|teach|tell|ask|encourage|instruct|remind|help|assist|advise|show|reassure|educate|explain\\s+to|explained\\s+to|caring\\s+for|nursing|care\\s+(?:of|for)|(?:used|indicated|reserved|recommended|suited|suitable|preferred|considered|chosen|offered|an\\s+option|the\\s+choice)\\s+(?:(?:mainly|mostly|usually|generally|typically|only|chiefly|primarily)\\s+)?for)\\s+)\\b(?:the|this|our|index)\\s+patient\\b(?!s)(?!['’]s\\b)(?!\\s+(?:is|are|should|must|can|may)\\s+(?:then\\s+|now\\s+)?(?:placed|positioned|turned|rolled|laid|prepped|prepared|draped|put|supine|prone|in\\b))(?!\\s+(?:will|would|may|might|should|must|can|needs?\\s+to)\\b)|\\b(?=patient['’]s\\b)(?<!\\b(?:should|must|may|might|can|if|when|whether)\\b[^.;]{0,80})\\bpatient['’]s\\b(?![^.;]{0,120}?\\b(?:should|must|may|might|can|needs?\\s+to)\\b)|(?=\\d)(?<!\\b(?:to|and|mean|median|average|from|between|range|of)\\s+)(?<![-–]\\s?)\\b\\d{1,3}[- ]?(?:year|yr)s?[- ]old\\b(?!\\s*(?:patients|men|women|children|adults|subjects))|\\b(?:mr|mrs|ms|dr)\\.?\\s+[a-z]|\\b(?:he|she)\\s+(?:was|is|had|has|underwent|presented|returned|developed|recovered)\\b|${SIDE}`;
/**
 * The marks of an operative note about one operation: its header fields, a side letter, "today" (not an
 * article's "Today, with modern chemotherapy …", "Today, most surgeons …", "performed by most surgeons
 * today", "still used today": nowadays).
 */
const INDEX_OPERATION =
  '\\b(?:(?:EBL|estimated\\s+blood\\s+loss)(?!\\s+(?:is|are)\\s+(?:usually|typically|generally|often|normally|commonly|rarely|about|around|approximately|less|more|under|over)\\b)|dictat\\w*|operative\\s+(?:note|report)|op\\s+note|(?<!\\b(?:surgeons?|practi[cs]e[sd]?|commonly|widely|still|even|until|up\\s+to|used|available)\\s+)today(?!,\\s+(?:with|in|most|many|modern|thanks|because|since|as|surgeons|amputation|limb)\\b)|(?:pre|post)-?\\s?op(?:erative)?\\s+(?:diagnosis|dx|plan)|date\\s+of\\s+(?:surgery|service|operation|procedure)|(?:attending|resident)(?!\\s+(?:then|now|next|first|should|must|may|can|usually|typically|often)\\b)|[LR]T?\\.?\\s+(?:AKA|BKA|hip|knee|thigh|leg|femur))\\b';
const ONE_PATIENT = `${ONE_PATIENT_ONLY}|${INDEX_OPERATION}`;
/**
 * A technique told in the present uses "the patient" for any patient ("with the patient in the lateral
 * position", "the patient's leg is elevated"), so there only a stronger anchor ties the text to one
 * patient: an age, a name, "he/she was", a side, the op note's fields, first-person narration in the
 * present ("I now divide the femur", "we then ligate"), the patient brought to the operating room.
 */
const ONE_PATIENT_STRONG = `(?=\\d)(?<!\\b(?:to|and|mean|median|average|from|between|range|of)\\s+)(?<![-–]\\s?)\\b\\d{1,3}[- ]?(?:year|yr)s?[- ]old\\b(?!\\s*(?:patients|men|women|children|adults|subjects))|\\b(?:mr|mrs|ms|dr)\\.?\\s+[a-z]|\\b(?:he|she)\\s+(?:was|is|had|has|underwent|presented|returned|developed|recovered)\\b|${SIDE}|\\b(?:i|we)\\s+(?:now|then|next)\\s+[a-z]+|\\bi\\s+(?:divide|ligate|cut|incise|transect|make|place|close|remove|dissect|identify|expose|detach|release|disarticulate|open)\\b|\\b(?:brought|taken|wheeled|transferred)\\s+(?:in)?to\\s+the\\s+(?:operating|surgical)\\s+(?:room|theatre|theater|suite)\\b`;
/**
 * An article's definition or abstract of an operation: "hemipelvectomy is the complete removal of …",
 * "the operative technique is described", "we describe the technique".
 */
const DEFINITION =
  '\\b(?:amputation|hemipelvectomy|disarticulation|resection|excision|\\w+ectomy)\\s+(?:is|are|refers\\s+to|means)\\s+(?:the|a|an)\\s+(?:\\w+\\s+){0,3}?(?:removal|excision|resection|amputation|ablation|separation|division|sacrifice)\\s+of\\b|\\b(?:technique|procedure|operation|approach)\\s+(?:is|are)\\s+(?:then\\s+|here\\s+|briefly\\s+)?(?:described|presented|outlined|illustrated|reviewed)\\b|\\bwe\\s+(?:describe|present|outline|illustrate)\\s+(?:the|a|an|our)\\s+(?:\\w+\\s+){0,3}?(?:technique|procedure|operation|approach|method|resection|amputation|hemipelvectomy|disarticulation)\\b';
/**
 * The terse narration of one operation: a sentence opened by a bare participle with no auxiliary
 * ("Femur divided with saw", "Flaps closed in layers", "Vessels ligated and divided"); a textbook
 * writes the present ("the femur is divided"). A participle of reference ("the procedures described in
 * the previous chapter", "the approach shown in Fig. 2") narrates nothing, nor does a reduced relative
 * clause whose sentence goes on in the present passive ("the muscles attached to the trochanters are
 * released": a technique's step).
 */
const TERSE_NARRATION =
  "(?:^|[.;:]\\s+|\\n\\s*)(?:(?!(?:is|are|be|been|has|have|had|can|may|should|must|will|would|then|now|first|next)\\b)[a-z][\\w'-]*\\s+){1,3}?(?!(?:described|mentioned|shown|listed|noted|discussed|outlined|illustrated|presented|cited|reported|depicted|detailed|summari[sz]ed|based|used)\\b)(?:\\w+ed|cut|sewn|made|done)\\s+(?:with|at|in|and|by|using|through|from|over|to|along|around|across|into|under)\\b(?![^.;:\\n]*?\\b(?:is|are)\\s+(?:(?:then|now|next|first|also|\\w+ly)\\s+)?(?:re-?)?\\w+(?:ed|en)\\b)";

/**
 * Narration of one operation in the past: "the femur was divided", "we divided", "I ligated". A
 * textbook's history of an operation ("was first described", "was reported by") is not one.
 */
const PAST_NARRATION =
  '(?<!\\b(?:historically|traditionally|formerly|originally|classically|in\\s+the\\s+past|implies|imply|suggests\\s+that)\\b[^.;]{0,80})\\b(?:was|were)\\s+(?!(?:\\w+\\s+){0,2}?(?:described|reported|introduced|populari[sz]ed|published|proposed|pioneered|credited|attributed|named|advocated|recommended|abandoned|developed|modified|used\\s+(?:by|in)|involved|contaminated|infiltrated|affected|associated|required|needed|thought|believed|considered|known|deemed|felt)\\b)(?:\\w+\\s+){0,2}?(?:\\w+(?:ed|en)|cut|made|done|sewn|left|put|set)\\b|\\b(?:i|we)\\s+(?:then\\s+)?\\w+ed\\b';
/**
 * A surgical act told in the present passive: "the femur is divided", "the vessels are then ligated", an
 * act done again ("the femur is re-divided", "the adductor is reattached"), a wound left open.
 */
const PRESENT_ACT =
  '\\b(?:is|are)\\s+(?:(?:then|now|next|first|also|carefully|sharply|bluntly|gently|subsequently|finally|\\w+ly)\\s+){0,2}(?:re-?)?(?:left\\s+(?:open|unclosed|unsutured)\\b|divided|ligated|incised|transected|osteotomi[sz]ed|removed|excised|sutured|closed|cut|dissected|detached|released|opened|disarticulated|sectioned|sawn|raised|fashioned|elevated|isolated|exposed|freed|delivered|tied|clamped|separated|resected|amputated|dislocated|rasped|bevell?ed|smoothed|approximated|reflected|mobili[sz]ed|transposed|drawn|retracted|identified|developed|completed|secured|oversewn|sewn|stapled|filed|trimmed|applied|fitted|moulded|molded|attached|curetted|burr?ed|packed|filled|cemented|drilled)\\b';
/** The verbs of an atlas step told as an instruction ("Divide", "you ligate"). */
const STEP_VERBS =
  '(?:divide|ligate|incise|isolate|detach|identify|transect|osteotomi[sz]e|remove|dissect|make|release|open|close|elevate|expose|cut|suture|retract|continue|begin|mark|carry|rasp|bevel|tie|clamp|disarticulate|excise|resect|reflect|free|deliver|approximate|mobili[sz]e|saw|section|separate|dislocate|raise|fashion|draw|place|position|complete|extend|curve|deepen|sever|develop|enter|insert|secure|curette|burr?|pack|fill|cement|drill)';
/** What an instruction's verb acts on. */
const STEP_OBJECT =
  '(?:the|a|an|and|both|all|each|it|them|through|along|around|off|down|out|from|with|this|these)\\b';
/** An atlas step in the imperative, opening a sentence or a list item: "Divide the sacroiliac joint". */
const IMPERATIVE_STEP = `(?:^|[.!?;:]\\s+|\\n\\s*(?:[-•◆▪*]\\s*|\\(?\\d+[.)]\\s*)?)(?:then\\s+|next,?\\s+|now\\s+)?${STEP_VERBS}\\s+${STEP_OBJECT}`;
/**
 * An operative guide's instruction, which no one patient's note writes: the second person ("you then
 * ligate the vessels"), a labelled step in the imperative ("Step 3: Ligate …"), an imperative list item
 * ("• Open the joint …", "2. Divide the cruciates"), a "Pearls" or "Pitfalls" heading.
 */
const INSTRUCTION = `\\bhow\\s+to\\s+(?:perform|carry\\s+out|undertake)\\s+(?:an?|the|this)?\\b|\\byou\\s+(?:(?:then|now|next|first|should|must|can|will|may|need\\s+to|carefully|gently|never|always|not)\\s+){0,3}(?:${STEP_VERBS}|take|bring|protect|avoid|leave|check|perform|turn)\\b|\\bstep\\s+(?:\\d{1,2}|one|two|three|four|five|[ivx]{1,4})\\s*[:.)-]\\s*(?:then\\s+|next,?\\s+)?${STEP_VERBS}\\s+${STEP_OBJECT}|\\n\\s*(?:[-•◆▪*]|\\(?\\d{1,2}[.)])\\s*(?:then\\s+)?${STEP_VERBS}\\s+${STEP_OBJECT}|(?:^|\\n)\\s*(?:(?:technical\\s+)?pearls|pitfalls|tips(?:\\s+and\\s+tricks)?|technical\\s+points|(?:critical\\s+|key\\s+)?must[\\s-]knows?|key\\s+points)(?:\\s+and\\s+(?:pitfalls|pearls))?\\s*(?::|\\r?\\n)`;
/**
 * One patient in an instruction text: an age, a name, "he/she was", first-person narration in the
 * present, the patient brought to the operating room. Not a side: a guide says "the right hip" of its
 * figure.
 */
const ONE_PATIENT_PERSON =
  '(?=\\d)(?<!\\b(?:to|and|mean|median|average|from|between|range|of)\\s+)(?<![-–]\\s?)\\b\\d{1,3}[- ]?(?:year|yr)s?[- ]old\\b(?!\\s*(?:patients|men|women|children|adults|subjects))|\\b(?:mr|mrs|ms|dr)\\.?\\s+[a-z]|\\b(?:he|she)\\s+(?:was|is|had|has|underwent|presented|returned|developed|recovered)\\b|\\b(?:i|we)\\s+(?:now|then|next)\\s+[a-z]+|\\bi\\s+(?:divide|ligate|cut|incise|transect|make|place|close|remove|dissect|identify|expose|detach|release|disarticulate|open)\\b|\\b(?:brought|taken|wheeled|transferred)\\s+(?:in)?to\\s+the\\s+(?:operating|surgical)\\s+(?:room|theatre|theater|suite)\\b';
const TECHNIQUE_STEP = `(?:${PRESENT_ACT}|${IMPERATIVE_STEP})`;

/**
 * A technique page's heading: its first line names a technique or its steps ("Hindquarter amputation:
 * operative technique", "Technique of external hemipelvectomy", "Gritti-Stokes amputation - steps"), a
 * line that is only such a heading ("Operative steps", "Steps:"), "the steps are as follows", a labelled
 * step ("Step 1:"), or a title line set apart by a blank line ("Hip disarticulation" and its steps).
 */
const TECHNIQUE_HEADING = String.raw`^[ \t]*[^\n]{0,80}?\b(?:technique|steps)\b[^\n]{0,60}(?:\n|$)|\n[ \t]*(?:(?:operative|surgical|the)\s+)?(?:technique|steps|procedure\s+steps)[ \t]*:?[ \t]*\r?\n|\bthe\s+steps\s+are(?:\s+as\s+follows)?\s*:|\bstep\s+(?:1|one|i)\s*[:.)-]|^[ \t]*[a-z][^\n.:;]{2,80}\r?\n[ \t]*\r?\n`;
/** The fields of one operation's note: "Surgeon:", "Patient:", "Date:", "Specimen:", "Complications:". */
const OP_NOTE_FIELD = String.raw`(?:^|\n)[ \t]*(?:surgeons?|assistants?|patient(?:\s+name)?|date(?:\s+of\s+\w+)?|mrn|dob|specimens?|complications|disposition|estimated\s+blood\s+loss|ebl)[ \t]*:`;
/**
 * A step written without a finite verb: a nominal act ("release of the iliacus", "division of the
 * pubic symphysis"), a step keyed by its structure ("Sacroiliac joint: opened with an osteotome",
 * "Femur: sawn across the condyles"), or a bare participle ("Patellar tendon freed from the tubercle").
 */
const VERBLESS_STEP = String.raw`\b(?:division|release|section|transection|ligation|disarticulation|detachment|separation|osteotomy|excision|removal|opening|elevation|resection|exposure|dissection|mobili[sz]ation|delivery|sawing|splitting|fixation)\s+of\b|(?:^|\n|[.;]\s+)[ \t]*(?:[-•*▪◆][ \t]*)?(?:(?:step\s+)?\d{1,2}[.):]\s*)?[a-z][\w'-]*(?:[ \t]+[\w'-]+){0,4}[ \t]*[:–-][ \t]*(?:then\s+)?(?:[a-z]+(?:ed|en)|cut|split|sawn|disarticulation|division|release)\b|${TERSE_NARRATION}`;
/** A side naming the operation ("Left AKA", "right hip disarticulation"): one patient's note. */
const SIDE_OPERATION = String.raw`\b(?:left|right|lt|rt)\.?\s+(?:AKA|BKA|TKA|above|below|through|knee|hip|hind-?quarter|hemi-?pelvectomy|trans-?femoral|thigh|internal|external|femoral|proximal|distal)\b`;

/** A care instruction opening a sentence: "Watch the flap …", "Encourage the patient …", "Explain to …". */
const CARE_STEP = String.raw`(?:^|[.!?;:]\s+|\n\s*(?:[-•◆▪*]\s*|\(?\d+[.)]\s*)?)(?:watch|observe|check|monitor|encourage|explain|teach|record|report|assess|inspect|keep|avoid|offer|ensure|remind|help|reassure|measure|chart|support)\s+(?:the|a|an|for|to|that|him|her|them|it|all|each|every|any|daily|regularly|closely|hourly)\b`;

export const noteContextRules: readonly NoteContextRule[] = [
  {
    id: 'generic.series',
    // Several patients: a case series, a cohort, a review.
    cue: `\\b${COUNT}(?:[\\s-]\\w+){0,2}?\\s+(?:consecutive\\s+|further\\s+|other\\s+|of\\s+(?:the|these|our)\\s+)?(?:patients|cases|subjects|amputees|amputations|limbs|resections|hemipelvectomies|disarticulations|children|infants|adolescents)\\b|\\b(?:our|(?:in|of|from)\\s+th(?:is|e\\s+present))\\s+(?:series|cohort|experience)\\b|(?:^|[.:;]\\s+)(?:the\\s+)?patients\\s+(?:underwent|were\\s+(?:treated|operated\\s+on|managed))\\b|\\bwe\\s+retrospectively\\s+(?:reviewed|analy[sz]ed|studied)\\b|\\bwe\\s+(?:reviewed|analy[sz]ed|studied)\\b(?!\\s+(?:the|her|his|this|their)\\s+(?:case|patient|imaging|images|MRI|CT|films?|scans?|pathology|chart|notes?|findings|options|risks|plan)\\b)|\\bwe\\s+report\\s+(?:on\\s+)?(?:\\d+|our)\\b`,
    unless: ONE_PATIENT,
    patients: 'several',
    examples: [
      {
        text: 'Fourteen patients were treated. Eleven patients underwent hindquarter amputation; the sacroiliac joint was divided.',
        expect: true,
      },
      { text: 'We reviewed 23 patients after knee disarticulation.', expect: true },
      // One patient's case or imaging reviewed is no series: "we reviewed the case at MDT", "we reviewed her MRI".
      { text: 'We reviewed the case at MDT and proceeded with a hindquarter amputation.', expect: false },
      { text: 'We reviewed her MRI, and the femur was divided above the lesion.', expect: false },
      { text: 'We retrospectively reviewed the charts of hindquarter amputations.', expect: true },
      // Words between the count and what is counted.
      { text: 'Eighteen consecutive hindquarter amputations were analysed.', expect: true },
      { text: 'Twelve paediatric knee disarticulations were done between 2008 and 2020.', expect: true },
      // An age range or a mean age is the series', not one patient's.
      {
        text: 'Six patients aged 19 to 58 years old underwent internal hemipelvectomy; the ilium was resected in all.',
        expect: true,
      },
      {
        text: 'Methods: 112 consecutive amputations were performed. Results: the femur was transected at the mid-thigh in 87 limbs.',
        expect: true,
      },
      // The series named without a count: "in this series", and plural patients as the operation's subject.
      {
        text: 'For the pubic lesions in this series, both rami were taken en bloc with the limb kept.',
        expect: true,
      },
      {
        text: 'Methods: patients underwent periacetabular resection with limb preservation. Results: most walked with a stick.',
        expect: true,
      },
      {
        text: 'The patient underwent a left AKA. All patients on the ward were screened for MRSA.',
        expect: false,
      },
      {
        text: 'A 54-year-old man underwent hindquarter amputation; he is the third of our series of patients.',
        expect: false,
      },
      { text: 'The patient was one of two cases that day. The femur was transected.', expect: false },
      { text: 'The left femur was transected. Two patients were on the list.', expect: false },
      {
        text: 'Op: above knee amputation. All patients on this service get a drain. Femur cut with saw, closed in layers.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.textbook',
    // A technique described in general, in the present tense: "the surgeon then incises", "one should".
    // Also a definition in the present: "it is usually performed for …", "a hindquarter amputation removes
    // the limb with the half of the pelvis", "the operation involves division of …".
    // And a patient-information page: "… is a surgical procedure that involves …", "the surgeon will
    // first clean the wound", with only "the patient will …" for a patient; or one told to its reader
    // ("your surgeon will remove …", "your leg"): the reader is any patient.
    cue: `\\b(?:can|may|should|must)\\s+be\\s+(?:\\w+\\s+)?\\w+(?:ed|en)\\b|\\b(?:is|are)\\s+(?:usually\\s+|generally\\s+|typically\\s+|commonly\\s+|most\\s+often\\s+|rarely\\s+|still\\s+)?performed\\s+(?:when|for|in|to|if|where)\\b|\\b(?:amputation|hemipelvectomy|disarticulation|resection|operation|procedure)\\s+(?:removes|involves|entails|consists\\s+of|comprises|sacrifices|requires)\\b|\\b(?:is|are)\\s+(?:usually\\s+|generally\\s+)?indicated\\b|\\bthis\\s+(?:technique|procedure|modification|approach|operation|method)\\s+(?:offers|allows|permits|provides|enables|avoids|has\\s+(?:permitted|allowed|enabled)|is\\s+(?:a\\s+)?(?:modified|modification|variant|variation|useful|suitable))\\b|\\bthe\\s+(?:surgeon|operator)\\s+(?:then\\s+|now\\s+|first\\s+|next\\s+)?(?!was\\b|is\\b|has\\b|does\\b)[a-z]+s\\b|\\bone\\s+(?:should|must|can)\\s+\\w+|\\b(?:the|your)\\s+surgeon\\s+(?:should|must|may|can|will)\\b|\\byour\\s+(?:surgeon|doctor|consultant|surgical\\s+team|operation|surgery|leg|limb|thigh|hip|knee|stump|residual\\s+limb|pelvis)\\b|\\b(?:is|are)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:procedure|operation)\\s+(?:that|which)\\s+(?:involves|removes|entails|consists\\s+of|is\\s+(?:done|performed|carried\\s+out))\\b|${DEFINITION}`,
    // Narration of one operation: past-tense acts, terse participles, "we/I" did something, a side of the body.
    patients: 'general',
    unless: `${ONE_PATIENT}|${TERSE_NARRATION}|${PAST_NARRATION}`,
    examples: [
      // A technique presented as such: "this procedure is a variant of …", "this technique offers".
      {
        text: 'This procedure is a variant of the usual hip disarticulation. This technique offers patients a shorter operation.',
        expect: true,
      },
      {
        text: 'The surgeon then incises along the iliac crest. The sacroiliac joint is opened from in front.',
        expect: true,
      },
      { text: 'One should ligate the vessels first. The femur is divided with a saw.', expect: true },
      // A definition's "was carried through" implies, it narrates nothing.
      {
        text: 'The term hemipelvectomy implies removal of the right or left hemipelvis with the limb and suggests that the division of the bone was carried through the sacroiliac joint. It is usually performed for malignant tumours of the proximal thigh.',
        expect: true,
      },

      {
        text: 'The residual femur of a short amputation can be lengthened. The femur is osteotomised and a frame applied.',
        expect: true,
      },
      {
        text: 'An external hemipelvectomy removes the whole leg together with half of the pelvis. It is usually performed for sarcomas that encase the iliac vessels.',
        expect: true,
      },
      {
        text: 'Knee disarticulation is performed when the tibia cannot be saved; the operation involves division of the cruciate ligaments and the capsule.',
        expect: true,
      },
      // One patient's operation, defined in the present, is still anchored by the patient.
      {
        text: 'A 71-year-old man. The operation involves division of the sacroiliac joint; the left leg was removed with the hemipelvis.',
        expect: false,
      },
      { text: 'The femur was transected. The wound can be closed later.', expect: false },
      {
        text: 'Procedure: L AKA. Indication: AKA is indicated for gangrene. Femur transected, wound closed. EBL 200 ml.',
        expect: false,
      },
      {
        text: 'The surgeon then divides the femur. The femur was cut with a saw at 12 cm.',
        expect: false,
      },
      { text: 'The surgeon, Dr. Reyes, divided the sacroiliac joint.', expect: false },
      // A terse op note narrates in bare participles; a modal passive in its plan is not a textbook's.
      {
        text: 'Procedure: Left above-knee amputation.\nFemur divided with saw 10 cm above the joint line. Flaps closed in layers.\nPatient should be seen in clinic in 2 weeks.',
        expect: false,
      },
      {
        text: 'Hip disarticulation. Vessels ligated and divided. Wound closed over a drain; staples can be removed at two weeks.',
        expect: false,
      },
      {
        text: 'Skin incised along the crest; the iliac vessels are ligated. The wound may be closed over drains.',
        expect: false,
      },
      {
        text: 'The femur is divided with a saw and the flaps are closed in layers. Drains may be removed at 48 hours.',
        expect: true,
      },
      // A textbook's typical blood loss is no op note's EBL field.
      {
        text: 'The surgeon then detaches the patellar tendon. Estimated blood loss is usually less than 200 mL.',
        expect: true,
      },
      { text: 'The surgeon then detaches the patellar tendon. Estimated blood loss 150 mL.', expect: false },
      // An article's definition or abstract of an operation.
      { text: 'Hemipelvectomy is the complete removal of the hemipelvis with the leg.', expect: true },
      // Past tense about practice or the tumour, and the patient's care "should", anchor no one patient.
      {
        text: "Historically the operation was performed for thigh sarcomas. The patient's nutrition should be optimised. The capsule can be opened from behind.",
        expect: true,
      },
      {
        text: 'The anterior flap suits tumours where the buttock skin was involved. The flap can be raised on the femoral vessels.',
        expect: true,
      },
      // A participle of reference is no terse narration.
      {
        text: 'The operations described in the previous chapter need a buttock flap. The thigh flap can be raised instead.',
        expect: true,
      },
      {
        text: "The patient's leg was prepped. The capsule can be opened from behind; the femoral head was dislocated.",
        expect: false,
      },
      {
        text: 'Amputation through the knee is a removal of the leg at the joint. We describe our technique.',
        expect: true,
      },
      // A patient-information page (set P, by class): a definition, what the surgeon will do, "the patient will …".
      {
        text: 'Stump revision is a surgical procedure that involves reshaping the end of the residual limb. The surgeon will remove scar tissue and close the skin. The patient will need a new socket.',
        expect: true,
      },
      {
        text: 'A knee disarticulation is an operation that removes the leg through the knee joint. The patient may need physiotherapy for some weeks.',
        expect: true,
      },
      {
        text: 'During the operation your surgeon will take off the leg above the knee. The thigh bone is sawn across and the skin stitched.',
        expect: true,
      },
      {
        text: 'You will be asleep. Your leg and part of your pelvis are removed, and the wound is closed over drains.',
        expect: true,
      },
      {
        text: 'A 63-year-old man. Your surgeon will see you in clinic, he was told; the left femur was transected and the leg removed.',
        expect: false,
      },
      {
        text: 'The wound can be closed later. The femur was transected. The patient will be seen in clinic in two weeks.',
        expect: false,
      },
      {
        text: 'A hip disarticulation is an operation that removes the leg at the hip. The patient will be reviewed; the left leg was removed through the hip joint.',
        expect: false,
      },
      {
        text: 'A 50-year-old man. Hemipelvectomy is the removal of the hemipelvis; his was done in 2019.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.technique',
    // A technique told step by step in the present passive or the imperative, as textbooks and atlases
    // write it ("the iliac vessels are ligated … the symphysis is divided", "Divide the sacroiliac
    // joint"): two such steps with nothing tying the text to one patient's operation.
    cue: `${TECHNIQUE_STEP}[\\s\\S]*?${TECHNIQUE_STEP}`,
    patients: 'general',
    // "The patient" of a technique is any patient: only a stronger anchor ties it to one.
    unless: `${ONE_PATIENT_STRONG}|${INDEX_OPERATION}|${TERSE_NARRATION}|${PAST_NARRATION}`,
    examples: [
      {
        text: 'Above-knee amputation. Equal flaps are marked on the thigh. The femoral vessels are tied separately and the sciatic nerve is cut high. The femur is divided with a saw and its edge is filed smooth.',
        expect: true,
      },
      {
        text: 'Position the patient on the side. Incise along the iliac crest to the pubic tubercle. Ligate the external iliac artery and vein. Divide the symphysis with a Gigli saw, then divide the sacroiliac joint from behind.',
        expect: true,
      },
      {
        text: 'The patient is placed in the lateral position and the iliac vessels are ligated. The symphysis is divided and the hemipelvis is removed with the limb.',
        expect: true,
      },
      {
        text: 'Hip disarticulation was first described in the nineteenth century. The capsule is opened all round and the ligamentum teres is cut, and the head is lifted out of the socket.',
        expect: true,
      },
      // Present-tense dictation of one operation, anchored by a side or an op-note field.
      {
        text: 'The left femur is divided with the saw. The wound is closed over a drain. EBL 300 mL.',
        expect: false,
      },
      { text: 'The vessels are ligated. The femur was then cut with a saw.', expect: false },
      { text: 'We divided the symphysis. The sacroiliac joint is opened from in front.', expect: false },
      // "The patient" of a technique is any patient; one patient dictated in the present is anchored.
      {
        text: 'With the patient in the supine position, the vessels are ligated. The femur is divided with a saw.',
        expect: true,
      },
      {
        text: 'The patient is taken to the operating room. The vessels are ligated. The femur is divided with a saw.',
        expect: false,
      },
      { text: 'The vessels are ligated. I now divide the femur. The wound is closed.', expect: false },
      // A reduced relative in a present-passive step is no terse narration; an act done again is a step.
      {
        text: 'The muscles attached to the lesser trochanter are released. The capsule is opened.',
        expect: true,
      },
      { text: 'The femur is re-divided higher. The adductor magnus is reattached.', expect: true },
      { text: 'The thigh is divided at one level. The wound is left open.', expect: true },
      // One present-tense step is not a technique.
      { text: 'The wound is closed over a drain.', expect: false },
      // An atlas's figure names the side of its picture; its third-person "the resident then …" is no op note's.
      {
        text: 'The vessels are ligated. The femur is divided with a saw.\nFigure 3. The right thigh after division.',
        expect: true,
      },
      {
        text: 'The vessels are ligated. The femur is divided. The resident then closes the wound.',
        expect: true,
      },
      {
        text: 'The vessels are ligated. The femur is divided. The resident closed the wound.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.instructions',
    // An operative guide's steps as instructions: "you" act, "Step 2: Divide …", bullet or numbered
    // imperatives, "Pearls"/"Pitfalls" — with a side of its figure ("with the right hip up"), which does
    // not tie it to one patient. A one-patient note numbering its steps in the past stays one patient's.
    cue: `(?:${INSTRUCTION})[\\s\\S]*?(?:${INSTRUCTION}|${TECHNIQUE_STEP})`,
    patients: 'general',
    unless: `${ONE_PATIENT_PERSON}|${INDEX_OPERATION}|${TERSE_NARRATION}|${PAST_NARRATION}`,
    examples: [
      {
        text: 'Step 1: Place the patient on the side with the right hip up. Step 2: Incise along the iliac crest. Step 3: Divide the symphysis.',
        expect: true,
      },
      {
        text: 'You place the patient supine. You then ligate the femoral vessels and you divide the femur on the left thigh.',
        expect: true,
      },
      {
        text: 'Technique\n• Mark a long anterior flap over the right knee.\n• Open the joint and divide the cruciate ligaments.',
        expect: true,
      },
      {
        text: 'Pitfalls: avoid the bladder.\nDivide the sacroiliac joint from behind and deliver the limb with the hemipelvis.',
        expect: true,
      },
      // One patient's steps, numbered, in the past.
      {
        text: 'Right above-knee amputation.\n1. Flaps were marked on the right thigh.\n2. The femur was transected with a saw.',
        expect: false,
      },
      {
        text: 'Step 1: A long anterior flap was raised. Step 2: The knee joint was opened and the leg removed.',
        expect: false,
      },
      {
        text: 'A 70-year-old man. You then ligate the vessels. Step 2: Divide the femur.',
        expect: false,
      },
      // A guide that says what it teaches ("how to perform …"), warns ("you must never …") or heads its
      // points "Key points" / "Must-knows", with one present-tense step, is no one patient's note.
      {
        text: 'How to perform a distal femoral resection for sarcoma and rebuild the knee. The tibial stem is cemented into the canal.',
        expect: true,
      },
      {
        text: 'Key points\n• The margin you must never breach is the reactive zone. The femoral stem is cemented after the cut.',
        expect: true,
      },
      {
        text: 'Critical must-knows:\n- Keep the biopsy scar with the specimen. The implant is cemented with a cement restrictor.',
        expect: true,
      },
      {
        text: 'A 34-year-old woman. We discussed how to perform the resection. The femur was divided and the stem is cemented.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.method-report',
    // A technique paper's past tense is the method's or the authors' experience, not one patient's
    // operation: "we previously reported this technique", "the technique was developed in 2004", "we have
    // used this approach in our unit", "this method has been used since 2009", "in our technique".
    cue: `\\bwe\\s+(?:have\\s+)?(?:previously|earlier|first|already|recently)\\s+(?:reported|described|published|presented|introduced)\\s+(?:this|the|our|a|an)\\b|\\b(?:technique|method|approach|procedure|operation)\\s+was\\s+(?:first\\s+|originally\\s+|later\\s+)?(?:developed|devised|introduced|designed|conceived|modified|refined|adopted|standardi[sz]ed)\\b|\\bwe\\s+have\\s+(?:since\\s+|now\\s+|routinely\\s+)?(?:used|performed|applied|employed|adopted|practi[sc]ed)\\s+(?:this|the|our)\\s+(?:[\\w-]+\\s+)?(?:technique|method|approach|procedure|operation)\\b|\\b(?:this|the|our)\\s+(?:technique|method|approach)(?:\\s+(?:to|for|of)(?:\\s+[\\w-]+){1,3}?)?\\s+has\\s+been\\s+(?:\\w+\\s+)?(?:used|performed|applied|employed|adopted)\\b|\\b(?:in|with|using)\\s+our\\s+(?:technique|method|approach)\\b`,
    patients: 'general',
    // Only a strong anchor (an age, a name, a side, the op note's fields) ties such a text to one patient.
    unless: `${ONE_PATIENT_STRONG}|${INDEX_OPERATION}`,
    examples: [
      {
        text: 'We previously reported this technique. The capsule was divided and the limb removed through the hip joint.',
        expect: true,
      },
      {
        text: 'The technique was developed in 2004. The symphysis was divided and the sacroiliac joint transected.',
        expect: true,
      },
      {
        text: 'This approach has been used in our unit since 2009. The femur was divided and the leg removed.',
        expect: true,
      },
      {
        text: 'A 57-year-old man. We previously reported this technique; we divided the symphysis and the sacroiliac joint.',
        expect: false,
      },
      { text: 'We divided the symphysis and transected the sacroiliac joint.', expect: false },
    ],
  },
  {
    id: 'generic.literature-advice',
    // Notes or a review that report what the literature advises ("most authors recommend …", "some authors
    // advise tying the common iliacs", "several case reports in the literature"): practice in general,
    // whatever terse or past wording they use ("a tourniquet limits the blood loss", "it was once done
    // mostly for tuberculosis").
    cue: `\\b(?:most|many|some|several|other|few)\\s+authors\\s+(?:now\\s+|also\\s+|still\\s+)?(?:recommend|advise|advocate|suggest|prefer|favou?r)\\b|\\b(?:several|many|few|some)\\s+case\\s+reports\\s+in\\s+the\\s+literature\\b`,
    patients: 'general',
    // Only a strong anchor (an age, a name, a side, the op note's fields) ties such a text to one patient.
    unless: `${ONE_PATIENT_STRONG}|${INDEX_OPERATION}`,
    examples: [
      {
        text: 'Hindquarter amputation, teaching notes. The buttock flap carries the gluteal muscle. Most authors recommend keeping the internal iliac artery. A tourniquet limits the blood loss.',
        expect: true,
      },
      {
        text: 'Knee disarticulation: notes. Some authors advise suturing the patellar tendon to the cruciate stumps. Once done mostly for trauma.',
        expect: true,
      },
      {
        text: 'A 61-year-old man. Most authors recommend ligating the internal iliac artery; we divided the symphysis and the sacroiliac joint.',
        expect: false,
      },
      {
        text: 'Left hindquarter amputation. Some authors advise a posterior flap; the left sacroiliac joint was divided.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.publication-scope',
    // A chapter, article or review saying what it covers: "This chapter describes in detail … the
    // surgical technique of femoral resection", "the technique is described in this section". It
    // describes an operation in general unless one patient (an age, a name, a side) or an op note's
    // fields anchor it.
    cue: '\\bthis\\s+(?:chapter|section|article|review|paper|monograph|atlas)\\s+(?:\\w+\\s+)?(?:describes|discusses|reviews|presents|outlines|covers|details|illustrates|summari[sz]es|focuses|compares|contrasts|examines|explores|considers|addresses|weighs|evaluates)\\b|\\b(?:is|are)\\s+(?:\\w+\\s+)?(?:described|discussed|reviewed|presented|outlined|illustrated|summari[sz]ed|compared|contrasted|considered|examined)\\s+in\\s+this\\s+(?:chapter|section|article|review|paper)\\b',
    unless: `${ONE_PATIENT_STRONG}|${INDEX_OPERATION}`,
    patients: 'general',
    examples: [
      {
        text: 'This chapter describes in detail the surgical technique of femoral resection and prosthetic reconstruction.',
        expect: true,
      },
      {
        text: 'Details of the surgical technique of above-knee amputation are described in this chapter, with its results.',
        expect: true,
      },
      {
        text: 'Hip disarticulation or hemipelvectomy? This article weighs the margin each can give.',
        expect: true,
      },
      {
        text: 'This article describes a 16-year-old boy whose left distal femur was resected.',
        expect: false,
      },
      { text: 'Procedure: left AKA. This section details the closure. EBL 100 mL.', expect: false },
    ],
  },
  {
    id: 'generic.step-list',
    // A technique page under a technique heading whose steps are noun phrases, keys with a participle or
    // bare participles ("Release of the iliacus; disarticulation of the sacroiliac joint", "Sacroiliac
    // joint: opened with an osteotome", "Femur: sawn across the condyles"): no one patient's operation
    // unless a person, a side naming the operation, an op note's fields or past narration anchor it.
    cue: `(?:${TECHNIQUE_HEADING})[\\s\\S]*?(?:${VERBLESS_STEP})[\\s\\S]*?(?:${VERBLESS_STEP})`,
    patients: 'general',
    unless: `${ONE_PATIENT_STRONG}|${INDEX_OPERATION}|${PAST_NARRATION}|${SIDE_OPERATION}|${OP_NOTE_FIELD}`,
    examples: [
      {
        text: 'Technique of external hemipelvectomy\nThe steps are: ligation of the common iliac vessels; release of the iliacus; disarticulation of the sacroiliac joint; division of the pubic symphysis.',
        expect: true,
      },
      {
        text: 'Hindquarter amputation: operative technique\nPosterior flap. Sacroiliac joint: opened with an osteotome.\nSymphysis pubis: split with a knife.',
        expect: true,
      },
      {
        text: 'Gritti-Stokes amputation - steps\n1. Patellar tendon: detached from the tibia.\n2. Femur: sawn through the condyles.',
        expect: true,
      },
      // One patient's terse note with a technique heading: a side naming the operation, its fields.
      {
        text: 'Left AKA.\nTechnique:\nFemur: divided with a saw. Flaps closed in layers.',
        expect: false,
      },
      {
        text: 'Technique\nFemur: divided with a saw. Flaps: closed in layers. EBL 200 mL.',
        expect: false,
      },
      {
        text: 'Operative technique\nThe sacroiliac joint was opened and the symphysis was divided.',
        expect: false,
      },
      // A title set apart, then verbless steps: an atlas page.
      {
        text: 'Hip disarticulation\n\nRacquet incision. Femoral vessels: ligated. Capsule: opened. Femoral head: dislocated.',
        expect: true,
      },
      // No technique heading: a terse note stays one operation's; so does one with its fields.
      { text: 'Femur: divided with a saw. Flaps: closed in layers.', expect: false },
      {
        text: 'Hip disarticulation\n\nSurgeon: A. Okafor\nFemoral vessels: ligated. Capsule: opened. Femoral head: dislocated.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.several-cases',
    // A report of several cases, each under its own heading: "Case 1 … Case 2 …".
    cue: '\\bcase\\s+(?:1|one|i)\\b[\\s\\S]*?\\bcase\\s+(?:2|two|ii)\\b',
    // A case report's patients each have an age and a sex, so only an op note's own fields anchor.
    unless: INDEX_OPERATION,
    patients: 'several',
    examples: [
      {
        text: 'Case 1. A 60-year-old woman underwent hip disarticulation. Case 2. A 72-year-old man underwent an above-knee amputation.',
        expect: true,
      },
      { text: 'Case 2 on the list today. The femur was transected.', expect: false },
      // An op note that numbers the day's list is still one operation: its own fields anchor it.
      {
        text: 'Procedure: left AKA, case 1 of 2 on the list. Femur divided with saw. EBL 200 mL. Case 2 (right BKA) to follow.',
        expect: false,
      },
      {
        text: 'Date of surgery: 03/02/2026. Case one: the femur was transected. Case two, a BKA, was postponed.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.figure-legend',
    // A text that opens with a figure's label ("Figure 4. The resection specimen …", "Fig. 2a") is a
    // caption: an atlas's picture, whatever side it shows, unless a person, "the patient", a case, an op
    // note's fields or past narration tie it to one patient.
    cue: String.raw`^\s*(?:fig(?:ure)?\.?|plate)\s*\d{1,2}[a-z]?\s*[.:)\u2013-]`,
    patients: 'general',
    unless: `${ONE_PATIENT_PERSON}|\\b(?:the|this|our)\\s+patient(?:['’]s)?\\b|\\bcase\\s+(?:\\d|one|two|i\\b)|${INDEX_OPERATION}|${PAST_NARRATION}`,
    examples: [
      {
        text: 'Figure 4. The specimen: the whole right lower limb with the hemipelvis, divided at the sacroiliac joint and the symphysis.',
        expect: true,
      },
      {
        text: 'Fig. 2a. The left knee after division of the cruciate ligaments. (b) The condyles left intact.',
        expect: true,
      },
      {
        text: 'Fig. 2. Radiograph of the patient after resection of the left iliac wing.',
        expect: false,
      },
      {
        text: 'Figure 1. Case 3. The specimen of the right thigh, the tumour excised with a cuff of muscle.',
        expect: false,
      },
      {
        text: 'Figure 3. The femur was divided 10 cm above the knee and the wound closed.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.care-instructions',
    // A nursing or care text told as instructions, two sentences opening with a verb of care ("Watch the
    // flap for colour change. Encourage the patient to sit on a cushion."): any patient's care, no one
    // patient's operation unless a person, an op note's fields or narration anchor it.
    cue: String.raw`${CARE_STEP}[\s\S]*?${CARE_STEP}`,
    patients: 'general',
    // An op note's plan told as instructions ("PLAN - Monitor the drain. - Encourage the patient to
    // mobilise.") is anchored by the operation's side ("Right through-knee amputation") or its fields.
    unless: `${ONE_PATIENT}|${TERSE_NARRATION}|${PAST_NARRATION}|${SIDE_OPERATION}|${OP_NOTE_FIELD}`,
    examples: [
      {
        text: 'After hip disarticulation. Watch the flap for colour change. Encourage the patient to sit on a cushion.',
        expect: true,
      },
      {
        text: 'Stump care. Check the dressing hourly on the first day. Teach the patient to lie prone.',
        expect: true,
      },
      {
        text: 'Procedure: left AKA. The femur was divided and the wound closed. Check the drain tonight. Encourage mobilisation.',
        expect: false,
      },
      { text: 'A 70-year-old man. Watch the flap. Encourage the patient to sit up.', expect: false },
      {
        text: 'Right through-knee amputation\nLimb removed through the joint.\nPLAN\n- Monitor the drain.\n- Encourage the patient to mobilise.',
        expect: false,
      },
    ],
  },
  {
    id: 'generic.plural-patients',
    // A rehabilitation or nursing text telling what patients do in general, in the present ("patients who
    // have had a hip disarticulation sit on the socket", "most older patients prefer a wheelchair"): no one
    // patient's operation unless a person, an op note's fields or past narration anchor it.
    cue: String.raw`\bpatients\s+(?:who\s+have\s+(?:had|undergone)|after|following|with)\b[^.;]{0,80}?\b(?:(?:often|usually|generally|typically|commonly|rarely|can|may|will|should|must)\s+)?(?:achieve|walk|need|require|prefer|use|develop|learn|regain|benefit|tolerate|experience|wear|sit|become|are|have|tend|do)\b|\b(?:most|many|some|few|older|elderly|younger|young)\s+(?:\w+\s+)?patients\s+(?:(?:often|usually|generally|typically|commonly|rarely|can|may|will|should|must)\s+)?(?:achieve|walk|need|require|prefer|use|develop|learn|regain|benefit|tolerate|experience|wear|sit|become|are|tend)\b`,
    patients: 'general',
    unless: `${ONE_PATIENT}|${PAST_NARRATION}`,
    examples: [
      {
        text: 'Patients who have had a hip disarticulation sit on the socket. Most young patients achieve community walking.',
        expect: true,
      },
      {
        text: 'Rehabilitation after knee disarticulation. Older patients often prefer a wheelchair; the end-bearing stump helps transfers.',
        expect: true,
      },
      {
        text: 'A 70-year-old man. Most older patients prefer a wheelchair; he was fitted with a prosthesis.',
        expect: false,
      },
      {
        text: 'Indication: most patients with this tumour need an amputation. The left femur was transected.',
        expect: false,
      },
    ],
  },
];

interface Compiled {
  rule: NoteContextRule;
  cue: RegExp;
  unless: RegExp;
}
const COMPILED: readonly Compiled[] = noteContextRules.map((rule) => ({
  rule,
  cue: new RegExp(rule.cue, 'i'),
  unless: new RegExp(rule.unless, 'i'),
}));

let lastText: string | undefined;
let lastNote: NoteContext | undefined;

/**
 * The note-level context of a transcript, with its cue's offsets: defined when the whole text
 * describes no index operation. Computed once per note.
 */
export function noteGenericOf(text: string): NoteContext | undefined {
  if (text === lastText) return lastNote;
  lastText = text;
  lastNote = undefined;
  const literals = literalIndexOf(text);
  for (const c of COMPILED) {
    // A cue none of whose literals is in the text cannot match (src/nlp/literals.ts): nothing to test.
    if (!literals.mayMatch(c.cue, 0, text.length)) continue;
    // The anchors first: in an operative note one is usually near the start, while a cue that is not
    // there is searched to the end of the text.
    if (c.unless.test(text)) continue;
    const m = c.cue.exec(text);
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const quote = m[0].trim();
    const start = m.index + lead;
    lastNote = {
      category: 'generic',
      cue: quote,
      rule: c.rule.id,
      patients: c.rule.patients,
      evidence: {
        quote,
        start,
        end: start + quote.length,
        context: { category: 'generic', cue: quote, rule: c.rule.id },
        match: 'rule',
      },
    };
    break;
  }
  return lastNote;
}

/**
 * The note-level context as a ConText hit (category `generic`, its cue and rule) when the whole text
 * describes no index operation, else undefined.
 */
export function noteContextOf(text: string): ContextHit | undefined {
  const note = noteGenericOf(text);
  return note ? { category: note.category, cue: note.cue, rule: note.rule } : undefined;
}
