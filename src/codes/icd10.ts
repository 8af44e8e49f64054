import type { Provenance } from './types.ts';

/**
 * ICD-10-CM laterality schemes by family (DOMAIN.md). Families differ: T87.3-T87.5 use 1/2 for the
 * arms and 3/4 for the legs; most lower-limb families use 1 right, 2 left. Families without a
 * laterality character (C41.4, C79.51, D48.0, T87.8x) are simply absent here.
 */
export interface LateralityScheme {
  family: string;
  /** Captures the laterality character in group 1 (matched against the dotted, upper-case code). */
  pattern: RegExp;
  meanings: Record<string, { side: 'left' | 'right' | 'unspecified'; limb: 'leg' | 'arm' | 'any' }>;
  /**
   * A status code: the state of a limb (acquired absence), not the condition operated on. It names
   * whichever limb is in that state — often the other leg (an old above-knee amputation beside
   * today's first one) — and is a legitimate secondary diagnosis on either side (DOMAIN.md).
   */
  status?: true;
  provenance: Provenance;
}

const ICD10_2026: Provenance = {
  source: 'ICD-10-CM 2026 tabular list',
  date: '2026',
  detail: 'shared/DOMAIN.md',
};
const RIGHT_LEFT = {
  '0': { side: 'unspecified', limb: 'any' },
  '1': { side: 'right', limb: 'leg' },
  '2': { side: 'left', limb: 'leg' },
  '9': { side: 'unspecified', limb: 'any' },
} as const;

export const lateralitySchemes: readonly LateralityScheme[] = [
  {
    family: 'C40.2x malignant bone, lower long bones',
    pattern: /^C40\.2([0-2])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    family: 'C49.2x soft-tissue sarcoma, lower limb',
    pattern: /^C49\.2([0-2])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    family: 'D16.2x benign bone, lower long bones',
    pattern: /^D16\.2([0-2])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    family: 'M86.x5x osteomyelitis, thigh (6th character)',
    pattern: /^M86\.\d5([0-9])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    family: 'M85.4-6x5x bone cysts, pelvic region and thigh (6th character)',
    pattern: /^M85\.[4-6]5([0-9])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    family: 'T87.3x-T87.5x amputation stump complications',
    pattern: /^T87\.[3-5]([0-4])/,
    meanings: {
      '0': { side: 'unspecified', limb: 'any' },
      '1': { side: 'right', limb: 'arm' },
      '2': { side: 'left', limb: 'arm' },
      '3': { side: 'right', limb: 'leg' },
      '4': { side: 'left', limb: 'leg' },
    },
    provenance: ICD10_2026,
  },
  {
    family: 'S77.0x-S77.2x crush injury of hip and thigh',
    pattern: /^S77\.[0-2]([0-2])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    // S78.0/.1/.9: 5th character complete (1) or partial (2); the side is the 6th (S78.012 = left).
    family: 'S78.x traumatic amputation of hip and thigh (6th character)',
    pattern: /^S78\.[019][12]([129])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    // I70.20-I70.22, I70.26: unspecified, claudication, rest pain, gangrene; the 6th character is the
    // leg (1 right, 2 left, 3 both, 8 other extremity, 9 unspecified). Both legs conflict with neither side.
    family: 'I70.2x atherosclerosis of native arteries of the extremities (6th character)',
    pattern: /^I70\.2[0126]([1-389])/,
    meanings: {
      '1': { side: 'right', limb: 'leg' },
      '2': { side: 'left', limb: 'leg' },
      '3': { side: 'unspecified', limb: 'leg' },
      '8': { side: 'unspecified', limb: 'any' },
      '9': { side: 'unspecified', limb: 'any' },
    },
    provenance: ICD10_2026,
  },
  {
    // I70.23x right leg with ulceration, I70.24x left leg with ulceration (the 6th character is the site).
    family: 'I70.23x/I70.24x atherosclerosis of native arteries of a leg with ulceration (5th character)',
    pattern: /^I70\.2([34])/,
    meanings: {
      '3': { side: 'right', limb: 'leg' },
      '4': { side: 'left', limb: 'leg' },
    },
    provenance: ICD10_2026,
  },
  {
    family: 'S87.0x/S87.8x crush injury of knee / lower leg',
    pattern: /^S87\.[08]([0-2])/,
    meanings: RIGHT_LEFT,
    provenance: ICD10_2026,
  },
  {
    family: 'Z89.61x acquired absence of leg above knee',
    pattern: /^Z89\.61([12])/,
    meanings: RIGHT_LEFT,
    status: true,
    provenance: ICD10_2026,
  },
];

/** The laterality an ICD-10-CM code states, if its family has a laterality character. */
export function icd10Laterality(code: string):
  | {
      side: 'left' | 'right' | 'unspecified';
      limb: 'leg' | 'arm' | 'any';
      family: string;
      /** A status code (see `LateralityScheme.status`): its side need not be the operated one. */
      status: boolean;
    }
  | undefined {
  for (const scheme of lateralitySchemes) {
    const ch = scheme.pattern.exec(code)?.[1];
    if (ch === undefined) continue;
    const meaning = scheme.meanings[ch];
    if (meaning) return { ...meaning, family: scheme.family, status: scheme.status === true };
  }
  return undefined;
}
