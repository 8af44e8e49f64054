import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallLimiter } from '../src/batch/limiter.ts';
import { type BatchOptions, NOTES_PER_THREAD, runBatch, type WrittenNote } from '../src/batch/run.ts';
import { codes } from '../src/codes/index.ts';
import { createPipelinePool, type PipelinePool } from '../src/pipeline/pool/pool.ts';
import { createTurnQueue } from '../src/pipeline/pool/turns.ts';
import { generatedNote, seedNotes, tempDirs } from './support/batch-notes.ts';
import { createFakeExtractor } from './support/fake-extractors.ts';

// runBatch with worker threads: the same lines, summary, resume and error handling as in one thread.
// A stream input (its size unknown) gets every thread asked for, so these few notes do use them.

const temp = tempDirs('opnote-batch-threads-');
// Two threads started once and kept warm (loading the pipeline takes seconds on a busy machine).
let pool: PipelinePool;
beforeAll(async () => {
  pool = createPipelinePool({ size: 2, extractorConfig: {} });
  await Promise.all([0, 1].map((i) => pool.run({ ...generatedNote(SEEDS, i), extractor: 'rules' })));
});
afterAll(async () => {
  await pool?.close();
  temp.removeAll();
});
const SEEDS = seedNotes();
const noWait = { sleep: async () => {}, random: () => 0 };
const FAKE_MODULE = new URL('./support/fake-extractors.ts', import.meta.url).href;

const n0 = generatedNote(SEEDS, 0);
const INPUT = [
  ...Array.from({ length: 10 }, (_, i) => JSON.stringify(generatedNote(SEEDS, i))),
  JSON.stringify(n0), // a repeated line: a duplicate
  JSON.stringify({ ...generatedNote(SEEDS, 11), id: n0.id }), // the same id, other content: line-12
  '{"id":"empty","transcript":"   "}', // input.empty, from the pipeline on the worker
  '{not json', // input.invalid, from the reader
].join('\n');
const stream = (): Readable => Readable.from([`${INPUT}\n`]);

/** The result lines without the one field that differs between runs (the time taken). */
const stable = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/"durationMs":[0-9.]+/, '"durationMs":0'))
    .sort();

async function run(options: Partial<BatchOptions> & Pick<BatchOptions, 'out'>) {
  return runBatch({ input: stream(), ...noWait, ...options });
}

describe('runBatch on worker threads', () => {
  it('writes the same lines and summary as in one thread, and a second run skips every note', async () => {
    const dir = temp.make();
    const one = await run({ out: join(dir, 'one.jsonl'), threads: 1 });
    const two = await run({ out: join(dir, 'two.jsonl'), pool });
    expect(stable(join(dir, 'two.jsonl'))).toEqual(stable(join(dir, 'one.jsonl')));
    expect(stable(two.errorsOut)).toEqual(stable(one.errorsOut));
    expect(stable(two.errorsOut).map((l) => JSON.parse(l).code)).toEqual(
      expect.arrayContaining(['input.empty', 'input.invalid', 'input.invalid']),
    );
    const { elapsedMs: _a, notesPerSecond: _c, ...s1 } = one.summary;
    const { elapsedMs: _b, notesPerSecond: _d, ...s2 } = two.summary;
    expect(s2).toEqual(s1);
    expect(two.summary.notes).toMatchObject({ processed: 10, failed: 3, duplicates: 1 });

    const again = await run({ out: join(dir, 'two.jsonl'), pool });
    expect(again.summary.notes).toMatchObject({ processed: 0, failed: 0, skipped: 13 });
  });

  it('keeps rate limits and retries on the main thread while the worker makes the provider call', async () => {
    const dir = temp.make();
    const fake = { name: 'fake', delayMs: 5, rateLimitEvery: 3 };
    const r = await run({
      out: join(dir, 'fake.jsonl'),
      pool,
      concurrency: 2,
      extractor: createFakeExtractor(fake),
      workerExtractor: { module: FAKE_MODULE, export: 'createFakeExtractor', options: fake },
    });
    // Every third call on each worker is a 429: retried by the main thread's limiter, typed as it was.
    expect(r.summary.retries).toBeGreaterThan(0);
    expect(r.summary.notes).toMatchObject({ processed: 10, failed: 3 });
    expect(r.summary.errorsByCode).not.toHaveProperty('provider.rate-limited');
    const lines = stable(join(dir, 'fake.jsonl'));
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => JSON.parse(l).meta.extractor === 'fake')).toBe(true);
  });

  it("answers a repeated transcript under another id from the main thread's copy of the first answer, as in one thread", async () => {
    const dir = temp.make();
    const first = generatedNote(SEEDS, 3);
    const notes = [first, { ...first, id: 'same-words' }, generatedNote(SEEDS, 4)];
    const input = (): Readable => Readable.from([`${notes.map((n) => JSON.stringify(n)).join('\n')}\n`]);
    const one = await runBatch({ input: input(), out: join(dir, 'one.jsonl'), threads: 1, ...noWait });
    const two = await runBatch({ input: input(), out: join(dir, 'two.jsonl'), pool, ...noWait });
    expect(two.summary.cacheHits).toBe(1);
    expect(two.summary.cacheHits).toBe(one.summary.cacheHits);
    expect(stable(join(dir, 'two.jsonl'))).toEqual(stable(join(dir, 'one.jsonl')));
    expect(stable(join(dir, 'two.jsonl'))).toHaveLength(3);
  });

  it('says what it needs: a worker extractor for an extractor object, the built-in codes, a whole thread count', async () => {
    const dir = temp.make();
    const out = join(dir, 'x.jsonl');
    await expect(run({ out, threads: 2, extractor: createFakeExtractor() })).rejects.toMatchObject({
      code: 'usage.invalid',
    });
    await expect(run({ out, threads: 2, process: { codes } })).rejects.toMatchObject({
      code: 'usage.invalid',
    });
    await expect(run({ out, threads: 0 })).rejects.toMatchObject({ code: 'usage.invalid' });
    // A small input of known size runs in one thread whatever is asked (no thread to start).
    expect(NOTES_PER_THREAD).toBeGreaterThan(1);
  });
});

