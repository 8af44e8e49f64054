import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createBatchExtractor } from '../src/batch/batch-extractor.ts';
import { createExtractionCache } from '../src/batch/cache.ts';
import { createCallLimiter } from '../src/batch/limiter.ts';
import { ExtractionError, InputError, UsageError } from '../src/errors.ts';
import { tempDirs } from './support/batch-notes.ts';
import { createFakeExtractor, rateLimited, serverError } from './support/fake-extractors.ts';

const temp = tempDirs('opnote-cache-');
afterAll(() => temp.removeAll());

/** A fake clock whose sleeps end at (start + ms), overlapping like real ones; records every wait asked for. */
function fakeTime() {
  const clock = { t: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number) => {
      if (ms > 0) clock.sleeps.push(ms);
      const end = clock.t + Math.max(0, ms);
      await Promise.resolve();
      clock.t = Math.max(clock.t, end);
    },
  };
}

/** A call that fails with the given errors first, then answers its attempt number. */
function flaky(errors: Error[]) {
  let attempt = 0;
  return async () => {
    attempt += 1;
    const e = errors[attempt - 1];
    if (e) throw e;
    return attempt;
  };
}

describe('call limiter', () => {
  it('retries a rate-limited call no sooner than its retry-after', async () => {
    const time = fakeTime();
    const limiter = createCallLimiter({ ...time, random: () => 0 });
    const result = await limiter.run(flaky([rateLimited(1_500), rateLimited(700)]));
    expect({ result, sleeps: time.clock.sleeps, stats: limiter.stats() }).toEqual({
      result: 3,
      sleeps: [1_500, 700],
      stats: { attempts: 3, retries: 2 },
    });
  });

  it('backs off exponentially with jitter and gives up after maxRetries with the provider error', async () => {
    const time = fakeTime();
    const limiter = createCallLimiter({ ...time, random: () => 0.5, maxRetries: 2 });
    await expect(limiter.run(flaky([serverError(), serverError(), serverError()]))).rejects.toMatchObject({
      code: 'provider.server',
    });
    expect({ sleeps: time.clock.sleeps, stats: limiter.stats() }).toEqual({
      sleeps: [250, 500],
      stats: { attempts: 3, retries: 2 },
    });
  });

  it.each([
    ['an input error', new InputError('input.empty', 'transcript is empty or blank')],
    ['an answer that failed its schema', new ExtractionError('schema', 'answer did not match the schema')],
  ])('does not retry %s', async (_name, error) => {
    const time = fakeTime();
    const limiter = createCallLimiter(time);
    await expect(limiter.run(flaky([error]))).rejects.toBe(error);
    expect(limiter.stats()).toEqual({ attempts: 1, retries: 0 });
  });

  it('pauses calls queued behind a rate-limit answer until its retry-after has passed', async () => {
    const time = fakeTime();
    const limiter = createCallLimiter({ ...time, concurrency: 1, random: () => 0 });
    const first = limiter.run(flaky([rateLimited(2_000)]));
    const second = limiter.run(async () => time.clock.t);
    // The second call starts after the first attempt failed: it waits out the pause on the shared clock.
    expect(await Promise.all([first, second])).toEqual([2, 2_000]);
  });

  it('keeps no more calls in flight than the concurrency', async () => {
    const limiter = createCallLimiter({ concurrency: 3 });
    let inFlight = 0;
    let most = 0;
    const call = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight -= 1;
    };
    await Promise.all(Array.from({ length: 20 }, () => limiter.run(call)));
    expect(most).toBe(3);
  });

  it('holds calls back when their token estimates exceed the minute budget, and settles with real usage', async () => {
    const time = fakeTime();
    const limiter = createCallLimiter({ ...time, tpm: 6_000, concurrency: 10 });
    const used = (n: number) => () => n;
    await Promise.all([
      limiter.run(async () => 'a', { tokens: 3_000, usedTokens: used(3_000) }),
      limiter.run(async () => 'b', { tokens: 3_000, usedTokens: used(3_000) }),
      limiter.run(async () => 'c', { tokens: 3_000, usedTokens: used(3_000) }),
    ]);
    expect(time.clock.sleeps).toEqual([30_000]);
  });

  it('starts no more than the rpm window allows in any sliding second', async () => {
    // 1,200 rpm = at most 20 starts in any 1,000 ms: 20 start at once, the 21st waits for the window's
    // timer. Asserted by count, not by wall-clock gaps (a loaded machine delays the recorded starts).
    const limiter = createCallLimiter({ rpm: 1_200, concurrency: 50 });
    let started = 0;
    const all = Promise.all(Array.from({ length: 25 }, () => limiter.run(async () => ++started)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toBe(20);
    await all;
    expect(started).toBe(25);
  });

  it.each([
    [{ concurrency: 0 }, 'concurrency must be a positive integer; got 0'],
    [{ rpm: 1.5 }, 'rpm must be a positive integer; got 1.5'],
    [{ maxRetries: -1 }, 'maxRetries must be an integer of 0 or more; got -1'],
  ])('rejects %o where it enters', (options, message) => {
    expect(() => createCallLimiter(options)).toThrow(new UsageError(message));
  });
});

describe('batch extractor cache', () => {
  const wrap = (
    inner = createFakeExtractor({ usage: { promptTokens: 10, completionTokens: 5 } }),
    dir?: string,
    maxEntries?: number,
  ) => {
    let hits = 0;
    const extractor = createBatchExtractor(inner, {
      limiter: createCallLimiter({ concurrency: 8 }),
      cache: createExtractionCache({
        ...(dir ? { dir } : {}),
        ...(maxEntries === undefined ? {} : { maxEntries }),
      }),
      keyOf: (t) => t,
      onCacheHit: () => {
        hits += 1;
      },
    });
    return { inner, extractor, hits: () => hits };
  };

  it('sends identical transcripts once, even when they arrive together, and spends nothing on hits', async () => {
    const { inner, extractor, hits } = wrap(
      createFakeExtractor({ delayMs: 5, usage: { promptTokens: 10, completionTokens: 5 } }),
    );
    const answers = await Promise.all([
      extractor.extract('Left hip disarticulation.'),
      extractor.extract('Left hip disarticulation.'),
      extractor.extract('Right hip disarticulation.'),
    ]);
    const later = await extractor.extract('Left hip disarticulation.');
    expect({ calls: inner.calls, hits: hits(), usage: [...answers, later].map((a) => a.usage) }).toEqual({
      calls: 2,
      hits: 2,
      usage: [
        { promptTokens: 10, completionTokens: 5 },
        undefined,
        { promptTokens: 10, completionTokens: 5 },
        undefined,
      ],
    });
    expect(later.elements).toEqual(answers[0]?.elements);
  });

  it('never caches a failure: the next identical note is sent again', async () => {
    const inner = createFakeExtractor({
      fail: (call) => (call === 1 ? new ExtractionError('parse', 'bad answer') : undefined),
    });
    const { extractor } = wrap(inner);
    await expect(extractor.extract('Same note.')).rejects.toMatchObject({ code: 'extraction.parse' });
    await extractor.extract('Same note.');
    await extractor.extract('Same note.');
    expect(inner.calls).toBe(2);
  });

  it('drops the least recently used entry beyond maxEntries', async () => {
    const { inner, extractor } = wrap(createFakeExtractor(), undefined, 2);
    for (const t of ['a note', 'b note', 'a note', 'c note', 'a note', 'b note']) await extractor.extract(t);
    expect(inner.calls).toBe(4);
  });

  it('reuses extractions kept on disk by an earlier run', async () => {
    const dir = temp.make();
    const first = wrap(createFakeExtractor(), dir);
    const a = await first.extractor.extract('Disk note one.');
    await first.extractor.extract('Disk note two.');
    const second = wrap(createFakeExtractor(), dir);
    const b = await second.extractor.extract('Disk note one.');
    expect({
      firstCalls: first.inner.calls,
      secondCalls: second.inner.calls,
      files: readdirSync(dir).length,
    }).toEqual({
      firstCalls: 2,
      secondCalls: 0,
      files: 2,
    });
    expect(b).toEqual(a);
  });
});
