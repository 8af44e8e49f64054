import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './serve-helpers.ts';

const run = promisify(execFile);
const REDOCLY = join(import.meta.dirname, '..', 'node_modules', '.bin', 'redocly');
const dir = mkdtempSync(join(tmpdir(), 'opnote-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `redocly lint --extends=recommended` (offline) on a document; returns its problems. */
async function lint(doc: unknown, name: string): Promise<Array<{ ruleId: string; severity: string }>> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  const { stdout } = await run(REDOCLY, ['lint', '--extends=recommended', '--format=json', file], {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { problems: Array<{ ruleId: string; severity: string }> }).problems;
}

describe("the OpenAPI document passes Redocly's recommended ruleset", () => {
  for (const auth of [true, false])
    it(`with auth ${auth ? 'on' : 'off'}: no error, no warning`, async () => {
      const server = await startServer(auth ? {} : { authDisabled: true });
      try {
        const doc = await (await fetch(`${server.url}/openapi.json`)).json();
        expect((await lint(doc, `auth-${auth}`)).map((p) => `${p.severity} ${p.ruleId}`)).toEqual([]);
      } finally {
        await server.close();
      }
    });

  it('the linter reports what was wrong before (it can fail)', async () => {
    const server = await startServer({});
    try {
      const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as Record<string, unknown>;
      const { servers: _s, ...noServers } = doc;
      const rules = (await lint(noServers, 'broken')).map((p) => p.ruleId);
      expect(rules).toContain('no-empty-servers');
    } finally {
      await server.close();
    }
  });
});
