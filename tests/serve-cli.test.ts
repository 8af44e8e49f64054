import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteResponseSchema } from '../src/serve/schemas.ts';
import { startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';
import { deferred, fixture, TOKEN } from './serve-helpers.ts';
import { spawnTracked } from './support/children.ts';
import { runCliInProcess } from './support/cli.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');

interface Cli {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the first capture of `pattern` in stderr. */
  waitFor(pattern: RegExp): Promise<string>;
  exit: Promise<number | null>;
}

/**
 * Spawns `opnote serve` as a user runs it, with a minimal environment (no drain delay: cheaper to stop).
 * The server is killed when its test ends, or when the file ends for one started in a hook.
 */
function spawnServe(args: string[], env: Record<string, string> = {}, cwd = ROOT): Cli {
  const child = spawnTracked(
    NODE,
    [
      join(ROOT, 'bin/opnote.js'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--drain',
      '0',
      '--workers',
      '1',
      ...args,
    ],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  const waiters: Array<{ pattern: RegExp; resolve: (s: string) => void }> = [];
  const check = () => {
    for (const w of [...waiters]) {
      const m = w.pattern.exec(err);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m[1] ?? m[0]);
      }
    }
  };
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
    check();
  });
  child.stdout?.resume();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => err,
    waitFor: (pattern) =>
      new Promise((resolve) => {
        waiters.push({ pattern, resolve });
        check();
      }),
    exit,
  };
}

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

// Each test below ends its own server, so each has one, started in its describe's beforeAll: the
// process start is the fixture, not the behaviour under test, and a busy machine's slow start does
// not count against the test (as for the drain test at the end).
describe('opnote serve (CLI) with a request in flight', () => {
  let cli: Cli;
  let url: URL;
  beforeAll(async () => {
    cli = spawnServe([], { OPNOTE_API_TOKENS: TOKEN });
    url = new URL(await cli.waitFor(LISTENING));
  });

  it('finishes an in-flight request on SIGTERM, refuses new ones, and exits 0', async () => {
    // A request the server has accepted (100-continue) whose body is still on its way.
    const body = Buffer.from(JSON.stringify(fixture('a-27290-classic-formatted')));
    const accepted = deferred();
    const answered = deferred<{ status: number; text: string }>();
    const req = request({
      host: url.hostname,
      port: url.port,
      path: '/v1/notes',
      method: 'POST',
      agent: false,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        'content-length': String(body.length),
        expect: '100-continue',
      },
    });
    req.on('continue', () => accepted.resolve());
    req.on('error', (e) => answered.resolve({ status: 0, text: e.message }));
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString('utf8');
      });
      res.on('end', () => answered.resolve({ status: res.statusCode ?? 0, text }));
    });
    req.flushHeaders();
    await accepted.promise;

    cli.child.kill('SIGTERM');
    await cli.waitFor(/SIGTERM received/);
    // Readiness turns off at once, so a load balancer sends new requests elsewhere.
    await expect
      .poll(() =>
        fetch(`${url.origin}/readyz`).then(
          (r) => r.status,
          () => 'refused',
        ),
      )
      .not.toBe(200);

    req.end(body);
    const { status, text } = await answered.promise;
    expect(status).toBe(200);
    expect(noteResponseSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(await cli.exit).toBe(0);
    expect(cli.stderr()).toContain('opnote: stopped');
  });
});

