import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chatCompletion,
  type FakeOpenAIServer,
  type FakeResponse,
  startFakeOpenAIServer,
} from '../src/testing/fake-openai-server.ts';
import { runCliInProcess } from './support/cli.ts';

const CASE = 'fixtures/a-27290-classic-formatted';
const TRANSCRIPT = readFileSync(`${CASE}/transcript.txt`, 'utf8');
const API_KEY = 'sk-loopback-DUMMY-key-42';

/**
 * Runs the real CLI (`main`, in this process, so the server on loopback is reached as from a child)
 * pointed at `baseURL`; no key and no base URL unless `env` gives them.
 */
function runCli(args: string[], env: Record<string, string>) {
  return runCliInProcess(args, { env: { OPENAI_BASE_URL: undefined, ...env } });
}

/** Sentences of the transcript (longer than 25 characters) that must never appear in an error line. */
const sentences = TRANSCRIPT.split(/(?<=[.:])\s+|\n/).filter((s) => s.trim().length > 25);

function expectOneSafeLine(stderr: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toContain(API_KEY);
  expect(sentences.filter((s) => stderr.includes(s.trim()))).toEqual([]);
  for (const word of ['chondrosarcoma', 'Ellery', 'sacroiliac']) expect(stderr).not.toContain(word);
}

let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const start = async (script: FakeResponse[] = []) => {
  server = await startFakeOpenAIServer({ script });
  return { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: API_KEY };
};

const args = ['process', `${CASE}/transcript.txt`, '--claim', `${CASE}/claim.json`];

describe('the CLI against a real OpenAI-compatible server on loopback', () => {
  it('sends one strict structured-output request and prints the result (openai is the default with a key)', async () => {
    const env = await start();
    const r = await runCli(args, env);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const result = JSON.parse(r.stdout);
    expect(result.code.supported).toBe('27290');
    expect(result.meta.extractor).toBe('openai');
    expect(server?.requests).toHaveLength(1);
    const request = server?.requests[0];
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toMatchObject({
      model: 'gpt-4.1-mini',
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'opnote_extraction',
          strict: true,
          schema: { type: 'object', additionalProperties: false },
        },
      },
    });
  });

  it('sends the same request through --extractor langchain', async () => {
    const env = await start();
    const r = await runCli([...args, '--extractor', 'langchain', '--model', 'gpt-4o-mini'], env);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(r.stdout).meta).toMatchObject({
      extractor: 'langchain',
      versions: { model: 'gpt-4o-mini' },
    });
    expect(server?.requests[0]?.body).toMatchObject({
      model: 'gpt-4o-mini',
      response_format: { type: 'json_schema', json_schema: { name: 'opnote_extraction', strict: true } },
    });
  });

  it('retries a 429 from the server, then succeeds', async () => {
    const env = await start([
      { status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'slow down' } } },
    ]);
    const r = await runCli([...args, '--max-retries', '1'], env);
    expect(r.status).toBe(0);
    expect(server?.requests).toHaveLength(2);
  });

  it.each([
    [
      'a persistent 429',
      {
        status: 429,
        headers: { 'retry-after': '0' },
        body: { error: { message: 'Rate limit', code: 'rate_limit_exceeded' } },
      },
      /rate limiting \(429 rate_limit_exceeded\) after 1 retry/,
      2,
    ],
    [
      'a persistent 500',
      { status: 500, headers: { 'retry-after': '0' }, body: { error: { message: 'oops' } } },
      /failed \(500\) after 1 retry/,
      2,
    ],
    ['a malformed HTTP body', { status: 200, raw: '{"id":"chatcmpl-1","choices":[' }, /not valid JSON/, 1],
    [
      'a completion whose content is not JSON',
      {
        status: 200,
        body: {
          id: 'x',
          object: 'chat.completion',
          model: 'gpt-4.1-mini',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: 'Left hindquarter amputation, bill it.' },
              finish_reason: 'stop',
            },
          ],
        },
      },
      /not valid JSON/,
      1,
    ],
    [
      'a connection dropped in the middle of the body (it was exit 1 "internal error (TypeError)")',
      { status: 200, body: chatCompletion('{"elements": {"laterality": "x"}}'), dropAfterBytes: 120 },
      /could not reach the model provider at 127\.0\.0\.1:\d+/,
      2,
    ],
    [
      'a dropped connection',
      { status: 0, destroy: true },
      /could not reach the model provider at 127\.0\.0\.1:\d+/,
      2,
    ],
  ])('exits 3 with one safe stderr line on %s', async (_what, reply, message, requests) => {
    const env = await start([reply as FakeResponse, reply as FakeResponse, reply as FakeResponse]);
    const r = await runCli([...args, '--max-retries', '1'], env);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expectOneSafeLine(r.stderr);
    expect(server?.requests).toHaveLength(requests);
  });

  it('exits 3 on a timeout', async () => {
    const env = await start([{ status: 200, delayMs: 2000, body: {} }]);
    const r = await runCli([...args, '--timeout', '0.2', '--max-retries', '0'], env);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/did not answer within 0\.2 s/);
    expectOneSafeLine(r.stderr);
  });

  it('asks for a key in one line when --extractor openai has none (exit 2)', async () => {
    const r = await runCli([...args, '--extractor', 'openai'], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'opnote: the openai extractor needs OPENAI_API_KEY (any non-empty value for a local server); set it, or use --extractor rules\n',
    );
  });

  it('keeps rules as the default without a key', async () => {
    const r = await runCli(args, {});
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meta.extractor).toBe('rules');
  });
});
