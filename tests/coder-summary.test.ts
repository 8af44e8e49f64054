import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeText } from '../src/cli/format.ts';
import { codes, findCode } from '../src/codes/index.ts';
import type { CodeDefinition, DenialCondition } from '../src/codes/types.ts';
import { processNote } from '../src/pipeline/process.ts';
import { type DenialContext, denialConditionHolds } from '../src/render/denial-risks.ts';
import { escapeMarkdown } from '../src/render/escape.ts';
import type { Claim } from '../src/schemas/claim.ts';
import { ROOT } from './support/cli.ts';
import { readFixture } from './support/fixtures.ts';

const summary = async (name: string, claim?: Record<string, unknown>) => {
  const f = readFixture(name);
  const r = await processNote({ transcript: f.transcript, claim: (claim ?? f.claim) as never });
  return r.drafts.coderSummary;
};
/** The text of one `## Title…` section of a draft. */
const section = (text: string, title: string): string =>
  text.split(/^## /m).find((b) => b.startsWith(title)) ?? '';

const must = (code: string): CodeDefinition => {
  const c = findCode(code);
  if (!c) throw new Error(`${code} missing from the knowledge`);
  return c;
};

describe('denial risks follow the claim and the note', () => {
  const claim = (over: Partial<Claim>): Claim => ({
    cpt: '27596',
    modifiers: [],
    icd10: [],
    otherCpt: [],
    ...over,
  });
  const ctx = (over: Partial<DenialContext>): DenialContext => ({
    code: must('27596'),
    claim: null,
    facts: {},
    anatomy: {},
    requirements: [],
    ...over,
  });
  const laterality: DenialCondition = { kind: 'claimLacksModifier', modifiers: ['LT', 'RT'] };
  const inpatientPos: DenialCondition = {
    kind: 'allOf',
    conditions: [{ kind: 'inpatientOnly' }, { kind: 'placeOfServiceNot', placesOfService: ['21'] }],
  };
  it.each<[string, DenialCondition, Partial<DenialContext>, boolean]>([
    ['RT on the claim: no laterality risk', laterality, { claim: claim({ modifiers: ['RT'] }) }, false],
    ['no laterality modifier', laterality, { claim: claim({ modifiers: ['80'] }) }, true],
    ['no claim yet: the laterality risk stays open', laterality, {}, true],
    ['inpatient-only billed at POS 22', inpatientPos, { claim: claim({ placeOfService: '22' }) }, true],
    ['inpatient-only billed at POS 21', inpatientPos, { claim: claim({ placeOfService: '21' }) }, false],
    [
      'not inpatient-only at POS 22',
      inpatientPos,
      { code: must('27594'), claim: claim({ placeOfService: '22' }) },
      false,
    ],
    [
      'assistant modifier 80 billed',
      { kind: 'claimHasModifier', modifiers: ['80'] },
      { claim: claim({ modifiers: ['80'] }) },
      true,
    ],
    ['no claim: no modifier billed', { kind: 'claimHasModifier', modifiers: ['80'] }, {}, false],
    [
      'debridement billed alongside',
      { kind: 'otherCptPrefix', prefixes: ['1104'] },
      { claim: claim({ otherCpt: ['11044'] }) },
      true,
    ],
    [
      'indication documented',
      { kind: 'elementUnmet', element: 'indication' },
      {
        requirements: [
          { element: 'indication', required: true, status: 'documented', basis: 'b', evidence: [] },
        ],
      },
      false,
    ],
    [
      'indication negated',
      { kind: 'elementUnmet', element: 'indication' },
      {
        requirements: [
          { element: 'indication', required: true, status: 'negated', basis: 'b', evidence: [] },
        ],
      },
      true,
    ],
    [
      'supporting diagnosis claimed',
      { kind: 'diagnosisUnsupported' },
      { claim: claim({ icd10: ['T87.44'] }) },
      false,
    ],
    [
      'only the secondary Z89.61 claimed',
      { kind: 'diagnosisUnsupported' },
      { claim: claim({ icd10: ['Z89.612'] }) },
      true,
    ],
    [
      'feature documented',
      { kind: 'feature', feature: 'debridementPerformed' },
      { anatomy: { debridementPerformed: { status: 'documented', evidence: [] } } },
      true,
    ],
    [
      'feature negated',
      { kind: 'feature', feature: 'debridementPerformed' },
      { anatomy: { debridementPerformed: { status: 'negated', evidence: [] } } },
      false,
    ],
  ])('%s', (_name, when, over, holds) => {
    expect(denialConditionHolds(when, ctx(over))).toBe(holds);
  });

  it('drops "No laterality modifier" when RT is on the claim, shows it when the claim has none', async () => {
    const withRt = section(await summary('a-27596-t8741-right-leg'), 'Denial risks');
    expect(withRt).not.toContain('No laterality modifier');
    const base = JSON.parse(readFileSync(`${ROOT}fixtures/a-27596-t8741-right-leg/claim.json`, 'utf8'));
    const without = section(
      await summary('a-27596-t8741-right-leg', { ...base, modifiers: [] }),
      'Denial risks',
    );
    expect(without).toContain('No laterality modifier');
  });

  it('shows the place-of-service risk for an inpatient-only code billed at POS 22, not at POS 21', async () => {
    expect(section(await summary('a-27596-pos22-outpatient'), 'Denial risks')).toContain(
      'Place of service does not match',
    );
    expect(section(await summary('a-27596-t8741-right-leg'), 'Denial risks')).not.toContain(
      'Place of service',
    );
  });

  it("lists the supported code's risks, not the claimed code's boilerplate (27596 risks when 27594 is supported)", async () => {
    const risks = section(await summary('a-27594-scar-revision-claimed-27596'), 'Denial risks');
    expect(risks.split('\n')[0]).toBe(
      'Denial risks (27594, the code the note supports, not the claimed 27596)',
    );
    expect(risks).not.toContain('re-amputation');
    const own = must('27594').denialReasons.map((r) => r.text);
    const shown = risks
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown) expect(own.map(escapeMarkdown)).toContain(line);
  });
});

