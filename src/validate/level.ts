import type { FeatureKey } from '../codes/features.ts';
import { features as featureDefs } from '../codes/features.ts';
import type { CodeDefinition, LevelCue } from '../codes/types.ts';
import type { LabelMention } from '../extract/labels.ts';
import type { Evidence, Fact } from '../schemas/facts.ts';

/** How one deciding cue fared against the extracted anatomy. */
export interface CueResult {
  feature: FeatureKey;
  expectation: string;
  holds: boolean;
  evidence: Evidence[];
}

export interface Candidate {
  code: string;
  descriptor: string;
  /** True when every cue holds (anatomy) or, lacking anatomy, the procedure name points here without contradiction (label). */
  supported: boolean;
  cues: CueResult[];
  /** One sentence: why this code is or is not supported. */
  why: string;
  /** The same reason without transcript quotes (for finding messages, which must not carry note text). */
  summary: string;
}

export interface CodeDecision {
  claimed: string | null;
  supported: string | null;
  /** What the supported code rests on: the anatomy, only a procedure name, or nothing. */
  basis: 'anatomy' | 'label' | 'none';
  candidates: Candidate[];
  reasons: string[];
}

const label = (feature: FeatureKey): string => featureDefs[feature].label.toLowerCase();

function describeCue(cue: LevelCue): string {
  switch (cue.is) {
    case 'documented':
      return `${label(cue.feature)} documented`;
    case 'absent':
      return `no ${label(cue.feature)}`;
    case 'oneOf':
      return `${label(cue.feature)} is ${cue.values.join(' or ')}`;
    case 'atLeast':
      return `${label(cue.feature)} at least ${cue.value}`;
    case 'below':
      return `${label(cue.feature)} below ${cue.value}${cue.orAbsent ? ' (or not stated)' : ''}`;
  }
}

/** Evaluates one cue against the features. */
export function evaluateCue(cue: LevelCue, features: Record<FeatureKey, Fact>): CueResult {
  const fact = features[cue.feature];
  const documented = fact.status === 'documented';
  let holds: boolean;
  switch (cue.is) {
    case 'documented':
      holds = documented;
      break;
    case 'absent':
      holds = !documented;
      break;
    case 'oneOf':
      holds = documented && cue.values.includes(String(fact.value));
      break;
    case 'atLeast':
      holds = documented && typeof fact.value === 'number' && fact.value >= cue.value;
      break;
    case 'below':
      holds = documented ? typeof fact.value === 'number' && fact.value < cue.value : cue.orAbsent === true;
      break;
  }
  return { feature: cue.feature, expectation: describeCue(cue), holds, evidence: fact.evidence };
}

const positive = (cue: LevelCue): boolean => cue.is !== 'absent' && !(cue.is === 'below' && cue.orAbsent);

function quoteOf(evidence: Evidence[]): string {
  const first = evidence[0];
  return first ? ` ("${first.quote.length > 90 ? `${first.quote.slice(0, 87)}...` : first.quote}")` : '';
}

function whyNot(code: CodeDefinition, cues: CueResult[], quotes = true): string {
  const failed = cues.filter((c) => !c.holds);
  const parts = failed.map((c) =>
    c.expectation.startsWith('no ')
      ? `requires ${c.expectation}, but it is documented${quotes ? quoteOf(c.evidence) : ''}`
      : `requires ${c.expectation}, which is not documented`,
  );
  return `${code.code} not supported: ${parts.join('; ')}.`;
}

function whyYes(code: CodeDefinition, cues: CueResult[], quotes = true): string {
  const shown = cues
    .filter((c) => !c.expectation.startsWith('no '))
    .map((c) => `${c.expectation}${quotes ? quoteOf(c.evidence) : ''}`);
  return `${code.code} supported by the anatomy: ${shown.join('; ')}.`;
}

/**
 * The anatomy contradicts a code when a cue fails on something the note states: an excluded feature is
 * documented, a required feature is stated as not done, or a documented value is out of range.
 */
