import { z } from 'zod';
import { elementKeys } from '../codes/elements.ts';
import { featureKeys } from '../codes/features.ts';
import type { DenialCondition, RequirementCondition } from '../codes/types.ts';
import { claimSchema } from '../schemas/claim.ts';
import { processResultSchema } from '../schemas/result.ts';

/**
 * The HTTP contract of `opnote serve`, as zod schemas. The OpenAPI document is generated from these
 * (src/serve/openapi.ts), and tests parse real responses with them.
 */

/** Body of `POST /v1/notes`, as documented. */
export const noteRequestSchema = z
  .object({
    transcript: z
      .string()
      .describe(
        'The finished dictation, UTF-8 text. Same checks as `opnote process`: not blank, not binary.',
      ),
    claim: claimSchema.optional().describe('The claim line to check; omit to let the pipeline decide alone.'),
    extractor: z.string().optional().describe('Fact extractor by name; default: the server default (rules).'),
    id: z.string().max(200).optional().describe("Caller's note id, echoed in the result."),
    callbackUrl: z
      .string()
      .max(2000)
      .optional()
      .describe(
        'With `Prefer: respond-async`: where the job is POSTed when done, signed (`opnote-signature`). Its host must be one the server allows.',
      ),
  })
  .strict()
  .meta({ title: 'NoteRequest' });

/**
 * The body schema applied at runtime: the claim is left unchecked here so that `parseClaim` (the same
 * check as the CLI) reports it with `claim.invalid`.
 */
export const noteRequestRuntimeSchema = noteRequestSchema.extend({ claim: z.unknown().optional() });

/** Response of `POST /v1/notes` (JSON): the `opnote process` result plus the request id. */
export const noteResponseSchema = processResultSchema
  .extend({ requestId: z.string().describe('Request id; also in the x-request-id header and in logs.') })
  .meta({ title: 'NoteResponse' });

/** RFC 9457 problem details, with the opnote error code as an extension member. */
export const problemSchema = z
  .object({
    type: z.string().describe('A stable URI per error code, e.g. https://opnote.dev/problems/input.empty.'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().describe('What happened and how to fix it; never transcript text.'),
    instance: z.string().describe('The request id.'),
    code: z.string().describe('The opnote error code, e.g. input.empty.'),
  })
  .strict()
  .meta({ title: 'Problem' });

const provenanceShape = {
  source: z.string(),
  date: z.string(),
  unverified: z.boolean().optional(),
  detail: z.string().optional().describe('Where exactly the figure was taken from (not shown in drafts).'),
  note: z.string().optional(),
};
const provenanceSchema = z.object(provenanceShape).strict();

/** When a documentation element is required (recursive through `anyOf`). */
export const conditionSchema: z.ZodType<RequirementCondition> = z
  .lazy(() =>
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('always') }).strict(),
      z.object({ kind: z.literal('feature'), feature: z.enum(featureKeys) }).strict(),
      z.object({ kind: z.literal('modifier'), modifier: z.string() }).strict(),
      z.object({ kind: z.literal('otherCptPrefix'), prefixes: z.array(z.string()) }).strict(),
      z.object({ kind: z.literal('diagnosisPrefix'), prefixes: z.array(z.string()) }).strict(),
      z.object({ kind: z.literal('inpatientOnly') }).strict(),
      z.object({ kind: z.literal('anyOf'), conditions: z.array(conditionSchema) }).strict(),
    ]),
  )
  .meta({ title: 'RequirementCondition' });

/** When a denial risk applies, read from the claim and the note (recursive through `anyOf`/`allOf`). */
export const denialConditionSchema: z.ZodType<DenialCondition> = z
  .lazy(() =>
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('always') }).strict(),
      z.object({ kind: z.literal('claimLacksModifier'), modifiers: z.array(z.string()) }).strict(),
      z.object({ kind: z.literal('claimHasModifier'), modifiers: z.array(z.string()) }).strict(),
      z.object({ kind: z.literal('placeOfServiceNot'), placesOfService: z.array(z.string()) }).strict(),
      z.object({ kind: z.literal('placeOfServiceIs'), placesOfService: z.array(z.string()) }).strict(),
      z.object({ kind: z.literal('otherCptPrefix'), prefixes: z.array(z.string()) }).strict(),
      z.object({ kind: z.literal('feature'), feature: z.enum(featureKeys) }).strict(),
      z.object({ kind: z.literal('elementUnmet'), element: z.enum(elementKeys) }).strict(),
      z.object({ kind: z.literal('diagnosisUnsupported') }).strict(),
      z.object({ kind: z.literal('inpatientOnly') }).strict(),
      z.object({ kind: z.literal('anyOf'), conditions: z.array(denialConditionSchema) }).strict(),
      z.object({ kind: z.literal('allOf'), conditions: z.array(denialConditionSchema) }).strict(),
    ]),
  )
  .meta({ title: 'DenialCondition' });

