import { existsSync } from 'node:fs';

/** Whether the report render check can run, and what to do when it cannot. */
export type BrowserCheck =
  | { run: true; path: string }
  | { run: false; path: string; required: boolean; reason: string };

/**
 * The policy of the browser render check (tests/eval-report.test.ts): the browser is
 * OPNOTE_CHROMIUM or /usr/bin/chromium. When it is missing, the check fails in CI (`CI` set) or
 * with OPNOTE_REQUIRE_BROWSER=1, and is skipped with this reason printed everywhere else (a fresh
 * machine running the README's `npm test`).
 */
export function chromiumCheck(env: NodeJS.ProcessEnv = process.env): BrowserCheck {
  const path = env.OPNOTE_CHROMIUM || '/usr/bin/chromium';
  if (existsSync(path)) return { run: true, path };
  return {
    run: false,
    path,
    required: Boolean(env.CI) || env.OPNOTE_REQUIRE_BROWSER === '1',
    reason: `headless Chromium is needed to check that report.html renders, but ${path} is missing: install it (apt-get install -y chromium), or set OPNOTE_CHROMIUM to its path`,
  };
}

/** Headless Chromium's flags for the tests: no sandbox (containers), no GPU, no network of its own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
