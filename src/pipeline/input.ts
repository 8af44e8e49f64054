import { InputError, UsageError } from '../errors.ts';
import { type Claim, claimSchema, normalizeClaim } from '../schemas/claim.ts';

/** Largest transcript accepted, in characters (about 40 pages of dictation). */
export const MAX_TRANSCRIPT_CHARS = 200_000;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns raw bytes or a string into a transcript, rejecting what is not a dictation: empty or blank,
 * binary, not UTF-8, or over the size limit. Messages never quote the text.
 */
export function readTranscript(raw: string | Uint8Array, maxChars = MAX_TRANSCRIPT_CHARS): string {
  if (!Number.isInteger(maxChars) || maxChars <= 0) {
    throw new UsageError(`maxChars must be a positive integer; got ${String(maxChars)}`);
  }
  let text: string;
  if (typeof raw === 'string') {
    text = raw;
  } else {
    if (raw.length > maxChars * 4) {
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
    try {
      text = decoder.decode(raw);
    } catch (cause) {
      throw new InputError(
        'input.encoding',
        'transcript is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and retry',
        { cause },
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
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
  if (text.length > maxChars) {
    throw new InputError(
      'input.too-large',
      `transcript is ${text.length} characters; the limit is ${maxChars}`,
    );
  }
  return text;
}

/** Validates a claim object; a malformed one is rejected with the fields at fault. */
export function parseClaim(raw: unknown): Claim {
  const parsed = claimSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(claim)'}: ${i.message}`)
      .join('; ');
    throw new InputError('claim.invalid', `claim is invalid: ${where}`);
  }
  return normalizeClaim(parsed.data);
}

/** Parses claim JSON text. */
export function parseClaimJson(text: string): Claim {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
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
