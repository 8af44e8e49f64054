import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { amendForReplay, loadSuite } from '../src/eval/suite.ts';
import { createOpenAIExtractor } from '../src/extract/llm/openai-extractor.ts';
import { SCHEMA_VERSION } from '../src/extract/llm/output-schema.ts';
import { PROMPT_VERSION } from '../src/extract/llm/prompt.ts';
import { recordingSchema, requestKey } from '../src/extract/llm/recording.ts';
import { loadRecordings, withReplay } from '../src/extract/llm/replay.ts';
import type { ProcessResult } from '../src/pipeline/process.ts';
import { startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';
import { expectMatchesGold } from './support/gold.ts';

/** A loopback port nothing is expected to listen on: if interception failed, nothing would leave the machine. */
const OFFLINE_BASE_URL = 'http://127.0.0.1:65535/v1';
const cases = loadFixtures('fixtures');

/** Runs the CLI in-process and returns its exit status, standard output and standard error. */
async function runCli(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const status = await main(argv);
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const argsFor = (c: (typeof cases)[number], extractor: string): string[] => [
  'process',
  c.transcriptPath,
  ...(c.claimPath ? ['--claim', c.claimPath] : []),
  '--extractor',
  extractor,
];

/** The parts of a result that must not depend on the extractor path. */
const comparable = (r: ProcessResult) => ({
  code: r.code,
  facts: r.facts,
  anatomy: r.anatomy,
  findings: r.findings,
});

beforeEach(() => {
  vi.stubEnv('OPENAI_API_KEY', 'sk-replay-dummy');
  vi.stubEnv('OPENAI_BASE_URL', OFFLINE_BASE_URL);
  vi.stubEnv('OPNOTE_MODEL', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('hand-authored recordings', () => {
  it('exist for every fixture, one each, marked hand-authored and never recorded', () => {
    const summary = cases.map((c) => {
      const dir = join(c.dir, 'recordings');
      const files = readdirSync(dir).filter((n) => n.endsWith('.json'));
      const recordings = files.map((f) =>
        recordingSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
      );
      return {
        name: c.name,
        count: files.length,
        sources: recordings.map((r) => r.source),
        notes: recordings.map((r) => r.note?.startsWith('HAND-AUTHORED, not recorded')),
        versions: recordings.map((r) => r.versions),
        keyMatches: recordings.map((r) => requestKey(r.request.body) === r.key),
      };
    });
    expect(summary).toEqual(
      cases.map((c) => ({
        name: c.name,
        count: 1,
        sources: ['hand-authored'],
        notes: [true],
        versions: [{ prompt: PROMPT_VERSION, schema: SCHEMA_VERSION }],
        keyMatches: [true],
      })),
    );
  });
});

// Recordings whose answer is wrong (evals/replay/amendments.json): the replay must refuse the value.
const suites = ['openai', 'langchain'].map((n) => loadSuite(n, 'evals'));
const amendments = suites[0]?.amendments ?? {};

describe('replay amendments (recorded answers opnote refuses)', () => {
  it('are the same for the openai and langchain suites and name fixtures that exist', () => {
    expect(suites.map((s) => s.amendments)).toEqual([amendments, amendments]);
    const names = new Set(cases.map((c) => c.name));
    expect(Object.keys(amendments).filter((n) => !names.has(n))).toEqual([]);
    expect(Object.keys(amendments).length).toBeGreaterThan(0);
  });
});

describe.each(cases.map((c) => [c.name, c] as const))('replay %s', (_name, c) => {
  it('gives the expected code, findings and facts through --extractor openai and langchain, identically', async () => {
    const dir = join(c.dir, 'recordings');
    const results: ProcessResult[] = [];
    for (const extractor of ['openai', 'langchain']) {
      const { result, report } = await withReplay(dir, () => runCli(argsFor(c, extractor)));
      expect({
        status: result.status,
        stderr: result.stderr,
        unused: report.unused,
        used: report.used.length,
      }).toEqual({
        status: 0,
        stderr: '',
        unused: [],
        used: 1,
      });
      const processed = JSON.parse(result.stdout) as ProcessResult;
      expectMatchesGold(processed, amendForReplay(c, amendments).expected);
      const amended = amendments[c.name];
      if (amended) {
        // The refusal routes the note to coder review, and a refused value does not count.
        if (amended.route) expect(processed.route.decision).toBe(amended.route);
        const facts = { ...processed.anatomy, ...processed.facts } as Record<string, { status: string }>;
        for (const f of amended.addFindings)
          if (f.startsWith('doc.ungrounded:'))
            expect(facts[f.slice('doc.ungrounded:'.length)]?.status, f).toBe('not_mentioned');
      }
      expect(processed.meta).toMatchObject({
        extractor,
        versions: { prompt: PROMPT_VERSION, schema: SCHEMA_VERSION, model: 'gpt-4.1-mini-2025-04-14' },
        usage: { promptTokens: expect.any(Number), completionTokens: expect.any(Number) },
        costUsd: expect.any(Number),
      });
      results.push(processed);
    }
    expect(comparable(results[1] as ProcessResult)).toEqual(comparable(results[0] as ProcessResult));
  });
});

describe('replay bookkeeping', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'opnote-replay-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const classic = cases.find((c) => c.name === 'a-27290-classic-formatted');
  const other = cases.find((c) => c.name === 'a-27596-clean-prosthetic-fit');
  if (!classic || !other)
    throw new Error('fixtures a-27290-classic-formatted and a-27596-clean-prosthetic-fit are needed');
  const extractor = () =>
    createOpenAIExtractor({ apiKey: 'sk-replay-dummy', baseURL: OFFLINE_BASE_URL, maxRetries: 0 });
  const transcript = readFileSync(classic.transcriptPath, 'utf8');

  it('fails a request without a recording with replay.missing, saying how to record it', async () => {
    const error = await withReplay(scratch, () => extractor().extract(transcript)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'replay.missing' });
    expect((error as Error).message).toMatch(/--record .*scripts\/author-recordings\.ts/);
    expect((error as Error).message).not.toContain('chondrosarcoma');
  });

  it('reports replay.missing even when the caller swallows the failure (the CLI exits 3 inside)', async () => {
    const error = await withReplay(scratch, () => runCli(argsFor(classic, 'openai'))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'replay.missing' });
  });

  it('reports recordings that no request used', async () => {
    for (const c of [classic, other]) {
      const dir = join(c.dir, 'recordings');
      for (const f of readdirSync(dir)) copyFileSync(join(dir, f), join(scratch, f));
    }
    const { report } = await withReplay(scratch, () => extractor().extract(transcript));
    const otherKey = [...loadRecordings(join(other.dir, 'recordings')).keys()][0];
    expect(report.unused).toEqual([{ key: otherKey, file: join(scratch, `${otherKey}.json`) }]);
    expect(report.missing).toEqual([]);
  });

  it('records a real exchange with --record (no credentials) and replays it to the same result', async () => {
    const fake = await startFakeOpenAIServer();
    let live: { status: number; stdout: string; stderr: string };
    try {
      vi.stubEnv('OPENAI_BASE_URL', fake.url);
      live = await runCli([...argsFor(classic, 'openai'), '--record', scratch]);
    } finally {
      await fake.close();
    }
    expect(live.status).toBe(0);
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-replay-dummy');
    const files = readdirSync(scratch);
    expect(files).toHaveLength(1);
    const text = readFileSync(join(scratch, files[0] as string), 'utf8');
    expect(text).not.toContain('sk-replay-dummy');
    const recording = recordingSchema.parse(JSON.parse(text));
    expect(recording).toMatchObject({
      source: 'recorded',
      model: 'gpt-4.1-mini',
      versions: { prompt: PROMPT_VERSION, schema: SCHEMA_VERSION },
      request: { method: 'POST', path: '/v1/chat/completions' },
      response: { status: 200 },
    });
    expect(Object.keys(recording.request.headers).filter((h) => /authorization|api-key/i.test(h))).toEqual(
      [],
    );
    expect(requestKey(recording.request.body)).toBe(recording.key);

    vi.stubEnv('OPENAI_BASE_URL', OFFLINE_BASE_URL);
    const { result: replayed } = await withReplay(scratch, () => runCli(argsFor(classic, 'openai')));
    expect(replayed.status).toBe(0);
    expect(comparable(JSON.parse(replayed.stdout))).toEqual(comparable(JSON.parse(live.stdout)));
  });
});
