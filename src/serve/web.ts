import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** The worklist web app's files (src/web), served as they are: plain ES modules and CSS, no build. */
const WEB_DIR = join(import.meta.dirname, '..', 'web');

const ASSETS: ReadonlyArray<{ path: string; file: string; type: string }> = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { path: '/web/app.js', file: 'app.js', type: 'text/javascript; charset=utf-8' },
  { path: '/web/dom.js', file: 'dom.js', type: 'text/javascript; charset=utf-8' },
  { path: '/web/app.css', file: 'app.css', type: 'text/css; charset=utf-8' },
];

/**
 * The app's Content-Security-Policy: only its own scripts, styles and API, no inline code, no
 * framing, no forms posting elsewhere, no plugins. Everything is served by opnote (works offline).
 */
export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The app's GET-only paths (the server answers other methods on them with 405 and `allow`). */
export const webAppPaths: readonly string[] = ['/favicon.ico', ...ASSETS.map((a) => a.path)];

/** Registers `GET /` and the app's assets (no token needed: they hold no data; the API does). */
export function registerWebApp(app: FastifyInstance): void {
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
  for (const asset of ASSETS) {
    const body = readFileSync(join(WEB_DIR, asset.file));
    app.get(asset.path, async (_request, reply) =>
      reply
        .type(asset.type)
        .header('content-security-policy', WEB_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .header('cross-origin-opener-policy', 'same-origin')
        .header('cache-control', 'no-cache')
        .send(body),
    );
  }
}
