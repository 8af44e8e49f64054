import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../src/errors.ts';
import { createLimiter } from '../src/serve/limiter.ts';
import { deferred, gatedExtractor, postNote, type RunningServer, startServer } from './serve-helpers.ts';

const NOTE = { transcript: 'Left hindquarter amputation through the sacroiliac joint and pubic symphysis.' };

const readyz = async (server: RunningServer) =>
  (
    (await (await fetch(`${server.url}/readyz`)).json()) as {
      extraction: { running: number; queued: number };
    }
  ).extraction;

describe('back-pressure over HTTP', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('bounds concurrent LLM extractions, queues the next, then answers 503 with retry-after', async () => {
    const gated = gatedExtractor('slow');
    server = await startServer({
      extractorFactory: gated.factory,
      extractorNames: gated.names,
      maxConcurrentExtractions: 1,
      maxQueuedExtractions: 1,
      retryAfterMs: 2000,
    });
    const first = postNote(server.url, { ...NOTE, extractor: 'slow' });
    const firstCall = await gated.nextCall();
    const second = postNote(server.url, { ...NOTE, extractor: 'slow' });
    await expect
      .poll(() => readyz(server as RunningServer))
      .toEqual({
        running: 1,
        queued: 1,
        concurrency: 1,
        maxQueue: 1,
      });

    const third = await postNote(server.url, { ...NOTE, extractor: 'slow' });
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(await third.json()).toMatchObject({
      type: 'https://opnote.dev/problems/server.busy',
      code: 'server.busy',
      status: 503,
    });
    expect(gated.running()).toBe(1);

    // The rules extractor makes no LLM call: it is not held up by the bound.
    const local = await postNote(server.url, NOTE);
    expect(local.status).toBe(200);

    firstCall.open();
    expect((await first).status).toBe(200);
    const secondCall = await gated.nextCall();
    expect(gated.running()).toBe(1);
    secondCall.open();
    expect((await second).status).toBe(200);
    expect(await readyz(server)).toMatchObject({ running: 0, queued: 0 });
  });

  it('a request that times out while queued leaves the queue; the running one keeps its slot', async () => {
    const gated = gatedExtractor('slow', { ignoreAbort: true });
    server = await startServer({
      extractorFactory: gated.factory,
      extractorNames: gated.names,
      maxConcurrentExtractions: 1,
      maxQueuedExtractions: 4,
      requestTimeoutMs: 100,
    });
    const first = postNote(server.url, { ...NOTE, extractor: 'slow' });
    const call = await gated.nextCall();
    const queued = await postNote(server.url, { ...NOTE, extractor: 'slow' });
    expect(queued.status).toBe(504);
    expect((await first).status).toBe(504);
    expect(call.signal?.aborted).toBe(true);
    // The first extraction ignores its signal: it still holds the only slot, and nothing waits.
    expect(await readyz(server)).toMatchObject({ running: 1, queued: 0 });
    call.open();
    await expect.poll(() => readyz(server as RunningServer)).toMatchObject({ running: 0, queued: 0 });
  });

  it('a client that hangs up cancels its extraction and frees the slot', async () => {
    const gated = gatedExtractor('slow');
    server = await startServer({
      extractorFactory: gated.factory,
      extractorNames: gated.names,
      maxConcurrentExtractions: 1,
    });
    const client = new AbortController();
    const gone = postNote(server.url, { ...NOTE, extractor: 'slow' }, {}, client.signal).catch(
      (e: Error) => e.name,
    );
    const call = await gated.nextCall();
    client.abort();
    expect(await gone).toBe('AbortError');
    await expect.poll(() => call.signal?.aborted).toBe(true);
    await expect.poll(() => readyz(server as RunningServer)).toMatchObject({ running: 0, queued: 0 });
  });
});

describe('createLimiter', () => {
  it.each([
    [{ concurrency: 0, maxQueue: 1, retryAfterMs: 0 }, /concurrency must be an integer >= 1, got 0/],
    [{ concurrency: 1.5, maxQueue: 1, retryAfterMs: 0 }, /concurrency must be an integer >= 1, got 1.5/],
    [{ concurrency: 1, maxQueue: -1, retryAfterMs: 0 }, /maxQueue must be an integer >= 0, got -1/],
  ])('rejects bad options %j', (options, message) => {
    expect(() => createLimiter(options)).toThrow(message);
  });

  it('runs waiting tasks first in, first out', async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueue: 3, retryAfterMs: 0 });
    const order: string[] = [];
    const gate = deferred();
    const a = limiter.run(async () => {
      await gate.promise;
      order.push('a');
    });
    const rest = ['b', 'c', 'd'].map((name) => limiter.run(async () => void order.push(name)));
    expect(limiter.stats()).toEqual({ running: 1, queued: 3, concurrency: 1, maxQueue: 3 });
    gate.resolve();
    await Promise.all([a, ...rest]);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses at once with server.busy when the queue is full', async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueue: 0, retryAfterMs: 1500 });
    const gate = deferred();
    const running = limiter.run(() => gate.promise);
    const refused = limiter.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(ServiceError);
    await expect(refused).rejects.toMatchObject({ code: 'server.busy', retryAfterMs: 1500 });
    gate.resolve();
    await running;
  });

  it('keeps the slot of a task whose caller gave up until the task really ends', async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueue: 1, retryAfterMs: 0 });
    const gate = deferred();
    const controller = new AbortController();
    const stubborn = limiter.run(() => gate.promise, controller.signal); // ignores its signal
    controller.abort(new Error('caller gave up'));
    const next = limiter.run(async () => 'next');
    expect(limiter.stats()).toMatchObject({ running: 1, queued: 1 });
    gate.resolve();
    await stubborn;
    expect(await next).toBe('next');
  });

  it('drops a waiting task when its signal aborts', async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueue: 1, retryAfterMs: 0 });
    const gate = deferred();
    const running = limiter.run(() => gate.promise);
    const controller = new AbortController();
    const waiting = limiter.run(async () => 'ran', controller.signal);
    controller.abort(new Error('timed out'));
    await expect(waiting).rejects.toThrow('timed out');
    expect(limiter.stats()).toMatchObject({ running: 1, queued: 0 });
    gate.resolve();
    await running;
  });
});
