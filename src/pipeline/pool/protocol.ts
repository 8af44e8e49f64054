import {
  type ErrorCode,
  ExtractionError,
  isOpnoteError,
  OpnoteError,
  ProviderError,
  ServiceError,
  type Usage,
} from '../../errors.ts';
import type { Extraction } from '../../extract/types.ts';
import type { ProcessResult } from '../process.ts';

/**
 * An extractor a worker thread can build itself (functions do not cross threads): a registry name
 * (configured from the pool's `extractorConfig`), or a module's factory called with plain options.
 */
export type WorkerExtractor = string | { module: string; export: string; options?: unknown };

/** One note for a pipeline worker: what `processNote` needs, as plain data. */
export interface PipelineJob {
  transcript: string | Uint8Array;
  claim?: unknown;
  id?: string;
  /** The extractor the worker creates (and keeps for later jobs naming the same one). */
  extractor: WorkerExtractor;
  maxChars?: number;
  templatesDir?: string;
}

/** What a summary of many results needs of one: its code, findings, route and usage. */
export interface ResultDigest {
  code: Pick<ProcessResult['code'], 'supported'>;
  findings: ProcessResult['findings'];
  route: Pick<ProcessResult['route'], 'decision'>;
  meta: Pick<ProcessResult['meta'], 'usage' | 'costUsd'>;
}

/** A note whose result is answered as one JSONL output line (`runLine`). */
export interface LineJob extends PipelineJob {
  /**
   * JSON members the line starts with, before the result's own (the batch's `"id":…,"batchKey":…`);
   * empty: the result's alone.
   */
  fields: string;
}

/**
 * A result as one JSONL line, made on the worker: `{<fields>,<the result's members without id>}` and
 * a newline, U+2028 and U+2029 escaped as `jsonLine` does, as UTF-8 bytes (moved to the main thread,
 * not copied: a result is some 30 kB, which the main thread then writes as is); with its digest.
 */
export interface ResultLine {
  line: Uint8Array;
  digest: ResultDigest;
}

/** Main thread -> worker. */
export type PoolMessage =
  | {
      type: 'run';
      id: number;
      job: PipelineJob | LineJob;
      /** The main thread decides how the job's extraction is made (cache, limits): ask it first. */
      viaMain?: true;
      /** Answer `done-line` (the result as a line, see ResultLine; `job` is a LineJob) rather than `done`. */
      answer?: 'line';
    }
  | { type: 'abort'; id: number }
  /** Run the job's extraction now, on this worker (the main thread's limiter let it through). */
  | { type: 'call'; id: number }
  /**
   * The extraction of a `viaMain` job the main thread had without a call (its cache, or an identical
   * note's call), or why there is none. After a `call` that answered, neither is sent: the worker goes
   * on with its own answer.
   */
  | { type: 'extracted'; id: number; extraction: Extraction }
  | { type: 'extract-failed'; id: number; error: SerializedError };

/**
 * An error as it crosses the thread boundary: the opnote code and message (which never hold
 * transcript text), provider and extraction details, and for a foreign error only its name and stack
 * frames.
 */
export interface SerializedError {
  name: string;
  code?: ErrorCode;
  message?: string;
  status?: number;
  requestId?: string;
  retryAfterMs?: number;
  kind?: ExtractionError['kind'];
  finishReason?: string;
  usage?: Usage;
  issues?: string[];
  frames: string[];
}

/** Worker -> main thread. */
export type WorkerMessage =
  | { type: 'done'; id: number; result: ProcessResult }
  | ({ type: 'done-line'; id: number } & ResultLine)
  | { type: 'failed'; id: number; error: SerializedError }
  /** A `viaMain` job needs its extraction (the transcript as the pipeline read it). */
  | { type: 'extract'; id: number; transcript: string }
  /**
   * The answer of a `call`, as JSON text (`JSON.stringify` of the extraction): about half the CPU of
   * cloning the object on both threads, and the main thread only keeps it for its cache.
   */
  | { type: 'called'; id: number; json: string }
  | { type: 'call-failed'; id: number; error: SerializedError };

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
    ...(error instanceof ExtractionError
      ? {
          kind: error.kind,
          issues: error.issues,
          ...(error.finishReason === undefined ? {} : { finishReason: error.finishReason }),
          ...(error.usage === undefined ? {} : { usage: error.usage }),
        }
      : {}),
    frames: framesOf(error),
  };
}

/** Rebuilds a typed error in the main thread, so retries, problem mapping and logging work as in-process. */
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
  if (s.name === 'ExtractionError' && s.kind !== undefined)
    return new ExtractionError(s.kind, s.message, {
      ...(s.finishReason === undefined ? {} : { finishReason: s.finishReason }),
      ...(s.usage === undefined ? {} : { usage: s.usage }),
      ...(s.issues === undefined ? {} : { issues: s.issues }),
    });
  return new OpnoteError(s.code, s.message);
}
