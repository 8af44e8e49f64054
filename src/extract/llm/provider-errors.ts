import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
} from 'openai/core/error';
import {
  ExtractionError,
  echo,
  MAX_REQUEST_ID_CHARS,
  type OpnoteError,
  ProviderError,
} from '../../errors.ts';
import { RESPONSE_TOO_LARGE } from './bounded-fetch.ts';

/** What an error message may say about the call, never the transcript or the key. */
export interface CallContext {
  /** Host of the provider, e.g. `api.openai.com` or `127.0.0.1:8080`. */
  host: string;
  timeoutMs: number;
  maxRetries: number;
}

const hostOf = (baseURL: string | undefined): string => {
  try {
    return new URL(baseURL ?? 'https://api.openai.com/v1').host;
  } catch {
    return 'the configured base URL';
  }
};

export const callContext = (o: {
  baseURL?: string | undefined;
  timeoutMs: number;
  maxRetries: number;
}): CallContext => ({
  host: hostOf(o.baseURL),
  timeoutMs: o.timeoutMs,
  maxRetries: o.maxRetries,
});

interface HttpLike {
  status?: unknown;
  headers?: unknown;
  requestID?: unknown;
  type?: unknown;
  code?: unknown;
  name?: unknown;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Milliseconds a 429 asks us to wait: `retry-after-ms`, then `retry-after` (seconds or HTTP date). */
export function retryAfterMs(headers: unknown, now: number = Date.now()): number | undefined {
  const ms = Number.parseFloat(header(headers, 'retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header(headers, 'retry-after');
  if (raw === undefined) return undefined;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// An error type or code from the server is shown only when it is a plain identifier (no free text).
const safeToken = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[a-z0-9_.-]{1,60}$/i.test(value) ? value : undefined;

const retries = (n: number): string => (n === 1 ? '1 retry' : `${n} retries`);

// undici's errors for a connection that ends while a body is read: "terminated", socket and abort codes.
const DROPPED = /^(?:UND_ERR_SOCKET|UND_ERR_CLOSED|ECONNRESET|EPIPE|ECONNABORTED|UND_ERR_ABORTED)$/;

/** A connection dropped while the response body was read (an untyped TypeError from fetch's body). */
export function isDroppedConnection(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return error.message === 'terminated' || (typeof cause?.code === 'string' && DROPPED.test(cause.code));
}

/** True for failures that a retry can fix: rate limits, server errors, timeouts and dropped connections. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError || isDroppedConnection(error)) return true;
  const e = (error ?? {}) as HttpLike;
  if (e.name === 'TimeoutError') return true;
  const status = typeof e.status === 'number' ? e.status : undefined;
  return status !== undefined && (status === 408 || status === 409 || status === 429 || status >= 500);
}

/**
 * Maps an SDK or LangChain error to a typed opnote error with a stable code. Messages name the status,
 * request id and what to do, never the server's free text (it may echo the request). Returns undefined
 * for errors that are not the provider's (e.g. a user abort), which callers rethrow as they are.
 */
export function toOpnoteError(error: unknown, ctx: CallContext): OpnoteError | undefined {
  if (error instanceof ProviderError || error instanceof ExtractionError) return error;
  if (error instanceof APIUserAbortError) return undefined;
  const e = (error ?? {}) as HttpLike;
  if (e.name === 'AbortError') return undefined;
  if (error instanceof LengthFinishReasonError)
    return new ExtractionError(
      'truncated',
      'the model stopped at its output token limit (finish_reason length) before finishing the answer; use a model with a larger output limit',
      { finishReason: 'length', cause: error },
    );
  if (error instanceof ContentFilterFinishReasonError)
    return new ExtractionError(
      'refusal',
      'the provider withheld the answer (finish_reason content_filter); review this note manually or use another model',
      { finishReason: 'content_filter', cause: error },
    );
  if (error instanceof SyntaxError)
    return new ExtractionError(
      'parse',
      'the model answer is not valid JSON; check that the server supports strict structured outputs (response_format json_schema)',
      { cause: error },
    );
  if (error instanceof APIConnectionTimeoutError || e.name === 'TimeoutError')
    return new ProviderError(
      'provider.timeout',
      `the model provider at ${ctx.host} did not answer within ${ctx.timeoutMs / 1000} s (after ${retries(ctx.maxRetries)}); raise --timeout or check the server`,
      { cause: error },
    );
  if (error instanceof APIConnectionError || isDroppedConnection(error))
    return new ProviderError(
      'provider.connection',
      `could not reach the model provider at ${ctx.host} (connection refused or reset, after ${retries(ctx.maxRetries)}); check OPENAI_BASE_URL and the network`,
      { cause: error },
    );
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined) return undefined;
  if (e.code === RESPONSE_TOO_LARGE)
    return new ExtractionError(
      'truncated',
      `the model provider at ${ctx.host} sent a response larger than the cap; the answer was refused unread (check the model and server)`,
      { cause: error },
    );
  const rawRequestId =
    (typeof e.requestID === 'string' ? e.requestID : undefined) ?? header(e.headers, 'x-request-id');
  // The server's header goes into an error line: printable and short, whatever was sent.
  const requestId = rawRequestId === undefined ? undefined : echo(rawRequestId, MAX_REQUEST_ID_CHARS);
  const kind = safeToken(e.code) ?? safeToken(e.type);
  const details = {
    status,
    ...(requestId ? { requestId } : {}),
    cause: error,
  };
  const ref = `${status}${kind ? ` ${kind}` : ''}${requestId ? `, request ${requestId}` : ''}`;
  if (status === 429) {
    const wait = retryAfterMs(e.headers);
    return new ProviderError(
      'provider.rate-limited',
      `the model provider at ${ctx.host} is rate limiting (${ref}) after ${retries(ctx.maxRetries)}${wait === undefined ? '' : `; it asks to wait ${Math.ceil(wait / 1000)} s`}; retry later, lower concurrency or raise --max-retries`,
      { ...details, ...(wait === undefined ? {} : { retryAfterMs: wait }) },
    );
  }
  if (status >= 500)
    return new ProviderError(
      'provider.server',
      `the model provider at ${ctx.host} failed (${ref}) after ${retries(ctx.maxRetries)}; retry later`,
      details,
    );
  if (status === 401 || status === 403)
    return new ProviderError(
      'provider.auth',
      `the model provider at ${ctx.host} rejected the credentials (${ref}); check OPENAI_API_KEY`,
      details,
    );
  return new ProviderError(
    'provider.bad-request',
    `the model provider at ${ctx.host} rejected the request (${ref}); check OPNOTE_MODEL and that the server supports strict structured outputs`,
    details,
  );
}
