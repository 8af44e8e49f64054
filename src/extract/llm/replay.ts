import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { OpnoteError } from '../../errors.ts';
import { type Recording, recordingSchema, requestKey, safeHeaders } from './recording.ts';

/**
 * Replay of recorded chat-completions exchanges through msw: a request is answered with the recording
 * whose key matches the hash of the request; no request leaves the process. Test and eval use only
 * (msw is a development dependency).
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

/** msw handlers answering chat completions from recordings, noting used and missing keys. */
export function replayHandlers(
  recordings: Map<string, LoadedRecording>,
  report: ReplayReport,
): RequestHandler[] {
  return [
    http.post(/\/chat\/completions$/, async ({ request }) => {
      const key = requestKey(await request.clone().json());
      const hit = recordings.get(key);
      if (!hit) {
        report.missing.push(key);
        // A non-retryable 400: the SDK gives up at once, and withReplay turns it into replay.missing.
        return HttpResponse.json(
          {
            error: {
              message: `no recording for request ${key}`,
              type: 'invalid_request_error',
              code: 'replay_missing',
            },
          },
          { status: 400, headers: { 'x-should-retry': 'false' } },
        );
      }
      if (!report.used.includes(key)) report.used.push(key);
      const { status, headers, body } = hit.recording.response;
      return HttpResponse.json(body as Record<string, unknown>, { status, headers: safeHeaders(headers) });
    }),
  ];
}

let active = false;

/**
 * Runs `fn` with every chat-completions request answered from the recordings in `dirs` (msw, with
 * unhandled requests failing). After `fn`, a request without a recording throws `replay.missing` (with
 * how to record it), even if `fn` itself caught the failure; unused recordings are listed in the report.
 * Not re-entrant: one replay at a time per process.
 *
 * @example const { result, report } = await withReplay('fixtures/x/recordings', () => processNote(input, { extractor }));
 */
export async function withReplay<T>(
  dirs: string | readonly string[],
  fn: () => Promise<T>,
): Promise<{ result: T; report: ReplayReport }> {
  if (active) throw new OpnoteError('internal', 'withReplay is already active; run replays one at a time');
  const recordings = loadRecordings(dirs);
  const report: ReplayReport = { used: [], missing: [], unused: [] };
  const server = setupServer(...replayHandlers(recordings, report));
  active = true;
  server.listen({ onUnhandledFrame: 'error' });
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await fn() };
  } catch (error) {
    outcome = { ok: false, error };
  } finally {
    server.close();
    active = false;
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
}
