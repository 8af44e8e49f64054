import { afterEach, describe, expect, it } from 'vitest';
import { processNote } from '../src/pipeline/process.ts';
import { noteResponseSchema, readySchema } from '../src/serve/schemas.ts';
import { fixture, postNote, type RunningServer, startServer } from './serve-helpers.ts';

/** A note at the size limit built from a dense pattern: seconds of synchronous rules work. */
const HEAVY = 'the femur was cut and '.repeat(10_000).slice(0, 200_000);

const pipeline = async (server: RunningServer) =>
  readySchema.parse(await (await fetch(`${server.url}/readyz`)).json()).pipeline;

describe('the pipeline runs on worker threads', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers what processNote answers, and maps worker errors to the same problems', async () => {
    server = await startServer({ workers: 1 });
    const c = fixture('a-27290-classic-formatted');
    const res = await postNote(server.url, c);
    expect(res.status).toBe(200);
    const body = noteResponseSchema.parse(await res.json());
    const direct = await processNote(c);
    expect({ ...body, meta: { ...body.meta, durationMs: 0 } }).toEqual({
      requestId: res.headers.get('x-request-id'),
      ...direct,
      meta: { ...direct.meta, durationMs: 0 },
    });
    const bad = await postNote(server.url, { transcript: c.transcript, claim: { cpt: 'abc' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'claim.invalid' });
    const blank = await postNote(server.url, { transcript: '   ' });
    expect(await blank.json()).toMatchObject({ code: 'input.empty', status: 400 });
  });

  it('heavy synchronous work does not block the event loop: /healthz answers while a heavy note runs', async () => {
    server = await startServer({ workers: 1 });
    let noteAnswered = false;
    const controller = new AbortController();
    const heavy = postNote(server.url, { transcript: HEAVY }, {}, controller.signal).then((r) => {
      noteAnswered = true;
      return r;
    });
    heavy.catch(() => {});
    const s = server;
    await expect.poll(() => pipeline(s)).toEqual({ workers: 1, running: 1, restarts: 0 });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(noteAnswered).toBe(false);
    controller.abort(); // the client hangs up: nothing waits for the heavy note any more
  });

  it('a heavy note whose client hung up does not keep its worker: the worker is restarted and serves again', async () => {
    server = await startServer({ workers: 1, workerAbortGraceMs: 50 });
    const s = server;
    const controller = new AbortController();
    const heavy = postNote(server.url, { transcript: HEAVY }, {}, controller.signal);
    heavy.catch(() => {});
    await expect.poll(() => pipeline(s)).toEqual({ workers: 1, running: 1, restarts: 0 });
    controller.abort();
    await expect.poll(() => pipeline(s)).toEqual({ workers: 1, running: 0, restarts: 1 });
    const after = await postNote(server.url, { transcript: 'Left hindquarter amputation.' });
    expect(after.status).toBe(200);
  });
});
