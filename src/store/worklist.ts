import { findCode } from '../codes/index.ts';
import { InputError } from '../errors.ts';
import { findingKey } from '../schemas/findings.ts';
import type { Row, SqlDriver } from './sql-store.ts';
import type { StoredProcessing } from './types.ts';

/**
 * The worklist: one row per note (its current processing), with the columns the coding team filters
 * and sorts on, kept in step by `record` and `review` so listing never parses results.
 */

/** Route order of the worklist: what needs a person most first; a failed note after ready ones. */
export const ROUTE_RANK: Readonly<Record<string, number>> = {
  'coder-review': 0,
  'query-physician': 1,
  'fix-claim': 2,
  ready: 3,
  error: 4,
};

/** Review state of a note: `open` until a coder accepts its code or overrides it. */
export type ReviewState = 'open' | 'reviewed';

/** Filters and paging of `Store.listNotes`. */
export interface NoteQuery {
  /** Route decision (`coder-review`, ...) or `error` (a note that failed). */
  route?: string;
  /** CPT code claimed or supported. */
  code?: string;
  /** Finding id (`level.mismatch`) or `id:element`. */
  finding?: string;
  /** Notes of one run. */
  run?: string;
  /** Review state. Default: both. */
  review?: ReviewState;
  /** Page size, 1..500. Default 50. */
  limit?: number;
  /** Rows to skip. Default 0. */
  offset?: number;
}

/** One worklist row. */
export interface NoteSummary {
  id: string;
  processingId: number;
  status: 'ok' | 'error';
  route: string;
  claimedCode: string | null;
  supportedCode: string | null;
  /** Finding keys (`id` or `id:element`). */
  findings: string[];
  /** Medicare national payment of the supported code minus the claimed one, USD, when both are known. */
  paymentDifference: number | null;
  reviewState: ReviewState;
  updatedAt: string;
}

/** A page of the worklist, with counts per route under the same filters but the route. */
export interface NotePage {
  notes: NoteSummary[];
  total: number;
  limit: number;
  offset: number;
  counts: Record<string, number>;
}

/** Migration 3 (both dialects): the worklist and its finding index. */
export const WORKLIST_SQL = {
  sqlite: `
CREATE TABLE worklist (
  note_id TEXT PRIMARY KEY,
  processing_id INTEGER NOT NULL REFERENCES processings (id),
  status TEXT NOT NULL,
  route TEXT NOT NULL,
  route_rank INTEGER NOT NULL,
  claimed_code TEXT,
  supported_code TEXT,
  findings TEXT NOT NULL,
  payment_difference REAL,
  stake REAL NOT NULL,
  review_state TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX worklist_order ON worklist (review_state, route_rank, stake DESC, note_id);
CREATE INDEX worklist_route ON worklist (route, review_state, stake DESC, note_id);
CREATE INDEX worklist_state_route ON worklist (review_state, route);
CREATE INDEX worklist_supported ON worklist (supported_code);
CREATE INDEX worklist_claimed ON worklist (claimed_code);
CREATE TABLE worklist_findings (
  finding TEXT NOT NULL,
  note_id TEXT NOT NULL,
  PRIMARY KEY (finding, note_id)
);`,
  postgres: `
CREATE TABLE worklist (
  note_id TEXT PRIMARY KEY,
  processing_id BIGINT NOT NULL REFERENCES processings (id),
  status TEXT NOT NULL,
  route TEXT NOT NULL,
  route_rank INTEGER NOT NULL,
  claimed_code TEXT,
  supported_code TEXT,
  findings TEXT NOT NULL,
  payment_difference DOUBLE PRECISION,
  stake DOUBLE PRECISION NOT NULL,
  review_state TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX worklist_order ON worklist (review_state, route_rank, stake DESC, note_id);
CREATE INDEX worklist_route ON worklist (route, review_state, stake DESC, note_id);
CREATE INDEX worklist_state_route ON worklist (review_state, route);
CREATE INDEX worklist_supported ON worklist (supported_code);
CREATE INDEX worklist_claimed ON worklist (claimed_code);
CREATE TABLE worklist_findings (
  finding TEXT NOT NULL,
  note_id TEXT NOT NULL,
  PRIMARY KEY (finding, note_id)
);`,
};

