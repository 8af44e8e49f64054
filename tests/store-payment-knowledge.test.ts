import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeNumbers, findCode } from '../src/codes/index.ts';
import { importKnowledge, writeOverlay } from '../src/knowledge/import.ts';
import { openStore } from '../src/store/open.ts';
import { runCliInProcess } from './support/cli.ts';
import { pprrvuCsv, SEED_PFS } from './support/cms-files.ts';

// A scar revision billed as a re-amputation: supported 27594, claimed 27596. The built-in knowledge has
// no national rate for 27594, so only imported figures can price the correction.
const FIXTURE = 'fixtures/a-27594-scar-revision-claimed-27596';
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'opnote-stake-'));
  const cms = join(dir, 'cms');
  mkdirSync(cms);
  writeFileSync(
    join(cms, 'PPRRVU26_JAN.csv'),
    pprrvuCsv([...SEED_PFS, { code: '27594', work: 10.0, peNonFac: 'NA', peFac: 6.0, mp: 2.0 }]),
  );
  writeOverlay(join(dir, 'k'), await importKnowledge([cms], { codes: codeNumbers }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stakeOf = async (db: string) => {
  const store = await openStore(`sqlite:${db}`);
  try {
    const page = await store.listNotes({});
    return page.notes.map((n) => [n.claimedCode, n.supportedCode, n.paymentDifference]);
  } finally {
    await store.close();
  }
};

describe('payment at stake on the worklist', () => {
  it('without --knowledge a code with no built-in rate leaves the difference unknown (null), not 0', async () => {
    expect(findCode('27594')?.rvu.nationalRate).toBeUndefined();
    const db = join(dir, 'plain.db');
    const run = await runCliInProcess([
      'process',
      `${FIXTURE}/transcript.txt`,
      '--claim',
      `${FIXTURE}/claim.json`,
      '--store',
      `sqlite:${db}`,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(await stakeOf(db)).toEqual([['27596', '27594', null]]);
  });

  it('with --knowledge the imported figures price the correction (27594 − 27596 at the file conversion factor)', async () => {
    const db = join(dir, 'imported.db');
    const run = await runCliInProcess([
      'process',
      `${FIXTURE}/transcript.txt`,
      '--claim',
      `${FIXTURE}/claim.json`,
      '--knowledge',
      join(dir, 'k'),
      '--store',
      `sqlite:${db}`,
    ]);
    expect(run.status, run.stderr).toBe(0);
    // 27594: 18.00 total RVU; 27596: 21.3 + 11.02 + 4.37 = 36.69; conversion factor 33.4009.
    const expected = Math.round((18 * 33.4009 - 36.69 * 33.4009) * 100) / 100;
    const [[claimed, supported, difference]] = (await stakeOf(db)) as [[string, string, number]];
    expect([claimed, supported]).toEqual(['27596', '27594']);
    expect(difference).toBeCloseTo(expected, 0);
  });
});
