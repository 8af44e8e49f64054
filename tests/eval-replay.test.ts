import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/evaluate.ts';
import { type FixtureCase, loadFixtures } from '../src/eval/fixtures.ts';
import { type CaseWrapper, readCaseInput } from '../src/eval/run.ts';
import { createOpenAIExtractor } from '../src/extract/llm/openai-extractor.ts';
import { createRecordingFetch } from '../src/extract/llm/recording.ts';
import { withReplay } from '../src/extract/llm/replay.ts';
import { processNote } from '../src/pipeline/process.ts';
import { startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';

/** The eval harness with an LLM extractor: each case replays its own recordings, nothing leaves the process. */
describe('eval with recorded LLM exchanges', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opnote-eval-replay-'));
  const replay: CaseWrapper = async (fixture, run) =>
    (await withReplay(join(fixture.dir, 'recordings'), run)).result;
  let cases: FixtureCase[];

  beforeAll(async () => {
    // Three fixtures, recorded once against the local fake server (its simulated model answers with the rules' facts).
    for (const f of loadFixtures('fixtures').slice(0, 3))
      cpSync(f.dir, join(dir, f.name), { recursive: true });
    cases = loadFixtures(dir);
    const server = await startFakeOpenAIServer();
    try {
      for (const fixture of cases) {
        const { transcript, claim } = readCaseInput(fixture);
        const extractor = createOpenAIExtractor({
          apiKey: 'test-key',
          baseURL: server.url,
          fetch: createRecordingFetch({ dir: join(fixture.dir, 'recordings') }),
        });
        await processNote({ transcript, ...(claim ? { claim } : {}) }, { extractor });
      }
    } finally {
      await server.close();
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores replayed cases like live ones, with tokens and the prompt, schema and model versions', async () => {
    const replayed = await evaluate(cases, {
      extractor: createOpenAIExtractor({ apiKey: 'replay', maxRetries: 0 }),
      wrapCase: replay,
      suite: { name: 'openai', extractor: 'openai', mode: 'replay' },
    });
    const rules = await evaluate(cases);
    expect(replayed.results.cases.map((c) => c.error)).toEqual(cases.map(() => undefined));
    expect(replayed.results.cases.map((c) => [c.name, c.gotCode])).toEqual(
      rules.results.cases.map((c) => [c.name, c.gotCode]),
    );
    expect(replayed.results.versions).toMatchObject({
      prompt: expect.stringMatching(/\S/),
      schema: expect.stringMatching(/\S/),
      model: expect.stringMatching(/\S/),
      extractor: 'openai',
    });
    expect(replayed.results.metrics.usage.promptTokens).toBeGreaterThan(0);
    expect(replayed.results.suite.mode).toBe('replay');
  });

  it('records a case without recordings as not run (replay.missing), and goes on', async () => {
    const [first, ...rest] = cases;
    if (!first) throw new Error('no cases');
    const bare = { ...first, dir: join(dir, 'no-such-case') };
    const replayed = await evaluate([bare, ...rest], {
      extractor: createOpenAIExtractor({ apiKey: 'replay', maxRetries: 0 }),
      wrapCase: replay,
    });
    expect(replayed.results.cases.map((c) => c.error?.code)).toEqual([
      'replay.missing',
      ...rest.map(() => undefined),
    ]);
    expect(replayed.results.metrics.cases.errored).toBe(1);
  });
});
