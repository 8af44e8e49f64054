import { closeSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { StoreError } from '../errors.ts';
import { mkdirPrivate, openPrivate } from '../fs/private-files.ts';
import type { Migration } from './migrations.ts';
import type { Row, SqlDriver } from './sql-store.ts';

/** `$1` placeholders (shared with PostgreSQL) as SQLite's numbered `?1`. */
const numbered = (sql: string): string => sql.replace(/\$(\d+)/g, '?$1');

/**
 * The embedded store on Node's built-in `node:sqlite`. The file is created 0600 (its directory 0700
 * when created here); SQLite gives its -wal and -shm files the database file's mode. WAL mode and a
 * busy timeout let several processes on one machine share the file.
 */
export function openSqliteDriver(path: string): SqlDriver {
  const file = resolve(path);
  const dir = dirname(file);
  try {
    if (!existsSync(dir)) mkdirPrivate(dir);
    closeSync(openPrivate(file, 'a'));
  } catch (cause) {
    throw new StoreError(
      'store.unavailable',
      `cannot create the SQLite store ${path}; check the path and its permissions`,
      {
        cause,
      },
    );
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { timeout: 10_000 });
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
  } catch (cause) {
    throw new StoreError(
      'store.unavailable',
      `cannot open the SQLite store ${path}; is it a SQLite database?`,
      {
        cause,
      },
    );
  }
  const cache = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  const all = async (sql: string, params: readonly unknown[] = []): Promise<Row[]> => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(numbered(sql));
      cache.set(sql, stmt);
    }
    return stmt.all(...(params as SQLInputValue[])) as Row[];
  };
  // node:sqlite is synchronous, but `work` awaits: transactions on this connection run one at a time.
  let tail: Promise<unknown> = Promise.resolve();
  return {
    dialect: 'sqlite',
    all,
    transaction(work) {
      const run = tail.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await work({ all });
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.isTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      tail = run.catch(() => {});
      return run;
    },
    async migrate(migrations: readonly Migration[]) {
      db.exec('BEGIN IMMEDIATE');
      try {
        db.exec(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
        );
        const applied = new Set(
          (db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r.version)),
        );
        for (const m of migrations) {
          if (applied.has(m.version)) continue;
          db.exec(m.sqlite);
          db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
            m.version,
            m.name,
            new Date().toISOString(),
          );
        }
        db.exec('COMMIT');
      } catch (error) {
        if (db.isTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    async close() {
      db.close();
    },
  };
}
