import type { FeatureKey } from '../codes/features.ts';
import { features as featureDefs } from '../codes/features.ts';
import type { CodeDefinition, LevelCue } from '../codes/types.ts';
import {
  type Ambiguity,
  type Candidate,
  type CodeDecision,
  type CueResult,
  type CueState,
  groupNamePlaces,
  type LabelConflict,
  type LabelMention,
  type NamePlace,
} from '../schemas/decision.ts';
import type { Evidence, Fact } from '../schemas/facts.ts';

const label = (feature: FeatureKey): string => featureDefs[feature].label.toLowerCase();

function describeCue(cue: LevelCue): string {
  switch (cue.is) {
    case 'documented':
      return `${label(cue.feature)} documented`;
    case 'absent':
      return `no ${label(cue.feature)}`;
    case 'negated':
      return `no ${label(cue.feature)} (stated)`;
    case 'notNegated':
      return `${label(cue.feature)} not denied`;
    case 'oneOf':
      return `${label(cue.feature)} is ${cue.values.join(' or ')}`;
    case 'atLeast':
      return `${label(cue.feature)} at least ${cue.value}`;
    case 'below':
      return `${label(cue.feature)} below ${cue.value}`;
  }
}

/** The state of one cue over one fact: positive cues are unknown when the fact is not mentioned. */
function cueState(cue: LevelCue, fact: Fact): CueState {
  const documented = fact.status === 'documented';
  const silent = fact.status === 'not_mentioned';
  const numeric = documented && typeof fact.value === 'number' ? (fact.value as number) : undefined;
  switch (cue.is) {
    case 'documented':
      return documented ? 'holds' : silent ? 'unknown' : 'contradicted';
    case 'absent':
      // An exclusion: a neighbour that needs this feature needs it documented, so silence satisfies it.
      return documented ? 'contradicted' : 'holds';
    case 'negated':
      // A deciding absence: only a statement that it was not done decides.
      return fact.status === 'negated' ? 'holds' : documented ? 'contradicted' : 'unknown';
    case 'notNegated':
      // An exclusion by a stated denial: only the stated negative contradicts it.
      return fact.status === 'negated' ? 'contradicted' : 'holds';
    case 'oneOf':
      if (!documented) return silent ? 'unknown' : 'contradicted';
      if (fact.value === undefined) return 'unknown';
      return cue.values.includes(String(fact.value)) ? 'holds' : 'contradicted';
    case 'atLeast':
      if (!documented) return silent ? 'unknown' : 'contradicted';
      return numeric === undefined ? 'unknown' : numeric >= cue.value ? 'holds' : 'contradicted';
    case 'below':
      if (!documented) return silent ? 'unknown' : 'contradicted';
      return numeric === undefined ? 'unknown' : numeric < cue.value ? 'holds' : 'contradicted';
  }
}

/** Evaluates one cue against the features. */
export function evaluateCue(cue: LevelCue, features: Record<FeatureKey, Fact>): CueResult {
  const fact = features[cue.feature];
  const state = cueState(cue, fact);
  return {
    feature: cue.feature,
    expectation: describeCue(cue),
    holds: state === 'holds',
    state,
    evidence: fact.evidence,
  };
}

/** A positive cue needs something stated; `absent` is an exclusion that silence satisfies. */
const positive = (cue: LevelCue): boolean => cue.is !== 'absent' && cue.is !== 'notNegated';

const positiveFeatures = (code: CodeDefinition): Set<FeatureKey> =>
  new Set(code.levelCues.filter(positive).map((c) => c.feature));

/**
 * The more specific forms of a named code whose extra deciding facts are all documented: "above-knee
 * amputation" with an immediate prosthesis documented names 27591's form of it. Positive evidence
 * only: a fact the name does not carry must be stated.
 */
