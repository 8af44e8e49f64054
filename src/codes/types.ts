import type { ElementKey } from './elements.ts';
import type { FeatureKey } from './features.ts';

/** Where a figure or fact came from. Every figure in the knowledge carries one. */
export interface Provenance {
  /** Short readable source as users see it, e.g. "CMS Physician Fee Schedule, RVU26A". */
  source: string;
  /** Date of the source or of its retrieval (ISO date or year-month). */
  date: string;
  /** Where exactly the figure was taken from (working documents, pages): kept in JSON, never in drafts. */
  detail?: string;
  /** True when the fact could not be verified against a primary source: report it, do not enforce it. */
  unverified?: boolean;
  note?: string;
}

export interface Rvu extends Provenance {
  work: number;
  practiceExpense?: number;
  malpractice?: number;
  total?: number;
  /** Medicare national payment (PFS, facility or non-facility as the source gives it), USD. */
  nationalRate?: number;
}

export type Setting = 'office' | 'hopd' | 'asc';

export interface SiteRate extends Provenance {
  setting: Setting;
  label: string;
  rate: number;
  apc?: string;
  paymentIndicator?: string;
}

/** CMS fee-schedule indicators (what each value means, and whether it pays a modifier: src/codes/modifiers.ts). */
export interface PaymentFlags extends Provenance {
  bilateral: 0 | 1 | 2 | 3 | 9;
  assistant: 0 | 1 | 2 | 9;
  coSurgeon: 0 | 1 | 2 | 9;
}

/** When a documentation element is required. Interpreted by the validator; codes stay data. */
export type RequirementCondition =
  | { kind: 'always' }
  /** Required when the note documents the feature (e.g. reconstruction was done). */
  | { kind: 'feature'; feature: FeatureKey }
  /** Required when the claim carries the modifier (e.g. 62). */
  | { kind: 'modifier'; modifier: string }
  /** Required when the claim bills one of these other codes alongside (e.g. debridement). */
  | { kind: 'otherCptPrefix'; prefixes: string[] }
  /** Required when a claimed ICD-10-CM code starts with one of these prefixes (e.g. "C" for malignancy). */
  | { kind: 'diagnosisPrefix'; prefixes: string[] }
  /** Required while the code itself is flagged inpatient-only (follows the knowledge when the flag changes). */
  | { kind: 'inpatientOnly' }
  | { kind: 'anyOf'; conditions: RequirementCondition[] };

export interface ElementRequirement {
  element: ElementKey;
  requiredWhen: RequirementCondition;
  /** The seed requirement this comes from, paraphrased. */
  basis: string;
}

/** One deciding cue over a procedure feature. All of a code's cues must hold for the code to be supported. */
export type LevelCue =
  | { feature: FeatureKey; is: 'documented' }
  /**
   * An exclusion: not documented as done (not mentioned, or negated). Silence satisfies it, so use it
   * only where the neighbour that needs the feature needs it documented (a primary amputation is not a
   * re-amputation unless a prior amputation is stated).
   */
  | { feature: FeatureKey; is: 'absent' }
  /** A deciding absence: holds only when the note states it was not done (the femur was not re-cut). */
  | { feature: FeatureKey; is: 'negated' }
  /**
   * An exclusion by a stated denial: holds unless the note states the feature's negative (a tumour
   * shelled out along its capsule denies a wide margin); silence satisfies it, as with `absent`.
   */
  | { feature: FeatureKey; is: 'notNegated' }
  | { feature: FeatureKey; is: 'oneOf'; values: string[] }
  | { feature: FeatureKey; is: 'atLeast'; value: number }
  /** A documented value below the bound (an unstated value decides nothing). */
  | { feature: FeatureKey; is: 'below'; value: number };

export interface DiagnosisSupport {
  /** ICD-10-CM prefix, with the dot, e.g. "C40.2" or "T87.4". */
  prefix: string;
  description: string;
  /** A status code that supports the procedure only alongside a primary diagnosis (e.g. Z89.61x). */
  secondary?: boolean;
  /**
   * Where this entry comes from when not the code's `diagnosisSource` (e.g. clinical reasoning, marked
   * `unverified`): it supports the code all the same; the provenance says how far it can be trusted.
   */
  source?: Provenance;
}

/**
 * When a denial risk applies, read from the claim and the note (interpreted by render; codes stay data).
 * A claim condition over an absent claim holds: the risk is still open until the claim is made.
 */
