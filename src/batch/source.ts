import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.ts';
import { type BatchEntry, parseNoteLine } from './parse-line.ts';

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

async function* jsonlEntries(stream: Readable): AsyncGenerator<BatchEntry> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const raw of lines) {
    n += 1;
    const entry = parseNoteLine(raw, n);
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

async function* directoryEntries(dir: string): AsyncGenerator<BatchEntry> {
  const names = await caseFolders(dir);
  for (const [i, name] of names.entries()) {
    const folder = join(dir, name);
    const transcript: Uint8Array = readFileSync(join(folder, 'transcript.txt'));
    const claimPath = join(folder, 'claim.json');
    if (!existsSync(claimPath)) {
      yield { kind: 'note', id: name, line: i + 1, transcript };
      continue;
    }
    const claimText = readFileSync(claimPath, 'utf8');
    try {
      yield { kind: 'note', id: name, line: i + 1, transcript, claim: JSON.parse(claimText) as unknown };
    } catch {
      yield {
        kind: 'invalid',
        id: name,
        line: i + 1,
        code: 'claim.invalid-json',
        message: `${name}/claim.json is not valid JSON; fix or remove it`,
        fingerprint: `${name}\u0000${claimText}`,
      };
    }
  }
}

/**
 * Streams the entries of a batch input, one at a time: JSONL is read line by line (memory stays flat
 * however long the file), a directory yields one note per case folder holding a `transcript.txt`
 * (id = folder name, `claim.json` optional).
 */
export function readEntries(input: BatchInput): AsyncGenerator<BatchEntry> {
  const kind = inputKind(input);
  if (kind === 'directory') return directoryEntries(input as string);
  return jsonlEntries(typeof input === 'string' ? createReadStream(input) : input);
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
