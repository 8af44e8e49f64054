import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { processNote } from '../src/pipeline/process.ts';
import { probes } from './support/probes.ts';
import { readingProbes } from './support/reading-classes.ts';

const ROOT = new URL('..', import.meta.url).pathname;

// Every candidate says why it is or is not the code: a reason never ends with an empty list of failed
// cues ("27295 not supported: ."), which is what a code whose cues all hold gave when the text's several
// patients named several operations (a keyword line naming another operation did that).
const texts: Array<readonly [string, string]> = [
  ...loadFixtures(`${ROOT}fixtures`).map((c) => [c.name, readFileSync(c.transcriptPath, 'utf8')] as const),
  ...readingProbes.map((p) => [p.klass, p.text] as const),
  ...probes.map(([name, text]) => [name, text] as const),
  [
    'several patients naming two operations',
    'Fourteen patients underwent hip disarticulation and two patients underwent hindquarter amputation. In each hip disarticulation the capsule was divided and the femoral head dislocated; the limb was removed and the pelvis kept.',
  ],
];

describe('level reasons: no candidate has an empty reason', () => {
  it.each(texts)('%s', async (_name, text) => {
    const result = await processNote({ transcript: text, claim: null });
    const empty = [
      ...result.code.candidates.flatMap((c) => [c.why, c.summary]),
      ...result.code.reasons,
    ].filter((r) => r.trim() === '' || /:\s*\.$/.test(r));
    expect(empty).toEqual([]);
  });
});
