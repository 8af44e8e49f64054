import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import { identityOf } from '../src/store/identity.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/types.ts';
import { type RunningServer, startServer, TOKEN } from './serve-helpers.ts';
import { seedNotes } from './support/batch-notes.ts';
import { CHROMIUM_ARGS, chromiumCheck } from './support/browser.ts';

/**
 * End to end in Debian's headless Chromium (playwright-core) against `opnote serve` on loopback
 * with a real SQLite store: the worklist, the route filter, a note with its evidence, accept and
 * override, and both events in the store. Screenshots go to a temporary folder (a test run leaves the
 * checkout as it was); OPNOTE_UPDATE_SCREENSHOTS=1 writes them to docs/screenshots for the README.
 */

const BROWSER = chromiumCheck();
const dir = mkdtempSync(join(tmpdir(), 'opnote-web-'));
const SHOTS =
  process.env.OPNOTE_UPDATE_SCREENSHOTS === '1'
    ? join(import.meta.dirname, '..', 'docs', 'screenshots')
    : join(dir, 'screenshots');
/** A screenshot was written as a PNG image. */
const expectPng = (path: string): void => {
  expect(readFileSync(path).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
};
const extractor = createRulesExtractor();
const identity = identityOf(extractor);
/** Markup in a transcript must show as text, never become elements. */
const MARKUP = '<img src="x" data-injected="1"><b data-injected="2">bold</b>';

let store: Store;
let server: RunningServer;
let context: BrowserContext | undefined;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  store = await openStore(`sqlite:${join(dir, 'web.db')}`, { storeTranscripts: true });
  // Three coder-review notes and eight others, from the fixtures.
  let i = 0;
  let review = 0;
  let other = 0;
  for (const seed of seedNotes()) {
    if (review >= 3 && other >= 8) break;
    const transcript = `${seed.transcript}\nAddendum ${i}: ${MARKUP}`;
    const claim = seed.claim;
    const { id: _id, ...result } = await processNote(
      { transcript, ...(claim === undefined ? {} : { claim }) },
      { extractor },
    );
    if (result.route.decision === 'coder-review' ? review++ >= 3 : other++ >= 8) continue;
    await store.record({
      noteId: `web-${String(i++).padStart(2, '0')}`,
      transcript,
      ...(claim === undefined ? {} : { claim }),
      identity,
      outcome: { result },
      actor: 'test',
    });
  }
  server = await startServer({ store });
  if (!BROWSER.run) return;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: BROWSER.path,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_ARGS],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    // The first load is 401 by design (no token yet); anything else (a CSP violation, a script error) fails.
    if (m.type() === 'error' && !m.text().includes('status of 401')) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = () => page.locator('[data-testid="worklist-row"]');

type Ctx = { skip: (note?: string) => void };
/** Each step needs the browser: skipped with the reason on a machine without it, failed in CI. */
const needBrowser = (ctx: Ctx): void => {
  if (BROWSER.run) return;
  const reason = `headless Chromium is needed for the worklist app test, but ${BROWSER.path} is missing: install it (apt-get install -y chromium), or set OPNOTE_CHROMIUM to its path`;
  if (BROWSER.required) throw new Error(`${reason} (required: CI or OPNOTE_REQUIRE_BROWSER=1)`);
  console.warn(`SKIPPED the worklist browser test: ${reason}`);
  ctx.skip(reason);
};

