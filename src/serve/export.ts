import type { FastifyInstance } from 'fastify';
import { InputError, StoreError } from '../errors.ts';
import type { AuditEvent, Store } from '../store/types.ts';
import type { NoteSummary } from '../store/worklist.ts';

/** One reviewed note as the billing system gets it. */
export interface ReviewedRow {
  noteId: string;
  route: string;
  claimedCode: string | null;
  supportedCode: string | null;
  /** The code to bill: the supported one when accepted, the coder's when overridden. */
  finalCode: string | null;
  decision: 'accepted' | 'overridden';
  actor: string;
  reason: string | null;
  reviewedAt: string;
  paymentDifference: number | null;
  findings: string;
}

const COLUMNS: ReadonlyArray<keyof ReviewedRow> = [
  'noteId',
  'route',
  'claimedCode',
  'supportedCode',
  'finalCode',
  'decision',
  'actor',
  'reason',
  'reviewedAt',
  'paymentDifference',
  'findings',
];

/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, CR first) gets a leading `'`.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The decision that closed a note: its last acceptance or override of the current processing. */
export function closingReview(events: readonly AuditEvent[], processingId: number): AuditEvent | undefined {
  return events
    .filter(
      (e) =>
        e.type === 'reviewed' &&
        e.processingId === processingId &&
        (e.data.action === 'accepted' || e.data.action === 'code-overridden'),
    )
    .at(-1);
}

function reviewedRow(n: NoteSummary, e: AuditEvent): ReviewedRow {
  const overridden = e.data.action === 'code-overridden';
  return {
    noteId: n.id,
    route: n.route,
    claimedCode: n.claimedCode,
    supportedCode: n.supportedCode,
    finalCode: overridden ? String(e.data.to) : n.supportedCode,
    decision: overridden ? 'overridden' : 'accepted',
    actor: e.actor,
    reason: e.reason,
    reviewedAt: e.at,
    paymentDifference: n.paymentDifference,
    findings: n.findings.join(' '),
  };
}

/** Every reviewed note with the review that closed it, a page of the worklist at a time. */
async function* reviewed(store: Store): AsyncIterable<{ note: NoteSummary; review: AuditEvent }> {
  for (let offset = 0; ; offset += 500) {
    const page = await store.listNotes({ review: 'reviewed', limit: 500, offset });
    for (const note of page.notes) {
      const review = closingReview(await store.events(note.id), note.processingId);
      if (review) yield { note, review };
    }
    if (page.notes.length < 500) return;
  }
}

const needStore = (store: Store | undefined): Store => {
  if (!store)
    throw new StoreError('store.not-found', 'this server keeps no results; start it with --store <url>');
  return store;
};

/**
 * `GET /export/reviewed?format=csv|jsonl` (the reviewed notes for billing) and
 * `GET /export/overrides` (each override as a candidate eval case, JSONL) on the /v1 scope.
 */
export function registerExportRoutes(v1: FastifyInstance, store: Store | undefined): void {
  v1.get<{ Querystring: { format?: string } }>('/export/reviewed', async (request, reply) => {
    const s = needStore(store);
    const format = request.query.format ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl')
      throw new InputError('input.invalid', `format must be csv or jsonl, got ${JSON.stringify(format)}`);
    const lines: string[] = format === 'csv' ? [COLUMNS.join(',')] : [];
    for await (const { note, review } of reviewed(s)) {
      const row = reviewedRow(note, review);
      lines.push(format === 'csv' ? COLUMNS.map((c) => csvCell(row[c])).join(',') : JSON.stringify(row));
    }
    const body = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    return reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="reviewed.${format}"`)
      .header('cache-control', 'no-store')
      .send(body);
  });

  v1.get('/export/overrides', async (_request, reply) => {
    const s = needStore(store);
    const lines: string[] = [];
    for await (const { note, review } of reviewed(s)) {
      if (review.data.action !== 'code-overridden') continue;
      const processing = (await s.processings(note.id)).find((p) => p.id === note.processingId);
      const transcript = processing?.transcript ?? null;
      lines.push(
        JSON.stringify({
          name: `override-${note.id}`,
          ...(transcript === null ? { transcriptStored: false } : { transcript }),
          ...(note.claimedCode ? { claim: { cpt: note.claimedCode } } : {}),
          expected: {
            code: String(review.data.to),
            notes: `From a coder override (${review.actor}, ${review.at}): ${review.reason ?? ''} Supported by opnote: ${note.supportedCode ?? 'none'}.`,
          },
          source: { noteId: note.id, processingId: note.processingId, versions: processing?.versions ?? {} },
        }),
      );
    }
    return reply
      .type('application/x-ndjson; charset=utf-8')
      .header('content-disposition', 'attachment; filename="overrides.jsonl"')
      .header('cache-control', 'no-store')
      .send(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  });
}
