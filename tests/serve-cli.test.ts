import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noteResponseSchema } from '../src/serve/schemas.ts';
import { deferred, fixture, TOKEN } from './serve-helpers.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');

interface Cli {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the first capture of `pattern` in stderr. */
  waitFor(pattern: RegExp): Promise<string>;
  exit: Promise<number | null>;
}

const running: ChildProcess[] = [];

/** Spawns `opnote serve` as a user runs it, with a minimal environment. */
function spawnServe(args: string[], env: Record<string, string> = {}): Cli {
  const child = spawn(NODE, ['bin/opnote.js', 'serve', '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
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

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

describe('opnote serve (CLI)', () => {
  it('finishes an in-flight request on SIGTERM, refuses new ones, and exits 0', async () => {
    const cli = spawnServe([], { OPNOTE_API_TOKENS: TOKEN });
    const url = new URL(await cli.waitFor(LISTENING));

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
    // New requests are no longer served: refused, or 503 while the listener closes.
    await expect
      .poll(() =>
        fetch(`${url.origin}/healthz`).then(
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

  it('refuses to start without tokens unless auth is explicitly off', async () => {
    const cli = spawnServe([]);
    expect(await cli.exit).toBe(2);
    expect(cli.stderr()).toContain('no API tokens configured; set OPNOTE_API_TOKENS');
  });

  it('with --no-auth serves /v1 without a token, and stops on SIGINT', async () => {
    const cli = spawnServe(['--no-auth']);
    const url = await cli.waitFor(LISTENING);
    expect(cli.stderr()).toContain('auth OFF');
    const res = await fetch(`${url}/v1/codes/27290`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: '27290' });
    cli.child.kill('SIGINT');
    expect(await cli.exit).toBe(0);
  });
});
