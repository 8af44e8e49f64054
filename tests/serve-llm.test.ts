import { afterEach, describe, expect, it } from 'vitest';
import { noteResponseSchema } from '../src/serve/schemas.ts';
import {
  type FakeOpenAIServer,
  simulatedModel,
  startFakeOpenAIServer,
} from '../src/testing/fake-openai-server.ts';
import { fixture, postNote, type RunningServer, startServer } from './serve-helpers.ts';

/** The openai extractor end to end, against the simulated OpenAI-compatible server on 127.0.0.1. */
describe('POST /v1/notes with the openai extractor', () => {
  let fake: FakeOpenAIServer | undefined;
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    await fake?.close();
    server = undefined;
    fake = undefined;
  });

  it('answers the result from the model, with usage', async () => {
    fake = await startFakeOpenAIServer();
    server = await startServer({ extractorConfig: { apiKey: 'test-key', baseURL: fake.url, maxRetries: 0 } });
    const res = await postNote(server.url, { ...fixture('a-27290-classic-formatted'), extractor: 'openai' });
    expect(res.status).toBe(200);
    const body = noteResponseSchema.parse(await res.json());
    expect(body.meta.extractor).toBe('openai');
    expect(body.meta.usage?.promptTokens).toBeGreaterThan(0);
    expect(body.code.supported).toBe('27290');
    expect(fake.requests).toHaveLength(1);
  });

  it('never has more model calls in flight than the bound, across requests', async () => {
    let inFlight = 0;
    let most = 0;
    fake = await startFakeOpenAIServer({
      respond: async (body) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        return simulatedModel(body);
      },
    });
    server = await startServer({
      extractorConfig: { apiKey: 'test-key', baseURL: fake.url, maxRetries: 0 },
      maxConcurrentExtractions: 2,
      maxQueuedExtractions: 8,
    });
    const note = { ...fixture('a-27596-no-claim'), extractor: 'openai' };
    const url = server.url;
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () => postNote(url, note).then((r) => r.status)),
    );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(fake.requests).toHaveLength(6);
    expect(most).toBeLessThanOrEqual(2);
  });

  it.each<[string, number, string, string | null, Parameters<typeof startFakeOpenAIServer>[0]]>([
    [
      'a provider 500',
      502,
      'provider.server',
      null,
      { script: [{ status: 500, body: { error: { message: 'boom' } } }] },
    ],
    [
      'a provider 429 with retry-after',
      429,
      'provider.rate-limited',
      '7',
      {
        script: [{ status: 429, headers: { 'retry-after': '7' }, body: { error: { message: 'slow down' } } }],
      },
    ],
    ['a provider slower than its timeout', 504, 'provider.timeout', null, { latencyMs: 500 }],
    [
      'a malformed answer',
      502,
      'extraction.parse',
      null,
      { script: [{ status: 200, raw: '{"choices": [' }] },
    ],
  ])('%s: %i %s, without provider details', async (_name, status, code, retryAfter, options) => {
    fake = await startFakeOpenAIServer(options);
    server = await startServer({
      extractorConfig: { apiKey: 'test-key', baseURL: fake.url, maxRetries: 0, timeoutMs: 100 },
    });
    const res = await postNote(server.url, { ...fixture('a-27596-no-claim'), extractor: 'openai' });
    expect(res.status).toBe(status);
    expect(res.headers.get('retry-after')).toBe(retryAfter);
    const problem = (await res.json()) as { code: string; detail: string };
    expect(problem.code).toBe(code);
    expect(problem.detail).not.toContain('127.0.0.1');
  });

  it('a request for an extractor the server has no key for is a 400 problem, not a 500', async () => {
    server = await startServer();
    const res = await postNote(server.url, { transcript: 'Left hip disarticulation.', extractor: 'openai' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await res.json()).toMatchObject({
      type: 'https://opnote.dev/problems/usage.invalid',
      code: 'usage.invalid',
      detail: 'extractor must be one this server offers: rules',
    });
  });
});
