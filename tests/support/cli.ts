import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user does (a child process on the project's Node), optionally with stdin. */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const r = spawnSync(process.execPath, [`${ROOT}bin/opnote.js`, ...args], {
    cwd: ROOT,
    input: options.input,
    env: { ...process.env, OPENAI_API_KEY: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
