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

export class UnknownCodeError extends OpnoteError {
  readonly cpt: string;
  constructor(cpt: string) {
    super('code.unknown', `CPT ${cpt} is not in the code knowledge; run 'opnote codes' to list known codes`);
    this.cpt = cpt;
  }
}

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
    this.requestId = details.requestId;
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

export const isOpnoteError = (e: unknown): e is OpnoteError => e instanceof OpnoteError;
