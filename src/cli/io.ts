import { type ReadLimit, readFileBounded, readStreamBounded } from '../pipeline/input.ts';

/**
 * Reads a file, or standard input for "-", as bytes: asynchronously (a synchronous read of a pipe
 * fails with EAGAIN) and never more than `limit.maxBytes + 1` bytes, whatever the source.
 */
export function readInput(path: string, limit: ReadLimit): Promise<Buffer> {
  return path === '-' ? readStreamBounded(process.stdin, limit) : readFileBounded(path, limit);
}

let pipeGuarded = false;

/**
 * Exits quietly when the reader of stdout or stderr goes away (`opnote ... | head -1`): EPIPE is the
 * reader's choice, not a failure to report. Installed once by the entry points, for every command.
 */
export function exitQuietlyOnBrokenPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // Any other output failure: one line where possible, and a failed exit.
      process.stderr.write(`opnote: cannot write output (${error.code ?? error.name})\n`, () => {});
      process.exit(1);
    });
}
