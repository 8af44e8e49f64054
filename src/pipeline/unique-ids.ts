import { batchKey, invalidLineKey, type PipelineIdentity } from './keys.ts';
import { type BatchEntry, entryPlace, lineId } from './parse-line.ts';

/** An entry after the id check: a repeat to drop, or the entry to process with its resume key. */
export type CheckedEntry = { duplicate: true } | { duplicate: false; entry: BatchEntry; key: string };

/**
 * Ids must be unique across a batch. Returns a checker that remembers every id it has seen (with the
 * key of its note): a repeated line (same id, same content) is a duplicate to drop; the same id with
 * other content becomes an `input.invalid` entry under `line-N` (the first note keeps the id). Used by
 * the single-machine batch and by the queue's enqueuer alike, so both treat a repeated id the same way.
 */
export function createIdCheck(identity: PipelineIdentity): (entry: BatchEntry) => CheckedEntry {
  const seen = new Map<string, string>();
  return (entry) => {
    let key = entry.kind === 'note' ? batchKey(entry, identity) : invalidLineKey(entry.fingerprint);
    const earlier = seen.get(entry.id);
    if (earlier === key) return { duplicate: true };
    let checked = entry;
    if (earlier !== undefined) {
      // The fingerprint names both notes' keys, so a rerun of the same input gives the same resume key.
      const fingerprint = `${earlier}\u0000${key}`;
      checked = {
        kind: 'invalid',
        id: lineId(entry.line, entry.file),
        line: entry.line,
        ...(entry.file === undefined ? {} : { file: entry.file }),
        code: 'input.invalid',
        message: `${entryPlace(entry.line, entry.file)} repeats the id of an earlier note with other content; give each note a unique id`,
        fingerprint,
      };
      key = invalidLineKey(fingerprint);
    }
    seen.set(checked.id, key);
    return { duplicate: false, entry: checked, key };
  };
}
