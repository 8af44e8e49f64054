import { describe, expect, it } from 'vitest';
import { findingIds, findingKey, findingSchema } from '../src/schemas/findings.ts';

const common = { severity: 'error', message: 'm', evidence: [], fix: 'f' } as const;

describe('the finding union (src/schemas/findings.ts)', () => {
  it('parses each id with its own payload', () => {
    expect(findingSchema.safeParse({ id: 'level.mismatch', ...common, suggestedCode: '27590' }).success).toBe(
      true,
    );
    expect(
      findingSchema.safeParse({
        id: 'level.ambiguous',
        ...common,
        candidates: ['27329'],
        missing: ['tumorSize'],
      }).success,
    ).toBe(true);
    expect(findingSchema.safeParse({ id: 'doc.missing', ...common, element: 'tumorBoard' }).success).toBe(
      true,
    );
  });

  it("rejects another id's payload, a missing payload and an unknown id", () => {
    // candidates belong to level.ambiguous, not to level.mismatch
    expect(findingSchema.safeParse({ id: 'level.mismatch', ...common, candidates: ['27590'] }).success).toBe(
      false,
    );
    expect(findingSchema.safeParse({ id: 'level.ambiguous', ...common }).success).toBe(false);
    expect(findingSchema.safeParse({ id: 'doc.missing', ...common }).success).toBe(false);
    expect(findingSchema.safeParse({ id: 'modifier.global-misuse', ...common, element: 'x' }).success).toBe(
      false,
    );
    expect(findingSchema.safeParse({ id: 'no.such-rule', ...common }).success).toBe(false);
  });

  it('keys findings by id and element', () => {
    expect(findingKey({ id: 'doc.missing', element: 'tumorBoard' })).toBe('doc.missing:tumorBoard');
    expect(findingKey({ id: 'level.mismatch' })).toBe('level.mismatch');
    expect(new Set(findingIds).size).toBe(findingIds.length);
  });
});
