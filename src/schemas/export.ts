import { z } from 'zod';
import { documentedCodes } from '../codes/index.ts';
import { claimSchema } from './claim.ts';
import { factsSchemaFor, featuresSchema } from './code-facts.ts';

/** Every JSON Schema the project checks in under schemas/, by file name. Computed from the zod schemas. */
export function exportedSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'claim.schema.json': z.toJSONSchema(claimSchema, { io: 'input' }),
    'features.schema.json': z.toJSONSchema(featuresSchema()),
  };
  for (const code of documentedCodes) {
    out[`cpt-${code.code}.facts.schema.json`] = z.toJSONSchema(factsSchemaFor(code));
  }
  return out;
}