/** A code's Medicare national payment, USD, or undefined when the knowledge has none. */
export type NationalRate = (code: string) => number | undefined;

/** The built-in knowledge's national rate (a `--knowledge` overlay gives imported ones: `nationalRateOf`). */
export const builtInNationalRate: NationalRate = (code) => findCode(code)?.rvu.nationalRate;

/** The national rate lookup of a code list (e.g. `knowledge.codesFor()`, the latest imported releases). */
export const nationalRateOf =
  (codes: ReadonlyArray<{ code: string; rvu: { nationalRate?: number } }>): NationalRate =>
  (code) =>
    codes.find((c) => c.code === code)?.rvu.nationalRate;

/** The worklist columns of a processing; the payment difference from `rateOf` (default: built-in figures). */
export function worklistColumns(
  p: Pick<StoredProcessing, 'status' | 'result'>,
  rateOf: NationalRate = builtInNationalRate,
): {
  status: 'ok' | 'error';
  route: string;
  claimed: string | null;
  supported: string | null;
  findings: string[];
  paymentDifference: number | null;
} {
  if (p.status !== 'ok' || !p.result)
    return {
      status: 'error',
      route: 'error',
      claimed: null,
      supported: null,
      findings: [],
      paymentDifference: null,
    };
  const r = p.result;
  const claimed = r.code.claimed ?? null;
  const supported = r.code.supported ?? null;
  const a = claimed ? rateOf(claimed) : undefined;
  const b = supported ? rateOf(supported) : undefined;
  return {
    status: 'ok',
    // A result stored before routes existed has no route: it has not been judged ready, so a person looks.
    route: r.route?.decision ?? 'coder-review',
    claimed,
    supported,
    findings: [...new Set(r.findings.map((f) => findingKey(f)))],
    paymentDifference:
      claimed && supported && a !== undefined && b !== undefined ? Math.round((b - a) * 100) / 100 : null,
  };
}

const UPSERT = `
INSERT INTO worklist (note_id, processing_id, status, route, route_rank, claimed_code, supported_code, findings,
  payment_difference, stake, review_state, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11)
ON CONFLICT (note_id) DO UPDATE SET processing_id = excluded.processing_id, status = excluded.status,
  route = excluded.route, route_rank = excluded.route_rank, claimed_code = excluded.claimed_code,
  supported_code = excluded.supported_code, findings = excluded.findings,
  payment_difference = excluded.payment_difference, stake = excluded.stake, review_state = 'open',
  updated_at = excluded.updated_at
WHERE NOT (worklist.status = 'ok' AND excluded.status = 'error')
RETURNING note_id`;

/**
 * Makes `processing` the note's worklist row (a failure never replaces a success), open for review
 * again: a new result is a new decision to review.
 */
export async function upsertWorklist(
  q: Pick<SqlDriver, 'all'>,
  noteId: string,
  processingId: number,
  p: Pick<StoredProcessing, 'status' | 'result'>,
  at: string,
  rateOf: NationalRate = builtInNationalRate,
): Promise<void> {
  const c = worklistColumns(p, rateOf);
  const rows = await q.all(UPSERT, [
    noteId,
    processingId,
    c.status,
    c.route,
    ROUTE_RANK[c.route] ?? 9,
    c.claimed,
    c.supported,
    JSON.stringify(c.findings),
    c.paymentDifference,
    Math.abs(c.paymentDifference ?? 0),
    at,
  ]);
  if (rows.length === 0) return;
  await q.all('DELETE FROM worklist_findings WHERE note_id = $1', [noteId]);
  for (const f of c.findings)
    await q.all('INSERT INTO worklist_findings (finding, note_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      f,
      noteId,
    ]);
}

