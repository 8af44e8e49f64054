import type { AuditEvent, Store } from './types.ts';
import type { NoteSummary } from './worklist.ts';

/**
 * Exports of the reviewed notes: for billing (CSV or JSONL) and, from the overrides, candidate eval
 * cases (the coder's code as gold). Shared by `opnote export` and the service's /v1/export routes.
 */

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

/** The CSV columns of the reviewed-notes export, in order. */
export const REVIEWED_COLUMNS: ReadonlyArray<keyof ReviewedRow> = [
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

export function reviewedRow(n: NoteSummary, e: AuditEvent): ReviewedRow {
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
export async function* reviewedNotes(store: Store): AsyncIterable<{ note: NoteSummary; review: AuditEvent }> {
  for (let offset = 0; ; offset += 500) {
    const page = await store.listNotes({ review: 'reviewed', limit: 500, offset });
    for (const note of page.notes) {
      const review = closingReview(await store.events(note.id), note.processingId);
      if (review) yield { note, review };
    }
    if (page.notes.length < 500) return;
  }
}

/** The reviewed notes as lines: a CSV header then rows, or one JSON object per line. */
export async function* reviewedLines(store: Store, format: 'csv' | 'jsonl'): AsyncIterable<string> {
  if (format === 'csv') yield REVIEWED_COLUMNS.join(',');
  for await (const { note, review } of reviewedNotes(store)) {
    const row = reviewedRow(note, review);
    yield format === 'csv' ? REVIEWED_COLUMNS.map((c) => csvCell(row[c])).join(',') : JSON.stringify(row);
  }
}

/**
 * Each override as a candidate eval case, one JSON line: the transcript only if the store kept it
 * (else `transcriptStored: false`), the claim, the coder's code as the expected one, and its source.
 */
export async function* overrideCaseLines(store: Store): AsyncIterable<string> {
  for await (const { note, review } of reviewedNotes(store)) {
    if (review.data.action !== 'code-overridden') continue;
    const processing = (await store.processings(note.id)).find((p) => p.id === note.processingId);
    const transcript = processing?.transcript ?? null;
    yield JSON.stringify({
      name: `override-${note.id}`,
      ...(transcript === null ? { transcriptStored: false } : { transcript }),
      ...(note.claimedCode ? { claim: { cpt: note.claimedCode } } : {}),
      expected: {
        code: String(review.data.to),
        notes: `From a coder override (${review.actor}, ${review.at}): ${review.reason ?? ''} Supported by opnote: ${note.supportedCode ?? 'none'}.`,
      },
      source: { noteId: note.id, processingId: note.processingId, versions: processing?.versions ?? {} },
    });
  }
}