function refinements(named: Evaluated, evaluated: readonly Evaluated[]): Evaluated[] {
  const own = positiveFeatures(named.code);
  return evaluated.filter(
    (e) =>
      e !== named &&
      moreSpecific(e.code, named.code) &&
      e.cues.every((c, i) => {
        const cue = e.code.levelCues[i] as LevelCue;
        return !positive(cue) || own.has(cue.feature) ? c.state !== 'contradicted' : c.holds;
      }),
  );
}

/** A is a more specific form of B: A needs every positive fact B needs, and more. */
function moreSpecific(a: CodeDefinition, b: CodeDefinition): boolean {
  const pa = positiveFeatures(a);
  const pb = positiveFeatures(b);
  return pa.size > pb.size && [...pb].every((f) => pa.has(f));
}

function quoteOf(evidence: Evidence[]): string {
  const first = evidence[0];
  return first ? ` ("${first.quote.length > 90 ? `${first.quote.slice(0, 87)}...` : first.quote}")` : '';
}

function whyNot(code: CodeDefinition, cues: CueResult[], quotes = true): string {
  const failed = cues.filter((c) => !c.holds);
  const parts = failed.map((c) =>
    c.state === 'contradicted'
      ? `requires ${c.expectation}, but the note states otherwise${quotes ? quoteOf(c.evidence) : ''}`
      : `requires ${c.expectation}, which is not documented`,
  );
  return `${code.code} not supported: ${parts.join('; ')}.`;
}

function whyYes(code: CodeDefinition, cues: CueResult[], quotes = true): string {
  const shown = cues
    .filter((_c, i) => positive(code.levelCues[i] as LevelCue))
    .map((c) => `${c.expectation}${quotes ? quoteOf(c.evidence) : ''}`);
  return `${code.code} supported by the anatomy: ${shown.join('; ')}.`;
}

export interface DecideInput {
  features: Record<FeatureKey, Fact>;
  labels: readonly LabelMention[];
  claimedCode: string | null;
  codes: readonly CodeDefinition[];
  /**
   * The text reports several patients (a series, several case reports: src/nlp/note-context.ts). Its
   * anatomy is then the union of their operations: when it names more than one operation, it supports
   * no one code. Default false.
   */
  severalPatients?: boolean;
  /**
   * A generic text's subject: the codes of the one operation its title or opening line names
   * (src/extract/labels.ts `leadOperation`). The names its body gives other operations (a comparison, an
   * alternative, a subgroup, a complication) then neither make a series "several operations" nor decide
   * as a fallback. Default none.
   */
  subject?: readonly string[];
  /**
   * The text is about practice, not one patient (a textbook, a review, an atlas: src/nlp/note-context.ts).
   * When no anatomy decides and its names name different operations with no one subject ("hindquarter
   * amputation, hip disarticulation and transfemoral amputation differ in …"), no name is the fallback.
   * Default false.
   */
  genericText?: boolean;
}

interface Evaluated {
  code: CodeDefinition;
  cues: CueResult[];
  holds: boolean;
  contradicted: boolean;
  unknown: FeatureKey[];
  positiveHolding: number;
}

function evaluate(code: CodeDefinition, features: Record<FeatureKey, Fact>): Evaluated {
  const cues = code.levelCues.map((cue) => evaluateCue(cue, features));
  return {
    code,
    cues,
    holds: cues.every((c) => c.holds),
    contradicted: cues.some((c) => c.state === 'contradicted'),
    unknown: [...new Set(cues.filter((c) => c.state === 'unknown').map((c) => c.feature))].sort(),
    positiveHolding: cues.filter((c, i) => c.holds && positive(code.levelCues[i] as LevelCue)).length,
  };
}

const joinOr = (codes: readonly string[]): string =>
  codes.length <= 2 ? codes.join(' or ') : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;

/** The question an unstated feature answers: its own, or the one it shares (features.ts `question`). */
const questionOf = (f: FeatureKey): string => featureDefs[f].question ?? f;

