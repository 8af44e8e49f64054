import type { FeatureKey } from '../codes/features.ts';
import type { ProcedureEvent, StructureMention } from './events.ts';
import {
  type ActionKind,
  liftsToPosition,
  preparesImplant,
  SOFT_TISSUE_SITES,
  type StructureGroup,
  trimsNoLength,
} from './procedure-terms.ts';

/** How a feature follows from procedure events: the actions and structure groups that make it. */
export interface EventFeatureRule {
  feature: FeatureKey;
  actions: readonly ActionKind[];
  groups: readonly StructureGroup[];
  /** The structure must be qualified as whole ("complete removal of the innominate bone"). */
  whole?: boolean;
  /** Only these structure ids (within the groups). */
  ids?: readonly string[];
  /** The feature's value from the structure (e.g. which joint was divided). */
  value?: (s: StructureMention) => string;
  /** Not when the same event also acts on one of these groups (the bone resected is the pelvis's). */
  unlessWith?: readonly StructureGroup[];
  /** Only when the same event also acts on one of these groups (the tumour taken with the bone). */
  onlyWith?: readonly StructureGroup[];
  /** Only a denial counts: "no bone was resected" denies a femoral cut, a resection does not make one. */
  deniesOnly?: boolean;
  /** Only an act qualified as wide (en bloc, radical, compartmental, a cuff, a margin). */
  wide?: boolean;
  /** A tumour counts only where it sits in soft tissue, or where the note does not say ("thigh mass", not "femur tumour"). */
  softSite?: boolean;
  /**
   * The rule reads only lines that name what was done without the action (a specimen line, see
   * SECTION_ACTIONS); every other rule reads only stated actions.
   */
  sectionOnly?: boolean;
  /**
   * The act passes through a joint of one of these groups, named after "through" ("the leg was removed
   * through the knee joint": a disarticulation told as a removal).
   */
  through?: readonly StructureGroup[];
  /**
   * The act passes through a structure of these ids, named after "through" as the head of its phrase
   * ("the leg was amputated through the thigh": a transfemoral level; not "through a thigh incision").
   */
  throughIds?: readonly string[];
  /**
   * With `throughIds`: only level words stand between "through" and the structure ("through the distal
   * third of the femur", "through the mid-femur"; not "through a lateral incision down to the femur").
   */
  throughLevel?: boolean;
  /**
   * The structure is a lesion sited in one of these groups ("the mass in the right thigh was excised"):
   * the act took the lesion, not its site. The event documents nothing of the feature (`unasserted`),
   * which overrules a reading of the site as the act's object in that sentence (src/extract/rules).
   */
  siteOnly?: readonly StructureGroup[];
  /** Not a cut that seats an implant: a sentence preparing the bone for one, the act not wide (preparesImplant). */
  unlessImplantSeat?: boolean;
}

/** Long bones: a place "at the femur" with no object names an insertion, not a bone cut. */
const LONG_BONES: ReadonlySet<StructureGroup> = new Set<StructureGroup>(['femur', 'leg-bone']);
const PELVIC: readonly StructureGroup[] = ['pelvis', 'pelvis-posterior', 'pelvis-anterior', 'acetabulum'];