const levelCueSchema = z.discriminatedUnion('is', [
  z.object({ feature: z.enum(featureKeys), is: z.literal('documented') }).strict(),
  z.object({ feature: z.enum(featureKeys), is: z.literal('absent') }).strict(),
  z.object({ feature: z.enum(featureKeys), is: z.literal('negated') }).strict(),
  z.object({ feature: z.enum(featureKeys), is: z.literal('notNegated') }).strict(),
  z.object({ feature: z.enum(featureKeys), is: z.literal('oneOf'), values: z.array(z.string()) }).strict(),
  z.object({ feature: z.enum(featureKeys), is: z.literal('atLeast'), value: z.number() }).strict(),
  z.object({ feature: z.enum(featureKeys), is: z.literal('below'), value: z.number() }).strict(),
]);

/** One code of the knowledge, as `opnote codes <code> --format json` prints it. */
export const codeDefinitionSchema = z
  .object({
    code: z.string(),
    descriptor: z.string().describe('Paraphrased descriptor (never AMA CPT text).'),
    region: z.string(),
    documented: z
      .boolean()
      .describe(
        'Whether the product has a full documentation page for this code (its own requirements); every single-limb code also requires the side.',
      ),
    globalDays: z.union([z.number().int(), z.literal('ZZZ')]),
    globalSource: provenanceSchema,
    rvu: z
      .object({
        ...provenanceShape,
        work: z.number(),
        practiceExpense: z.number().optional(),
        malpractice: z.number().optional(),
        total: z.number().optional(),
        nationalRate: z.number().optional(),
      })
      .strict(),
    flags: z
      .object({
        ...provenanceShape,
        bilateral: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(9)]),
        assistant: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(9)]),
        coSurgeon: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(9)]),
      })
      .strict(),
    pfsIndicators: z
      .object({
        ...provenanceShape,
        status: z.string(),
        conversionFactor: z.number(),
        multipleProcedure: z.number().optional(),
        teamSurgery: z.number().optional(),
      })
      .strict()
      .optional()
      .describe('Further PFS indicators, when imported from a PPRRVU file.'),
    singleLimb: z.boolean(),
    inpatientOnly: z
      .object({ ...provenanceShape, value: z.boolean(), statusIndicator: z.string().optional() })
      .strict(),
    officeSetting: z.object({ ...provenanceShape, value: z.boolean() }).strict(),
    siteRates: z.array(
      z
        .object({
          ...provenanceShape,
          setting: z.enum(['office', 'hopd', 'asc']),
          label: z.string(),
          rate: z.number(),
          apc: z.string().optional(),
          paymentIndicator: z.string().optional(),
        })
        .strict(),
    ),
    requirements: z.array(
      z.object({ element: z.enum(elementKeys), requiredWhen: conditionSchema, basis: z.string() }).strict(),
    ),
    levelCues: z.array(levelCueSchema),
    decidingFacts: z.string(),
    labels: z.array(z.string()),
    neighbours: z.array(z.string()),
    revises: z
      .array(z.string())
      .describe('Codes whose result this procedure works on (their names describe the existing state).'),
    supportingDiagnoses: z.array(
      z
        .object({
          prefix: z.string(),
          description: z.string(),
          secondary: z.boolean().optional(),
          source: provenanceSchema.optional(),
        })
        .strict(),
    ),
    diagnosisSource: provenanceSchema.optional(),
    modifiers: z.array(z.object({ code: z.string(), use: z.string() }).strict()),
    denialReasons: z
      .array(z.object({ text: z.string(), when: denialConditionSchema }).strict())
      .describe('Common denial reasons, each with what on the claim or in the note makes it a live risk.'),
    notes: z.array(z.string()).optional(),
    sources: z.array(provenanceSchema),
  })
  .strict()
  .meta({ title: 'CodeDefinition' });

/** One line of `GET /v1/codes`. */
export const codeSummarySchema = codeDefinitionSchema
  .pick({
    code: true,
    descriptor: true,
    region: true,
    documented: true,
    decidingFacts: true,
    neighbours: true,
  })
  .meta({ title: 'CodeSummary' });

export const codeListSchema = z
  .object({ codes: z.array(codeSummarySchema) })
  .strict()
  .meta({ title: 'CodeList' });

export const healthSchema = z
  .object({ status: z.literal('ok') })
  .strict()
  .meta({ title: 'Health' });

export const readySchema = z
  .object({
    status: z
      .enum(['ready', 'draining'])
      .describe('`draining` (with status 503) once shutdown has begun: send new requests elsewhere.'),
    extraction: z
      .object({
        running: z.number().int().nonnegative(),
        queued: z.number().int().nonnegative(),
        concurrency: z.number().int().positive(),
        maxQueue: z.number().int().nonnegative(),
      })
      .strict()
      .describe('The shared bound on concurrent LLM extractions and its wait queue.'),
    pipeline: z
      .object({
        workers: z.number().int().nonnegative(),
        running: z.number().int().nonnegative(),
        restarts: z.number().int().nonnegative(),
      })
      .strict()
      .describe(
        'Worker threads running the pipeline (0: in-process), the notes they are processing, and how often a worker was restarted (it held on to an abandoned note, or stopped).',
      ),
  })
  .strict()
  .meta({ title: 'Ready' });
