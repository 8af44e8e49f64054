import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedNote, seedNotes, tempDirs } from './support/batch-notes.ts';
import { runCli, runCliInProcess } from './support/cli.ts';

const SEEDS = seedNotes();
const temp = tempDirs('opnote-batch-cli-');
const workdir = () => temp.make();
afterAll(() => temp.removeAll());
const jsonl = (rows: unknown[]): string =>
  `${rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`;

describe('opnote batch', () => {
  it('exits 0 when the batch completes with per-note errors, and prints a summary without transcript text', async () => {
    const dir = workdir();
    const input = join(dir, 'notes.jsonl');
    writeFileSync(
      input,
      jsonl([
        generatedNote(SEEDS, 0),
        '{"id":"x","transcript":"SECRET',
        generatedNote(SEEDS, 1),
        { id: 'e', transcript: '' },
      ]),
    );
    const out = join(dir, 'results.jsonl');
    const r = await runCliInProcess([
      'batch',
      input,
      '--out',
      out,
      '--summary-json',
      join(dir, 'summary.json'),
    ]);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect({ status: r.status, stdout: r.stdout, secret: r.stderr.includes('SECRET') }).toEqual({
      status: 0,
      stdout: '',
      secret: false,
    });
    expect(r.stderr).toContain('batch complete: 2 processed, 2 failed, 0 already done');
    expect({
      notes: summary.notes,
      errors: summary.errorsByCode,
      out: summary.out,
      errorsOut: summary.errorsOut,
    }).toEqual({
      notes: { read: 4, processed: 2, failed: 2, skipped: 0, duplicates: 0 },
      errors: { 'input.invalid': 1, 'input.empty': 1 },
      out,
      errorsOut: join(dir, 'results.errors.jsonl'),
    });
  });

  it('prints nothing with --quiet and skips everything on a second run', async () => {
    const dir = workdir();
    const out = join(dir, 'r.jsonl');
    const fixtures = join(import.meta.dirname, '../fixtures');
    const first = await runCliInProcess(['batch', fixtures, '--out', out, '--quiet']);
    const second = await runCliInProcess(['batch', fixtures, '--out', out]);
    expect({ first: [first.status, first.stderr], second: second.status }).toEqual({
      first: [0, ''],
      second: 0,
    });
    expect(second.stderr).toContain(`batch complete: 0 processed, 0 failed, ${SEEDS.length} already done`);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).length).toBe(SEEDS.length);
  });

  it('reads JSONL from standard input with -', () => {
    const dir = workdir();
    const r = runCli(['batch', '-', '--out', join(dir, 'r.jsonl'), '--quiet'], {
      input: jsonl([generatedNote(SEEDS, 3)]),
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.jsonl'), 'utf8')).id).toBe('n-3');
  });

  it.each([
    [
      'a missing input',
      ['batch', 'nope.jsonl', '--out', 'x.jsonl'],
      'opnote: batch input not found: nope.jsonl; expected a JSONL file or a directory\n',
    ],
    ['no --out', ['batch', 'fixtures'], 'opnote: batch needs --out <results.jsonl>\n'],
    [
      'a bad --concurrency',
      ['batch', 'fixtures', '--out', 'x.jsonl', '--concurrency', 'many'],
      'opnote: --concurrency expects a whole number of at least 1; got "many"\n',
    ],
    [
      'an unknown extractor',
      ['batch', 'fixtures', '--out', 'x.jsonl', '--extractor', 'nope'],
      expect.stringContaining('opnote: unknown extractor "nope"; expected one of: rules'),
    ],
    [
      '--diff with one file',
      ['batch', '--diff', 'a.jsonl'],
      'opnote: --diff compares two results files: opnote batch --diff old.jsonl new.jsonl (got 1)\n',
    ],
  ])('exits 2 for %s', async (_name, args, stderr) => {
    expect(await runCliInProcess(args)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('--diff lists per note the supported code and findings that changed, as text or JSON lines', async () => {
    const dir = workdir();
    const result = (id: string, supported: string | null, findings: Array<[string, string?]>) =>
      JSON.stringify({
        id,
        batchKey: 'k',
        code: { claimed: '27290', supported },
        findings: findings.map(([fid, element]) => ({
          id: fid,
          ...(element ? { element } : {}),
          severity: 'error',
        })),
      });
    writeFileSync(
      join(dir, 'old.jsonl'),
      jsonl([
        result('a', '27290', [['doc.missing', 'laterality']]),
        result('b', '27290', []),
        result('c', '27596', []),
      ]),
    );
    writeFileSync(
      join(dir, 'old.errors.jsonl'),
      jsonl([{ id: 'd', batchKey: 'k', code: 'provider.server', message: 'm' }]),
    );
    writeFileSync(
      join(dir, 'new.jsonl'),
      jsonl([result('a', '27290', []), result('b', '27295', [['level.mismatch']]), result('d', '27365', [])]),
    );
    const text = await runCliInProcess(['batch', '--diff', join(dir, 'old.jsonl'), join(dir, 'new.jsonl')]);
    expect(text).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'a: -doc.missing:laterality',
        'b: supported 27290 -> 27295; +level.mismatch',
        'd: status error:provider.server -> ok',
        'c: only in old run',
        '3 notes in both runs: 3 changed (1 supported code changes); 1 only in old, 0 only in new',
        '',
      ].join('\n'),
    });
    const json = await runCliInProcess([
      'batch',
      '--diff',
      join(dir, 'old.jsonl'),
      join(dir, 'new.jsonl'),
      '--format',
      'json',
    ]);
    expect(
      json.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))[1],
    ).toEqual({
      id: 'b',
      change: 'changed',
      supported: { old: '27290', new: '27295' },
      findingsGained: ['level.mismatch'],
      findingsLost: [],
    });
  });
});
