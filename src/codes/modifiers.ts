import type { FeatureKey } from './features.ts';
import type { PaymentFlags, Provenance } from './types.ts';

/**
 * What the claim modifiers the validator checks mean, as data: the fee-schedule indicator that governs
 * each (with what every indicator value means for payment), the fact the note must document for it, and
 * where it belongs. The modifier rules in src/validate/rules/ read this instead of hard-coding values.
 */

/** The indicator definitions of the CMS Medicare Physician Fee Schedule relative value file. */
export const MPFS_INDICATORS: Provenance = {
  source:
    'CMS Medicare Physician Fee Schedule relative value file (RVU26A), record layout: bilateral surgery, assistant at surgery and co-surgeons indicators',
  date: '2026-01',
};
/** The modifier definitions: CMS Medicare Claims Processing Manual, chapter 12 (physicians' services). */
export const CLAIMS_MANUAL_CH12: Provenance = {
  source:
    'CMS Medicare Claims Processing Manual, chapter 12 (global surgery, bilateral, co-surgery and assistant modifiers)',
  date: '2025',
};
/** Modifier 59 and its -X{EPSU} subsets: NCCI policy. */
export const NCCI_DISTINCT_SERVICE: Provenance = {
  source: 'CMS NCCI Policy Manual, chapter 1 (modifier 59 and the -X{EPSU} modifiers)',
  date: '2025',
};

/** What an indicator value means for a modifier it governs: paid, paid only with documentation, not paid. */
export type IndicatorPayment = 'paid' | 'with-documentation' | 'not-paid';

export interface IndicatorValue {
  /** The CMS definition, paraphrased. */
  meaning: string;
  payment: IndicatorPayment;
}

export type IndicatorKey = 'bilateral' | 'assistant' | 'coSurgeon';

export interface IndicatorDefinition {
  /** The column of the relative value file. */
  field: string;
  values: { [V in PaymentFlags[IndicatorKey]]?: IndicatorValue };
  provenance: Provenance;
}

/** Each fee-schedule indicator with every value it can take (9 everywhere: the concept does not apply). */
export const feeScheduleIndicators = {
  bilateral: {
    field: 'BILAT SURG',
    values: {
      0: {
        meaning:
          'the 150% bilateral adjustment does not apply: both sides are paid as one procedure, so modifier 50 is not payable',
        payment: 'not-paid',
      },
      1: { meaning: 'the 150% bilateral adjustment applies when both sides are operated', payment: 'paid' },
      2: {
        meaning:
          'the payment already covers both sides (the code is bilateral), so modifier 50 is not payable',
        payment: 'not-paid',
      },
      3: { meaning: 'each side is paid at 100% of the fee schedule amount', payment: 'paid' },
      9: { meaning: 'the bilateral concept does not apply', payment: 'not-paid' },
    },
    provenance: MPFS_INDICATORS,
  },
  assistant: {
    field: 'ASST SURG',
    values: {
      0: {
        meaning: 'an assistant is paid only with documentation of medical necessity',
        payment: 'with-documentation',
      },
      1: {
        meaning: 'statutory payment restriction: an assistant at surgery is not paid',
        payment: 'not-paid',
      },
      2: { meaning: 'no payment restriction: an assistant at surgery is paid', payment: 'paid' },
      9: { meaning: 'the assistant-at-surgery concept does not apply', payment: 'not-paid' },
    },
    provenance: MPFS_INDICATORS,
  },
  coSurgeon: {
    field: 'CO SURG',
    values: {
      0: { meaning: 'co-surgeons are not permitted', payment: 'not-paid' },
      1: {
        meaning: 'co-surgeons may be paid with documentation establishing medical necessity',
        payment: 'with-documentation',
      },
      2: { meaning: 'co-surgeons are permitted', payment: 'paid' },
      9: { meaning: 'the co-surgeon concept does not apply', payment: 'not-paid' },
    },
    provenance: MPFS_INDICATORS,
  },
} as const satisfies Record<IndicatorKey, IndicatorDefinition>;

/** What a claim modifier is about; a rule checks one group. */
export type ModifierGroup =
  | 'laterality'
  | 'bilateral'
  | 'co-surgery'
  | 'unusual-work'
  | 'assistant'
  | 'evaluation-and-management'
  | 'distinct-service';

export interface ModifierDefinition {
  /** What the modifier reports, paraphrased. */
  meaning: string;
  group: ModifierGroup;
  /** The fee-schedule indicator that decides whether it is payable on a code. */
  indicator?: IndicatorKey;
  /** The procedure feature the note must document for the modifier to stand. */
  documents?: FeatureKey;
  /** The side a laterality modifier reports. */
  side?: 'left' | 'right';
  /** The line it belongs on when not the surgical code (24/25/57 belong on the E/M service). */
  belongsOn?: string;
  provenance: Provenance;
}

