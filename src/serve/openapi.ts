import { z } from 'zod';
import { claimSchema } from '../schemas/claim.ts';
import { evidenceSchema } from '../schemas/facts.ts';
import { findingSchema } from '../schemas/findings.ts';
import { requirementStatusSchema } from '../schemas/requirements.ts';
import { routeSchema } from '../schemas/result.ts';
import { FHIR_JSON } from './accept.ts';
import { deliveryAttemptSchema, jobAcceptedSchema, jobSchema } from './job-schemas.ts';
import { PROBLEM_SPECS, problemType } from './problems.ts';
import { reviewEventSchema, reviewRequestSchema } from './review.ts';
import {
  codeDefinitionSchema,
  codeListSchema,
  conditionSchema,
  denialConditionSchema,
  healthSchema,
  noteRequestSchema,
  noteResponseSchema,
  problemSchema,
  readySchema,
} from './schemas.ts';
import { worklistPaths, worklistSchemas } from './worklist-openapi.ts';

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
  // Shared parts of the result are components of their own, referenced wherever they occur (the
  // evidence of every fact, finding, requirement and route reason is one schema, not a copy each).
  registry.add(evidenceSchema, { id: 'Evidence' });
  registry.add(findingSchema, { id: 'Finding' });
  registry.add(requirementStatusSchema, { id: 'RequirementStatus' });
  registry.add(routeSchema, { id: 'Route' });
  registry.add(noteRequestSchema.extend({ extractor }), { id: 'NoteRequest' });
  registry.add(noteResponseSchema, { id: 'NoteResponse' });
  registry.add(problemSchema, { id: 'Problem' });
  registry.add(conditionSchema, { id: 'RequirementCondition' });
  registry.add(denialConditionSchema, { id: 'DenialCondition' });
  registry.add(codeDefinitionSchema, { id: 'CodeDefinition' });
  registry.add(codeListSchema, { id: 'CodeList' });
  registry.add(healthSchema, { id: 'Health' });
  registry.add(readySchema, { id: 'Ready' });
  registry.add(reviewRequestSchema, { id: 'ReviewRequest' });
  registry.add(reviewEventSchema, { id: 'ReviewEvent' });
  registry.add(deliveryAttemptSchema, { id: 'DeliveryAttempt' });
  registry.add(jobSchema, { id: 'Job' });
  registry.add(jobAcceptedSchema, { id: 'JobAccepted' });
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

const rateLimitHeaders = {
  'ratelimit-limit': {
    description: 'Requests allowed per minute for this token.',
    schema: { type: 'integer' },
  },
  'ratelimit-remaining': { description: 'Requests left in this minute.', schema: { type: 'integer' } },
  'ratelimit-reset': { description: 'Seconds until the minute window resets.', schema: { type: 'integer' } },
};

