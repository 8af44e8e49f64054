import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/run.ts';
import { ProviderError } from '../src/errors.ts';
import {
  COMPLETION_RESERVE_TOKENS,
  countTokens,
  estimateRequestTokens,
  requestOverhead,
} from '../src/extract/llm/tokens.ts';
import { enqueueNotes, followQueue, jobOf, queueStatus } from '../src/queue/enqueue.ts';
import { spreadLimit, startQueueWorker } from '../src/queue/worker.ts';
import { identityOf } from '../src/store/identity.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/types.ts';
import { generatedNote, seedNotes } from './support/batch-notes.ts';
import { runMain } from './support/cli-in-process.ts';
import { createFakeExtractor } from './support/fake-extractors.ts';
import { dropQueue, jobData } from './support/queue-helpers.ts';
import { REDIS_URL, requireRedis, uniqueName } from './support/services.ts';

const dir = mkdtempSync(join(tmpdir(), 'opnote-queue-'));
const seeds = seedNotes();
const names: string[] = [];
const queueName = (): string => {
  const n = uniqueName('q');
  names.push(n);
  return n;
};

function writeNotes(path: string, n: number, extra: string[] = []): void {
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify(generatedNote(seeds, i)));
  writeFileSync(path, `${[...lines, ...extra].join('\n')}\n`);
}

beforeAll(async () => {
  await requireRedis();
});

afterAll(async () => {
  for (const n of names) await dropQueue(REDIS_URL, n).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('queue: enqueue, work, status, retry', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(`sqlite:${join(dir, 'q.db')}`);
  });
  afterAll(async () => {
    await store.close();
  });

  it('enqueueing again adds nothing; a worker writes each note once and leaves no transcript in Redis', async () => {
    const name = queueName();
    const input = join(dir, 'notes.jsonl');
    writeNotes(input, 8, ['{"id":"empty","transcript":"   "}', '{not json']);
    const fake = createFakeExtractor({ name: 'fake' });
    const identity = identityOf(fake);
    await enqueueNotes({ url: REDIS_URL, name, input, identity, runId: 'r1' });
    await enqueueNotes({ url: REDIS_URL, name, input, identity, runId: 'r1' });
    const before = await queueStatus(REDIS_URL, name);
    expect(before.counts.waiting).toBe(10);

    const worker = await startQueueWorker({
      url: REDIS_URL,
      name,
      store,
      extractorFor: () => fake,
      concurrency: 4,
    });
    const counts = await followQueue({ url: REDIS_URL, name, intervalMs: 50 });
    await worker.close();
    expect(counts).toMatchObject({ completed: 8, failed: 2, waiting: 0, active: 0 });
    expect(fake.calls).toBe(8);
    const status = await queueStatus(REDIS_URL, name);
    expect(status.failedByCode).toEqual({ 'input.empty': 1, 'input.invalid': 1 });
    expect(await store.counts()).toMatchObject({ processings: 10, notes: 10 });
    expect((await store.latest('empty'))?.errorCode).toBe('input.empty');
    const note0 = generatedNote(seeds, 0);
    const job = jobOf(
      { kind: 'note', id: note0.id, line: 1, transcript: note0.transcript, claim: note0.claim },
      identity,
      'r1',
    );
    const data = await jobData(REDIS_URL, name, job.id);
    expect(data).toMatchObject({ noteId: 'n-0', stored: true });
    expect(data?.transcript).toBeUndefined();

    // Enqueueing the done batch again adds nothing to do.
    await enqueueNotes({ url: REDIS_URL, name, input, identity, runId: 'r1' });
    expect((await queueStatus(REDIS_URL, name)).counts).toMatchObject({
      waiting: 0,
      completed: 8,
      failed: 2,
    });
  });

  it('a repeated id is handled as the single-machine batch does: a repeat dropped, other content an input.invalid under line-N', async () => {
    const name = queueName();
    const input = join(dir, 'dup-ids.jsonl');
    const n0 = generatedNote(seeds, 0);
    const other = generatedNote(seeds, 1);
    writeFileSync(
      input,
      `${[
        JSON.stringify(n0),
        JSON.stringify(n0), // the same line again
        JSON.stringify({ ...other, id: n0.id }), // the same id, other content
        JSON.stringify(generatedNote(seeds, 2)),
      ].join('\n')}\n`,
    );
    const fake = createFakeExtractor({ name: 'fake' });
    const identity = identityOf(fake);

    // Single-machine batch on the same input, for what the queue must match.
    const out = join(dir, 'dup-ids.results.jsonl');
    const local = await runBatch({ input, out, extractor: createFakeExtractor({ name: 'fake' }) });
    const lines = (path: string): Array<{ id: string; code?: string }> =>
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; code?: string });
    const batchOk = lines(out).map((l) => l.id);
    const batchErrors = lines(local.errorsOut).map((l) => ({ id: l.id, code: l.code }));
    expect(batchOk.sort()).toEqual(['n-0', 'n-2']);
    expect(batchErrors).toEqual([{ id: 'line-3', code: 'input.invalid' }]);
    expect(local.summary.notes.duplicates).toBe(1);

    const enqueued = await enqueueNotes({ url: REDIS_URL, name, input, identity, runId: 'dup' });
    expect(enqueued).toEqual({ read: 4, duplicates: 1 });
    const own = await openStore(`sqlite:${join(dir, 'dup.db')}`);
    const worker = await startQueueWorker({ url: REDIS_URL, name, store: own, extractorFor: () => fake });
    const counts = await followQueue({ url: REDIS_URL, name, intervalMs: 50 });
    await worker.close();
    expect(counts).toMatchObject({ completed: 2, failed: 1 });
    expect(fake.calls).toBe(2);
    expect(await own.processings('n-0')).toMatchObject([{ status: 'ok' }]);
    expect((await own.latest('n-0'))?.inputHash).toBe(
      jobOf({ kind: 'note', line: 1, ...n0 }, identity, 'dup').data.inputHash,
    );
    expect(await own.processings('line-3')).toMatchObject([{ status: 'error', errorCode: 'input.invalid' }]);
    expect(await own.counts()).toMatchObject({ processings: 3, notes: 3 });
    await own.close();
  });

  it('a failed note keeps its typed code and is retried by command; a success then replaces the error', async () => {
    const name = queueName();
    const input = join(dir, 'flaky.jsonl');
    writeNotes(input, 3);
    let broken = true;
    const fake = createFakeExtractor({
      name: 'fake',
      fail: (_call, transcript) =>
        broken && transcript.includes('reference 1.')
          ? new ProviderError('provider.auth', 'the provider refused the API key')
          : undefined,
    });
    const identity = identityOf(fake);
    await enqueueNotes({ url: REDIS_URL, name, input, identity, runId: 'r2' });
    // A store of its own: the first test already holds these notes.
    const own = await openStore(`sqlite:${join(dir, 'retry.db')}`);
    const worker = await startQueueWorker({ url: REDIS_URL, name, store: own, extractorFor: () => fake });
    await followQueue({ url: REDIS_URL, name, intervalMs: 50 });
    expect((await queueStatus(REDIS_URL, name)).failedByCode).toEqual({ 'provider.auth': 1 });
    expect((await own.processings('n-1')).at(-1)).toMatchObject({
      status: 'error',
      errorCode: 'provider.auth',
    });
    broken = false;
    const cli = await runMain(['batch', '--queue', REDIS_URL, '--queue-name', name, '--retry-failed']);
    expect(cli.stderr).toContain('1 failed notes queued again');
    const counts = await followQueue({ url: REDIS_URL, name, intervalMs: 50 });
    await worker.close();
    expect(counts).toMatchObject({ completed: 3, failed: 0 });
    expect(await own.processings('n-1')).toMatchObject([{ status: 'ok', errorCode: null }]);
    await own.close();
  });

  it('a provider 429 pauses the whole queue for its retry-after, and the note is done afterwards', async () => {
    const name = queueName();
    const input = join(dir, 'limited.jsonl');
    writeNotes(input, 3);
    let calls = 0;
    const fake = createFakeExtractor({
      name: 'fake',
      fail: () => {
        calls += 1;
        return calls === 1
          ? new ProviderError('provider.rate-limited', 'rate limited', { status: 429, retryAfterMs: 200 })
          : undefined;
      },
    });
    await enqueueNotes({ url: REDIS_URL, name, input, identity: identityOf(fake), runId: 'r3' });
    const worker = await startQueueWorker({
      url: REDIS_URL,
      name,
      store,
      extractorFor: () => fake,
      concurrency: 1,
      localExtractors: [],
    });
    const counts = await followQueue({ url: REDIS_URL, name, intervalMs: 50 });
    await worker.close();
    expect(worker.stats.rateLimited).toBe(1);
    expect(counts).toMatchObject({ completed: 3, failed: 0 });
  });

  it('the CLI fails with one line naming how to start Redis when it is unreachable', async () => {
    const r = await runMain(['batch', '--queue', 'redis://127.0.0.1:1', '--status']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^opnote: Redis at 127\.0\.0\.1:1 is not reachable; start it/);
    const bad = await runMain(['worker', '--queue', 'http://x', '--store', `sqlite:${join(dir, 'w.db')}`]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--queue expects redis://host:port');
  });
});

