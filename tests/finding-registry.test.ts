import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, withFindingTable } from '../scripts/finding-table.ts';
import { codes } from '../src/codes/index.ts';
import {
  feeScheduleIndicators,
  indicatorPayment,
  modifiersIn,
  unpayableValues,
} from '../src/codes/modifiers.ts';
import type { CodeDefinition } from '../src/codes/types.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { readCaseInput } from '../src/eval/run.ts';
import { processNote } from '../src/pipeline/process.ts';
import { findingIds, findingKey, findingSchema } from '../src/schemas/findings.ts';
import { allRules, findingTable, rules } from '../src/validate/rules/index.ts';
import { ROOT } from './support/cli.ts';

describe('the rule registry (src/validate/rules/)', () => {
  it('has exactly one rule per finding id of the contract, keyed by its id', () => {
    expect(Object.keys(rules)).toEqual(findingIds);
    for (const [key, rule] of Object.entries(rules)) expect(rule.id).toBe(key);
  });

  it("the README's finding table is the one the registry renders (npm run docs:findings)", () => {
    const readme = readFileSync(README, 'utf8');
    expect(withFindingTable(readme)).toBe(readme);
    // The drift check can fail: a changed meaning changes the rendered table.
    expect(findingTable()).toContain(rules['modifier.assistant-not-paid'].meaning);
    expect(withFindingTable(readme.replace(rules['mue.exceeded'].meaning, 'edited by hand'))).not.toBe(
      readme.replace(rules['mue.exceeded'].meaning, 'edited by hand'),
    );
  });

  it('every finding on every fixture parses as its id, at a severity its rule declares', async () => {
    const seen = new Set<string>();
    // Every third fixture keeps the test cheap; the eval runs them all.
    for (const fixture of loadFixtures(`${ROOT}fixtures`).filter((_, i) => i % 3 === 0)) {
      const input = readCaseInput(fixture);
      const result = await processNote({
        transcript: input.transcript,
        ...(input.claim ? { claim: input.claim } : {}),
      });
      for (const f of result.findings) {
        const rule = rules[f.id];
        expect([rule.severity, rule.otherSeverity?.severity], findingKey(f)).toContain(f.severity);
        expect(findingSchema.safeParse(f).success, findingKey(f)).toBe(true);
        seen.add(f.id);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it('each mutation kind belongs to one finding id, except the co-surgeon claim variants', () => {
    const owners = new Map<string, string[]>();
    for (const r of allRules)
      for (const k of r.mutants?.kinds ?? []) owners.set(k, [...(owners.get(k) ?? []), r.id]);
    const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([k]) => k);
    expect(shared).toEqual(['claim-co-surgeon']);
  });
});

describe('modifiers as data (src/codes/modifiers.ts)', () => {
  it('states the CMS MPFS indicator values: assistant 1 and 9 not paid, 0 with documentation, 2 paid', () => {
    expect(unpayableValues('assistant')).toEqual([1, 9]);
    expect(feeScheduleIndicators.assistant.values[0].payment).toBe('with-documentation');
    expect(feeScheduleIndicators.assistant.values[2].payment).toBe('paid');
    expect(unpayableValues('coSurgeon')).toEqual([0, 9]);
    expect(unpayableValues('bilateral')).toEqual([0, 2, 9]);
    expect(modifiersIn('assistant')).toEqual(['80', '81', '82', 'AS']);
    expect(modifiersIn('distinct-service')).toEqual(['59', 'XE', 'XS', 'XP', 'XU']);
    for (const key of ['bilateral', 'assistant', 'coSurgeon'] as const)
      expect(feeScheduleIndicators[key].provenance.source).toMatch(/Physician Fee Schedule/);
  });

  const withFlags = (code: string, flags: Partial<CodeDefinition['flags']>): readonly CodeDefinition[] =>
    codes.map((c) => (c.code === code ? { ...c, flags: { ...c.flags, ...flags } } : c));
  const transcript = readFileSync(`${ROOT}fixtures/a-27290-classic-formatted/transcript.txt`, 'utf8');
  const claim = { cpt: '27290', modifiers: ['LT', '80'], icd10: ['C41.4'], placeOfService: '21' };
  const assistantFinding = async (assistant: 0 | 1 | 2 | 9) =>
    (await processNote({ transcript, claim }, { codes: withFlags('27290', { assistant }) })).findings.find(
      (f) => f.id === 'modifier.assistant-not-paid',
    );

  it('the assistant rule reads the indicator: it fires at 1 and 9 and names the value, not at 0 or 2', async () => {
    expect((await assistantFinding(9))?.message).toContain('indicator is 9');
    expect((await assistantFinding(1))?.message).toContain('indicator is 1');
    expect(await assistantFinding(2)).toBeUndefined();
    expect(await assistantFinding(0)).toBeUndefined();
    expect(
      indicatorPayment(
        { bilateral: 1, coSurgeon: 1, assistant: 9, source: 'test', date: '2026' },
        'assistant',
      ).payment,
    ).toBe('not-paid');
  });
});