/** Any client error on a route with no other: a malformed request or oversized headers (400, 431). */
const clientError = (): Json => problem('A malformed request (bad request line or oversized headers).');

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
  const secured = { security: options.auth ? [{ bearer: [] }] : [] };
  const authProblems = options.auth
    ? { 401: problem(`Missing or invalid bearer token (${codesFor(401)}).`) }
    : {};
  const worklist = worklistPaths(secured, {
    400: problem('Bad query (`input.invalid`).'),
    ...authProblems,
    404: problem('No such note, or the server keeps no store (`store.not-found`).'),
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'opnote',
      version: options.version,
      license: { name: 'Proprietary (UNLICENSED)', identifier: 'LicenseRef-Proprietary' },
      description:
        "Turns a surgeon's dictation into grounded facts, a supported CPT code, findings and drafts. " +
        `Errors are RFC 9457 problem details whose \`type\` is ${problemType('<code>')}.`,
    },
    servers: [{ url: '/', description: 'The server this document is served from.' }],
    paths: {
      ...worklist,
      '/v1/notes': {
        ...worklist['/v1/notes'],
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
            {
              name: 'prefer',
              in: 'header',
              required: false,
              description:
                'RFC 7240. `respond-async` answers 202 at once with a job to poll (and a webhook when `callbackUrl` is set).',
              schema: { type: 'string', examples: ['respond-async'] },
            },
            {
              name: 'idempotency-key',
              in: 'header',
              required: false,
              description:
                'A retried POST with the same key (same token, within 24 hours) gets the first answer, or the same job, instead of a second processing. The same key with another body is 422.',
              schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
            },
          ],
          requestBody: { required: true, content: json(ref('NoteRequest')) },
          responses: {
            200: {
              description: `The result; with \`Accept: ${FHIR_JSON}\`, a FHIR R4 document: a Bundle (type document) whose first entry is the draft's Composition (LOINC 11504-8, status preliminary, one section per operative-report section), then the opnote Device (author), a DetectedIssue per finding and a Task with its Communication per physician query.`,
              headers: requestIdHeader,
              content: {
                ...json(ref('NoteResponse')),
                [FHIR_JSON]: {
                  schema: {
                    type: 'object',
                    description:
                      'FHIR R4 document Bundle: https://hl7.org/fhir/R4/documents.html (the Composition first).',
                    properties: {
                      resourceType: { const: 'Bundle' },
                      type: { const: 'document' },
                      identifier: {
                        type: 'object',
                        description: 'The document instance: system urn:ietf:rfc:3986, a urn:uuid value.',
                        properties: { system: { type: 'string' }, value: { type: 'string' } },
                      },
                      timestamp: { type: 'string', description: 'When the document was assembled.' },
                      entry: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            fullUrl: { type: 'string' },
                            resource: {
                              type: 'object',
                              additionalProperties: true,
                              description:
                                'A Composition (first), Device, DetectedIssue, Task or Communication.',
                            },
                          },
                        },
                      },
                    },
                    required: ['resourceType', 'type', 'identifier', 'timestamp', 'entry'],
                  },
                },
              },
            },
            202: {
              description: 'With `Prefer: respond-async`: the job was created; poll its Location.',
              headers: {
                location: { description: 'The job: /v1/jobs/{id}.', schema: { type: 'string' } },
                'preference-applied': { description: '`respond-async`.', schema: { type: 'string' } },
                ...requestIdHeader,
              },
              content: json(ref('JobAccepted')),
            },
            400: problem(`Bad input, same checks as the CLI (${codesFor(400)}).`),
            ...authProblems,
            422: problem(
              'The Idempotency-Key was first used with a different request (`idempotency.mismatch`).',
            ),
            413: problem(`Body or transcript over the size limit (${codesFor(413)}).`),
            405: problem('Only POST (`method.not-allowed`, with `allow`).'),
            408: problem('The request was not received within the body timeout (`request.timeout`).'),
            415: problem('Body is not application/json (`media-type.unsupported`).'),
            431: problem('Request headers too large (`headers.too-large`).'),
            429: {
              ...problem(
                `This token's request rate, or the LLM provider's, was exceeded (${codesFor(429)}).`,
                true,
              ),
              headers: {
                ...(problem('', true).headers as Json),
                ...rateLimitHeaders,
              },
            },
            500: problem(`Server error (${codesFor(500)}).`),
            502: problem(`The LLM provider or its answer failed (${codesFor(502)}).`),
            503: problem('Back-pressure: extraction slots and queue are full (`server.busy`).', true),
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
      '/v1/jobs/{id}': {
        get: {
          operationId: 'getJob',
          summary: 'Poll an async job (created by POST /v1/notes with Prefer: respond-async)',
          ...secured,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'The job: queued, running, done (with `result`) or failed (with `error`).',
              content: json(ref('Job')),
            },
            ...authProblems,
            404: problem('No such job for this token (`job.not-found`).'),
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
            ...(options.auth ? authProblems : { '4XX': clientError() }),
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
          responses: {
            200: { description: 'The process is up.', content: json(ref('Health')) },
            '4XX': clientError(),
          },
        },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'Readiness, with the extraction limiter state',
          security: [],
          responses: {
            200: { description: 'Accepting requests.', content: json(ref('Ready')) },
            '4XX': clientError(),
            503: {
              description: 'Draining for shutdown (`status: draining`): send new requests elsewhere.',
              content: json(ref('Ready')),
            },
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          security: [],
          responses: {
            200: { description: 'OpenAPI 3.1 document.', content: json({ type: 'object' }) },
            '4XX': clientError(),
          },
        },
      },
    },
    webhooks: {
      jobFinished: {
        post: {
          operationId: 'jobFinished',
          summary: "Sent to a job's callbackUrl when it is done or failed",
          // Authenticated by its signature header, not by a security scheme.
          security: [],
          description:
            'Signed: `opnote-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the webhook secret. Retried with exponential backoff until a 2xx, for a bounded number of attempts.',
          parameters: [
            {
              name: 'opnote-signature',
              in: 'header',
              required: true,
              schema: { type: 'string' },
              description: 't=<timestamp>,v1=<signature>',
            },
          ],
          requestBody: { required: true, content: json(ref('Job')) },
          responses: {
            200: { description: 'Received (any 2xx).' },
            400: { description: 'Refused (retried as any non-2xx).' },
          },
        },
      },
    },
    components: {
      schemas: { ...componentSchemas(options), ...worklistSchemas },
      ...(options.auth ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
  };
}
