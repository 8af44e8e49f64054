import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type BatchOptions, runBatch } from '../src/batch/run.ts';
import { ProviderError } from '../src/errors.ts';
import { generatedNote, seedNotes, tempDirs } from './support/batch-notes.ts';
import { createFakeExtractor, serverError } from './support/fake-extractors.ts';

const temp = tempDirs('opnote-batch-run-');
afterAll(() => temp.removeAll());
const SEEDS = seedNotes();
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const noWait = { sleep: async () => {}, random: () => 0 };

function workdir() {
  const dir = temp.make();
  return {
    dir,
    input: join(dir, 'notes.jsonl'),
    out: join(dir, 'results.jsonl'),
    errors: join(dir, 'results.errors.jsonl'),
  };
}

const jsonl = (rows: unknown[]): string =>
  rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
const notes = (n: number) => Array.from({ length: n }, (_, i) => generatedNote(SEEDS, i));
const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const records = (path: string) => lines(path).map((l) => JSON.parse(l) as Record<string, unknown>);
const ids = (...paths: string[]): string[] =>
  paths.flatMap((p) => records(p).map((r) => r.id as string)).sort();

async function run(options: Partial<BatchOptions> & Pick<BatchOptions, 'input' | 'out'>) {
  return runBatch({ countTotal: true, ...noWait, ...options });
}

