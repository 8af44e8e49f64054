import pg from 'pg';
import { StoreError } from '../errors.ts';
import type { Migration } from './migrations.ts';
import type { Row, SqlDriver } from './sql-store.ts';

/** SQLSTATEs and socket errors after which a whole transaction is safely retried (writes are idempotent). */
const TRANSIENT_SQLSTATE = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '40001',
  '40P01',
]);
const TRANSIENT_ERRNO = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);

/** Whether a PostgreSQL error means "the connection went away or the server asked to retry". */
export function isTransientPgError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && (TRANSIENT_SQLSTATE.has(e.code) || TRANSIENT_ERRNO.has(e.code)))
    return true;
  return (
    typeof e.message === 'string' &&
    /Connection terminated|connection ended|Client has encountered a connection error/i.test(e.message)
  );
}

export interface PostgresDriverOptions {
  /** `postgres://user@host:port/db`; `?schema=name` puts the tables in that schema (created if missing). */
  url: string;
  /** Connections in the pool. Default 4. */
  poolSize?: number;
  /** Attempts of one transaction across dropped connections. Default 10 (backoff from 50 ms doubling, at most 1 s). */
  attempts?: number;
}

/**
 * A client that always has an 'error' listener: a backend terminated at any moment (while connecting,
 * between statements, after release) fails the query in flight, which is retried, and is never an
 * uncaught exception.
 */
class QuietClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => {});
  }
}

const SCHEMA = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Where the URL points, for messages: host and port, never the password. */
function where(url: URL): string {
  return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
}

/**
 * PostgreSQL through `pg`: a pool, migrations under an advisory lock, and transactions retried as a
 * whole when the connection drops (a terminated backend, a restarted server). Every write of the store
 * is idempotent, so a retried transaction whose first attempt did commit adds nothing.
 */
export async function openPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new StoreError('store.invalid-url', 'the --store URL is not a valid postgres:// URL');
  }
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !SCHEMA.test(schema))
    throw new StoreError(
      'store.invalid-url',
      `schema ${JSON.stringify(schema)} is not a plain SQL identifier`,
    );
  const attempts = options.attempts ?? 10;
  const pool = new pg.Pool({
    Client: QuietClient,
    connectionString: url.toString(),
    max: options.poolSize ?? 4,
    connectionTimeoutMillis: 5000,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection that the server ends must not crash the process; the next query reconnects.
  pool.on('error', () => {});

  const unavailable = (cause: unknown): StoreError =>
    new StoreError(
      'store.unavailable',
      `PostgreSQL at ${where(url)} is not reachable (${(cause as { code?: string }).code ?? 'connection failed'}); start it (e.g. pg_ctlcluster <version> main start) or fix --store`,
      { cause },
    );

  async function withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!isTransientPgError(error)) throw error;
        if (attempt >= attempts) throw unavailable(error);
        await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** (attempt - 1))));
      }
    }
  }

  /** A pooled client (a QuietClient). */
  async function checkout(): Promise<pg.PoolClient> {
    return pool.connect();
  }

  const all = (sql: string, params: readonly unknown[] = []): Promise<Row[]> =>
    withRetry(async () => {
      const client = await checkout();
      let broken = false;
      try {
        return (await client.query(sql, params as unknown[])).rows as Row[];
      } catch (error) {
        broken = isTransientPgError(error);
        throw error;
      } finally {
        client.release(broken);
      }
    });

  async function transaction<T>(work: (q: Pick<SqlDriver, 'all'>) => Promise<T>): Promise<T> {
    return withRetry(async () => {
      const client = await checkout();
      let broken = false;
      try {
        await client.query('BEGIN');
        const value = await work({
          all: async (sql, params = []) => (await client.query(sql, params as unknown[])).rows as Row[],
        });
        await client.query('COMMIT');
        return value;
      } catch (error) {
        broken = isTransientPgError(error);
        if (!broken) await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release(broken);
      }
    });
  }

  try {
    if (schema !== null) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    else await pool.query('SELECT 1');
  } catch (cause) {
    await pool.end().catch(() => {});
    if (isTransientPgError(cause) || (cause as { code?: string }).code === 'ENOTFOUND')
      throw unavailable(cause);
    throw new StoreError(
      'store.unavailable',
      `PostgreSQL at ${where(url)} refused the store (${(cause as { code?: string }).code ?? 'error'}); check the user, database and permissions`,
      { cause },
    );
  }

  return {
    dialect: 'postgres',
    all,
    transaction,
    async migrate(migrations: readonly Migration[]) {
      await transaction(async (q) => {
        await q.all(`SELECT pg_advisory_xact_lock(hashtext('opnote.migrations.' || current_schema()))`);
        await q.all(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
        );
        const applied = new Set(
          (await q.all('SELECT version FROM schema_migrations')).map((r) => Number(r.version)),
        );
        for (const m of migrations) {
          if (applied.has(m.version)) continue;
          await q.all(m.postgres);
          await q.all('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
            m.version,
            m.name,
          ]);
        }
      });
    },
    async close() {
      await pool.end();
    },
  };
}
