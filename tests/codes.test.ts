import { describe, expect, it } from 'vitest';
import {
  codeNumbers,
  codes,
  defineCode,
  documentedCodes,
  findCode,
  SIDE_REQUIREMENT,
} from '../src/codes/index.ts';

/** First lines of the seed code pages (shared/seeds), used to check descriptors are paraphrased. */
const SEED_FIRST_LINES: Record<string, string> = {
  '27290':
    'Hindquarter amputation removing the entire lower extremity and the ipsilateral half of the pelvis through the sacroiliac joint and pubic symphysis.',
  '27596':
    'Re-amputation of the thigh through the femur at any level, performed after a prior amputation has failed or the stump requires surgical revision beyond secondary closure.',
  '27365':
    'Radical resection of a tumor involving the femur or knee, including bone and surrounding soft tissue as required for oncologic margins.',
};

/** Word n-grams (lower-cased, punctuation stripped) of a text. */
function ngrams(text: string, n: number): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

const get = (code: string) => {
  const def = findCode(code);
  if (!def) throw new Error(`missing ${code}`);
  return def;
};

describe('code registry', () => {
  it('holds the seed codes and their neighbours, sorted and unique', () => {
    expect(codeNumbers).toEqual([
      '27075',
      '27076',
      '27077',
      '27290',
      '27295',
      '27329',
      '27355',
      '27356',
      '27357',
      '27364',
      '27365',
      '27590',
      '27591',
      '27592',
      '27594',
      '27596',
      '27598',
    ]);
    expect(new Set(codeNumbers).size).toBe(codes.length);
    expect(documentedCodes.map((c) => c.code)).toEqual(['27290', '27365', '27596']);
    expect(findCode('99999')).toBeUndefined();
  });

  it.each(codes.map((c) => [c.code, c] as const))('%s is well formed', (_code, def) => {
    expect(def.code).toMatch(/^\d{5}$/);
    expect(def.descriptor.length).toBeGreaterThan(20);
    expect(def.rvu.work).toBeGreaterThan(0);
    expect(def.globalDays).toBe(90);
    expect(def.levelCues.length).toBeGreaterThan(0);
    for (const label of def.labels) expect(() => new RegExp(label, 'i')).not.toThrow();
    for (const dx of def.supportingDiagnoses) expect(dx.prefix).toMatch(/^[A-Z]\d/);
    expect(def.sources.length).toBeGreaterThan(0);
    expect(def.officeSetting.value).toBe(false);
  });

  it('every neighbour exists in the registry and is not the code itself', () => {
    for (const def of codes) {
      for (const n of def.neighbours) {
        expect(findCode(n), `${def.code} lists neighbour ${n}`).toBeDefined();
        expect(n).not.toBe(def.code);
      }
    }
  });

  it('documented codes carry full RVUs and site rates with provenance', () => {
    for (const def of documentedCodes) {
      const { work, practiceExpense, malpractice, total, nationalRate } = def.rvu;
      expect(practiceExpense, def.code).toBeDefined();
      expect(malpractice, def.code).toBeDefined();
      expect(total, def.code).toBeDefined();
      expect(nationalRate, def.code).toBeGreaterThan(0);
      expect(Math.abs(work + (practiceExpense ?? 0) + (malpractice ?? 0) - (total ?? 0))).toBeLessThanOrEqual(
        0.02,
      );
      expect(def.requirements.length).toBeGreaterThan(0);
      expect(def.siteRates.map((s) => s.setting).sort()).toEqual(['asc', 'hopd', 'office']);
      for (const rate of def.siteRates) {
        expect(rate.rate).toBeGreaterThan(0);
        expect(rate.source.length).toBeGreaterThan(0);
        expect(rate.date.length).toBeGreaterThan(0);
      }
    }
  });

  it('every single-limb code requires the side stated, once and always (derived from singleLimb)', () => {
    for (const def of codes.filter((c) => c.singleLimb)) {
      const side = def.requirements.filter((r) => r.element === 'laterality');
      expect(side.map((r) => [def.code, r.requiredWhen.kind])).toEqual([[def.code, 'always']]);
    }
    const base = findCode('27295');
    if (!base) throw new Error('27295 missing');
    expect(defineCode({ ...base, requirements: [], singleLimb: false }).requirements).toEqual([]);
    expect(defineCode({ ...base, requirements: [], singleLimb: true }).requirements).toEqual([
      SIDE_REQUIREMENT,
    ]);
  });

  it('neighbours have work-only RVUs, no site rates and no requirements but the side', () => {
    for (const def of codes.filter((c) => !c.documented)) {
      expect(def.requirements).toEqual([SIDE_REQUIREMENT]);
      expect(def.siteRates).toEqual([]);
      expect(def.rvu.total).toBeUndefined();
      expect(def.inpatientOnly.unverified).toBe(true);
    }
  });

  it('keeps the seed figures for 27596 and 27365', () => {
    const c27596 = get('27596');
    expect(c27596.rvu).toMatchObject({
      work: 11.01,
      practiceExpense: 6.11,
      malpractice: 2.64,
      total: 19.76,
      nationalRate: 660,
    });
    expect(c27596.siteRates.find((s) => s.setting === 'hopd')).toMatchObject({ rate: 3342.87, apc: '5113' });
    expect(c27596.siteRates.find((s) => s.setting === 'asc')).toMatchObject({
      rate: 1644.87,
      paymentIndicator: 'G2',
    });
    const c27365 = get('27365');
    expect(c27365.rvu).toMatchObject({
      work: 31.4,
      practiceExpense: 16.89,
      malpractice: 6.71,
      total: 55,
      nationalRate: 1837.05,
    });
    expect(c27365.siteRates.find((s) => s.setting === 'office')?.rate).toBe(1837.05);
    expect(c27365.inpatientOnly.value).toBe(false);
  });

  it('27596 is inpatient-only with status indicator C', () => {
    const def = get('27596');
    expect(def.inpatientOnly.value).toBe(true);
    expect(def.inpatientOnly.statusIndicator).toBe('C');
  });

  it('has the payment flags from DOMAIN.md', () => {
    for (const code of ['27290', '27075', '27076', '27077']) expect(get(code).flags.bilateral, code).toBe(0);
    expect(get('27594').flags.assistant).toBe(1);
    expect(get('27596').flags.assistant).toBe(1);
    expect(get('27594').flags.coSurgeon).toBe(0);
  });

  it('marks the unverified 27075 wording', () => {
    expect(get('27075').sources.some((s) => s.unverified === true)).toBe(true);
  });

  it('requires the contract elements for 27596 and 27365', () => {
    const elems = (code: string) => get(code).requirements.map((r) => r.element);
    expect(elems('27596')).toEqual(
      expect.arrayContaining([
        'priorAmputationLevel',
        'newResectionLevel',
        'indication',
        'reconstructionTechnique',
        'laterality',
        'inpatientAdmission',
        'debridementDetail',
      ]),
    );
    expect(elems('27365')).toEqual(
      expect.arrayContaining([
        'anatomicLocation',
        'marginIntent',
        'preopImaging',
        'pathology',
        'informedConsent',
        'laterality',
        'reconstructionDetail',
      ]),
    );
  });

  it('descriptors are paraphrased, not copied from the seed pages', () => {
    expect(get('27596').descriptor).not.toContain('performed after a prior amputation has failed');
    expect(get('27365').descriptor).not.toContain('including bone and surrounding soft tissue as required');
    for (const [code, line] of Object.entries(SEED_FIRST_LINES)) {
      const descriptor = ngrams(get(code).descriptor, 7);
      const seed = new Set(ngrams(line, 7));
      expect(
        descriptor.filter((g) => seed.has(g)),
        `${code} descriptor shares a 7-word span with its seed page`,
      ).toEqual([]);
    }
  });
});
