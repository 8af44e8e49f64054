import {
  closeSync,
  createReadStream,
  existsSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openPrivate } from '../fs/private-files.ts';
import { jsonLine, splitLines } from '../pipeline/lines.ts';
import { isAlive } from './lock.ts';

/** The error file next to a results file: `results.jsonl` -> `results.errors.jsonl`. */
export const errorsPathFor = (resultsPath: string): string =>
  resultsPath.endsWith('.jsonl')
    ? `${resultsPath.slice(0, -'.jsonl'.length)}.errors.jsonl`
    : `${resultsPath}.errors.jsonl`;

/**
 * Cuts a torn last line (a write interrupted by a kill) off a JSONL file, so that appending starts on a
 * fresh line. Returns the number of bytes removed (0 when the file is whole or missing).
 */
export function repairTail(path: string): number {
  if (!existsSync(path)) return 0;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 0;
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      const nl = chunk.subarray(0, n).lastIndexOf(0x0a);
      if (nl !== -1) {
        const keep = start + nl + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}

// Lines are written as {"id":...,"batchKey":"..."...}: read those two fields without parsing the whole
// result (a result line is ~15 KB; a resume over 100k of them should take seconds, not minutes).
const PREFIX = /^\{"id":("(?:[^"\\]|\\.)*"),"batchKey":"([0-9a-f]+)"/;

/** The `id` and `batchKey` of an output line, or `null` when the line is not one of ours. */
export function lineIdentity(line: string): { id: string; key: string } | null {
  const m = PREFIX.exec(line);
  // A line is written whole by one write and a torn tail is cut before appending, so a line that ends
  // with its closing brace is complete; anything else gets the full parse.
  if (m && line.endsWith('}')) return { id: JSON.parse(m[1] as string) as string, key: m[2] as string };
  try {
    const v = JSON.parse(line) as { id?: unknown; batchKey?: unknown };
    return typeof v.id === 'string' && typeof v.batchKey === 'string' ? { id: v.id, key: v.batchKey } : null;
  } catch {
    return null;
  }
}

/** Keys already written per note id (usually one; more when an earlier run was interrupted mid-rewrite). */
export type DoneIndex = Map<string, string[]>;

/** Reads the ids and keys of every complete line of the given JSONL files (missing files are empty). */
export async function readDone(paths: readonly string[]): Promise<DoneIndex> {
  const done: DoneIndex = new Map();
  for (const path of paths) {
    if (!existsSync(path)) continue;
    for await (const bytes of splitLines(createReadStream(path))) {
      const ident = lineIdentity(bytes.toString('utf8'));
      if (!ident) continue;
      const keys = done.get(ident.id);
      if (keys) keys.push(ident.key);
      else done.set(ident.id, [ident.key]);
    }
  }
  return done;
}

/** An append-only JSONL file: each record is one complete line written by one `write` call. */
export interface LineWriter {
  write(record: object): void;
  /** Writes a line made already as `write` makes it (UTF-8, newline included; see ResultLine). */
  writeLine(line: Uint8Array): void;
  close(): void;
}

/** Opens `path` for appending (created 0600: the lines hold patient data). */
export function openLineWriter(path: string): LineWriter {
  const fd = openPrivate(path, 'a');
  return {
    write(record) {
      writeSync(fd, jsonLine(record));
    },
    writeLine(line) {
      writeSync(fd, line);
    },
    close() {
      closeSync(fd);
    },
  };
}

/** Temporary file of a rewrite of `path` by process `pid`: `<path>.<pid>.tmp`, next to it. */
export const tempPathFor = (path: string, pid = process.pid): string => `${path}.${pid}.tmp`;

/**
 * Removes temporary files `<path>.<pid>.tmp` left next to `path` by processes no longer running (a kill
 * during a rewrite). They hold patient data. Call it holding the output lock, before rewriting. Returns
 * the paths removed.
 */
export function removeStaleTemps(path: string): string[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    // Called under the output lock before any rewrite, so a temp file naming this pid is an earlier
    // process's that had the same pid (a restarted container), not one of ours.
    if (!/^\d+$/.test(pid) || (Number(pid) !== process.pid && isAlive(Number(pid)))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

/**
 * Rewrites a JSONL file keeping only the lines `keep` accepts (first occurrence of each line identity),
 * through a temporary file (0600) and a rename, so a kill during the rewrite leaves the old file whole.
 * Kept lines are copied byte for byte.
 */
export async function compactFile(
  path: string,
  keep: (ident: { id: string; key: string }) => boolean,
): Promise<number> {
  if (!existsSync(path)) return 0;
  const tmp = tempPathFor(path);
  const out = openPrivate(tmp, 'w');
  const seen = new Set<string>();
  let dropped = 0;
  const newline = Buffer.from('\n');
  let batch: Buffer[] = [];
  let batchBytes = 0;
  const flush = (): void => {
    if (batchBytes > 0) writeSync(out, Buffer.concat(batch, batchBytes));
    batch = [];
    batchBytes = 0;
  };
  try {
    for await (const line of splitLines(createReadStream(path))) {
      const ident = lineIdentity(line.toString('utf8'));
      const sig = ident ? `${ident.id}\u0000${ident.key}` : '';
      if (ident && (!keep(ident) || seen.has(sig))) {
        dropped += 1;
        continue;
      }
      if (ident) seen.add(sig);
      batch.push(line, newline);
      batchBytes += line.length + 1;
      if (batchBytes >= 1 << 20) flush();
    }
    flush();
  } catch (error) {
    closeSync(out);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(out);
  renameSync(tmp, path);
  return dropped;
}
