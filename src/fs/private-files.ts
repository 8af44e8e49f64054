import { chmodSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Files that may hold patient data (transcripts, quotes, results) are created owner-only: 0600 for
 * files, 0700 for directories, whatever the process umask. One place so every writer agrees.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Creates `dir` (and missing parents) owner-only; an existing directory keeps its mode. */
export function mkdirPrivate(dir: string): void {
  const created = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir's mode is filtered by the umask; set it exactly on what this call created.
  if (created !== undefined) chmodSync(created, PRIVATE_DIR_MODE);
  if (created !== undefined && created !== dir) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Writes `data` to `path`, created 0600 (an existing file is narrowed to 0600 too). */
export function writeFilePrivate(path: string, data: string | Uint8Array): void {
  writeFileSync(path, data, { mode: PRIVATE_FILE_MODE });
  chmodSync(path, PRIVATE_FILE_MODE);
}

/** Writes through a temporary file in the same directory and renames it over `path`: never half-written. */
export function writeFileAtomicPrivate(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFilePrivate(tmp, data);
  renameSync(tmp, path);
}

/** Opens `path` with `flags` ('a', 'w', 'r+' …), creating it 0600; returns the descriptor. */
export function openPrivate(path: string, flags: string): number {
  const fd = openSync(path, flags, PRIVATE_FILE_MODE);
  chmodSync(path, PRIVATE_FILE_MODE);
  return fd;
}
