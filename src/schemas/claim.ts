import { z } from 'zod';

const cptCode = z.string().regex(/^[0-9A-Za-z]{5}$/, 'expected five-character CPT codes');
const modifier = z.string().regex(/^[0-9A-Za-z]{2}$/, 'expected two-character modifiers such as "RT"');

/** The claim line to check: the billed CPT with its modifiers, diagnoses and place of service. */
export const claimSchema = z
  .object({
    cpt: z.string().regex(/^[0-9A-Za-z]{5}$/, 'expected a five-character CPT code such as "27290"'),
    modifiers: z.array(modifier).optional(),
    icd10: z
      .array(
        z
          .string()
          .regex(
            /^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$/,
            'expected ICD-10-CM codes such as "C41.4"',
          ),
      )
      .optional(),
    placeOfService: z
      .string()
      .regex(/^\d{2}$/, 'expected a two-digit place of service such as "21"')
      .optional(),
    /** Other codes billed on the same claim: a code, or a line with its modifiers and units. */
    otherCpt: z
      .array(
        z.union([
          cptCode,
          z
            .object({
              cpt: cptCode,
              modifiers: z.array(modifier).optional(),
              units: z.number().int().positive().optional(),
            })
            .strict(),
        ]),
      )
      .optional(),
    /** Units of the claimed code (default 1), checked against the MUE when one is imported. */
    units: z.number().int().positive().optional(),
    /** Date of service (YYYY-MM-DD): picks the knowledge release and the NCCI edits in effect. */
    dateOfService: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date of service such as "2026-03-14"')
      .refine((d) => {
        const t = new Date(`${d}T00:00:00Z`);
        return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
      }, 'expected a real calendar date')
      .optional(),
  })
  .strict();

export type ClaimInput = z.input<typeof claimSchema>;

/** A claim after validation, with modifiers and ICD-10 codes upper-cased and dotted. */
export interface Claim {
  cpt: string;
  modifiers: string[];
  icd10: string[];
  placeOfService?: string;
  /** The other codes on the claim (codes only; `otherLines` has their modifiers and units). */
  otherCpt: string[];
  /** The other codes as lines. Absent on claims built in code: read `claimLines()`. */
  otherLines?: ClaimLine[];
  /** Units of the claimed code; absent means 1. */
  units?: number;
  dateOfService?: string;
}

/** One code of a claim with its modifiers and units. */
export interface ClaimLine {
  cpt: string;
  modifiers: string[];
  units: number;
}

/**
 * A normalized claim parses again: its `otherLines` (modifiers and units per other code) stand for
 * `otherCpt` in the input form. Anything else passes through unchanged.
 */
export function claimInputOf(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('otherLines' in raw)) return raw;
  const { otherLines, ...rest } = raw as { otherLines: unknown; otherCpt?: unknown };
  return Array.isArray(otherLines) ? { ...rest, otherCpt: otherLines } : raw;
}

/** Every line of a claim: the claimed code first, then the other codes. */
export function claimLines(claim: Claim): ClaimLine[] {
  return [
    { cpt: claim.cpt, modifiers: claim.modifiers, units: claim.units ?? 1 },
    ...(claim.otherLines ?? claim.otherCpt.map((cpt) => ({ cpt, modifiers: [], units: 1 }))),
  ];
}

/** Writes an ICD-10-CM code in its dotted form: "c414" -> "C41.4". */
export function normalizeIcd10(code: string): string {
  const bare = code.replace('.', '').toUpperCase();
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

export function normalizeClaim(input: z.output<typeof claimSchema>): Claim {
  const otherLines: ClaimLine[] = (input.otherCpt ?? []).map((c) =>
    typeof c === 'string'
      ? { cpt: c.toUpperCase(), modifiers: [], units: 1 }
      : {
          cpt: c.cpt.toUpperCase(),
          modifiers: (c.modifiers ?? []).map((m) => m.toUpperCase()),
          units: c.units ?? 1,
        },
  );
  return {
    cpt: input.cpt,
    modifiers: (input.modifiers ?? []).map((m) => m.toUpperCase()),
    icd10: (input.icd10 ?? []).map(normalizeIcd10),
    ...(input.placeOfService === undefined ? {} : { placeOfService: input.placeOfService }),
    otherCpt: otherLines.map((l) => l.cpt),
    otherLines,
    ...(input.units === undefined ? {} : { units: input.units }),
    ...(input.dateOfService === undefined ? {} : { dateOfService: input.dateOfService }),
  };
}