export type DenialCondition =
  | { kind: 'always' }
  /** The claim carries none of these modifiers (e.g. neither LT nor RT). */
  | { kind: 'claimLacksModifier'; modifiers: string[] }
  /** The claim carries one of these modifiers (e.g. 80 where assistants are not paid). */
  | { kind: 'claimHasModifier'; modifiers: string[] }
  /** The claim's place of service is not one of these (or not given). */
  | { kind: 'placeOfServiceNot'; placesOfService: string[] }
  /** The claim's place of service is one of these. */
  | { kind: 'placeOfServiceIs'; placesOfService: string[] }
  /** The claim bills one of these other codes alongside. */
  | { kind: 'otherCptPrefix'; prefixes: string[] }
  /** The note documents the feature as done. */
  | { kind: 'feature'; feature: FeatureKey }
  /** A required documentation element of the code is not documented. */
  | { kind: 'elementUnmet'; element: ElementKey }
  /** No claimed diagnosis falls in the code's supporting diagnoses. */
  | { kind: 'diagnosisUnsupported' }
  /** The code is flagged inpatient-only in the knowledge. */
  | { kind: 'inpatientOnly' }
  | { kind: 'anyOf'; conditions: DenialCondition[] }
  | { kind: 'allOf'; conditions: DenialCondition[] };

/** A common reason payers deny the code, with what on the claim or in the note makes it a live risk. */
export interface DenialRisk {
  text: string;
  when: DenialCondition;
}

export interface Modifier {
  code: string;
  use: string;
}

export interface CodeDefinition {
  code: string;
  /** Paraphrased descriptor: never AMA CPT text. */
  descriptor: string;
  region: string;
  /**
   * Whether the product has a full documentation page for this code (schemas, prompts, templates, its
   * own requirements); without one, only the requirements its flags imply apply (the side).
   */
  documented: boolean;
  globalDays: number | 'ZZZ';
  globalSource: Provenance;
  rvu: Rvu;
  flags: PaymentFlags;
  /** Further PFS indicators, present when imported from a PPRRVU file (`opnote knowledge import`). */
  pfsIndicators?: Provenance & {
    status: string;
    conversionFactor: number;
    multipleProcedure?: number;
    teamSurgery?: number;
  };
  /** Laterality modifiers (LT/RT) expected on the claim. */
  singleLimb: boolean;
  inpatientOnly: Provenance & { value: boolean; statusIndicator?: string };
  /** Whether a non-facility (office) setting is a normal place for this code. */
  officeSetting: Provenance & { value: boolean };
  siteRates: SiteRate[];
  /**
   * Documentation elements the note must carry: a documented code's from its knowledge; `defineCode`
   * adds the side for every single-limb code (`SIDE_REQUIREMENT`), so a code without a documentation
   * page still requires it.
   */
  requirements: ElementRequirement[];
  /** Anatomy that decides this code against its neighbours; all must hold. */
  levelCues: LevelCue[];
  /** Plain-language summary of the deciding facts. */
  decidingFacts: string;
  /** Regular-expression sources for procedure names that point at this code (a fallback, never over anatomy). */
  labels: string[];
  neighbours: string[];
  /**
   * Codes whose result this procedure works on (a re-amputation revises a thigh amputation): their
   * procedure names in the note describe the existing state, not a conflicting procedure.
   */
  revises: string[];
  supportingDiagnoses: DiagnosisSupport[];
  /**
   * Where the supporting-diagnosis list comes from. Without a verified source, a claim whose diagnoses
   * fall outside the list is reported as info, not as an error.
   */
  diagnosisSource?: Provenance;
  modifiers: Modifier[];
  denialReasons: DenialRisk[];
  notes?: string[];
  sources: Provenance[];
}

const CODE_PATTERN = /^\d{5}$/;

/**
 * The side every single-limb code needs stated (DOMAIN.md: LT or RT on single-limb claims, agreeing
 * with the note): derived from `singleLimb` by `defineCode`, for a code whose own requirements do not
 * list it already.
 */
export const SIDE_REQUIREMENT: ElementRequirement = Object.freeze({
  element: 'laterality',
  requiredWhen: Object.freeze({ kind: 'always' }),
  basis:
    'The operated side (left or right) is stated in the operative note; LT or RT goes on the claim of a single-limb code.',
});

/** The requirements with those a code's flags imply: the side of a single-limb code. */
function withDerivedRequirements(def: CodeDefinition): ElementRequirement[] {
  const own = def.requirements;
  return def.singleLimb && !own.some((r) => r.element === 'laterality') ? [...own, SIDE_REQUIREMENT] : own;
}

/**
 * Builds a code definition, checking the invariants every definition must keep and adding the
 * requirements its flags imply (`SIDE_REQUIREMENT` for a single-limb code).
 */
export function defineCode(def: CodeDefinition): CodeDefinition {
  if (!CODE_PATTERN.test(def.code))
    throw new Error(`defineCode: code must be five digits, got "${def.code}"`);
  if (def.levelCues.length === 0)
    throw new Error(`defineCode ${def.code}: at least one level cue is required`);
  if (!def.levelCues.some((c) => c.is !== 'absent')) {
    throw new Error(`defineCode ${def.code}: level cues need at least one positive cue`);
  }
  for (const label of def.labels) new RegExp(label, 'i');
  if (def.documented && def.requirements.length === 0) {
    throw new Error(`defineCode ${def.code}: a documented code needs its documentation requirements`);
  }
  return Object.freeze({ ...def, requirements: withDerivedRequirements(def) });
}
