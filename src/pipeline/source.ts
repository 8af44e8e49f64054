import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError, isOpnoteError } from '../errors.ts';
import { MAX_CLAIM_BYTES, MAX_TRANSCRIPT_CHARS, maxTranscriptBytes, readFileBoundedSync } from './input.ts';
import { decodeUtf8OrUndefined, splitLinesCapped } from './lines.ts';
import { type BatchEntry, notUtf8Line, parseNoteLine, tooLongLine } from './parse-line.ts';

/** Batch input: a JSONL file path, a directory of fixture cases, or an open stream of JSONL. */
export type BatchInput = string | Readable;

/** Whether `input` names a directory of cases; throws `input.not-found` for a missing path. */
export function inputKind(input: BatchInput): 'jsonl' | 'directory' | 'stream' {
  if (typeof input !== 'string') return 'stream';
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(input);
  } catch {
    throw new InputError(
      'input.not-found',
      `batch input not found: ${input}; expected a JSONL file or a directory`,
    );
  }
  return stat.isDirectory() ? 'directory' : 'jsonl';
}

/**
 * Longest JSONL line read by default, in bytes: 8 MiB, far above any note the pipeline accepts by default
 * (a 200,000-character transcript is at most 1.2 MB of JSON), so that a file without newlines cannot
 * exhaust memory.
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** The line cap for a transcript limit: 8 MiB, or more when the limit allows notes that large (6 bytes a character, worst case, plus 1 MiB). */
export const lineCapFor = (maxChars: number = MAX_TRANSCRIPT_CHARS): number =>
  Math.max(MAX_LINE_BYTES, maxChars * 6 + 1024 * 1024);

async function* jsonlEntries(
  stream: Readable,
  file: string | undefined,
  maxLineBytes: number,
): AsyncGenerator<BatchEntry> {
  let n = 0;
  for await (const bytes of splitLinesCapped(stream, maxLineBytes)) {
    n += 1;
    if (!Buffer.isBuffer(bytes)) {
      yield tooLongLine(bytes, maxLineBytes, n, file);
      continue;
    }
    const raw = decodeUtf8OrUndefined(bytes);
    const entry = raw === undefined ? notUtf8Line(bytes, n, file) : parseNoteLine(raw, n, file);
    if (entry) yield entry;
  }
}

async function caseFolders(dir: string): Promise<string[]> {
  const dirents = await readdir(dir, { withFileTypes: true });
  return dirents
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'transcript.txt')))
    .map((d) => d.name)
    .sort();
}

/** Resume fingerprint of a file that was not read (too large, unreadable): its name, size and time. */
function fileFingerprint(name: string, path: string, code: string): string {
  let stamp = 'missing';
  try {
    const st = statSync(path);
    stamp = `${st.size}\u0000${st.mtimeMs}`;
  } catch {
    // Gone since it was listed: the code alone.
  }
  return `${name}\u0000${code}\u0000${stamp}`;
}