// One coder's session, step by step: the steps run in order on the same page.
describe('the worklist app in headless Chromium', () => {
  let all: Awaited<ReturnType<Store['listNotes']>>;
  let review: typeof all.notes;

  it('asks for the token once, then loads the worklist', async (ctx) => {
    needBrowser(ctx);
    const home = await page.goto(server.url);
    expect(home?.headers()['content-security-policy']).toContain("script-src 'self'");

    // Auth: the token is asked once and kept in sessionStorage.
    await page.locator('#token').fill(TOKEN);
    await page.locator('#token').press('Tab');
    await expect.poll(() => rows().count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => sessionStorage.getItem('opnote.token'))).toBe(TOKEN);
    await page.locator('#actor').fill('coder-web');
    all = await store.listNotes({ review: 'open', limit: 500 });
    expect(await rows().count()).toBe(all.notes.length);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'worklist.png') });
    expectPng(join(SHOTS, 'worklist.png'));
  });

  it('filters to coder-review', async (ctx) => {
    needBrowser(ctx);
    await page.locator('[data-testid="route-filter"]').selectOption('coder-review');
    review = all.notes.filter((n) => n.route === 'coder-review');
    expect(review.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => rows().count()).toBe(review.length);
    expect(await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-note')))).toEqual(
      review.map((n) => n.id),
    );
  });

  it('opens a note: evidence highlighted, what it supports on hover, markup shown as text', async (ctx) => {
    needBrowser(ctx);
    await rows().first().click();
    const view = page.locator('[data-testid="note-view"]');
    await expect.poll(() => view.isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-testid="evidence"]').count()).toBeGreaterThan(0);
    await page.locator('[data-testid="evidence"]').first().hover();
    expect(await view.locator('.hint').first().textContent()).toMatch(/^Supports: (element|feature) /);
    expect(await page.locator('[data-injected]').count()).toBe(0);
    expect(await view.locator('.transcript').textContent()).toContain(MARKUP);
    await view.locator('section[aria-label="Transcript"]').evaluate((el) => el.scrollIntoView());
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SHOTS, 'note-view.png') });
    expectPng(join(SHOTS, 'note-view.png'));
  });

  it('j moves to the next row (and opens it), k back', async (ctx) => {
    needBrowser(ctx);
    await rows().first().focus();
    await page.keyboard.press('j');
    await expect.poll(() => rows().nth(1).getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('k');
    await expect.poll(() => rows().first().getAttribute('aria-current')).toBe('true');
  });

  it('accepts one note and overrides another: both leave the open worklist, both events are in the store', async (ctx) => {
    needBrowser(ctx);
    const view = page.locator('[data-testid="note-view"]');
    const [first, second] = review as [(typeof review)[0], (typeof review)[0]];
    await expect.poll(() => view.locator('h2').textContent()).toBe(`Note ${first.id}`);
    await page.locator('[data-testid="accept"]').click();
    await expect.poll(() => rows().count()).toBe(review.length - 1);
    expect(await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-note')))).not.toContain(
      first.id,
    );

    // Override the second with a reason.
    await page.locator(`[data-testid="worklist-row"][data-note="${second.id}"]`).click();
    await expect.poll(() => view.locator('h2').textContent()).toBe(`Note ${second.id}`);
    await page.locator('#override-code').fill('27290');
    await page.locator('#reason').fill('surgeon confirmed a complete hindquarter amputation');
    await page.locator('[data-testid="override"]').click();
    await expect.poll(() => rows().count()).toBe(review.length - 2);

    // Both events are in the store, with actor and reason.
    const accepted = (await store.events(first.id)).filter((e) => e.type === 'reviewed');
    expect(accepted.map((e) => [e.actor, e.data.action])).toEqual([['coder-web', 'accepted']]);
    const overridden = (await store.events(second.id)).filter((e) => e.type === 'reviewed');
    expect(overridden.map((e) => [e.actor, e.reason, e.data.action, e.data.to])).toEqual([
      ['coder-web', 'surgeon confirmed a complete hindquarter amputation', 'code-overridden', '27290'],
    ]);
    expect(consoleErrors).toEqual([]);
  });

  it('with --no-auth asks for no token', async (ctx) => {
    needBrowser(ctx);
    const open = await startServer({ store, authDisabled: true });
    try {
      // The last step: the same page goes to the other server (another origin, so no token is kept
      // for it), which costs less than a new page.
      await page.goto(open.url);
      await expect.poll(() => page.locator('[data-testid="worklist-row"]').count()).toBeGreaterThan(0);
      expect(await page.locator('#token').isVisible()).toBe(false);
      expect(await page.evaluate(() => sessionStorage.getItem('opnote.token'))).toBeNull();
    } finally {
      await open.close();
    }
  });
});
