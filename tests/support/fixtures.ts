import { readFileSync } from 'node:fs';
import { ROOT } from './cli.ts';

/** A bundled fixture's transcript and its claim (undefined when the fixture has none). */
export function readFixture(name: string): { transcript: string; claim: unknown } {
  const dir = `${ROOT}fixtures/${name}/`;
  const transcript = readFileSync(`${dir}transcript.txt`, 'utf8');
  let claim: unknown;
  try {
    claim = JSON.parse(readFileSync(`${dir}claim.json`, 'utf8'));
  } catch {
    claim = undefined;
  }
  return { transcript, claim };
}
