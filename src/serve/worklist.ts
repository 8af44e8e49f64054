import type { FastifyInstance } from 'fastify';
import { InputError, StoreError } from '../errors.ts';
import type { AuditEvent, Store } from '../store/types.ts';
import type { NoteQuery, ReviewState } from '../store/worklist.ts';
import { registerExportRoutes } from './export.ts';

/** Event types of `GET /v1/notes/{id}/events`, named for the coding team. */
export const NOTE_EVENT_TYPES = [
  'processed',
  'query-drafted',
  'accepted',
  'overridden',
  'finding-dismissed',
  'query-sent',
  'query-answered',
] as const;
export type NoteEventType = (typeof NOTE_EVENT_TYPES)[number];

/** One event of a note's history as the API shows it. */
export interface NoteEvent {
  id: number;
  type: NoteEventType;
  at: string;
  actor: string;
  reason: string | null;
  processingId: number | null;
  data: Record<string, unknown>;
}

const REVIEW_TYPES: Record<string, NoteEventType> = {
  accepted: 'accepted',
  'code-overridden': 'overridden',
  'finding-dismissed': 'finding-dismissed',
};

/** A stored audit event as a note event: a `reviewed` event is named by its action. */
export function noteEventOf(e: AuditEvent): NoteEvent {
  const type: NoteEventType =
    e.type === 'reviewed' ? (REVIEW_TYPES[String(e.data.action)] ?? 'accepted') : (e.type as NoteEventType);
  return {
    id: e.id,
    type,
    at: e.at,
    actor: e.actor,
    reason: e.reason,
    processingId: e.processingId,
    data: e.data,
  };
}

const int = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined || v === '') return undefined;
  if (!/^\d+$/.test(v))
    throw new InputError('input.invalid', `${name} must be a whole number, got ${JSON.stringify(v)}`);
  return Number(v);
};

const text = (v: string | undefined): string | undefined =>
  v === undefined || v.trim() === '' ? undefined : v.trim();

type ListQuery = Partial<
  Record<'route' | 'code' | 'finding' | 'run' | 'review' | 'limit' | 'offset', string>
>;

/** The store query a request's query string asks for. */
export function noteQueryOf(q: ListQuery): NoteQuery {
  const query: NoteQuery = {};
  const route = text(q.route);
  const code = text(q.code);
  const finding = text(q.finding);
  const run = text(q.run);
  const review = text(q.review);
  const limit = int('limit', q.limit);
  const offset = int('offset', q.offset);
  if (route !== undefined) query.route = route;
  if (code !== undefined) query.code = code;
  if (finding !== undefined) query.finding = finding;
  if (run !== undefined) query.run = run;
  if (review !== undefined) query.review = review as ReviewState;
  if (limit !== undefined) query.limit = limit;
  if (offset !== undefined) query.offset = offset;
  return query;
}

const needStore = (store: Store | undefined): Store => {
  if (!store)
    throw new StoreError('store.not-found', 'this server keeps no results; start it with --store <url>');
  return store;
};

const notFound = (id: string): StoreError =>
  new StoreError('store.not-found', `note ${JSON.stringify(id)} is not in the store`);

/**
 * The worklist API on the (authenticated) /v1 scope: `GET /notes` (filtered, paged worklist),
 * `GET /notes/:id` (the stored note: summary, result, transcript when stored) and
 * `GET /notes/:id/events` (its audit history, oldest first), and the exports (`export.ts`).
 */
export function registerWorklistRoutes(v1: FastifyInstance, store: Store | undefined): void {
  registerExportRoutes(v1, store);
  v1.get<{ Querystring: ListQuery }>('/notes', async (request) => {
    return needStore(store).listNotes(noteQueryOf(request.query ?? {}));
  });
  v1.get<{ Params: { id: string } }>('/notes/:id', async (request) => {
    const s = needStore(store);
    const summary = await s.noteSummary(request.params.id);
    if (!summary) throw notFound(request.params.id);
    const processing = (await s.processings(request.params.id)).find((p) => p.id === summary.processingId);
    return {
      ...summary,
      result: processing?.result ?? null,
      error:
        processing && processing.status === 'error'
          ? { code: processing.errorCode, message: processing.errorMessage }
          : null,
      transcript: processing?.transcript ?? null,
      versions: processing?.versions ?? {},
      extractor: processing?.extractor ?? null,
    };
  });
  v1.get<{ Params: { id: string } }>('/notes/:id/events', async (request) => {
    const s = needStore(store);
    const events = await s.events(request.params.id);
    if (events.length === 0 && !(await s.noteSummary(request.params.id))) throw notFound(request.params.id);
    return { id: request.params.id, events: events.map(noteEventOf) };
  });
}
