import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_CHARS } from '../src/pipeline/input.ts';
import { ROOT, runCli, runCliInProcess } from './support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'opnote-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const MARKER = 'ZEBRA-PHI-MARKER';
const good = `${ROOT}fixtures/a-27290-classic-formatted/transcript.txt`;

const badInputs: Array<[string, string[], string | undefined, RegExp]> = [
  ['empty transcript', ['process', file('empty.txt', '')], undefined, /empty or blank/],
  ['blank transcript', ['process', file('blank.txt', '   \n\t \n')], undefined, /empty or blank/],
  [
    'binary transcript',
    ['process', file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
    undefined,
    /binary/,
  ],
  [
    'non-UTF-8 transcript',
    ['process', file('latin1.txt', Buffer.from(`${MARKER} caf\xe9 f\xe9mur`, 'latin1'))],
    undefined,
    /not valid UTF-8/,
  ],
  [
    'transcript over the size limit',
    ['process', file('huge.txt', `${MARKER} `.repeat(MAX_TRANSCRIPT_CHARS / 8))],
    undefined,
    /limit is/,
  ],
  ['missing file', ['process', join(dir, 'nope.txt')], undefined, /file not found/],
  ['missing claim file', ['process', good, '--claim', join(dir, 'nope.json')], undefined, /file not found/],
  [
    'malformed claim JSON',
    ['process', good, '--claim', file('bad.json', '{"cpt": "27290",')],
    undefined,
    /not valid JSON/,
  ],
  [
    'a transcript passed as the claim (its text is not echoed)',
    [
      'process',
      good,
      '--claim',
      file('claim-is-note.txt', `${MARKER} Patient had a left hindquarter amputation.`),
    ],
    undefined,
    /not valid JSON/,
  ],
  [
    'wrong claim field types',
    ['process', good, '--claim', file('types.json', '{"cpt": 27290, "modifiers": "RT"}')],
    undefined,
    /claim is invalid: cpt/,
  ],
  [
    'unknown claim field',
    ['process', good, '--claim', file('extra.json', '{"cpt": "27290", "modifer": ["RT"]}')],
    undefined,
    /claim is invalid/,
  ],
  ['unknown format', ['process', good, '--format', 'xml'], undefined, /xml/],
  ['unknown extractor', ['process', good, '--extractor', 'magic'], undefined, /unknown extractor "magic"/],
  ['empty stdin', ['process', '-'], '', /empty or blank/],
  ['unknown command', ['frobnicate'], undefined, /unknown command/],
  ['unknown code for codes', ['codes', '99999'], undefined, /not in the code knowledge/],
];

describe('bad usage and input: exit 2 with one line on stderr, no stack, no transcript text', () => {
  // In-process (the same main the binary runs); stdin needs a real process.
  it.each(badInputs)('%s', async (_name, args, input, message) => {
    const run = input === undefined ? await runCliInProcess(args) : runCli(args, { input });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(run.stderr).not.toContain(MARKER);
  });
});

describe('good usage', () => {
  it('reads the transcript from stdin', () => {
    const run = runCli(['process', '-'], {
      input:
        'Right hip disarticulation. The femoral head was dislocated from the acetabulum and the limb was removed.',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).code.supported).toBe('27295');
  });

  it('prints Markdown with --format markdown', async () => {
    const run = await runCliInProcess(['process', good, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# opnote result/);
    expect(run.stdout).toContain('# Coder summary');
  });

  it('an unknown claimed code is a finding, not an error', async () => {
    const run = await runCliInProcess([
      'process',
      good,
      '--claim',
      file('unknown.json', '{"cpt": "99999", "modifiers": ["LT"]}'),
    ]);
    expect(run.status).toBe(0);
    const ids = JSON.parse(run.stdout).findings.map((f: { id: string }) => f.id);
    expect(ids).toContain('code.unknown');
  });

  it('lists codes and shows one', async () => {
    const list = await runCliInProcess(['codes']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('27290');
    expect(list.stdout).toContain('27598');
    const one = await runCliInProcess(['codes', '27596']);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/Inpatient-only: yes \(status indicator C\)/);
    const json = await runCliInProcess(['codes', '27290', '--format', 'json']);
    expect(JSON.parse(json.stdout).rvu.work).toBe(23.94);
  });

  it('prints help and exits 0', async () => {
    const run = await runCliInProcess(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('process');
    expect(run.stdout).toContain('codes');
  });
});

describe('library options are checked where they enter', () => {
  it('rejects a non-numeric size limit instead of disabling it', async () => {
    const { processNote } = await import('../src/pipeline/process.ts');
    await expect(processNote({ transcript: 'Right AKA.' }, { maxChars: Number.NaN })).rejects.toThrow(
      /maxChars must be a positive integer/,
    );
  });
});
