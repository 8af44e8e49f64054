import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { problemSchema } from '../src/serve/schemas.ts';
import { drainAndClose } from '../src/serve/server.ts';
import { type RunningServer, startServer, TOKEN } from './serve-helpers.ts';

/** A raw client: what it received, and a promise of the socket closing (by the server). */
interface RawClient {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
}

function rawClient(url: string, head: string, body = ''): Promise<RawClient> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write(head + body, (error) => (error ? reject(error) : resolve(client)));
    });
    socket.on('data', (c: Buffer) => {
      text += c.toString('utf8');
    });
    socket.on('error', () => {});
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    const client: RawClient = { socket, received: () => text, closed };
  });
}

const postHead = (length: number, headers = ''): string =>
  `POST /v1/notes HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n${headers}\r\n`;

/** The status and problem body of a raw HTTP/1.1 answer. */
function parseAnswer(raw: string): { status: number; headers: string; problem: unknown } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
    headers: head.toLowerCase(),
    problem: body ? problemSchema.parse(JSON.parse(body)) : undefined,
  };
}

describe('slow and greedy clients', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('a slow-body client (authenticated) is answered 408 problem+json and its connection closed', async () => {
    server = await startServer({ headersTimeoutMs: 100, bodyTimeoutMs: 200 });
    const client = await rawClient(
      server.url,
      postHead(1000, `authorization: Bearer ${TOKEN}\r\n`),
      '{"transcript": "Le',
    );
    await client.closed;
    const answer = parseAnswer(client.received());
    expect(answer.status).toBe(408);
    expect(answer.headers).toContain('content-type: application/problem+json; charset=utf-8');
    expect(answer.headers).toContain('connection: close');
    expect(answer.problem).toMatchObject({
      type: 'https://opnote.dev/problems/request.timeout',
      code: 'request.timeout',
      status: 408,
    });
  });

  it('a client that never finishes its headers is answered 408 and closed', async () => {
    server = await startServer({ headersTimeoutMs: 100, bodyTimeoutMs: 200 });
    const client = await rawClient(server.url, 'GET /healthz HTTP/1.1\r\nhost: x\r\n');
    await client.closed;
    expect(parseAnswer(client.received()).status).toBe(408);
  });

  it('a slow-body client without a valid token gets 401 and is closed without waiting for its body', async () => {
    // Long deadlines: only refusing before the body can close these connections.
    server = await startServer({ headersTimeoutMs: 60_000, bodyTimeoutMs: 60_000 });
    const missing = await rawClient(server.url, postHead(100_000), '{"tr');
    const wrong = await rawClient(
      server.url,
      postHead(100_000, 'authorization: Bearer wrong-token-000000000000\r\n'),
      '{"tr',
    );
    await Promise.all([missing.closed, wrong.closed]);
    for (const [client, code] of [
      [missing, 'auth.required'],
      [wrong, 'auth.invalid'],
    ] as const) {
      const answer = parseAnswer(client.received());
      expect(answer.status).toBe(401);
      expect(answer.headers).toContain('connection: close');
      expect(answer.problem).toMatchObject({ code });
    }
  });

  it('slow clients beyond the connection cap are refused, and /healthz recovers once they time out', async () => {
    server = await startServer({ maxConnections: 2, headersTimeoutMs: 150, bodyTimeoutMs: 300 });
    const url = server.url;
    const holders = await Promise.all(
      [0, 1].map(() => rawClient(url, postHead(1000, `authorization: Bearer ${TOKEN}\r\n`), '{')),
    );
    // A third connection over the cap is closed by the server without an answer.
    const extra = await rawClient(url, 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
    await extra.closed;
    expect(extra.received()).toBe('');
    // The holders are evicted by the deadlines; then health answers again.
    await Promise.all(holders.map((h) => h.closed));
    for (const h of holders) expect(parseAnswer(h.received()).status).toBe(408);
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
  });

  it('a request begun before SIGTERM and answered during the drain closes its connection (no keep-alive left open)', async () => {
    // Keep-alive far beyond the test's budget: a connection left open after its answer would hang the close.
    server = await startServer({ keepAliveTimeoutMs: 600_000 });
    const body = JSON.stringify({ transcript: 'Left hindquarter amputation through the sacroiliac joint.' });
    const head = postHead(Buffer.byteLength(body), `authorization: Bearer ${TOKEN}\r\n`);
    // The headers and half the body arrive before the drain begins: the request has started.
    const client = await rawClient(server.url, head, body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = drainAndClose(server.app, { drainMs: 20, graceMs: 600_000 });
    // The rest of the body arrives once the listener is closing.
    await new Promise((resolve) => setTimeout(resolve, 150));
    client.socket.write(body.slice(10));
    await client.closed;
    const answerHead = (client.received().split('\r\n\r\n')[0] ?? '').toLowerCase();
    expect(answerHead).toMatch(/^http\/1\.1 200 /);
    expect(answerHead).toContain('connection: close');
    expect(await drained).toEqual({ forced: false });
    server = undefined;
  });

  it('a request begun before a plain close() and answered during it closes its connection', async () => {
    // As for the drain: an answer sent while the server closes must not leave its connection on keep-alive.
    server = await startServer({ keepAliveTimeoutMs: 600_000 });
    const body = JSON.stringify({ transcript: 'Left hindquarter amputation through the sacroiliac joint.' });
    const head = postHead(Buffer.byteLength(body), `authorization: Bearer ${TOKEN}\r\n`);
    const client = await rawClient(server.url, head, body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = server.app.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.socket.write(body.slice(10));
    await client.closed;
    const answerHead = (client.received().split('\r\n\r\n')[0] ?? '').toLowerCase();
    expect(answerHead).toMatch(/^http\/1\.1 200 /);
    expect(answerHead).toContain('connection: close');
    await closed;
    server = undefined;
  });
});
