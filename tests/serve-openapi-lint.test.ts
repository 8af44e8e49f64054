import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './serve-helpers.ts';
import { track } from './support/children.ts';

/** Redocly's CLI script, run on this Node (its `#!/usr/bin/env node` would take the first node on PATH). */
const REDOCLY = join(import.meta.dirname, '..', 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'opnote-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Problem {
  ruleId: string;
  severity: string;
  location: Array<{ source: { ref: string } }>;
}

/**
 * Runs `redocly lint --extends=recommended` (offline) once on several documents; returns each one's
 * problems. Its JSON output is one object per document, back to back; every problem names its file.
 */
async function lintAll(docs: Record<string, unknown>): Promise<Record<string, Problem[]>> {
  const files = Object.keys(docs).map((name) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(docs[name]));
    return file;
  });
  const stdout = await new Promise<string>((resolve) => {
    const child = execFile(
      process.execPath,
      [REDOCLY, 'lint', '--extends=recommended', '--format=json', ...files],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      },
      // Exit 1 when a document has errors: the problems are still on stdout.
      (_error, out) => resolve(out),
    );
    track(child);
  });
  const reports = stdout
    .trim()
    .split(/(?<=^\})(?=\{)/m)
    .map((part) => JSON.parse(part) as { problems: Problem[] });
  expect(reports).toHaveLength(files.length);
  const byFile: Record<string, Problem[]> = Object.fromEntries(Object.keys(docs).map((name) => [name, []]));
  for (const problem of reports.flatMap((r) => r.problems)) {
    const ref = problem.location[0]?.source.ref ?? '';
    const name = Object.keys(docs).find((n) => ref.endsWith(`${n}.json`));
    if (name === undefined) throw new Error(`a problem in an unknown document: ${ref}`);
    byFile[name]?.push(problem);
  }
  return byFile;
}

describe("the OpenAPI document passes Redocly's recommended ruleset", () => {
  let problems: Record<string, Problem[]>;

  // One linter run for the three documents (its start is most of its cost), as the fixture.
  beforeAll(async () => {
    const docs: Record<string, unknown> = {};
    for (const auth of [true, false]) {
      const server = await startServer(auth ? {} : { authDisabled: true });
      try {
        docs[`auth-${auth}`] = await (await fetch(`${server.url}/openapi.json`)).json();
      } finally {
        await server.close();
      }
    }
    const { servers: _s, ...noServers } = docs['auth-true'] as Record<string, unknown>;
    docs.broken = noServers;
    problems = await lintAll(docs);
  });

  for (const auth of [true, false])
    it(`with auth ${auth ? 'on' : 'off'}: no error, no warning`, () => {
      expect((problems[`auth-${auth}`] ?? []).map((p) => `${p.severity} ${p.ruleId}`)).toEqual([]);
    });

  it('the linter reports what was wrong before (it can fail)', () => {
    expect((problems.broken ?? []).map((p) => p.ruleId)).toContain('no-empty-servers');
  });
});