describe('the messages of a note between the main thread and its worker', () => {
  const outcomes = (written: WrittenNote[]) =>
    written
      .map(({ id, batchKey, outcome }) =>
        JSON.stringify({ id, batchKey, outcome }).replace(/"durationMs":[0-9.]+/, '"durationMs":0'),
      )
      .sort();

  it('a provider call costs five, an answer the main thread has four, and the lines and written notes are those of one thread', async () => {
    const dir = temp.make();
    const first = generatedNote(SEEDS, 20);
    const notes = [
      first,
      ...[21, 22, 23].map((i) => generatedNote(SEEDS, i)),
      { ...first, id: 'same-words' },
    ];
    const input = (): Readable => Readable.from([`${notes.map((n) => JSON.stringify(n)).join('\n')}\n`]);
    const written: { one: WrittenNote[]; two: WrittenNote[] } = { one: [], two: [] };
    const one = await runBatch({
      input: input(),
      out: join(dir, 'one.jsonl'),
      threads: 1,
      onWritten: (n) => void written.one.push(n),
      ...noWait,
    });
    const sent = pool.messages();
    const two = await runBatch({
      input: input(),
      out: join(dir, 'two.jsonl'),
      pool,
      onWritten: (n) => void written.two.push(n),
      ...noWait,
    });
    // Four calls (run, extract, call, called, done-line: the worker goes on with its own answer) and
    // one cache hit (run, extract, extracted with the answer, done-line).
    expect(two.summary.cacheHits).toBe(1);
    expect(pool.messages() - sent).toBe(4 * 5 + 4);
    expect(stable(join(dir, 'two.jsonl'))).toEqual(stable(join(dir, 'one.jsonl')));
    expect(stable(join(dir, 'two.jsonl'))).toHaveLength(5);
    expect(outcomes(written.two)).toEqual(outcomes(written.one));
    expect(two.summary.byRoute).toEqual(one.summary.byRoute);
  });

  it("an abandoned note's provider call gives its limiter slot back at once: the next note's call goes through", async () => {
    const limiter = createCallLimiter({ concurrency: 1 });
    // The first note's provider never answers within the test; the second one's answers at once.
    const stuck = { module: FAKE_MODULE, export: 'createFakeExtractor', options: { delayMs: 600_000 } };
    const abandon = new AbortController();
    let calling: () => void = () => {};
    const called = new Promise<void>((resolve) => {
      calling = resolve;
    });
    const first = pool.runLine(
      { ...generatedNote(SEEDS, 24), extractor: stuck, fields: '' },
      abandon.signal,
      // No signal for the limiter: only the pool's abandoning of the note can end the call.
      (_transcript, call) =>
        limiter.run(() => {
          calling();
          return call();
        }),
    );
    const firstFailed = expect(first).rejects.toThrow('abandoned');
    await called;
    abandon.abort(new Error('abandoned'));
    await firstFailed;
    const second = await pool.runLine(
      { ...generatedNote(SEEDS, 25), extractor: 'rules', fields: '"id":"second"' },
      undefined,
      (_transcript, call) => limiter.run(call),
    );
    const line = JSON.parse(Buffer.from(second.line).toString('utf8'));
    expect(line).toMatchObject({ id: 'second', route: { decision: second.digest.route.decision } });
    expect(Buffer.from(second.line).toString('utf8').endsWith('}\n')).toBe(true);
    expect(limiter.stats().attempts).toBe(2);
  });
});

describe("a worker's turn queue", () => {
  it('runs one piece per turn of the event loop: a message that came during a piece is served before the next', async () => {
    const order: string[] = [];
    const { port1, port2 } = new MessageChannel();
    port2.on('message', (m: string) => order.push(m));
    const turns = createTurnQueue();
    await new Promise<void>((done) => {
      turns.add(() => {
        order.push('note 1');
        // A provider answer reaching this thread while note 1's pipeline runs.
        port1.postMessage('provider answer');
      });
      turns.add(() => {
        order.push('note 2');
        void Promise.resolve().then(() => order.push('note 2 continued'));
      });
      turns.add(() => {
        order.push('note 3');
        setImmediate(done);
      });
      expect(turns.size()).toBe(3);
    });
    port1.close();
    // Run in a row, the answer would wait behind notes 2 and 3.
    expect(order).toEqual(['note 1', 'provider answer', 'note 2', 'note 2 continued', 'note 3']);
    expect(turns.size()).toBe(0);
  });
});
