import type { ProcessResult } from '../pipeline/process.ts';
import type { NotePage, NoteQuery, NoteSummary } from './worklist.ts';

/** What a note's result depends on besides the note: who extracts it, and which pipeline versions. */
export interface StoreIdentity {
  /** Extractor name (`rules`, `openai`, ...). */
  extractor: string;
  /** Model option given to the extractor, when it has one. */
  model?: string | undefined;
  /** Pipeline versions known before processing (opnote, knowledge, rules | prompt, schema, ...). */
  versions: Record<string, string>;
}

/** One processing of one note, as handed to `Store.record`. */
export interface ProcessingInput {
  noteId: string;
  /** The transcript as processed; hashed, and kept only with `storeTranscripts`. */
  transcript: string | Uint8Array;
  claim?: unknown;
  identity: StoreIdentity;
  /** The batch resume key, when the note came through `opnote batch` (exported as `batchKey`). */
  batchKey?: string;
  /** The result, or the typed error of a note that failed (code and message, never transcript text). */
  outcome: { result: Omit<ProcessResult, 'id'> } | { error: { code: string; message: string } };
  /** Who processed it, for the audit log: `batch`, `worker <host>:<pid>`, `serve`, `process`, `eval`. */
  actor: string;
  /** Run to attach the processing to (for `batch --diff --store`). */
  runId?: string;
}

/** A stored processing, as read back. */
export interface StoredProcessing {
  id: number;
  noteId: string;
  inputHash: string;
  pipelineKey: string;
  batchKey: string | null;
  extractor: string;
  versions: Record<string, string>;
  status: 'ok' | 'error';
  result: Omit<ProcessResult, 'id'> | null;
  route: unknown;
  supportedCode: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  durationMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  costUsd: number | null;
  transcript: string | null;
  createdAt: string;
}

/** Audit event types. `reviewed` carries `data.action`: accepted, code-overridden, finding-dismissed. */
export type AuditType = 'processed' | 'reviewed' | 'query-drafted' | 'query-sent' | 'query-answered';

/** One append-only audit event. */
export interface AuditEvent {
  id: number;
  at: string;
  noteId: string;
  processingId: number | null;
  type: AuditType;
  actor: string;
  reason: string | null;
  data: Record<string, unknown>;
}

/** A coder's decision on a note's latest result. */
export type ReviewInput =
  | { action: 'accept'; actor: string; reason?: string }
  | { action: 'override'; code: string; actor: string; reason: string }
  | { action: 'dismiss'; finding: string; actor: string; reason: string }
  | { action: 'answer'; element: string; actor: string; reason: string }
  | { action: 'send'; element: string; actor: string; reason?: string };

/** What `record` did: the processing's row id, and whether this call wrote it (false when it was already there). */
export interface RecordOutcome {
  id: number;
  inserted: boolean;
}

/** A job of the service's async path (`Prefer: respond-async`), as stored so it survives a restart. */
export interface JobRecord {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  /** The request to run (transcript included) while unfinished; null once done or failed. */
  request: unknown;
  /** The client's `Idempotency-Key`, scoped to the client (hashed token), unique. */
  idempotencyKey: string | null;
  fingerprint: string | null;
  /** The client (a hashed token), for its per-token webhook settings. */
  client: string | null;
  callbackUrl: string | null;
  /** The answer body of the synchronous call, when done. */
  result: unknown;
  /** The problem details, when failed. */
  error: unknown;
  /** Webhook delivery attempts, oldest first. */
  deliveries: unknown[];
  createdAt: string;
  updatedAt: string;
  /** The service instance holding the job's lease (running it or delivering its webhook), or null. */
  claimedBy?: string | null;
  /** Until when the lease holds (ISO 8601) unless renewed; past it, another instance may take the job. */
  leaseUntil?: string | null;
  /** How many times an instance claimed the job: 1 normally, more after a takeover. */
  claims?: number;
  /** Finished with a webhook still to deliver (or to finish delivering). */
  webhookPending?: boolean;
}

