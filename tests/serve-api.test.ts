import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, findCode } from '../src/codes/index.ts';
import { ConfigError, ExtractionError, ProviderError } from '../src/errors.ts';
import { processNote } from '../src/pipeline/process.ts';
import {
  codeDefinitionSchema,
  codeListSchema,
  noteResponseSchema,
  problemSchema,
} from '../src/serve/schemas.ts';
import { buildServer } from '../src/serve/server.ts';
import {
  AUTH,
  failingExtractor,
  fixture,
  gatedExtractor,
  JSON_BODY,
  OTHER_TOKEN,
  postNote,
  type RunningServer,
  startServer,
  TOKEN,
} from './serve-helpers.ts';

/** Marker that must never come back in an error detail. */
const MARKER = 'PHI-MARKER-Q7Z3';

const expectedResult = async (c: { transcript: string; claim?: unknown }) => {
  const result = await processNote(c);
  return { ...result, meta: { ...result.meta, durationMs: expect.any(Number) } };
};

/** Asserts a problem+json response and returns its body. */
async function problemOf(res: Response): Promise<Record<string, unknown>> {
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  const body = (await res.json()) as Record<string, unknown>;
  expect(problemSchema.parse(body)).toEqual(body);
  expect(body.instance).toBe(res.headers.get('x-request-id'));
  expect(body.status).toBe(res.status);
  return body;
}

