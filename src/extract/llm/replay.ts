import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpnoteError } from '../../errors.ts';
import { type Recording, recordingSchema, requestKey, safeHeaders } from './recording.ts';

/**
 * Replay of recorded chat-completions exchanges: a request is answered with the recording whose key
 * matches the hash of the request; no request leaves the process. Implemented as a `fetch` that the
 * extractor is given (no interception library at run time, so `opnote eval` replays with production
 * dependencies only); `withReplay` also installs it as the global fetch for callers that cannot inject it.
 */
export interface LoadedRecording {
  file: string;
  recording: Recording;
}

/** Reads every `*.json` recording in the given directories (missing directories are skipped). */
export function loadRecordings(dirs: string | readonly string[]): Map<string, LoadedRecording> {
  const out = new Map<string, LoadedRecording>();
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join(dir, name);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (cause) {
        throw new OpnoteError(
          'input.invalid',
          `recording ${file} is not valid JSON; re-record it or delete it`,
          { cause },
        );
      }
      const parsed = recordingSchema.safeParse(json);
      if (!parsed.success)
        throw new OpnoteError(
          'input.invalid',
          `recording ${file} is malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
        );
      out.set(parsed.data.key, { file, recording: parsed.data });
    }
  }
  return out;
}

/** What a replay used, what it lacked and what it left unused. */
export interface ReplayReport {
  used: string[];
  /** Keys of requests that had no recording. */
  missing: string[];
  /** Recordings no request asked for (stale after a prompt or schema change, or for another model). */
  unused: Array<{ key: string; file: string }>;
}

/** How to make a missing recording, for error messages. */
export const HOW_TO_RECORD =
  "record it with a real key: 'opnote process <case>/transcript.txt --extractor openai --record <case>/recordings', or re-run 'node scripts/author-recordings.ts' to regenerate the hand-authored ones";

const json = (body: unknown, status: number, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/**
 * A fetch answering chat completions from `recordings`, noting used and missing keys in `report`. A
 * request with no recording gets a non-retryable 400 (the SDK gives up at once); any other request
 * (another path, another method) is refused with a thrown error: nothing leaves the process.
 */
export function createReplayFetch(
  recordings: Map<string, LoadedRecording>,
  report: ReplayReport,
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    if (request.method !== 'POST' || !/\/chat\/completions$/.test(pathname))
      throw new OpnoteError(
        'replay.missing',
        `replay answers only POST .../chat/completions, not ${request.method} ${pathname}`,
      );
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return json({ error: { message: 'request body is not JSON', type: 'invalid_request_error' } }, 400, {
        'x-should-retry': 'false',
      });
    }
    const key = requestKey(body);
    const hit = recordings.get(key);
    if (!hit) {
      report.missing.push(key);
      return json(
        {
          error: {
            message: `no recording for request ${key}`,
            type: 'invalid_request_error',
            code: 'replay_missing',
          },
        },
        400,
        { 'x-should-retry': 'false' },
      );
    }
    if (!report.used.includes(key)) report.used.push(key);
    const { status, headers, body: answer } = hit.recording.response;
    return json(answer, status, safeHeaders(headers));
  };
}

/**
 * Replays one recordings set at a time through one fetch: give `fetch` to the extractor once, then run
 * each case inside `run(dirs, fn)`. A request outside `run` is refused.
 */
export interface ReplaySession {
  fetch: typeof fetch;
  /**
   * Runs `fn` with requests answered from the recordings in `dirs`. After `fn`, a request without a
   * recording throws `replay.missing` (with how to record it), even if `fn` itself caught the failure;
   * unused recordings are listed in the report. Not re-entrant.
   */
  run<T>(
    dirs: string | readonly string[],
    fn: () => Promise<T>,
  ): Promise<{ result: T; report: ReplayReport }>;
}

export function createReplaySession(): ReplaySession {
  let active: typeof fetch | undefined;
  const fetchFn: typeof fetch = (input, init) => {
    if (!active)
      return Promise.reject(new OpnoteError('replay.missing', 'a request was made outside a replay run'));
    return active(input, init);
  };
  return {
    fetch: fetchFn,
    async run(dirs, fn) {
      if (active) throw new OpnoteError('internal', 'a replay is already active; run replays one at a time');
      const recordings = loadRecordings(dirs);
      const report: ReplayReport = { used: [], missing: [], unused: [] };
      active = createReplayFetch(recordings, report);
      let outcome: { ok: true; value: Awaited<ReturnType<typeof fn>> } | { ok: false; error: unknown };
      try {
        outcome = { ok: true, value: await fn() };
      } catch (error) {
        outcome = { ok: false, error };
      } finally {
        active = undefined;
      }
      report.unused = [...recordings.entries()]
        .filter(([key]) => !report.used.includes(key))
        .map(([key, r]) => ({ key, file: r.file }));
      if (report.missing.length > 0) {
        throw new OpnoteError(
          'replay.missing',
          `no recording for ${report.missing.length} request(s) (key ${report.missing.join(', ')}) in ${typeof dirs === 'string' ? dirs : dirs.join(', ')}; ${HOW_TO_RECORD}`,
          outcome.ok ? {} : { cause: outcome.error },
        );
      }
      if (!outcome.ok) throw outcome.error;
      return { result: outcome.value, report };
    },
  };
}

let globalActive = false;

/**
 * Runs `fn` with the global fetch answering from the recordings in `dirs` (for extractors built without
 * an injected fetch, which look the global up at call time); restores it afterwards. Otherwise as
 * `ReplaySession.run`. Not re-entrant: one replay at a time per process.
 *
 * @example const { result, report } = await withReplay('fixtures/x/recordings', () => processNote(input, { extractor }));
 */
export async function withReplay<T>(
  dirs: string | readonly string[],
  fn: () => Promise<T>,
): Promise<{ result: T; report: ReplayReport }> {
  if (globalActive)
    throw new OpnoteError('internal', 'withReplay is already active; run replays one at a time');
  const session = createReplaySession();
  const original = globalThis.fetch;
  globalActive = true;
  globalThis.fetch = session.fetch;
  try {
    return await session.run(dirs, fn);
  } finally {
    globalThis.fetch = original;
    globalActive = false;
  }
}
