import { type ErrorCode, isOpnoteError, OpnoteError, ProviderError, ServiceError } from '../errors.ts';
import type { ProcessResult } from '../pipeline/process.ts';

/** One note for a pipeline worker: what `processNote` needs, as plain data. */
export interface PipelineJob {
  transcript: string;
  claim?: unknown;
  id?: string;
  /** A registry extractor name (the worker creates it from its configuration). */
  extractor: string;
  maxChars: number;
  templatesDir?: string;
}

/** Main thread -> worker. */
export type PoolMessage = { type: 'run'; id: number; job: PipelineJob } | { type: 'abort'; id: number };

/**
 * An error as it crosses the thread boundary: the opnote code and message (which never hold
 * transcript text), provider details, and for a foreign error only its name and stack frames.
 */
export interface SerializedError {
  name: string;
  code?: ErrorCode;
  message?: string;
  status?: number;
  requestId?: string;
  retryAfterMs?: number;
  frames: string[];
}

/** Worker -> main thread. */
export type WorkerMessage =
  | { type: 'done'; id: number; result: ProcessResult }
  | { type: 'failed'; id: number; error: SerializedError };

const framesOf = (error: unknown): string[] =>
  error instanceof Error
    ? (error.stack ?? '')
        .split('\n')
        .filter((l) => l.startsWith('    at '))
        .slice(0, 8)
    : [];

/** Flattens an error for postMessage; a foreign error's message is dropped (it could quote the note). */
export function serializeError(error: unknown): SerializedError {
  const name = error instanceof Error ? error.name : 'non-error thrown';
  if (!isOpnoteError(error)) return { name, frames: framesOf(error) };
  const e = error as OpnoteError & { status?: number; requestId?: string; retryAfterMs?: number };
  return {
    name,
    code: e.code,
    message: e.message,
    ...(e.status === undefined ? {} : { status: e.status }),
    ...(e.requestId === undefined ? {} : { requestId: e.requestId }),
    ...(e.retryAfterMs === undefined ? {} : { retryAfterMs: e.retryAfterMs }),
    frames: framesOf(error),
  };
}

/** Rebuilds a typed error in the main thread, so problem mapping and logging work as in-process. */
export function deserializeError(s: SerializedError): Error {
  if (s.code === undefined || s.message === undefined) {
    const error = new Error('error in a pipeline worker');
    error.name = s.name;
    error.stack = [`${s.name}: error in a pipeline worker`, ...s.frames].join('\n');
    return error;
  }
  if (s.name === 'ProviderError')
    return new ProviderError(s.code, s.message, {
      ...(s.status === undefined ? {} : { status: s.status }),
      ...(s.requestId === undefined ? {} : { requestId: s.requestId }),
      ...(s.retryAfterMs === undefined ? {} : { retryAfterMs: s.retryAfterMs }),
    });
  if (s.name === 'ServiceError')
    return new ServiceError(s.code, s.message, {
      ...(s.retryAfterMs === undefined ? {} : { retryAfterMs: s.retryAfterMs }),
    });
  return new OpnoteError(s.code, s.message);
}
