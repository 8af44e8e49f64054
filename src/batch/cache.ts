import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../extract/types.ts';
import { mkdirPrivate, writeFileAtomicPrivate } from '../fs/private-files.ts';
import { isAlive } from './lock.ts';

/** Where extractions are kept between identical notes. Only successful extractions are ever stored. */
export interface ExtractionCache {
  get(key: string): Extraction | undefined;
  set(key: string, extraction: Extraction): void;
}

/** Default age after which an on-disk cache entry is a miss and is deleted: 7 days. */
export const DEFAULT_CACHE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface ExtractionCacheOptions {
  /** Entries kept in memory, least recently used dropped first. Default 1,000 (a few MB). 0 disables it. */
  maxEntries?: number;
  /** Directory for an on-disk cache shared across runs; default none. Holds facts and evidence quotes (PHI). */
  dir?: string;
  /** Age (by modification time) after which an on-disk entry expires. Default DEFAULT_CACHE_TTL_MS (7 days). */
  ttlMs?: number;
  /** Clock in ms. Default Date.now. */
  now?: () => number;
}

/** What `pruneCacheDir` removed and kept. */
export interface PruneResult {
  /** Entries older than the TTL. */
  expired: number;
  /** Temporary files of writes by processes no longer running. */
  temps: number;
  /** Entries kept. */
  kept: number;
}

/** Withdraws usage and cost of the call that produced an extraction (a cache hit spends nothing). */
function withoutSpend(extraction: Extraction): Extraction {
  const { usage: _usage, costUsd: _cost, ...rest } = extraction;
  return rest;
}

const looksLikeExtraction = (v: unknown): v is Extraction =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Extraction).elements === 'object' &&
  typeof (v as Extraction).features === 'object' &&
  Array.isArray((v as Extraction).ungrounded);

// Only names the cache writes (hex keys) are ever deleted, whatever else the directory holds.
const ENTRY = /^[0-9a-f]{32,}\.json$/;
const TEMP = /^[0-9a-f]{32,}\.json\.(\d+)\.tmp$/;

/**
 * Deletes the expired entries of an on-disk cache (older than `ttlMs` by modification time) and the
 * temporary files left by killed writers. Files that are not cache entries are left alone. A missing
 * directory is empty.
 */
export function pruneCacheDir(
  dir: string,
  options: { ttlMs?: number; now?: () => number } = {},
): PruneResult {
  const ttl = options.ttlMs ?? DEFAULT_CACHE_TTL_MS;
  const now = (options.now ?? Date.now)();
  const result: PruneResult = { expired: 0, temps: 0, kept: 0 };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return result;
  }
  for (const name of names) {
    const path = join(dir, name);
    const temp = TEMP.exec(name);
    if (temp) {
      const pid = Number(temp[1]);
      if (pid !== process.pid && !isAlive(pid)) {
        rmSync(path, { force: true });
        result.temps += 1;
      }
      continue;
    }
    if (!ENTRY.test(name)) continue;
    let mtime: number;
    try {
      mtime = statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (now - mtime > ttl) {
      rmSync(path, { force: true });
      result.expired += 1;
    } else result.kept += 1;
  }
  return result;
}

/**
 * A bounded in-memory LRU, optionally backed by one JSON file per key under `dir` (0700; entries 0600,
 * written to a temporary name and renamed, so a killed run never leaves a half-written entry). Opening a
 * directory prunes it (`pruneCacheDir`); an entry past its TTL is a miss. Keys are sha256 hex strings.
 */
export function createExtractionCache(options: ExtractionCacheOptions = {}): ExtractionCache {
  const maxEntries = options.maxEntries ?? 1_000;
  const ttl = options.ttlMs ?? DEFAULT_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const memory = new Map<string, Extraction>();
  const dir = options.dir;
  if (dir !== undefined) {
    mkdirPrivate(dir);
    pruneCacheDir(dir, { ttlMs: ttl, now });
  }
  const fileOf = (key: string): string => join(dir as string, `${key}.json`);

  const remember = (key: string, value: Extraction): void => {
    if (maxEntries <= 0) return;
    memory.delete(key);
    memory.set(key, value);
    if (memory.size > maxEntries) memory.delete(memory.keys().next().value as string);
  };

  return {
    get(key) {
      const hit = memory.get(key);
      if (hit) {
        remember(key, hit);
        return hit;
      }
      if (dir === undefined) return undefined;
      let stored: unknown;
      try {
        if (now() - statSync(fileOf(key)).mtimeMs > ttl) {
          rmSync(fileOf(key), { force: true });
          return undefined;
        }
        stored = JSON.parse(readFileSync(fileOf(key), 'utf8'));
      } catch {
        return undefined;
      }
      // A file of another shape (edited, or from another tool) is a miss, not a crash.
      if (!looksLikeExtraction(stored)) return undefined;
      remember(key, stored);
      return stored;
    },
    set(key, extraction) {
      const value = withoutSpend(extraction);
      remember(key, value);
      if (dir === undefined) return;
      writeFileAtomicPrivate(fileOf(key), JSON.stringify(value));
    },
  };
}