describe('opnote serve over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ maxChars: 20_000, bodyLimitBytes: 120_000 });
  });
  afterAll(() => server.close());

  it.each(['a-27290-classic-formatted', 'a-27596-no-claim', 'b-27590-primary-aka-claimed-27596'])(
    'POST /v1/notes returns the processNote result plus the request id (%s)',
    async (name) => {
      const c = fixture(name);
      const res = await postNote(server.url, c);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = await res.json();
      expect(body).toEqual({ requestId: res.headers.get('x-request-id'), ...(await expectedResult(c)) });
      expect(noteResponseSchema.parse(body)).toEqual(body);
    },
  );

  it('echoes the caller note id and a safe x-request-id, and replaces an unsafe one', async () => {
    const c = fixture('a-27596-no-claim');
    const mine = await postNote(server.url, { ...c, id: 'note-42' }, { 'x-request-id': 'abc-123.x' });
    expect(mine.headers.get('x-request-id')).toBe('abc-123.x');
    expect(await mine.json()).toMatchObject({ requestId: 'abc-123.x', id: 'note-42' });
    const unsafe = await postNote(server.url, c, { 'x-request-id': 'bad id\twith spaces' });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /v1/codes lists the registry and GET /v1/codes/{code} shows one', async () => {
    const list = await fetch(`${server.url}/v1/codes`, { headers: AUTH });
    const body = codeListSchema.parse(await list.json());
    expect(body.codes.map((c) => c.code)).toEqual(codes.map((c) => c.code));
    const one = await fetch(`${server.url}/v1/codes/27290`, { headers: AUTH });
    const def = await one.json();
    expect(def).toEqual(JSON.parse(JSON.stringify(findCode('27290'))));
    expect(codeDefinitionSchema.parse(def)).toEqual(def);
  });

  it('GET /v1/codes/{code} of an unknown code is a 404 problem', async () => {
    const res = await fetch(`${server.url}/v1/codes/99999`, { headers: AUTH });
    expect(res.status).toBe(404);
    expect(await problemOf(res)).toMatchObject({
      type: 'https://opnote.dev/problems/code.unknown',
      code: 'code.unknown',
    });
  });

  it('GET /healthz and /readyz answer without a token', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({
      status: 'ready',
      extraction: { running: 0, queued: 0, concurrency: 4, maxQueue: 32 },
      pipeline: { workers: 0, running: 0, restarts: 0 },
    });
  });

  it('an unknown route is a 404 problem with its own type, not about:blank', async () => {
    const res = await fetch(`${server.url}/v2/notes`, { headers: AUTH });
    expect(res.status).toBe(404);
    expect(await problemOf(res)).toMatchObject({
      type: 'https://opnote.dev/problems/route.not-found',
      code: 'route.not-found',
    });
  });

  it.each([
    ['DELETE', '/v1/notes', 'GET, POST, HEAD'],
    ['PUT', '/v1/notes', 'GET, POST, HEAD'],
    ['POST', '/v1/notes/n-1/events', 'GET, HEAD'],
    ['POST', '/v1/codes', 'GET, HEAD'],
    ['DELETE', '/v1/codes/27290', 'GET, HEAD'],
    ['POST', '/healthz', 'GET, HEAD'],
  ])('%s %s is a 405 problem with allow: %s, not a 404', async (method, path, allow) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: AUTH });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(await problemOf(res)).toMatchObject({
      type: 'https://opnote.dev/problems/method.not-allowed',
      code: 'method.not-allowed',
    });
  });

  it('a 404 for an unknown code points an HTTP client to GET /v1/codes, not to the CLI', async () => {
    const res = await fetch(`${server.url}/v1/codes/99999`, { headers: AUTH });
    const { detail } = await problemOf(res);
    expect(detail).toContain('GET /v1/codes');
    expect(detail).not.toContain('opnote codes');
    const odd = await problemOf(await fetch(`${server.url}/v1/codes/${MARKER}`, { headers: AUTH }));
    expect(JSON.stringify(odd)).not.toContain(MARKER);
  });

  it('invalid UTF-8 in the body is refused with 400 input.encoding, as the CLI does (not turned into U+FFFD)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"transcript": "Left hindquarter amputation '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}'),
    ]);
    const res = await fetch(`${server.url}/v1/notes`, {
      method: 'POST',
      headers: { ...AUTH, ...JSON_BODY },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await problemOf(res)).toMatchObject({
      type: 'https://opnote.dev/problems/input.encoding',
      code: 'input.encoding',
    });
  });

  const big = `${'The left sacroiliac joint was divided. '.repeat(600)}`; // ~23,400 characters
  it.each<[string, number, string, string | Record<string, unknown>, Record<string, string>]>([
    ['empty transcript', 400, 'input.empty', { transcript: '' }, {}],
    ['blank transcript', 400, 'input.empty', { transcript: ' \n\t ' }, {}],
    ['NUL in transcript', 400, 'input.binary', { transcript: `${MARKER}\u0000x` }, {}],
    ['missing transcript', 400, 'input.invalid', { claim: { cpt: '27290' } }, {}],
    ['transcript not a string', 400, 'input.invalid', { transcript: 42 }, {}],
    ['unknown field', 400, 'input.invalid', { transcript: MARKER, patientName: 'x' }, {}],
    ['body not an object', 400, 'input.invalid', '["x"]', {}],
    ['malformed JSON', 400, 'input.invalid', `{"transcript": "${MARKER}`, {}],
    ['invalid claim', 400, 'claim.invalid', { transcript: MARKER, claim: { cpt: 'abc' } }, {}],
    ['claim not an object', 400, 'claim.invalid', { transcript: MARKER, claim: 'x' }, {}],
    ['unknown extractor', 400, 'usage.invalid', { transcript: MARKER, extractor: 'gpt-99' }, {}],
    ['transcript over maxChars', 413, 'input.too-large', { transcript: big }, {}],
    ['body over bodyLimit', 413, 'input.too-large', { transcript: big.repeat(6) }, {}],
    ['text/plain body', 415, 'media-type.unsupported', MARKER, { 'content-type': 'text/plain' }],
  ])('%s: %i problem %s', async (_name, status, code, body, headers) => {
    const res = await postNote(server.url, body, headers);
    expect(res.status).toBe(status);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({
      type: `https://opnote.dev/problems/${code}`,
      status,
      code,
    });
    expect(JSON.stringify(problem)).not.toContain(MARKER);
  });
});

