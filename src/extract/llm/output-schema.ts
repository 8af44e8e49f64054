import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { type ElementKey, elementKeys, elements } from '../../codes/elements.ts';
import { type FeatureKey, featureKeys, features } from '../../codes/features.ts';
import { type ElementStatus, elementStatusSchema } from '../../schemas/facts.ts';
import { contentHash } from '../../version.ts';

/**
 * What the model returns: for every element and every feature a status, a normalized value (null when
 * there is none) and verbatim quotes. Offsets are never asked of the model: grounding computes them.
 * Built from the code knowledge (`elements.ts`, `features.ts`), so a new element or feature appears here,
 * in the prompt and in the JSON Schema without a second hand-kept list. There is no field for a code:
 * the billed code is decided by the level logic, never by the model.
 */
export interface ModelItem {
  status: ElementStatus;
  /** Present only for keys whose definition has a value schema. */
  value?: unknown;
  quotes: string[];
}

export interface ModelOutput {
  elements: Record<ElementKey, ModelItem>;
  features: Record<FeatureKey, ModelItem>;
}

/** Name of the structured-output schema, as sent in `response_format.json_schema.name`. */
export const OUTPUT_SCHEMA_NAME = 'opnote_extraction';

const quotesSchema = z.array(z.string());

/** One item's schema: value only when the definition has one, nullable (strict mode has no optional). */
function itemSchema(value: z.ZodType | undefined) {
  return z
    .object({
      status: elementStatusSchema,
      ...(value ? { value: value.nullable() } : {}),
      quotes: quotesSchema,
    })
    .strict();
}

const definedValue = (def: { value?: z.ZodType }): z.ZodType | undefined => def.value;

function groupSchema<K extends string>(keys: readonly K[], defs: Record<K, { value?: z.ZodType }>) {
  return z.object(Object.fromEntries(keys.map((k) => [k, itemSchema(definedValue(defs[k]))]))).strict();
}

/** The zod schema of the model's answer. All properties required, nullable instead of optional. */
export const modelOutputSchema = z
  .object({
    elements: groupSchema(elementKeys, elements),
    features: groupSchema(featureKeys, features),
  })
  .strict();

/** The strict `response_format` for chat completions, from the zod schema through the openai helper. */
export const outputResponseFormat = zodResponseFormat(modelOutputSchema, OUTPUT_SCHEMA_NAME);

/** The strict JSON Schema sent to the model (the same object for the openai and langchain paths). */
export const outputJsonSchema: Record<string, unknown> = outputResponseFormat.json_schema.schema ?? {};

/** Version of the output schema: a content hash of the JSON Schema. */
export const SCHEMA_VERSION = contentHash(outputJsonSchema);

/** Value schema of a key, if its definition has one. */
export function valueSchemaFor(target: 'elements' | 'features', key: string): z.ZodType | undefined {
  const defs: Record<string, { value?: z.ZodType }> = target === 'elements' ? elements : features;
  return defs[key] ? definedValue(defs[key]) : undefined;
}