/** Features derived from events, as data. */
export const eventFeatureRules: readonly EventFeatureRule[] = [
  {
    feature: 'posteriorPelvicDivision',
    actions: ['divide', 'disarticulate'],
    groups: ['pelvis-posterior'],
    value: (s) => s.id,
  },
  {
    feature: 'anteriorPelvicDivision',
    actions: ['divide', 'disarticulate'],
    groups: ['pelvis-anterior'],
    value: (s) => s.id,
  },
  // A joint freed of its ligaments is divided: "the sacroiliac joint was released", "symphysis: taken down".
  {
    feature: 'posteriorPelvicDivision',
    actions: ['release'],
    groups: ['pelvis-posterior'],
    ids: ['sacroiliac-joint'],
    value: (s) => s.id,
  },
  {
    feature: 'anteriorPelvicDivision',
    actions: ['release'],
    groups: ['pelvis-anterior'],
    ids: ['pubic-symphysis'],
    value: (s) => s.id,
  },
  { feature: 'hipDisarticulation', actions: ['disarticulate'], groups: ['hip-joint', 'femoral-head'] },
  { feature: 'kneeDisarticulation', actions: ['disarticulate'], groups: ['knee-joint'] },
  { feature: 'hipDisarticulation', actions: ['remove'], groups: ['limb'], through: ['hip-joint'] },
  { feature: 'kneeDisarticulation', actions: ['remove'], groups: ['limb'], through: ['knee-joint'] },
  // An amputation through the thigh cuts the femur (a transfemoral level).
  { feature: 'femurCut', actions: ['remove'], groups: ['limb'], throughIds: ['thigh'] },
  // A limb taken off or divided through the femur at a level cuts the femur: "the leg was amputated
  // through the distal third of the femur", "the thigh was divided through the mid-femur".
  {
    feature: 'femurCut',
    actions: ['remove', 'divide'],
    groups: ['limb'],
    throughIds: ['femur', 'femoral-condyles'],
    throughLevel: true,
  },
  { feature: 'femurCut', actions: ['divide', 'shorten'], groups: ['femur'] },
  { feature: 'femurCut', actions: ['resect', 'remove'], groups: ['femur'], ids: ['femoral-condyles'] },
  { feature: 'femurCut', actions: ['resect', 'remove'], groups: ['femur'], deniesOnly: true },
  { feature: 'pelvicBoneResected', actions: ['resect', 'remove'], groups: PELVIC },
  { feature: 'acetabulumResected', actions: ['resect', 'remove'], groups: ['acetabulum'] },
  // The ilium or the symphysis named as what was resected (one ramus is read by the lexicon: the
  // structure term does not tell one ramus from both).
  {
    feature: 'iliumOrRamusResected',
    actions: ['resect', 'remove'],
    groups: ['pelvis-posterior', 'pelvis-anterior'],
    ids: ['ilium', 'pubic-symphysis'],
    unlessWith: ['acetabulum', 'limb'],
  },
  {
    feature: 'innominateResected',
    actions: ['resect', 'remove'],
    groups: ['pelvis'],
    ids: ['innominate'],
    whole: true,
  },
  // Bone taken with a tumour: a segment, or its cortex en bloc (a window of cortex); never the
  // periosteum alone, which is not bone.
  {
    feature: 'boneResected',
    actions: ['resect'],
    groups: ['femur', 'leg-bone', 'bone-surface'],
    unlessWith: PELVIC,
    unlessImplantSeat: true,
  },
  // Removing cortex takes bone too ("a window of cortex was removed with the tumour").
  { feature: 'boneResected', actions: ['remove'], groups: ['bone-surface'], unlessWith: PELVIC },
  // A tumour removed with its bone takes the bone: "the tumour was removed en bloc with the distal femur";
  // not a tumour removed with the limb (an amputation), with the pelvis, or with the periosteum.
  {
    feature: 'boneResected',
    actions: ['remove'],
    groups: ['femur', 'leg-bone'],
    onlyWith: ['lesion'],
    // Nor the periosteum of the femur taken as a soft-tissue tumour's deep margin.
    unlessWith: ['limb', 'periosteum', ...PELVIC],
    unlessImplantSeat: true,
  },
  // The whole femur taken out with a margin ("the entire femur was removed en bloc", "… with a wide
  // cuff of muscle"): a total femur resection; not the femur that leaves inside a limb (an amputation
  // or disarticulation), nor a femur removed with no resection's margin (a total femoral replacement).
  {
    feature: 'boneResected',
    actions: ['remove'],
    groups: ['femur'],
    whole: true,
    wide: true,
    unlessWith: ['limb', ...PELVIC],
  },
  { feature: 'limbRemoved', actions: ['remove'], groups: ['limb'] },
  // A tumour in the thigh excised or removed is a tumour resection: the limb is only where it sat.
  { feature: 'limbRemoved', actions: ['resect', 'remove'], groups: ['lesion'], siteOnly: ['limb'] },
  // A soft-tissue tumour resection: the tumour excised or removed (or named on the specimen line), or
  // the soft tissues around it taken widely ("Excision en bloc: skin paddle, biopsy tract, sartorius",
  // "compartmental resection of the adductors"). That the tumour is a soft-tissue one is read apart.
  // A limb named with a resection is where it was ("resection of the adductors, L thigh"); a tumour
  // removed with the limb is an amputation.
  {
    feature: 'softTissueTumorResection',
    actions: ['resect'],
    groups: ['lesion'],
    softSite: true,
    unlessWith: PELVIC,
  },
  // A specimen line that names a limb with the tumour is an amputation's specimen.
  {
    feature: 'softTissueTumorResection',
    actions: ['resect'],
    groups: ['lesion'],
    softSite: true,
    sectionOnly: true,
    unlessWith: ['limb', ...PELVIC],
  },
  {
    feature: 'softTissueTumorResection',
    actions: ['remove'],
    groups: ['lesion'],
    softSite: true,
    unlessWith: ['limb', ...PELVIC],
  },
  {
    feature: 'softTissueTumorResection',
    actions: ['resect'],
    groups: ['soft-tissue'],
    wide: true,
    unlessWith: PELVIC,
  },
];

const softSited = (s: StructureMention): boolean =>
  s.site === undefined || SOFT_TISSUE_SITES.includes(s.site);

/** A feature as one event documents (or denies) it. */
export interface EventFeature {
  feature: FeatureKey;
  /** `unasserted`: the event is planned, historical, possible or retracted (documents nothing). */
  status: 'documented' | 'negated' | 'unasserted';
  value?: string;
  event: ProcedureEvent;
  structure: StructureMention;
}

/**
 * Features of the index operation that the events document: an affirmed event documents its
 * features, a negated one denies them; events of the history or of a plan document nothing
 * (`unasserted`, kept so that a lexicon match in the same sentence can be overruled).
 */
