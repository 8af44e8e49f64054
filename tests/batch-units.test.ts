import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffNote, diffOutcomes, diffText, type NoteOutcome, outcomeOfLine } from '../src/batch/diff.ts';
import { rpmWindow } from '../src/batch/limiter.ts';
import { errorsPathFor, lineIdentity, repairTail } from '../src/batch/output.ts';
import { createProgressReporter, progressLine } from '../src/batch/progress.ts';
import { backoffDelay, isFatal, isRetryable } from '../src/batch/retry.ts';
import { createTokenBucket, estimateTokens } from '../src/batch/token-bucket.ts';
import { InputError, ProviderError } from '../src/errors.ts';
import { createOpenAIExtractor } from '../src/extract/llm/openai-extractor.ts';
import { batchKey, extractionKey, type PipelineIdentity } from '../src/pipeline/keys.ts';
import { parseNoteLine } from '../src/pipeline/parse-line.ts';
import { countEntries } from '../src/pipeline/source.ts';
import { tempDirs } from './support/batch-notes.ts';

const temp = tempDirs('opnote-batch-units-');
const tmp = () => temp.make();
afterAll(() => temp.removeAll());

describe('parseNoteLine', () => {
  it.each([
    ['blank line', '   ', null],
    [
      'a note with claim',
      '{"id":"a1","transcript":"Text.","claim":{"cpt":"27290"}}',
      { kind: 'note', id: 'a1', line: 7, transcript: 'Text.', claim: { cpt: '27290' } },
    ],
    [
      'numeric id, null claim',
      '{"id":42,"transcript":"T","claim":null}',
      { kind: 'note', id: '42', line: 7, transcript: 'T' },
    ],
    [
      'empty transcript is left to the pipeline',
      '{"id":"e","transcript":""}',
      { kind: 'note', id: 'e', line: 7, transcript: '' },
    ],
  ])('reads %s', (_name, raw, expected) => {
    expect(parseNoteLine(raw, 7)).toEqual(expected);
  });

  it.each([
    [
      'malformed JSON',
      '{"id":"x","transcript":"left hip',
      'line-7',
      'line 7 is not valid JSON; expected one note object per line',
    ],
    ['an array', '["x"]', 'line-7', 'line 7 is not a JSON object'],
    [
      'a missing id',
      '{"transcript":"secret words"}',
      'line-7',
      'line 7 has no "id" (a non-empty string or a number); give each note an id',
    ],
    [
      'a blank id',
      '{"id":"  ","transcript":"T"}',
      'line-7',
      'line 7 has no "id" (a non-empty string or a number); give each note an id',
    ],
    ['a missing transcript', '{"id":"n9","claim":{}}', 'n9', 'line 7 has no "transcript" string'],
  ])('rejects %s under a stable id, without quoting the line', (_name, raw, id, message) => {
    expect(parseNoteLine(raw, 7)).toEqual({
      kind: 'invalid',
      id,
      line: 7,
      code: 'input.invalid',
      message,
      fingerprint: raw,
    });
  });
});

describe('keys', () => {
  const identity: PipelineIdentity = {
    extractor: 'openai',
    model: 'm1',
    versions: { opnote: '1', knowledge: 'k' },
  };
  const note = { transcript: 'Left hindquarter amputation.', claim: { cpt: '27290' } };

  it('changes the resume key with the transcript, the claim, the extractor, the model and the versions', () => {
    const base = batchKey(note, identity);
    const variants = [
      batchKey({ ...note, transcript: 'Right hindquarter amputation.' }, identity),
      batchKey({ ...note, claim: { cpt: '27295' } }, identity),
      batchKey(note, { ...identity, extractor: 'langchain' }),
      batchKey(note, { ...identity, model: 'm2' }),
      batchKey(note, { ...identity, versions: { opnote: '1', knowledge: 'k2' } }),
    ];
    expect(new Set([base, ...variants]).size).toBe(6);
    expect(
      batchKey({ transcript: new TextEncoder().encode(note.transcript), claim: note.claim }, identity),
    ).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keys extractions by transcript and pipeline, not by claim, with a full sha256', () => {
    const key = extractionKey(note.transcript, identity);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(extractionKey(note.transcript, { ...identity, model: 'm2' })).not.toBe(key);
    expect(extractionKey(note.transcript, { ...identity, versions: { knowledge: 'k', opnote: '1' } })).toBe(
      key,
    );
  });
});

describe('retry policy', () => {
  it.each([
    ['provider.rate-limited', true, false],
    ['provider.server', true, false],
    ['provider.timeout', true, false],
    ['provider.connection', true, false],
    ['provider.auth', false, true],
    ['provider.bad-request', false, false],
  ] as const)('%s: retryable %s, fatal %s', (code, retryable, fatal) => {
    const error = new ProviderError(code, 'x');
    expect([isRetryable(error), isFatal(error)]).toEqual([retryable, fatal]);
  });

  it('never retries input errors or unknown errors', () => {
    expect([isRetryable(new InputError('input.empty', 'empty')), isRetryable(new Error('boom'))]).toEqual([
      false,
      false,
    ]);
  });

  it.each([
    // attempt, retryAfterMs, random, expected
    [0, undefined, 0.5, 250],
    [3, undefined, 0.5, 2_000],
    [3, undefined, 0.999, 3_996],
    [10, undefined, 0.5, 15_000],
    [0, 1_200, 0.5, 1_200],
    [5, 1_000, 0.5, 8_000],
    [0, 0, 0, 0],
  ])('attempt %i with retry-after %s and random %s waits %i ms', (attempt, retryAfter, r, expected) => {
    expect(backoffDelay(attempt, retryAfter, () => r)).toBe(expected);
  });
});

