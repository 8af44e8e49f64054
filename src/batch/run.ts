import { dirname, resolve } from 'node:path';
import PQueue from 'p-queue';
import { codes as builtInCodes } from '../codes/index.ts';
import { ExtractionError, isOpnoteError, type OpnoteError, UsageError } from '../errors.ts';
import { countTokens, estimateRequestTokens } from '../extract/llm/tokens.ts';
import type { ExtractorConfig } from '../extract/registry.ts';
import { createRulesExtractor } from '../extract/rules/rules-extractor.ts';
import type { Extractor } from '../extract/types.ts';
import { mkdirPrivate } from '../fs/private-files.ts';
import { extractionKey, type PipelineIdentity } from '../pipeline/keys.ts';
import type { BatchEntry, BatchNote } from '../pipeline/parse-line.ts';
import {
  createPipelinePool,
  type PipelineJob,
  type PipelinePool,
  type ResultDigest,
  type WorkerExtractor,
} from '../pipeline/pool/pool.ts';
import {
  type ProcessOptions,
  type ProcessResult,
  pipelineVersions,
  processNote,
} from '../pipeline/process.ts';
import { type BatchInput, countEntries, readAllEntries } from '../pipeline/source.ts';
import { createIdCheck } from '../pipeline/unique-ids.ts';
import { createBatchExtractor } from './batch-extractor.ts';
import { createExtractionCache } from './cache.ts';
import { type CallLimiterOptions, createCallLimiter, DEFAULT_MAX_RETRY_AFTER_MS } from './limiter.ts';
import { lockOutput } from './lock.ts';
import {
  compactFile,
  errorsPathFor,
  type LineWriter,
  openLineWriter,
  readDone,
  removeStaleTemps,
  repairTail,
} from './output.ts';
import type { BatchProgress } from './progress.ts';
import { isFatal } from './retry.ts';
import { type BatchSummary, SummaryBuilder } from './summary.ts';

export interface BatchOptions
  extends Pick<
    CallLimiterOptions,
    'concurrency' | 'rpm' | 'tpm' | 'maxRetries' | 'backoff' | 'random' | 'sleep' | 'maxRetryAfterMs'
  > {
  /**
   * A JSONL file (one `{"id", "transcript", "claim"?}` per line), a directory of case folders, or a JSONL
   * stream; or several of them, read one after the other as one batch (ids must be unique across them).
   */
  input: BatchInput | readonly BatchInput[];
  /** Results file (JSONL), created or appended to. */
  out: string;
  /** Error file. Default: the results path with `.errors.jsonl` (`results.jsonl` -> `results.errors.jsonl`). */
  errorsOut?: string;
  /** Fact extractor. Default: the offline rules extractor. */
  extractor?: Extractor;
  /** Model the extractor was configured with; part of the resume and cache keys. Default: none. */
  model?: string;
  /** Extractions kept in memory for identical notes. Default 1,000; 0 disables the memory cache. */
  cacheEntries?: number;
  /** Directory of an on-disk extraction cache shared across runs (0700, entries 0600). Default: none. */
  cacheDir?: string;
  /** Age after which an on-disk cache entry expires and is deleted. Default 7 days (DEFAULT_CACHE_TTL_MS). */
  cacheTtlMs?: number;
  /**
   * Tokens added to each transcript's estimate (counted with the model's tokenizer) for the prompt and
   * the answer. Default: the prompt and JSON schema measured once with the tokenizer, plus a 1,500-token
   * answer reserve (see `requestOverhead` in src/extract/llm/tokens.ts).
   */
  overheadTokens?: number;
  /** Count the input first so progress can show a total and ETA. Default true (ignored for streams). */
  countTotal?: boolean;
  /** Told after every note (and skipped note); throttle it yourself (see `createProgressReporter`). */
  onProgress?: (progress: BatchProgress) => void;
  /** Stops reading new notes; notes in flight that get aborted are left for the next run. */
  signal?: AbortSignal;
  /** Pipeline options passed to every `processNote` call. Default: the built-in code knowledge and templates. */
  process?: Pick<ProcessOptions, 'codes' | 'knowledge' | 'templatesDir' | 'maxChars'>;
  /** Clock in ms for elapsed time. Default performance.now. */
  now?: () => number;
  /**
   * Pipeline worker threads. Default 1: every note in this thread. With more, the CPU part of every
   * note (reading, extraction's CPU, decision, validation, drafts) runs on that many worker threads,
   * while this thread keeps the reading, resume, cache, rate limits, retries and writes as with one:
   * the provider call itself is made on the worker once the limiter lets it through. Needs
   * `workerExtractor` when `extractor` is given, and the built-in codes (a `--knowledge` overlay is
   * fine). Never more than one thread per NOTES_PER_THREAD (250) notes of an input whose size is
   * known; a stream runs in this thread until it has given `threads` x NOTES_PER_THREAD entries, then
   * on the threads. One thread runs in-process.
   */
  threads?: number;
  /**
   * How the worker threads build the extractor (functions cannot cross threads): a registry name,
   * configured with `extractorConfig`, or a module's factory. Default `rules` without an `extractor`.
   */
  workerExtractor?: WorkerExtractor;
  /** Settings of a registry `workerExtractor` (API key, base URL, model...). Default: none. */
  extractorConfig?: ExtractorConfig;
  /**
   * Worker threads to run on instead of starting `threads` of them, e.g. one pool kept warm across
   * batches (its `extractorConfig` and knowledge overlay apply); the batch does not close it.
   */
  pool?: PipelinePool;
  /**
   * Told after each note is written to the results or error file (e.g. to write it to a store too);
   * awaited, and a failure stops the batch like a failing file write. Default: none.
   */
  onWritten?: (note: WrittenNote) => void | Promise<void>;
}

