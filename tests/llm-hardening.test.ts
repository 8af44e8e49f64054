import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createLangChainExtractor } from '../src/extract/llm/langchain-extractor.ts';
import { extractionToModelOutput } from '../src/extract/llm/model-facts.ts';
import { createOpenAIExtractor, DEFAULT_MAX_OUTPUT_TOKENS } from '../src/extract/llm/openai-extractor.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import {
  chatCompletion,
  type FakeOpenAIServer,
  type FakeResponse,
  startFakeOpenAIServer,
} from '../src/testing/fake-openai-server.ts';
import { tempDirs } from './support/batch-notes.ts';
import { ROOT, runCliInProcess } from './support/cli.ts';

const CASE = 'fixtures/a-27290-classic-formatted';
const TRANSCRIPT = readFileSync(join(ROOT, CASE, 'transcript.txt'), 'utf8');
const VALID = JSON.stringify(extractionToModelOutput(extractWithRules(TRANSCRIPT)));
const ok = (): FakeResponse => ({ status: 200, body: chatCompletion(VALID) });
const dropped = (): FakeResponse => ({ status: 200, body: chatCompletion(VALID), dropAfterBytes: 300 });

let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const dirs = tempDirs('opnote-llm-hardening-');
afterAll(() => dirs.removeAll());

const makers = [
  ['openai', createOpenAIExtractor],
  ['langchain', createLangChainExtractor],
] as const;

describe('a connection dropped in the middle of the response body (it escaped as an untyped TypeError)', () => {
  it.each(makers)('%s: is retried, then succeeds', async (_name, make) => {
    server = await startFakeOpenAIServer({ script: [dropped(), ok()] });
    const extractor = make({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 1 });
    const extraction = await extractor.extract(TRANSCRIPT);
    expect(extraction.features.limbRemoved.status).toBe('documented');
    expect(server.requests).toHaveLength(2);
  });

  it.each(makers)('%s: gives up with provider.connection after the retries', async (_name, make) => {
    server = await startFakeOpenAIServer({ script: [dropped(), dropped(), dropped()] });
    const extractor = make({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 1 });
    await expect(extractor.extract(TRANSCRIPT)).rejects.toMatchObject({
      name: 'ProviderError',
      code: 'provider.connection',
    });
    expect(server.requests).toHaveLength(2);
  });
});

describe('bounded requests and answers', () => {
  it.each(makers)('%s: sends an output-token limit with every request', async (_name, make) => {
    server = await startFakeOpenAIServer({ script: [ok()] });
    await make({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 }).extract(TRANSCRIPT);
    expect(server.requests[0]?.body).toMatchObject({ max_tokens: DEFAULT_MAX_OUTPUT_TOKENS });
  });

  it.each(makers)(
    '%s: refuses a response body over the byte cap unread, once (a 9.5 MB answer took 99 s)',
    async (_name, make) => {
      server = await startFakeOpenAIServer({ script: [ok(), ok(), ok()] });
      const extractor = make({
        apiKey: 'sk-test',
        baseURL: server.url,
        maxRetries: 2,
        maxResponseBytes: 4096,
      });
      await expect(extractor.extract(TRANSCRIPT)).rejects.toMatchObject({ code: 'extraction.truncated' });
      expect(server.requests).toHaveLength(1);
    },
  );
});

describe('--record', () => {
  it('keeps no gateway credential header (Helicone-Auth, cf-aig-authorization, X-Gateway-Credential) and writes 0600 files in a 0700 dir', async () => {
    server = await startFakeOpenAIServer();
    const dir = join(dirs.make(), 'recordings');
    // In this process: the SDK reads OPENAI_CUSTOM_HEADERS from the environment, which the call sets.
    const { status, stderr } = await runCliInProcess(['process', `${CASE}/transcript.txt`, '--record', dir], {
      env: {
        OPENAI_API_KEY: 'sk-record-SECRET-key',
        OPENAI_BASE_URL: server.url,
        OPENAI_CUSTOM_HEADERS: [
          'Helicone-Auth: Bearer sk-helicone-SECRET1',
          'cf-aig-authorization: Bearer cf-SECRET2',
          'X-Gateway-Credential: gw-SECRET3',
        ].join('\n'),
      },
    });
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    // The gateway headers reached the server, so the test would see a leak.
    expect(server.requests[0]?.headers['helicone-auth']).toBe('Bearer sk-helicone-SECRET1');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const file = join(dir, files[0] as string);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/SECRET|helicone|cf-aig|gateway/i);
    expect(Object.keys(JSON.parse(text).request.headers).sort()).toEqual(['accept', 'content-type']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
