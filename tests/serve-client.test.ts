import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../clients/typescript/opnote-api.ts';
import { CLIENT_TYPES, generateClientTypes } from '../scripts/generate-client.ts';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import { parseCallbackHosts } from '../src/serve/webhooks.ts';
import { fixture, type RunningServer, startServer, TOKEN } from './serve-helpers.ts';

/** The integrator's view: a client generated from /openapi.json, used over real HTTP. */

const SECRET = 'client-webhook-secret-0123456789';
const note = fixture('a-27290-classic-formatted');

describe('the generated TypeScript client', () => {
  it('the committed types are what `npm run client` generates (no drift)', async () => {
    expect(readFileSync(CLIENT_TYPES, 'utf8'), 'the API changed: run npm run client and commit').toBe(
      await generateClientTypes(),
    );
  });

  let server: RunningServer;
  let hook: ReturnType<typeof createServer>;
  let hookPort = 0;
  const received: Array<{ body: string; valid: boolean }> = [];
  let onDelivery: (() => void) | undefined;
  let calls = 0;
  beforeAll(async () => {
    hook = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => {
        body += c;
      });
      req.on('end', () => {
        const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(req.headers['opnote-signature']));
        const expected = createHmac('sha256', SECRET).update(`${m?.[1]}.${body}`).digest();
        received.push({
          body,
          valid: m?.[2] !== undefined && timingSafeEqual(expected, Buffer.from(m[2], 'hex')),
        });
        res.end();
        onDelivery?.();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    hookPort = (hook.address() as AddressInfo).port;
    const rules = createRulesExtractor();
    server = await startServer({
      webhookSecret: SECRET,
      callbackHosts: parseCallbackHosts(`127.0.0.1:${hookPort}`),
      extractorFactory: () => ({
        name: 'rules',
        extract: (t, o) => {
          calls++;
          return rules.extract(t, o);
        },
      }),
    });
  });
  afterAll(async () => {
    await server.close();
    hook.close();
  });

  const client = () =>
    createClient<paths, 'application/json' | 'application/problem+json'>({
      baseUrl: server.url,
      headers: { authorization: `Bearer ${TOKEN}` },
    });

  it('sync: POST /v1/notes answers the typed result', async () => {
    const { data, error, response } = await client().POST('/v1/notes', {
      body: { transcript: note.transcript },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    if (!data || !('requestId' in data)) throw new Error('expected the result, not a job');
    expect(data.code.supported).toBe('27290');
    expect(data.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('async: 202 with a job, polled with GET /v1/jobs/{id} until done', async () => {
    const api = client();
    const accepted = await api.POST('/v1/notes', {
      params: { header: { prefer: 'respond-async' } },
      body: { transcript: note.transcript },
    });
    expect(accepted.response.status).toBe(202);
    const id = (accepted.data as { id: string }).id;
    expect(accepted.response.headers.get('location')).toBe(`/v1/jobs/${id}`);
    for (;;) {
      const { data } = await api.GET('/v1/jobs/{id}', { params: { path: { id } } });
      expect(data).toBeDefined();
      if (data?.status === 'done') {
        expect(data.result?.code.supported).toBe('27290');
        break;
      }
      expect(data?.status).toMatch(/^(queued|running)$/);
      await new Promise((r) => setTimeout(r, 20));
    }
    const missing = await api.GET('/v1/jobs/{id}', {
      params: { path: { id: '00000000-0000-0000-0000-000000000000' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.code).toBe('job.not-found');
  });

  it('webhook: the finished job reaches the callbackUrl, signed', async () => {
    const delivered = new Promise<void>((r) => {
      onDelivery = r;
    });
    const accepted = await client().POST('/v1/notes', {
      params: { header: { prefer: 'respond-async' } },
      body: { transcript: note.transcript, callbackUrl: `http://127.0.0.1:${hookPort}/hook` },
    });
    expect(accepted.response.status).toBe(202);
    await delivered;
    const last = received.at(-1);
    expect(last?.valid).toBe(true);
    const job = JSON.parse(last?.body ?? '{}') as {
      id: string;
      status: string;
      result: { code: { supported: string } };
    };
    expect(job.id).toBe((accepted.data as { id: string }).id);
    expect(job.status).toBe('done');
    expect(job.result.code.supported).toBe('27290');
  });

  it('idempotent: the same key twice gives one processing and the same answer; another body is 422', async () => {
    const api = client();
    const before = calls;
    const send = (id?: string) =>
      api.POST('/v1/notes', {
        params: { header: { 'idempotency-key': 'client-key-1' } },
        body: { transcript: note.transcript, ...(id ? { id } : {}) },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.data && 'requestId' in a.data).toBe(true);
    expect(b.data).toEqual(a.data);
    expect(calls - before).toBe(1);
    const other = await send('another');
    expect(other.response.status).toBe(422);
    expect(other.error?.code).toBe('idempotency.mismatch');
  });
});
