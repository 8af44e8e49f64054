import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** A fixture dictation and its claim, used as the seed of generated batch notes. */
export interface SeedNote {
  name: string;
  transcript: string;
  claim?: unknown;
}

/** The fixture cases as seed notes (sorted by folder name). */
export function seedNotes(): SeedNote[] {
  return readdirSync(FIXTURES)
    .sort()
    .filter((d) => existsSync(join(FIXTURES, d, 'transcript.txt')))
    .map((d) => {
      const claimPath = join(FIXTURES, d, 'claim.json');
      return {
        name: d,
        transcript: readFileSync(join(FIXTURES, d, 'transcript.txt'), 'utf8'),
        ...(existsSync(claimPath) ? { claim: JSON.parse(readFileSync(claimPath, 'utf8')) as unknown } : {}),
      };
    });
}

/** Note `i` of a generated batch: a fixture dictation made unique by a reference line, id `n-<i>`. */
export function generatedNote(
  seeds: readonly SeedNote[],
  i: number,
): { id: string; transcript: string; claim?: unknown } {
  const seed = seeds[i % seeds.length] as SeedNote;
  return {
    id: `n-${i}`,
    transcript: `${seed.transcript}\nDictation reference ${i}.`,
    ...(seed.claim === undefined ? {} : { claim: seed.claim }),
  };
}

/** Writes `count` generated notes as JSONL, streaming (a 100k-note file never sits in memory). */
export async function writeNotesJsonl(path: string, count: number, seeds = seedNotes()): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(generatedNote(seeds, i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Temporary directories for one test file, removed together (call `removeAll` in `afterAll`). */
export function tempDirs(prefix: string): { make(): string; removeAll(): void } {
  const made: string[] = [];
  return {
    make() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