/** Sets a note's review state (accept and override close it). */
export async function setReviewState(
  q: Pick<SqlDriver, 'all'>,
  noteId: string,
  state: ReviewState,
  at: string,
): Promise<void> {
  await q.all('UPDATE worklist SET review_state = $1, updated_at = $2 WHERE note_id = $3', [
    state,
    at,
    noteId,
  ]);
}

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

function toSummary(row: Row): NoteSummary {
  return {
    id: String(row.note_id),
    processingId: Number(row.processing_id),
    status: row.status as 'ok' | 'error',
    route: String(row.route),
    claimedCode: (row.claimed_code as string | null) ?? null,
    supportedCode: (row.supported_code as string | null) ?? null,
    findings: JSON.parse(String(row.findings)) as string[],
    paymentDifference: row.payment_difference === null ? null : Number(row.payment_difference),
    reviewState: row.review_state as ReviewState,
    updatedAt: iso(row.updated_at),
  };
}

/** Checks the query's values; `input.invalid` names the bad one. */
export function checkNoteQuery(query: NoteQuery): Required<Pick<NoteQuery, 'limit' | 'offset'>> {
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new InputError(
      'input.invalid',
      `limit must be an integer from 1 to 500, got ${String(query.limit)}`,
    );
  if (!Number.isInteger(offset) || offset < 0)
    throw new InputError('input.invalid', `offset must be an integer >= 0, got ${String(query.offset)}`);
  if (query.route !== undefined && !(query.route in ROUTE_RANK))
    throw new InputError(
      'input.invalid',
      `route must be one of ${Object.keys(ROUTE_RANK).join(', ')}, got ${JSON.stringify(query.route)}`,
    );
  if (query.review !== undefined && query.review !== 'open' && query.review !== 'reviewed')
    throw new InputError(
      'input.invalid',
      `review must be open or reviewed, got ${JSON.stringify(query.review)}`,
    );
  return { limit, offset };
}

function whereOf(query: NoteQuery, withRoute: boolean): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  if (query.review !== undefined) clauses.push(`w.review_state = ${p(query.review)}`);
  if (withRoute && query.route !== undefined) clauses.push(`w.route = ${p(query.route)}`);
  if (query.code !== undefined) {
    const c = p(query.code.trim());
    clauses.push(`(w.supported_code = ${c} OR w.claimed_code = ${c})`);
  }
  if (query.finding !== undefined)
    clauses.push(
      `w.note_id IN (SELECT f.note_id FROM worklist_findings f WHERE f.finding = ${p(query.finding.trim())})`,
    );
  if (query.run !== undefined)
    clauses.push(
      `EXISTS (SELECT 1 FROM run_notes r WHERE r.run_id = ${p(query.run)} AND r.note_id = w.note_id)`,
    );
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** A page of the worklist: filtered and ordered (coder-review first, then by payment at stake) in SQL. */
export async function listNotes(q: Pick<SqlDriver, 'all'>, query: NoteQuery): Promise<NotePage> {
  const { limit, offset } = checkNoteQuery(query);
  const where = whereOf(query, true);
  const n = where.params.length;
  const rows = await q.all(
    `SELECT w.* FROM worklist w ${where.sql}
     ORDER BY w.route_rank, w.stake DESC, w.note_id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...where.params, limit, offset],
  );
  const all = whereOf(query, false);
  const grouped = await q.all(
    `SELECT w.route, count(*) AS n FROM worklist w ${all.sql} GROUP BY w.route`,
    all.params,
  );
  const counts: Record<string, number> = {};
  for (const r of Object.keys(ROUTE_RANK)) counts[r] = 0;
  for (const g of grouped) counts[String(g.route)] = Number(g.n);
  const total =
    query.route === undefined ? Object.values(counts).reduce((a, b) => a + b, 0) : (counts[query.route] ?? 0);
  return { notes: rows.map(toSummary), total, limit, offset, counts };
}

/** The worklist row of one note, or null. */
export async function noteSummary(q: Pick<SqlDriver, 'all'>, noteId: string): Promise<NoteSummary | null> {
  const rows = await q.all('SELECT * FROM worklist WHERE note_id = $1', [noteId]);
  return rows.length === 0 ? null : toSummary(rows[0] as Row);
}