describe('the shared rpm cap', () => {
  it('is spread over slices of the window, so a sliding minute never holds 2R (a fixed window allowed it)', () => {
    expect(spreadLimit(120, 60_000)).toEqual({ max: 2, duration: 1000 });
    expect(spreadLimit(500, 60_000)).toEqual({ max: 8, duration: 960 });
    expect(spreadLimit(30, 60_000)).toEqual({ max: 1, duration: 2000 });
    // Slices start at least one duration apart: a sliding minute holds at most floor(W / d) + 1 of them.
    for (const rpm of [60, 120, 500, 10_000]) {
      const { max, duration } = spreadLimit(rpm, 60_000);
      const worst = (Math.floor(60_000 / duration) + 1) * max;
      expect(worst / rpm).toBeLessThanOrEqual(1.02);
      expect((Math.floor(60_000 / duration) * max) / rpm).toBeGreaterThanOrEqual(0.98);
    }
  });
});

describe('token counting', () => {
  it('counts with the model tokenizer, not characters / 4, and measures the per-request overhead once', () => {
    const text = 'The sacroiliac joint was divided. Hemipelvectomy, left. 2,500 mL EBL.';
    expect(countTokens(text)).not.toBe(Math.ceil(text.length / 4));
    expect(countTokens('hello world')).toBe(2);
    const o = requestOverhead();
    expect(o.encoding).toBe('o200k_base');
    expect(o.promptTokens).toBeGreaterThan(100);
    expect(o.schemaTokens).toBeGreaterThan(100);
    expect(requestOverhead()).toBe(o);
    expect(requestOverhead('gpt-4').encoding).toBe('cl100k_base');
    // The estimate a tpm cap takes before each call (batch and workers): tokenizer count plus the measured overhead.
    expect(estimateRequestTokens(text)).toBe(
      countTokens(text) + o.promptTokens + o.schemaTokens + COMPLETION_RESERVE_TOKENS,
    );
  });
});