/** A note just written by the batch: its result or its typed error, with what it was computed from. */
export interface WrittenNote {
  id: string;
  batchKey: string;
  identity: PipelineIdentity;
  /** Absent for an input line that could not be read as a note. */
  transcript?: string | Uint8Array;
  claim?: unknown;
  outcome: { result: Omit<ProcessResult, 'id'> } | { error: { code: string; message: string } };
}

export interface BatchRun {
  summary: BatchSummary;
  /** Results and error files written. */
  out: string;
  errorsOut: string;
  /** The error that stopped the run early (an auth or configuration failure), if any. */
  fatal?: OpnoteError;
}

/** The result a worker's output line holds (see ResultLine), without the line's id and batchKey. */
function resultOfLine(line: Uint8Array): Omit<ProcessResult, 'id'> {
  const {
    id: _id,
    batchKey: _key,
    ...rest
  } = JSON.parse(
    Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8'),
  ) as ProcessResult & { batchKey: string };
  return rest;
}

/** Versions the extractor declares before any call (rules version; prompt, schema and model hashes). */
const extractorVersions = (extractor: Extractor): Record<string, string> => ({
  ...(extractor.versions ?? {}),
});

/** The error line of a failed note: typed code and message, never transcript text. */
function errorRecord(
  id: string,
  key: string,
  error: unknown,
): { id: string; batchKey: string; code: string; message: string } {
  if (isOpnoteError(error)) return { id, batchKey: key, code: error.code, message: error.message };
  const name = error instanceof Error ? error.name : 'unknown error';
  return {
    id,
    batchKey: key,
    code: 'internal',
    message: `internal error (${name}); please report it with the command you ran, not the transcript`,
  };
}

/**
 * Runs the pipeline over every note of an input: concurrent and rate limited, appending one line per
 * note to the results or the error file. Resumable: notes already in either file with the same id and
 * key (input + pipeline versions) are skipped, a torn last line is cut off, and lines superseded by a
 * changed input are dropped once the run completes. Memory stays flat: entries are streamed, at most
 * a few times `concurrency` notes are held, and the summary keeps counts only.
 */
