import { z } from 'zod';

/** The claim line to check: the billed CPT with its modifiers, diagnoses and place of service. */
export const claimSchema = z
  .object({
    cpt: z.string().regex(/^[0-9A-Za-z]{5}$/, 'expected a five-character CPT code such as "27290"'),
    modifiers: z
      .array(z.string().regex(/^[0-9A-Za-z]{2}$/, 'expected two-character modifiers such as "RT"'))
      .optional(),
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
    otherCpt: z.array(z.string().regex(/^[0-9A-Za-z]{5}$/, 'expected five-character CPT codes')).optional(),
  })
  .strict();

export type ClaimInput = z.input<typeof claimSchema>;

/** A claim after validation, with modifiers and ICD-10 codes upper-cased and dotted. */
export interface Claim {
  cpt: string;
  modifiers: string[];
  icd10: string[];
  placeOfService?: string;
  otherCpt: string[];
}

/** Writes an ICD-10-CM code in its dotted form: "c414" -> "C41.4". */
export function normalizeIcd10(code: string): string {
  const bare = code.replace('.', '').toUpperCase();
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

export function normalizeClaim(input: z.output<typeof claimSchema>): Claim {
  return {
    cpt: input.cpt,
    modifiers: (input.modifiers ?? []).map((m) => m.toUpperCase()),
    icd10: (input.icd10 ?? []).map(normalizeIcd10),
    ...(input.placeOfService === undefined ? {} : { placeOfService: input.placeOfService }),
    otherCpt: input.otherCpt ?? [],
  };
}