async function* directoryEntries(
  dir: string,
  file: string | undefined,
  maxChars: number,
): AsyncGenerator<BatchEntry> {
  const names = await caseFolders(dir);
  for (const [i, name] of names.entries()) {
    const folder = join(dir, name);
    const from = { id: name, line: i + 1, ...(file === undefined ? {} : { file }) };
    const unread = (error: unknown, path: string): BatchEntry => {
      if (!isOpnoteError(error)) throw error;
      return {
        kind: 'invalid',
        ...from,
        code: error.code,
        message: error.message,
        fingerprint: fileFingerprint(name, path, error.code),
      };
    };
    const transcriptPath = join(folder, 'transcript.txt');
    // Bytes, not text: the pipeline decodes them strictly (input.encoding when not UTF-8), as the CLI does.
    // Nothing past the limit is read (a regular file's size is checked first).
    let transcript: Uint8Array;
    try {
      transcript = readFileBoundedSync(transcriptPath, {
        what: `${name}/transcript.txt`,
        maxBytes: maxTranscriptBytes(maxChars),
        limitText: `${maxChars} characters`,
      });
    } catch (error) {
      yield unread(error, transcriptPath);
      continue;
    }
    const claimPath = join(folder, 'claim.json');
    if (!existsSync(claimPath)) {
      yield { kind: 'note', ...from, transcript };
      continue;
    }
    let claimBytes: Buffer;
    try {
      claimBytes = readFileBoundedSync(claimPath, { what: `${name}/claim.json`, maxBytes: MAX_CLAIM_BYTES });
    } catch (error) {
      yield unread(error, claimPath);
      continue;
    }
    const claimText = decodeUtf8OrUndefined(claimBytes);
    if (claimText === undefined) {
      yield {
        kind: 'invalid',
        ...from,
        code: 'input.encoding',
        message: `${name}/claim.json is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and retry`,
        fingerprint: `${name}\u0000${claimBytes.toString('latin1')}`,
      };
      continue;
    }
    try {
      yield {
        kind: 'note',
        ...from,
        transcript,
        claim: JSON.parse(claimText.replace(/^\uFEFF/, '')) as unknown,
      };
    } catch {
      yield {
        kind: 'invalid',
        ...from,
        code: 'claim.invalid-json',
        message: `${name}/claim.json is not valid JSON; fix or remove it`,
        fingerprint: `${name}\u0000${claimText}`,
      };
    }
  }
}

/** How entries are read: the input's label (several inputs) and the transcript limit. */
export interface ReadEntriesOptions {
  /** Label carried by every entry (`file`); set when a batch reads several inputs. */
  file?: string;
  /** Transcript limit in characters; bounds what is read of case files and JSONL lines. Default MAX_TRANSCRIPT_CHARS. */
  maxChars?: number;
}

/**
 * Streams the entries of a batch input, one at a time: JSONL is read line by line (memory stays flat
 * however long the file), a directory yields one note per case folder holding a `transcript.txt`
 * (id = folder name, `claim.json` optional).
 */
export function readEntries(input: BatchInput, options: ReadEntriesOptions = {}): AsyncGenerator<BatchEntry> {
  const kind = inputKind(input);
  const maxChars = options.maxChars ?? MAX_TRANSCRIPT_CHARS;
  if (kind === 'directory') return directoryEntries(input as string, options.file, maxChars);
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  return jsonlEntries(stream, options.file, lineCapFor(maxChars));
}

/** Label of an input in messages and ids when a batch reads several: the path as given, `stdin` for a stream. */
export const inputLabel = (input: BatchInput): string => (typeof input === 'string' ? input : 'stdin');

/**
 * The entries of several inputs, one input after the other. With more than one input every entry carries
 * its input's label (`file`), so line numbers and `line-N` ids stay unambiguous.
 */
export async function* readAllEntries(
  inputs: readonly BatchInput[],
  maxChars?: number,
): AsyncGenerator<BatchEntry> {
  for (const input of inputs)
    yield* readEntries(input, {
      ...(inputs.length > 1 ? { file: inputLabel(input) } : {}),
      ...(maxChars === undefined ? {} : { maxChars }),
    });
}

const NEWLINE = 0x0a;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d;

/**
 * Number of notes in the input, for progress: non-blank JSONL lines (one quick pass over the bytes)
 * or case folders. `null` for a stream, which cannot be read twice.
 */
export async function countEntries(input: BatchInput): Promise<number | null> {
  const kind = inputKind(input);
  if (kind === 'stream') return null;
  if (kind === 'directory') return (await caseFolders(input as string)).length;
  let count = 0;
  let lineHasText = false;
  for await (const chunk of createReadStream(input as string) as AsyncIterable<Buffer>) {
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl === -1 ? chunk.length : nl;
      // Only the first non-space byte matters, so a line costs a byte or two besides indexOf.
      for (let i = start; !lineHasText && i < end; i++) if (!isSpace(chunk[i] as number)) lineHasText = true;
      if (nl === -1) break;
      if (lineHasText) count += 1;
      lineHasText = false;
      start = nl + 1;
    }
  }
  return lineHasText ? count + 1 : count;
}
