import { closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { InputError } from '../errors.ts';
import { openPrivate } from '../fs/private-files.ts';

/** Whether process `pid` is running on this machine (a process of another user counts as running). */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock file of a results file: `<out>.lock`. */
export const lockPathFor = (out: string): string => `${out}.lock`;

interface LockOwner {
  pid: number;
  host: string;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host } : undefined;
  } catch {
    return undefined;
  }
}

/** Lock files held by this process (a lock naming our pid but not listed here was left by an earlier process that had the same pid, e.g. in a restarted container). */
const heldHere = new Set<string>();

/** A held output lock; `release` removes the lock file (idempotent). */
export interface OutputLock {
  path: string;
  release(): void;
}

/**
 * Takes the exclusive lock of a batch output: creates `<out>.lock` (0600, `{"pid","host"}`) with O_EXCL,
 * so two runs appending to the same results file cannot both start. A lock left by a process that no
 * longer runs on this host (a kill -9, a crash) is stale and taken over; a lock of a running process, or
 * of another host, fails with `output.locked`. The lock is also removed if the process exits without
 * releasing it (process.exit after a second Ctrl-C).
 */
export function lockOutput(out: string): OutputLock {
  const path = lockPathFor(out);
  const host = hostname();
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openPrivate(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
      const owner = readOwner(path);
      // An unreadable lock is being written right now, or is garbage: only a dead owner is taken over.
      const stale =
        owner !== undefined &&
        owner.host === host &&
        (owner.pid === process.pid ? !heldHere.has(resolve(path)) : !isAlive(owner.pid));
      if (!stale) {
        const who =
          owner === undefined
            ? 'another batch'
            : owner.host === host
              ? `another batch (pid ${owner.pid})`
              : `a batch on host ${owner.host} (pid ${owner.pid})`;
        throw new InputError(
          'output.locked',
          `${out} is in use by ${who}; wait for it to finish, or choose another --out (if no batch is running, delete ${path})`,
        );
      }
      // Re-read just before removing, so a lock another run has just taken over is not removed.
      const again = readOwner(path);
      if (again?.pid === owner.pid && again.host === owner.host) rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify({ pid: process.pid, host }));
    } finally {
      closeSync(fd);
    }
    heldHere.add(resolve(path));
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      heldHere.delete(resolve(path));
      process.off('exit', release);
      if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
    };
    process.on('exit', release);
    return { path, release };
  }
}
