/**
 * ConText rules as data (after Harkema et al. 2009 and medspaCy's context component): each cue has a
 * category, a direction, a scope limit in words and the target types it may modify. Every rule carries
 * its own test rows (`examples`), run by tests/nlp-context.test.ts: `target` is the phrase the rule is
 * asked about, `expect` the category the engine must give it (null: the target stays affirmed).
 */

import { AGE_NUMBER } from './ages.ts';

/** What a cue says about the targets in its scope. `affirmed` is internal: a ticked "yes" box decides. */
export type ContextCategory =
  | 'negated'
  | 'possible'
  | 'hypothetical'
  | 'historical'
  | 'family'
  | 'retracted'
  | 'unchecked'
  | 'generic';

/**
 * forward: modifies targets after the cue; backward: before it; bidirectional: both; terminate: ends
 * the scope of forward and backward cues; pseudo: a phrase that contains a cue but is not one
 * ("without difficulty", "no complications") — cues inside it are ignored; embed: opens an embedded
 * clause (a relative clause, a parenthetical, a "with ..." absolute) that runs to its `closes` match:
 * a cue inside it reaches no target outside it, and a cue outside it reaches over it (its words and
 * terminators do not count).
 */
export type ContextDirection = 'forward' | 'backward' | 'bidirectional' | 'terminate' | 'pseudo' | 'embed';

/** Kinds of target: an act on anatomy in this operation, a documented item (imaging, consent), or the patient's condition (diagnosis). */
export type TargetType = 'procedure' | 'document' | 'condition';

export interface ContextExample {
  text: string;
  target: string;
  expect: ContextCategory | null;
  /** Target type for the example (default `document`). */
  type?: TargetType;
  /** The target is a fact of the encounter: only episode cues make it historical (see `ContextRule.episode`). */
  episode?: boolean;
}

export interface ContextRule {
  id: string;
  /** Regex source of the cue (case-insensitive). Word boundaries are the pattern's own. */
  pattern: string;
  direction: ContextDirection;
  /** The category a forward/backward/bidirectional cue gives (none for terminate and pseudo). */
  category?: ContextCategory;
  /** Most words between the cue and the target (default 6 forward, 5 backward). */
  maxScope?: number;
  /** Only targets of these types are modified (default: all). */
  allowedTypes?: readonly TargetType[];
  /** The cue also acts from inside the target's own words ("the femur was not cut"). */
  inside?: boolean;
  /** The cue's scope ends at the next comma (an appositive "the SI joint, not the ilium, was divided"). */
  commaBounded?: boolean;
  /**
   * The scope also runs through a relative clause that describes the noun in scope, to that clause's end
   * ("unlike a hip disarticulation, which keeps the pelvis, …": the clause is the compared operation's).
   */
  relative?: boolean;
  /** For terminate rules: the categories whose scope they end (default: all). */
  terminates?: readonly ContextCategory[];
  /** For terminate rules: which cues' scopes they end (default forward). */
  ends?: 'forward' | 'backward';
  /** Ids of rules whose cues inside this cue's match are dropped (", not" outranks "not"). */
  overrides?: readonly string[];
  /** For embed rules: regex source of what closes the embedded clause (default: the sentence's end). */
  closes?: string;
  /**
   * For embed rules: the clause describes the noun before it ("the MRI, which the patient declined,"),
   * so a cue in it also modifies a target that ends where the clause opens.
   */
  headed?: boolean;
  /** The cue counts only when this pattern also matches before the target ("neither ... nor"). */
  requiresBefore?: string;
  /** Terminators do not apply inside this cue's scope (the cue's pattern bounds itself). */
  ignoreTerminators?: boolean;
  /**
   * The cue does not apply to a target directly followed by this pattern (anchored there) when the
   * cue itself follows a word: on a line whose boxes follow their items ("MRI ☐  CT ☒") a box is its
   * own item's, not the next one's; a box after a colon or at the line start heads its item
   * ("Procedure: [ ] Hip disarticulation [x] AKA").
   */
  unlessAfter?: string;
  /**
   * A box after its item: the cue does not apply on a line whose boxes lead their items (the line's
   * first box at its start or after a colon or dash: "Level: [x] AKA  [ ] Through-knee  [ ] BKA"), where
   * the box after an item is the next item's.
   */
  boxAfterItem?: true;
  /**
   * An episode cue (historical only): it dates the event to an earlier episode of care ("in 2019",
   * "years ago", "a previous admission"), not merely to before the operation. Episode cues are read
   * only for targets of the encounter (`episode` targets, e.g. the admission), and for those targets
   * they are the only historical cues: "admitted two days ago for this operation" is today's episode.
   */
  episode?: true;
  /**
   * The cue gives the age at the event ("at the age of twelve"): it counts only when the note states the
   * patient's present age as older (src/nlp/ages.ts), so a case's own operation at its age stays today's.
   */
  youngerThanNow?: true;
  examples: readonly ContextExample[];
}

/**
 * "Prior" or "previous" before an operation's name is that operation's adjective ("prior left transfemoral
 * amputation", "previous AKA"): it dates the operation, not an admission in the same sentence.
 */
const OWN_OPERATION =
  '(?!\\s+(?:(?!(?:with|for|of|to|and|after|before|in|on|at|a|an|the|admissions?|stays?|episodes?|visits?)\\b)[\\w-]+\\s+){0,3}?(?:amputations?|AKAs?|BKAs?|TFAs?|re-?amputations?|disarticulations?|operations?|surger(?:y|ies)|procedures?|stumps?|revisions?)\\b)';

const NEG_AUX =
  '(?:(?:was|were|is|are|has|have|had|been|being|be|could|can|yet|also|ever|then|still|currently|reportedly|unfortunately|results?|report|reports|prove[ds]?|proven|turned\\s+out(?:\\s+to\\s+be)?)\\s+){1,3}';
const NEG_WORDS =
  '(?:not|never|pending|unavailable|deferred|declined|cancel(?:l)?ed|refused|omitted|awaited|outstanding|to follow|not yet|(?:(?:deemed|felt|considered|judged|thought|found|assessed) (?:to be )?)?(?:unnecessary|not necessary|not required|not needed|not indicated|contraindicated|impossible|unfeasible|infeasible|not (?:possible|feasible|achievable|practicable|viable|realistic)|precluded|ruled out|out of the question)|abandoned|aborted|avoided)';

/**
 * A reason told as its own clause: "as limb salvage was not possible", "because a limb-sparing resection
 * was not feasible", "since salvage was not an option" (a new subject with its own verb; "as planned was"
 * is no clause).
 */
/**
 * What "prior" or "previous" qualifies when it is no earlier event of care: "his prior good experience",
 * "a previous discussion", "prior visits" (the operation after it is not dated by it).
 */
const NOT_AN_EVENT =
  '\\s+(?:(?:good|bad|positive|negative|happy|poor|successful|favou?rable|similar|personal|own|long)\\s+)?(?:experiences?|visits?|discussions?|conversations?|consultations?|meetings?|appointments?|encounters?|counsell?ing|contacts?)\\b';

const REASON_CLAUSE =
  '(?:because|since|as)\\s+(?=(?:(?:the|a|an|his|her|its|their|this|that|any|further)\\s+)?(?:(?![\\w-]+(?:ed|ly)\\b)[A-Za-z-]+\\s+){1,3}(?:was|were|is|are|could|would|had|has|did)\\b)';

/**
 * "The old amputation was not a knee disarticulation": a negated predicate noun says what the subject
 * was not, not that it did not happen (neg.pre still denies the noun after "not"). Unless the noun is
 * an option or an aim, or is qualified as feasible ("limb salvage was not an option", "… not a realistic
 * prospect", "… not a feasible goal": not done).
 */
const NOT_A_KIND =
  '(?!\\s+(?:a|an)\\s+(?!(?:realistic|viable|feasible|reasonable|practical|practicable|sensible|safe|suitable|appropriate|possible)\\b|(?:[\\w-]+\\s+)?(?:option|possibility|alternative|choice|candidate|consideration|solution|requirement|necessity|prospect|goal|aim|proposition)\\b))';

/**
 * An age or stage of life right after another event's verb dates that event, not the operation named
 * before it ("an osteosarcoma diagnosed at the age of 14", "osteomyelitis acquired in childhood", "a
 * sarcoma treated with radiotherapy when she was 30"); after a person it describes that person ("a man
 * in his forties"). Used before the age and life-stage cues.
 */
const NOT_DATING_OTHER =
  '(?<!\\b(?:diagnosed|acquired|contracted|sustained|treated|irradiated|noted|found|detected|discovered|began|begun|started|developed|injured|onset|born|man|woman|patient|male|female|gentleman|lady|person|boy|girl)\\s+(?:(?!(?:and|but|then|had|underwent|was|were)\\b)[\\w-]+\\s+){0,3})';

/**
 * A period of military service that is over: a war or conflict ("during the Falklands war", "in a civil
 * conflict"), a deployment or tour of duty, national or military service ("during his national service"),
 * "while serving in the army", "while deployed". Dates an operation to the patient's past.
 */
const SERVICE_PERIOD =
  '\\b(?:(?:during|in)\\s+(?:(?:the|a|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:war|conflict|deployment|tour\\s+of\\s+duty)|(?:(?:his|her|their)\\s+)?(?:military|national|army|active)\\s+service)|while\\s+(?:serving|deployed|on\\s+(?:deployment|active\\s+service))(?:\\s+(?:in|with)\\s+the\\s+(?:army|navy|marines|military|(?:armed\\s+)?forces))?)\\b';

/** Nouns of an act that cut or removed bone: what an earlier-act modifier makes history. */
const EARLIER_ACT =
  '(?:transections?|osteotom(?:y|ies)|cuts?|divisions?|resections?|amputations?|guillotine|sections?|levels?|bone\\s+ends?|stump|shortening)';

/** Words that carry an answer on with its reason or time: a connective or a preposition ("as yet", "until"). */
const ANSWER_CONNECTIVE =
  '(?:and|but|or|as|per|because|due|given|since|at|on|in|this|today|yet|after|before|until|till|pending)';
/** The status of an act or test: done, asked for, planned, sent or recorded ("none performed", "none requested"). */
const ACT_STATUS =
  '(?:done|performed|obtained|available|needed|required|indicated|seen|found|noted|recorded|documented|requested|ordered|arranged|booked|scheduled|planned|sent|taken|held|repeated|undertaken)';

/**
 * After a dash "no" that heads a noun phrase ("removed whole - no femoral osteotomy", "closed - no
 * drain"), the "no" negates that phrase forward (neg.pre), not what stands before the dash; an answer
 * ends at the line's end or punctuation, or goes on with an explanation ("MRI - no, declined", "CT -
 * none requested", "Tumour board - no as yet", "MRI - no until …"), or a next item after a wider gap
 * ("MRI - no  CT - yes").
 */
const DASH_ANSWER_GOES_ON = ` (?!(?:${ANSWER_CONNECTIVE}|${ACT_STATUS})\\b)[a-z]`;

/** An empty template box: "[ ]", "[_]", "☐", "□", "( )". */
const EMPTY_BOX = '\\[[\\s_]*\\]|[☐□]|\\(\\s+\\)';
/** A ticked box: "[x]", "[X]", "☒", "☑", "✔", "✓", "(x)". */
const TICKED = '\\[\\s*[xX✓✔]\\s*\\]|[☒☑✔✓]|\\(\\s*[xX✓✔]\\s*\\)';
/** Any template box, empty or ticked (for reading a line's layout). */
export const TEMPLATE_BOX = new RegExp(`${EMPTY_BOX}|${TICKED}`);

/**
 * The subject's own act told done after a span of time inside the subject ("the amputation planned two
 * weeks earlier was carried out", "…, booked a week earlier, went ahead"): the span dates only the reduced
 * relative in the subject. Not a state ("the amputation, done three weeks earlier, has broken down").
 */
const CLAUSE_VERB_FOLLOWS =
  '\\s*,?\\s+(?:(?:was|were)\\s+(?:\\w+ly\\s+)?(?:carried\\s+out|performed|done|undertaken|completed|proceeded\\s+with)|went\\s+ahead|took\\s+place|proceeded)\\b';
/**
 * A head that takes a clause of what is known, thought, shown or likely without "that": "not sure the
 * femur was cut", "no evidence the femur was divided", "I do not think the joint was opened". The clause
 * after it is the head's content, so a denial or doubt of the head reaches into it: no new clause starts.
 */
const CONTENT_CLAUSE_HEAD =
  '(?:sure|certain|clear|convinced|aware|confident|think|thought|believe|believed|know|knew|recall|recalled|remember|suspect|suspected|feel|felt|doubt|doubtful|say|said|confirm|confirmed|show|showed|shown|evidence|sign|signs|suggestion|indication|proof|record|documentation|documented|possible|possibly|likely|unlikely|probable|probably|appears|appeared|seems|seemed)';

/** The date closing a clause of historical.dated-clause (matched before its look-behind, which scans back up to 160 characters: tried only where a date starts). */
const DATED_CLAUSE_DATE = `(?:(?:about\\s+|some\\s+|over\\s+|almost\\s+|nearly\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|several|many|a\\s+few)\\s+(?:years?|months?|weeks?|decades?)\\s+ago|(?:in|during|back\\s+in)\\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?(?:19|20)\\d\\d)`;

