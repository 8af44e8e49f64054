import { z } from 'zod';
import { type ElementKey, elementKeys, elements } from '../codes/elements.ts';
import { type FeatureKey, featureKeys } from '../codes/features.ts';
import { factSchema, featuresSchema } from './code-facts.ts';
import { evidenceSchema, type Fact } from './facts.ts';
import { findingSchema, routeDecisions, uncertaintySignalIds } from './findings.ts';
import { requirementStatusSchema } from './requirements.ts';

/**
 * The zod schema of `ProcessResult` (src/pipeline/process.ts): the output contract of `opnote process`
 * and of `POST /v1/notes`. Built from the element, feature and finding definitions (the finding union in ./findings.ts), never a second
 * hand-kept list; a test parses the pipeline's output on every fixture with it.
 */

const cueResultSchema = z
  .object({
    feature: z.enum(featureKeys),
    expectation: z.string(),
    holds: z.boolean(),
    state: z
      .enum(['holds', 'unknown', 'contradicted'])
      .describe('holds; unknown: the note does not state the fact; contradicted: the note states otherwise.'),
    evidence: z.array(evidenceSchema),
  })
  .strict();

const candidateSchema = z
  .object({
    code: z.string(),
    descriptor: z.string(),
    supported: z.boolean(),
    standing: z.boolean().describe('The evidence cannot split this code from the other standing candidates.'),
    cues: z.array(cueResultSchema),
    why: z.string().describe('One sentence: why this code is or is not supported, quoting the evidence.'),
    summary: z.string().describe('The same reason without transcript quotes.'),
  })
  .strict();

/** The level decision plus the code whose documentation was checked. */
export const codeDecisionSchema = z
  .object({
    claimed: z.string().nullable(),
    supported: z.string().nullable().describe('The code the documented anatomy supports, or null.'),
    basis: z.enum(['anatomy', 'label', 'none']),
    candidates: z.array(candidateSchema),
    reasons: z.array(z.string()),
    ambiguity: z
      .object({
        kind: z.enum(['missing-fact', 'tie']),
        codes: z.array(z.string()),
        missing: z.array(z.enum(featureKeys)),
        summary: z.string(),
      })
      .strict()
      .nullable()
      .describe('Set when the evidence cannot split neighbours: supported is null and these codes stand.'),
    labelConflicts: z
      .array(
        z
          .object({ code: z.string(), evidence: evidenceSchema, refuted: z.boolean(), summary: z.string() })
          .strict(),
      )
      .describe(
        'Stated procedure names that the described anatomy contradicts; refuted: the anatomy rules the named code out.',
      ),
    checked: z.string().nullable().describe('The code whose documentation requirements were checked.'),
  })
  .strict();

// These two shapes are built from the definitions, so zod types them loosely; the casts state the
// precise types they enforce at runtime (checked on every fixture in tests/serve-result-schema.test.ts).

/** Documentation elements of the checked code; every element may appear, each with its value schema. */
export const resultFactsSchema = z
  .object(
    Object.fromEntries(
      elementKeys.map((k: ElementKey) => [
        k,
        factSchema(elements[k].value as z.ZodType | undefined).optional(),
      ]),
    ),
  )
  .strict() as unknown as z.ZodType<Partial<Record<ElementKey, Fact>>>;

/** Procedure features (anatomy): every feature, each with its value schema. */
export const anatomySchema = featuresSchema() as unknown as z.ZodType<Record<FeatureKey, Fact>>;

/** Where the note goes next and why: each reason names its finding or its uncertainty signal and evidence. */
export const routeSchema = z
  .object({
    decision: z.enum(routeDecisions),
    reasons: z.array(
      z
        .object({
          decision: z.enum(routeDecisions),
          finding: z.string().optional(),
          signal: z.enum(uncertaintySignalIds).optional(),
          feature: z.enum(featureKeys).optional(),
          evidence: z.array(evidenceSchema),
          message: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

/** The Markdown drafts: operative note, coder summary, physician queries. */
export const draftsSchema = z
  .object({
    operativeNote: z.string().describe('Markdown draft of the operative note.'),
    coderSummary: z.string().describe('Markdown summary for the coder.'),
    queries: z.array(z.object({ element: z.string(), text: z.string() }).strict()),
  })
  .strict();

/** Extractor, versions, duration, and token usage and cost when an LLM was used. */
export const resultMetaSchema = z
  .object({
    extractor: z.string(),
    versions: z.record(z.string(), z.string()),
    durationMs: z.number().nonnegative(),
    usage: z
      .object({
        promptTokens: z.number().int().nonnegative(),
        completionTokens: z.number().int().nonnegative(),
      })
      .strict()
      .optional(),
    costUsd: z.number().nonnegative().optional(),
  })
  .strict();

/** Schema of `ProcessResult`. */
export const processResultSchema = z
  .object({
    id: z.string().optional().describe("The caller's note id, echoed."),
    code: codeDecisionSchema,
    facts: resultFactsSchema,
    anatomy: anatomySchema,
    findings: z.array(findingSchema),
    requirements: z
      .array(requirementStatusSchema)
      .describe("The checked code's documentation requirements with their status (empty without one)."),
    route: routeSchema,
    drafts: draftsSchema,
    meta: resultMetaSchema,
  })
  .strict()
  .meta({ title: 'ProcessResult', description: 'The result of processing one dictation.' });

/** The type `processResultSchema` parses to. */
export type ProcessResultOutput = z.output<typeof processResultSchema>;

/** The JSON Schema (draft 2020-12) of `ProcessResult`, for consumers in other languages. */
export function processResultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(processResultSchema, { target: 'draft-2020-12', io: 'output' }) as Record<
    string,
    unknown
  >;
}
