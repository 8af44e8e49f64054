import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs, writeNotesJsonl } from './support/batch-notes.ts';
import { ROOT } from './support/cli.ts';

const temp = tempDirs('opnote-batch-kill-');
afterAll(() => temp.removeAll());
const CHILD = join(ROOT, 'tests/support/batch-child.ts');
const NOTES = 150;

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

function runChild(args: string[]) {
  return spawn(process.execPath, [CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

describe('batch resume after kill -9', () => {
  it('finishes the batch on the same command with every note exactly once', async () => {
    const dir = temp.make();
    const input = join(dir, 'notes.jsonl');
    const out = join(dir, 'results.jsonl');
    const errors = join(dir, 'results.errors.jsonl');
    await writeNotesJsonl(input, NOTES);
    // Bad lines go to the error file, which must resume as exactly as the results.
    appendFileSync(input, '{"id":"torn-input","transcript":"left\n{"id":"empty","transcript":""}\n');
    const expected = [
      ...Array.from({ length: NOTES }, (_, i) => `n-${i}`),
      `line-${NOTES + 1}`,
      'empty',
    ].sort();
    const args = [
      '10',
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

    const first = runChild(args);
    const exited = once(first, 'exit');
    await until(() => completeLines(out).length >= 10);
    first.kill('SIGKILL');
    const [, signal] = await exited;
    const linesAtKill = completeLines(out).length + completeLines(errors).length;
    // The killed run leaves its lock behind; the next run sees its pid is gone and takes it over.
    const lockAfterKill = existsSync(`${out}.lock`);

    const second = runChild(args);
    let stderr = '';
    second.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const [status] = await once(second, 'exit');

    const ids = [...completeLines(out), ...completeLines(errors)].map(
      (l) => (JSON.parse(l) as { id: string }).id,
    );
    expect({
      signal,
      midRun: linesAtKill < expected.length,
      lockAfterKill,
      status,
      stderr,
      lockAfterResume: existsSync(`${out}.lock`),
    }).toEqual({
      signal: 'SIGKILL',
      midRun: true,
      lockAfterKill: true,
      status: 0,
      stderr: '',
      lockAfterResume: false,
    });
    expect(ids.sort()).toEqual(expected);
    expect(readFileSync(out, 'utf8').endsWith('\n')).toBe(true);
  });
});
