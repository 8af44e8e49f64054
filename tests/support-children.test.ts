import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnTracked } from './support/children.ts';

/**
 * tests/support/children.ts: a spawned child must not outlive its test, even when the test fails or
 * times out (one killed by vitest's timeout left its `opnote serve` running after the run). Each
 * `it.fails` below starts a long-lived child and then fails on purpose; the test after it checks that
 * the child is gone.
 */

const LONG_LIVED = ['-e', 'setInterval(() => {}, 1000)'];

/** Whether a process runs (a zombie waiting for its reaper does not). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** Resolves with the first line the child writes to stdout. */
const firstLine = (child: ReturnType<typeof spawnTracked>): Promise<string> =>
  new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0] as string);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before writing a line`)));
  });

describe('a child started by a test that fails', () => {
  let pid = 0;

  it.fails('(fails on purpose after starting a long-lived child)', async () => {
    pid = spawnTracked(process.execPath, LONG_LIVED, { stdio: 'ignore' }).pid as number;
    expect(running(pid)).toBe(true);
    throw new Error('failed with its child running');
  });

  it('is killed when that test ends', () => {
    expect(pid).toBeGreaterThan(0);
    expect(running(pid)).toBe(false);
  });
});

describe('a child started by a test that times out', () => {
  let pid = 0;

  it.fails('(never ends on its own, after starting a long-lived child)', async () => {
    pid = spawnTracked(process.execPath, LONG_LIVED, { stdio: 'ignore' }).pid as number;
    await new Promise(() => {});
  }, 200);

  it('is killed when that test ends', () => {
    expect(pid).toBeGreaterThan(0);
    expect(running(pid)).toBe(false);
  });
});

describe('a process group (a shell and the Node it started)', () => {
  const pids: number[] = [];

  it.fails('(fails on purpose with both running)', async () => {
    const shell = spawnTracked(
      'sh',
      ['-c', `"${process.execPath}" -e 'setInterval(() => {}, 1000)' & echo $!; wait`],
      { group: true, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    pids.push(shell.pid as number, Number(await firstLine(shell)));
    expect(pids.map(running)).toEqual([true, true]);
    throw new Error('failed with its children running');
  });

  it('is killed whole when that test ends, the grandchild too', async () => {
    expect(pids).toHaveLength(2);
    // The grandchild is reaped by whoever adopted it, not by this process: wait for that.
    await expect.poll(() => pids.map(running)).toEqual([false, false]);
  });
});

describe('a child started in a hook or earlier', () => {
  const child = spawnTracked(process.execPath, LONG_LIVED, { stdio: 'ignore' });

  it('outlives the tests of the file (it is killed when the file ends)', () => {
    expect(running(child.pid as number)).toBe(true);
  });

  it('still runs in the next test', () => {
    expect(running(child.pid as number)).toBe(true);
  });
});