/** The modifiers the validator checks. */
export const modifiers = {
  LT: { meaning: 'left side of the body', group: 'laterality', side: 'left', provenance: CLAIMS_MANUAL_CH12 },
  RT: {
    meaning: 'right side of the body',
    group: 'laterality',
    side: 'right',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '50': {
    meaning: 'bilateral procedure: the same procedure on both sides in one session',
    group: 'bilateral',
    indicator: 'bilateral',
    documents: 'bothSides',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '62': {
    meaning: 'two surgeons (co-surgeons), each performing a distinct part of one procedure',
    group: 'co-surgery',
    indicator: 'coSurgeon',
    documents: 'coSurgeon',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '22': {
    meaning: 'increased procedural services: work substantially greater than usual (time, complexity)',
    group: 'unusual-work',
    documents: 'unusualWork',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '80': {
    meaning: 'assistant at surgery',
    group: 'assistant',
    indicator: 'assistant',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '81': {
    meaning: 'minimum assistant at surgery',
    group: 'assistant',
    indicator: 'assistant',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '82': {
    meaning: 'assistant at surgery when no qualified resident surgeon is available',
    group: 'assistant',
    indicator: 'assistant',
    provenance: CLAIMS_MANUAL_CH12,
  },
  AS: {
    meaning: 'assistant at surgery by a physician assistant, nurse practitioner or clinical nurse specialist',
    group: 'assistant',
    indicator: 'assistant',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '57': {
    meaning:
      'decision for surgery at an evaluation and management visit the day before or of a major procedure',
    group: 'evaluation-and-management',
    belongsOn: 'the decision for surgery',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '24': {
    meaning: 'unrelated evaluation and management service during the postoperative period',
    group: 'evaluation-and-management',
    belongsOn: 'an unrelated post-op E/M',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '25': {
    meaning:
      'significant, separately identifiable evaluation and management service on the day of a procedure',
    group: 'evaluation-and-management',
    belongsOn: 'a separate same-day E/M',
    provenance: CLAIMS_MANUAL_CH12,
  },
  '59': {
    meaning: 'distinct procedural service',
    group: 'distinct-service',
    provenance: NCCI_DISTINCT_SERVICE,
  },
  XE: {
    meaning: 'separate encounter',
    group: 'distinct-service',
    provenance: NCCI_DISTINCT_SERVICE,
  },
  XS: {
    meaning: 'separate structure (organ or site)',
    group: 'distinct-service',
    provenance: NCCI_DISTINCT_SERVICE,
  },
  XP: {
    meaning: 'separate practitioner',
    group: 'distinct-service',
    provenance: NCCI_DISTINCT_SERVICE,
  },
  XU: {
    meaning: 'unusual non-overlapping service',
    group: 'distinct-service',
    provenance: NCCI_DISTINCT_SERVICE,
  },
} as const satisfies Record<string, ModifierDefinition>;

export type ModifierCode = keyof typeof modifiers;

/** The modifiers of one group, in the order above. */
export const modifiersIn = (group: ModifierGroup): ModifierCode[] =>
  (Object.keys(modifiers) as ModifierCode[]).filter((m) => modifiers[m].group === group);

/** The side a laterality modifier reports, if `code` is one. */
export const sideOf = (code: string): 'left' | 'right' | undefined =>
  code in modifiers ? (modifiers[code as ModifierCode] as ModifierDefinition).side : undefined;

/** The laterality modifier for a side. */
export const sideModifier = (side: unknown): 'LT' | 'RT' | undefined =>
  side === 'left' ? 'LT' : side === 'right' ? 'RT' : undefined;

/** What a code's fee-schedule indicator says about payment (an undefined value counts as not paid). */
export function indicatorPayment(
  flags: PaymentFlags,
  indicator: IndicatorKey,
): IndicatorValue & { value: PaymentFlags[IndicatorKey] } {
  const value = flags[indicator];
  const def: IndicatorValue | undefined = (
    feeScheduleIndicators[indicator].values as Partial<Record<number, IndicatorValue>>
  )[value];
  return { value, ...(def ?? { meaning: `indicator value ${value} is not defined`, payment: 'not-paid' }) };
}

/** Indicator values at which a modifier governed by `indicator` is paid (with or without documentation). */
export const payableValues = (indicator: IndicatorKey): number[] =>
  Object.entries(feeScheduleIndicators[indicator].values as Record<string, IndicatorValue>)
    .filter(([, v]) => v.payment !== 'not-paid')
    .map(([k]) => Number(k));

/** Indicator values at which it is not paid. */
export const unpayableValues = (indicator: IndicatorKey): number[] =>
  Object.entries(feeScheduleIndicators[indicator].values as Record<string, IndicatorValue>)
    .filter(([, v]) => v.payment === 'not-paid')
    .map(([k]) => Number(k));