describe('opnote serve (CLI) with --no-auth', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opnote-serve-'));
  let cli: Cli;
  let url: string;
  beforeAll(async () => {
    cli = spawnServe(['--no-auth'], { TMPDIR: dir }, dir);
    url = await cli.waitFor(LISTENING);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves /v1 without a token, stops on SIGINT, and writes no files', async () => {
    expect(cli.stderr()).toContain('auth OFF');
    const res = await fetch(`${url}/v1/codes/27290`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: '27290' });
    const note = await fetch(`${url}/v1/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixture('a-27596-no-claim')),
    });
    expect(note.status).toBe(200);
    cli.child.kill('SIGINT');
    expect(await cli.exit).toBe(0);
    // Data at rest: the service keeps nothing on disk (logs go to stdout, without transcript text).
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('opnote serve (CLI)', () => {
  it('--timeout is in seconds, fractions allowed, as for opnote process', async () => {
    const fake = await startFakeOpenAIServer({ respond: () => new Promise(() => {}) });
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const port = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    try {
      // In this process (cheap under load): the same main the binary runs, stopped by the signal it awaits.
      const run = runCliInProcess(
        [
          'serve',
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          '--drain',
          '0',
          '--log-level',
          'silent',
        ].concat(['--extractor', 'openai', '--timeout', '0.2']),
        {
          env: {
            OPNOTE_API_TOKENS: TOKEN,
            OPENAI_API_KEY: 'test-key',
            OPENAI_BASE_URL: fake.url,
            OPNOTE_TIMEOUT: '30',
          },
        },
      );
      const url = `http://127.0.0.1:${port}`;
      await expect
        .poll(() =>
          fetch(`${url}/healthz`).then(
            (r) => r.status,
            () => 0,
          ),
        )
        .toBe(200);
      const res = await fetch(`${url}/v1/notes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ transcript: 'Left hindquarter amputation.' }),
      });
      expect(res.status).toBe(504);
      expect(await res.json()).toMatchObject({
        code: 'server.timeout',
        detail: expect.stringContaining('0.2 s'),
      });
      process.emit('SIGTERM');
      expect((await run).status).toBe(0);
    } finally {
      await fake.close();
    }
  });
});

/** `opnote serve` in this process: these configurations must fail before anything listens. */
const serveInProcess = (args: string[], env: Record<string, string> = {}) =>
  runCliInProcess(['serve', '--port', '0', '--host', '127.0.0.1', '--drain', '0', ...args], {
    env: { OPNOTE_API_TOKENS: undefined, OPNOTE_AUTH_DISABLED: undefined, ...env },
  });

describe('opnote serve checks its configuration before it listens', () => {
  it.each<[string, string[], Record<string, string>, RegExp]>([
    ['an unknown extractor', ['--extractor', 'nope'], {}, /unknown extractor "nope"; expected one of: rules/],
    ['openai without a key', ['--extractor', 'openai'], {}, /openai extractor needs OPENAI_API_KEY/],
    [
      'a missing templates directory',
      ['--templates', '/missing-templates'],
      {},
      /templates directory \/missing-templates not found/,
    ],
    ['a port out of range', ['--port', '99999'], {}, /--port .*99999.* expected an integer from 0 to 65535/],
    ['a host of no interface here', ['--host', '192.0.2.1'], {}, /cannot listen on --host "192\.0\.2\.1"/],
    ['a fractional connection cap', ['--max-connections', '1.5'], {}, /--max-connections/],
  ])('%s: exit 2 with one line naming the problem', async (_name, args, env, message) => {
    const run = await serveInProcess(['--no-auth', ...args], env);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('refuses to start without tokens unless auth is explicitly off', async () => {
    const run = await serveInProcess([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no API tokens configured; set OPNOTE_API_TOKENS');
  });

  it('a broken user template: exit 2 naming the file, before listening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opnote-templates-'));
    try {
      for (const name of readdirSync(join(ROOT, 'src/render/templates')))
        copyFileSync(join(ROOT, 'src/render/templates', name), join(dir, name));
      writeFileSync(join(dir, 'operative-note.md.hbs'), '{{#if code}}unclosed');
      const run = await serveInProcess(['--no-auth', '--templates', dir]);
      expect(run.status).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('operative-note.md.hbs');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a port already in use: exit 2 naming the port, not "internal error"', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = String((taken.address() as AddressInfo).port);
    try {
      const run = await serveInProcess(['--no-auth', '--port', port]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe(
        `opnote: port ${port} on 127.0.0.1 is already in use; choose another --port`,
      );
    } finally {
      taken.close();
    }
  });
});

describe('opnote serve drain on SIGTERM (CLI)', () => {
  let cli: Cli;
  let url: URL;
  // Starting the server is the fixture, not the behaviour under test: it runs before the test, so a busy
  // machine's slow process start does not count against the drain. The pipeline runs in-process
  // (--workers 0): draining is the listener's work.
  // One note is processed first, also as the fixture: the first note loads and compiles the reading's
  // lexicons and rules, which on a busy machine takes seconds that are not the drain's.
  beforeAll(async () => {
    cli = spawnServe(['--drain', '0.2', '--workers', '0'], { OPNOTE_API_TOKENS: TOKEN });
    url = new URL(await cli.waitFor(LISTENING));
    const warm = await fetch(new URL('/v1/notes', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ transcript: 'Left hindquarter amputation through the sacroiliac joint.' }),
    });
    expect(warm.status).toBe(200);
  });

  it('SIGTERM answers every request already fully sent (none reset), even while the process is stalled, then exits 0', async () => {
    const body = JSON.stringify({ transcript: 'Left hindquarter amputation through the sacroiliac joint.' });
    const head =
      'POST /v1/notes HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n' +
      `authorization: Bearer ${TOKEN}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`;
    const answers: Array<Promise<string>> = [];
    /** Sends `n` complete requests, each on its own connection; resolves once all are written. */
    const send = (n: number): Promise<unknown> =>
      Promise.all(
        Array.from({ length: n }, () => {
          const written = deferred();
          const socket = connect(Number(url.port), url.hostname, () =>
            socket.write(head + body, () => written.resolve()),
          );
          let text = '';
          socket.on('data', (c: Buffer) => {
            text += c.toString('utf8');
          });
          answers.push(
            new Promise((resolve) => {
              socket.on('error', (e) => resolve(`error ${e.message}`));
              socket.on('close', () => resolve(text));
            }),
          );
          return written.promise;
        }),
      );
    await send(4);
    cli.child.kill('SIGTERM');
    await cli.waitFor(/SIGTERM received/);
    // A busy machine: the server does not run while more complete requests arrive and its drain
    // period passes; they wait in the kernel's accept queue and must still be answered.
    cli.child.kill('SIGSTOP');
    await send(4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    cli.child.kill('SIGCONT');
    const texts = await Promise.all(answers);
    const statuses = texts.map((t) => /^HTTP\/1\.1 (\d{3})/.exec(t)?.[1] ?? t.slice(0, 40));
    expect(statuses).toEqual(Array.from({ length: 8 }, () => '200'));
    expect(await cli.exit).toBe(0);
  });
});
