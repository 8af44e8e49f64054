import { z } from 'zod';
import { claimSchema } from '../schemas/claim.ts';
import { processResultSchema } from '../schemas/result.ts';
import { FHIR_JSON } from './accept.ts';
import { PROBLEM_SPECS, problemType } from './problems.ts';
import { reviewEventSchema, reviewRequestSchema } from './review.ts';
import {
  codeDefinitionSchema,
  codeListSchema,
  conditionSchema,
  healthSchema,
  noteRequestSchema,
  noteResponseSchema,
  problemSchema,
  readySchema,
} from './schemas.ts';

export interface OpenApiOptions {
  /** Version of the service, for `info.version`. */
  version: string;
  /** Extractor names a request may choose (documented as an enum). */
  extractors: readonly string[];
  /** Extractor used when a request names none. */
  defaultExtractor: string;
  /** Whether /v1 routes require a bearer token. */
  auth: boolean;
}

type Json = Record<string, unknown>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });

/** The component schemas, generated from the zod schemas with references between them. */
function componentSchemas(options: OpenApiOptions): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  const extractor = z
    .enum(options.extractors as [string, ...string[]])
    .optional()
    .describe(`Fact extractor by name. Default: ${options.defaultExtractor}.`);
  registry.add(claimSchema, { id: 'Claim' });
  registry.add(noteRequestSchema.extend({ extractor }), { id: 'NoteRequest' });
  registry.add(processResultSchema, { id: 'ProcessResult' });
  registry.add(noteResponseSchema, { id: 'NoteResponse' });
  registry.add(problemSchema, { id: 'Problem' });
  registry.add(conditionSchema, { id: 'RequirementCondition' });
  registry.add(codeDefinitionSchema, { id: 'CodeDefinition' });
  registry.add(codeListSchema, { id: 'CodeList' });
  registry.add(healthSchema, { id: 'Health' });
  registry.add(readySchema, { id: 'Ready' });
  registry.add(reviewRequestSchema, { id: 'ReviewRequest' });
  registry.add(reviewEventSchema, { id: 'ReviewEvent' });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Components live inside the OpenAPI document: drop the per-schema $schema and fragment-only $id.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Json;
      return [id, rest];
    }),
  );
}

const json = (schema: Json): Json => ({ 'application/json': { schema } });

const problem = (description: string, retry = false): Json => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
  ...(retry
    ? {
        headers: {
          'retry-after': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
        },
      }
    : {}),
});

const codesFor = (status: number): string =>
  Object.entries(PROBLEM_SPECS)
    .filter(([, spec]) => spec.status === status)
    .map(([code]) => `\`${code}\``)
    .join(', ');

const requestIdHeader = {
  'x-request-id': {
    description: 'The request id (the one sent, when it is a valid id, otherwise a new UUID).',
    schema: { type: 'string' },
  },
};

/**
 * The OpenAPI 3.1 document of `opnote serve`, generated from the zod schemas of the request, the claim,
 * the result and the problem details. Pure: the same options give the same document.
 */
export function buildOpenApiDocument(options: OpenApiOptions): Json {
  const secured = options.auth ? { security: [{ bearer: [] }] } : {};
  const authProblems = options.auth
    ? { 401: problem(`Missing or invalid bearer token (${codesFor(401)}).`) }
    : {};
  return {
    openapi: '3.1.0',
    info: {
      title: 'opnote',
      version: options.version,
      description:
        "Turns a surgeon's dictation into grounded facts, a supported CPT code, findings and drafts. " +
        `Errors are RFC 9457 problem details whose \`type\` is ${problemType('<code>')}.`,
    },
    paths: {
      '/v1/notes': {
        post: {
          operationId: 'processNote',
          summary: 'Process one finished dictation',
          ...secured,
          parameters: [
            {
              name: 'x-request-id',
              in: 'header',
              required: false,
              description: 'Request id to use (letters, digits, "-" and "."; at most 64).',
              schema: { type: 'string', pattern: '^[A-Za-z0-9.-]{1,64}$' },
            },
          ],
          requestBody: { required: true, content: json(ref('NoteRequest')) },
          responses: {
            200: {
              description: `The result; with \`Accept: ${FHIR_JSON}\`, a FHIR R4 Bundle (collection) of a DocumentReference and DetectedIssues.`,
              headers: requestIdHeader,
              content: {
                ...json(ref('NoteResponse')),
                [FHIR_JSON]: {
                  schema: {
                    type: 'object',
                    description: 'FHIR R4 Bundle: https://hl7.org/fhir/R4/bundle.html',
                    properties: { resourceType: { const: 'Bundle' }, type: { const: 'collection' } },
                    required: ['resourceType', 'type', 'entry'],
                  },
                },
              },
            },
            400: problem(`Bad input, same checks as the CLI (${codesFor(400)}).`),
            ...authProblems,
            413: problem(`Body or transcript over the size limit (${codesFor(413)}).`),
            415: problem('Body is not application/json.'),
            429: problem(`The LLM provider's rate limit was reached (${codesFor(429)}).`, true),
            500: problem(`Server error (${codesFor(500)}).`),
            502: problem(`The LLM provider or its answer failed (${codesFor(502)}).`),
            503: problem(
              `Back-pressure: extraction slots and queue are full, or shutting down (${codesFor(503)}).`,
              true,
            ),
            504: problem(`The provider or the request timed out (${codesFor(504)}).`),
          },
        },
      },
      '/v1/notes/{id}/review': {
        post: {
          operationId: 'reviewNote',
          summary: "Review a stored note's latest result (needs a server started with --store)",
          ...secured,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(ref('ReviewRequest')) },
          responses: {
            201: { description: 'The audit event appended.', content: json(ref('ReviewEvent')) },
            400: problem('Bad review (`input.invalid`, `review.invalid`).'),
            ...authProblems,
            404: problem('No such note in the store, or the server keeps no store (`store.not-found`).'),
            503: problem('The store is unreachable (`store.unavailable`).', true),
          },
        },
      },
      '/v1/codes': {
        get: {
          operationId: 'listCodes',
          summary: 'List the codes in the knowledge',
          ...secured,
          responses: {
            200: { description: 'The codes, sorted.', content: json(ref('CodeList')) },
            ...authProblems,
          },
        },
      },
      '/v1/codes/{code}': {
        get: {
          operationId: 'getCode',
          summary: 'Show one code of the knowledge',
          ...secured,
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'The code definition.', content: json(ref('CodeDefinition')) },
            ...authProblems,
            404: problem('The code is not in the knowledge (`code.unknown`).'),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness',
          security: [],
          responses: { 200: { description: 'The process is up.', content: json(ref('Health')) } },
        },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'Readiness, with the extraction limiter state',
          security: [],
          responses: {
            200: { description: 'Accepting requests.', content: json(ref('Ready')) },
            503: problem('Shutting down (`server.closing`).', true),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          security: [],
          responses: { 200: { description: 'OpenAPI 3.1 document.', content: json({ type: 'object' }) } },
        },
      },
    },
    components: {
      schemas: componentSchemas(options),
      ...(options.auth ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
  };
}
