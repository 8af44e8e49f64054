import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Gold labels for one case: the supported code, the findings that must appear, and some facts. */
export const expectedSchema = z.object({
  code: z.string().nullable(),
  findings: z.array(z.string()),
  allowedFindings: z.array(z.string()).default([]),
  facts: z.record(z.string(), z.string()).default({}),
  notes: z.string().optional(),
});
export type Expected = z.infer<typeof expectedSchema>;

export interface FixtureCase {
  name: string;
  dir: string;
  transcriptPath: string;
  claimPath?: string;
  expected: Expected;
}

/** Reads every case folder (one with a transcript.txt and expected.json) under `root`. */
export function loadFixtures(root: string): FixtureCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, d.name))
    .filter((dir) => existsSync(join(dir, 'transcript.txt')) && existsSync(join(dir, 'expected.json')))
    .sort()
    .map((dir) => {
      const claimPath = join(dir, 'claim.json');
      return {
        name: dir.split('/').pop() as string,
        dir,
        transcriptPath: join(dir, 'transcript.txt'),
        ...(existsSync(claimPath) ? { claimPath } : {}),
        expected: expectedSchema.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))),
      };
    });
}
