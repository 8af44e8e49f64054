import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import pg from 'pg';

/**
 * The real services the store and queue tests talk to (never mocks). CI's .ci/run starts both; on a
 * developer machine a missing service fails the tests with how to start it, never a silent pass.
 */
export const PG_URL = process.env.OPNOTE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.OPNOTE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const START_PG = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start (or bash .ci/run)';
const START_REDIS =
  'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no (or bash .ci/run)';

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Throws, naming the start command, when PostgreSQL is not reachable. */
export async function requirePostgres(): Promise<void> {
  const u = new URL(PG_URL);
  if (!(await reachable(u.hostname, Number(u.port || 5432))))
    throw new Error(`PostgreSQL is not reachable at ${u.host}: these tests need it. Start it: ${START_PG}`);
}

/** Throws, naming the start command, when Redis is not reachable. */
export async function requireRedis(url = REDIS_URL): Promise<void> {
  const u = new URL(url);
  if (!(await reachable(u.hostname, Number(u.port || 6379))))
    throw new Error(`Redis is not reachable at ${u.host}: these tests need it. Start it: ${START_REDIS}`);
}

/** A fresh schema name, unique per test file and run. */
export const uniqueName = (prefix: string): string =>
  `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;

/** The store URL of a private schema. */
export const pgStoreUrl = (schema: string): string => `${PG_URL}?schema=${schema}`;

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
