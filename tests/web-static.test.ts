import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './serve-helpers.ts';

const WEB = join(import.meta.dirname, '..', 'src', 'web');

describe('the worklist app as served', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves / and its assets without a token, each with a strict CSP and its own type', async () => {
    for (const [path, type] of [
      ['/', 'text/html'],
      ['/web/app.js', 'text/javascript'],
      ['/web/dom.js', 'text/javascript'],
      ['/web/app.css', 'text/css'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await fetch(`${server.url}/web/../serve/server.ts`)).status).toBe(404);
    expect((await fetch(`${server.url}/web/missing.js`)).status).toBe(404);
  });

  it('answers another method on the app paths with 405 problem+json and allow, not 404', async () => {
    for (const [method, path] of [
      ['POST', '/'],
      ['DELETE', '/web/app.js'],
      ['PUT', '/web/app.css'],
      ['POST', '/favicon.ico'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { code?: string }).code).toBe('method.not-allowed');
    }
  });

  it('loads nothing from elsewhere and has no inline script or style (works offline under the CSP)', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
    for (const f of readdirSync(WEB)) expect(readFileSync(join(WEB, f), 'utf8')).not.toMatch(/https?:\/\//);
  });

  it('never puts text into the DOM as HTML (transcripts are patient data)', () => {
    for (const f of readdirSync(WEB).filter((x) => x.endsWith('.js'))) {
      const src = readFileSync(join(WEB, f), 'utf8');
      expect(src, f).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/,
      );
    }
  });
});
