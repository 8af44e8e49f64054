import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedCodes, findCode } from '../src/codes/index.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { processNote } from '../src/pipeline/process.ts';
import { TEMPLATE_NAMES } from '../src/render/render.ts';
import { elementKeysFor, factsSchemaFor } from '../src/schemas/code-facts.ts';
import { groupNamePlaces } from '../src/schemas/decision.ts';
import { exportedSchemas } from '../src/schemas/export.ts';
import { ROOT } from './support/cli.ts';

describe('checked-in JSON Schemas', () => {
  it('match the zod schemas (run `npm run schemas` after changing them)', () => {
    for (const [name, schema] of Object.entries(exportedSchemas())) {
      const onDisk = JSON.parse(readFileSync(`${ROOT}schemas/${name}`, 'utf8'));
      expect({ name, schema: onDisk }).toEqual({ name, schema });
    }
  });
});

describe('output facts follow the per-code schema', () => {
  const cases = loadFixtures(`${ROOT}fixtures`);
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const claim = c.claimPath ? JSON.parse(readFileSync(c.claimPath, 'utf8')) : undefined;
    const r = await processNote({ transcript: readFileSync(c.transcriptPath), ...(claim ? { claim } : {}) });
    const code = r.code.checked ? findCode(r.code.checked) : undefined;
    if (code) {
      const own = Object.fromEntries(elementKeysFor(code).map((k) => [k, r.facts[k]]));
      expect(factsSchemaFor(code).safeParse(own).error).toBeUndefined();
    } else expect(r.code.checked).toBeNull();
  });
});

describe('adding a code: every documented code has all its parts', () => {
  const fixtureCodes = new Set(loadFixtures(`${ROOT}fixtures`).map((c) => c.expected.code));
  it.each(documentedCodes.map((c) => [c.code, c] as const))('%s', (code) => {
    expect(existsSync(`${ROOT}schemas/cpt-${code}.facts.schema.json`)).toBe(true);
    expect(fixtureCodes.has(code)).toBe(true);
    for (const t of TEMPLATE_NAMES) expect(existsSync(`${ROOT}src/render/templates/${t}`)).toBe(true);
    expect(readdirSync(`${ROOT}fixtures`).some((d) => d.includes(code))).toBe(true);
  });
});

describe('procedure names grouped where they sit (groupNamePlaces)', () => {
  const at = (code: string, start: number, end: number) => ({ code, start, end });
  it.each([
    // one place, several codes; apart, two names
    [[at('a', 0, 10), at('b', 2, 8)], false, [['a', 'b']]],
    [[at('a', 0, 10), at('b', 10, 20)], false, [['a'], ['b']]],
    // a chain: without grow the third overlaps only the second, which joined the first's place
    [[at('a', 0, 10), at('b', 8, 20), at('c', 15, 25)], false, [['a', 'b'], ['c']]],
    [[at('a', 0, 10), at('b', 8, 20), at('c', 15, 25)], true, [['a', 'b', 'c']]],
    // in the given order: a mention joins the first group it overlaps
    [[at('a', 0, 10), at('c', 15, 25), at('b', 8, 20)], true, [['a', 'b'], ['c']]],
  ])('%j (grow %s)', (mentions, grow, codes) => {
    const groups = groupNamePlaces(mentions, (m) => m, grow);
    expect(groups.map((g) => [...g.codes].sort())).toEqual(codes);
    expect(groups.map((g) => g.first)).toEqual(codes.map((c) => mentions.find((m) => m.code === c[0])));
  });
});
