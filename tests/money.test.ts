import { describe, expect, it } from 'vitest';
import { codeText } from '../src/cli/format.ts';
import { findCode } from '../src/codes/index.ts';
import { formatUsd } from '../src/codes/money.ts';

describe('one money format', () => {
  it('opnote codes shows rates as the drafts do ("$3342.87" in codes vs "$3,342.87" elsewhere)', () => {
    const code = findCode('27596');
    if (!code) throw new Error('27596 missing from the knowledge');
    const text = codeText(code);
    for (const rate of code.siteRates) expect(text).toContain(formatUsd(rate.rate));
    expect(text).not.toMatch(/\$\d{4,}/);
    expect(formatUsd(3342.87)).toBe('$3,342.87');
    expect(formatUsd(660)).toBe('$660.00');
  });
});
