/**
 * One small hierarchy for operational failures. Every error has a stable `code` (the contract the
 * CLI, batch error file and HTTP problem types map from) and never carries transcript text or keys.
 */
export type ErrorCode =
  | 'input.empty'
  | 'input.too-large'
  | 'input.binary'
  | 'input.encoding'
  | 'input.not-found'
  | 'input.invalid'
  | 'output.locked'
  | 'claim.invalid-json'
  | 'claim.invalid'
  | 'usage.invalid'
  | 'config.missing-key'
  | 'config.invalid'
  | 'code.unknown'
  | 'knowledge.invalid'
  | 'provider.rate-limited'
  | 'provider.server'
  | 'provider.timeout'
  | 'provider.connection'
  | 'provider.auth'
  | 'provider.bad-request'
  | 'extraction.parse'
  | 'extraction.schema'
  | 'extraction.refusal'
  | 'extraction.truncated'
  | 'extraction.empty'
  | 'replay.missing'
  | 'auth.required'
  | 'auth.invalid'
  | 'server.busy'
  | 'server.closing'
  | 'server.timeout'
  | 'store.invalid-url'
  | 'store.unavailable'
  | 'store.not-found'
  | 'review.invalid'
  | 'queue.invalid-url'
  | 'queue.unavailable'
  | 'callback.refused'
  | 'idempotency.mismatch'
  | 'rate.limited'
  | 'job.not-found'
  | 'internal';

export class OpnoteError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Bad input: empty, binary, too large, unreadable, malformed claim. */
export class InputError extends OpnoteError {}

/** Bad options or usage (unknown extractor, format, flag values). */
export class UsageError extends OpnoteError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage.invalid', message, options);
  }
}

export class ConfigError extends OpnoteError {}

/**
 * A CMS file that cannot be imported (unknown layout, missing column, a row that does not parse), or a
 * `--knowledge` overlay that cannot be read. The message names file, line and column.
 */
export class KnowledgeError extends OpnoteError {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(
    message: string,
    details: { file?: string; line?: number; column?: number; cause?: unknown } = {},
  ) {
    super('knowledge.invalid', message, { cause: details.cause });
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
  }
}

export class UnknownCodeError extends OpnoteError {
  readonly cpt: string;
  constructor(cpt: string) {
    super(
      'code.unknown',
      `CPT ${echo(cpt, 20)} is not in the code knowledge; run 'opnote codes' to list known codes`,
    );
    this.cpt = cpt;
  }
}

/** Longest provider request id kept (real ones are under 64 characters). */
export const MAX_REQUEST_ID_CHARS = 100;

/** The LLM provider failed (HTTP status, timeout, connection). Keeps status and request id. */
export class ProviderError extends OpnoteError {
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    details: { status?: number; requestId?: string; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(code, message, { cause: details.cause });
    this.status = details.status;
    // A provider's header: kept short and printable, whatever the server sent.
    this.requestId =
      details.requestId === undefined ? undefined : echo(details.requestId, MAX_REQUEST_ID_CHARS);
    this.retryAfterMs = details.retryAfterMs;
  }
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

/** The model answered but the answer could not be used (parse vs schema failure, refusal, truncation). */
export class ExtractionError extends OpnoteError {
  readonly kind: 'parse' | 'schema' | 'refusal' | 'truncated' | 'empty';
  readonly finishReason: string | undefined;
  readonly usage: Usage | undefined;
  /** Validation issue paths and messages (never model text that may quote the transcript). */
  readonly issues: string[];
  constructor(
    kind: ExtractionError['kind'],
    message: string,
    details: { finishReason?: string; usage?: Usage; issues?: string[]; cause?: unknown } = {},
  ) {
    const code: ErrorCode =
      kind === 'parse'
        ? 'extraction.parse'
        : kind === 'schema'
          ? 'extraction.schema'
          : kind === 'refusal'
            ? 'extraction.refusal'
            : kind === 'truncated'
              ? 'extraction.truncated'
              : 'extraction.empty';
    super(code, message, { cause: details.cause });
    this.kind = kind;
    this.finishReason = details.finishReason;
    this.usage = details.usage;
    this.issues = details.issues ?? [];
  }
}

/** The HTTP service refused or gave up on a request (auth, back-pressure, shutdown, timeout). */
export class ServiceError extends OpnoteError {
  /** When the client may retry, for `retry-after`. */
  readonly retryAfterMs: number | undefined;
  constructor(code: ErrorCode, message: string, details: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(code, message, { cause: details.cause });
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** The result store or the job queue: a bad URL, an unreachable server, an unknown note, a bad review. */
export class StoreError extends OpnoteError {}

export const isOpnoteError = (e: unknown): e is OpnoteError => e instanceof OpnoteError;

/** Longest untrusted value (a path, a flag value, a provider's request id) echoed in an error message. */
export const MAX_ECHO_CHARS = 200;
/** Longest error line the CLI prints (the `opnote: ` prefix aside). */
export const MAX_ERROR_LINE_CHARS = 1000;

// C0 and C1 controls, DEL, line and paragraph separators, and bidirectional overrides: anything that
// could start a new line or reorder what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Escapes control characters (`\n`, `\x1b`, `\u2028` …) so a value stays on one line and shows as it is. */
export function escapeControl(text: string): string {
  return text.replace(
    UNSAFE_CHARS,
    (c) =>
      NAMED[c] ??
      (c.charCodeAt(0) <= 0xff
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** Cuts `text` to at most `max` characters (never inside a surrogate pair), saying how much was left out. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

/**
 * An untrusted value as error messages quote it: control characters escaped, at most `max` characters.
 * Use it wherever a message echoes a path, a flag or environment value, or a provider's header.
 */
export const echo = (value: string, max = MAX_ECHO_CHARS): string => capText(escapeControl(value), max);

/** One error line as the CLI prints it: no line breaks or terminal controls, at most MAX_ERROR_LINE_CHARS. */
export const errorLine = (message: string): string => capText(escapeControl(message), MAX_ERROR_LINE_CHARS);
