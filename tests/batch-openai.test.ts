import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulatedModel, startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';
import { generatedNote, seedNotes, tempDirs } from './support/batch-notes.ts';
import { runCliInProcess } from './support/cli.ts';
// Loaded at collection, as the test runs it: its import (0.5 s of CPU) is not the behaviour under test.
import '../src/cli/commands/batch.ts';

const temp = tempDirs('opnote-batch-openai-');
afterAll(() => temp.removeAll());

const SEEDS = seedNotes();

/**
 * `opnote batch` in this process, so the fake server here answers it (the binary's start is covered by
 * tests/batch-cli.test.ts and tests/batch-kill.test.ts; here it would only be a Node start under load).
 */
async function opnote(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stderr: string }> {
  const { status, stderr } = await runCliInProcess(args, { env });
  return { status, stderr };
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('opnote batch --extractor openai against the fake OpenAI server', () => {
  it('retries 429s itself (the SDK does not), sends a repeated transcript once, and adds up tokens and cost', async () => {
    const server = await startFakeOpenAIServer({ rateLimitEvery: 4 });
    try {
      const dir = temp.make();
      const notes = Array.from({ length: 11 }, (_, i) => generatedNote(SEEDS, i));
      notes.push({ ...(notes[0] as (typeof notes)[number]), id: 'copy-of-n-0' });
      writeFileSync(join(dir, 'notes.jsonl'), notes.map((n) => JSON.stringify(n)).join('\n'));
      const out = join(dir, 'results.jsonl');
      const run = await opnote(
        [
          'batch',
          join(dir, 'notes.jsonl'),
          '--out',
          out,
          '--extractor',
          'openai',
          '--concurrency',
          '3',
          '--summary-json',
          join(dir, 'summary.json'),
          '--quiet',
        ],
        { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: server.url },
      );
      const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
      const results = lines(out);
      const usage = results.reduce(
        (sum: number, r: { meta: { usage?: { promptTokens: number; completionTokens: number } } }) =>
          sum + (r.meta.usage ? r.meta.usage.promptTokens + r.meta.usage.completionTokens : 0),
        0,
      );
      // 11 distinct transcripts; every 4th request is a 429: 14 requests give 11 answers and 3 retries.
      expect({
        status: run.status,
        stderr: run.stderr,
        processed: summary.notes.processed,
        retries: summary.retries,
        cacheHits: summary.cacheHits,
        requests: server.requests.length,
        sdkRetries: server.requests.filter((r) => r.headers['x-stainless-retry-count'] !== '0').length,
        tokens: summary.tokens.total,
        costKnown: summary.costUsd > 0,
      }).toEqual({
        status: 0,
        stderr: '',
        processed: 12,
        retries: 3,
        cacheHits: 1,
        requests: 14,
        sdkRetries: 0,
        tokens: usage,
        costKnown: true,
      });
      expect(usage).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('writes a provider failure that outlasts --max-retries to the error file with the retries made (not "after 0 retries"), and completes', async () => {
    const server = await startFakeOpenAIServer({
      respond: (body) =>
        JSON.stringify(body).includes('reference 1.')
          ? { status: 500, body: { error: { message: 'boom', type: 'server_error' } } }
          : simulatedModel(body),
    });
    try {
      const dir = temp.make();
      const notes = Array.from({ length: 3 }, (_, i) => generatedNote(SEEDS, i));
      writeFileSync(join(dir, 'notes.jsonl'), notes.map((n) => JSON.stringify(n)).join('\n'));
      const out = join(dir, 'results.jsonl');
      const run = await opnote(
        [
          'batch',
          join(dir, 'notes.jsonl'),
          '--out',
          out,
          '--extractor',
          'openai',
          '--max-retries',
          '1',
          '--quiet',
        ],
        { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: server.url },
      );
      const errors = lines(join(dir, 'results.errors.jsonl'));
      expect({
        status: run.status,
        results: lines(out)
          .map((r: { id: string }) => r.id)
          .sort(),
        errors: errors.map((e: { id: string; code: string }) => [e.id, e.code]),
        requests: server.requests.length,
      }).toEqual({ status: 0, results: ['n-0', 'n-2'], errors: [['n-1', 'provider.server']], requests: 4 });
      expect(JSON.stringify(errors)).not.toContain('Dictation');
      expect(errors[0].message).toMatch(/ after 1 retry;/);
    } finally {
      await server.close();
    }
  });
});