/** Whether the event passes through a structure of these groups: "through" stands between the act and it. */
function passesThrough(
  text: string,
  event: ProcedureEvent,
  which: (s: StructureMention) => boolean,
  head = false,
  level = false,
): boolean {
  const joints = [...event.structures, ...(event.location ? [event.location] : [])].filter(which);
  return joints.some((j) => {
    const between = j.start > event.actionSpan.end ? text.slice(event.actionSpan.end, j.start) : '';
    return (
      /\bthrough\b/i.test(between) &&
      between.length <= 40 &&
      (!head || PHRASE_HEAD_AFTER.test(text.slice(j.end))) &&
      (!level || THROUGH_LEVEL.test(between))
    );
  });
}

/** Only level words between an act and the bone it passes through: " through the distal third of the ". */
const THROUGH_LEVEL =
  /^\s*(?:(?:cleanly|then|transversely)\s+)?through\s+(?:(?:the|a|its|proximal|distal|middle|mid|upper|lower|junction|of|third|thirds|half|level|and|supracondylar|condylar)[\s-]+)*$/i;

/** What may follow a structure that heads its phrase: an end, a level, a connector ("through the thigh 10 cm above"). */
const PHRASE_HEAD_AFTER =
  /^\s*(?:$|[,.;:()]|(?:at|about|approximately|just|above|below|proximal(?:ly)?|distal(?:ly)?|level|and|with|in|for)\b|\d)/i;

export function featuresFromEvents(text: string, events: readonly ProcedureEvent[]): EventFeature[] {
  const out: EventFeature[] = [];
  for (const event of events) {
    const negated = event.time === 'index' && event.context?.category === 'negated';
    const affirmed = event.time === 'index' && !event.context;
    const structures = event.structures;
    const groups = new Set(structures.map((s) => s.group));
    const words = text.slice(event.actionSpan.start, event.actionSpan.end);
    const clause = text.slice(event.sentence.start, event.sentence.end);
    // A limb lifted for the prep removes nothing; a bone end trimmed smooth loses no length.
    if (event.action === 'remove' && liftsToPosition(words, clause)) continue;
    if (event.action === 'shorten' && !negated && trimsNoLength(words, clause)) continue;
    for (const rule of eventFeatureRules) {
      if (!rule.actions.includes(event.action)) continue;
      if (rule.deniesOnly && !negated) continue;
      if ((event.voice === 'section') !== (rule.sectionOnly === true)) continue;
      if (rule.wide && !event.wide) continue;
      if (rule.whole && !event.whole) continue;
      if (rule.unlessWith?.some((g) => groups.has(g))) continue;
      if (rule.onlyWith && !rule.onlyWith.some((g) => groups.has(g))) continue;
      const through = rule.through;
      if (through && !passesThrough(text, event, (s) => through.includes(s.group))) continue;
      const throughIds = rule.throughIds;
      if (
        throughIds &&
        !passesThrough(text, event, (s) => throughIds.includes(s.id), true, rule.throughLevel === true)
      )
        continue;
      if (
        rule.unlessImplantSeat &&
        !event.wide &&
        preparesImplant(text.slice(event.sentence.start, event.sentence.end))
      )
        continue;
      // A place counts for a disarticulation ("at the hip joint"), and for a division only when the act
      // names no other object ("the pelvis was divided at the symphysis"), never as a mere level.
      // With no object at all, a long bone as the place is where soft tissue was detached ("short
      // rotators divided at the femur": at their insertion), not a cut of that bone.
      const place =
        event.location &&
        !event.levelOnly &&
        (event.action === 'disarticulate' ||
          (structures.every((s) => s.group === 'pelvis') &&
            !(structures.length === 0 && LONG_BONES.has(event.location.group))))
          ? [event.location]
          : [];
      const hit = [...structures, ...place].find(
        (s) =>
          rule.groups.includes(s.group) &&
          (!rule.ids || rule.ids.includes(s.id)) &&
          (!rule.softSite || softSited(s)) &&
          (!rule.siteOnly || (s.site !== undefined && rule.siteOnly.includes(s.site))),
      );
      if (!hit) continue;
      out.push({
        feature: rule.feature,
        status: rule.siteOnly ? 'unasserted' : affirmed ? 'documented' : negated ? 'negated' : 'unasserted',
        ...(rule.value ? { value: rule.value(hit) } : {}),
        event,
        structure: hit,
      });
    }
  }
  return out;
}

/** A predicate of doing after a named act: "no osteotomy of the femur was done" is a clause. */
const DONE_PREDICATE =
  /^[^.;]{0,40}?\b(?:was|were|is|are|been)\s+(?:\w+\s+){0,2}?(?:done|performed|made|carried\s+out|undertaken|attempted|required|needed|necessary)\b/i;

/**
 * Whether an event states its act in a clause ("the femur was therefore not re-cut", "we divided the
 * femur", "femur transected", "no osteotomy of the femur was done") rather than only naming it in a
 * noun phrase ("femoral osteotomy site", "division of the femur", a specimen line): a clausal
 * statement outranks a nominal mention of the same feature.
 */
export const isClausal = (text: string, event: ProcedureEvent): boolean =>
  event.voice === 'section'
    ? false
    : event.voice !== 'nominal' || DONE_PREDICATE.test(text.slice(event.span.end, event.sentence.end));