export async function runBatch(options: BatchOptions): Promise<BatchRun> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const out = options.out;
  const errorsOut = options.errorsOut ?? errorsPathFor(out);
  const inputs: readonly BatchInput[] = Array.isArray(options.input)
    ? options.input
    : [options.input as BatchInput];
  if (inputs.length === 0) throw new UsageError('batch needs at least one input');
  const paths = inputs.filter((i): i is string => typeof i === 'string').map((i) => resolve(i));
  if (new Set(paths).size < paths.length)
    throw new UsageError('an input is given twice; give each input once');
  if ([out, errorsOut].some((p) => paths.includes(resolve(p))))
    throw new UsageError('the output file is the input file; choose another --out');
  if (resolve(out) === resolve(errorsOut)) throw new UsageError('the results and error files must differ');

  const extractor = options.extractor ?? createRulesExtractor();
  const codes = options.process?.codes ?? builtInCodes;
  const identity: PipelineIdentity = {
    extractor: extractor.name,
    model: options.model,
    versions: { ...pipelineVersions({ ...options.process, codes }), ...extractorVersions(extractor) },
  };
  const summary = new SummaryBuilder();
  const limiter = createCallLimiter({
    ...options,
    onRetry: () => {
      summary.summary.retries += 1;
    },
    onRetryAfterClamped: (asked) => {
      summary.addClampedRetryAfter(asked, options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS);
    },
  });
  const cached = createBatchExtractor(extractor, {
    limiter,
    cache: createExtractionCache({
      ...(options.cacheEntries === undefined ? {} : { maxEntries: options.cacheEntries }),
      ...(options.cacheDir === undefined ? {} : { dir: options.cacheDir }),
      ...(options.cacheTtlMs === undefined ? {} : { ttlMs: options.cacheTtlMs }),
    }),
    keyOf: (transcript) => extractionKey(transcript, identity),
    ...(options.overheadTokens === undefined ? {} : { overheadTokens: options.overheadTokens }),
    // Under a tpm cap, count with the model's tokenizer (prompt and schema measured once) rather than characters ÷ 4.
    ...(options.tpm === undefined
      ? {}
      : {
          estimate: (transcript: string) =>
            options.overheadTokens === undefined
              ? estimateRequestTokens(transcript, options.model)
              : countTokens(transcript, options.model) + options.overheadTokens,
        }),
    onCacheHit: () => {
      summary.summary.cacheHits += 1;
    },
  });

  const total = options.countTotal === false ? null : await countAll(inputs);
  const entries = readAllEntries(inputs, options.process?.maxChars);
  for (const path of [out, errorsOut]) mkdirPrivate(dirname(resolve(path)));
  let lock: ReturnType<typeof lockOutput> | undefined;
  const pool = startPool(options, total);
  try {
    lock = lockOutput(out);
    return await runLocked();
  } finally {
    lock?.release();
    await pool?.close();
  }

  async function runLocked(): Promise<BatchRun> {
    for (const path of [out, errorsOut]) {
      removeStaleTemps(path);
      repairTail(path);
    }
    const done = await readDone([out, errorsOut]);
    const results: LineWriter = openLineWriter(out);
    const errors: LineWriter = openLineWriter(errorsOut);

    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    let fatal: OpnoteError | undefined;
    let crash: unknown;
    const counts = summary.summary.notes;
    const progress = (): void =>
      options.onProgress?.({
        total,
        finished: counts.processed + counts.failed,
        skipped: counts.skipped,
        failed: counts.failed,
        retries: summary.summary.retries,
        elapsedMs: now() - started,
      });

    async function handle(note: BatchNote, key: string): Promise<void> {
      let result: { digest: ResultDigest; line?: Uint8Array; rest?: Omit<ProcessResult, 'id'> };
      const input = {
        id: note.id,
        transcript: note.transcript,
        ...(note.claim === undefined ? {} : { claim: note.claim }),
      };
      try {
        if (pool && counts.read > pool.startAfter) {
          // The worker makes the whole line, as `write` would: {id, batchKey, ...result without id}.
          const fields = `"id":${JSON.stringify(note.id)},"batchKey":${JSON.stringify(key)}`;
          result = await pool.runLine({ ...input, ...pool.job, fields }, signal, (transcript, call) =>
            cached.extractWith(transcript, call, { signal }),
          );
        } else {
          const { id: _id, ...rest } = await processNote(input, {
            ...options.process,
            extractor: cached,
            signal,
          });
          result = { digest: rest, rest };
        }
      } catch (error) {
        // Aborted notes are not written, so the next run does them.
        if (signal.aborted) return;
        if (isFatal(error)) {
          fatal ??= error as OpnoteError;
          stop.abort();
          return;
        }
        const record = errorRecord(note.id, key, error);
        errors.write(record);
        await options.onWritten?.({
          id: note.id,
          batchKey: key,
          identity,
          transcript: note.transcript,
          claim: note.claim,
          outcome: { error: { code: record.code, message: record.message } },
        });
        summary.addError(record.code, error instanceof ExtractionError ? error.usage : undefined);
        progress();
        return;
      }
      // Written outside the try: a failing write (disk full) stops the batch instead of becoming a note error.
      if (result.line !== undefined) results.writeLine(result.line);
      else results.write({ id: note.id, batchKey: key, ...result.rest });
      if (options.onWritten) {
        const rest = result.rest ?? resultOfLine(result.line as Uint8Array);
        await options.onWritten({
          id: note.id,
          batchKey: key,
          identity,
          transcript: note.transcript,
          claim: note.claim,
          outcome: { result: rest },
        });
      }
      summary.addResult(result.digest);
      progress();
    }

    const concurrency = options.concurrency ?? 4;
    // Notes held at once: enough to keep every provider slot busy while others render, retry or write.
    const inFlight = Math.max(concurrency * 2, concurrency + 16);
    const queue = new PQueue({ concurrency: inFlight });
    const checkId = createIdCheck(identity);
    const stale = new Map<string, string>();

    try {
      for await (const read of entries as AsyncIterable<BatchEntry>) {
        if (signal.aborted) break;
        counts.read += 1;
        const checked = checkId(read);
        if (checked.duplicate) {
          counts.duplicates += 1;
          continue;
        }
        const { entry, key } = checked;
        const written = done.get(entry.id);
        if (written?.includes(key)) {
          counts.skipped += 1;
          if (written.length > 1) stale.set(entry.id, key);
          progress();
          continue;
        }
        if (written) stale.set(entry.id, key);
        if (entry.kind === 'invalid') {
          errors.write({ id: entry.id, batchKey: key, code: entry.code, message: entry.message });
          await options.onWritten?.({
            id: entry.id,
            batchKey: key,
            identity,
            outcome: { error: { code: entry.code, message: entry.message } },
          });
          summary.addError(entry.code);
          progress();
          continue;
        }
        await queue.onSizeLessThan(inFlight);
        const note = entry;
        const noteKey = key;
        queue
          .add(() => handle(note, noteKey))
          .catch((error: unknown) => {
            crash ??= error;
            stop.abort();
          });
      }
      await queue.onIdle();
    } finally {
      results.close();
      errors.close();
    }
    if (crash !== undefined) throw crash;
    const completed = !signal.aborted;
    if (completed && stale.size > 0) {
      // Lines of an earlier run for notes whose input or pipeline changed since: keep only the current one.
      const keep = (ident: { id: string; key: string }): boolean => {
        const current = stale.get(ident.id);
        return current === undefined || current === ident.key;
      };
      await compactFile(out, keep);
      await compactFile(errorsOut, keep);
    }
    return {
      summary: summary.finish(now() - started, completed, fatal?.code),
      out,
      errorsOut,
      ...(fatal ? { fatal } : {}),
    };
  }
}

