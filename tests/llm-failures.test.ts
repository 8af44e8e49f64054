import { readFileSync } from 'node:fs';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionError, type OpnoteError, ProviderError } from '../src/errors.ts';
import { createLangChainExtractor } from '../src/extract/llm/langchain-extractor.ts';
import { extractionToModelOutput } from '../src/extract/llm/model-facts.ts';
import { createOpenAIExtractor } from '../src/extract/llm/openai-extractor.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { processNote } from '../src/pipeline/process.ts';
import { chatCompletion } from '../src/testing/fake-openai-server.ts';

const BASE_URL = 'http://127.0.0.1:65535/v1';
const API_KEY = 'sk-test-SECRET-0123456789';
const TRANSCRIPT = readFileSync('fixtures/a-27290-classic-formatted/transcript.txt', 'utf8');
const CLAIM = JSON.parse(readFileSync('fixtures/a-27290-classic-formatted/claim.json', 'utf8'));
/** Phrases of the transcript that must never appear in an error. */
const PHI = ['chondrosarcoma', 'Marcus Ellery', 'sacroiliac', 'external iliac'];

const answer = extractionToModelOutput(extractWithRules(TRANSCRIPT));
const VALID = JSON.stringify(answer);
const OFF_SCHEMA = JSON.stringify({
  ...answer,
  elements: {
    ...answer.elements,
    laterality: { status: 'documented', value: 'chondrosarcoma side', quotes: [] },
  },
});

type Reply = () => Response | Promise<Response>;
const ok =
  (content: string | null, extra: Parameters<typeof chatCompletion>[1] = {}): Reply =>
  () =>
    HttpResponse.json(chatCompletion(content, { promptTokens: 3000, ...extra }));
const status =
  (code: number, headers: Record<string, string> = {}): Reply =>
  () =>
    HttpResponse.json(
      { error: { message: `status ${code} chondrosarcoma echo`, type: 'server_error' } },
      { status: code, headers },
    );

const server = setupServer();
const seen: Array<{ body: { messages: Array<{ role: string; content: string }> }; headers: Headers }> = [];

/** Answers chat completions with the replies in order (the last one repeats). */
function answerWith(...replies: Reply[]): void {
  let i = 0;
  server.use(
    http.post(`${BASE_URL}/chat/completions`, async ({ request }) => {
      seen.push({
        body: (await request.clone().json()) as (typeof seen)[number]['body'],
        headers: request.headers,
      });
      const reply = replies[Math.min(i++, replies.length - 1)] as Reply;
      return reply();
    }),
  );
}

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const makers: Array<[string, (o: { maxRetries: number; timeoutMs?: number }) => Extractor]> = [
  ['openai', (o) => createOpenAIExtractor({ apiKey: API_KEY, baseURL: BASE_URL, ...o })],
  ['langchain', (o) => createLangChainExtractor({ apiKey: API_KEY, baseURL: BASE_URL, ...o })],
];

async function failure(extractor: Extractor): Promise<OpnoteError> {
  const error = await extractor.extract(TRANSCRIPT).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as OpnoteError;
}

function expectSafeMessage(error: Error): void {
  expect(error.message).not.toContain('\n');
  expect(error.message).not.toContain(API_KEY);
  for (const phrase of PHI) expect(error.message).not.toContain(phrase);
}

