import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { mkdirPrivate, writeFilePrivate } from '../../fs/private-files.ts';
import { SCHEMA_VERSION } from './output-schema.ts';
import { PROMPT_VERSION } from './prompt.ts';

/**
 * Recorded exchanges with an OpenAI-compatible chat-completions endpoint. A recording is keyed by a
 * hash of the normalized request (model, messages, response-format name and schema), so the openai and
 * langchain paths, which send the same prompt and schema, replay the same file.
 */
export const recordingSchema = z.object({
  /** `recorded` only for a real call made with `--record`; `hand-authored` for anything written by hand or script. */
  source: z.enum(['recorded', 'hand-authored']),
  note: z.string().optional(),
  key: z.string().min(1),
  date: z.string(),
  model: z.string(),
  versions: z.object({ prompt: z.string(), schema: z.string() }),
  request: z.object({
    method: z.string(),
    path: z.string(),
    headers: z.record(z.string(), z.string()),
    body: z.unknown(),
  }),
  response: z.object({
    status: z.number().int(),
    headers: z.record(z.string(), z.string()),
    body: z.unknown(),
  }),
});
export type Recording = z.infer<typeof recordingSchema>;

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

interface RequestLike {
  model?: unknown;
  messages?: Array<{ role?: unknown; content?: unknown }>;
  response_format?: { type?: unknown; json_schema?: { name?: unknown; strict?: unknown; schema?: unknown } };
}

/**
 * The replay key of a chat-completions request body: a hash of model, messages (role and text) and the
 * response format's name, strictness and schema. Sampling parameters, headers and SDK extras are ignored.
 */
export function requestKey(body: unknown): string {
  const b = (body ?? {}) as RequestLike;
  const rf = b.response_format;
  const normalized = {
    model: b.model ?? null,
    messages: (b.messages ?? []).map((m) => ({
      // Some chat models send the system prompt as "developer": the same prompt.
      role: m.role === 'developer' ? 'system' : m.role,
      content: typeof m.content === 'string' ? m.content : canonicalJson(m.content),
    })),
    responseFormat:
      rf?.type === 'json_schema'
        ? {
            name: rf.json_schema?.name ?? null,
            strict: rf.json_schema?.strict ?? null,
            schema: rf.json_schema?.schema ?? null,
          }
        : (rf ?? null),
  };
  return createHash('sha256').update(canonicalJson(normalized)).digest('hex').slice(0, 24);
}

/**
 * The only headers stored in a recording and replayed: what describes the exchange. An allowlist, not
 * a denylist: gateways add credential headers under any name (`Helicone-Auth`, `cf-aig-authorization`,
 * `X-Gateway-Credential` from `OPENAI_CUSTOM_HEADERS`), and none of them may reach a file.
 */
export const RECORDED_HEADERS: ReadonlySet<string> = new Set([
  'content-type',
  'accept',
  'x-request-id',
  'openai-model',
  'openai-processing-ms',
  'openai-version',
  'retry-after',
  'retry-after-ms',
  'x-ratelimit-limit-requests',
  'x-ratelimit-limit-tokens',
  'x-ratelimit-remaining-requests',
  'x-ratelimit-remaining-tokens',
  'x-ratelimit-reset-requests',
  'x-ratelimit-reset-tokens',
]);

/** Headers safe to store and replay: only those in `RECORDED_HEADERS`, names lower-cased, sorted. */
export function safeHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(
    entries
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .filter(([name]) => RECORDED_HEADERS.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * The text of a recording file: readable at the top, with the request and response bodies kept compact
 * on one line each (the prompt, schema and answer are long and identical in shape across files).
 */
export function serializeRecording(recording: Recording): string {
  const REQUEST = '"@@request-body@@"';
  const RESPONSE = '"@@response-body@@"';
  const shell = {
    ...recording,
    request: { ...recording.request, body: '@@request-body@@' },
    response: { ...recording.response, body: '@@response-body@@' },
  };
  return `${JSON.stringify(shell, null, 2)
    .replace(REQUEST, () => JSON.stringify(recording.request.body))
    .replace(RESPONSE, () => JSON.stringify(recording.response.body))}\n`;
}

/** File name of a recording inside a recordings directory. */
export const recordingFile = (key: string): string => `${key}.json`;

export interface RecordingFetchOptions {
  /** Directory the recordings are written to (created 0700 if missing; files are 0600: they hold the transcript). */
  dir: string;
  /** fetch that makes the real call. Default: the global fetch, looked up at call time. */
  fetch?: typeof fetch;
  /** Clock for the recording date. Default: `new Date()`. */
  now?: () => Date;
}

/**
 * Wraps fetch so every successful chat-completions exchange is saved as `"source": "recorded"` in
 * `dir`, without credentials. Error answers (429, 5xx) are not saved: a replay must not freeze a failure.
 */
export function createRecordingFetch(options: RecordingFetchOptions): typeof fetch {
  const base = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? (() => new Date());
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'POST' ? await request.clone().text() : '';
    const response = await base(input, init);
    if (!url.pathname.endsWith('/chat/completions') || !response.ok) return response;
    let body: unknown;
    let answer: unknown;
    try {
      body = JSON.parse(text);
      answer = JSON.parse(await response.clone().text());
    } catch {
      return response;
    }
    const key = requestKey(body);
    const recording: Recording = {
      source: 'recorded',
      key,
      date: now().toISOString(),
      model: String((body as RequestLike).model ?? 'unknown'),
      versions: { prompt: PROMPT_VERSION, schema: SCHEMA_VERSION },
      request: { method: request.method, path: url.pathname, headers: safeHeaders(request.headers), body },
      response: { status: response.status, headers: safeHeaders(response.headers), body: answer },
    };
    mkdirPrivate(options.dir);
    writeFilePrivate(join(options.dir, recordingFile(key)), serializeRecording(recording));
    return response;
  };
}
