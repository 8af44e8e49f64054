import { type ErrorCode, isOpnoteError, ProviderError, ServiceError } from '../errors.ts';

/** Base of the problem `type` URIs: stable identifiers, not fetched. */
export const PROBLEM_BASE = 'https://opnote.dev/problems/';

/** RFC 9457 problem details, with the opnote error code as an extension member. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
}

interface ProblemSpec {
  status: number;
  title: string;
  /**
   * What the client is told instead of the error message, for failures on the server's side: their
   * messages name provider hosts and CLI flags. The message still goes to the log.
   */
  publicDetail?: string;
}

const RETRY_OR_SWITCH = 'retry, or choose another extractor';

/** HTTP status and title for every error code (exhaustive: a new code does not typecheck without one). */
export const PROBLEM_SPECS: Readonly<Record<ErrorCode, ProblemSpec>> = {
  'input.empty': { status: 400, title: 'Transcript is empty' },
  'input.too-large': { status: 413, title: 'Request is too large' },
  'input.binary': { status: 400, title: 'Transcript is not text' },
  'input.encoding': { status: 400, title: 'Transcript is not UTF-8' },
  'input.not-found': { status: 400, title: 'Input not found' },
  'input.invalid': { status: 400, title: 'Request body is invalid' },
  // Batch only (a results file another run holds); never produced by the service.
  'output.locked': { status: 400, title: 'Output is in use' },
  'claim.invalid-json': { status: 400, title: 'Claim is not valid JSON' },
  'claim.invalid': { status: 400, title: 'Claim is invalid' },
  'usage.invalid': { status: 400, title: 'Invalid option' },
  'config.missing-key': {
    status: 500,
    title: 'Server is not configured for this extractor',
    publicDetail:
      'this server has no credentials for the requested extractor; choose another one, or ask the operator',
  },
  'config.invalid': {
    status: 500,
    title: 'Server configuration is invalid',
    publicDetail: 'the server configuration is invalid; ask the operator',
  },
  'code.unknown': { status: 404, title: 'Unknown code' },
  'knowledge.invalid': {
    status: 500,
    title: 'Server knowledge overlay is invalid',
    publicDetail: 'the server knowledge overlay is invalid; ask the operator',
  },
  'provider.rate-limited': {
    status: 429,
    title: 'LLM provider rate limit reached',
    publicDetail: 'the LLM provider is rate limiting this server; retry after the retry-after delay',
  },
  'provider.server': {
    status: 502,
    title: 'LLM provider failed',
    publicDetail: 'the LLM provider failed; retry later',
  },
  'provider.timeout': {
    status: 504,
    title: 'LLM provider timed out',
    publicDetail: 'the LLM provider did not answer in time; retry later',
  },
  'provider.connection': {
    status: 502,
    title: 'LLM provider unreachable',
    publicDetail: 'the LLM provider could not be reached; retry later',
  },
  'provider.auth': {
    status: 502,
    title: 'LLM provider refused the server credentials',
    publicDetail: "the LLM provider refused this server's credentials; ask the operator",
  },
  'provider.bad-request': {
    status: 502,
    title: 'LLM provider rejected the request',
    publicDetail: 'the LLM provider rejected the request; ask the operator',
  },
  'extraction.parse': {
    status: 502,
    title: 'Model answer is not parseable',
    publicDetail: `the model's answer could not be parsed; ${RETRY_OR_SWITCH}`,
  },
  'extraction.schema': {
    status: 502,
    title: 'Model answer does not fit the schema',
    publicDetail: `the model's answer did not fit the facts schema; ${RETRY_OR_SWITCH}`,
  },
  'extraction.refusal': {
    status: 502,
    title: 'Model refused',
    publicDetail: 'the model refused to extract facts from this transcript; choose another extractor',
  },
  'extraction.truncated': {
    status: 502,
    title: 'Model answer was cut off',
    publicDetail: `the model's answer was cut off; ${RETRY_OR_SWITCH}`,
  },
  'extraction.empty': {
    status: 502,
    title: 'Model answer is empty',
    publicDetail: `the model gave an empty answer; ${RETRY_OR_SWITCH}`,
  },
  'replay.missing': {
    status: 502,
    title: 'No recorded answer for this request',
    publicDetail: 'no recorded model answer matches this request (replay mode); ask the operator',
  },
  'auth.required': { status: 401, title: 'Bearer token required' },
  'auth.invalid': { status: 401, title: 'Bearer token not accepted' },
  'server.busy': { status: 503, title: 'Server is busy' },
  'server.closing': { status: 503, title: 'Server is shutting down' },
  'server.timeout': { status: 504, title: 'Request timed out' },
  'store.invalid-url': {
    status: 500,
    title: 'Store configuration is invalid',
    publicDetail: 'the result store is misconfigured; ask the operator',
  },
  'store.unavailable': {
    status: 503,
    title: 'Result store unavailable',
    publicDetail: 'the result store could not be reached; retry later',
  },
  'store.not-found': { status: 404, title: 'Note not found in the store' },
  'review.invalid': { status: 400, title: 'Review is invalid' },
  'queue.invalid-url': {
    status: 500,
    title: 'Queue configuration is invalid',
    publicDetail: 'the job queue is misconfigured; ask the operator',
  },
  'queue.unavailable': {
    status: 503,
    title: 'Job queue unavailable',
    publicDetail: 'the job queue could not be reached; retry later',
  },
  'callback.refused': { status: 400, title: 'Callback URL refused' },
  'idempotency.mismatch': { status: 422, title: 'Idempotency key reused with a different request' },
  'rate.limited': { status: 429, title: 'Request rate limit reached' },
  'job.not-found': { status: 404, title: 'Job not found' },
  internal: { status: 500, title: 'Internal error' },
};

