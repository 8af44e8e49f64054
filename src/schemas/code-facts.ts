import { z } from 'zod';
import { type ElementKey, elements } from '../codes/elements.ts';
import { type FeatureKey, features } from '../codes/features.ts';
import type { CodeDefinition } from '../codes/types.ts';
import { elementStatusSchema, evidenceSchema, inferredSchema } from './facts.ts';

/** Schema of one fact whose value follows `value` (or has none). */
export function factSchema(value: z.ZodType | undefined) {
  return z
    .object({
      status: elementStatusSchema,
      ...(value ? { value: value.optional() } : {}),
      evidence: z.array(evidenceSchema),
      inferred: inferredSchema.optional(),
      conflicting: z
        .array(evidenceSchema)
        .optional()
        .describe('Where the note states another value of the same element: it contradicts itself.'),
    })
    .strict();
}

/** The element keys a code's documentation uses: laterality first, then its requirements in order. */
export function elementKeysFor(code: CodeDefinition): ElementKey[] {
  const keys: ElementKey[] = ['laterality'];
  for (const r of code.requirements) if (!keys.includes(r.element)) keys.push(r.element);
  return keys;
}

/** The zod schema of `facts` for one documented code: exactly its elements. */
export function factsSchemaFor(code: CodeDefinition) {
  const shape = Object.fromEntries(elementKeysFor(code).map((k) => [k, factSchema(elements[k].value)]));
  return z.object(shape).strict();
}

/** The zod schema of the procedure features (anatomy) every extraction carries. */
export function featuresSchema() {
  const shape = Object.fromEntries(
    (Object.keys(features) as FeatureKey[]).map((k) => {
      const def: { value?: z.ZodType } = features[k];
      return [k, factSchema(def.value)];
    }),
  );
  return z.object(shape).strict();
}