describe.each(makers)('%s extractor against failing providers (msw)', (name, make) => {
  it('retries a 429 that carries retry-after, then succeeds', async () => {
    answerWith(status(429, { 'retry-after': '0', 'retry-after-ms': '5' }), ok(VALID));
    const extraction = await make({ maxRetries: 1 }).extract(TRANSCRIPT);
    expect(seen).toHaveLength(2);
    expect(extraction.elements.laterality).toMatchObject({ status: 'documented', value: 'left' });
    if (name === 'openai') expect(seen[1]?.headers.get('x-stainless-retry-count')).toBe('1');
  });

  it('gives up on a persistent 429 with a typed rate-limit error keeping status, request id and retry-after', async () => {
    answerWith(status(429, { 'retry-after': '0', 'retry-after-ms': '5', 'x-request-id': 'req_429' }));
    const error = await failure(make({ maxRetries: 1 }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      code: 'provider.rate-limited',
      status: 429,
      requestId: 'req_429',
      retryAfterMs: 5,
    });
    expect(seen).toHaveLength(2);
    expectSafeMessage(error);
  });

  it.each([500, 503])('retries a %i, then succeeds', async (code) => {
    answerWith(status(code, { 'retry-after-ms': '5' }), ok(VALID));
    await make({ maxRetries: 1 }).extract(TRANSCRIPT);
    expect(seen).toHaveLength(2);
  });

  it.each([500, 503])('gives up on a persistent %i with provider.server', async (code) => {
    answerWith(status(code, { 'retry-after-ms': '5', 'x-request-id': `req_${code}` }));
    const error = await failure(make({ maxRetries: 1 }));
    expect(error).toMatchObject({ code: 'provider.server', status: code, requestId: `req_${code}` });
    expect(seen).toHaveLength(2);
    expectSafeMessage(error);
  });

  it('times out with provider.timeout', async () => {
    answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const error = await failure(make({ maxRetries: 0, timeoutMs: 50 }));
    expect(error).toMatchObject({ code: 'provider.timeout' });
    expectSafeMessage(error);
  });

  it('retries a reset connection, then fails with provider.connection', async () => {
    answerWith(() => HttpResponse.error());
    const error = await failure(make({ maxRetries: 1 }));
    expect(error).toMatchObject({ code: 'provider.connection' });
    expect(seen).toHaveLength(2);
    expectSafeMessage(error);
  });

  it.each([
    [401, 'provider.auth'],
    [403, 'provider.auth'],
    [400, 'provider.bad-request'],
    [404, 'provider.bad-request'],
  ])('does not retry a %i (%s)', async (code, errorCode) => {
    answerWith(status(code));
    const error = await failure(make({ maxRetries: 2 }));
    expect(error).toMatchObject({ code: errorCode, status: code });
    expect(seen).toHaveLength(1);
    expectSafeMessage(error);
  });

  it.each([
    ['a refusal', ok(null, { refusal: 'I cannot help with chondrosarcoma notes.' }), 'extraction.refusal'],
    ['finish_reason length', ok(VALID.slice(0, 400), { finishReason: 'length' }), 'extraction.truncated'],
    ['finish_reason content_filter', ok(null, { finishReason: 'content_filter' }), 'extraction.refusal'],
    ['content that is not JSON', ok('The chondrosarcoma note says left side.'), 'extraction.parse'],
    ['empty choices', () => HttpResponse.json({ ...chatCompletion(VALID), choices: [] }), 'extraction.empty'],
    // Through LangChain the SDK's parse helper reads '' as JSON first, so empty content is a parse failure.
    ['empty content', ok(''), name === 'openai' ? 'extraction.empty' : 'extraction.parse'],
  ])('fails on %s with a typed error and no retry', async (_what, reply, code) => {
    answerWith(reply);
    const error = await failure(make({ maxRetries: 2 }));
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error.code).toBe(code);
    expect(seen).toHaveLength(1);
    expectSafeMessage(error);
  });

  it('repairs once on a schema failure, sending the issues back, and sums the usage', async () => {
    answerWith(ok(OFF_SCHEMA, { promptTokens: 3000 }), ok(VALID, { promptTokens: 4000 }));
    const extraction = await make({ maxRetries: 0 }).extract(TRANSCRIPT);
    expect(seen).toHaveLength(2);
    const repair = seen[1]?.body.messages ?? [];
    expect(repair.map((m) => m.role)).toEqual(['system', 'user', 'user']);
    expect(repair.some((m) => m.content.includes(OFF_SCHEMA))).toBe(false);
    expect(repair[2]?.content).toContain('- elements.laterality.value: expected one of "left", "right"');
    expect(repair[2]?.content).not.toContain('chondrosarcoma side');
    const completion = Math.ceil(OFF_SCHEMA.length / 4) + Math.ceil(VALID.length / 4);
    expect(extraction.usage).toEqual({ promptTokens: 7000, completionTokens: completion });
    expect(extraction.elements.laterality).toMatchObject({ status: 'documented', value: 'left' });
  });

  it('fails with extraction.schema when the repair breaks the schema too', async () => {
    answerWith(ok(OFF_SCHEMA));
    const error = await failure(make({ maxRetries: 0 }));
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({
      code: 'extraction.schema',
      kind: 'schema',
      finishReason: 'stop',
      issues: ['elements.laterality.value: expected one of "left", "right"'],
    });
    expect((error as ExtractionError).usage?.promptTokens).toBe(6000);
    expect(seen).toHaveLength(2);
    expectSafeMessage(error);
  });

  it('turns an ungrounded quote into not_mentioned and a doc.ungrounded finding', async () => {
    const invented = {
      ...answer,
      elements: {
        ...answer.elements,
        tumorBoard: {
          status: 'documented',
          quotes: ['Reviewed at the sarcoma tumor board on 03/01/2026 with unanimous support'],
        },
      },
    };
    answerWith(ok(JSON.stringify(invented)));
    const result = await processNote(
      { transcript: TRANSCRIPT, claim: CLAIM },
      { extractor: make({ maxRetries: 0 }) },
    );
    expect(result.facts.tumorBoard).toEqual({ status: 'not_mentioned', evidence: [] });
    expect(result.findings.map((f) => `${f.id}:${f.element ?? ''}`)).toEqual([
      'doc.missing:tumorBoard',
      'doc.ungrounded:tumorBoard',
    ]);
    expect(result.meta).toMatchObject({ extractor: name, usage: { promptTokens: 3000 } });
    expect(result.meta.costUsd).toBeGreaterThan(0);
  });
});