/** The stable `type` URI of an error code. */
export const problemType = (code: string): string => `${PROBLEM_BASE}${code}`;

/** Statuses that always carry `retry-after`, with the delay used when the error gives none. */
const DEFAULT_RETRY_AFTER_MS = 1000;
const RETRY_STATUSES = new Set([429, 503]);

export interface ProblemReply {
  problem: Problem;
  headers: Record<string, string>;
  /** The error code, for the log line. */
  code: string;
  /** The error message when the client got `publicDetail` instead: for the log only. */
  internalDetail?: string;
}

export interface ProblemContext {
  /** The request id, used as `instance`. */
  instance: string;
  /** Body size limit in bytes, for the 413 detail. */
  bodyLimitBytes: number;
}

function fromCode(code: ErrorCode, detail: string, ctx: ProblemContext, retryAfterMs?: number): ProblemReply {
  const spec = PROBLEM_SPECS[code];
  const headers: Record<string, string> = {};
  if (RETRY_STATUSES.has(spec.status))
    headers['retry-after'] = String(Math.max(1, Math.ceil((retryAfterMs ?? DEFAULT_RETRY_AFTER_MS) / 1000)));
  if (code === 'auth.required') headers['www-authenticate'] = 'Bearer realm="opnote"';
  if (code === 'auth.invalid') headers['www-authenticate'] = 'Bearer realm="opnote", error="invalid_token"';
  return {
    problem: {
      type: problemType(code),
      title: spec.title,
      status: spec.status,
      detail: spec.publicDetail ?? detail,
      instance: ctx.instance,
      code,
    },
    headers,
    code,
    ...(spec.publicDetail === undefined ? {} : { internalDetail: detail }),
  };
}

/**
 * HTTP-level conditions that are not opnote errors (no pipeline code): each still has its own stable
 * problem `type` under PROBLEM_BASE, never `about:blank`, so a client can branch on it.
 */
export const HTTP_PROBLEMS = {
  'route.not-found': { status: 404, title: 'No such route' },
  'method.not-allowed': { status: 405, title: 'Method not allowed' },
  'request.timeout': { status: 408, title: 'Request was not received in time' },
  'media-type.unsupported': { status: 415, title: 'Unsupported media type' },
  'headers.too-large': { status: 431, title: 'Request headers are too large' },
  'request.malformed': { status: 400, title: 'Malformed HTTP request' },
  'client.gone': { status: 499, title: 'Client closed the connection' },
} as const satisfies Record<string, { status: number; title: string }>;

export type HttpProblemCode = keyof typeof HTTP_PROBLEMS;

/** A problem for an HTTP-level condition (404 route, 405, 408, 415, 431, malformed request). */
export function httpProblem(code: HttpProblemCode, detail: string, instance: string): ProblemReply {
  const spec = HTTP_PROBLEMS[code];
  return {
    problem: { type: problemType(code), title: spec.title, status: spec.status, detail, instance, code },
    headers: {},
    code,
  };
}

const frameworkCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * Maps any error to problem details. Opnote errors keep their code and message (which never hold
 * transcript text); framework errors get fixed texts, because some (JSON parse errors) quote the body.
 */
export function problemFor(error: unknown, ctx: ProblemContext): ProblemReply {
  if (error instanceof ServiceError || error instanceof ProviderError)
    return fromCode(error.code, error.message, ctx, error.retryAfterMs);
  if (isOpnoteError(error)) return fromCode(error.code, error.message, ctx);
  const code = frameworkCode(error);
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return fromCode(
        'input.too-large',
        `request body is over the ${ctx.bodyLimitBytes}-byte limit; send a shorter transcript`,
        ctx,
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return fromCode('input.invalid', 'request body is not valid JSON; send {"transcript": "..."}', ctx);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return fromCode('input.invalid', 'content-length does not match the body', ctx);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return httpProblem('media-type.unsupported', 'send the request body as application/json', ctx.instance);
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return httpProblem(
      'request.malformed',
      'the request could not be understood; check its URL and headers',
      ctx.instance,
    );
  return fromCode(
    'internal',
    'internal error; report it with the request id (instance), not the transcript',
    ctx,
  );
}