describe('runBatch', () => {
  it('writes one result per note and sends bad notes to the error file with a code and no transcript text', async () => {
    const w = workdir();
    const good = notes(3);
    writeFileSync(
      w.input,
      jsonl([
        good[0],
        '{"id":"broken","transcript":"SECRET left hemipelvectomy',
        { transcript: 'SECRET no id here' },
        '',
        { id: 'empty', transcript: '   ' },
        { id: 'bad-claim', transcript: 'SECRET dictation', claim: { cpt: 'SECRET-272' } },
        good[1],
        { id: 'no-text', claim: {} },
        good[2],
      ]),
    );
    const { summary } = await run({ input: w.input, out: w.out });
    expect(ids(w.out)).toEqual(['n-0', 'n-1', 'n-2']);
    const errorLines = records(w.errors).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(errorLines.map(({ batchKey, ...rest }) => ({ ...rest, key: typeof batchKey }))).toEqual([
      {
        id: 'bad-claim',
        code: 'claim.invalid',
        message: 'claim is invalid: cpt: expected a five-character CPT code such as "27290"',
        key: 'string',
      },
      { id: 'empty', code: 'input.empty', message: 'transcript is empty or blank', key: 'string' },
      {
        id: 'line-2',
        code: 'input.invalid',
        message: 'line 2 is not valid JSON; expected one note object per line',
        key: 'string',
      },
      {
        id: 'line-3',
        code: 'input.invalid',
        message: 'line 3 has no "id" (a non-empty string or a number); give each note an id',
        key: 'string',
      },
      { id: 'no-text', code: 'input.invalid', message: 'line 8 has no "transcript" string', key: 'string' },
    ]);
    expect(readFileSync(w.errors, 'utf8')).not.toContain('SECRET');
    expect(summary.notes).toEqual({ read: 8, processed: 3, failed: 5, skipped: 0, duplicates: 0 });
    expect(summary.errorsByCode).toEqual({ 'input.invalid': 3, 'input.empty': 1, 'claim.invalid': 1 });
  });

  it('writes the same JSON as process plus the id and resume key', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl(notes(2)));
    await run({ input: w.input, out: w.out });
    const [first] = records(w.out);
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'batchKey',
      'code',
      'facts',
      'anatomy',
      'findings',
      'requirements',
      'route',
      'drafts',
      'meta',
    ]);
  });

  it('records a provider failure that outlasts the retries, and goes on', async () => {
    const w = workdir();
    const input = notes(4);
    writeFileSync(w.input, jsonl(input));
    const extractor = createFakeExtractor({
      fail: (_call, t) => (t.includes('reference 2.') ? serverError() : undefined),
    });
    const { summary } = await run({ input: w.input, out: w.out, extractor, maxRetries: 2 });
    expect(ids(w.out)).toEqual(['n-0', 'n-1', 'n-3']);
    expect(records(w.errors).map(({ batchKey: _k, ...r }) => r)).toEqual([
      { id: 'n-2', code: 'provider.server', message: 'provider answered 500; retry later (after 2 retries)' },
    ]);
    expect({ calls: extractor.calls, retries: summary.retries }).toEqual({ calls: 6, retries: 2 });
  });

  it('stops at an auth failure without filling the error file, and a later run finishes the batch', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl(notes(30)));
    const denied = createFakeExtractor({
      fail: (call) =>
        call > 5
          ? new ProviderError('provider.auth', 'the API key was rejected (401); check OPENAI_API_KEY')
          : undefined,
    });
    const first = await run({ input: w.input, out: w.out, extractor: denied, concurrency: 2 });
    expect({
      fatal: first.fatal?.code,
      completed: first.summary.completed,
      errors: lines(w.errors).length,
    }).toEqual({
      fatal: 'provider.auth',
      completed: false,
      errors: 0,
    });
    const done = lines(w.out).length;
    const extractor = createFakeExtractor();
    await run({ input: w.input, out: w.out, extractor });
    expect(extractor.calls).toBe(30 - done);
    expect(ids(w.out, w.errors)).toEqual(
      notes(30)
        .map((n) => n.id)
        .sort(),
    );
  });

  it('skips notes already done on a re-run and leaves the files as they were', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([...notes(5), '{oops']));
    await run({ input: w.input, out: w.out, extractor: createFakeExtractor() });
    const before = [readFileSync(w.out, 'utf8'), readFileSync(w.errors, 'utf8')];
    const extractor = createFakeExtractor();
    const { summary } = await run({ input: w.input, out: w.out, extractor });
    expect({ calls: extractor.calls, notes: summary.notes }).toEqual({
      calls: 0,
      notes: { read: 6, processed: 0, failed: 0, skipped: 6, duplicates: 0 },
    });
    expect([readFileSync(w.out, 'utf8'), readFileSync(w.errors, 'utf8')]).toEqual(before);
  });

  it('cuts a torn last line and redoes only that note', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl(notes(6)));
    await run({ input: w.input, out: w.out });
    const whole = readFileSync(w.out, 'utf8');
    truncateSync(w.out, whole.length - 40);
    const torn = lines(w.out).at(-1) as string;
    const extractor = createFakeExtractor({ name: 'rules' });
    await run({ input: w.input, out: w.out, extractor });
    expect(extractor.calls).toBe(1);
    expect(ids(w.out)).toEqual(
      notes(6)
        .map((n) => n.id)
        .sort(),
    );
    expect(readFileSync(w.out, 'utf8')).not.toContain(`${torn}\n`);
  });

  it('redoes a note whose transcript changed and keeps only its new line', async () => {
    const w = workdir();
    const input = notes(4);
    writeFileSync(w.input, jsonl(input));
    await run({ input: w.input, out: w.out });
    const oldKey = records(w.out).find((r) => r.id === 'n-1')?.batchKey;
    writeFileSync(
      w.input,
      jsonl(input.map((n) => (n.id === 'n-1' ? { ...n, transcript: `${n.transcript} Addendum.` } : n))),
    );
    const extractor = createFakeExtractor({ name: 'rules' });
    await run({ input: w.input, out: w.out, extractor });
    const n1 = records(w.out).filter((r) => r.id === 'n-1');
    expect({ calls: extractor.calls, ids: ids(w.out, w.errors), n1: n1.length }).toEqual({
      calls: 1,
      ids: ['n-0', 'n-1', 'n-2', 'n-3'],
      n1: 1,
    });
    expect(n1[0]?.batchKey).not.toBe(oldKey);
  });

  it('redoes every note when the pipeline changes, leaving each id once across both files', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl([...notes(3), { id: 'e', transcript: '' }]));
    await run({ input: w.input, out: w.out });
    const failing = createFakeExtractor({
      name: 'other',
      fail: (_c, t) => (t.includes('reference 0.') ? serverError() : undefined),
    });
    await run({ input: w.input, out: w.out, extractor: failing, maxRetries: 0 });
    expect({ results: ids(w.out), errors: ids(w.errors) }).toEqual({
      results: ['n-1', 'n-2'],
      errors: ['e', 'n-0'],
    });
    expect(records(w.out).map((r) => (r.meta as { extractor: string }).extractor)).toEqual([
      'other',
      'other',
    ]);
  });

  it('processes a repeated line once and reports a reused id with other content under its line number', async () => {
    const w = workdir();
    const [a, b] = notes(2);
    writeFileSync(w.input, jsonl([a, b, a, { ...b, transcript: 'Other dictation.' }]));
    const { summary } = await run({ input: w.input, out: w.out });
    expect({
      results: ids(w.out),
      errors: records(w.errors).map((r) => [r.id, r.code]),
      dup: summary.notes.duplicates,
    }).toEqual({
      results: ['n-0', 'n-1'],
      errors: [['line-4', 'input.invalid']],
      dup: 1,
    });
  });

  it('sends notes with the same transcript to the extractor once', async () => {
    const w = workdir();
    const [a] = notes(1);
    writeFileSync(w.input, jsonl(['x', 'y', 'z'].map((id) => ({ ...a, id }))));
    const extractor = createFakeExtractor({
      delayMs: 5,
      usage: { promptTokens: 1000, completionTokens: 200 },
      costUsd: 0.01,
    });
    const { summary } = await run({ input: w.input, out: w.out, extractor });
    expect({
      calls: extractor.calls,
      hits: summary.cacheHits,
      tokens: summary.tokens,
      cost: summary.costUsd,
    }).toEqual({
      calls: 1,
      hits: 2,
      tokens: { prompt: 1000, completion: 200, total: 1200 },
      cost: 0.01,
    });
  });

  it('reads a directory of fixture cases, the folder name as id', async () => {
    const w = workdir();
    const { summary } = await run({ input: FIXTURES, out: w.out });
    expect(ids(w.out)).toEqual(SEEDS.map((s) => s.name).sort());
    expect(summary.notes.processed).toBe(SEEDS.length);
    const cases = join(w.dir, 'cases');
    mkdirSync(join(cases, 'bad-claim'), { recursive: true });
    writeFileSync(join(cases, 'bad-claim', 'transcript.txt'), 'Left hip disarticulation.');
    writeFileSync(join(cases, 'bad-claim', 'claim.json'), '{"cpt": ');
    await run({ input: cases, out: join(w.dir, 'c.jsonl') });
    expect(records(join(w.dir, 'c.errors.jsonl')).map(({ batchKey: _k, ...r }) => r)).toEqual([
      {
        id: 'bad-claim',
        code: 'claim.invalid-json',
        message: 'bad-claim/claim.json is not valid JSON; fix or remove it',
      },
    ]);
  });

  it('reads a stream and reports progress without a total', async () => {
    const w = workdir();
    const seen: Array<number | null> = [];
    await run({
      input: Readable.from([`${jsonl(notes(3))}\n`]),
      out: w.out,
      onProgress: (p) => seen.push(p.total),
    });
    expect({ ids: ids(w.out), totals: seen }).toEqual({
      ids: ['n-0', 'n-1', 'n-2'],
      totals: [null, null, null],
    });
  });

  it('summarises supported codes and findings of the run', async () => {
    const w = workdir();
    await run({ input: FIXTURES, out: w.out });
    const expected = { codes: {} as Record<string, number>, findings: {} as Record<string, number> };
    for (const r of records(w.out)) {
      const code = ((r.code as { supported: string | null }).supported ?? 'none') as string;
      expected.codes[code] = (expected.codes[code] ?? 0) + 1;
      for (const f of r.findings as Array<{ id: string; element?: string }>) {
        const k = f.element ? `${f.id}:${f.element}` : f.id;
        expected.findings[k] = (expected.findings[k] ?? 0) + 1;
      }
    }
    const { summary } = await run({ input: FIXTURES, out: join(w.dir, 'again.jsonl') });
    expect({ codes: summary.bySupportedCode, findings: summary.byFinding }).toEqual(expected);
    expect(Object.keys(expected.codes).length).toBeGreaterThan(5);
  });

  it('stops reading when aborted, and the next run finishes without a duplicate', async () => {
    const w = workdir();
    writeFileSync(w.input, jsonl(notes(40)));
    const stop = new AbortController();
    const first = await run({
      input: w.input,
      out: w.out,
      extractor: createFakeExtractor({ delayMs: 2 }),
      concurrency: 2,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.finished >= 5) stop.abort();
      },
    });
    expect(first.summary.completed).toBe(false);
    expect(lines(w.out).length).toBeLessThan(40);
    await run({ input: w.input, out: w.out, extractor: createFakeExtractor() });
    expect(ids(w.out)).toEqual(
      notes(40)
        .map((n) => n.id)
        .sort(),
    );
  });

  it.each([
    [
      'the input as output',
      (w: ReturnType<typeof workdir>) => ({ input: w.input, out: w.input }),
      'the output file is the input file; choose another --out',
    ],
    [
      'a missing input',
      (w: ReturnType<typeof workdir>) => ({ input: join(w.dir, 'nope.jsonl'), out: w.out }),
      `batch input not found: `,
    ],
  ])('refuses %s', async (_name, options, message) => {
    const w = workdir();
    writeFileSync(w.input, jsonl(notes(1)));
    await expect(run(options(w))).rejects.toThrow(message);
  });
});