/**
 * Unstated facts in words: a feature by its label ("tumor size (cm)", with `article` "the tumor size
 * (cm)"), features sharing a question by the question and their labels ("which part of the innominate
 * bone was resected (a, b or c)").
 */
function describeMissing(missing: readonly FeatureKey[], article = false): string {
  const byQuestion = new Map<string, FeatureKey[]>();
  for (const f of missing) byQuestion.set(questionOf(f), [...(byQuestion.get(questionOf(f)) ?? []), f]);
  return [...byQuestion.entries()]
    .map(([question, fs]) =>
      fs.length > 1 || question !== fs[0]
        ? `${question} (${joinOr(fs.map(label))})`
        : `${article ? 'the ' : ''}${label(fs[0] as FeatureKey)}`,
    )
    .join(' and ');
}

/**
 * Neighbours the note cannot split: codes with no contradicted cue whose only open cues are the same
 * unstated facts (27329/27364 without a size; 27594/27596 without saying whether the femur was cut), or
 * facts answering the same question (27075/27076/27077 when a pelvic resection names no part of the
 * innominate bone; a question is open only once what it presupposes is documented).
 * The group with the most anatomy behind it; none when no two codes stand together.
 */
function openGroup(evaluated: readonly Evaluated[], features: Record<FeatureKey, Fact>): Evaluated[] {
  // A question is open only once what it presupposes is documented (features.ts `presupposes`).
  const asked = (f: FeatureKey): boolean => {
    const p = featureDefs[f].presupposes as FeatureKey | undefined;
    return p === undefined || features[p].status === 'documented';
  };
  const open = evaluated.filter(
    (e) => !e.contradicted && e.unknown.length > 0 && e.positiveHolding > 0 && e.unknown.every(asked),
  );
  const groups = new Map<string, Evaluated[]>();
  for (const e of open) {
    const key = [...new Set(e.unknown.map(questionOf))].sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const standing = [...groups.values()]
    .filter((g) => g.length > 1)
    .sort(
      (a, b) =>
        Math.max(...b.map((e) => e.positiveHolding)) - Math.max(...a.map((e) => e.positiveHolding)) ||
        a.length - b.length,
    );
  return standing[0] ?? [];
}

/**
 * Where a procedure name is stated as the procedure (the title or procedure line, an addendum that
 * corrects it), so that a contradicting description is a conflict. In the description a name is
 * often used in passing ("an incision similar to that for hemipelvectomy").
 */
const STATED_NAME_SECTIONS: ReadonlySet<LabelMention['section']> = new Set(['title', 'heading', 'addendum']);

/** A stated name's line that gives the plan, not the operation done: "Procedure planned:", "Planned procedure -". */
const PLANNED_NAME_LINE =
  /^\s*(?:(?:procedure|operation|surgery)\s+(?:planned|scheduled|intended|proposed|booked)|(?:planned|scheduled|intended|proposed|booked)\s+(?:procedure|operation|surgery))\s*[:\-–—]/i;

/** Labels grouped by where they sit (their evidence), each group stated by its longest name. */
const labelSpans = (labels: readonly LabelMention[]): Array<NamePlace<LabelMention>> =>
  groupNamePlaces(
    [...labels].sort((a, b) => b.length - a.length),
    (l) => l.evidence,
  );

/**
 * Whether the text names different operations: two of its names that point at no code in common. One
 * name may point at a family ("internal hemipelvectomy": 27075, 27076 and 27077): one mention per code,
 * with the same evidence and length, of codes that share that name in the knowledge. The family's
 * members named apart ("periacetabular resection", "total innominate resection") are still two
 * operations, though both codes share the family's name.
 */
function namesDifferentOperations(
  labels: readonly LabelMention[],
  codes: readonly CodeDefinition[],
): boolean {
  const knowledge = new Map(codes.map((c) => [c.code, new Set(c.labels)]));
  const share = (a: string, b: string): boolean =>
    [...(knowledge.get(a) ?? [])].some((n) => knowledge.get(b)?.has(n));
  const byPlace = new Map<string, Set<string>>();
  for (const l of labels) {
    const key = `${l.evidence.start}:${l.evidence.end}:${l.length}`;
    byPlace.set(key, (byPlace.get(key) ?? new Set<string>()).add(l.code));
  }
  const names: Array<Set<string>> = [];
  for (const group of byPlace.values()) {
    const members = [...group];
    const oneName = members.every((a, i) => members.slice(i + 1).every((b) => share(a, b)));
    if (oneName) names.push(group);
    else for (const code of members) names.push(new Set([code]));
  }
  return names.some((a, i) => names.slice(i + 1).some((b) => ![...a].some((c) => b.has(c))));
}

/**
 * Stated procedure names that point away from the code the anatomy supports: a name is consistent when
 * it names the supported code, a less specific form of it (an "above-knee amputation" with immediate
 * fitting), a code it revises (the "above-knee amputation" a re-amputation revises), or one of the
 * standing candidates.
 */
function labelConflicts(
  labels: readonly LabelMention[],
  decided: readonly CodeDefinition[],
  codes: readonly CodeDefinition[],
  evaluated: readonly Evaluated[],
): LabelConflict[] {
  if (decided.length === 0) return [];
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const consistent = (named: string): boolean =>
    decided.some((d) => {
      const n = byCode.get(named);
      return d.code === named || d.revises.includes(named) || (n !== undefined && moreSpecific(d, n));
    });
  const stated = labels.filter((l) => STATED_NAME_SECTIONS.has(l.section));
  // The procedure line names several operations ("1. Right knee disarticulation 2. Left AKA"): the anatomy
  // of one is the note's anatomy too, so it cannot rule the other out; one code does not stand for both.
  // A name on a plan's line ("Procedure planned: left hip disarticulation") lists no operation done: it
  // does not make the procedure names several operations, so the anatomy may still rule it out.
  const several = namesDifferentOperations(
    stated.filter((l) => !PLANNED_NAME_LINE.test(l.evidence.quote)),
    codes,
  );
  return labelSpans(stated)
    .filter((s) => ![...s.codes].some(consistent))
    .map((s) => {
      const named = [...s.codes].sort();
      const refuted =
        !several && named.every((c) => evaluated.find((e) => e.code.code === c)?.contradicted ?? false);
      return {
        code: named[0] as string,
        evidence: s.first.evidence,
        refuted,
        summary: several
          ? `The stated procedure names name several operations; one points at ${joinOr(named)}, but the described anatomy supports ${joinOr(decided.map((d) => d.code))}, and one code does not stand for several operations.`
          : `The stated procedure name points at ${joinOr(named)}, but the described anatomy ${refuted ? 'rules it out and ' : ''}supports ${joinOr(decided.map((d) => d.code))}.`,
      };
    });
}

/**
 * Decides which known code the documented anatomy supports. A code is supported only when each of its
 * deciding cues is affirmatively documented: an absent fact never elects a code (an `absent` cue only
 * excludes). Among several supported codes, one that needs every fact another needs, and more, is more
 * specific; codes neither of which is more specific are a tie and stay standing. When no code holds and
 * neighbours differ only in unstated facts, they stay standing with the missing facts named; a stated
 * procedure name may then pick one of them (basis `label`). Otherwise a procedure name counts only for a
 * code whose cues the anatomy does not contradict. Pure: the same input always gives the same decision.
 */
export function decideLevel(input: DecideInput): CodeDecision {
  const { features, claimedCode, codes, subject } = input;
  // A generic text about one operation: only its names of that operation count.
  const labels =
    subject && subject.length > 0 ? input.labels.filter((l) => subject.includes(l.code)) : input.labels;
  const evaluated = codes.map((code) => evaluate(code, features));
  const held = evaluated.filter((e) => e.holds);
  const maximal = held.filter((e) => !held.some((o) => o !== e && moreSpecific(o.code, e.code)));

  let supported: Evaluated | undefined;
  let basis: CodeDecision['basis'] = 'none';
  let ambiguity: Ambiguity | null = null;
  let labelEvidence: LabelMention | undefined;
  let splitBy: string | undefined;
  let tieBreak: string | undefined;
  const labelled = (e: Evaluated) => labels.filter((l) => l.code === e.code.code);
  // Several patients with different named operations: their anatomy is not one operation's. One name
  // that points at a family of codes ("internal hemipelvectomy": 27075, 27076 or 27077) is one
  // operation, not several: names are different operations only when they point at no code in common.
  const namedOperations = [...new Set(labels.map((l) => l.code))].sort();
  const mixed = input.severalPatients === true && namesDifferentOperations(labels, codes);

  if (mixed) {
    // No code: the reasons say why.
  } else if (maximal.length === 1) {
    supported = maximal[0];
    basis = 'anatomy';
  } else if (maximal.length > 1) {
    // A tie: kept as a finding. The pick is a tie-break and says so: more documented deciding facts,
    // then the lower work RVU (conservative).
    const ranked = [...maximal].sort(
      (a, b) => b.positiveHolding - a.positiveHolding || a.code.rvu.work - b.code.rvu.work,
    );
    const [first, second] = ranked as [Evaluated, Evaluated];
    supported = first;
    basis = 'anatomy';
    const tied = ranked.map((e) => e.code.code);
    const rule =
      first.positiveHolding > second.positiveHolding
        ? `it rests on more documented deciding facts (${first.positiveHolding} against ${second.positiveHolding})`
        : 'it has the lower work RVU (a conservative tie-break, not a clinical decision)';
    tieBreak = `${first.code.code} is chosen over ${joinOr(tied.slice(1))} only because ${rule}`;
    ambiguity = {
      kind: 'tie',
      codes: [...tied].sort(),
      missing: [],
      summary: `The documented anatomy fits ${joinOr([...tied].sort())}, and neither is a more specific form of the other; ${tieBreak}.`,
    };
  } else {
    const group = openGroup(evaluated, features);
    if (group.length > 1) {
      const named = group.filter((e) => labelled(e).length > 0);
      const missing = [...new Set(group.flatMap((e) => e.unknown))].sort();
      const missingText = describeMissing(missing);
      if (named.length === 1 && named[0]) {
        supported = named[0];
        basis = 'label';
        labelEvidence = labelled(named[0]).sort((a, b) => b.length - a.length)[0];
        splitBy = `the anatomy leaves ${joinOr(group.map((e) => e.code.code))} open (${missingText} not stated) and the stated procedure name decides`;
      } else {
        const open = group.map((e) => e.code.code).sort();
        ambiguity = {
          kind: 'missing-fact',
          codes: open,
          missing,
          summary: `The documentation fits ${joinOr(open)} and does not state ${describeMissing(missing, true)}, which decides between them.`,
        };
      }
    } else if (!(input.genericText === true && namesDifferentOperations(labels, codes))) {
      const uncontradicted = labels
        .map((l) => ({ l, e: evaluated.find((e) => e.code.code === l.code) }))
        .filter((x): x is { l: LabelMention; e: Evaluated } => x.e !== undefined)
        .flatMap((x) => [x, ...refinements(x.e, evaluated).map((e) => ({ l: x.l, e }))])
        .filter(({ e }) => !e.contradicted)
        .sort(
          (a, b) =>
            b.l.length - a.l.length ||
            Number(moreSpecific(b.e.code, a.e.code)) - Number(moreSpecific(a.e.code, b.e.code)) ||
            b.e.cues.filter((c) => c.holds).length - a.e.cues.filter((c) => c.holds).length ||
            a.e.code.rvu.work - b.e.code.rvu.work,
        );
      // A more specific form named beside the name in the same sentence ("guillotine above-knee
      // amputation") is that form.
      const top = uncontradicted[0];
      const named = top
        ? uncontradicted.find(
            (x) =>
              moreSpecific(x.e.code, top.e.code) &&
              x.l.code === x.e.code.code &&
              x.l.evidence.start < top.l.evidence.end &&
              top.l.evidence.start < x.l.evidence.end,
          )
        : undefined;
      if (named) uncontradicted.unshift(named);
      if (uncontradicted[0]) {
        supported = uncontradicted[0].e;
        labelEvidence = uncontradicted[0].l;
        basis = 'label';
      }
    }
  }
  const standing = new Set(ambiguity?.codes ?? []);

  const focus = new Set<string>();
  for (const c of [
    supported?.code,
    claimedCode ? codes.find((c) => c.code === claimedCode) : undefined,
    ...evaluated.filter((e) => standing.has(e.code.code)).map((e) => e.code),
  ]) {
    if (!c) continue;
    focus.add(c.code);
    for (const n of c.neighbours) focus.add(n);
  }
  for (const e of held) focus.add(e.code.code);

  const labelWhy = (e: Evaluated, quotes: boolean): string =>
    splitBy
      ? `${e.code.code} rests on the procedure name${quotes ? quoteOf(labelEvidence ? [labelEvidence.evidence] : []) : ''}: ${splitBy}.`
      : `${e.code.code} supported only by the procedure name${quotes ? quoteOf(labelEvidence ? [labelEvidence.evidence] : []) : ''}; the deciding anatomy is not documented.`;
  const explain = (e: Evaluated, quotes: boolean): string => {
    if (e === supported)
      return basis === 'anatomy'
        ? `${whyYes(e.code, e.cues, quotes)}${tieBreak ? ` ${tieBreak}.` : ''}`
        : labelWhy(e, quotes);
    if (standing.has(e.code.code))
      return ambiguity?.kind === 'tie'
        ? `${e.code.code} also fits the anatomy, and neither it nor ${supported?.code.code} is a more specific form of the other: ${tieBreak}.`
        : `${e.code.code} stands: its documented anatomy holds, but ${describeMissing(ambiguity?.missing ?? [])} is not stated.`;
    if (e.holds && supported)
      return `${e.code.code} also fits the anatomy, but ${supported.code.code} is more specific: it needs every fact ${e.code.code} needs, and more.`;
    // Every cue holds and still no code: the text's several patients name several operations.
    if (e.holds)
      return `${e.code.code} fits the anatomy, but the text reports several patients and names several operations (${joinOr(namedOperations)}), so its anatomy supports no one code.`;
    return whyNot(e.code, e.cues, quotes);
  };
  const candidates: Candidate[] = evaluated
    .filter((e) => focus.has(e.code.code))
    .map((e) => ({
      code: e.code.code,
      descriptor: e.code.descriptor,
      supported: e === supported,
      standing: standing.has(e.code.code),
      cues: e.cues,
      why: explain(e, true),
      summary: explain(e, false),
    }));

  const reasons: string[] = [];
  if (supported) reasons.push(candidates.find((c) => c.supported)?.why ?? '');
  else if (ambiguity) reasons.push(ambiguity.summary);
  else if (mixed)
    reasons.push(
      `No code is supported: the text reports several patients and names several operations (${joinOr(namedOperations)}), so its anatomy is theirs together, not one operation's.`,
    );
  else
    reasons.push(
      'No known code is supported: the documented anatomy matches none of the codes in the knowledge.',
    );
  for (const c of candidates) if (!c.supported) reasons.push(c.why);

  const decided =
    standing.size > 0
      ? evaluated.filter((e) => standing.has(e.code.code)).map((e) => e.code)
      : basis === 'anatomy' && supported
        ? [supported.code]
        : [];
  return {
    claimed: claimedCode,
    supported: supported?.code.code ?? null,
    basis,
    candidates,
    reasons,
    ambiguity,
    labelConflicts: labelConflicts(labels, decided, codes, evaluated),
  };
}