describe('bearer-token auth', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each<[string, number, string | null, Record<string, string>]>([
    ['no Authorization header', 401, 'auth.required', {}],
    ['a wrong token', 401, 'auth.invalid', { authorization: 'Bearer not-the-token-at-all-000' }],
    ['the token as Basic', 401, 'auth.invalid', { authorization: `Basic ${TOKEN}` }],
    ['a prefix of the token', 401, 'auth.invalid', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['the first token', 200, null, { authorization: `Bearer ${TOKEN}` }],
    ['the second token', 200, null, { authorization: `bearer ${OTHER_TOKEN}` }],
  ])('%s: %i', async (_name, status, code, headers) => {
    const res = await fetch(`${server.url}/v1/codes`, { headers });
    expect(res.status).toBe(status);
    if (code === null) return;
    expect(await problemOf(res)).toMatchObject({ code, type: `https://opnote.dev/problems/${code}` });
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="opnote"/);
  });

  it('checks the token before reading the note', async () => {
    const res = await fetch(`${server.url}/v1/notes`, {
      method: 'POST',
      headers: JSON_BODY,
      body: JSON.stringify({ transcript: '' }),
    });
    expect(res.status).toBe(401);
  });

  it('is off only when explicitly disabled', async () => {
    expect(() => buildServer({})).toThrow(ConfigError);
    expect(() => buildServer({ tokens: [] })).toThrow(/OPNOTE_API_TOKENS/);
    expect(() => buildServer({ tokens: ['short'] })).toThrow(/token 1 of 1 is shorter than 16/);
    const open = await startServer({ authDisabled: true, tokens: [] });
    const res = await fetch(`${open.url}/v1/codes`);
    await open.close();
    expect(res.status).toBe(200);
  });
});

describe('provider failures and timeouts', () => {
  it.each<[string, number, string, string | null, unknown]>([
    [
      'provider 5xx',
      502,
      'provider.server',
      null,
      new ProviderError('provider.server', 'provider answered 500'),
    ],
    [
      'provider timeout',
      504,
      'provider.timeout',
      null,
      new ProviderError('provider.timeout', 'no answer in 30 s'),
    ],
    [
      'provider rate limit',
      429,
      'provider.rate-limited',
      '3',
      new ProviderError('provider.rate-limited', 'rate limited', { status: 429, retryAfterMs: 2500 }),
    ],
    ['provider auth', 502, 'provider.auth', null, new ProviderError('provider.auth', 'key rejected')],
    ['schema failure', 502, 'extraction.schema', null, new ExtractionError('schema', 'answer off schema')],
    ['refusal', 502, 'extraction.refusal', null, new ExtractionError('refusal', 'model refused')],
    ['a foreign error', 500, 'internal', null, new TypeError(`bad thing near ${MARKER}`)],
  ])('%s: %i %s', async (_name, status, code, retryAfter, error) => {
    const server = await startServer({ extractorFactory: () => failingExtractor(error) });
    const res = await postNote(server.url, { transcript: 'Left hindquarter amputation.' });
    await server.close();
    expect(res.status).toBe(status);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ code, type: `https://opnote.dev/problems/${code}` });
    expect(res.headers.get('retry-after')).toBe(retryAfter);
    expect(JSON.stringify(problem)).not.toContain(MARKER);
  });

  it('answers 504 when a request outlives the per-request timeout, and aborts the extraction', async () => {
    const gated = gatedExtractor('slow');
    const server = await startServer({
      extractorFactory: gated.factory,
      extractorNames: gated.names,
      requestTimeoutMs: 50,
    });
    const pending = postNote(server.url, { transcript: 'Left hindquarter amputation.', extractor: 'slow' });
    const call = await gated.nextCall();
    const res = await pending;
    expect(res.status).toBe(504);
    expect(await problemOf(res)).toMatchObject({ code: 'server.timeout', title: 'Request timed out' });
    expect(call.signal?.aborted).toBe(true);
    await server.close();
  });
});
