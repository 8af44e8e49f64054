import { once } from 'node:events';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs, writeNotesJsonl } from './support/batch-notes.ts';
import { spawnTracked } from './support/children.ts';
import { ROOT } from './support/cli.ts';

const temp = tempDirs('opnote-batch-kill-');
afterAll(() => temp.removeAll());
const CHILD = join(ROOT, 'tests/support/batch-child.ts');
const NOTES = 24;

const completeLines = (path: string): string[] =>
  existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(0, -1) : [];

/** Polls until `ready` holds; gives up (failing the test) after a number of polls, not a duration. */
async function until(ready: () => boolean, polls = 800): Promise<void> {
  for (let i = 0; i < polls; i++) {
    if (ready()) return;
    await sleep(5);
  }
  throw new Error('the child wrote no output lines');
}

/** A batch child, killed when the file ends whatever happened (a hook that times out included). */
function runChild(args: string[]) {
  return spawnTracked(process.execPath, [CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * One scenario, run in beforeAll (the children's start-up is not under test): a batch killed with -9
 * after a few lines, then the same command again. Few notes, each slow enough (40 ms, 4 at a time)
 * that the kill lands mid-run; the tests check what the two runs left.
 */
describe('batch resume after kill -9', () => {
  const dir = temp.make();
  const input = join(dir, 'notes.jsonl');
  const out = join(dir, 'results.jsonl');
  const errors = join(dir, 'results.errors.jsonl');
  const expected = [
    ...Array.from({ length: NOTES }, (_, i) => `n-${i}`),
    `line-${NOTES + 1}`,
    'empty',
  ].sort();
  const args = [
    '40',
    'batch',
    input,
    '--out',
    out,
    '--extractor',
    'slow-fake',
    '--concurrency',
    '4',
    '--quiet',
  ];
  let signal: string | null = null;
  let linesAtKill = -1;
  let lockAfterKill = false;
  let status: number | null = null;
  let stderr = '';

  beforeAll(async () => {
    await writeNotesJsonl(input, NOTES);
    // Bad lines go to the error file, which must resume as exactly as the results.
    appendFileSync(input, '{"id":"torn-input","transcript":"left\n{"id":"empty","transcript":""}\n');
    const first = runChild(args);
    const exited = once(first, 'exit');
    await until(() => completeLines(out).length >= 4);
    first.kill('SIGKILL');
    [, signal] = (await exited) as [number | null, string | null];
    linesAtKill = completeLines(out).length + completeLines(errors).length;
    // The killed run leaves its lock behind; the next run sees its pid is gone and takes it over.
    lockAfterKill = existsSync(`${out}.lock`);
    const second = runChild(args);
    second.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    [status] = (await once(second, 'exit')) as [number | null];
  });

  it('the first run was killed mid-run and left its lock', () => {
    expect({ signal, midRun: linesAtKill < expected.length, lockAfterKill }).toEqual({
      signal: 'SIGKILL',
      midRun: true,
      lockAfterKill: true,
    });
  });

  it('the same command finishes the batch quietly (exit 0) and takes the lock away', () => {
    expect({ status, stderr, lockAfterResume: existsSync(`${out}.lock`) }).toEqual({
      status: 0,
      stderr: '',
      lockAfterResume: false,
    });
  });

  it('every note is in the results or errors exactly once, and the results end whole', () => {
    const ids = [...completeLines(out), ...completeLines(errors)].map(
      (l) => (JSON.parse(l) as { id: string }).id,
    );
    expect(ids.sort()).toEqual(expected);
    expect(readFileSync(out, 'utf8').endsWith('\n')).toBe(true);
  });
});
