import { WORKLIST_SQL } from './worklist.ts';

/**
 * Schema migrations, in order, one SQL script per dialect. Applied once each (recorded in
 * `schema_migrations`), inside one transaction under a lock so concurrent workers never race.
 * Never edit an applied migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const APPEND_ONLY_SQLITE = `
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
`;

const APPEND_ONLY_POSTGRES = `
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'processings, runs, audit events',
    sqlite: `
CREATE TABLE processings (
  id INTEGER PRIMARY KEY,
  note_id TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  pipeline_key TEXT NOT NULL,
  batch_key TEXT,
  extractor TEXT NOT NULL,
  versions TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  result TEXT,
  route TEXT,
  supported_code TEXT,
  error_code TEXT,
  error_message TEXT,
  duration_ms REAL,
  prompt_tokens INTEGER,
  completion_tokens INTEGER,
  cost_usd REAL,
  transcript TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (note_id, input_hash, pipeline_key)
);
CREATE INDEX processings_note ON processings (note_id, id);
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  pipeline_key TEXT NOT NULL,
  extractor TEXT NOT NULL,
  versions TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE run_notes (
  run_id TEXT NOT NULL REFERENCES runs (id),
  note_id TEXT NOT NULL,
  processing_id INTEGER NOT NULL REFERENCES processings (id),
  PRIMARY KEY (run_id, note_id)
);
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  note_id TEXT NOT NULL,
  processing_id INTEGER REFERENCES processings (id),
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT,
  data TEXT NOT NULL
);
CREATE INDEX audit_events_note ON audit_events (note_id, id);
${APPEND_ONLY_SQLITE}`,
    postgres: `
CREATE TABLE processings (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  note_id TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  pipeline_key TEXT NOT NULL,
  batch_key TEXT,
  extractor TEXT NOT NULL,
  versions JSONB NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  result JSON,
  route JSONB,
  supported_code TEXT,
  error_code TEXT,
  error_message TEXT,
  duration_ms DOUBLE PRECISION,
  prompt_tokens INTEGER,
  completion_tokens INTEGER,
  cost_usd DOUBLE PRECISION,
  transcript TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (note_id, input_hash, pipeline_key)
);
CREATE INDEX processings_note ON processings (note_id, id);
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  pipeline_key TEXT NOT NULL,
  extractor TEXT NOT NULL,
  versions JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE run_notes (
  run_id TEXT NOT NULL REFERENCES runs (id),
  note_id TEXT NOT NULL,
  processing_id BIGINT NOT NULL REFERENCES processings (id),
  PRIMARY KEY (run_id, note_id)
);
CREATE TABLE audit_events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
  note_id TEXT NOT NULL,
  processing_id BIGINT REFERENCES processings (id),
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT,
  data JSONB NOT NULL
);
CREATE INDEX audit_events_note ON audit_events (note_id, id);
${APPEND_ONLY_POSTGRES}`,
  },
  {
    version: 2,
    name: 'service jobs (async POST /v1/notes)',
    sqlite: `
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  request TEXT,
  idempotency_key TEXT UNIQUE,
  fingerprint TEXT,
  client TEXT,
  callback_url TEXT,
  result TEXT,
  error TEXT,
  deliveries TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX jobs_unfinished ON jobs (status, created_at);`,
    postgres: `
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  request JSON,
  idempotency_key TEXT UNIQUE,
  fingerprint TEXT,
  client TEXT,
  callback_url TEXT,
  result JSON,
  error JSONB,
  deliveries JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX jobs_unfinished ON jobs (status, created_at);`,
  },
  { version: 3, name: 'worklist', ...WORKLIST_SQL },
  {
    version: 4,
    name: 'job leases (several service instances on one store)',
    // A finished job with a callback has a delivery to make (or finish): pending until settled.
    sqlite: `
ALTER TABLE jobs ADD COLUMN claimed_by TEXT;
ALTER TABLE jobs ADD COLUMN lease_until TEXT;
ALTER TABLE jobs ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN webhook_pending INTEGER NOT NULL DEFAULT 0;
UPDATE jobs SET webhook_pending = 1 WHERE status IN ('done', 'failed') AND callback_url IS NOT NULL;
CREATE INDEX jobs_claimable ON jobs (lease_until) WHERE status IN ('queued', 'running') OR webhook_pending = 1;`,
    postgres: `
ALTER TABLE jobs ADD COLUMN claimed_by TEXT, ADD COLUMN lease_until TIMESTAMPTZ,
  ADD COLUMN claims INTEGER NOT NULL DEFAULT 0, ADD COLUMN webhook_pending INTEGER NOT NULL DEFAULT 0;
UPDATE jobs SET webhook_pending = 1 WHERE status IN ('done', 'failed') AND callback_url IS NOT NULL;
CREATE INDEX jobs_claimable ON jobs (lease_until) WHERE status IN ('queued', 'running') OR webhook_pending = 1;`,
  },
];
