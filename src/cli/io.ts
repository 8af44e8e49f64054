import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.ts';

/** Reads a file (or standard input for "-") as bytes, with clear errors for missing paths. */
export function readInput(path: string): Uint8Array {
  if (path === '-') return readFileSync(0);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError('input.not-found', `file not found: ${path}`);
  }
  if (stat.isDirectory())
    throw new InputError('input.invalid', `expected a file but got a directory: ${path}`);
  return readFileSync(path);
}