/**
 * Notes a worker thread must have to be worth starting: one loads the pipeline in 0.3 s on an idle
 * core (2-3 s on a busy machine), the time of some 100-1,000 notes in-process. Smaller batches run in
 * one thread; a stream (its size unknown) starts its threads once it has given that many notes each.
 */
export const NOTES_PER_THREAD = 250;

/** The worker threads of a batch, or none (one thread: in-process). */
function startPool(options: BatchOptions, total: number | null): BatchPool | undefined {
  const threads = options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1)
    throw new UsageError(`threads must be an integer >= 1, got ${String(threads)}`);
  // A stream's size is unknown: its first notes run here, and the threads start once it has proved long.
  const size = total === null ? threads : Math.min(threads, Math.floor(total / NOTES_PER_THREAD));
  const startAfter = total === null && !options.pool ? threads * NOTES_PER_THREAD : 0;
  if (size <= 1 && !options.pool) return undefined;
  if (options.process?.codes)
    throw new UsageError(
      'custom codes run in one thread only (threads: 1); use a --knowledge overlay instead',
    );
  const extractor = options.workerExtractor ?? (options.extractor ? undefined : 'rules');
  if (extractor === undefined)
    throw new UsageError(
      'threads > 1 needs workerExtractor: an extractor object cannot cross to worker threads',
    );
  const knowledge = options.process?.knowledge;
  // Started with the first note to process: a resumed batch with nothing left to do starts no thread.
  let pool: PipelinePool | undefined;
  const given = options.pool;
  const started = (): PipelinePool => {
    if (given) return given;
    pool ??= createPipelinePool({
      size,
      extractorConfig: options.extractorConfig ?? {},
      ...(knowledge ? { knowledgeOverlay: knowledge.overlay } : {}),
    });
    return pool;
  };
  const maxChars = options.process?.maxChars;
  const templatesDir = options.process?.templatesDir;
  return {
    startAfter,
    job: {
      extractor,
      ...(maxChars === undefined ? {} : { maxChars }),
      ...(templatesDir === undefined ? {} : { templatesDir }),
    },
    runLine: (job, signal, extract) => started().runLine(job, signal, extract),
    close: async () => {
      if (!given) await pool?.close();
    },
  };
}

/** The batch's side of the worker threads: what every job carries, and the pool's calls it makes. */
interface BatchPool extends Pick<PipelinePool, 'runLine' | 'close'> {
  job: Omit<PipelineJob, 'transcript' | 'claim' | 'id'>;
  /** Entries read before notes go to the threads (the first notes of a stream run in this thread). */
  startAfter: number;
}

/** Entries in all inputs, for progress; `null` when one of them is a stream. */
async function countAll(inputs: readonly BatchInput[]): Promise<number | null> {
  let sum = 0;
  for (const input of inputs) {
    const n = await countEntries(input);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}