function contradicted(code: CodeDefinition, features: Record<FeatureKey, Fact>): boolean {
  return code.levelCues.some((cue) => {
    const fact = features[cue.feature];
    if (evaluateCue(cue, features).holds) return false;
    return (
      cue.is === 'absent' ||
      fact.status === 'negated' ||
      (fact.status === 'documented' && cue.is !== 'documented')
    );
  });
}

export interface DecideInput {
  features: Record<FeatureKey, Fact>;
  labels: readonly LabelMention[];
  claimedCode: string | null;
  codes: readonly CodeDefinition[];
}

/**
 * Decides which known code the documented anatomy supports. Anatomy first: every cue of a code must
 * hold; among several, the one with more positive cues wins, then the lower work RVU (conservative).
 * Only when no code is supported by anatomy does a procedure name count, and only for a code whose
 * exclusions the anatomy does not contradict. Pure: the same input always gives the same decision.
 */
export function decideLevel(input: DecideInput): CodeDecision {
  const { features, labels, claimedCode, codes } = input;
  const evaluated = codes.map((code) => {
    const cues = code.levelCues.map((cue) => evaluateCue(cue, features));
    return { code, cues, holds: cues.every((c) => c.holds), weight: code.levelCues.filter(positive).length };
  });
  const byAnatomy = evaluated
    .filter((e) => e.holds)
    .sort((a, b) => b.weight - a.weight || a.code.rvu.work - b.code.rvu.work);

  let supported: (typeof evaluated)[number] | undefined = byAnatomy[0];
  let basis: CodeDecision['basis'] = supported ? 'anatomy' : 'none';
  let labelEvidence: LabelMention | undefined;
  if (!supported) {
    const uncontradicted = labels
      .map((l) => ({ l, e: evaluated.find((e) => e.code.code === l.code) }))
      .filter((x): x is { l: LabelMention; e: (typeof evaluated)[number] } => x.e !== undefined)
      .filter(({ e }) => !contradicted(e.code, features))
      .sort(
        (a, b) =>
          b.l.length - a.l.length ||
          b.e.cues.filter((c) => c.holds).length - a.e.cues.filter((c) => c.holds).length ||
          a.e.code.rvu.work - b.e.code.rvu.work,
      );
    if (uncontradicted[0]) {
      supported = uncontradicted[0].e;
      labelEvidence = uncontradicted[0].l;
      basis = 'label';
    }
  }

  const focus = new Set<string>();
  for (const c of [supported?.code, claimedCode ? codes.find((c) => c.code === claimedCode) : undefined]) {
    if (!c) continue;
    focus.add(c.code);
    for (const n of c.neighbours) focus.add(n);
  }
  for (const e of byAnatomy) focus.add(e.code.code);

  const candidates: Candidate[] = evaluated
    .filter((e) => focus.has(e.code.code))
    .map((e) => {
      const isSupported = e === supported;
      const why = isSupported
        ? basis === 'anatomy'
          ? whyYes(e.code, e.cues)
          : `${e.code.code} supported only by the procedure name${quoteOf(labelEvidence ? [labelEvidence.evidence] : [])}; the deciding anatomy is not documented.`
        : e.holds
          ? `${e.code.code} also fits the anatomy but ${supported?.code.code} is more specific.`
          : whyNot(e.code, e.cues);
      const summary = isSupported
        ? basis === 'anatomy'
          ? whyYes(e.code, e.cues, false)
          : `${e.code.code} supported only by the procedure name; the deciding anatomy is not documented.`
        : e.holds
          ? why
          : whyNot(e.code, e.cues, false);
      return {
        code: e.code.code,
        descriptor: e.code.descriptor,
        supported: isSupported,
        cues: e.cues,
        why,
        summary,
      };
    });

  const reasons: string[] = [];
  if (supported) reasons.push(candidates.find((c) => c.supported)?.why ?? '');
  else
    reasons.push(
      'No known code is supported: the documented anatomy matches none of the codes in the knowledge.',
    );
  for (const c of candidates) if (!c.supported) reasons.push(c.why);

  return {
    claimed: claimedCode,
    supported: supported?.code.code ?? null,
    basis,
    candidates,
    reasons,
  };
}