describe('rates and figures', () => {
  it('shows outpatient and ASC rates of an inpatient-only code with the inpatient-only caveat', async () => {
    const rates = section(await summary('a-27596-t8741-right-leg'), 'Rates by site of service: 27596');
    expect(rates).toContain('$3,342.87');
    expect(rates).toMatch(
      /27596 is inpatient-only \(status indicator C\).*pays no hospital outpatient or ASC rate/,
    );
    const other = section(await summary('a-27290-classic-formatted'), 'Rates by site of service: 27290');
    expect(other).toContain('| Setting |');
    expect(other).not.toContain('inpatient-only');
  });

  it('says in one line that 27594 has no rates and how to import them, with no empty table', async () => {
    const block = section(
      await summary('c-27594-scar-revision-no-shortening-clean'),
      'Rates by site of service: 27594',
    );
    const lines = block.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('No site-of-service rates recorded in the knowledge for 27594');
    expect(lines[1]).toContain('--knowledge');
    expect(block).not.toContain('|');
  });
});

describe('provenance users read is short and readable', () => {
  const INTERNAL = /seed (code )?page|editorial brief|DOMAIN\.md|cited references/i;
  const dirs = readdirSync(`${ROOT}fixtures`).sort();

  it('no draft of any fixture shows the internal provenance wording', async () => {
    expect(dirs.length).toBeGreaterThan(50);
    for (const name of dirs) {
      const f = readFixture(name);
      const r = await processNote({ transcript: f.transcript, claim: f.claim as never });
      const text = [
        r.drafts.coderSummary,
        r.drafts.operativeNote,
        ...r.drafts.queries.map((q) => q.text),
      ].join('\n');
      expect(INTERNAL.exec(text)?.[0], name).toBeUndefined();
    }
  });

  it('opnote codes text carries none of it; the detail stays in the JSON', () => {
    for (const c of codes) expect(INTERNAL.exec(codeText(c))?.[0], c.code).toBeUndefined();
    const c = must('27596');
    expect(c.inpatientOnly.detail).toBe('Seed page cpt-27596 (editorial brief, 7 cited references)');
    expect(c.inpatientOnly.source).toBe('Coding reference for 27596, 7 cited sources');
  });
});
