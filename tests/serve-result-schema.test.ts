import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { codes } from '../src/codes/index.ts';
import type { CodeDefinition } from '../src/codes/types.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { processNote } from '../src/pipeline/process.ts';
import { processResultJsonSchema, processResultSchema } from '../src/schemas/result.ts';
import { codeDefinitionSchema } from '../src/serve/schemas.ts';
import { FIXTURES } from './serve-helpers.ts';

const cases = loadFixtures(FIXTURES);
const validateJson = new Ajv2020({ strict: false, allErrors: true }).compile(processResultJsonSchema());

describe('processResultSchema: the response contract', () => {
  it.each(cases.map((c) => [c.name, c] as const))('parses processNote output on %s', async (_name, c) => {
    const result = await processNote({
      transcript: readFileSync(c.transcriptPath),
      ...(c.claimPath ? { claim: JSON.parse(readFileSync(c.claimPath, 'utf8')) } : {}),
    });
    const parsed = processResultSchema.safeParse(result);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(parsed.data).toEqual(result);
    // The exported JSON Schema accepts it too (what consumers in other languages validate with).
    const json = JSON.parse(JSON.stringify(result));
    const valid = validateJson(json);
    expect(validateJson.errors?.slice(0, 3) ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each<[string, (r: Record<string, unknown>) => void]>([
    ['an unknown top-level key', (r) => Object.assign(r, { transcript: 'x' })],
    [
      'a finding id outside the registry',
      (r) =>
        Object.assign(r, {
          findings: [{ id: 'made.up', severity: 'error', message: 'm', evidence: [], fix: 'f' }],
        }),
    ],
    [
      'a bad severity',
      (r) =>
        Object.assign(r, {
          findings: [{ id: 'doc.missing', severity: 'fatal', message: 'm', evidence: [], fix: 'f' }],
        }),
    ],
    [
      'evidence offsets that disagree with the quote',
      (r) =>
        Object.assign(r, {
          findings: [
            {
              id: 'doc.missing',
              severity: 'error',
              message: 'm',
              evidence: [{ quote: 'abc', start: 0, end: 5 }],
              fix: 'f',
            },
          ],
        }),
    ],
    [
      'a fact value off its element schema',
      (r) =>
        Object.assign(r, { facts: { laterality: { status: 'documented', value: 'both', evidence: [] } } }),
    ],
    ['a missing drafts block', (r) => delete r.drafts],
  ])('rejects %s', async (_name, breakIt) => {
    const first = cases[0];
    if (!first) throw new Error('no fixtures');
    const result = (await processNote({
      transcript: readFileSync(first.transcriptPath),
    })) as unknown as Record<string, unknown>;
    expect(processResultSchema.safeParse(result).success).toBe(true);
    breakIt(result);
    expect(processResultSchema.safeParse(result).success).toBe(false);
  });
});

describe('codeDefinitionSchema: GET /v1/codes/{code}', () => {
  it('accepts every CodeDefinition (type level)', () => {
    expectTypeOf<CodeDefinition>().toExtend<z.input<typeof codeDefinitionSchema>>();
  });

  it.each(codes.map((c) => [c.code, c] as const))('parses %s as served (JSON)', (_code, def) => {
    const json = JSON.parse(JSON.stringify(def));
    const parsed = codeDefinitionSchema.safeParse(json);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });
});
