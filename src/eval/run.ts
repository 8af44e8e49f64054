import type { CodeDefinition } from '../codes/types.ts';
import { isOpnoteError } from '../errors.ts';
import type { Extractor } from '../extract/types.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import {
  decodeUtf8,
  MAX_CLAIM_BYTES,
  MAX_TRANSCRIPT_CHARS,
  maxTranscriptBytes,
  parseClaimJson,
  readFileBoundedSync,
  readTranscript,
} from '../pipeline/input.ts';
import { type ProcessOptions, type ProcessResult, processNote } from '../pipeline/process.ts';
import type { Claim } from '../schemas/claim.ts';
import type { FixtureCase } from './fixtures.ts';

/**
 * Wraps the processing of one case, e.g. to replay the case's recorded LLM exchanges
 * (`fixtures/<case>/recordings/`) for the duration of `run`. Must return what `run` returns.
 */
export type CaseWrapper = <T>(fixture: FixtureCase, run: () => Promise<T>) => Promise<T>;

export interface RunCasesOptions {
  /** Fact extractor for every case. Default: the offline rules extractor (processNote's default). */
  extractor?: Extractor;
  /** Per-case wrapper (replay of recordings). Default: none, the extractor runs as is. */
  wrapCase?: CaseWrapper;
  /** Code knowledge. Default: the built-in registry. */
  codes?: readonly CodeDefinition[];
  /** Largest transcript in characters. Default: MAX_TRANSCRIPT_CHARS (200,000). */
  maxChars?: number;
  /** An imported CMS knowledge overlay (`--knowledge`). Default: none. */
  knowledge?: Knowledge;
  signal?: AbortSignal;
  /** Clock for latency. Default: performance.now (processNote's default). */
  now?: () => number;
  /** Called after each case, in order (progress reporting). */
  onCase?: (run: CaseRun, index: number, total: number) => void;
}

/** One processed case: its input as the pipeline saw it, and the result or the error. */
export interface CaseRun {
  fixture: FixtureCase;
  /** The transcript text the evidence offsets refer to ('' when it could not be read). */
  transcript: string;
  claim: Claim | null;
  result?: ProcessResult;
  error?: { code: string; message: string };
}

/**
 * Reads a case's transcript and claim as the pipeline will see them, never more than the limits
 * allow (`maxChars` characters, MAX_CLAIM_BYTES). Throws InputError.
 */
export function readCaseInput(
  fixture: FixtureCase,
  maxChars = MAX_TRANSCRIPT_CHARS,
): { transcript: string; claim: Claim | null } {
  const transcript = readTranscript(
    readFileBoundedSync(fixture.transcriptPath, {
      what: 'transcript',
      maxBytes: maxTranscriptBytes(maxChars),
      limitText: `${maxChars} characters`,
    }),
    maxChars,
  );
  const claim = fixture.claimPath
    ? parseClaimJson(
        decodeUtf8(
          readFileBoundedSync(fixture.claimPath, { what: 'claim', maxBytes: MAX_CLAIM_BYTES }),
          'claim',
        ),
      )
    : null;
  return { transcript, claim };
}

/** A case's input as `readCaseInput` reads it, or undefined when it cannot be read (for the runs that skip it). */
export function readableCaseInput(
  fixture: FixtureCase,
  maxChars?: number,
): { transcript: string; claim: Claim | null } | undefined {
  try {
    return readCaseInput(fixture, maxChars);
  } catch {
    return undefined;
  }
}

/** The eval options every run passes on to `processNote`, each only when set. */
export const processOptionsOf = (options: {
  extractor?: Extractor;
  codes?: readonly CodeDefinition[];
  maxChars?: number;
  knowledge?: Knowledge;
  signal?: AbortSignal;
}): ProcessOptions => ({
  ...(options.extractor ? { extractor: options.extractor } : {}),
  ...(options.codes ? { codes: options.codes } : {}),
  ...(options.maxChars ? { maxChars: options.maxChars } : {}),
  ...(options.knowledge ? { knowledge: options.knowledge } : {}),
  ...(options.signal ? { signal: options.signal } : {}),
});

/** Error details safe to store: the stable code and the message (which never quotes the transcript). */
export function errorInfo(error: unknown): { code: string; message: string } {
  if (isOpnoteError(error)) return { code: error.code, message: error.message };
  return {
    code: 'internal',
    message: `${error instanceof Error ? error.name : 'unknown error'} while processing the case`,
  };
}

/**
 * Runs every case through `processNote`, one after another (a replay wrapper may install
 * process-wide interceptors, so cases never overlap). A case that fails is recorded with its
 * error and the run goes on; an abort stops the run.
 */
export async function runCases(
  cases: readonly FixtureCase[],
  options: RunCasesOptions = {},
): Promise<CaseRun[]> {
  const runs: CaseRun[] = [];
  const wrap: CaseWrapper = options.wrapCase ?? ((_fixture, run) => run());
  for (const [index, fixture] of cases.entries()) {
    options.signal?.throwIfAborted();
    let input: { transcript: string; claim: Claim | null } = { transcript: '', claim: null };
    let run: CaseRun;
    try {
      input = readCaseInput(fixture, options.maxChars);
      const { transcript, claim } = input;
      const result = await wrap(fixture, () =>
        processNote(
          { transcript, ...(claim ? { claim } : {}), id: fixture.name },
          { ...processOptionsOf(options), ...(options.now ? { now: options.now } : {}) },
        ),
      );
      run = { fixture, ...input, result };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      run = { fixture, ...input, error: errorInfo(error) };
    }
    runs.push(run);
    options.onCase?.(run, index, cases.length);
  }
  return runs;
}