/** The lease owner of a service job handed to the queue: BullMQ's lock covers it, no service instance claims it. */
export const QUEUE_JOB_OWNER = 'queue';
/** The lease end of a job handed to the queue: never expires (the worker releases it when done). */
export const QUEUE_JOB_LEASE_UNTIL = '9999-12-31T23:59:59.999Z';

/** A lease on a job: who holds it, and until when. */
export interface JobLease {
  owner: string;
  /** ISO 8601. */
  until: string;
}

/**
 * Where results live beyond JSONL: one row per processing, idempotent on (note id, input hash,
 * pipeline key), with an append-only audit log. SQLite (embedded) and PostgreSQL implement it.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Writes one processing and its `processed` (and `query-drafted`) events in one transaction. Writing
   * the same note, input and pipeline again adds nothing; a success replaces an earlier error of the
   * same key (a retried note).
   */
  record(input: ProcessingInput): Promise<RecordOutcome>;
  /** Appends a review of the note's latest successful processing. Throws `store.not-found`, `review.invalid`. */
  review(noteId: string, review: ReviewInput): Promise<AuditEvent>;
  /** The note's latest processing (a success over an error), or null. */
  latest(noteId: string): Promise<StoredProcessing | null>;
  /** Every processing of a note, oldest first. */
  processings(noteId: string): Promise<StoredProcessing[]>;
  /** Audit events, oldest first; of one note when given. */
  events(noteId?: string): Promise<AuditEvent[]>;
  /** Creates a run (idempotent) so processings can be attached to it. */
  beginRun(run: { id: string; identity: StoreIdentity }): Promise<void>;
  /** Run ids, newest first. */
  runs(): Promise<Array<{ id: string; createdAt: string; notes: number }>>;
  /**
   * Streams the latest processing per note, ordered by note id (of one run when given), a page at a
   * time so memory stays flat.
   */
  exportLatest(options?: { runId?: string; pageSize?: number }): AsyncIterable<StoredProcessing>;
  /**
   * Inserts a job; when its idempotency key is taken, inserts nothing and returns the job holding it.
   * Returns the job now stored under the id or key.
   */
  createJob(job: JobRecord): Promise<JobRecord>;
  /** Replaces a job's status, request, result, error, deliveries and updated time. */
  updateJob(job: JobRecord): Promise<void>;
  /** A job by id, or null. */
  job(id: string): Promise<JobRecord | null>;
  /** A job by idempotency key, or null. */
  jobByIdempotencyKey(key: string): Promise<JobRecord | null>;
  /** Jobs queued or running (to resume after a restart), oldest first. */
  unfinishedJobs(): Promise<JobRecord[]>;
  /** Finished jobs with a callback URL, updated at or after `since` (ISO 8601), oldest first. */
  finishedJobsWithCallback(since: string): Promise<JobRecord[]>;
  /**
   * Claims at most `limit` jobs with work left (queued, running, or a webhook pending) whose lease is
   * free or expired at `now` (ISO 8601), oldest first, atomically: two instances never claim one job.
   * Returns the jobs claimed (their `claims` counted up).
   */
  claimJobs(lease: JobLease, now: string, limit: number): Promise<JobRecord[]>;
  /** Extends a lease the owner still holds; false when it was lost (expired and taken, or released). */
  renewJobLease(id: string, lease: JobLease): Promise<boolean>;
  /**
   * `updateJob` (and `webhookPending`) only while `owner` holds the job's lease, keeping it, or
   * releasing it with `release`; false (nothing written) when the lease was lost.
   */
  updateClaimedJob(job: JobRecord, owner: string, release: boolean): Promise<boolean>;
  /** Hands a lease `from` its holder to another (a job given to the queue); false when `from` lost it. */
  transferJobLease(id: string, from: string, to: JobLease): Promise<boolean>;
  /** A page of the worklist (one row per note), filtered and sorted in SQL; see `NoteQuery`. */
  listNotes(query?: NoteQuery): Promise<NotePage>;
  /** The worklist row of one note (route, codes, review state), or null. */
  noteSummary(noteId: string): Promise<NoteSummary | null>;
  /** Counts for tests and status: processings, distinct notes, events. */
  counts(): Promise<{ processings: number; notes: number; events: number }>;
  close(): Promise<void>;
}
