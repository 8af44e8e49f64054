import { NOTE_EVENT_TYPES } from './worklist.ts';

type Json = Record<string, unknown>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: Json): Json => ({ 'application/json': { schema } });
const nullable = (type: string): Json => ({ type: [type, 'null'] });

const ROUTES = ['coder-review', 'query-physician', 'fix-claim', 'ready', 'error'];

/** Component schemas of the worklist API. */
export const worklistSchemas: Record<string, Json> = {
  NoteSummary: {
    type: 'object',
    description: "One stored note's current result on the worklist.",
    properties: {
      id: { type: 'string' },
      processingId: { type: 'integer' },
      status: { enum: ['ok', 'error'] },
      route: { enum: ROUTES, description: 'The route decision; `error` for a note that failed.' },
      claimedCode: nullable('string'),
      supportedCode: nullable('string'),
      findings: {
        type: 'array',
        items: { type: 'string' },
        description: 'Finding keys (`id` or `id:element`).',
      },
      paymentDifference: {
        type: ['number', 'null'],
        description: 'National payment of the supported code minus the claimed one, USD.',
      },
      reviewState: { enum: ['open', 'reviewed'], description: '`reviewed` once accepted or overridden.' },
      updatedAt: { type: 'string' },
    },
    required: ['id', 'processingId', 'status', 'route', 'findings', 'reviewState'],
  },
  NotePage: {
    type: 'object',
    properties: {
      notes: { type: 'array', items: ref('NoteSummary') },
      total: { type: 'integer', description: 'Notes matching the filters.' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      counts: {
        type: 'object',
        additionalProperties: { type: 'integer' },
        description: 'Notes per route under the same filters except the route.',
      },
    },
    required: ['notes', 'total', 'limit', 'offset', 'counts'],
  },
  StoredNote: {
    allOf: [ref('NoteSummary')],
    type: 'object',
    properties: {
      result: {
        type: ['object', 'null'],
        description: 'The stored result: the `opnote process` result (as in NoteResponse), without `id`.',
      },
      error: { type: ['object', 'null'] },
      transcript: { type: ['string', 'null'], description: 'Only when the store keeps transcripts.' },
      versions: { type: 'object', additionalProperties: { type: 'string' } },
      extractor: nullable('string'),
    },
  },
  NoteEvents: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      events: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            type: { enum: [...NOTE_EVENT_TYPES] },
            at: { type: 'string' },
            actor: { type: 'string' },
            reason: nullable('string'),
            processingId: nullable('integer'),
            data: { type: 'object' },
          },
          required: ['id', 'type', 'at', 'actor', 'reason', 'data'],
        },
      },
    },
    required: ['id', 'events'],
  },
};

const query = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/**
 * The worklist paths: `get` of `/v1/notes`, `/v1/notes/{id}` and `/v1/notes/{id}/events`, given the
 * document's security and problem responses.
 */
export function worklistPaths(secured: Json, problems: Record<string, Json>): Record<string, Json> {
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const noStore = problems[404];
  return {
    '/v1/notes': {
      get: {
        operationId: 'listNotes',
        summary: 'The worklist: stored notes, coder-review first, then by payment at stake (needs --store)',
        ...secured,
        parameters: [
          query('route', 'Route decision, or `error`.', { enum: ROUTES }),
          query('code', 'CPT code, claimed or supported.'),
          query('finding', 'Finding id or `id:element`.'),
          query('run', 'Run id.'),
          query('review', 'Review state; default both.', { enum: ['open', 'reviewed'] }),
          query('limit', 'Page size. Default 50.', { type: 'integer', minimum: 1, maximum: 500 }),
          query('offset', 'Rows to skip. Default 0.', { type: 'integer', minimum: 0 }),
        ],
        responses: {
          200: { description: 'A page of notes with counts per route.', content: json(ref('NotePage')) },
          ...problems,
        },
      },
    },
    '/v1/notes/{id}': {
      get: {
        operationId: 'getNote',
        summary: 'One stored note: its summary, result and (when stored) transcript',
        ...secured,
        parameters: [id],
        responses: {
          200: { description: 'The note.', content: json(ref('StoredNote')) },
          ...problems,
          404: noStore,
        },
      },
    },
    '/v1/export/reviewed': {
      get: {
        operationId: 'exportReviewed',
        summary: 'The reviewed notes for billing: final code, decision, actor, reason, time',
        ...secured,
        parameters: [query('format', 'Default csv.', { enum: ['csv', 'jsonl'] })],
        responses: {
          200: {
            description: 'One row per reviewed note (CSV with a header, or JSON lines).',
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/x-ndjson': { schema: { type: 'string' } },
            },
          },
          ...problems,
        },
      },
    },
    '/v1/export/overrides': {
      get: {
        operationId: 'exportOverrides',
        summary: "Each override as a candidate eval case (gold = the coder's code; transcript when stored)",
        ...secured,
        responses: {
          200: {
            description:
              'JSON lines: {name, transcript | transcriptStored: false, claim?, expected: {code, notes}, source}.',
            content: { 'application/x-ndjson': { schema: { type: 'string' } } },
          },
          ...problems,
        },
      },
    },
    '/v1/notes/{id}/events': {
      get: {
        operationId: 'noteEvents',
        summary: "A note's audit history, oldest first",
        ...secured,
        parameters: [id],
        responses: {
          200: { description: 'The events.', content: json(ref('NoteEvents')) },
          ...problems,
          404: noStore,
        },
      },
    },
  };
}
