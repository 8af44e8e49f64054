import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { echo, InputError, UsageError } from '../errors.ts';
import { type Claim, claimInputOf, claimSchema, normalizeClaim } from '../schemas/claim.ts';

/** Largest transcript accepted by default, in characters (Unicode code points; about 40 pages of dictation). */
export const MAX_TRANSCRIPT_CHARS = 200_000;

/** Largest claim file accepted, in bytes (a claim is a few hundred bytes). */
export const MAX_CLAIM_BYTES = 64 * 1024;

/** Most bytes `maxChars` characters can take in UTF-8 (4 per code point): nothing longer is read. */
export const maxTranscriptBytes = (maxChars: number): number => maxChars * 4;

/** Checks a size limit in characters: a positive whole number, or `usage.invalid` naming where it came from. */
export function checkMaxChars(maxChars: number, name = 'maxChars'): number {
  if (!Number.isSafeInteger(maxChars) || maxChars <= 0)
    throw new UsageError(`${name} must be a positive integer; got ${echo(String(maxChars))}`);
  return maxChars;
}

/** What a bounded read is reading, for its error messages: e.g. `transcript`, `claim`, `expected.json`. */
export interface ReadLimit {
  /** Most bytes accepted; one more is read at most, to tell "exactly the limit" from "over". */
  maxBytes: number;
  /** Names the input in messages ("transcript", "claim"). */
  what: string;
  /** How the limit reads to a user, e.g. "200000 characters". Default: "<maxBytes> bytes". */
  limitText?: string;
}

const tooLarge = (limit: ReadLimit, size?: number): InputError =>
  new InputError(
    'input.too-large',
    `${limit.what} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the limit of ${limit.limitText ?? `${limit.maxBytes} bytes`}`,
  );

const CHUNK = 64 * 1024;

function notReadable(path: string, what: string, cause: unknown): InputError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new InputError('input.not-found', `file not found: ${echo(path)}`, { cause });
  if (code === 'EISDIR')
    return new InputError('input.invalid', `expected a file but got a directory: ${echo(path)}`, { cause });
  return new InputError('input.invalid', `cannot read the ${what} file ${echo(path)} (${code ?? 'error'})`, {
    cause,
  });
}

/**
 * Reads a file, refusing it when it is over `limit.maxBytes`: a regular file's size is checked
 * before anything is read, and from anything else (a device, a pipe) at most `maxBytes + 1` bytes
 * are read. Missing paths are `input.not-found`, directories `input.invalid`, too much `input.too-large`.
 */
export async function readFileBounded(path: string, limit: ReadLimit): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    throw notReadable(path, limit.what, cause);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory())
      throw new InputError('input.invalid', `expected a file but got a directory: ${echo(path)}`);
    if (stat.isFile() && stat.size > limit.maxBytes) throw tooLarge(limit, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit.maxBytes) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit.maxBytes + 1 - total));
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (cause) {
        throw notReadable(path, limit.what, cause);
      }
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > limit.maxBytes) throw tooLarge(limit);
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** `readFileBounded` for synchronous callers (case folders, small local files). */
export function readFileBoundedSync(path: string, limit: ReadLimit): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (cause) {
    throw notReadable(path, limit.what, cause);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      throw new InputError('input.invalid', `expected a file but got a directory: ${echo(path)}`);
    if (stat.isFile() && stat.size > limit.maxBytes) throw tooLarge(limit, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit.maxBytes) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit.maxBytes + 1 - total));
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      } catch (cause) {
        throw notReadable(path, limit.what, cause);
      }
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > limit.maxBytes) throw tooLarge(limit);
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a stream (standard input, a socket, an HTTP body) asynchronously to its end, stopping with
 * `input.too-large` as soon as more than `limit.maxBytes` arrived; the stream is then destroyed, so
 * nothing beyond the limit is buffered.
 */
export async function readStreamBounded(
  stream: AsyncIterable<Uint8Array | string> & { destroy?: () => unknown },
  limit: ReadLimit,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += bytes.length;
    if (total > limit.maxBytes) {
      stream.destroy?.();
      throw tooLarge(limit);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The one UTF-8 rule for every input (CLI, batch, service): bytes that are not valid UTF-8 are
 * rejected with `input.encoding`, never replaced. A byte-order mark is kept, so offsets into the
 * result index the same text any UTF-8 reader of the bytes gets (strip it yourself where it does
 * not matter, as claim JSON does).
 */
export function decodeUtf8(bytes: Uint8Array, what = 'transcript'): string {
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new InputError(
      'input.encoding',
      `${what} is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and retry`,
      { cause },
    );
  }
}

/** Length of `text` in Unicode code points (an emoji is one character, not two UTF-16 units). */
export function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Turns raw bytes or a string into a transcript, rejecting what is not a dictation: empty or blank,
 * binary, not UTF-8, or over `maxChars` characters (code points). A string is returned unaltered
 * (a leading byte-order mark included), so evidence offsets index exactly the caller's text.
 * Messages never quote the text.
 */
export function readTranscript(raw: string | Uint8Array, maxChars = MAX_TRANSCRIPT_CHARS): string {
  checkMaxChars(maxChars);
  let text: string;
  if (typeof raw === 'string') {
    text = raw;
  } else {
    if (raw.length > maxTranscriptBytes(maxChars)) {
      throw new InputError(
        'input.too-large',
        `transcript is ${raw.length} bytes; the limit is ${maxChars} characters`,
      );
    }
    if (raw.includes(0))
      throw new InputError(
        'input.binary',
        'transcript looks binary (it contains NUL bytes); expected UTF-8 text',
      );
    text = decodeUtf8(raw, 'transcript');
  }
  if (text.includes('\u0000'))
    throw new InputError(
      'input.binary',
      'transcript looks binary (it contains NUL characters); expected text',
    );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const control = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (control > 0 && control / text.length > 0.01) {
    throw new InputError('input.binary', 'transcript looks binary (many control characters); expected text');
  }
  if (text.trim().length === 0) throw new InputError('input.empty', 'transcript is empty or blank');
  // Code points never outnumber UTF-16 units, so only a long string needs counting.
  if (text.length > maxChars) {
    const chars = countCodePoints(text);
    if (chars > maxChars)
      throw new InputError('input.too-large', `transcript is ${chars} characters; the limit is ${maxChars}`);
  }
  return text;
}

/** Validates a claim object; a malformed one is rejected with the fields at fault. */
export function parseClaim(raw: unknown): Claim {
  const parsed = claimSchema.safeParse(claimInputOf(raw));
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${echo(i.path.join('.'), 60) || '(claim)'}: ${i.message}`)
      .join('; ');
    throw new InputError('claim.invalid', `claim is invalid: ${where}`);
  }
  return normalizeClaim(parsed.data);
}

/** Parses claim JSON text; a leading byte-order mark (as some editors write) is ignored. */
export function parseClaimJson(text: string): Claim {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    // V8's message quotes the input, which may be a transcript passed by mistake: keep only the position.
    const position = /position (\d+)/.exec((cause as Error).message)?.[1];
    const where = position === undefined ? 'it could not be parsed' : `error at character ${position}`;
    throw new InputError(
      'claim.invalid-json',
      `claim is not valid JSON (${where}); expected an object like {"cpt": "27290"}`,
      {
        cause,
      },
    );
  }
  return parseClaim(raw);
}