export const contextRules: readonly ContextRule[] = [
  // --- negation -----------------------------------------------------------------------------
  {
    id: 'neg.pre',
    pattern:
      "\\b(?:no|not|without|denie[sd]|negative for|free of|absence of|absent|never|neither|nor|unable to|could not|cannot|can't|did not|didn't|does not|doesn't|do not|don't|was not|were not|is not|are not|has not|have not|had not|rather than|instead of|as opposed to|in lieu of|in preference to|no evidence of|declined|refused|deferred|omitted|no need for|decided against|(?:unsuitable|ineligible|unfit) for)\\b",
    direction: 'forward',
    category: 'negated',
    maxScope: 6,
    examples: [
      { text: 'No MRI, CT or PET was obtained before surgery.', target: 'PET', expect: 'negated' },
      { text: 'He declined contrast CT.', target: 'CT', expect: 'negated' },
      { text: 'There was no need for an MRI.', target: 'MRI', expect: 'negated' },
      // A denied predicate complete before a comma does not reach the subject of the clause after it.
      {
        text: 'Amputation is not indicated, limb salvage was performed.',
        target: 'limb salvage',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Curettage was not considered suitable, a wide resection was done.',
        target: 'wide resection',
        expect: null,
        type: 'procedure',
      },
      // An answer right after a label does not reach the next item's label.
      { text: 'Imaging: MRI: no  CT: yes', target: 'CT', expect: null },
      { text: 'Imaging: MRI: no  CT: yes', target: 'MRI', expect: 'negated' },
      // "unsuitable for limb-sparing surgery", "not a candidate for limb salvage": not done.
      {
        text: 'She was unsuitable for limb-sparing surgery because of nerve involvement.',
        target: 'limb-sparing',
        expect: 'negated',
      },
      { text: 'He was not a candidate for limb salvage.', target: 'limb salvage', expect: 'negated' },
      { text: 'She was a candidate for limb salvage.', target: 'limb salvage', expect: 'hypothetical' },
    ],
  },
  {
    id: 'neg.inside',
    pattern: '\\b(?:not|no|never|without|neither|nor)\\b',
    direction: 'forward',
    category: 'negated',
    inside: true,
    maxScope: 0,
    examples: [
      {
        text: 'The femur was not cut.',
        target: 'femur was not cut',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.excluded',
    // A predicate of excluding before its object: "encasement ruled out limb salvage", "the extent
    // precluded a limb-sparing resection", "his unsuitability for limb-sparing surgery", "the lack of a
    // salvage option". Its object follows at once: "frozen sections ruled out infection, and we proceeded
    // with the limb-sparing resection" denies only the infection.
    pattern:
      '\\b(?:rul(?:ed|es|ing)\\s+out|preclud(?:ed|es|ing)|(?:unsuitability|ineligibility|unfitness)\\s+for|lack(?:ed|s|ing)?(?:\\s+of)?)\\b',
    direction: 'forward',
    category: 'negated',
    maxScope: 3,
    examples: [
      {
        text: 'Encasement of the iliac vessels ruled out limb salvage.',
        target: 'limb salvage',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'The size of the tumour precluded a limb-sparing resection.',
        target: 'limb-sparing',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Given his unsuitability for limb-sparing surgery, amputation was chosen.',
        target: 'limb-sparing',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'There was a lack of a limb salvage option.',
        target: 'limb salvage',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Frozen sections ruled out infection, and we proceeded with the limb-sparing resection.',
        target: 'limb-sparing',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.appositive',
    // "the SI joint, not the ilium, was divided": a negated appositive denies only itself.
    pattern: ',\\s*(?:but\\s+)?not\\b',
    direction: 'forward',
    category: 'negated',
    commaBounded: true,
    inside: true,
    overrides: ['neg.pre', 'neg.inside'],
    maxScope: 6,
    examples: [
      {
        text: 'The SI joint, not the ilium, was divided.',
        target: 'SI joint, not the ilium, was divided',
        expect: null,
        type: 'procedure',
      },
      { text: 'The SI joint was divided, not the ilium.', target: 'ilium', expect: 'negated' },
    ],
  },
  {
    id: 'neg.contrast',
    // "... and contrast with internal hemipelvectomy": a procedure named for comparison is not today's
    // event, nor is what a relative clause says of it ("distinguish it from internal hemipelvectomy, which
    // keeps the limb", "as opposed to an above-knee amputation, in which the femur is cut, …"): it is a
    // mention, neither affirmed nor denied (generic: "unlike a re-amputation, in which the femur is
    // shortened, …" states no uncut femur). An act set aside in a gerund ("rather than dividing the
    // femur, …") is no comparison: neg.pre denies it. The comparison ends at its comma: "compared with the
    // MRI, the femur was cut higher" cuts the femur.
    pattern:
      '\\b(?:(?:in\\s+)?contrast(?:ed)?\\s+(?:with|to)|(?:as\\s+)?compared\\s+(?:with|to)|in\\s+comparison\\s+(?:with|to)|unlike|as\\s+opposed\\s+to|rather\\s+than|instead\\s+of|in\\s+lieu\\s+of|distinct\\s+from|differs?\\s+from|(?:distinguish|differentiat)(?:es|ed|ing|e)?(?:\\s+(?:it|this|them|these|the\\s+\\w+))?\\s+from)\\b(?!\\s+(?:re-?)?[a-z]+ing\\b)',
    direction: 'forward',
    category: 'generic',
    // Counted from the cue's start, ended by the comma: "in contrast to a revision with shortening of the
    // femur, …" is eight words.
    maxScope: 8,
    commaBounded: true,
    relative: true,
    examples: [
      {
        text: 'Flap cover, complications and contrast with internal hemipelvectomy.',
        target: 'internal hemipelvectomy',
        expect: 'generic',
      },
      {
        text: 'We distinguish it from internal hemipelvectomy, which removes the tumour but keeps the limb.',
        target: 'keeps the limb',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'As opposed to an above-knee amputation, in which the femur is cut, the condyles are kept.',
        target: 'femur is cut',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'In contrast to the internal procedure, which preserves the leg, the whole limb was removed.',
        target: 'whole limb was removed',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Compared with the preoperative MRI, the femur was cut 2 cm higher.',
        target: 'femur was cut',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Unlike the MRI, the femur was divided at the mid-shaft.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Unlike a re-amputation, in which the femur is shortened, the scar alone was excised.',
        target: 'femur is shortened',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Instead of an above-knee amputation, the leg was removed through the knee.',
        target: 'above-knee amputation',
        expect: 'generic',
        type: 'procedure',
      },
      // An act set aside in a gerund is denied (neg.pre), not compared.
      {
        text: 'Rather than re-cutting the femur, the scar was excised.',
        target: 're-cutting the femur',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.comparison',
    // A procedure named to compare the operation with ("an incision similar to that for a
    // hemipelvectomy", "its benefit over a hindquarter amputation", "this spares the patient a
    // hemipelvectomy") is not the operation described: a mention, neither affirmed nor denied (generic,
    // as neg.contrast).
    pattern:
      '\\b(?:similar\\s+to|resembl(?:es|ed|ing)|(?:the\\s+)?same\\s+as|like)\\s+(?:(?:that|those|the\\s+one)\\s+)?(?:(?:for|of|in|used\\s+(?:for|in)|made\\s+for)\\s+)?(?=(?:a|an|the)\\b)|\\b(?:benefits?|advantages?|merits?|superiority)\\s+(?:of\\s+(?:this|the|our|such\\s+an?)\\s+(?:\\w+\\s+){0,2})?over\\b|\\bas\\s+(?:for|in|with)\\s+(?=(?:a|an)\\b)|\\b(?:spar(?:es|ed|ing)|spare|avoid(?:s|ed|ing)?|obviat(?:es|ed|ing))\\s+(?:the\\s+patient\\s+|him\\s+|her\\s+)?(?:the\\s+need\\s+for\\s+)?(?=(?:a|an)\\b)|\\b(?:an\\s+)?alternative\\s+to\\b',
    direction: 'forward',
    category: 'generic',
    // The comparison ends at its comma: "like the left limb, the right femur was sectioned" sections it.
    commaBounded: true,
    // Counted from the cue's start: "benefits of this procedure over a" is seven words.
    maxScope: 9,
    examples: [
      {
        text: 'The skin was opened through an incision similar to that for a hemipelvectomy.',
        target: 'hemipelvectomy',
        expect: 'generic',
      },
      {
        text: 'A benefit of this operation over a hindquarter amputation is a sensate foot.',
        target: 'hindquarter amputation',
        expect: 'generic',
      },
      { text: 'The resection spared her a hemipelvectomy.', target: 'hemipelvectomy', expect: 'generic' },
      {
        text: 'The exposure resembles that of an external hemipelvectomy.',
        target: 'external hemipelvectomy',
        expect: 'generic',
      },
      // Not a comparison: a thing done like a step, a nerve avoided.
      { text: 'The drain was placed over the hemipelvectomy flap.', target: 'hemipelvectomy', expect: null },
      { text: 'The hemipelvectomy was done as planned.', target: 'hemipelvectomy', expect: null },
    ],
  },
  {
    id: 'historical.presenting',
    // "Patient presented with a foot deformity and a high above-knee amputation of the right leg": the
    // state the patient came with, not today's operation.
    pattern: '\\b(?:present(?:ed|s|ing)\\s+with|known\\s+case\\s+of|who\\s+(?:had|has)\\s+(?:a|an|had))\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 14,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'Patient presented with a deformity of the left foot and a high above-knee amputation of the right leg.',
        target: 'amputation of the right leg',
        expect: 'historical',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.failed',
    // "an attempted limb-salvage resection", "a failed below-knee amputation": an earlier attempt.
    pattern: '\\b(?:failed|unsuccessful|attempted)\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 3,
    examples: [
      {
        text: 'It has complicated an attempted limb-salvage resection.',
        target: 'limb-salvage',
        expect: 'historical',
      },
    ],
  },
  {
    id: 'historical.attempted',
    // "limb salvage was attempted in two patients; both later needed hindquarter amputation": an
    // attempt named after its act, which the text does not say succeeded.
    pattern: '\\b(?:was|were)\\s+(?:initially\\s+|first\\s+|unsuccessfully\\s+)?attempted\\b',
    direction: 'backward',
    category: 'historical',
    maxScope: 4,
    allowedTypes: ['procedure', 'document'],
    examples: [
      {
        text: 'Limb preservation was attempted first.',
        target: 'Limb preservation',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'Limb preservation was achieved.',
        target: 'Limb preservation',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'hypothetical.later-revision',
    // "three of them needed a further revision to a hindquarter amputation": an
    // operation a later revision did is not the one the text reports.
    pattern:
      '\\b(?:required|needed|require|need)\\s+(?:an?\\s+)?(?:later\\s+|further\\s+|secondary\\s+|subsequent\\s+)?(?:revision|conversion|re-?operation)(?:\\s+surgery)?\\s+(?:for|to)\\b',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 6,
    examples: [
      {
        text: 'Three of them later required a secondary revision for a hindquarter amputation.',
        target: 'hindquarter amputation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'One patient needed conversion to a hip disarticulation.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      // An op note's own indication in the present: "requires revision to" names today's operation.
      {
        text: 'The failed stump requires revision to an above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'He underwent a hip disarticulation after the revision.',
        target: 'hip disarticulation',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.post-but-not',
    // "the allograft chips were opened but not used", "the cement was mixed but never applied": a second
    // predicate joined by "but not" denies that the item was put in, whatever was done with it first.
    pattern:
      '\\b(?:was|were|is|are|been|had\\s+been)\\s+(?:[\\w-]+\\s+){1,5}?but\\s+(?:then\\s+|finally\\s+|ultimately\\s+)?(?:was\\s+|were\\s+)?(?:not|never)\\s+(?:\\w+ly\\s+)?(?:used|placed|implanted|inserted|applied|packed|needed|required)\\b',
    direction: 'backward',
    category: 'negated',
    // An item put in is a procedure target; its subject stands right before the verb.
    maxScope: 3,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'The allograft chips were thawed but not used.',
        target: 'allograft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Cement was mixed and prepared but never applied.',
        target: 'Cement',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'The graft was opened on the back table but NOT needed.',
        target: 'graft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'The allograft was thawed and then packed into the cavity.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The allograft was thawed but the fit was poor.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
      // Only an item put in: a document before it (consent, with a sentence end lost) is not its subject.
      {
        text: 'she signed the consent form a drain was opened but was not used',
        target: 'consent form',
        expect: null,
      },
    ],
  },
  {
    id: 'neg.returned',
    // "the allograft was not used and was returned to the bone bank": an item returned was not placed.
    pattern: '\\b(?:returned|sent back|given back)\\s+to\\b|\\bunused\\b|\\bunopened\\b',
    direction: 'forward',
    category: 'negated',
    maxScope: 3,
    examples: [
      { text: 'The graft was returned to the bone bank.', target: 'bone bank', expect: 'negated' },
      { text: 'An unopened allograft was on the table.', target: 'allograft', expect: 'negated' },
    ],
  },
  {
    id: 'neg.anatomic',
    // A structure spared or preserved was not divided: only for acts on anatomy. A verb of sparing names
    // its object after it ("sparing the acetabulum", "we preserved the femoral head", "leaving the
    // condyles"); a passive one ("the femoral head was preserved and …", "the femur was left intact and
    // …") or a predicate "intact" spares what stands before it (neg.anatomic-inside), never the next clause.
    // A compound adjective ("limb-sparing resection", "nerve-sparing", "limb sparing surgery") names the
    // kind of operation, not what was kept from it. Leaving a place ("before leaving theatre", "leaving the
    // operating room") is a departure, which spares nothing.
    pattern:
      '(?<!\\b(?:was|were|is|are|been|being|be|remained|remains|left|kept)\\s+(?:\\w+ly\\s+|not\\s+)?)(?<!-|\\blimb\\s)\\b(?:avoid(?:ed|ing)?|spar(?:ed|ing)|preserv(?:ed|ing)|(?<!\\b(?:before|after|on|upon|until|prior\\s+to)\\s+)leaving(?!\\s+(?:the\\s+)?(?:operating\\s+(?:room|theat(?:re|er)|suite|table)|theat(?:re|er)|OR|recovery|PACU|hospital|table|ward|unit|department)\\b)|keeping|retaining|retained)\\b',
    direction: 'forward',
    category: 'negated',
    maxScope: 6,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'Sparing the sacroiliac joint, the ilium was cut.',
        target: 'sacroiliac joint',
        expect: 'negated',
        type: 'procedure',
      },
      { text: 'Preserved MRI images were reviewed.', target: 'MRI', expect: null },
      {
        text: 'A limb-sparing resection of the iliac wing was done.',
        target: 'resection of the iliac wing',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Nerve-sparing excision of the ilium.',
        target: 'excision of the ilium',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'We resected the acetabulum, leaving the femoral head.',
        target: 'femoral head',
        expect: 'negated',
        type: 'procedure',
      },
      // Leaving a place is a departure, not a sparing: "before leaving theatre a cast was applied".
      {
        text: 'Before leaving theatre a plaster cast was applied to the stump.',
        target: 'plaster cast',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'A rigid dressing was put on, leaving the operating room at noon.',
        target: 'rigid dressing',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femoral head was preserved and the acetabulum was resected.',
        target: 'acetabulum was resected',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur was left intact and the limb was removed through the knee.',
        target: 'limb was removed',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The proximal femur was spared, and the ilium was resected en bloc.',
        target: 'ilium was resected',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.anatomic-after',
    // A sparing predicate right after a structure spares it: "the SI joint was divided and the symphysis
    // left intact" (the symphysis is no object of the division, however the act before it is read).
    pattern:
      '\\b(?:(?:was|were|is|are|being)\\s+)?(?:left\\s+(?:intact|untouched|undisturbed|alone|undivided|in\\s+(?:situ|place|continuity))|untouched|undisturbed|undivided|spared|preserved|kept|retained)\\b',
    direction: 'backward',
    category: 'negated',
    maxScope: 0,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'The SI joint was divided and the symphysis left intact.',
        target: 'divided and the symphysis',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'We divided the ilium and the symphysis was left undisturbed.',
        target: 'divided the ilium and the symphysis',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'The SI joint was divided and the symphysis left intact.',
        target: 'SI joint was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The symphysis was divided; the SI joint was left alone until later.',
        target: 'symphysis was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.anatomic-inside',
    // Predicated of the target ("the SI joint was spared", "… left intact and …"), not an attribute of the
    // noun after it ("tumour removed en bloc, intact capsule": the capsule is intact, the tumour removed).
    // Nor a removed specimen's state: "the tumor was removed en bloc, intact, with a cuff of muscle",
    // "excised intact" (the tumour was not breached; it was removed).
    pattern:
      '\\b(?:spared|preserved|(?<!\\b(?:removed|excised|resected|delivered|extracted|taken\\s+out|passed\\s+off)(?:\\s+(?:en\\s+bloc|in\\s+(?:one|a\\s+single)\\s+piece|whole|completely))?\\s*,?\\s*(?:and\\s+)?)intact)\\b(?!\\s+(?!(?:and|or|but|nor|with|by|from|in|on|at|to|for|as|during|throughout|while|which|the|a|an|its|his|her|their|then|except|apart|save|together|along)\\b)(?![a-z]+ly\\b)[a-z]{3,})',
    direction: 'forward',
    category: 'negated',
    inside: true,
    maxScope: 0,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'The SI joint was spared.',
        target: 'SI joint was spared',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Tumour removed en bloc, intact capsule.',
        target: 'Tumour removed en bloc, intact capsule',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The tumor was removed en bloc, intact, with a cuff of normal muscle.',
        target: 'tumor was removed en bloc, intact',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The acetabulum was preserved intact and the ilium resected.',
        target: 'acetabulum was preserved intact',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    // An option stated unable to give what it is for ("limb salvage cannot achieve a functional result",
    // "limb-sparing surgery could not give a wide margin", "salvage would fail to provide"): not done.
    // Only its subject, right before the cue.
    id: 'neg.cannot-achieve',
    pattern:
      "\\b(?:cannot|can\\s+not|can't|could\\s+not|couldn't|would\\s+not|wouldn't|will\\s+not|won't|(?:is|was|were|are)\\s+unable\\s+to|fail(?:s|ed)?\\s+to|would\\s+fail\\s+to)\\s+(?:(?:reliably|safely|adequately|always|otherwise)\\s+)?(?:achieve|give|provide|offer|obtain|allow|permit|deliver|yield|secure|ensure|attain)\\b",
    direction: 'backward',
    category: 'negated',
    maxScope: 2,
    examples: [
      {
        text: 'We keep it for patients in whom limb salvage cannot achieve useful function.',
        target: 'limb salvage',
        expect: 'negated',
      },
      {
        text: 'A hindquarter amputation is chosen when limb-sparing surgery could not give a wide margin.',
        target: 'limb-sparing',
        expect: 'negated',
      },
      { text: 'Limb salvage failed to provide a clear margin.', target: 'Limb salvage', expect: 'negated' },
      // Another subject's inability, or further away, leaves the target as it was.
      {
        text: 'Limb salvage was achieved, and a graft that cannot give stability on its own was plated.',
        target: 'Limb salvage',
        expect: null,
      },
      {
        text: 'The limb was kept and walks well, though the cup will not achieve full flexion.',
        target: 'limb was kept',
        expect: null,
      },
    ],
  },
  {
    id: 'hypothetical.available',
    // An item kept ready is not one used: "we had allograft available", "allograft chips were available
    // in the room", "autograft on standby", "cement kept in reserve". Not where it came from ("allograft,
    // available from the bank, was packed") nor an item made available and then used.
    pattern:
      '\\b(?:(?:was|were|is|are)\\s+(?:made\\s+|kept\\s+)?)?(?:available|on\\s+standby|on\\s+hand|in\\s+reserve)\\b(?!\\s*(?:,\\s*)?(?:from|at|through|via|and\\s+(?:was|were|then)|but\\s+(?:was|were)\\s+(?:then\\s+)?(?:used|packed|placed|impacted|inserted)))',
    direction: 'backward',
    category: 'hypothetical',
    maxScope: 3,
    allowedTypes: ['procedure'],
    examples: [
      { text: 'We had allograft available.', target: 'allograft', expect: 'hypothetical', type: 'procedure' },
      {
        text: 'Allograft chips were available in the room.',
        target: 'Allograft',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'Allograft, available from the bank, was packed into the defect.',
        target: 'Allograft',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Allograft was available and was packed into the defect.',
        target: 'Allograft',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.pronoun-after',
    // An item named, then denied through a pronoun or "none" in the same sentence: "we had allograft
    // available but it was not needed", "autograft was prepared; however, it was not required", "allograft
    // was opened but we did not use it", "allograft was requested; none was used". Not a pronoun that
    // opens another clause's infinitive ("it was not necessary to add cement"), nor a present-tense
    // judgement in a discussion ("we talked about a femoral shortening, but it is not needed").
    pattern:
      "\\b(?:it|they|this|these|that|those)\\s+(?:was|were|proved|turned\\s+out\\s+to\\s+be)\\s+(?:(?:then|ultimately|eventually|finally|in\\s+the\\s+end|in\\s+fact)\\s+)?(?:not|never)\\s+(?:\\w+ly\\s+)?(?:needed|used|required|necessary|implanted|inserted|placed|utili[sz]ed)\\b(?!\\s+(?:to|for)\\b)|\\b(?:did\\s+not|didn't|never|could\\s+not|couldn't)\\s+(?:need|use|require|implant|insert|place|utili[sz]e)\\s+(?:it|them|any)\\b|\\bnone\\s+(?:of\\s+(?:it|them)\\s+)?(?:was|were)\\s+(?:used|needed|required|implanted|placed)\\b" +
      // Thrown away, by a pronoun or the item's own noun right after "the": "they were discarded", "the
      // chips were wasted". Not what was left over from an item used ("the remaining chips were discarded").
      '|(?<=[;,.]\\s*(?:and\\s+|but\\s+)?)\\b(?:it|they|these|those|the\\s+(?:chips|graft|allograft|autograft|vials?|bone))\\s+(?:was|were)\\s+(?:(?:then|ultimately|eventually|finally)\\s+)?(?:discarded|wasted|thrown\\s+away)\\b',
    direction: 'backward',
    category: 'negated',
    maxScope: 10,
    ignoreTerminators: true,
    examples: [
      {
        text: 'We had allograft available but it was not needed.',
        target: 'allograft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Autograft was prepared; however, it was not required.',
        target: 'Autograft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Allograft was opened but we did not use it.',
        target: 'Allograft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Allograft was requested; none was used.',
        target: 'Allograft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Allograft chips were thawed on the back table, but they were wasted.',
        target: 'Allograft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Two vials of allograft chips were opened; the chips were discarded.',
        target: 'allograft',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'The cavity was packed with allograft chips; the remaining chips were discarded.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The cavity was packed with allograft, but it was not possible to fill the far recess.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The defect was filled with allograft chips, which were impacted.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.post',
    pattern: `\\b${NEG_AUX}${NEG_WORDS}\\b${NOT_A_KIND}`,
    direction: 'backward',
    category: 'negated',
    maxScope: 5,
    examples: [
      { text: 'MRI of the pelvis was not performed.', target: 'MRI', expect: 'negated' },
      { text: 'MRI was contraindicated because of his pacemaker.', target: 'MRI', expect: 'negated' },
      {
        text: 'Femoral osteotomy was deemed unnecessary.',
        target: 'Femoral osteotomy',
        expect: 'negated',
      },
      { text: 'Pathology is pending.', target: 'Pathology', expect: 'negated' },
      // "limb salvage was impossible", "limb-sparing surgery was precluded", "… was ruled out".
      { text: 'Limb salvage was deemed impossible.', target: 'Limb salvage', expect: 'negated' },
      {
        text: 'Limb-sparing surgery was precluded by the tumour.',
        target: 'Limb-sparing',
        expect: 'negated',
      },
      { text: 'Limb salvage was ruled out at the tumour board.', target: 'Limb salvage', expect: 'negated' },
      { text: 'Limb salvage was achieved.', target: 'Limb salvage', expect: null },
      // A verdict verb between the auxiliary and a denial of possibility: "judged not possible".
      { text: 'Limb salvage was judged not possible.', target: 'Limb salvage', expect: 'negated' },
      {
        text: 'Hip transposition was thought to be not feasible.',
        target: 'Hip transposition',
        expect: 'negated',
      },
      { text: 'Limb salvage was judged a success.', target: 'Limb salvage', expect: null },
      // A negated predicate noun says what the subject was not; an option that was not one was not done.
      {
        text: 'The amputation was not a through-knee one.',
        target: 'amputation',
        expect: null,
        type: 'procedure',
      },
      { text: 'Limb salvage was not a realistic option.', target: 'Limb salvage', expect: 'negated' },
      { text: 'Limb salvage was not a realistic prospect.', target: 'Limb salvage', expect: 'negated' },
      { text: 'Limb preservation was not a sensible aim.', target: 'Limb preservation', expect: 'negated' },
      { text: 'The femur was not cut.', target: 'femur', expect: 'negated', type: 'procedure' },
      // A failed alternative: "reconstruction proved impossible", "salvage turned out to be unfeasible".
      {
        text: 'Reconstruction of the artery proved impossible.',
        target: 'Reconstruction',
        expect: 'negated',
      },
      { text: 'Salvage turned out to be unfeasible.', target: 'Salvage', expect: 'negated' },
      { text: 'Reconstruction proved durable.', target: 'Reconstruction', expect: null },
    ],
  },
  {
    id: 'neg.post-adjacent',
    // Not a contrast that names what it denies after it: "a hip disarticulation, not an above-knee
    // amputation" denies the amputation, not the disarticulation.
    pattern: `\\b(?:not(?!\\s+(?:an?|the|its|his|her|their|this|that|just|only|merely)\\b)|never|pending|unavailable|deferred|declined|refused|to follow|not yet|unnecessary|contraindicated)\\b`,
    direction: 'backward',
    category: 'negated',
    maxScope: 0,
    examples: [
      { text: 'Pathology pending at this time.', target: 'Pathology', expect: 'negated' },
      {
        text: 'The operation was a hip disarticulation, not an above-knee amputation.',
        target: 'hip disarticulation',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Hip disarticulation, not done.',
        target: 'Hip disarticulation',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.post-terse',
    // A terse denial with no auxiliary a word after the mention, the head noun of its phrase between:
    // "en bloc resection not indicated", "wide margin not achieved", "bone graft not required".
    pattern:
      '\\bnot\\s+(?:indicated|required|needed|necessary|warranted|performed|done|undertaken|attempted|achieved|possible|feasible|used|given|applied|fitted|placed|inserted|carried\\s+out)\\b',
    direction: 'backward',
    category: 'negated',
    maxScope: 1,
    examples: [
      {
        text: 'MDT: extended curettage; en bloc resection not indicated (Campanacci grade 2).',
        target: 'en bloc',
        expect: 'negated',
        type: 'procedure',
      },
      { text: 'Bone graft not required.', target: 'graft', expect: 'negated', type: 'procedure' },
      { text: 'Curettage done, graft not required.', target: 'Curettage', expect: null, type: 'procedure' },
      {
        text: 'The femur was cut and the bleeding not significant.',
        target: 'femur was cut',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'neg.neither-nor',
    // "Neither the MRI ordered in March nor the CT could be obtained": neither scopes the whole clause.
    pattern:
      '\\bnor\\b[^.;]{0,160}?\\b(?:could|was|were|is|are)\\s+(?:not\\s+)?(?:be\\s+)?(?:obtained|performed|done|available)',
    direction: 'backward',
    category: 'negated',
    maxScope: 30,
    ignoreTerminators: true,
    requiresBefore: '\\bneither\\b',
    examples: [
      {
        text: 'Neither the MRI ordered in March nor the CT could be obtained.',
        target: 'MRI',
        expect: 'negated',
      },
    ],
  },
  {
    id: 'neg.checkbox',
    // Templated notes: "Tumor board reviewed: [ ] Yes [x] No", "Consent obtained: No", "MRI: N/A".
    pattern: `(?=[\\[:…|( \\t])(?<!\\[\\s*[xX✓✔]\\s*\\]\\s*yes\\b[^.;\\n]{0,40}?)(?:(?<!(?<!(?:\\[[\\s_xX✓✔]*\\]|[☐□☒☑✔✓])\\s*)\\byes\\s*)\\[\\s*[xX✓✔]\\s*\\]\\s*(?:no|none|n\\/a|not\\s+applicable|not\\s+done)\\b|(?::|[ \\t]\\.{2,}|…|\\|)\\s*(?:no|none|nil|n\\/a|not\\s+(?:done|presented|obtained|performed|available|applicable)|not\\s+(?:yet\\s+)?(?:[a-z]+ed|seen|taken|given|held|sent|made|undertaken)|not\\s+yet)\\b|[ \\t][-–—]+\\s*(?:no|none|nil|n\\/a|not\\s+(?:done|presented|obtained|performed|available|applicable))\\b(?!${DASH_ANSWER_GOES_ON})|\\(\\s*(?:no|none|nil|n\\/a)\\s*\\))`,
    direction: 'backward',
    category: 'negated',
    maxScope: 8,
    ignoreTerminators: true,
    examples: [
      { text: 'Tumor board reviewed: [ ] Yes  [x] No', target: 'Tumor board', expect: 'negated' },
      { text: 'Tumor board reviewed: [x] Yes  [ ] No', target: 'Tumor board', expect: null },
      { text: 'MRI: N/A', target: 'MRI', expect: 'negated' },
      // A synoptic row with a dotted leader is a key: value line too.
      { text: 'Osteotomy ............ none', target: 'Osteotomy', expect: 'negated' },
      { text: 'CT chest .... nil', target: 'CT', expect: 'negated' },
      { text: 'MRI thigh ....... done 02/03', target: 'MRI', expect: null },
      // A dash, a table cell or brackets separate the answer as a colon does.
      { text: 'MRI - no', target: 'MRI', expect: 'negated' },
      { text: 'Staging imaging — none', target: 'Staging imaging', expect: 'negated' },
      { text: '| Tumor board | no |', target: 'Tumor board', expect: 'negated' },
      { text: 'PET (no)', target: 'PET', expect: 'negated' },
      { text: 'MRI - yes', target: 'MRI', expect: null },
      // A dash "no" heading a noun phrase negates that phrase, not the clause before the dash.
      {
        text: 'Head lifted out of the socket - no osteotomy of the shaft',
        target: 'Head lifted out of the socket',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Fascia closed in layers – no drain left',
        target: 'Fascia closed',
        expect: null,
        type: 'procedure',
      },
      { text: 'CT chest - none performed', target: 'CT chest', expect: 'negated' },
      // An answer goes on with an act's status or a time ("none requested", "no until …"); not a noun phrase.
      { text: 'Bone scan - none requested', target: 'Bone scan', expect: 'negated' },
      { text: 'Frozen section - none sent', target: 'Frozen section', expect: 'negated' },
      { text: 'Staging PET - none arranged', target: 'Staging PET', expect: 'negated' },
      { text: 'MDT - no after the scan', target: 'MDT', expect: 'negated' },
      { text: 'Pelvic MRI - no until the swelling settles', target: 'Pelvic MRI', expect: 'negated' },
      {
        text: 'Wound washed out - no infected bone seen',
        target: 'Wound washed out',
        expect: null,
        type: 'procedure',
      },
      { text: 'Tumour board - no, not discussed', target: 'Tumour board', expect: 'negated' },
      // The field answered with a denied act: "MDT: not yet discussed", "Imaging: not reviewed", "Tumour board: not yet".
      { text: 'MDT: not yet discussed', target: 'MDT', expect: 'negated' },
      { text: 'Staging CT: not requested', target: 'CT', expect: 'negated' },
      { text: 'Sarcoma board: not yet', target: 'Sarcoma board', expect: 'negated' },
      { text: 'Tumour board: discussed, not for chemotherapy', target: 'Tumour board', expect: null },
      { text: 'Non-contrast MRI was done.', target: 'MRI', expect: null },
      // Items on one line: the answer is the next item's, not the target's (src/nlp/context.ts).
      { text: 'Imaging: MRI: yes  CT: no', target: 'MRI', expect: null },
      { text: 'Imaging: MRI: yes  CT: no', target: 'CT', expect: 'negated' },
      { text: 'Tumor board reviewed: yes  Frozen section: no', target: 'Tumor board', expect: null },
    ],
  },
  {
    id: 'neg.checkbox-after',
    // "Femur cut: Yes [ ] No [x]": a ticked "no" box after the item, the box after its word.
    pattern: `\\bno\\s*(?:${TICKED})`,
    direction: 'backward',
    category: 'negated',
    maxScope: 8,
    ignoreTerminators: true,
    examples: [
      { text: 'Femur transected: Yes [ ] No [x]', target: 'Femur transected', expect: 'negated' },
      { text: 'Femur transected: Yes [x] No [ ]', target: 'Femur transected', expect: null },
    ],
  },
  // --- empty template boxes: a line whose box is not ticked documents nothing ------------------
  {
    id: 'unchecked.box-pre',
    // "[ ] Hip disarticulation  [x] Above-knee amputation": the empty box heads its item; the next box ends it.
    pattern: EMPTY_BOX,
    direction: 'forward',
    category: 'unchecked',
    maxScope: 8,
    unlessAfter: `(?::|\\s*\\|)?\\s*(?:${EMPTY_BOX}|${TICKED})`,
    examples: [
      {
        text: 'Procedure: [ ] Hip disarticulation  [x] Above-knee amputation',
        target: 'Hip disarticulation',
        expect: 'unchecked',
      },
      {
        text: 'Procedure: [ ] Hip disarticulation  [x] Above-knee amputation',
        target: 'Above-knee amputation',
        expect: null,
      },
      { text: '☐ Femur transected', target: 'Femur transected', expect: 'unchecked', type: 'procedure' },
      { text: '☒ Femur transected', target: 'Femur transected', expect: null, type: 'procedure' },
    ],
  },
  {
    id: 'unchecked.box-post',
    // "Femur transected: [ ]", "Tumor board ( )": an empty box right after the item (not an empty "no" box).
    pattern: `(?::|\\s*\\|)?\\s*(?:${EMPTY_BOX})(?!\\s*(?:no|none|n\\/a)\\b)`,
    direction: 'backward',
    category: 'unchecked',
    maxScope: 0,
    boxAfterItem: true,
    examples: [
      { text: 'Femur transected: [ ]', target: 'Femur transected', expect: 'unchecked', type: 'procedure' },
      { text: 'Femur transected: [X]', target: 'Femur transected', expect: null, type: 'procedure' },
      { text: 'Tumor board reviewed: [x] Yes  [ ] No', target: 'Tumor board', expect: null },
      // A table row: the box is the next cell.
      { text: '| PET | [ ] |', target: 'PET', expect: 'unchecked' },
      { text: '| PET | [x] |', target: 'PET', expect: null },
      { text: 'MRI ☐  CT ☒', target: 'MRI', expect: 'unchecked' },
      { text: 'MRI ☐  CT ☒', target: 'CT', expect: null },
      // Boxes that lead their items: the box after a ticked item is the next item's.
      { text: 'Level: [x] AKA  [ ] Through-knee  [ ] BKA', target: 'AKA', expect: null },
    ],
  },
  {
    id: 'unchecked.label-box-post',
    // A field label of a few words whose box after the colon is empty: "Tumor board reviewed: [ ]",
    // "MDT discussed: ( )" (the item is the label's head, its verb between it and the box).
    pattern: `(?<=[A-Za-z])\\s*:\\s*(?:${EMPTY_BOX})(?!\\s*(?:no|none|n\\/a)\\b)`,
    direction: 'backward',
    category: 'unchecked',
    maxScope: 3,
    examples: [
      { text: 'Tumor board reviewed: [ ]', target: 'Tumor board', expect: 'unchecked' },
      { text: 'Pre-op MRI obtained: ( )', target: 'MRI', expect: 'unchecked' },
      { text: 'Tumor board reviewed: [x]', target: 'Tumor board', expect: null },
      {
        text: 'Tumor board reviewed and agreed. Frozen section sent: [ ]',
        target: 'Tumor board',
        expect: null,
      },
    ],
  },
  {
    id: 'unchecked.yes-box',
    // "Femur cut  Yes [ ]  No [ ]": the "yes" box is empty (when boxes follow their words on the line).
    pattern: `(?<!(?:${EMPTY_BOX}|${TICKED})\\s*)\\byes\\s*(?:${EMPTY_BOX})`,
    direction: 'backward',
    category: 'unchecked',
    maxScope: 8,
    ignoreTerminators: true,
    examples: [
      { text: 'Femur transected  Yes [ ]  No [ ]', target: 'Femur transected', expect: 'unchecked' },
      { text: 'Femur transected  Yes [x]  No [ ]', target: 'Femur transected', expect: null },
    ],
  },
  {
    id: 'unchecked.placeholder-post',
    // A template field left unfilled: "Tumor board: ***", "MDT discussed: ___", "Imaging - ???". The
    // placeholder is the field's whole value, right after its label.
    pattern:
      '(?::|\\s[-–]|\\s*\\|)?\\s*(?:\\*{3,}|_{3,}|\\?{3,}|\\[\\s*(?:\\.{3}|…|\\*+|_+)\\s*\\]|<{1,2}\\s*[A-Za-z ]{0,30}>{1,2})',
    direction: 'backward',
    category: 'unchecked',
    maxScope: 1,
    examples: [
      { text: 'Tumor board: ***', target: 'Tumor board', expect: 'unchecked' },
      { text: 'MDT discussed: ___', target: 'MDT', expect: 'unchecked' },
      { text: 'Preop imaging - ???', target: 'imaging', expect: 'unchecked' },
      { text: 'Tumor board: <date>', target: 'Tumor board', expect: 'unchecked' },
      { text: 'Tumor board: reviewed 2/14, recommended resection.', target: 'Tumor board', expect: null },
      { text: 'Tumor board: yes', target: 'Tumor board', expect: null },
    ],
  },
  {
    id: 'terminate.box',
    // Any box opens a new template item: the scope of the box before it ends there.
    pattern: `${EMPTY_BOX}|${TICKED}`,
    direction: 'terminate',
    examples: [
      { text: '[ ] Hip disarticulation [x] Femur transected', target: 'Femur transected', expect: null },
    ],
  },
  // --- pseudo-cues: they contain a negation word but negate only themselves -------------------
  {
    id: 'pseudo.no-complication',
    pattern:
      '\\b(?:without|with\\s+no|no)\\s+(?:any\\s+)?(?:(?:apparent|obvious|significant|major|intra-?operative|immediate|untoward|further)\\s+)?(?:difficult(?:y|ies)|complications?|incidents?|events?|issues?|problems?|resistance|trouble|injury|hesitation|delay)\\b',
    direction: 'pseudo',
    examples: [
      { text: 'Without difficulty the femur was transected.', target: 'femur', expect: null },
      { text: 'No complications, the femur was transected.', target: 'femur', expect: null },
    ],
  },
  {
    id: 'pseudo.contrast',
    // "MRI with and without gadolinium and CT of the chest", "CT without contrast": a protocol, not a
    // negation of what follows.
    pattern:
      '\\b(?:with\\s+(?:and|or)\\s+without|(?:and\\s+)?without\\s+(?:(?:iv|intravenous|oral)\\s+)?(?:contrast|gadolinium|enhancement))\\b',
    direction: 'pseudo',
    examples: [
      {
        text: 'MRI of the pelvis with and without gadolinium and CT of the chest were reviewed.',
        target: 'CT',
        expect: null,
      },
      { text: 'CT without contrast and MRI were reviewed.', target: 'MRI', expect: null },
      { text: 'MRI was done without sedation; no CT.', target: 'CT', expect: 'negated' },
    ],
  },
  {
    id: 'pseudo.numero',
    // "No." as the abbreviation of number: a record or specimen number, a suture size ("IP No.: 2025/4021",
    // "Histopathology No. K-5520/25", "No. 2 Ethibond"). Only with the point or a colon and a number or
    // code after it: "MRI: no. CT: yes" still answers no.
    pattern: '\\bno\\s*[.:]\\s*:?\\s*#?(?=[a-z]{0,4}[-/]?\\d)',
    direction: 'pseudo',
    examples: [
      { text: 'IP No.: 2025/40211, inpatient.', target: 'inpatient', expect: null },
      {
        text: 'Biopsy (Histopathology No. K-5520/25) showed chondrosarcoma.',
        target: 'Biopsy',
        expect: null,
      },
      { text: 'Adductor myodesis with No. 2 Ethibond.', target: 'myodesis', expect: null },
      { text: 'MRI: no. CT: yes.', target: 'MRI', expect: 'negated' },
      { text: 'No MRI was obtained.', target: 'MRI', expect: 'negated' },
    ],
  },
  {
    id: 'pseudo.not-only',
    pattern: '\\b(?:not\\s+only|no\\s+change|not\\s+ruled\\s+out|no\\s+sooner)\\b',
    direction: 'pseudo',
    examples: [{ text: 'Not only the ilium but also the MRI was reviewed.', target: 'MRI', expect: null }],
  },
  {
    id: 'pseudo.left-out-of-dictation',
    // A correction that adds what the first dictation left out ("I omitted that the femur was shortened",
    // "I forgot to mention that", "the original report did not state that", "omitted from the dictation:")
    // affirms the act it adds: the omission is the dictation's, not the operation's. "The planned
    // shortening was omitted" (not done) keeps its negation.
    pattern:
      "\\b(?:(?:omitted|forgot|neglected|failed)\\s+(?:to\\s+(?:mention|dictate|document|state|record|include|say|note|add)\\s+)?(?:that|to\\s+(?:mention|dictate|document|state|record|include|say|note|add))|(?:did\\s+not|didn't|does\\s+not|doesn't|was\\s+not|were\\s+not|not)\\s+(?:mention|dictate|document|state|record|include|say|note)(?:d|ed)?(?:\\s+(?:in|from)\\s+(?:the\\s+|my\\s+)?(?:original\\s+|first\\s+|initial\\s+)?(?:dictation|note|report|operative\\s+note|op\\s+note|text))?\\s+that|(?:omitted|missing|left\\s+out)\\s+(?:from|in|of)\\s+(?:the\\s+|my\\s+)?(?:original\\s+|first\\s+|initial\\s+)?(?:dictation|note|report|operative\\s+note|op\\s+note|body\\s+of\\s+the\\s+(?:note|report)))\\b",
    direction: 'pseudo',
    examples: [
      {
        text: 'Addendum: I omitted that the femur was shortened by 2 cm with a saw.',
        target: 'femur was shortened',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Addendum: the original dictation did not mention that the femur was recut 3 cm higher.',
        target: 'femur was recut',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Omitted from the dictation: the femur was sawn 2 cm proximal to the old end.',
        target: 'femur was sawn',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The planned femoral shortening was omitted because the bone was well covered.',
        target: 'femoral shortening',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'I did not shorten the femur.',
        target: 'shorten the femur',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  // --- family ---------------------------------------------------------------------------------
  {
    id: 'family.pre',
    pattern:
      "\\b(?:family\\s+history|fhx|fh\\s*:|(?:his|her|the\\s+patient'?s?)?\\s*(?:mother|father|sister|brother|aunt|uncle|grandmother|grandfather|cousin|sibling|son|daughter|parent)s?(?:'s)?)\\b",
    direction: 'forward',
    category: 'family',
    maxScope: 8,
    allowedTypes: ['condition'],
    examples: [
      {
        text: 'Family history of sarcoma in an aunt.',
        target: 'sarcoma',
        expect: 'family',
        type: 'condition',
      },
      {
        text: 'His mother died of breast carcinoma.',
        target: 'carcinoma',
        expect: 'family',
        type: 'condition',
      },
      { text: 'His parents signed the informed consent.', target: 'informed consent', expect: null },
    ],
  },
  // Another experiencer than the patient (ConText's "experiencer: other"): another patient of a series or
  // a report, or a relative who underwent an operation. What they had is neither this patient's history
  // nor today's operation, whatever the target type.
  {
    id: 'family.other-patient',
    pattern:
      '\\b(?:another|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|both|all|\\d+)\\s+(?:of\\s+the\\s+)?(?:other|further|additional|remaining|earlier|previous)|the\\s+(?:other|remaining|previous|next)|a\\s+(?:second|third|fourth|further|different)|other|(?:two|three|four|five|\\d+)\\s+more)\\s+(?:(?:\\w+\\s+)?(?:patients?|cases?|subjects?|individuals?|m[ae]n|wom[ae]n|child(?:ren)?)|members?\\s+of\\s+(?:the|our|this)\\s+(?:series|cohort|group))\\b',
    direction: 'forward',
    category: 'family',
    maxScope: 10,
    examples: [
      {
        text: 'Another patient had previously undergone a left above-knee amputation.',
        target: 'above-knee amputation',
        expect: 'family',
      },
      {
        text: 'A 70-year-old man. Two other patients in our series had above-knee amputations for the same problem.',
        target: 'above-knee amputations',
        expect: 'family',
      },
      {
        text: "A second patient's femur was divided at the same level.",
        target: 'femur was divided',
        expect: 'family',
        type: 'procedure',
      },
      {
        text: 'Unlike two other patients in the series, he underwent an above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'Other patients were treated conservatively, but his femur was divided at the mid-shaft.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The patient had an above-knee amputation of the other leg.',
        target: 'above-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'family.relative-operation',
    // A relative who underwent an operation ("her brother had an above-knee amputation in 2015"); a
    // relative taking part in this patient's care ("his daughter signed the consent") is no such cue.
    pattern:
      "\\b(?:his|her|their|the\\s+patient'?s)\\s+(?:mother|father|sister|brother|aunt|uncle|grandmother|grandfather|cousin|sibling|son|daughter|parent|twin|husband|wife|spouse|partner)s?(?=\\s+(?:(?:also|previously|once|himself|herself)\\s+)?(?:underwent|had\\s+undergone|has\\s+undergone|had|has\\s+had)(?:\\s+[\\w-]+){0,5}?\\s+(?:amputations?|AKA|BKA|disarticulations?|hemipelvectom(?:y|ies)|resections?|surgery|operations?|excisions?|revisions?)\\b)",
    direction: 'forward',
    category: 'family',
    maxScope: 8,
    examples: [
      {
        text: 'Her brother had an above-knee amputation in 2015.',
        target: 'above-knee amputation',
        expect: 'family',
      },
      {
        text: 'His father underwent a left hip disarticulation for sarcoma.',
        target: 'hip disarticulation',
        expect: 'family',
      },
      {
        text: 'His daughter had a long talk with us and signed the consent.',
        target: 'consent',
        expect: null,
      },
    ],
  },
  {
    id: 'pseudo.other-patient-likeness',
    // "Unlike two other patients in the series, he …", "as in the other cases": the comparison names
    // other patients without saying what follows is theirs.
    pattern:
      '\\b(?:like|unlike|as\\s+(?:with|in|for)|similar(?:ly)?\\s+to|compared\\s+(?:with|to)|in\\s+contrast\\s+to)\\s+(?:the\\s+|our\\s+)?(?:another|other|\\w+\\s+other|the\\s+other|many|most|some|several)\\s+(?:\\w+\\s+)?(?:patients?|cases?)\\b',
    direction: 'pseudo',
    examples: [
      {
        text: 'As in the other cases, the femur was divided at the mid-shaft.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  // --- uncertainty and plans ------------------------------------------------------------------
  {
    id: 'possible.pre',
    pattern:
      '\\b(?:possibl[ey]|probabl[ey]|rule out|r\\/o|concern for|suspicious for|suspected|question of|questionable|may|might)\\b',
    direction: 'forward',
    category: 'possible',
    maxScope: 10,
    examples: [{ text: 'Imaging was suspicious for sarcoma.', target: 'sarcoma', expect: 'possible' }],
  },
  {
    id: 'hypothetical.pre',
    pattern:
      '\\b(?:if|unless|reserving|whether|would|will|could|potential(?:ly)?|consider(?:ed|ing)?|contemplat\\w+|plan(?:s|ned)? (?:to|for|is|was)|planning|candidate for|(?:initially |originally |previously )?consented (?:for|to)|(?:listed|booked|posted|scheduled) as|listed for|booked for|options? (?:of|include|including|for|(?:was|is|were|are) to)|possibility of|recommend(?:ed|s|ation)?|in the event|should|anticipat\\w+|expect(?:ed)? to|need for|require[sd]? further|evaluat(?:e|ed|ion) for|scheduled for|in preparation for|versus|vs\\.?|alternatives?|offered|to be determined|eventual(?:ly)?(?!\\s+(?:had|underwent|required|needed|received|was|were|went|came|did|developed|died))|future|later date|second stage|staged|upcoming|(?:talked|spoke|spoken) (?:to \\w+ )?about|discuss(?:ed|ing)? (?:the )?(?:options?|possibilit(?:y|ies)|alternatives?|need)|(?:we|i) discussed(?! (?:the|her|his|this) (?:case|patient|imaging|images|findings|pathology|scans?)\\b)|explained (?:the )?(?:options?|possibilit(?:y|ies)|alternatives?))\\b',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 10,
    examples: [
      {
        text: 'He may ultimately need a hemipelvectomy through the sacroiliac joint.',
        target: 'sacroiliac joint',
        expect: 'possible',
      },
      { text: 'We will divide the ilium next week.', target: 'ilium', expect: 'hypothetical' },
      // What the patient consented to and the option chosen are plans of the consent talk, not acts done.
      {
        text: 'She consented to a right hip disarticulation.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
      },
      {
        text: 'The least bad option was to remove the leg at the hip.',
        target: 'leg',
        expect: 'hypothetical',
      },
      // One patient's case discussed at a meeting is no plan of that meeting: the board is documented.
      { text: 'We discussed the case at the tumour board.', target: 'tumour board', expect: null },
      {
        text: 'We discussed hindquarter amputation with her family.',
        target: 'hindquarter amputation',
        expect: 'hypothetical',
      },
      // A booking line names the operation planned, not the one done.
      {
        text: 'Scheduled as a resection of the distal femur.',
        target: 'distal femur',
        expect: 'hypothetical',
      },
      // A case report's course: "eventually had" is past, not a plan.
      { text: 'He eventually had an above-knee amputation.', target: 'above-knee amputation', expect: null },
      {
        text: 'He may eventually need an above-knee amputation.',
        target: 'above-knee amputation',
        expect: 'possible',
      },
    ],
  },
  {
    id: 'hypothetical.options-list',
    // "Options discussed with the patient: curettage and cement vs an en bloc resection", "Alternatives
    // offered: hip disarticulation": the list after the colon names operations considered, not done, with
    // or without an indications heading above it (the colon and the list's own marks end no scope).
    pattern:
      '\\b(?:options?|alternatives?|choices)\\s+(?:(?:were|was)\\s+)?(?:discussed|offered|considered|reviewed|explained|presented)\\b[^.;:\\n]{0,40}:',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 12,
    ignoreTerminators: true,
    examples: [
      {
        text: 'Options discussed with the patient: curettage and cement vs en bloc resection.',
        target: 'curettage',
        expect: 'hypothetical',
      },
      {
        text: 'Alternatives offered: hip disarticulation.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
      },
      // Not a list of options: the operation after the discussion is done.
      {
        text: 'The options were discussed at length. The femur was cut.',
        target: 'femur',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'hypothetical.discussed',
    // "Discussed hip disarticulation versus limb salvage", "discussion of hemipelvectomy", "the alternatives,
    // which included hip disarticulation, were explained": a procedure talked about is not one done.
    pattern:
      '\\b(?:discuss(?:ed|ing)(?!\\s+(?:at|in|by)\\b|\\s+(?:the|her|his|this)\\s+(?:case|patient)\\b)|discussion\\s+(?:of|about|regarding)|(?:alternatives?|options?)\\b[^.;]{0,40}?\\binclud(?:ed|es|e|ing))\\b',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 6,
    examples: [
      {
        text: 'Discussed hip disarticulation versus limb salvage.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
      },
      {
        text: 'The alternatives, which included hip disarticulation, were explained.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
      },
      {
        text: 'He was discussed at the sarcoma tumor board.',
        target: 'tumor board',
        expect: null,
      },
      {
        text: 'Risks were discussed; the femur was transected.',
        target: 'femur',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'hypothetical.planned',
    // "the planned division through the sacroiliac joint was abandoned": a planned act is not a done one.
    pattern: '\\b(?:planned|intended|proposed|contemplated|anticipated|possible|potential)\\b',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 5,
    examples: [
      {
        text: 'The planned division of the sacroiliac joint took place a week later.',
        target: 'sacroiliac joint',
        expect: 'hypothetical',
      },
    ],
  },
  {
    id: 'pseudo.injury-completed',
    // The completion or formalisation of a traumatic amputation is the amputation done now: "completion of
    // the traumatic hemipelvectomy", "formalisation of a traumatic hindquarter amputation", "the traumatic
    // hemipelvectomy was formalised". Its word "traumatic" marks no injury only (historical.injury).
    pattern:
      '\\b(?:complet(?:ion|ed?|ing)|formali[sz](?:ation|ed?|ing))\\s+(?:of\\s+)?(?:(?:the|a|an|this|his|her|their)\\s+)?(?:[\\w-]+\\s+){0,2}?traumatic\\b|\\btraumatic\\s+(?:[\\w-]+\\s+){1,3}?(?:was|were)\\s+(?:then\\s+|subsequently\\s+|surgically\\s+)?(?:completed|formali[sz]ed)\\b',
    direction: 'pseudo',
    examples: [
      {
        text: 'Debridement and completion of the traumatic hemipelvectomy.',
        target: 'hemipelvectomy',
        expect: null,
      },
      {
        text: 'Formalisation of a traumatic hindquarter amputation was performed.',
        target: 'hindquarter amputation',
        expect: null,
      },
      { text: 'The traumatic hemipelvectomy was formalised.', target: 'hemipelvectomy', expect: null },
      { text: 'Washout of the traumatic hemipelvectomy.', target: 'hemipelvectomy', expect: 'historical' },
    ],
  },
  {
    id: 'pseudo.as-planned',
    pattern: '\\bas\\s+(?:previously\\s+)?(?:planned|intended|anticipated)\\b',
    direction: 'pseudo',
    examples: [
      {
        text: 'As planned, the sacroiliac joint was divided.',
        target: 'sacroiliac joint',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'hypothetical.standby',
    // "an allograft was thawed and available on the back table in case of collapse": kept ready, not used.
    pattern:
      '\\b(?:(?:was|were)\\s+(?:\\w+\\s+){0,3}?(?:available|on standby|on hand|ready)\\b[^.;]{0,60}?\\bin case\\b|in case (?:of|it|they|we|needed)|on standby|as a back-?up)' +
      // Opened, thawed or set out "in case" something should need it: "a bone substitute was opened on the
      // back table in case the cortex needed support". Not an item then put in ("…, and they were packed into the cavity").
      '|\\b(?:was|were)\\s+(?:\\w+\\s+){0,2}?(?:opened|thawed|prepared|set\\s+out|set\\s+up|laid\\s+out|brought)\\b[^.;]{0,40}?\\bin\\s+case\\b[^.;]{0,60}?\\b(?:need\\w*|requir\\w*|prove[sd]?|turn(?:s|ed)?\\s+out|gave\\s+way|fail\\w*|collaps\\w*)\\b(?![^.;]{0,60}?\\b(?:and|then)\\s+(?:it|they|these|the\\s+\\w+)\\s+(?:was|were)\\s+(?:then\\s+)?(?:used|packed|placed|impacted|inserted|applied))',
    direction: 'backward',
    category: 'hypothetical',
    maxScope: 8,
    ignoreTerminators: true,
    examples: [
      {
        text: 'An allograft had been thawed and was available on the back table in case of collapse.',
        target: 'allograft',
        expect: 'hypothetical',
      },
      {
        text: 'Allograft chips were opened on the back table in case the window cracked and needed support.',
        target: 'Allograft',
        expect: 'hypothetical',
      },
      {
        text: 'Allograft chips were thawed in case the cavity needed more, and they were packed into the defect.',
        target: 'Allograft',
        expect: null,
      },
    ],
  },
  {
    id: 'hypothetical.next',
    // "next sarcoma conference": next right before the target names a future event. Not the next step of
    // the operation: "I next saw through the femur", "we next divided", "Next, the femur was cut".
    pattern: '(?<!\\b(?:i|we|and|then|was|were|is|are)\\s+)\\bnext\\b(?!\\s*,|\\s+(?:the|a|an|we|i)\\b)',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 1,
    examples: [
      { text: 'Not presented, next tumor board is in May.', target: 'tumor board', expect: 'hypothetical' },
      {
        text: 'I next saw through the femur.',
        target: 'saw through the femur',
        expect: null,
        type: 'procedure',
      },
      { text: 'We next divided the femur.', target: 'divided the femur', expect: null, type: 'procedure' },
    ],
  },
  {
    id: 'hypothetical.post',
    pattern:
      '\\b(?:was|were|is|are|has been|had been|would be|will be|may be|be)\\s+(?:\\w+\\s+)?(?:planned|considered|contemplated|discussed|recommended|offered|proposed|anticipated|an option|possible|rejected|declined)\\b',
    direction: 'backward',
    category: 'hypothetical',
    maxScope: 8,
    examples: [
      {
        text: 'An internal hemipelvectomy was considered at length.',
        target: 'internal hemipelvectomy',
        expect: 'hypothetical',
      },
    ],
  },
  {
    id: 'hypothetical.post-future',
    // An event still to come, told after its noun: "tumour board discussion planned for next week", "MRI
    // to be arranged", "MDT scheduled for Thursday". Only close to the noun (one word between): "tumour
    // board recommended amputation, scheduled for next week" dates the amputation, not the board.
    pattern:
      '\\b(?:(?:is|was|are|were|being)\\s+)?(?:planned|scheduled|booked|arranged|due|pending)\\s+(?:for\\s+)?(?:next|later|the\\s+coming|tomorrow|after\\b|on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\\b(?:still\\s+)?to\\s+be\\s+(?:arranged|booked|scheduled|requested|organi[sz]ed|done|obtained|performed|held|repeated)\\b|\\b(?:next\\s+(?:week|month|meeting|clinic|(?:mon|tues|wednes|thurs|fri)day)|in\\s+(?:\\d+|a|one|two|three|four)\\s+(?:days?|weeks?|months?))\\b',
    direction: 'backward',
    category: 'hypothetical',
    maxScope: 1,
    examples: [
      {
        text: 'Tumour board discussion planned for next week.',
        target: 'Tumour board',
        expect: 'hypothetical',
      },
      { text: 'MRI to be arranged.', target: 'MRI', expect: 'hypothetical' },
      { text: 'MDT scheduled for Thursday.', target: 'MDT', expect: null },
      { text: 'MDT scheduled on Thursday.', target: 'MDT', expect: 'hypothetical' },
      {
        text: 'The tumour board recommended hindquarter amputation, scheduled for next week.',
        target: 'tumour board',
        expect: null,
      },
      { text: 'MRI reviewed with the radiologist.', target: 'MRI', expect: null },
      { text: 'Plan: present at tumour board next week.', target: 'tumour board', expect: 'hypothetical' },
      { text: 'Repeat MRI in 6 weeks.', target: 'MRI', expect: 'hypothetical' },
    ],
  },
  {
    id: 'hypothetical.to-present',
    // A case still to be presented or referred: "to be discussed at the sarcoma MDT", "to present at tumour
    // board", "refer to MDT". A past presentation ("presented at MDT") is not one.
    pattern:
      '\\b(?:to\\s+(?:be\\s+)?(?:present(?:ed)?|discuss(?:ed)?|list(?:ed)?)\\s+(?:\\w+\\s+){0,2}?(?:at|in|by|with)|refer\\s+(?:\\w+\\s+)?to)\\b',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 8,
    examples: [
      { text: 'Case to be discussed at the sarcoma MDT.', target: 'MDT', expect: 'hypothetical' },
      { text: 'Plan to present at tumour board.', target: 'tumour board', expect: 'hypothetical' },
      { text: 'Refer to MDT.', target: 'MDT', expect: 'hypothetical' },
      { text: 'Presented at the sarcoma MDT, who advised amputation.', target: 'MDT', expect: null },
    ],
  },
  {
    id: 'hypothetical.modal-need',
    // A need stated as a modal is a possibility, not an operation done: "amputation may be required",
    // "an above-knee amputation might be needed if the margins are involved", "disarticulation could be
    // necessary later".
    pattern:
      '\\b(?:may|might|could|can|would)\\s+(?:(?:still|also|eventually|ultimately|later|yet|well)\\s+)?(?:be\\s+)?(?:required|needed|necessary|indicated|warranted|justified|unavoidable)\\b',
    direction: 'backward',
    category: 'possible',
    maxScope: 5,
    examples: [
      { text: 'On the right side amputation may be required.', target: 'amputation', expect: 'possible' },
      {
        text: 'An above-knee amputation might be needed if the margins are involved.',
        target: 'above-knee amputation',
        expect: 'possible',
      },
      { text: 'An above-knee amputation was required.', target: 'above-knee amputation', expect: null },
    ],
  },
  {
    id: 'hypothetical.counterfactual',
    // A counterfactual modal perfect: what would, could or should have been done was not done ("a hip
    // disarticulation would have been adequate", "this would have required a hemipelvectomy", "an MRI
    // should have been obtained"). Either side of its target, close to it; "would have to" is a need.
    pattern: "\\b(?:would|could|should|might)(?:\\s+not|n['’]t)?\\s+have\\b(?!\\s+to\\b)",
    direction: 'bidirectional',
    category: 'hypothetical',
    maxScope: 5,
    examples: [
      {
        text: 'The reviewer suggested that a hip disarticulation would have been adequate.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'Clearing the acetabulum would have required an internal hemipelvectomy.',
        target: 'internal hemipelvectomy',
        expect: 'hypothetical',
        type: 'procedure',
      },
      { text: 'An MRI should have been obtained first.', target: 'MRI', expect: 'hypothetical' },
      {
        text: 'We would have to divide the femur higher, and the femur was divided at the lesser trochanter.',
        target: 'femur was divided at the lesser trochanter',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur was divided at the lesser trochanter.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'hypothetical.risk-list',
    // What the risks discussed name may happen, not what was done: "risks incl. wound failure, hip
    // disarticulation in the future, death reviewed", "the risks, including further amputation, were
    // explained", "risks and benefits of a hindquarter amputation discussed". Acts only: the discussion
    // itself documents the consent.
    pattern:
      '\\brisks?(?:\\s*,?\\s*(?:and\\s+)?(?:benefits|alternatives))*\\s*,?\\s*(?:incl(?:uding|udes?|uded|\\.)?|such\\s+as|of|include|e\\.g\\.?|\\(|:)',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 12,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'Risks incl. further wound failure, hip disarticulation in the future, MI, death reviewed with the patient.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'The risks and benefits of a hindquarter amputation were discussed.',
        target: 'hindquarter amputation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'The risks of bleeding were explained to the patient, and the femur was divided at the mid-shaft.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'hypothetical.post-later',
    // An event placed in the future after its noun: "hip disarticulation in the future", "revision at a
    // later date", "a second stage later on".
    pattern:
      '\\bin\\s+the\\s+(?:near\\s+|distant\\s+)?future\\b|\\bat\\s+a\\s+later\\s+(?:date|stage|time|sitting)\\b|\\blater\\s+on\\b',
    direction: 'backward',
    category: 'hypothetical',
    maxScope: 3,
    examples: [
      {
        text: 'A hip disarticulation in the future was mentioned.',
        target: 'hip disarticulation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'Hip disarticulation in the future discussed.',
        target: 'Hip disarticulation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'The hip was disarticulated and the wound was closed over a drain.',
        target: 'hip was disarticulated',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'hypothetical.purpose',
    // A procedure name inside a purpose clause is what the operation is for, not the operation: "stump
    // lengthening to create a functional above-knee amputation", "in order to allow a below-knee
    // amputation", "with a view to a later hip disarticulation". Only a purpose that names an operation:
    // "retracted to allow division of the femur" still divides the femur.
    pattern:
      '\\b(?:in\\s+order\\s+to\\s+(?:allow|permit|enable|facilitate|create|achieve|obtain|make)|so\\s+as\\s+to\\s+(?:allow|permit|enable|facilitate|create)|to\\s+(?:create|allow|permit|enable|facilitate|achieve|obtain|prepare\\s+for|make\\s+(?:room|way)\\s+for)|in\\s+preparation\\s+for|with\\s+a\\s+view\\s+to)\\b(?=\\s+(?:(?:a|an|the|for)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:amputation|disarticulation|hemi-?pelvectomy|AKA|BKA)\\b)',
    direction: 'forward',
    category: 'hypothetical',
    maxScope: 6,
    examples: [
      {
        text: 'Lengthening of the stump to create a functional above-knee amputation.',
        target: 'above-knee amputation',
        expect: 'hypothetical',
      },
      {
        text: 'Tissue expander placement in the thigh, to prepare for an above-knee amputation.',
        target: 'above-knee amputation',
        expect: 'hypothetical',
      },
      {
        text: 'Debridement in order to allow a below-knee amputation.',
        target: 'below-knee amputation',
        expect: 'hypothetical',
      },
      {
        text: 'The adductors were retracted to allow division of the femur at the mid-shaft.',
        target: 'division of the femur',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Skin graft excision in order to allow a through-knee amputation at the next stage.',
        target: 'through-knee amputation',
        expect: 'hypothetical',
        type: 'procedure',
      },
      {
        text: 'Right above-knee amputation to allow mobilisation.',
        target: 'above-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'hypothetical.post-adjacent',
    pattern: '\\b(?:if needed|if necessary|as needed)\\b',
    direction: 'backward',
    category: 'hypothetical',
    maxScope: 0,
    examples: [{ text: 'CT if needed.', target: 'CT', expect: 'hypothetical' }],
  },
  // --- history --------------------------------------------------------------------------------
  {
    id: 'historical.injury',
    // "traumatic hemipelvectomy", "traumatic above-knee amputation", "a traumatic amputation of the thigh"
    // name the injury that took the limb, not an operation: an operation completing or formalising it is
    // read from its own anatomy. Not "non-traumatic", "post-traumatic" or "atraumatic".
    pattern: '(?<!\\b(?:non|post|a)-?)\\btraumatic(?:ally)?\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 3,
    examples: [
      { text: 'Debridement of a traumatic hemipelvectomy.', target: 'hemipelvectomy', expect: 'historical' },
      // Its completion is the operation (pseudo.injury-completed).
      { text: 'Completion of a traumatic hemipelvectomy.', target: 'hemipelvectomy', expect: null },
      {
        text: 'Washout of a traumatic amputation of the left thigh.',
        target: 'amputation of the left thigh',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'Hindquarter amputation after a traumatic injury.',
        target: 'Hindquarter amputation',
        expect: null,
      },
      {
        text: 'Non-traumatic above-knee amputation for ischaemia.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'Above-knee amputation for post-traumatic osteomyelitis.',
        target: 'Above-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'historical.injury-suffered',
    // An amputation the patient suffered, sustained or incurred is the injury that took the limb, not an
    // operation ("suffered right lower extremity amputation and right hemipelvectomy due to a degloving
    // injury"); an operation completing it is read from its own anatomy.
    pattern: '\\b(?:suffered|sustained|incurred)\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 8,
    allowedTypes: ['procedure', 'document'],
    examples: [
      {
        text: 'He suffered a right hemipelvectomy in a farm accident.',
        target: 'hemipelvectomy',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The boy suffered left lower extremity amputation and left hemipelvectomy from a degloving injury.',
        target: 'hemipelvectomy',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'He suffered a wound infection, and an above-knee amputation was performed.',
        target: 'above-knee amputation',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'She sustained the fracture in a fall; hip disarticulation was done for sepsis.',
        target: 'hip disarticulation',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.injury-caused',
    // What an injury's mechanism caused is the injury, not an operative act: "extreme abduction of the
    // leg, causing sacroiliac joint disruption and symphysis separation", "a fall that resulted in
    // disruption of the symphysis".
    pattern: '\\b(?:causing|caused|resulting\\s+in|resulted\\s+in)\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 6,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'Extreme abduction of the leg, causing sacroiliac joint disruption and symphysis separation.',
        target: 'symphysis separation',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The symphysis was divided with a knife, causing some bleeding from the venous plexus.',
        target: 'symphysis was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.problem-after',
    // A problem or a revision told after the operation that preceded it: "stump problems after above-knee
    // amputation", "neuroma following a transfemoral amputation", "revision surgery after the AKA". The
    // operation named lies before the problem (a prior one), not today's act.
    pattern:
      '\\b(?:problems?|complications?|revisions?|re-?amputations?|pain|infections?|ulcers?|ulceration|neuromas?|breakdown|failure|dehiscence|necrosis|spurs?|contractures?|SPs)\\s+(?:[\\w-]+\\s+){0,2}?(?:after|following|post|secondary\\s+to)\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 3,
    examples: [
      {
        text: 'Stump problems after above-knee amputation were seen in clinic.',
        target: 'above-knee amputation',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'A painful neuroma following a transfemoral amputation was excised.',
        target: 'transfemoral amputation',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'After the femur was divided, the limb was removed.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.pre',
    // "underwent" is not here: in a case description it narrates the index operation unless dated.
    // "Prior to" is a preposition of this operation's own time ("prior to leaving theatre", "prior to
    // closure"), except before the admission or presentation ("prior to this admission she had …").
    pattern: `\\b(?:previous(?:ly)?(?!${NOT_AN_EVENT})|prior(?!\\s+to\\b(?!\\s+(?:(?:this|the|his|her|their|current)\\s+)?(?:admission|presentation|referral|transfer|injury|illness)\\b))(?!${NOT_AN_EVENT})|history of|hx of|had undergone|status post|s\\/p|originally|initially|(?:years?|months?|weeks?|days?|hours?) ago|before (?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several) (?:days?|weeks?|months?|years?)\\b(?! of\\b)|in (?:19|20)\\d\\d|at an outside|outside hospital)\\b`,
    direction: 'forward',
    category: 'historical',
    maxScope: 10,
    examples: [
      { text: 'He is status post a right AKA.', target: 'AKA', expect: 'historical' },
      { text: 'The patient underwent a left hemipelvectomy.', target: 'hemipelvectomy', expect: null },
      { text: 'Prior to closure a rigid dressing was applied.', target: 'rigid dressing', expect: null },
      {
        text: 'Prior to this admission she had an above-knee amputation.',
        target: 'above-knee amputation',
        expect: 'historical',
      },
      {
        text: 'Given his prior good experience, he elected an above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'After a previous discussion, a knee disarticulation was agreed.',
        target: 'knee disarticulation',
        expect: null,
      },
      {
        text: 'She had a previous knee disarticulation.',
        target: 'knee disarticulation',
        expect: 'historical',
      },
    ],
  },
  {
    id: 'historical.earlier-act',
    // A nominalised act modified as earlier ("the original transection", "the previous osteotomy site",
    // "the index amputation level", "the initial cut", "the prior guillotine level") names an act done
    // before, not one done now: "the femur was exposed at the initial cut" is no femoral cut today. Not
    // when the act is then said to be made ("the initial cut was made through the femur"). Also "at the
    // level of the transection" after a verb of finding or inspecting.
    pattern: `\\b(?:original|initial|previous|prior|index|earlier|preceding|old|first[\\s-]+stage)\\b(?=\\s+(?:(?:femoral|bone|bony|saw|guillotine|amputation|open|osteotomy)\\s+)?${EARLIER_ACT}\\b(?!(?:\\s+[\\w-]+){0,3}\\s+(?:was|were)\\s+(?:then\\s+|first\\s+)?(?:made|performed|done|carried|completed|started|begun|marked)\\b))|(?=the\\s+level\\b)(?<=\\b(?:lay|lies|lying|sat|sits|found|seen|noted|inspected|examined|identified|visible|ended|ends|remained|healed|exposed)\\s+(?:[\\w-]+\\s+){0,2}?at\\s+)the\\s+level\\s+of\\s+(?:the\\s+)?(?=(?:femoral\\s+)?${EARLIER_ACT}\\b)`,
    direction: 'forward',
    category: 'historical',
    inside: true,
    maxScope: 2,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'The femur was exposed at the initial cut and found viable.',
        target: 'femur was exposed at the initial cut',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The original femoral transection had healed over with a smooth cap.',
        target: 'femoral transection',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'We found the femur at the index amputation level, well covered.',
        target: 'femur at the index amputation',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The initial cut was made through the femur with an oscillating saw.',
        target: 'cut was made through the femur',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur was cut with a saw 3 cm above the previous osteotomy.',
        target: 'femur was cut',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.staged-closure',
    // "Delayed closure of the left guillotine AKA", "second-stage closure, right thigh amputation": the
    // amputation being closed was made at an earlier operation.
    pattern:
      '\\b(?:delayed|secondary|second[\\s-]+stage|2nd[\\s-]+stage|staged|formal|definitive)\\s+(?:(?:primary|wound|skin)\\s+)?closure\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 5,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'Procedure: delayed closure of the left guillotine amputation.',
        target: 'guillotine',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The femur was transected and the wound was left open for a delayed closure.',
        target: 'left open',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.follow-up-after',
    // A follow-up operation named with the one it follows: "second look after a guillotine above-knee
    // amputation", "completion after an open guillotine AKA", "conversion to AKA after a failed BKA": the
    // operation after "after" was done before. Only after such a follow-up's name (not "after the femur was
    // divided, the limb was removed", a step of today's).
    pattern:
      '\\b(?:look|closure|completion|revision|wash-?out|debridement|stage|return|re-?operation|exploration|conversion|formali[sz]ation)\\s+(?:[\\w-]+\\s+){0,3}?after\\s+(?:an?|the|his|her|their)\\b',
    direction: 'forward',
    category: 'historical',
    maxScope: 5,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'Left thigh, second look after a guillotine above-knee amputation for necrotising infection.',
        target: 'guillotine',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'Completion after an open guillotine AKA: the wound was closed with a myoplasty.',
        target: 'open guillotine',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'After the femur was divided, the limb was removed.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.earlier-operation',
    // An earlier operation referred back to: "at that operation I packed the cavity with allograft",
    // "on that occasion we filled it with autograft", "last time the wound was left open", "the graft
    // from the first operation". The clause it heads (or ends) tells that operation, not today's; a
    // comparison with it ("as at the first operation", "same as last time") is today's act
    // (pseudo.same-as-before). Not "at this time" nor "at that time", which an op note uses for a moment
    // of today's operation.
    pattern:
      '\\b(?:at|during|in|on|from)\\s+(?:that|the\\s+(?:first|last|previous|prior|earlier|original|index|initial|preceding))\\s+(?:operation|surgery|procedure|sitting|occasion)\\b|\\bon\\s+that\\s+occasion\\b|\\bback\\s+then\\b|(?<!\\bone\\s+)\\blast\\s+time\\b',
    direction: 'bidirectional',
    category: 'historical',
    maxScope: 16,
    examples: [
      {
        text: 'At that operation the lesion was scraped out and the defect filled with allograft chips.',
        target: 'allograft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'On that occasion we filled the defect with autograft from the iliac crest.',
        target: 'autograft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'Last time I packed the cavity with allograft chips.',
        target: 'allograft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The cavity was packed with allograft at the first operation.',
        target: 'allograft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'At this time the femur was divided with a saw.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'As at the first operation, the cavity was packed with allograft chips.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Same as last time, the cavity was packed with allograft chips.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The tourniquet was checked one last time before the femur was cut.',
        target: 'femur was cut',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.graft-in-place',
    // A graft already in the patient was placed at an earlier operation: "the old graft had largely
    // resorbed", "the remnants of the allograft were curetted out", "resorbing allograft", "the retained
    // autograft". Only a graft word next to the cue: "the remnants of the tumour were curetted" is today's
    // curettage, and "fresh allograft chips were packed" today's graft.
    pattern:
      '\\b(?:(?:remnants?|remains|residu(?:e|al)|fragments?)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?|(?:resorb(?:ed|ing)|incorporated|failed|retained)\\s+(?:[\\w-]+\\s+)?)(?=(?:(?:bone|cancellous|corticocancellous)\\s+)?(?:allo-?|auto-?)?grafts?\\b)|(?=(?:ha[sd]|have)\\s)(?<=grafts?\\s+(?:[\\w-]+\\s+){0,3}?)(?:ha[sd]|have)\\s+(?:[a-z]+ly\\s+|been\\s+|since\\s+)?(?:resorbed|incorporated|failed|collapsed|dissolved|united|consolidated|fractured|lysed|disappeared|gone)\\b|(?=(?:was|were|is|are)\\s)(?<=grafts?\\s+(?:[\\w-]+\\s+){0,3}?)(?:was|were|is|are)\\s+(?:[a-z]+ly\\s+|now\\s+)?(?:resorbed|incorporated|consolidated|united|gone)\\b',
    direction: 'bidirectional',
    category: 'historical',
    maxScope: 3,
    allowedTypes: ['procedure'],
    examples: [
      {
        text: 'The old graft had largely resorbed.',
        target: 'graft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The remnants of the allograft were curetted out with the lining.',
        target: 'allograft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The lesion was curetted out together with resorbing allograft.',
        target: 'allograft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'She has a recurrence on MRI, and the allograft has largely resorbed.',
        target: 'allograft',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The remnants of the tumour were curetted out.',
        target: 'curetted',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The cavity was then packed with fresh cancellous allograft chips.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.post-year',
    // Charted and non-native dating right after the event: a bare year set off by a comma or a bracket or
    // written after the name ("right AKA, 2021", "left AKA - 2019", "above-knee amputation 2020"), or a
    // clause-final "before" ("right above knee amputation before."). Not an amount or a clock time ("EBL
    // 2000 mL", "at 2015 hours"), nor "as before" (the same as earlier).
    // Not on the line of today's operation field ("Procedure: right above-knee amputation, 2026",
    // "OPERATION: Left AKA 2026"): that year is the date of the operation the field names.
    pattern:
      '(?<!(?:^|\\n)[ \\t]*(?:procedures?|operations?|procedures?\\s+performed|operation\\s+performed)[ \\t]*:[^\\n]*)(?:,\\s*|\\(\\s*|-\\s*)?\\b(?:(?:19|20)\\d\\d\\b(?!\\s*(?:h\\b|hrs?\\b|hours|ml\\b|mls\\b|cc\\b|g\\b|mg\\b|units?\\b|cm\\b|mm\\b|mL\\b|[/.:-]\\d))|before\\b(?=\\s*(?:[.,;)]|$)))',
    direction: 'backward',
    category: 'historical',
    maxScope: 0,
    examples: [
      { text: 'Right above knee amputation, 2021.', target: 'above knee amputation', expect: 'historical' },
      { text: 'Left AKA - 2019, now infected.', target: 'AKA', expect: 'historical' },
      {
        text: 'Right above knee amputation before, now infected.',
        target: 'above knee amputation',
        expect: 'historical',
      },
      { text: 'Right AKA 2020 for trauma.', target: 'AKA', expect: 'historical' },
      { text: 'Procedure: right AKA, 2026.', target: 'AKA', expect: null },
      {
        text: 'Femur transected, 2000 mL blood loss.',
        target: 'Femur transected',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur was divided as before.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.post',
    // "AKA done here in November", "amputation in 2024", "an AKA from 2019": a past event named after the mention.
    pattern:
      '(?:(?:was|were|had been|that was)\\s+)?(?:(?:done|performed|carried out|undertaken|made)\\s+)?(?:(?:here|elsewhere|at\\s+\\w+(?:\\s+\\w+)?)\\s+)?(?:in|on|during|back in|last)\\s+(?:(?:19|20)\\d\\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}\\/\\d{1,2}|(?:last\\s+)?(?:year|month|week|spring|summer|fall|autumn|winter))\\b|\\b(?:from|since|dating\\s+from)\\s+(?:19|20)\\d\\d\\b|\\byesterday\\b',
    direction: 'backward',
    category: 'historical',
    maxScope: 0,
    examples: [
      { text: 'He had a right AKA done here in November.', target: 'AKA', expect: 'historical' },
      { text: 'The patient underwent a left AKA in 2019.', target: 'AKA', expect: 'historical' },
      // A year the amputation dates from: "a short above-knee amputation from 2019".
      { text: 'A man with a short left AKA from 2019.', target: 'AKA', expect: 'historical' },
      { text: 'Stump pain since 2021 after the AKA.', target: 'Stump pain', expect: 'historical' },
      {
        text: 'Left AKA closure after the guillotine on Monday.',
        target: 'guillotine',
        expect: 'historical',
      },
      {
        text: 'Guillotine amputation yesterday for sepsis.',
        target: 'Guillotine amputation',
        expect: 'historical',
      },
    ],
  },
  {
    id: 'historical.dated-sentence',
    // A date that opens the sentence ("In 2019 …", "Three years ago …", "Back in March 2015 …") dates the
    // whole sentence it opens, over its coordinated clauses: "Three years ago he had a periacetabular
    // resection and the hip was reconstructed with a custom implant" tells an earlier operation, hip and
    // all; its reconstruction is not today's. A new clause (a semicolon, "then", "but", "now"/"today" after
    // a comma: the terminators) ends it.
    pattern: `^[\\s"'(]*(?:(?:in|during|back\\s+in)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?(?:19|20)\\d\\d|(?:about\\s+|some\\s+|over\\s+|almost\\s+|nearly\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|several|many|a\\s+few)\\s+(?:years?|months?|weeks?|decades?)\\s+(?:ago|earlier|previously|before))\\b`,
    direction: 'forward',
    category: 'historical',
    maxScope: 30,
    examples: [
      {
        text: 'Three years ago he had a periacetabular resection and the hip was reconstructed with a custom implant.',
        target: 'reconstructed',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'Six years ago he had a resection of the distal femur for osteosarcoma and the knee was reconstructed with an endoprosthesis.',
        target: 'reconstructed',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'In 2019 she had a below-knee amputation; the femur was divided today.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur was divided at the level chosen three years ago.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.dated-clause',
    // A date closing a clause whose verb is "underwent" or "had" dates that whole clause back to its verb:
    // "she underwent a right internal hemipelvectomy with reconstruction of the acetabulum six years ago",
    // "he had a resection of the distal femur and a rotating hinge in 2016". Not over a new clause (the
    // backward terminators), and not a date of a noun's own ("the plate inserted in 2015" has no such verb).
    pattern: `\\b(?=${DATED_CLAUSE_DATE}\\b)(?<=\\b(?:underwent|had(?!\\s+been\\b)|received)\\b[^.;:]{0,160})${DATED_CLAUSE_DATE}\\b`,
    direction: 'backward',
    category: 'historical',
    maxScope: 16,
    examples: [
      {
        text: 'She underwent a right internal hemipelvectomy with reconstruction of the acetabulum six years ago.',
        target: 'hemipelvectomy',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'The femur was divided proximal to the plate inserted in 2015.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'He had a below-knee amputation and then the femur was divided 10 cm above the knee in 2015.',
        target: 'below-knee amputation',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.dated-coordinate',
    // A clause coordinated after a dated one, with no time of its own, shares its date: "… six years ago,
    // and the limb was salvaged", "… in 2019 and the hip was reconstructed". Not one that names its own
    // present ("…, and the femur was divided today", "… and now the stump has broken down").
    pattern: `\\b(?:(?:years?|months?|weeks?|decades?)\\s+ago|(?:in|during|back\\s+in)\\s+(?:19|20)\\d\\d)\\s*,?\\s+and\\s+(?=(?:the|his|her|its|their)\\b)(?![^.;]*\\b(?:today|now|tonight|this\\s+(?:morning|afternoon|evening|admission|operation|time)|at\\s+this\\s+operation|currently|presently)\\b)`,
    direction: 'forward',
    category: 'historical',
    maxScope: 8,
    examples: [
      {
        text: 'She underwent an internal hemipelvectomy six years ago, and the limb was salvaged.',
        target: 'limb was salvaged',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'He had a below-knee amputation two years ago, and the femur was divided today.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.dated-predicate',
    // A passive predicate of doing dated to the past ("… was done in 2015", "… was performed four years
    // ago", "… was carried out in March 2011") dates its clause's subject, whatever modifies the subject
    // first: "his amputation at mid-thigh on the right was done in 2015", "her amputation through the femur
    // on the left was carried out in 2011" are history, not today's operation. A new clause between (a
    // conjunction, a semicolon: the terminators) ends its reach.
    pattern: `\\b(?:was|were|had\\s+been)\\s+(?:(?:first|originally|initially|all)\\s+)?(?:done|performed|carried\\s+out|undertaken)\\s+(?:(?:here|elsewhere|abroad|at\\s+\\w+(?:\\s+\\w+)?)\\s+)?(?:(?:in|back\\s+in|during)\\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?(?:19|20)\\d\\d\\b|(?:about\\s+|some\\s+|over\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|several|many|a\\s+few)\\s+(?:years?|months?|weeks?|days?|decades?)\\s+(?:ago|earlier|previously|before)\\b|earlier\\s+this\\s+(?:week|month)|last\\s+(?:week|month|year)|yesterday|the\\s+day\\s+before|(?:on|last)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)`,
    direction: 'backward',
    category: 'historical',
    maxScope: 10,
    examples: [
      {
        text: 'His amputation at mid-thigh on the right was done in 2015.',
        target: 'amputation at mid-thigh',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'A first-stage guillotine amputation above the knee was done earlier this week for sepsis.',
        target: 'guillotine amputation',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'His right above-knee amputation for sepsis from an infected knee replacement was performed four years ago.',
        target: 'above-knee amputation',
        expect: 'historical',
        type: 'procedure',
      },
      {
        text: 'An above-knee amputation on the right was performed for ischaemia.',
        target: 'above-knee amputation',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur was divided and a below-knee amputation on the other side was done in 2015.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'historical.living-with',
    // A patient described as living with an amputation ("a 58-year-old man with a right above-knee
    // amputation presented with …", "a woman with a long-standing left AKA") has it already: it is history,
    // and the index operation is what was done now. Only the patient's own state, named right after "with":
    // "a man with a gangrenous foot underwent an above-knee amputation" is not this.
    pattern:
      '\\b(?:man|woman|patient|gentleman|lady|boy|girl|child|male|female|veteran|amputee|individual|person|year[\\s-]old)\\s+with\\s+(?:a|an)\\s+(?=(?:(?:right|left|bilateral|unilateral|ipsilateral|contralateral|long[\\s-]?standing|known|previous|prior|old|healed|well[\\s-]healed|existing|established|traumatic|congenital|short|long|\\d{4})[\\s,]+){0,3}(?:(?:above|below|through)[\\s-]+(?:the[\\s-]+)?knee[\\s-]+|trans-?(?:femoral|tibial)\\s+|knee\\s+|hip\\s+|thigh\\s+|hindquarter\\s+)?(?:amputation|disarticulation|hemi-?pelvectomy|AKA|BKA|TFA)\\b)',
    direction: 'forward',
    category: 'historical',
    maxScope: 6,
    examples: [
      {
        text: 'A 58-year-old man with a right above-knee amputation presented with a painful stump.',
        target: 'above-knee amputation',
        expect: 'historical',
      },
      {
        text: 'We describe a woman with a long-standing left AKA who developed a neuroma.',
        target: 'AKA',
        expect: 'historical',
      },
      {
        text: 'A 64-year-old with a transfemoral amputation was referred with a mass in the residual limb.',
        target: 'transfemoral amputation',
        expect: 'historical',
      },
      {
        text: 'A man with a gangrenous foot underwent an above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'A 70-year-old woman with ischaemia was treated with an above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'historical.old-amputation',
    // An amputation named as old, long-standing or healed ("he has an old left AKA from 2012", "her
    // long-standing right above-knee amputation", "a well-healed hip disarticulation") is one the patient
    // already has: history, not today's operation; so is the old stump's shaping ("the old myodesis"). Only these words right before the name, with sides
    // and levels between ("a 70-year-old man" is no old amputation).
    pattern:
      '(?<![\\w-])(?:old|long[\\s-]?standing|healed|well[\\s-]healed|existing|pre-?existing|established|longterm|long-term)\\b(?=(?:[\\s,]+(?:right|left|bilateral|ipsilateral|contralateral|traumatic|congenital|short|long|\\d{4}))*[\\s,]+(?:(?:above|below|through)[\\s-]+(?:the[\\s-]+)?knee[\\s-]+|trans-?(?:femoral|tibial)\\s+|knee\\s+|hip\\s+|thigh\\s+|hindquarter\\s+)?(?:amputations?|disarticulations?|hemi-?pelvectom(?:y|ies)|AKA|BKA|TFA)\\b|(?:[\\s,]+(?:adductor|quadriceps|hamstring|muscle|myofascial))?[\\s,]+(?:myodes[ie]s|myoplast(?:y|ies))\\b)',
    direction: 'forward',
    category: 'historical',
    maxScope: 6,
    examples: [
      { text: 'He has an old left AKA from 2012.', target: 'AKA', expect: 'historical' },
      // The stump's old shaping is the first operation's: "the old adductor myodesis had come away".
      {
        text: 'The old adductor myodesis had come away from the bone.',
        target: 'myodesis',
        expect: 'historical',
      },
      { text: 'An old myoplasty was found; a new myodesis was done.', target: 'new myodesis', expect: null },
      {
        text: 'She has a long-standing right above-knee amputation.',
        target: 'above-knee amputation',
        expect: 'historical',
      },
      {
        text: 'There is a healed left hip disarticulation.',
        target: 'hip disarticulation',
        expect: 'historical',
      },
      {
        text: 'A 70-year-old man needs an above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'historical.ago',
    // Also a stage of life that is over ("amputated above the knee in childhood", "as a child", "in her
    // teens", "decades ago", a period of service (SERVICE_PERIOD)): an operation of the patient's past. Not an age ("at the age
    // of 12"), which a case report may give for its own operation.
    pattern: `\\b(?:years?|months?|weeks?|days?|hours?|decades?)\\s+ago\\b|\\bdecades?\\s+(?:earlier|before|previously)\\b|\\b(?=(?:in|during)\\b)${NOT_DATING_OTHER}\\b(?:in|during)\\s+(?:(?:his|her|their|early|late|the\\s+patient\\W?s)\\s+)?(?:early\\s+|late\\s+)?(?:childhood|infancy|adolescence|youth|boyhood|girlhood|teens|teenage\\s+years|twenties|thirties|forties)\\b|\\b(?=as\\b)${NOT_DATING_OTHER}\\bas\\s+an?\\s+(?:(?:young|small)\\s+)?(?:child|infant|baby|toddler|boy|girl|teenager|adolescent)\\b|\\b(?=when\\b)${NOT_DATING_OTHER}\\bwhen\\s+(?:he|she)\\s+was\\s+(?:an?\\s+)?(?:(?:young|small)\\s+)?(?:child|infant|baby|toddler|boy|girl|teenager|adolescent)\\b|\\b(?=(?:during|in|while)\\b)${NOT_DATING_OTHER}${SERVICE_PERIOD}|\\b(?:the\\s+day\\s+before|earlier\\s+this\\s+week)\\b|\\b(?:years?|months?)\\s+(?:earlier|previously|beforehand)\\b|\\bat\\s+(?:another|a\\s+(?:different|local|regional|district|peripheral|referring|private))\\s+(?:hospital|institution|centre|center|facility|unit|clinic)\\b|\\b(?:done|performed|carried\\s+out)\\s+elsewhere\\b`,
    direction: 'backward',
    category: 'historical',
    maxScope: 4,
    ignoreTerminators: true,
    examples: [
      // An operation dated before the presentation or done at another hospital is history.
      {
        text: 'He had a left hip disarticulation performed years earlier at another hospital.',
        target: 'hip disarticulation',
        expect: 'historical',
      },
      {
        text: 'An above-knee amputation was done elsewhere.',
        target: 'above-knee amputation',
        expect: 'historical',
      },
      { text: 'A left hip disarticulation was performed.', target: 'hip disarticulation', expect: null },
      { text: 'He had a right AKA about 3 years ago.', target: 'AKA', expect: 'historical' },
      // A stage of life that is over; not an age, which may date the case's own operation.
      {
        text: 'Her left leg was amputated above the knee in childhood.',
        target: 'amputated above the knee',
        expect: 'historical',
      },
      { text: 'He lost the right leg to an AKA as a boy.', target: 'AKA', expect: 'historical' },
      {
        text: 'She underwent a transfemoral amputation after a road accident in her teens.',
        target: 'transfemoral amputation',
        expect: 'historical',
      },
      {
        text: 'He underwent an above-knee amputation at the age of 12 for osteosarcoma.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'An open guillotine amputation was done four days ago.',
        target: 'guillotine',
        expect: 'historical',
      },
    ],
  },
  {
    id: 'historical.span-earlier',
    // A span of time closing the clause that dates what it tells to before this operation: "had a
    // guillotine amputation for sepsis ten days earlier", "a hip disarticulation done three weeks
    // previously". Back to the clause's start (not over a clause boundary, so "… and ten days earlier
    // the wound broke down" dates only its own clause); a span before the event is historical.ago's.
    // A span inside the subject, its clause's own verb after it ("the amputation planned two weeks
    // earlier was carried out", "…, decided a week earlier, was performed"), dates the planning, not the act.
    pattern: `\\b(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|several|a\\s+few|few|some)\\s+(?:days?|weeks?|months?|years?)\\s+(?:earlier|previously|beforehand)\\b(?!${CLAUSE_VERB_FOLLOWS})`,
    direction: 'backward',
    category: 'historical',
    maxScope: 10,
    examples: [
      {
        text: 'A 70-year-old man had a guillotine above-knee amputation for sepsis ten days earlier.',
        target: 'guillotine',
        expect: 'historical',
      },
      {
        text: 'She had undergone a right hip disarticulation for a sarcoma three weeks previously.',
        target: 'hip disarticulation',
        expect: 'historical',
      },
      {
        text: 'The wound broke down ten days earlier; the femur was shortened by 3 cm.',
        target: 'femur was shortened',
        expect: null,
      },
      {
        text: 'The above-knee amputation planned two weeks earlier was carried out.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'The above-knee amputation, done three weeks earlier, has broken down.',
        target: 'above-knee amputation',
        expect: 'historical',
      },
    ],
  },
  {
    id: 'historical.span-after',
    // A span of time after an operation dates that operation to before now: "at review two years after her
    // left hip disarticulation", "six weeks following the guillotine amputation". Only up to a comma: "two
    // weeks after the guillotine amputation, the stump was closed" closes today's stump. Only a span after an
    // operation: "two weeks after admission the femur was transected" is today's cut.
    pattern:
      '\\b(?:\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|eighteen|twenty|several|a\\s+few|few|some|many)\\s+(?:days?|weeks?|months?|years?|decades?)\\s+(?:after|following|since)\\b(?=\\s+(?:(?:his|her|their|the|a|an|this|that|its)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:amputations?|disarticulations?|hemipelvectom(?:y|ies)|resections?|AKA|BKA|operations?|surgery|procedures?|revisions?|re-?amputations?|curettage|excisions?)\\b)',
    direction: 'forward',
    category: 'historical',
    maxScope: 5,
    commaBounded: true,
    examples: [
      {
        text: 'At review two years after her left hip disarticulation, she walked with a prosthesis.',
        target: 'hip disarticulation',
        expect: 'historical',
      },
      {
        text: 'Two weeks after the guillotine amputation, the stump was closed.',
        target: 'stump was closed',
        expect: null,
      },
      {
        text: 'Two weeks after admission the femur was transected.',
        target: 'femur was transected',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Six months following the above-knee amputation he returned with a painful stump.',
        target: 'above-knee amputation',
        expect: 'historical',
      },
    ],
  },
  {
    id: 'historical.younger-age',
    // An age at the event below the present age the note states ("a 44-year-old woman … amputated above
    // the knee at the age of twelve", "when she was seven"): an operation of the patient's past.
    pattern: `${NOT_DATING_OTHER}(?:\\bat\\s+(?:the\\s+)?age\\s+(?:of\\s+)?${AGE_NUMBER}\\b|\\baged\\s+${AGE_NUMBER}\\b|\\bat\\s+${AGE_NUMBER}\\s+(?:years?\\s+(?:of\\s+age|old)|yrs?\\b)|\\bwhen\\s+(?:he|she|they)\\s+(?:was|were)\\s+(?:only\\s+|just\\s+|about\\s+)?${AGE_NUMBER}\\b|\\bas\\s+an?\\s+${AGE_NUMBER}[- ]years?[- ]old\\b)`,
    direction: 'bidirectional',
    category: 'historical',
    // Forward, the cue's own words count (up to five): about four words after it.
    maxScope: 9,
    ignoreTerminators: true,
    youngerThanNow: true,
    examples: [
      {
        text: 'A 44-year-old woman had her left leg amputated above the knee at the age of twelve.',
        target: 'amputated above the knee',
        expect: 'historical',
      },
      {
        text: 'This 51-year-old man underwent a right transfemoral amputation when he was 9 for a crush injury.',
        target: 'transfemoral amputation',
        expect: 'historical',
      },
      {
        text: 'At the age of 30 she had a left hip disarticulation; she is now 67.',
        target: 'hip disarticulation',
        expect: 'historical',
      },
      // No present age, or the same one: the case's own operation at its age.
      {
        text: 'He underwent an above-knee amputation at the age of 12 for osteosarcoma.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'A 15-year-old boy underwent a left above-knee amputation at the age of 15.',
        target: 'above-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'historical.episode',
    // An earlier episode of care: "admitted with sepsis in 2019", "a previous admission for pneumonia",
    // "hospitalised years ago". Read only for encounter facts (an admission), whose verbs are past by
    // nature; "prior to surgery", "initially", "two days ago" stay within this episode.
    pattern: `\\b(?:previously|previous${OWN_OPERATION}|prior(?!\\s+to\\b)${OWN_OPERATION}|earlier|past|former|history\\s+of|hx\\s+of|(?:in|during|since|back\\s+in)\\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?(?:19|20)\\d\\d|(?:\\d+|a|an|one|two|three|four|five|six|several|many|some)\\s+years?\\s+(?:ago|before|earlier|previously)|years\\s+ago|last\\s+year|the\\s+year\\s+before)\\b`,
    direction: 'bidirectional',
    category: 'historical',
    episode: true,
    maxScope: 8,
    examples: [
      {
        text: 'He was admitted with sepsis in 2019.',
        target: 'admitted with',
        expect: 'historical',
        episode: true,
      },
      {
        text: 'Previous admission for pneumonia in March.',
        target: 'admission',
        expect: 'historical',
        episode: true,
      },
      {
        text: 'She was admitted to hospital three years ago for a fall.',
        target: 'admitted to hospital',
        expect: 'historical',
        episode: true,
      },
      {
        text: 'She was previously admitted under the medical team.',
        target: 'admitted under',
        expect: 'historical',
        episode: true,
      },
      {
        text: 'He was admitted to the ward two days prior to surgery.',
        target: 'admitted to the ward',
        expect: null,
        episode: true,
      },
      // "Prior" as an operation's adjective dates that operation: the admission beside it is today's.
      {
        text: 'Prior left AKA, infected, admitted as inpatient on the 3rd.',
        target: 'admitted as inpatient',
        expect: null,
        episode: true,
      },
      {
        text: 'She is an inpatient, admitted with an infected stump, previous left transfemoral amputation.',
        target: 'admitted with',
        expect: null,
        episode: true,
      },
      {
        text: 'Prior admission with a stump infection, treated with antibiotics.',
        target: 'admission',
        expect: 'historical',
        episode: true,
      },
      {
        text: 'He was admitted on 3/12 with a septic stump and taken to theatre today.',
        target: 'admitted on',
        expect: null,
        episode: true,
      },
      {
        text: 'Admitted with sepsis in 2019; now admitted to the ward for this operation.',
        target: 'admitted to the ward',
        expect: null,
        episode: true,
      },
      // Not read for other targets: their own historical cues decide.
      { text: 'He had a right AKA in the past.', target: 'AKA', expect: null, type: 'procedure' },
    ],
  },
  {
    id: 'pseudo.adjectival-past',
    // "the previously disrupted symphysis": the past tense describes the structure, not an earlier operation.
    // Not an encounter verb: "previously admitted" is an earlier admission (historical.episode).
    pattern: '\\b(?:previously|prior|already|originally)\\s+(?!(?:admitted|hospitali[sz]ed)\\b)\\w+ed\\b',
    direction: 'pseudo',
    examples: [
      {
        text: 'The previously disrupted symphysis was divided.',
        target: 'symphysis',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'pseudo.same-as-before',
    // A comparison with an earlier operation is today's act done the same way: "same as last time, the
    // cavity was packed with allograft", "as at the first operation, the window was closed", "as before".
    pattern:
      '\\b(?:same|similar|identical)\\s+(?:as|to)\\s+(?:(?:at|in|on|during|for)\\s+)?(?:(?:the|that)\\s+)?(?:last|first|previous|prior|earlier|original|index|initial)(?:\\s+(?:time|operation|surgery|procedure|occasion|sitting))?\\b|\\b(?:as|like)\\s+(?:(?:at|in|on|during)\\s+)?(?:the|that)\\s+(?:last|first|previous|prior|earlier|original|index|initial)\\s+(?:operation|surgery|procedure|occasion|sitting)\\b|\\bas\\s+(?:last\\s+time|before|previously)\\b',
    direction: 'pseudo',
    examples: [
      {
        text: 'As at the previous operation, the cavity was packed with allograft chips.',
        target: 'allograft',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The previous operation used allograft chips.',
        target: 'allograft',
        expect: 'historical',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'pseudo.literature-comparison',
    // "one of the largest reported in the literature", "the third case described in the literature": a
    // case report comparing its patient with published cases is about this patient, not practice in
    // general (generic.statement's "in the literature").
    pattern:
      '\\b(?:reported|described|published|documented|recorded)\\s+(?:(?:so\\s+far|to\\s+date|previously|thus\\s+far)\\s+)?in\\s+the\\s+(?:english\\s+)?literature\\b',
    direction: 'pseudo',
    examples: [
      {
        text: 'She underwent radical excision of a 24 cm sarcoma, one of the largest reported in the literature.',
        target: 'radical excision',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'In the literature, the femur is divided 10 cm above the knee.',
        target: 'femur is divided',
        expect: 'generic',
        type: 'procedure',
      },
    ],
  },
  // --- general statements: not about this patient ---------------------------------------------
  {
    id: 'generic.outcome-comparison',
    // An outcome set against another operation ("survival was worse than after hip disarticulation",
    // "function was better than with a hindquarter amputation", "results comparable to those after
    // internal hemipelvectomy"): the operation compared with is no event of this one (likeness, "similar
    // to", is neg.comparison's). Evaluative comparatives only: a level's ("5 cm higher than the previous
    // amputation") is a measure, not one.
    pattern:
      '\\b(?:better|worse|poorer|superior|inferior|comparable|equivalent|preferable|favou?rable)\\s+(?:than|to|with)\\b(?:\\s+(?:that|those)\\s+(?:of|after|with|following|for))?|\\b(?:higher|lower|greater|fewer|less|more|longer|shorter|faster|slower)\\s+than\\s+(?:after|with|following)\\b',
    direction: 'forward',
    category: 'generic',
    // Counted from the cue's start: "better than after an above-knee amputation with" is seven words.
    maxScope: 9,
    commaBounded: true,
    examples: [
      {
        text: 'Survival was worse than after hip disarticulation.',
        target: 'hip disarticulation',
        expect: 'generic',
      },
      {
        text: 'Function was better than with a hindquarter amputation.',
        target: 'hindquarter amputation',
        expect: 'generic',
      },
      {
        text: 'Gait was comparable to that after an above-knee amputation.',
        target: 'above-knee amputation',
        expect: 'generic',
      },
      {
        text: 'Complication rates were lower than after external hemipelvectomy.',
        target: 'external hemipelvectomy',
        expect: 'generic',
      },
      {
        text: 'The femur was re-cut 5 cm higher than the previous amputation.',
        target: 'previous amputation',
        expect: null,
      },
      {
        text: 'Better than expected, the femur was divided at the mid-shaft.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.kind-present',
    // A kind of operation, named with an indefinite article, said in the present to do something: "a hip
    // disarticulation leaves the tumour behind", "an internal hemipelvectomy keeps the limb", "a
    // hindquarter amputation does not clear the sacrum". A statement about that operation in general (an
    // appeal's or a discussion's argument), not an act of this one, nor is what it is said to do; a
    // narrative tells its acts in the past. The cue is the verb, the named kind right before it.
    pattern:
      "(?<=\\b(?:an?|any)\\s+(?:[\\w-]+\\s+){0,3}?(?:hemipelvectom(?:y|ies)|amputations?|disarticulations?|resections?|excisions?|AKAs?|BKAs?)\\s+(?:(?:always|usually|often|generally|typically|simply|still|also|only)\\s+)?)(?:leaves|keeps|preserves|sacrifices|spares|removes|requires|involves|entails|means|offers|gives|provides|allows|permits|achieves|clears|cures|fails|does(?:\\s+not|n['’]t)|cannot|can\\s*not|can['’]t|would\\s+(?:not|never|leave|keep|spare|sacrifice|remove|clear|give|offer|mean|require))\\b",
    direction: 'bidirectional',
    category: 'generic',
    inside: true,
    maxScope: 6,
    examples: [
      {
        text: 'It would not: a hip disarticulation leaves the tumour behind.',
        target: 'hip disarticulation',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'An internal hemipelvectomy keeps the limb but does not clear the sacrum.',
        target: 'internal hemipelvectomy',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'A hip disarticulation was performed through a racquet incision.',
        target: 'hip disarticulation',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'An above-knee amputation is then performed.',
        target: 'above-knee amputation',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The hip disarticulation leaves a large wound.',
        target: 'hip disarticulation',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.kind-of-patients',
    // An operation naming a group of patients or cases: "in above-knee amputation cases", "hip
    // disarticulation patients", "hemipelvectomy amputees": a series' subgroup, not an act.
    pattern: '\\b(?:cases|patients|amputees|stumps|groups?|cohorts?|subjects)\\b',
    direction: 'backward',
    category: 'generic',
    maxScope: 0,
    examples: [
      {
        text: 'Excess soft tissue was more frequent in above-knee amputation cases than in below-knee ones.',
        target: 'above-knee amputation',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'The above-knee amputation was performed for two reasons.',
        target: 'above-knee amputation',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.statement',
    // "Despite the advent of limb salvage...", "historically, surgeons divided...", "X is typically done":
    // a sentence about practice in general documents nothing for this patient, wherever the cue stands.
    pattern:
      '\\b(?:(?:despite|in\\s+spite\\s+of|with|since|before)\\s+(?:[\\w-]+\\s+){0,4}?(?:the\\s+)?(?:advent|advances?)\\s+(?:of|in)|the\\s+advent\\s+of|historically|traditionally|classically|conventionally|in\\s+general|as\\s+a\\s+(?:general\\s+)?rule|(?:is|are)\\s+(?:\\w+\\s+)?typically|typically\\s+(?:is|are|involves?|requires?)|in\\s+the\\s+literature|(?:most|many|some|other)\\s+surgeons|surgeons\\s+(?:often|usually|typically|generally|tend|prefer|may|have|had|used)|(?:is|are)\\s+(?:usually\\s+|generally\\s+|typically\\s+)?(?:indicated|reserved|recommended|preferred)\\s+(?:when|where|if|for\\s+(?:patients|tumou?rs|lesions|cases|those))|(?:modalities|options|strategies)\\s+(?:include|includes|comprise)|standard\\s+treatments\\s+(?:include|are)|(?:is|are|remains?)\\s+(?:still\\s+)?the\\s+(?:standard\\s+(?:of\\s+care|treatment)|mainstay\\s+of|gold\\s+standard|[a-z]+\\s+of\\s+choice|first\\s+choice)|the\\s+(?:treatment|management|procedure|operation|approach|option|method|technique|surgery)\\s+of\\s+choice\\s+(?:is|are|remains?)|(?:the\\s+)?(?:standard|usual|recommended|preferred|accepted)\\s+(?:treatment|management|approach)\\s+(?:is|are|remains?|consists?\\s+of|includes?))\\b',
    direction: 'bidirectional',
    category: 'generic',
    inside: true,
    maxScope: 30,
    ignoreTerminators: true,
    examples: [
      {
        text: 'Historically, surgeons divided the sacroiliac joint for these tumours.',
        target: 'sacroiliac joint',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Hip disarticulation is indicated when the tumour involves the proximal femur.',
        target: 'Hip disarticulation',
        expect: 'generic',
      },
      {
        text: 'Despite the advent of limb salvage, amputation is still needed for some tumours.',
        target: 'limb salvage',
        expect: 'generic',
      },
      {
        text: 'In spite of the recent advances in limb-sparing surgery, some tumours still need an amputation.',
        target: 'limb-sparing',
        expect: 'generic',
      },
      // Progress in a field, however worded, is practice in general.
      {
        text: 'Despite better drugs and advances in limb-sparing surgery, amputation remains necessary.',
        target: 'limb-sparing',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'The advent of limb-salvage resections has changed the terms used for these operations.',
        target: 'limb-salvage',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'The guide wire was advanced in the canal and the femur was cut.',
        target: 'femur was cut',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Treatment modalities include curettage with or without bone graft and en bloc resection.',
        target: 'bone graft',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Wide resection is the standard treatment for these sarcomas.',
        target: 'Wide resection',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'For low-grade lesions, the treatment of choice is curettage.',
        target: 'curettage',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'The usual management is wide resection with a tumour prosthesis.',
        target: 'wide resection',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Curettage and cementation remains the treatment of choice for such lesions.',
        target: 'cementation',
        expect: 'generic',
        type: 'procedure',
      },
      { text: 'The femur was transected with a saw.', target: 'femur', expect: null, type: 'procedure' },
      {
        text: 'The standard technique was used and the femur was transected.',
        target: 'femur was transected',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.outcome-statement',
    // A discussion's statement about a kind of operation, its outcome or risk, or what the literature
    // reports of it: "hemipelvectomy is associated with considerable morbidity", "hip disarticulation
    // carries a high mortality in sepsis", "outcomes after hindquarter amputation have been reported by
    // several authors", "a through-knee level heals well". Present tense or the literature only: "her
    // hemipelvectomy was complicated by a wound infection" narrates this patient's.
    pattern:
      '\\b(?:(?:is|are)\\s+(?:(?:often|usually|generally|frequently|commonly|still|typically|invariably|always)\\s+)?(?:associated|linked|burdened|fraught)\\s+with|carr(?:y|ies)\\s+(?:a|an|the|considerable|significant|substantial)?\\s*(?:\\w+\\s+){0,2}?(?:mortality|morbidity|risk|rate|burden|complication)|(?:has|have)\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}?(?:mortality|morbidity|complication\\s+rate|failure\\s+rate)|(?:outcomes?|results?|complications?|mortality|morbidity|survival|function)\\s+(?:after|following|of)\\b(?=[^.;]{0,60}?\\b(?:(?:have|has)\\s+been|are|were)\\s+(?:\\w+\\s+)?(?:reported|described|published|studied|reviewed|poor|good|variable))|(?:several|many|other|previous|most|some)\\s+(?:authors|studies|series|reports|investigators|surgeons)\\s+(?:have\\s+)?(?:reported|described|shown|found|recommended|advocated|published))\\b',
    direction: 'bidirectional',
    category: 'generic',
    maxScope: 8,
    examples: [
      {
        text: 'Hemipelvectomy is associated with considerable morbidity and is reserved for large tumours.',
        target: 'Hemipelvectomy',
        expect: 'generic',
      },
      {
        text: 'Hip disarticulation carries a high mortality in sepsis.',
        target: 'Hip disarticulation',
        expect: 'generic',
      },
      {
        text: 'Several authors have reported outcomes after hemipelvectomy.',
        target: 'hemipelvectomy',
        expect: 'generic',
      },
      {
        text: 'Her hemipelvectomy was complicated by a wound infection.',
        target: 'hemipelvectomy',
        expect: null,
      },
      {
        text: 'A hemipelvectomy was performed, and she is associated with our clinic.',
        target: 'hemipelvectomy',
        expect: null,
      },
    ],
  },
  {
    id: 'generic.practice',
    // How such conditions are treated nowadays: "these tumours are now usually treated with
    // limb-sparing surgery", "many such limbs can now be managed by a high transfemoral amputation". A
    // statement of practice names operations no one had; "the patient was treated with …" stays the
    // patient's.
    pattern:
      '\\b(?:(?:is|are)\\s+(?:(?:now|nowadays|often|usually|commonly|frequently|mostly|increasingly|generally|currently|typically|largely|best)\\s+){1,2}(?:treated|managed|handled|dealt\\s+with)|can\\s+(?:now\\s+|often\\s+|also\\s+|usually\\s+|instead\\s+)?be\\s+(?:treated|managed|handled)\\s+(?:with|by|instead))\\b',
    direction: 'bidirectional',
    category: 'generic',
    inside: true,
    maxScope: 30,
    ignoreTerminators: true,
    examples: [
      {
        text: 'These sarcomas are now usually treated with limb-sparing surgery.',
        target: 'limb-sparing',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Many such limbs can now be managed by a high transfemoral amputation.',
        target: 'transfemoral amputation',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'The patient was treated with limb-sparing surgery.',
        target: 'limb-sparing',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The wound was managed with a vacuum dressing and the leg was kept.',
        target: 'leg was kept',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.evaluative',
    // An evaluative statement about a kind of operation is not one done: "reconstruction is difficult after
    // resection of the acetabulum", "hip disarticulation is rarely indicated", "reconstruction can be
    // challenging", "hemipelvectomy is occasionally necessary". Present or modal only: "the reconstruction
    // was difficult" narrates this one.
    pattern:
      '\\b(?:is|are|can\\s+be|may\\s+be|might\\s+be|could\\s+be|would\\s+be|will\\s+be|tends?\\s+to\\s+be|remains?|becomes?)\\s+(?:(?:often|usually|generally|sometimes|frequently|always|very|extremely|technically|particularly|especially|quite|notoriously|more|most)\\s+)?(?:difficult|challenging|demanding|complex|complicated|hazardous|risky|problematic|controversial|tricky|formidable|daunting|hard)\\b|\\b(?:is|are)\\s+(?:(?:only|now|very)\\s+)?(?:rarely|seldom|occasionally|sometimes|often|frequently|usually|commonly|uncommonly|infrequently|generally|mostly|increasingly)\\s+(?:\\w+\\s+)?(?:indicated|required|needed|necessary|performed|done|used|undertaken|justified|warranted|chosen|an\\s+option)\\b',
    direction: 'bidirectional',
    category: 'generic',
    maxScope: 5,
    examples: [
      {
        text: 'Reconstruction is difficult after resection of the acetabulum.',
        target: 'Reconstruction',
        expect: 'generic',
      },
      {
        text: 'Reconstruction is difficult after resection of the acetabulum.',
        target: 'resection of the acetabulum',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Hip disarticulation is rarely indicated for such tumours.',
        target: 'Hip disarticulation',
        expect: 'generic',
      },
      // Two nouns joined by "and" share the verb: the statement is about both.
      {
        text: 'Wide excision and reconstruction is generally not necessary for such lesions.',
        target: 'Wide excision',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Reconstruction can be challenging in these limbs.',
        target: 'Reconstruction',
        expect: 'generic',
      },
      // Narrated in the past, or a new clause: this operation.
      {
        text: 'The reconstruction was difficult because of bone loss.',
        target: 'reconstruction',
        expect: null,
      },
      {
        text: 'The femur was transected and closure is difficult in such limbs.',
        target: 'femur was transected',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.verdict',
    // A guide's verdict on a kind of operation: "a prosthesis after an intralesional excision is an
    // oncological failure", "curettage alone would be a mistake here", "an amputation is never a defeat".
    // Present or modal only: "the curettage was a failure" narrates this patient's.
    pattern:
      '\\b(?:is|are|would\\s+be|will\\s+be|remains?|becomes?|counts\\s+as|constitutes?)\\s+(?:(?:always|never|often|usually|simply|effectively|essentially|considered|regarded\\s+as|deemed)\\s+){0,2}(?:(?:an?|the)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:failure|failures|mistake|mistakes|error|errors|disaster|catastrophe|pitfall|defeat|contraindication)\\b',
    direction: 'bidirectional',
    category: 'generic',
    maxScope: 8,
    examples: [
      {
        text: 'A well-placed implant after an intralesional excision is an oncological failure.',
        target: 'intralesional excision',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Curettage alone would be a serious mistake for such a sarcoma.',
        target: 'Curettage',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Leaving the biopsy tract behind is always an error.',
        target: 'biopsy tract',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'The lesion was curetted; the first curettage was a failure.',
        target: 'lesion was curetted',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The cavity was curetted and the pump failure was treated.',
        target: 'cavity was curetted',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.may-help',
    // What a strategy may achieve: "a staged approach with a guillotine amputation first may help to
    // preserve length". Within its clause only: an op note's reason in a relative clause ("the
    // femur was divided 12 cm above the joint, which may help to fit a prosthesis") is the patient's act.
    pattern: '\\b(?:may|might|can|could)\\s+(?:also\\s+)?help\\s+(?:to\\s+)?\\w+',
    direction: 'bidirectional',
    category: 'generic',
    inside: true,
    maxScope: 12,
    examples: [
      {
        text: 'A staged approach with an open guillotine amputation first may help to preserve length.',
        target: 'guillotine',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'The femur was divided 12 cm above the joint line, which may help to fit a prosthesis.',
        target: 'femur',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'An above-knee amputation was performed, which might help her walk again.',
        target: 'above-knee amputation',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.classification',
    // "Pelvic resections are classified by Enneking into type I (iliac), type II …", "types I to III are
    // compared in this review": a classification or a comparison of kinds of operation describes none.
    pattern:
      '\\b(?:(?:are|were)\\s+(?:\\w+\\s+)?(?:classified|categori[sz]ed|subdivided|grouped)\\s+(?:by|according|into|as\\s+(?:types?|enneking))|(?:are|were)\\s+compared|classification\\s+(?:of|by|into|according)|according\\s+to\\s+(?:the\\s+)?(?:enneking|msts|dunham)|in\\s+this\\s+review)\\b',
    direction: 'bidirectional',
    category: 'generic',
    inside: true,
    maxScope: 30,
    ignoreTerminators: true,
    examples: [
      {
        text: 'Pelvic resections are classified by Enneking into type I (iliac) and type II (periacetabular).',
        target: 'type II',
        expect: 'generic',
        type: 'procedure',
      },
      {
        text: 'Internal hemipelvectomy types I to III are compared in this review.',
        target: 'Internal hemipelvectomy',
        expect: 'generic',
      },
      {
        text: 'The tumour was classified as stage IIB; the ilium was resected.',
        target: 'ilium was resected',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The ilium was resected with a wide margin.',
        target: 'ilium was resected',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'generic.managed-as',
    // "two cases of congenital deficiency treated as above-knee amputations", "managed as a hip
    // disarticulation for prosthetic purposes", "fitted as a transfemoral amputee", "classified as a
    // through-knee amputation": the name is the kind the limb is managed, fitted or counted as, not the
    // operation done. "Treated with", "treated by" an operation is the operation; "treated as above",
    // "as planned", "as a day case" name no kind.
    pattern:
      '\\b(?:treated|managed|fitted|classified|categori[sz]ed|regarded|counted|coded|rehabilitated|prescribed)\\s+(?:(?:prosthetically|clinically|functionally)\\s+)?as\\s+(?!(?:above|before|described|planned|usual|needed|required|necessary|indicated|outpatients?|inpatients?|day[\\s-]+cases?|such|follows|well|soon|before)\\b)',
    direction: 'forward',
    category: 'generic',
    maxScope: 8,
    examples: [
      {
        text: 'Two cases of congenital deficiency treated as above-knee amputations were reviewed.',
        target: 'above-knee amputations',
        expect: 'generic',
      },
      {
        text: 'The child was managed as a hip disarticulation for prosthetic purposes.',
        target: 'hip disarticulation',
        expect: 'generic',
      },
      {
        text: 'For prosthetic purposes the limb is classified as a transfemoral amputation.',
        target: 'transfemoral amputation',
        expect: 'generic',
      },
      {
        text: 'The patient was treated with an above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
      },
      { text: 'He was treated by hip disarticulation.', target: 'hip disarticulation', expect: null },
      {
        text: 'The other leg was treated as above and the femur was transected.',
        target: 'femur was transected',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  // --- retraction -----------------------------------------------------------------------------
  {
    id: 'retracted.post',
    pattern: '\\b(?:scratch that|strike that|delete that|correction|i mean|sorry)\\b',
    direction: 'backward',
    category: 'retracted',
    maxScope: 0,
    examples: [
      { text: 'The ilium, scratch that, the SI joint was divided.', target: 'ilium', expect: 'retracted' },
    ],
  },
  // --- embedded clauses: a cue inside one negates nothing outside it ---------------------------
  {
    id: 'embed.relative',
    // "Consent, which covered a hip disarticulation that was not offered, was signed": the relative
    // clause runs to its closing comma; "a disarticulation that was not offered" likewise; unpunctuated,
    // to the main clause's auxiliary ("the SI joint which the tumour did not cross was divided").
    pattern:
      ',\\s*(?:which|who|whom|whose|where|wherein)\\b|\\b(?:which|who|whom|whose)\\b|\\bthat\\b(?=\\s+(?:was|were|is|are|had|has|have|she|he|they|we|i|the\\s+patient|the\\s+family)\\b)',
    direction: 'embed',
    // … or at a reason told as its own clause: "the board who advised amputation as salvage was not possible".
    closes: `[,;)]|\\s(?=(?:was|were|is|are)\\b|${REASON_CLAUSE})`,
    headed: true,
    examples: [
      {
        text: 'Consent, which covered a hip disarticulation that was not offered, was signed by the patient.',
        target: 'Consent',
        expect: null,
      },
      { text: 'MRI, which the patient declined, was not done.', target: 'MRI', expect: 'negated' },
      {
        text: 'The sacroiliac joint, which the tumour had not reached, was divided.',
        target: 'sacroiliac joint, which the tumour had not reached, was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'the sacroiliac joint which the tumour did not cross was divided with an osteotome',
        target: 'sacroiliac joint which the tumour did not cross was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'the femur which was not involved was transected at the mid thigh',
        target: 'femur which was not involved was transected',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur, which was not cut, was covered with the quadriceps.',
        target: 'femur, which was not cut',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'embed.with',
    // "Consent for internal hemipelvectomy, with amputation discussed as an alternative the patient
    // declined, was obtained": a "with ..." absolute between commas.
    pattern: ',\\s*(?:with|without)\\b',
    direction: 'embed',
    closes: '[,;)]',
    examples: [
      {
        text: 'Consent for internal hemipelvectomy, with amputation discussed as an alternative the patient declined, was obtained.',
        target: 'was obtained',
        expect: null,
      },
      {
        text: 'The knee was disarticulated, with no cut of the femur.',
        target: 'cut of the femur',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'embed.contrast',
    // "Compared with the previous amputation, the femur was cut higher", "unlike the left side, where no
    // bone was cut, the femur was divided": a contrast adjunct runs to its comma (over a relative clause
    // describing what it names); what it says of the compared thing (history, a denial) stays in it. Its
    // own cue (neg.contrast) denies only what the adjunct names.
    pattern:
      '\\b(?:unlike|(?:in\\s+)?contrast(?:ed)?\\s+(?:with|to)|(?:as\\s+)?compared\\s+(?:with|to)|in\\s+comparison\\s+(?:with|to)|as\\s+opposed\\s+to|rather\\s+than|instead\\s+of|in\\s+lieu\\s+of|apart\\s+from|aside\\s+from)\\b',
    direction: 'embed',
    closes: ',(?!\\s*(?:in\\s+which|by\\s+which|which|where|whereby|wherein)\\b)|;',
    examples: [
      {
        text: 'Compared with the previous amputation, the femur was divided 4 cm higher.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Unlike at the earlier operation, when no bone was cut, the femur was sawn through.',
        target: 'femur was sawn',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Rather than dividing the femur, the knee was disarticulated.',
        target: 'dividing the femur',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'Rather than dividing the femur, the knee was disarticulated.',
        target: 'knee was disarticulated',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Instead of an above-knee amputation, a through-knee amputation was done.',
        target: 'through-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'embed.parenthesis',
    // "Written consent (she did not want an amputation) was obtained"; not a template box "( )", "(x)".
    pattern: '\\((?!\\s*[xX✓✔]?\\s*\\))',
    direction: 'embed',
    closes: '\\)',
    examples: [
      {
        text: 'Written consent (the patient did not want an amputation) was obtained.',
        target: 'consent (the patient did not want an amputation) was obtained',
        expect: null,
      },
      { text: 'Tumor board ( ) MRI [x]', target: 'Tumor board', expect: 'unchecked' },
    ],
  },
  {
    id: 'embed.reduced-relative',
    // "Consent for the resection, an amputation offered and refused, was signed": a reduced relative of a
    // discussion verb between commas ("the MRI, declined by the patient," describes the MRI).
    pattern:
      ',\\s*(?:(?!(?:was|were|is|are|had|has|have|been|be|and|but|or)\\b)[\\w-]+\\s+){0,2}?(?:discussed|offered|considered|proposed|mentioned|raised|declined|refused|rejected|suggested|recommended|explained)\\b',
    direction: 'embed',
    closes: '[,;)]',
    headed: true,
    examples: [
      {
        text: 'Informed consent for the resection, an amputation offered and refused, was signed.',
        target: 'was signed',
        expect: null,
      },
      {
        text: 'The MRI, declined by the patient, could not be repeated.',
        target: 'MRI',
        expect: 'negated',
      },
    ],
  },
  // --- terminators ----------------------------------------------------------------------------
  {
    id: 'terminate.clause',
    pattern:
      '\\b(?:but|however|although|though|except|aside from|apart from|whereas|which|then|after which|subsequently|next|so|therefore|thus)\\b|(?:,|\\bcomma)\\s*and\\b|\\band\\s+(?:he|she|they|we|i|the patient|patient)\\b|[;:]|\\band\\s+(?:(?:subsequently|eventually|instead|so|therefore)\\s+)?(?:underwent|proceeded\\s+to|went\\s+on\\s+to|(?:was|were)\\s+(?:taken|brought|treated|managed))\\b|\\band(?=\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:was|were)\\s+(?:then\\s+|instead\\s+|subsequently\\s+)?(?:performed|done|carried\\s+out|undertaken)\\b)',
    direction: 'terminate',
    examples: [
      { text: 'No MRI was available but the CT was reviewed.', target: 'CT', expect: null },
      // The same subject's next predicate: what the patient underwent is not in the denial's scope.
      {
        text: 'He was not a candidate for limb salvage and underwent a right hemipelvectomy.',
        target: 'hemipelvectomy',
        expect: null,
      },
      {
        text: 'She was unfit for a long operation and was treated with a hip disarticulation.',
        target: 'hip disarticulation',
        expect: null,
      },
      { text: 'There was no tumor; the femur was cut.', target: 'femur', expect: null, type: 'procedure' },
      // A new conjunct with its own subject and verb of doing (e8.11): "X was not possible and an
      // above-knee amputation was performed".
      {
        text: 'Wide resection was not possible and an above-knee amputation was performed.',
        target: 'above-knee amputation',
        expect: null,
      },
      {
        text: 'No amputation and no hip disarticulation were performed.',
        target: 'hip disarticulation',
        expect: 'negated',
      },
    ],
  },
  {
    id: 'terminate.comma-clause',
    // A comma, or a dash set off by spaces, followed by a new subject starts a new clause: "No
    // complications, the femur was transected", "the stump was not closed - the wound was left open".
    pattern:
      '(?:,|\\bcomma|\\s[-\u2013\u2014]{1,2}\\s)\\s*(?=(?:the|a|an|we|he|she|they|it|this|these|his|her|their|our|i|patient|dr\\.?)\\b)',
    direction: 'terminate',
    terminates: ['negated', 'family', 'possible'],
    examples: [
      { text: 'No frozen section, the femur was then transected.', target: 'femur', expect: null },
      {
        text: 'The residual limb was not closed - the skin edges were left open over gauze.',
        target: 'left open',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'We did not close the stump \u2014 the incision was left open for a second look.',
        target: 'left open',
        expect: null,
        type: 'procedure',
      },
      // The denial before the dash stands.
      {
        text: 'The stump was not left open - the wound was closed in layers.',
        target: 'left open',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.and-clause',
    // "and" before a new subject with its own affirmed passive starts a new clause: "the acetabulum was
    // not entered and the leg was preserved", "no bone was cut and the limb was kept". Not a subject that
    // is denied in turn ("and the symphysis was not divided"), nor a pair of subjects before their verb
    // ("the femur and the tibia were not cut"), whose "and" is followed by a denied verb.
    pattern:
      '\\band\\s+(?=(?:the|a|an|his|her|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:was|were|is|are)\\s+(?!not\\b|never\\b)(?:\\w+ly\\s+)?(?:\\w+(?:ed|en)|left|kept|cut|sewn|done|made|put|set|split|shut)\\b)',
    direction: 'terminate',
    terminates: ['negated'],
    examples: [
      {
        text: 'The acetabulum was not entered and the leg was preserved.',
        target: 'leg was preserved',
        expect: null,
      },
      { text: 'No bone was cut and the limb was kept.', target: 'limb was kept', expect: null },
      {
        text: 'The hip joint was not opened and the ilium was resected en bloc.',
        target: 'ilium was resected',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The sacroiliac joint was not divided and the symphysis was not divided.',
        target: 'symphysis was not divided',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.run-on-clause',
    // Unpunctuated speech: a new subject with its own auxiliary and participle starts a new clause even
    // without a mark: "no bleeding the femur was cut with the saw", "the knee was not opened the femur was
    // divided". Not a noun phrase inside the denied one, after a preposition or a conjunction ("no portion
    // of the femur was resected", "no part of the femur or the tibia was cut").
    pattern: `(?<=[A-Za-z])(?=\\s+(?:the|a|an|his|her|its|their)\\s)(?<!\\b(?:of|in|from|to|at|on|with|within|by|for|into|onto|through|across|over|under|about|around|near|that|whether|if|than|where|when|while|and|or|nor|but|neither|either|no|not|any|all|both|${CONTENT_CLAUSE_HEAD}))\\s+(?=(?:the|a|an|his|her|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:was|were|is|are)\\s+(?:(?:then|also|subsequently|carefully|finally|successfully|easily)\\s+)?(?:[a-z]+ed|cut|split|sawn|taken|made|done)\\b)`,
    direction: 'terminate',
    terminates: ['negated', 'possible', 'family'],
    examples: [
      {
        text: 'vessels ligated no bleeding the femur was cut with the saw',
        target: 'femur was cut',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'No portion of the femur was resected.',
        target: 'femur was resected',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'No part of the tibia was cut.',
        target: 'tibia was cut',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'There was no need to divide the femur.',
        target: 'divide the femur',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'There was no evidence the femur was divided.',
        target: 'femur was divided',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.spared-clause',
    // "We preserved the sciatic nerve and divided the femur", "we retained the proximal femur and resected
    // the acetabulum": a verb of sparing spares its own object; the coordinated verb after it is an act.
    pattern:
      '(?<=\\b(?:spar(?:ed|ing)|preserv(?:ed|ing)|retain(?:ed|ing)|kept|keeping|leaving|avoid(?:ed|ing)?)\\s+(?:[\\w-]+\\s+){1,5})(?:,\\s*)?and\\s+(?=(?:then\\s+|also\\s+|subsequently\\s+)?(?:[a-z]+ed|cut|split|sawn)\\b)',
    direction: 'terminate',
    terminates: ['negated'],
    examples: [
      {
        text: 'We preserved the sciatic nerve and divided the femur.',
        target: 'divided the femur',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'We retained the proximal femur and resected the acetabulum.',
        target: 'resected the acetabulum',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'We preserved the sciatic nerve and the femoral vessels.',
        target: 'femoral vessels',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.denied-keeping',
    // "the femur could not be preserved and was divided", "the knee was not salvageable and was
    // disarticulated": a keeping denied is its own clause; the act coordinated after it is affirmed.
    pattern:
      "(?<=\\b(?:not|never|cannot|couldn't|can't|wasn't|weren't)\\s+(?:be\\s+|been\\s+)?(?:spared|preserved|retained|kept|saved|salvaged|salvageable|salvable|preservable|reconstructable|reconstructible)\\s*)(?:,\\s*)?(?:and|so)\\s+(?=(?:(?:was|were|is|are|had\\s+been|has\\s+been|therefore|then|so|instead|accordingly|consequently)\\s+){0,2}(?:[a-z]+ed|cut|split|sawn)\\b)",
    direction: 'terminate',
    terminates: ['negated'],
    examples: [
      {
        text: 'The femur could not be preserved and was divided.',
        target: 'femur could not be preserved and was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The knee was not salvageable and was therefore disarticulated.',
        target: 'knee was not salvageable and was therefore disarticulated',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur could not be preserved.',
        target: 'femur could not be preserved',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.own-predicate',
    // "the limb could not be reconstructed and was therefore disarticulated", "the leg could not be
    // salvaged and so was amputated": a denied predicate is its own clause; a second predicate
    // coordinated after it with its own auxiliary, or told as its consequence ("and therefore", "so"),
    // states what was done (src/nlp/events.ts reads the shared subject). Not a plan ("and would be").
    pattern:
      "(?=(?:,\\s*)?(?:and|so|therefore|hence|thus|consequently|accordingly)\\s)(?<=\\b(?:not|never|cannot|couldn't|can't|wasn't|weren't)\\s+(?:be\\s+|been\\s+)?(?:[a-z]+\\s+)?[a-z]+\\s*)(?:,\\s*)?(?:and\\s+|so\\s+|(?:and\\s+)?(?:therefore|hence|thus|consequently|accordingly)\\s+)(?=(?:(?:therefore|then|so|thus|hence|instead|accordingly|consequently|subsequently|ultimately|eventually)\\s+){0,2}(?:was|were|had\\s+been|has\\s+been)\\s+(?:(?:therefore|then|so|thus|hence|instead|accordingly|consequently|subsequently|ultimately|eventually|finally)\\s+){0,2}(?:[a-z]+ed|cut|split|sawn|taken)\\b)",
    direction: 'terminate',
    terminates: ['negated', 'hypothetical', 'possible'],
    examples: [
      {
        text: 'The limb could not be reconstructed and was therefore disarticulated at the hip.',
        target: 'limb could not be reconstructed and was therefore disarticulated at the hip',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The leg could not be salvaged and so was amputated through the thigh.',
        target: 'leg could not be salvaged and so was amputated',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The knee could not be reconstructed and was therefore not disarticulated.',
        target: 'knee could not be reconstructed and was therefore not disarticulated',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'The femur was not exposed and divided.',
        target: 'femur was not exposed and divided',
        expect: 'negated',
        type: 'procedure',
      },
      {
        text: 'The knee could not be reconstructed and would be disarticulated.',
        target: 'knee could not be reconstructed and would be disarticulated',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.now',
    // "status post a failed below-knee amputation, now for above-knee amputation": the past ends at "now".
    pattern: '(?:,|;|\\bcomma)\\s*(?:and\\s+)?(?:now|today|currently|presently|this\\s+time)\\b',
    direction: 'terminate',
    terminates: ['historical'],
    examples: [
      {
        text: 'Status post a failed below-knee amputation, now for above-knee amputation.',
        target: 'above-knee amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'terminate.post',
    // Words that end a backward cue's reach: a new clause or a result verb lies between.
    pattern:
      '\\b(?:and|but|which|then|or|show\\w*|demonstrat\\w*|reveal\\w*|confirm\\w*|indicat\\w*|suggest\\w*|found)\\b',
    direction: 'terminate',
    ends: 'backward',
    terminates: ['negated'],
    examples: [{ text: 'MRI showed a mass and it was not resected.', target: 'MRI', expect: null }],
  },
  {
    id: 'terminate.post-comma-clause',
    // A comma splice: a new subject with its own auxiliary after a comma opens a new clause, and a denial
    // in it does not reach back over the comma ("the leg was disarticulated through the knee joint, the
    // femur was not cut"; "disarticulation through left knee joint, femur is not cut"). Not a list of
    // subjects ("the femur, tibia and fibula were not cut"), a relative clause or an adverb after the comma.
    pattern:
      ',\\s*(?=(?:(?:the|a|an|his|her|its|this|that)\\s+)?(?:(?!(?:and|or|nor|which|who|that|however|also|then|therefore|thus|\\w+ly)\\b)[A-Za-z-]+\\s+){1,3}(?:was|were|is|are|has|have|had)\\b)',
    direction: 'terminate',
    ends: 'backward',
    terminates: ['negated'],
    examples: [
      {
        text: 'The leg was disarticulated through the knee joint, the femur was not cut.',
        target: 'disarticulated through the knee joint',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'Disarticulation through left knee joint, femur is not cut.',
        target: 'Disarticulation',
        expect: null,
        type: 'procedure',
      },
      { text: 'The femur, however, was not cut.', target: 'femur', expect: 'negated', type: 'procedure' },
      {
        text: 'The sacroiliac joint, which was exposed, was not divided.',
        target: 'sacroiliac joint',
        expect: 'negated',
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.post-reason',
    // A reason told as its own clause after the name ("the tumour board recommended amputation as limb
    // salvage was not possible", "… because a limb-sparing resection was not feasible", "since salvage was
    // not an option"): its denial is the reason's subject's, not the board's or the operation's before it.
    // A new subject with its own verb must follow ("as planned was not done" is no clause).
    pattern: `\\b${REASON_CLAUSE}`,
    direction: 'terminate',
    ends: 'backward',
    terminates: ['negated', 'hypothetical'],
    examples: [
      {
        text: 'The case went to the tumour board who chose amputation as limb salvage was not possible.',
        target: 'tumour board',
        expect: null,
      },
      {
        text: 'The tumour board met and chose amputation because a limb-sparing resection was not feasible.',
        target: 'tumour board',
        expect: null,
      },
      {
        text: 'Limb salvage was not possible as the vessels were encased.',
        target: 'Limb salvage',
        expect: 'negated',
      },
      { text: 'The MRI as planned was not done.', target: 'MRI', expect: 'negated' },
    ],
  },
  {
    id: 'terminate.post-condition',
    // A condition or contrast after a name is its own clause: "hip disarticulation when a hemipelvectomy is
    // not required", "transfemoral amputation if knee disarticulation is not possible" deny only the
    // operation of the condition, not the one the text is about.
    pattern: '\\b(?:when|whenever|where|wherever|if|unless|in\\s+case)\\b',
    direction: 'terminate',
    ends: 'backward',
    terminates: ['negated', 'hypothetical'],
    examples: [
      {
        text: 'Hip disarticulation when hemipelvectomy is not required.',
        target: 'Hip disarticulation',
        expect: null,
      },
      {
        text: 'Transfemoral amputation if a knee disarticulation is not possible.',
        target: 'knee disarticulation',
        expect: 'negated',
      },
      {
        text: 'Knee disarticulation where the condyles cannot be covered.',
        target: 'Knee disarticulation',
        expect: null,
      },
      { text: 'The hemipelvectomy was not required.', target: 'hemipelvectomy', expect: 'negated' },
      {
        text: 'Transfemoral amputation if knee disarticulation is not possible.',
        target: 'Transfemoral amputation',
        expect: null,
      },
    ],
  },
  {
    id: 'terminate.post-history',
    // A new clause ends a backward dating's reach: "the femur was divided and a below-knee amputation on
    // the other side was done in 2015" dates the other side's amputation, not the femoral cut. A
    // conjunction before a new noun phrase, a semicolon or colon, a contrast or a relative clause.
    pattern:
      '\\band\\s+(?=(?:the|a|an|his|her|their|its|this|that|we|he|she|they)\\b)|[;:]|\\b(?:but|whereas|while|which|then)\\b',
    direction: 'terminate',
    ends: 'backward',
    terminates: ['historical'],
    examples: [
      {
        text: 'The femur was divided and a below-knee amputation on the other side was done in 2015.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
      {
        text: 'The femur was divided; the below-knee amputation on the other side was done in 2015.',
        target: 'femur was divided',
        expect: null,
        type: 'procedure',
      },
    ],
  },
  {
    id: 'terminate.post-clause',
    pattern: '\\b(?:and|but|then)\\b',
    direction: 'terminate',
    ends: 'backward',
    terminates: ['hypothetical', 'possible', 'generic'],
    examples: [
      {
        text: 'The CT was reviewed and a biopsy was considered.',
        target: 'CT',
        expect: null,
      },
    ],
  },
];

/**
 * A denial of an item's use opening the clause after a semicolon, whose subject is a pronoun or the
 * item's own noun: "cancellous allograft was thawed on the back table; it was not used", "…; the chips were
 * discarded". The semicolon cuts the sentence, so the sentence's own cues never reach it. `$NOUN` is
 * replaced by the nouns of the item's subject (src/nlp/context.ts nextClauseDenial); a noun with its own
 * modifier ("the remaining chips") is another portion, not the item.
 */
export const NEXT_CLAUSE_DENIAL = {
  id: 'neg.next-clause-use',
  pattern:
    '^\\s*(?:(?:and|but|however,?)\\s+)?(?:it|they|these|those|the\\s+(?:$NOUN))\\s+(?:was|were)\\s+(?:(?:then|ultimately|eventually|finally|in\\s+the\\s+end)\\s+)?(?:(?:not|never)\\s+(?:\\w+ly\\s+)?(?:needed|used|required|implanted|inserted|placed|opened|utili[sz]ed)\\b(?!\\s+(?:to|for)\\b)|discarded\\b|wasted\\b|thrown\\s+away\\b|returned\\b)',
  examples: [
    {
      text: 'Cancellous allograft was thawed on the back table; it was not used.',
      target: 'allograft',
      expect: 'negated',
    },
    {
      text: 'Two vials of allograft chips were thawed; the chips were discarded.',
      target: 'allograft',
      expect: 'negated',
    },
    {
      text: 'Allograft chips were packed in; the remaining chips were discarded.',
      target: 'Allograft',
      expect: null,
    },
    {
      text: 'The cavity was packed with allograft chips; the drain was not needed.',
      target: 'allograft',
      expect: null,
    },
  ],
} as const;