describe('rate windows and token bucket', () => {
  it.each([
    [600, { intervalCap: 10, interval: 1_000 }],
    [60, { intervalCap: 1, interval: 1_000 }],
    [30, { intervalCap: 1, interval: 2_000 }],
    [150, { intervalCap: 2, interval: 800 }],
    [10_000, { intervalCap: 166, interval: 996 }],
  ])('spreads %i rpm as %o', (rpm, expected) => {
    expect(rpmWindow(rpm)).toEqual(expected);
  });

  it('makes callers wait once the minute budget is spent, and settles estimates against real usage', () => {
    let t = 0;
    const bucket = createTokenBucket({ tokensPerMinute: 6_000, now: () => t });
    expect([bucket.reserve(4_000), bucket.reserve(2_000), bucket.reserve(1_000)]).toEqual([0, 0, 10_000]);
    t = 10_000;
    expect(bucket.level()).toBe(0);
    bucket.settle(4_000, 1_000);
    expect(bucket.level()).toBe(3_000);
    expect(bucket.reserve(50_000)).toBe(30_000);
  });

  it('estimates 4 characters a token plus the overhead', () => {
    expect([estimateTokens(4_000), estimateTokens(10, 100)]).toEqual([5_000, 103]);
  });
});

describe('output files', () => {
  it.each([
    ['runs/results.jsonl', 'runs/results.errors.jsonl'],
    ['out', 'out.errors.jsonl'],
  ])('%s has its errors in %s', (results, errors) => {
    expect(errorsPathFor(results)).toBe(errors);
  });

  it.each([
    ['{"id":"a","batchKey":"0123abcd","code":{}}', { id: 'a', key: '0123abcd' }],
    [
      '{"id":"quote \\" and \\\\ slash","batchKey":"ff","code":"x"}',
      { id: 'quote " and \\ slash', key: 'ff' },
    ],
    ['{"batchKey":"ff","id":"reordered"}', { id: 'reordered', key: 'ff' }],
    ['{"id":"torn","batchKey":"ff","co', null],
    ['{"id":"no key"}', null],
  ])('reads the identity of %s', (line, expected) => {
    expect(lineIdentity(line)).toEqual(expected);
  });

  it.each([
    ['a whole file', 'a\nb\n', 'a\nb\n', 0],
    ['a torn last line', 'a\nb\n{"id":"c","batc', 'a\nb\n', 15],
    ['a single torn line', '{"id":"c"', '', 9],
    ['an empty file', '', '', 0],
  ])('repairs %s', (_name, content, expected, removed) => {
    const path = join(tmp(), 'r.jsonl');
    writeFileSync(path, content);
    expect(repairTail(path)).toBe(removed);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  it('finds the last newline of a torn line longer than its read chunk', () => {
    const path = join(tmp(), 'r.jsonl');
    writeFileSync(path, `ok\n${'x'.repeat(200_000)}`);
    expect(repairTail(path)).toBe(200_000);
    expect(readFileSync(path, 'utf8')).toBe('ok\n');
  });

  it('counts non-blank input lines, with or without a final newline', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.jsonl'), '{"id":1}\n\n  \n{"id":2}\n{"id":3}');
    writeFileSync(join(dir, 'b.jsonl'), '{"id":1}\r\n{"id":2}\r\n');
    expect([await countEntries(join(dir, 'a.jsonl')), await countEntries(join(dir, 'b.jsonl'))]).toEqual([
      3, 2,
    ]);
  });
});

describe('progress', () => {
  it.each([
    [
      { total: 1000, finished: 150, skipped: 50, failed: 2, retries: 0, elapsedMs: 10_000 },
      '200/1000 done (20%) 15.0 notes/s ETA 0:53 errors 2',
    ],
    [
      { total: null, finished: 10, skipped: 0, failed: 0, retries: 3, elapsedMs: 1_000 },
      '10 done 10.0 notes/s ETA -- errors 0 retries 3',
    ],
    [
      { total: 100_000, finished: 10, skipped: 0, failed: 0, retries: 0, elapsedMs: 10_000 },
      '10/100000 done (0%) 1.0 notes/s ETA 27:46:30 errors 0',
    ],
    [
      { total: 5, finished: 0, skipped: 5, failed: 0, retries: 0, elapsedMs: 0 },
      '5/5 done (100%) 0.0 notes/s ETA -- errors 0',
    ],
  ])('formats %o', (p, expected) => {
    expect(progressLine(p)).toBe(expected);
  });

  it('rewrites one line on a terminal and prints plain lines every interval otherwise', () => {
    let t = 0;
    const p = { total: 2, finished: 1, skipped: 0, failed: 0, retries: 0, elapsedMs: 1_000 };
    const tty: string[] = [];
    const plain: string[] = [];
    const a = createProgressReporter({
      stream: { write: (s: string) => tty.push(s) },
      tty: true,
      now: () => t,
    });
    const b = createProgressReporter({
      stream: { write: (s: string) => plain.push(s) },
      tty: false,
      now: () => t,
    });
    for (t = 0; t <= 6_000; t += 100) {
      a.update(p);
      b.update(p);
    }
    a.done(p);
    b.done(p);
    const line = '1/2 done (50%) 1.0 notes/s ETA 0:01 errors 0';
    expect(tty.length).toBe(31 + 2);
    expect(tty.slice(-2)).toEqual([`\r\u001b[2K${line}`, '\n']);
    expect(plain).toEqual([`${line}\n`, `${line}\n`, `${line}\n`]);
  });
});

describe('diff', () => {
  const ok = (supported: string | null, ...findings: string[]): NoteOutcome => ({
    status: 'ok',
    supported,
    findings,
  });
  it.each([
    ['unchanged', ok('27290', 'a'), ok('27290', 'a'), null],
    [
      'a code change with findings gained and lost',
      ok('27290', 'doc.missing:laterality', 'level.mismatch'),
      ok('27295', 'level.mismatch', 'pos.inpatient-only'),
      {
        id: 'n1',
        change: 'changed',
        supported: { old: '27290', new: '27295' },
        findingsGained: ['pos.inpatient-only'],
        findingsLost: ['doc.missing:laterality'],
      },
    ],
    [
      'a note that now fails',
      ok(null, 'level.undetermined'),
      { status: 'error', code: 'provider.server' },
      {
        id: 'n1',
        change: 'changed',
        status: { old: 'ok', new: 'error:provider.server' },
        findingsGained: [],
        findingsLost: ['level.undetermined'],
      },
    ],
    [
      'a new note',
      undefined,
      ok('27365'),
      { id: 'n1', change: 'added', status: { old: null, new: 'ok' }, findingsGained: [], findingsLost: [] },
    ],
    [
      'a note gone',
      ok('27365', 'x'),
      undefined,
      {
        id: 'n1',
        change: 'removed',
        status: { old: 'ok', new: null },
        findingsGained: [],
        findingsLost: ['x'],
      },
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(diffNote('n1', before as NoteOutcome | undefined, after as NoteOutcome | undefined)).toEqual(
      expected,
    );
  });

  it('reduces result and error lines to outcomes', () => {
    const result = JSON.stringify({
      id: 'r1',
      batchKey: 'ab',
      code: { claimed: '27290', supported: '27295' },
      findings: [
        { id: 'level.mismatch' },
        { id: 'doc.missing', element: 'laterality' },
        { id: 'level.mismatch' },
      ],
    });
    expect([
      outcomeOfLine(result),
      outcomeOfLine(
        '{"id":"e1","batchKey":"cd","code":"input.empty","message":"transcript is empty or blank"}',
      ),
      outcomeOfLine('{"id":"t1","batchKey":"cd","co'),
    ]).toEqual([
      {
        id: 'r1',
        outcome: { status: 'ok', supported: '27295', findings: ['doc.missing:laterality', 'level.mismatch'] },
      },
      { id: 'e1', outcome: { status: 'error', code: 'input.empty' } },
      null,
    ]);
  });

  it('lists changed notes in new-run order, then notes only in the old run, with totals', () => {
    const before = new Map<string, NoteOutcome>([
      ['a', ok('27290')],
      ['b', ok('27290', 'x')],
      ['gone', ok('27596')],
    ]);
    const after = new Map<string, NoteOutcome>([
      ['new', { status: 'error', code: 'input.empty' }],
      ['b', ok('27295', 'y')],
      ['a', ok('27290')],
    ]);
    const { diffs, totals } = diffOutcomes(before, after);
    expect(diffs.map(diffText)).toEqual([
      'new: only in new run (error:input.empty)',
      'b: supported 27290 -> 27295; +y; -x',
      'gone: only in old run',
    ]);
    expect(totals).toEqual({ compared: 2, changed: 1, supportedChanged: 1, onlyOld: 1, onlyNew: 1 });
  });
});

describe('batch keys follow the extractor versions', () => {
  it('a prompt or schema change invalidates resume and cache keys', () => {
    const extractor = createOpenAIExtractor({ apiKey: 'test-key', baseURL: 'http://127.0.0.1:9/v1' });
    const note = { transcript: 'Right AKA revision.', claim: { cpt: '27596' } };
    const identity = { extractor: 'openai', versions: { ...(extractor.versions ?? {}) } };
    expect(Object.keys(extractor.versions ?? {}).sort()).toEqual(['model', 'prompt', 'schema']);
    expect(batchKey(note, identity)).not.toBe(
      batchKey(note, { ...identity, versions: { ...identity.versions, prompt: 'edited' } }),
    );
  });
});
