import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../extract/types.ts';

/** Where extractions are kept between identical notes. Only successful extractions are ever stored. */
export interface ExtractionCache {
  get(key: string): Extraction | undefined;
  set(key: string, extraction: Extraction): void;
}

export interface ExtractionCacheOptions {
  /** Entries kept in memory, least recently used dropped first. Default 1,000 (a few MB). 0 disables it. */
  maxEntries?: number;
  /** Directory for an on-disk cache shared across runs; default none. Holds facts and evidence quotes (PHI). */
  dir?: string;
}

/** Extraction without the usage and cost of the call that produced it (a cache hit spends nothing). */
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

/**
 * A bounded in-memory LRU, optionally backed by one JSON file per key under `dir` (written to a temporary
 * name and renamed, so a killed run never leaves a half-written entry). Keys are sha256 hex strings.
 */
export function createExtractionCache(options: ExtractionCacheOptions = {}): ExtractionCache {
  const maxEntries = options.maxEntries ?? 1_000;
  const memory = new Map<string, Extraction>();
  const dir = options.dir;
  if (dir !== undefined) mkdirSync(dir, { recursive: true });
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
      const tmp = `${fileOf(key)}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, fileOf(key));
    },
  };
}
