import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { echo, InputError } from '../errors.ts';
import { decodeUtf8, readFileBoundedSync } from '../pipeline/input.ts';
import { draftSectionKeys } from '../render/operative-note.ts';
import { routeDecisions } from '../schemas/findings.ts';

/**
 * Expected fact word for "not documented": the element is not mentioned or only negated. In
 * expected.json, `null` means the same (`"facts": {"laterality": null}`).
 */
export const NOT_DOCUMENTED = 'not_documented';

/** Largest expected.json read, in bytes. */
export const MAX_EXPECTED_BYTES = 1024 * 1024;

/**
 * Gold labels for one case: the supported code (null: the documentation cannot decide), the route a
 * coder would want, the findings that must appear, and some facts.
 */
export const expectedSchema = z.object({
  code: z.string().nullable(),
  route: z.enum(routeDecisions).optional(),
  findings: z.array(z.string()),
  allowedFindings: z.array(z.string()).default([]),
  facts: z
    .record(
      z.string(),
      z
        .string()
        .nullable()
        .transform((v) => v ?? NOT_DOCUMENTED),
    )
    .default({}),
  /** Draft gold: words each operative-note section must show, and text the note must not show. */
  draft: z
    .object({
      sections: z.partialRecord(z.enum(draftSectionKeys), z.array(z.string())).default({}),
      absent: z.array(z.string()).default([]),
    })
    .strict()
    .optional(),
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

/**
 * Reads and validates one expected.json. A malformed one is one `input.invalid` line naming the
 * file and the field at fault, e.g. `fixtures/x/expected.json: facts.laterality: expected string`.
 */
export function readExpected(path: string): Expected {
  const text = decodeUtf8(readFileBoundedSync(path, { what: path, maxBytes: MAX_EXPECTED_BYTES }), path);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    const position = /position (\d+)/.exec((cause as Error).message)?.[1];
    throw new InputError(
      'input.invalid',
      `case file ${echo(path)} is not valid JSON${position === undefined ? '' : ` (error at character ${position})`}`,
      { cause },
    );
  }
  const parsed = expectedSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${echo(i.path.join('.'), 60) || '(file)'}: ${i.message}`)
      .join('; ');
    throw new InputError('input.invalid', `case file ${echo(path)} is invalid: ${where}`);
  }
  return parsed.data;
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
        expected: readExpected(join(dir, 'expected.json')),
      };
    });
}
