import { existsSync } from 'node:fs';
import { StoreError } from '../errors.ts';
import { openPostgresDriver } from './postgres.ts';
import { SqlStore, type SqlStoreOptions } from './sql-store.ts';
import { openSqliteDriver } from './sqlite.ts';
import type { Store } from './types.ts';

export interface OpenStoreOptions extends SqlStoreOptions {
  /** PostgreSQL pool size. Default 4. */
  poolSize?: number;
  /**
   * Open only a store that exists (commands that read one: export, review, batch --diff): a SQLite
   * file that is not there is `store.not-found` instead of a new, empty store at a mistyped path.
   */
  existing?: boolean;
}

/**
 * Opens (and migrates) the store a `--store` URL names: `sqlite:<path>` (embedded, no server) or
 * `postgres://user@host:port/db[?schema=name]` (also `postgresql://`). Throws `store.invalid-url`
 * or `store.unavailable` with a one-line message.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  let store: SqlStore;
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '')
      throw new StoreError(
        'store.invalid-url',
        'sqlite: needs a file path, e.g. --store sqlite:runs/opnote.db',
      );
    if (options.existing && !existsSync(path))
      throw new StoreError(
        'store.not-found',
        `no store at ${url}: check the path (this command reads a store, it does not create one)`,
      );
    store = new SqlStore(openSqliteDriver(path), options);
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    store = new SqlStore(
      await openPostgresDriver({
        url,
        ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
      }),
      options,
    );
  } else {
    throw new StoreError(
      'store.invalid-url',
      '--store expects sqlite:<path> or postgres://user@host:port/db',
    );
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
