import type { ErrorCode } from '../errors.ts';
import type { LineTooLong } from './lines.ts';

/** A note read from the input, not yet validated (the pipeline checks transcript and claim). */
export interface BatchNote {
  kind: 'note';
  id: string;
  /** Line number in a JSONL input (1-based), or the case's position in a directory. */
  line: number;
  /** The input it came from, when a batch reads several (the path as given); absent for a single input. */
  file?: string;
  transcript: string | Uint8Array;
  claim?: unknown;
}

/** An input entry that cannot become a note; it goes to the error file under `id`. */
export interface InvalidEntry {
  kind: 'invalid';
  id: string;
  line: number;
  /** As on `BatchNote`. */
  file?: string;
  code: ErrorCode;
  message: string;
  /** Stable text the resume key is computed from (the raw line, or the case folder). */
  fingerprint: string;
}

export type BatchEntry = BatchNote | InvalidEntry;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where an entry is, for messages: `line 3`, or `line 3 of b.jsonl` when a batch reads several inputs. */
export const entryPlace = (line: number, file?: string): string =>
  file === undefined ? `line ${line}` : `line ${line} of ${file}`;

/** Id of an entry that has none of its own: `line-3`, or `b.jsonl:line-3` when a batch reads several inputs. */
export const lineId = (line: number, file?: string): string =>
  file === undefined ? `line-${line}` : `${file}:line-${line}`;

const invalid = (
  line: number,
  file: string | undefined,
  raw: string,
  message: string,
  id = lineId(line, file),
): InvalidEntry => ({
  kind: 'invalid',
  id,
  line,
  ...(file === undefined ? {} : { file }),
  code: 'input.invalid',
  message,
  fingerprint: raw,
});

const idOf = (rawId: unknown): string | undefined =>
  typeof rawId === 'string' && rawId.trim() !== ''
    ? rawId
    : typeof rawId === 'number' && Number.isFinite(rawId)
      ? String(rawId)
      : undefined;

/**
 * Reads one JSONL line `{"id": "...", "transcript": "...", "claim": {...}}`. Returns `null` for a blank
 * line. A line without a usable id is reported under `line-N`; messages never quote the line.
 */
export function parseNoteLine(raw: string, line: number, file?: string): BatchEntry | null {
  if (raw.trim() === '') return null;
  const at = entryPlace(line, file);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return invalid(line, file, raw, `${at} is not valid JSON; expected one note object per line`);
  }
  if (!isRecord(value)) return invalid(line, file, raw, `${at} is not a JSON object`);
  const id = idOf(value.id);
  if (id === undefined)
    return invalid(
      line,
      file,
      raw,
      `${at} has no "id" (a non-empty string or a number); give each note an id`,
    );
  if (typeof value.transcript !== 'string')
    return invalid(line, file, raw, `${at} has no "transcript" string`, id);
  return {
    kind: 'note',
    id,
    line,
    ...(file === undefined ? {} : { file }),
    transcript: value.transcript,
    ...(value.claim === undefined || value.claim === null ? {} : { claim: value.claim }),
  };
}

/**
 * The entry of a JSONL line that is not valid UTF-8: an `input.encoding` error (the code the CLI gives a
 * transcript file that is not UTF-8), never a note with U+FFFD in place of the bytes. It is reported under
 * the note's id when the id itself reads cleanly, otherwise under `line-N`.
 */
export function notUtf8Line(bytes: Uint8Array, line: number, file?: string): InvalidEntry {
  let id: string | undefined;
  try {
    const lossy = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    const candidate = isRecord(lossy) ? idOf(lossy.id) : undefined;
    if (candidate !== undefined && !candidate.includes('\uFFFD')) id = candidate;
  } catch {
    // Not JSON either: the line number is all there is.
  }
  return {
    kind: 'invalid',
    id: id ?? lineId(line, file),
    line,
    ...(file === undefined ? {} : { file }),
    code: 'input.encoding',
    message: `${entryPlace(line, file)} is not valid UTF-8; convert the file (e.g. iconv -t UTF-8) and retry`,
    fingerprint: `not-utf8\u0000${Buffer.from(bytes).toString('latin1')}`,
  };
}

/**
 * The entry of a JSONL line over the reader's cap (its bytes were never held): `input.too-large` under
 * `line-N`, keyed by the line's hash so that an unchanged line is not reported again on resume.
 */
export function tooLongLine(info: LineTooLong, maxBytes: number, line: number, file?: string): InvalidEntry {
  return {
    kind: 'invalid',
    id: lineId(line, file),
    line,
    ...(file === undefined ? {} : { file }),
    code: 'input.too-large',
    message: `${entryPlace(line, file)} is ${info.bytes} bytes; a batch line is at most ${maxBytes} bytes (one note)`,
    fingerprint: `too-long\u0000${info.sha256}`,
  };
}
