import { findCode } from '../codes/index.ts';
import { StoreError } from '../errors.ts';
import { findingKey } from '../schemas/findings.ts';
import { exportBatchKey, inputHash, pipelineKey } from './keys.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';
import type {
  AuditEvent,
  AuditType,
  JobLease,
  JobRecord,
  ProcessingInput,
  RecordOutcome,
  ReviewInput,
  Store,
  StoredProcessing,
  StoreIdentity,
} from './types.ts';
import {
  builtInNationalRate,
  listNotes,
  type NationalRate,
  type NotePage,
  type NoteQuery,
  type NoteSummary,
  noteSummary,
  setReviewState,
  upsertWorklist,
} from './worklist.ts';

/** A row as a driver returns it: column name to value. */
export type Row = Record<string, unknown>;

/** What a dialect gives the store: queries with `$1`-style parameters, and transactions. */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs one statement; returns its rows (RETURNING included). */
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction (retried as a whole on a dropped connection, for postgres). */
  transaction<T>(work: (q: Pick<SqlDriver, 'all'>) => Promise<T>): Promise<T>;
  /** Applies `migrations` not applied yet, under the dialect's lock. */
  migrate(migrations: readonly Migration[]): Promise<void>;
  close(): Promise<void>;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));
const parsed = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : (v ?? null));
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function toProcessing(row: Row): StoredProcessing {
  return {
    id: Number(row.id),
    noteId: String(row.note_id),
    inputHash: String(row.input_hash),
    pipelineKey: String(row.pipeline_key),
    batchKey: (row.batch_key as string | null) ?? null,
    extractor: String(row.extractor),
    versions: parsed(row.versions) as Record<string, string>,
    status: row.status as 'ok' | 'error',
    result: parsed(row.result) as StoredProcessing['result'],
    route: parsed(row.route),
    supportedCode: (row.supported_code as string | null) ?? null,
    errorCode: (row.error_code as string | null) ?? null,
    errorMessage: (row.error_message as string | null) ?? null,
    durationMs: num(row.duration_ms),
    promptTokens: num(row.prompt_tokens),
    completionTokens: num(row.completion_tokens),
    costUsd: num(row.cost_usd),
    transcript: (row.transcript as string | null) ?? null,
    createdAt: iso(row.created_at),
  };
}

function toEvent(row: Row): AuditEvent {
  return {
    id: Number(row.id),
    at: iso(row.at),
    noteId: String(row.note_id),
    processingId: num(row.processing_id),
    type: row.type as AuditType,
    actor: String(row.actor),
    reason: (row.reason as string | null) ?? null,
    data: parsed(row.data) as Record<string, unknown>,
  };
}

function toJob(row: Row): JobRecord {
  return {
    id: String(row.id),
    status: row.status as JobRecord['status'],
    request: parsed(row.request),
    idempotencyKey: (row.idempotency_key as string | null) ?? null,
    fingerprint: (row.fingerprint as string | null) ?? null,
    client: (row.client as string | null) ?? null,
    callbackUrl: (row.callback_url as string | null) ?? null,
    result: parsed(row.result),
    error: parsed(row.error),
    deliveries: (parsed(row.deliveries) as unknown[] | null) ?? [],
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    claimedBy: (row.claimed_by as string | null | undefined) ?? null,
    leaseUntil: row.lease_until === null || row.lease_until === undefined ? null : iso(row.lease_until),
    claims: Number(row.claims ?? 0),
    webhookPending: Number(row.webhook_pending ?? 0) === 1,
  };
}

const text = (t: string | Uint8Array): string =>
  typeof t === 'string' ? t : Buffer.from(t).toString('utf8');

const INSERT_PROCESSING = `
INSERT INTO processings (note_id, input_hash, pipeline_key, batch_key, extractor, versions, status, result,
  route, supported_code, error_code, error_message, duration_ms, prompt_tokens, completion_tokens, cost_usd,
  transcript, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
ON CONFLICT (note_id, input_hash, pipeline_key) DO UPDATE SET
  batch_key = excluded.batch_key, versions = excluded.versions, status = excluded.status,
  result = excluded.result, route = excluded.route, supported_code = excluded.supported_code,
  error_code = NULL, error_message = NULL, duration_ms = excluded.duration_ms,
  prompt_tokens = excluded.prompt_tokens, completion_tokens = excluded.completion_tokens,
  cost_usd = excluded.cost_usd, transcript = excluded.transcript, created_at = excluded.created_at
WHERE processings.status = 'error' AND excluded.status = 'ok'
RETURNING id`;

