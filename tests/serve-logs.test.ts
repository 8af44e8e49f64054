import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../src/errors.ts';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { createServeLogger } from '../src/serve/logger.ts';
import { fixture, JSON_BODY, postNote, startServer, TOKEN } from './serve-helpers.ts';

/** Stands for PHI: it is in every transcript sent, and must appear in no log line. */
const MARKER = 'PHI-MARKER-Zebra-4417';
const WRONG_TOKEN = 'wrong-token-Marker-000000';

/** Extractors that fail in ways that could leak the transcript into logs if errors were logged naively. */
const extractors: Record<string, Extractor> = {
  rules: createRulesExtractor(),
  leaky: {
    name: 'leaky',
    extract: async (transcript) => {
      throw new Error(`could not parse near "${transcript.slice(0, 80)}"\nsecond line ${MARKER}`);
    },
  },
  limited: {
    name: 'limited',
    extract: async () => {
      throw new ProviderError('provider.rate-limited', 'rate limited', { status: 429, retryAfterMs: 1000 });
    },
  },
};

function capture(): { lines: string[]; destination: { write(chunk: string): void } } {
  const lines: string[] = [];
  return { lines, destination: { write: (chunk: string) => void lines.push(chunk) } };
}

describe('structured logs', () => {
  it.each([
    ['a plain pino logger', (d: { write(chunk: string): void }) => pino({ level: 'debug' }, d)],
    [
      'the serve logger',
      (d: { write(chunk: string): void }) => createServeLogger({ level: 'debug', destination: d }),
    ],
  ])('with %s: one line per request, never the transcript or the token', async (_name, makeLogger) => {
    const { lines, destination } = capture();
    const server = await startServer({
      logger: makeLogger(destination),
      extractorNames: Object.keys(extractors),
      extractorFactory: (name) => {
        const e = extractors[name];
        if (!e) throw new Error(`no ${name}`);
        return e;
      },
    });
    const transcript = `${MARKER} ${fixture('a-27290-classic-formatted').transcript}`;
    const statuses = [
      (await postNote(server.url, { transcript, claim: { cpt: '27290', modifiers: ['LT'] } })).status,
      (await postNote(server.url, { transcript }, { accept: 'application/fhir+json' })).status,
      (await postNote(server.url, { transcript, claim: { cpt: MARKER } })).status,
      (await postNote(server.url, `{"transcript": "${MARKER}`)).status,
      (await postNote(server.url, { transcript, extractor: 'leaky' })).status,
      (await postNote(server.url, { transcript, extractor: 'limited' })).status,
      (await postNote(server.url, { transcript }, { authorization: `Bearer ${WRONG_TOKEN}` })).status,
      (
        await fetch(`${server.url}/v1/codes?note=${MARKER}`, {
          headers: { ...JSON_BODY, authorization: `Bearer ${TOKEN}` },
        })
      ).status,
    ];
    await server.close();
    expect(statuses).toEqual([200, 200, 400, 400, 500, 429, 401, 200]);

    const text = lines.join('');
    expect(text).not.toContain(MARKER);
    expect(text.toLowerCase()).not.toContain(MARKER.toLowerCase());
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(WRONG_TOKEN);
    expect(text).not.toContain('hindquarter'); // a word of the fixture transcript

    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const completed = records.filter((r) => r.msg === 'request completed');
    expect(
      completed.map(({ reqId, route, method, status, durationMs, extractor, code }) => ({
        reqId: typeof reqId,
        route,
        method,
        status,
        durationMs: typeof durationMs,
        extractor,
        code,
      })),
    ).toEqual([
      {
        reqId: 'string',
        route: '/v1/notes',
        method: 'POST',
        status: 200,
        durationMs: 'number',
        extractor: 'rules',
        code: undefined,
      },
      {
        reqId: 'string',
        route: '/v1/notes',
        method: 'POST',
        status: 200,
        durationMs: 'number',
        extractor: 'rules',
        code: undefined,
      },
      {
        reqId: 'string',
        route: '/v1/notes',
        method: 'POST',
        status: 400,
        durationMs: 'number',
        extractor: 'rules',
        code: 'claim.invalid',
      },
      {
        reqId: 'string',
        route: '/v1/notes',
        method: 'POST',
        status: 400,
        durationMs: 'number',
        extractor: undefined,
        code: 'input.invalid',
      },
      {
        reqId: 'string',
        route: '/v1/notes',
        method: 'POST',
        status: 500,
        durationMs: 'number',
        extractor: 'leaky',
        code: 'internal',
      },
      {
        reqId: 'string',
        route: '/v1/notes',
        method: 'POST',
        status: 429,
        durationMs: 'number',
        extractor: 'limited',
        code: 'provider.rate-limited',
      },
      {
        reqId: 'string',
        route: '/v1/notes',
        method: 'POST',
        status: 401,
        durationMs: 'number',
        extractor: undefined,
        code: 'auth.invalid',
      },
      {
        reqId: 'string',
        route: '/v1/codes',
        method: 'GET',
        status: 200,
        durationMs: 'number',
        extractor: undefined,
        code: undefined,
      },
    ]);
    const internal = records.find((r) => r.msg === 'internal error');
    expect(internal).toMatchObject({ errorName: 'Error', frames: expect.any(Array) });
  });

  it("a client's unknown extractor string is neither logged nor echoed (checked as an enum first)", async () => {
    const { lines, destination } = capture();
    const server = await startServer({ logger: pino({ level: 'debug' }, destination) });
    const huge = `${MARKER}${'x'.repeat(5000)}`;
    const res = await postNote(server.url, { transcript: 'Left hip disarticulation.', extractor: huge });
    const problem = await res.text();
    await server.close();
    expect(res.status).toBe(400);
    expect(JSON.parse(problem)).toMatchObject({ code: 'usage.invalid' });
    expect(problem).not.toContain(MARKER);
    const text = lines.join('');
    expect(text).not.toContain(MARKER);
    const completed = lines.map((l) => JSON.parse(l)).find((r) => r.msg === 'request completed');
    expect(completed).toMatchObject({ status: 400, code: 'usage.invalid' });
    expect(completed).not.toHaveProperty('extractor');
  });
});
