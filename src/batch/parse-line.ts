import type { ErrorCode } from '../errors.ts';

/** A note read from the input, not yet validated (the pipeline checks transcript and claim). */
export interface BatchNote {
  kind: 'note';
  id: string;
  /** Line number in a JSONL input (1-based), or the case's position in a directory. */
  line: number;
  transcript: string | Uint8Array;
  claim?: unknown;
}

/** An input entry that cannot become a note; it goes to the error file under `id`. */
export interface InvalidEntry {
  kind: 'invalid';
  id: string;
  line: number;
  code: ErrorCode;
  message: string;
  /** Stable text the resume key is computed from (the raw line, or the case folder). */
  fingerprint: string;
}

export type BatchEntry = BatchNote | InvalidEntry;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const invalid = (line: number, raw: string, message: string, id = `line-${line}`): InvalidEntry => ({
  kind: 'invalid',
  id,
  line,
  code: 'input.invalid',
  message,
  fingerprint: raw,
});

/**
 * Reads one JSONL line `{"id": "...", "transcript": "...", "claim": {...}}`. Returns `null` for a blank
 * line. A line without a usable id is reported under `line-N`; messages never quote the line.
 */
export function parseNoteLine(raw: string, line: number): BatchEntry | null {
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return invalid(line, raw, `line ${line} is not valid JSON; expected one note object per line`);
  }
  if (!isRecord(value)) return invalid(line, raw, `line ${line} is not a JSON object`);
  const rawId = value.id;
  const id =
    typeof rawId === 'string' && rawId.trim() !== ''
      ? rawId
      : typeof rawId === 'number' && Number.isFinite(rawId)
        ? String(rawId)
        : undefined;
  if (id === undefined)
    return invalid(
      line,
      raw,
      `line ${line} has no "id" (a non-empty string or a number); give each note an id`,
    );
  if (typeof value.transcript !== 'string')
    return invalid(line, raw, `line ${line} has no "transcript" string`, id);
  return {
    kind: 'note',
    id,
    line,
    transcript: value.transcript,
    ...(value.claim === undefined || value.claim === null ? {} : { claim: value.claim }),
  };
}