const INSERT_EVENT = `
INSERT INTO audit_events (at, note_id, processing_id, type, actor, reason, data)
VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`;

/** Options of a SQL-backed store. */
export interface SqlStoreOptions {
  /** Keep the transcript text with each processing. Default: false (only its hash). */
  storeTranscripts?: boolean;
  /** Clock for timestamps. Default: () => new Date(). */
  now?: () => Date;
  /**
   * National rates for the worklist's payment at stake. Default: the built-in knowledge; with
   * `--knowledge`, the imported figures (`nationalRateOf(knowledge.codesFor())`).
   */
  nationalRate?: NationalRate;
}

/** The store over a SQL driver: the same statements for SQLite and PostgreSQL. */
export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly #db: SqlDriver;
  readonly #storeTranscripts: boolean;
  readonly #now: () => Date;

  readonly #rateOf: NationalRate;

  constructor(db: SqlDriver, options: SqlStoreOptions = {}) {
    this.#db = db;
    this.kind = db.dialect;
    this.#storeTranscripts = options.storeTranscripts === true;
    this.#now = options.now ?? (() => new Date());
    this.#rateOf = options.nationalRate ?? builtInNationalRate;
  }

  /** Applies pending migrations; called by `openStore`. */
  async migrate(): Promise<void> {
    await this.#db.migrate(MIGRATIONS);
    await this.#backfillWorklist();
  }

  /** Fills the worklist of a store written before it existed (migration 3), once. */
  async #backfillWorklist(): Promise<void> {
    const [row] = await this.#db.all(
      'SELECT (SELECT count(*) FROM worklist) AS w, (SELECT count(*) FROM processings) AS p',
    );
    if (Number(row?.w) > 0 || Number(row?.p) === 0) return;
    await this.#db.transaction(async (q) => {
      const [again] = await q.all('SELECT count(*) AS w FROM worklist');
      if (Number(again?.w) > 0) return;
      let after = 0;
      for (;;) {
        const rows = await q.all('SELECT * FROM processings WHERE id > $1 ORDER BY id LIMIT 500', [after]);
        for (const r of rows) {
          const p = toProcessing(r);
          await upsertWorklist(q, p.noteId, p.id, p, p.createdAt, this.#rateOf);
        }
        if (rows.length < 500) break;
        after = Number(rows[rows.length - 1]?.id);
      }
      const reviews = await q.all(`SELECT * FROM audit_events WHERE type = 'reviewed' ORDER BY id`);
      for (const r of reviews) {
        const e = toEvent(r);
        if (e.data.action === 'accepted' || e.data.action === 'code-overridden')
          await q.all(
            `UPDATE worklist SET review_state = 'reviewed' WHERE note_id = $1 AND processing_id = $2`,
            [e.noteId, e.processingId],
          );
      }
    });
  }

  async record(input: ProcessingInput): Promise<RecordOutcome> {
    const hash = inputHash(input.transcript, input.claim);
    const pkey = pipelineKey(input.identity);
    const at = this.#now().toISOString();
    const ok = 'result' in input.outcome ? input.outcome.result : undefined;
    const err = 'error' in input.outcome ? input.outcome.error : undefined;
    const route = ok ? ((ok as { route?: unknown }).route ?? null) : null;
    const params = [
      input.noteId,
      hash,
      pkey,
      input.batchKey ?? null,
      input.identity.extractor,
      json(ok?.meta.versions ?? input.identity.versions),
      ok ? 'ok' : 'error',
      json(ok),
      json(route),
      ok?.code.supported ?? null,
      err?.code ?? null,
      err?.message ?? null,
      ok?.meta.durationMs ?? null,
      ok?.meta.usage?.promptTokens ?? null,
      ok?.meta.usage?.completionTokens ?? null,
      ok?.meta.costUsd ?? null,
      this.#storeTranscripts ? text(input.transcript) : null,
      at,
    ];
    return this.#db.transaction(async (q) => {
      const inserted = await q.all(INSERT_PROCESSING, params);
      let id: number;
      if (inserted.length > 0) id = Number(inserted[0]?.id);
      else {
        const existing = await q.all(
          'SELECT id FROM processings WHERE note_id = $1 AND input_hash = $2 AND pipeline_key = $3',
          [input.noteId, hash, pkey],
        );
        id = Number(existing[0]?.id);
      }
      if (inserted.length > 0) {
        await upsertWorklist(
          q,
          input.noteId,
          id,
          { status: ok ? 'ok' : 'error', result: ok ?? null },
          at,
          this.#rateOf,
        );
        const data = ok
          ? { status: 'ok', supported: ok.code.supported, pipelineKey: pkey, inputHash: hash }
          : { status: 'error', errorCode: err?.code, pipelineKey: pkey, inputHash: hash };
        await q.all(INSERT_EVENT, [at, input.noteId, id, 'processed', input.actor, null, json(data)]);
        for (const query of ok?.drafts.queries ?? [])
          await q.all(INSERT_EVENT, [
            at,
            input.noteId,
            id,
            'query-drafted',
            input.actor,
            null,
            json({ element: query.element }),
          ]);
      }
      if (input.runId !== undefined)
        await q.all(
          `INSERT INTO run_notes (run_id, note_id, processing_id) VALUES ($1, $2, $3)
           ON CONFLICT (run_id, note_id) DO UPDATE SET processing_id = excluded.processing_id`,
          [input.runId, input.noteId, id],
        );
      return { id, inserted: inserted.length > 0 };
    });
  }

  async review(noteId: string, review: ReviewInput): Promise<AuditEvent> {
    const rows = await this.#db.all(
      `SELECT * FROM processings WHERE note_id = $1 AND status = 'ok' ORDER BY id DESC LIMIT 1`,
      [noteId],
    );
    if (rows.length === 0)
      throw new StoreError(
        'store.not-found',
        `note ${JSON.stringify(noteId)} has no successful result in the store; process it first`,
      );
    const p = toProcessing(rows[0] as Row);
    const supported = p.result?.code.supported ?? null;
    const actor = review.actor.trim();
    if (actor === '') throw new StoreError('review.invalid', 'a review needs an actor (--actor <name>)');
    const needReason = review.action !== 'accept' && review.action !== 'send';
    const reason = review.reason?.trim() ?? '';
    if (needReason && reason === '')
      throw new StoreError('review.invalid', `a review that is not an acceptance needs --reason "…"`);
    let type: AuditType = 'reviewed';
    let data: Record<string, unknown>;
    if (review.action === 'accept') data = { action: 'accepted', code: supported };
    else if (review.action === 'override') {
      if (!findCode(review.code))
        throw new StoreError(
          'review.invalid',
          `CPT ${review.code} is not in the code knowledge; run 'opnote codes' to list known codes`,
        );
      data = { action: 'code-overridden', from: supported, to: review.code };
    } else if (review.action === 'dismiss') {
      const keys = (p.result?.findings ?? []).flatMap((f) => [f.id, findingKey(f)]);
      if (!keys.includes(review.finding))
        throw new StoreError(
          'review.invalid',
          `note ${JSON.stringify(noteId)} has no finding ${JSON.stringify(review.finding)}; its findings: ${[...new Set((p.result?.findings ?? []).map((f) => findingKey(f)))].join(', ') || 'none'}`,
        );
      data = { action: 'finding-dismissed', finding: review.finding };
    } else {
      const drafted = (p.result?.drafts.queries ?? []).map((qd) => qd.element as string);
      if (!drafted.includes(review.element))
        throw new StoreError(
          'review.invalid',
          `note ${JSON.stringify(noteId)} has no drafted query for ${JSON.stringify(review.element)}; drafted: ${drafted.join(', ') || 'none'}`,
        );
      type = review.action === 'send' ? 'query-sent' : 'query-answered';
      data = { element: review.element };
    }
    const at = this.#now().toISOString();
    return this.#db.transaction(async (q) => {
      const inserted = await q.all(INSERT_EVENT, [
        at,
        noteId,
        p.id,
        type,
        actor,
        reason === '' ? null : reason,
        json(data),
      ]);
      if (review.action === 'accept' || review.action === 'override')
        await setReviewState(q, noteId, 'reviewed', at);
      return toEvent(inserted[0] as Row);
    });
  }

  async listNotes(query: NoteQuery = {}): Promise<NotePage> {
    return listNotes(this.#db, query);
  }

  async noteSummary(noteId: string): Promise<NoteSummary | null> {
    return noteSummary(this.#db, noteId);
  }

  async latest(noteId: string): Promise<StoredProcessing | null> {
    const rows = await this.#db.all('SELECT * FROM processings WHERE note_id = $1 ORDER BY id DESC LIMIT 1', [
      noteId,
    ]);
    return rows.length === 0 ? null : toProcessing(rows[0] as Row);
  }

  async processings(noteId: string): Promise<StoredProcessing[]> {
    const rows = await this.#db.all('SELECT * FROM processings WHERE note_id = $1 ORDER BY id', [noteId]);
    return rows.map(toProcessing);
  }

  async events(noteId?: string): Promise<AuditEvent[]> {
    const rows =
      noteId === undefined
        ? await this.#db.all('SELECT * FROM audit_events ORDER BY id')
        : await this.#db.all('SELECT * FROM audit_events WHERE note_id = $1 ORDER BY id', [noteId]);
    return rows.map(toEvent);
  }

  async beginRun(run: { id: string; identity: StoreIdentity }): Promise<void> {
    await this.#db.all(
      `INSERT INTO runs (id, pipeline_key, extractor, versions, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING`,
      [
        run.id,
        pipelineKey(run.identity),
        run.identity.extractor,
        json(run.identity.versions),
        this.#now().toISOString(),
      ],
    );
  }

  async runs(): Promise<Array<{ id: string; createdAt: string; notes: number }>> {
    const rows = await this.#db.all(
      `SELECT r.id, r.created_at, (SELECT count(*) FROM run_notes n WHERE n.run_id = r.id) AS notes
       FROM runs r ORDER BY r.created_at DESC, r.id DESC`,
    );
    return rows.map((r) => ({ id: String(r.id), createdAt: iso(r.created_at), notes: Number(r.notes) }));
  }

  async *exportLatest(options: { runId?: string; pageSize?: number } = {}): AsyncIterable<StoredProcessing> {
    const pageSize = options.pageSize ?? 500;
    let after = '';
    for (;;) {
      const rows =
        options.runId === undefined
          ? await this.#db.all(
              `SELECT p.* FROM processings p
               WHERE p.note_id > $1 AND p.id = (SELECT max(q.id) FROM processings q WHERE q.note_id = p.note_id)
               ORDER BY p.note_id LIMIT $2`,
              [after, pageSize],
            )
          : await this.#db.all(
              `SELECT p.* FROM run_notes r JOIN processings p ON p.id = r.processing_id
               WHERE r.run_id = $1 AND r.note_id > $2 ORDER BY r.note_id LIMIT $3`,
              [options.runId, after, pageSize],
            );
      for (const row of rows) yield toProcessing(row);
      if (rows.length < pageSize) return;
      after = String(rows[rows.length - 1]?.note_id);
    }
  }

  async createJob(job: JobRecord): Promise<JobRecord> {
    const inserted = await this.#db.all(
      `INSERT INTO jobs (id, status, request, idempotency_key, fingerprint, client, callback_url, result, error,
         deliveries, created_at, updated_at, claimed_by, lease_until, claims, webhook_pending)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT DO NOTHING RETURNING *`,
      [
        job.id,
        job.status,
        json(job.request),
        job.idempotencyKey,
        job.fingerprint,
        job.client,
        job.callbackUrl,
        json(job.result),
        json(job.error),
        JSON.stringify(job.deliveries),
        job.createdAt,
        job.updatedAt,
        job.claimedBy ?? null,
        job.leaseUntil ?? null,
        job.claims ?? 0,
        job.webhookPending ? 1 : 0,
      ],
    );
    if (inserted[0]) return toJob(inserted[0]);
    const existing = job.idempotencyKey === null ? null : await this.jobByIdempotencyKey(job.idempotencyKey);
    const found = existing ?? (await this.job(job.id));
    if (!found) throw new StoreError('store.unavailable', 'the job could not be stored; retry');
    return found;
  }

  async updateJob(job: JobRecord): Promise<void> {
    await this.#db.all(
      `UPDATE jobs SET status = $2, request = $3, result = $4, error = $5, deliveries = $6, updated_at = $7
       WHERE id = $1`,
      [
        job.id,
        job.status,
        json(job.request),
        json(job.result),
        json(job.error),
        JSON.stringify(job.deliveries),
        job.updatedAt,
      ],
    );
  }

  async job(id: string): Promise<JobRecord | null> {
    const rows = await this.#db.all('SELECT * FROM jobs WHERE id = $1', [id]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async jobByIdempotencyKey(key: string): Promise<JobRecord | null> {
    const rows = await this.#db.all('SELECT * FROM jobs WHERE idempotency_key = $1', [key]);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async unfinishedJobs(): Promise<JobRecord[]> {
    const rows = await this.#db.all(
      `SELECT * FROM jobs WHERE status IN ('queued', 'running') ORDER BY created_at, id`,
    );
    return rows.map(toJob);
  }

  async finishedJobsWithCallback(since: string): Promise<JobRecord[]> {
    const rows = await this.#db.all(
      `SELECT * FROM jobs WHERE status IN ('done', 'failed') AND callback_url IS NOT NULL AND updated_at >= $1
       ORDER BY updated_at, id`,
      [since],
    );
    return rows.map(toJob);
  }

  async claimJobs(lease: JobLease, now: string, limit: number): Promise<JobRecord[]> {
    const claimable = `(status IN ('queued', 'running') OR webhook_pending = 1)
      AND (lease_until IS NULL OR lease_until < $3)`;
    // One statement: SQLite runs it under its write lock; PostgreSQL skips rows another claim has locked,
    // and the outer WHERE re-checks a row that changed meanwhile.
    const rows = await this.#db.all(
      `UPDATE jobs SET claimed_by = $1, lease_until = $2, claims = claims + 1
       WHERE ${claimable} AND id IN (
         SELECT id FROM jobs WHERE ${claimable} ORDER BY created_at, id LIMIT $4
         ${this.#db.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : ''})
       RETURNING *`,
      [lease.owner, lease.until, now, limit],
    );
    return rows.map(toJob).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async renewJobLease(id: string, lease: JobLease): Promise<boolean> {
    const rows = await this.#db.all(
      'UPDATE jobs SET lease_until = $3 WHERE id = $1 AND claimed_by = $2 RETURNING id',
      [id, lease.owner, lease.until],
    );
    return rows.length > 0;
  }

  async transferJobLease(id: string, from: string, to: JobLease): Promise<boolean> {
    const rows = await this.#db.all(
      'UPDATE jobs SET claimed_by = $3, lease_until = $4 WHERE id = $1 AND claimed_by = $2 RETURNING id',
      [id, from, to.owner, to.until],
    );
    return rows.length > 0;
  }

  async updateClaimedJob(job: JobRecord, owner: string, release: boolean): Promise<boolean> {
    const rows = await this.#db.all(
      `UPDATE jobs SET status = $3, request = $4, result = $5, error = $6, deliveries = $7, updated_at = $8,
         webhook_pending = $9${release ? ', claimed_by = NULL, lease_until = NULL' : ''}
       WHERE id = $1 AND claimed_by = $2 RETURNING id`,
      [
        job.id,
        owner,
        job.status,
        json(job.request),
        json(job.result),
        json(job.error),
        JSON.stringify(job.deliveries),
        job.updatedAt,
        job.webhookPending ? 1 : 0,
      ],
    );
    return rows.length > 0;
  }

  async counts(): Promise<{ processings: number; notes: number; events: number }> {
    const [row] = await this.#db.all(
      `SELECT (SELECT count(*) FROM processings) AS processings,
              (SELECT count(DISTINCT note_id) FROM processings) AS notes,
              (SELECT count(*) FROM audit_events) AS events`,
    );
    return { processings: Number(row?.processings), notes: Number(row?.notes), events: Number(row?.events) };
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

/** A stored processing as a line of today's JSONL: the results line, or the error line. */
export function exportLine(p: StoredProcessing): {
  kind: 'result' | 'error';
  record: Record<string, unknown>;
} {
  const batchKey = p.batchKey ?? exportBatchKey(p.inputHash, p.pipelineKey);
  if (p.status === 'ok' && p.result)
    return { kind: 'result', record: { id: p.noteId, batchKey, ...p.result } };
  return {
    kind: 'error',
    record: { id: p.noteId, batchKey, code: p.errorCode ?? 'internal', message: p.errorMessage ?? '' },
  };
}
