// Another revision of this repository, for the benches that compare two checkouts in one run
// (rules-cost, equivalence): `--previous <dir>` as given, else `--previous-rev <rev>` checked out as a
// detached git worktree (the whole checkout: package.json and data files beside the modules, not just
// src/) with this checkout's node_modules linked in, removed when the process exits.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;

/** The value after `--name` on the command line. */
export const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** The directory of the revision to compare with (see the header); `defaultRev` without either flag. */
export function previousCheckout(defaultRev: string): string {
  const given = arg('previous');
  if (given) return given;
  const tree = join(mkdtempSync(join(tmpdir(), 'opnote-prev-')), 'tree');
  execFileSync(
    'git',
    ['-C', ROOT, 'worktree', 'add', '--detach', '--quiet', tree, arg('previous-rev') ?? defaultRev],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  let removed = false;
  process.on('exit', () => {
    if (removed) return;
    removed = true;
    execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', tree]);
    rmSync(dirname(tree), { recursive: true, force: true });
  });
  return tree;
}
