import type { Readable } from 'node:stream';

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

/**
 * Streams the lines of a byte stream, without their `\n` (or `\r\n`). A file-level UTF-8 byte order mark
 * (at the very start) is dropped. A last line without a newline is yielded too. A yielded buffer may share
 * memory with the stream's chunk: copy it to keep it past the next iteration.
 */
export async function* splitLines(stream: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  function* cut(buf: Buffer): Generator<Buffer> {
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(NEWLINE, start);
      if (nl === -1) break;
      const piece = buf.subarray(start, nl);
      const line = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      yield withoutCr(line);
      start = nl + 1;
    }
    if (start < buf.length) pending.push(buf.subarray(start));
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
  if (pending.length > 0) yield withoutCr(Buffer.concat(pending));
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly (as the CLI does for a transcript): `undefined` when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

const LINE_SEPARATORS = /[\u2028\u2029]/g;

/**
 * One JSONL line for `record`, newline included. U+2028 and U+2029 are written escaped, so that no reader
 * (ours, `readline`, a JavaScript `eval` or an editor) sees a line break inside a record.
 */
export const jsonLine = (record: unknown): string =>
  `${JSON.stringify(record).replace(LINE_SEPARATORS, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))}\n`;
