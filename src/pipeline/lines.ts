import { createHash, type Hash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { decodeUtf8 } from './input.ts';

/**
 * JSONL as bytes. Lines end at `\n` only (a `\r` before it is dropped): Node's `readline` also breaks on
 * U+2028 and U+2029, which JSON allows raw inside strings, so a transcript holding one would be split in
 * two. Every batch and diff reader goes through `splitLines`, every writer through `jsonLine`.
 */

const NEWLINE = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;

const withoutCr = (line: Buffer): Buffer =>
  line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, -1) : line;

const hasBom = (b: Buffer): boolean => b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];

/** A line longer than the reader's cap: its bytes were dropped, only their count and hash are kept. */
export interface LineTooLong {
  tooLong: true;
  /** Bytes of the line (without its newline). */
  bytes: number;
  /** sha256 of the dropped bytes, hex: a stable fingerprint for the resume key. */
  sha256: string;
}

/**
 * Streams the lines of a byte stream, without their `\n` (or `\r\n`). A file-level UTF-8 byte order mark
 * (at the very start) is dropped. A last line without a newline is yielded too. A yielded buffer may share
 * memory with the stream's chunk: copy it to keep it past the next iteration.
 */
export function splitLines(stream: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  return splitLinesCapped(stream, Number.POSITIVE_INFINITY) as AsyncGenerator<Buffer>;
}

/**
 * As `splitLines`, but a line over `maxLineBytes` is never held in memory: it is yielded as a
 * `LineTooLong` once its newline (or the end) is reached, so a file without newlines cannot exhaust memory.
 */
export async function* splitLinesCapped(
  stream: Readable | AsyncIterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<Buffer | LineTooLong> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Set while dropping the rest of a line over the cap.
  let dropping: { bytes: number; hash: Hash } | undefined;
  const hold = (piece: Buffer): void => {
    if (dropping === undefined && pendingBytes + piece.length > maxLineBytes) {
      dropping = { bytes: 0, hash: createHash('sha256') };
      for (const p of pending) {
        dropping.hash.update(p);
        dropping.bytes += p.length;
      }
      pending = [];
      pendingBytes = 0;
    }
    if (dropping) {
      dropping.hash.update(piece);
      dropping.bytes += piece.length;
    } else {
      pending.push(piece);
      pendingBytes += piece.length;
    }
  };
  const take = (): Buffer | LineTooLong => {
    if (dropping) {
      const tooLong: LineTooLong = {
        tooLong: true,
        bytes: dropping.bytes,
        sha256: dropping.hash.digest('hex'),
      };
      dropping = undefined;
      return tooLong;
    }
    const line = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    return withoutCr(line);
  };
  function* cut(buf: Buffer): Generator<Buffer | LineTooLong> {
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(NEWLINE, start);
      if (nl === -1) break;
      hold(buf.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    if (start < buf.length) hold(buf.subarray(start));
  }
  // The first bytes are held until there are three, to see whether they are a byte order mark.
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (head === undefined) {
      yield* cut(buf);
      continue;
    }
    head = Buffer.concat([head, buf]);
    if (head.length < 3) continue;
    yield* cut(hasBom(head) ? head.subarray(3) : head);
    head = undefined;
  }
  if (head !== undefined) yield* cut(head);
  if (pendingBytes > 0 || dropping) yield take();
}

/**
 * Decodes with the pipeline's one UTF-8 rule (`decodeUtf8` in src/pipeline/input.ts): `undefined` when the
 * bytes are not valid UTF-8, so the batch can record that note's `input.encoding` error and go on.
 */
export function decodeUtf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return decodeUtf8(bytes);
  } catch {
    return undefined;
  }
}

const LINE_SEPARATORS = /[\u2028\u2029]/g;

/**
 * One JSONL line for `record`, newline included. U+2028 and U+2029 are written escaped, so that no reader
 * (ours, `readline`, a JavaScript `eval` or an editor) sees a line break inside a record.
 */
export const jsonLine = (record: unknown): string => jsonTextLine(JSON.stringify(record));

/** A JSON text already made (`JSON.stringify`) as one line, U+2028 and U+2029 escaped as `jsonLine` does. */
export const jsonTextLine = (json: string): string =>
  `${json.replace(LINE_SEPARATORS, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))}\n`;
