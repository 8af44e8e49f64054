import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, afterEach, beforeEach } from 'vitest';

/**
 * The child processes a test file starts, killed whatever happens to the test: a child started inside a
 * test is killed (SIGKILL) when that test ends, passed, failed or timed out; one started in a hook or at
 * collection, when the file ends. A test that stops its child itself (SIGTERM, a drain) does so first:
 * these hooks run after the file's own. Importing this module registers the hooks in the importing
 * test file; import it from tests only.
 *
 * A child started with `group: true` leads its own process group and is killed with its whole group,
 * for children that start others (a shell pipeline, a browser): its leader exiting does not end them.
 */

interface Tracked {
  child: ChildProcess;
  group: boolean;
  /** Started while a test ran: killed at the end of that test, not of the file. */
  inTest: boolean;
}

const tracked = new Set<Tracked>();
let testRunning = false;

const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

function signal(t: Tracked, sig: NodeJS.Signals): void {
  try {
    // The group outlives its leader, so it is signalled even when the leader is gone.
    if (t.group && t.child.pid !== undefined) process.kill(-t.child.pid, sig);
    else if (!exited(t.child)) t.child.kill(sig);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Kills the tracked children `which` selects and waits until each has exited. */
async function killTracked(which: (t: Tracked) => boolean): Promise<void> {
  const chosen = [...tracked].filter(which);
  for (const t of chosen) tracked.delete(t);
  await Promise.all(
    chosen.map(async (t) => {
      // A child that never started (no pid) has nothing to kill or wait for.
      const exit = exited(t.child) || t.child.pid === undefined ? undefined : once(t.child, 'exit');
      signal(t, 'SIGKILL');
      await exit;
    }),
  );
}

beforeEach(() => {
  testRunning = true;
});
afterEach(async () => {
  testRunning = false;
  await killTracked((t) => t.inTest);
});
afterAll(() => killTracked(() => true));
// Code under test calling process.exit() ends the worker without its hooks: kill what is left, synchronously.
// (Vitest itself stops a worker with SIGTERM, after its hooks have run.)
process.once('exit', () => {
  for (const t of tracked) signal(t, 'SIGKILL');
});

/**
 * Records a child started elsewhere (execFile, a helper's spawn) so that it is killed with the test or
 * file that started it. `group: true` only for a child spawned with `detached: true` (its own group).
 */
export function track<T extends ChildProcess>(child: T, options: { group?: boolean } = {}): T {
  tracked.add({ child, group: options.group === true, inTest: testRunning });
  return child;
}

/** `spawn`, tracked; `group: true` starts the child in its own process group, killed whole. */
export function spawnTracked(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { group?: boolean } = {},
): ChildProcess {
  const { group = false, ...spawnOptions } = options;
  return track(spawn(command, args, { ...spawnOptions, detached: group }), { group });
}
