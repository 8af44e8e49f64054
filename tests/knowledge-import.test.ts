import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeNumbers } from '../src/codes/index.ts';
import { KnowledgeError } from '../src/errors.ts';
import { nationalRate } from '../src/knowledge/apply.ts';
import { effectiveDate, importFile, importKnowledge, writeOverlay } from '../src/knowledge/import.ts';
import { readOverlay } from '../src/knowledge/overlay.ts';
import { splitRecord } from '../src/knowledge/records.ts';
import { runCliInProcess } from './support/cli.ts';
import { addendumAaCsv, addendumBCsv, mueCsv, pprrvuCsv, ptpTxt, SEED_PFS } from './support/cms-files.ts';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'opnote-knowledge-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const write = (dir: string, name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const options = { codes: codeNumbers };

/** The import error of a file, or a failure when it imports. */
async function importError(path: string): Promise<KnowledgeError> {
  try {
    await importFile(path, options);
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error(`${path} imported without error`);
}

describe('records', () => {
  it('splits quoted cells with commas, doubled quotes and line breaks', () => {
    expect(splitRecord('27290,"A, ""B""\nC",1', ',')).toEqual(['27290', 'A, "B"\nC', '1']);
    expect(splitRecord('a\tb\t\tc', '\t')).toEqual(['a', 'b', '', 'c']);
  });
});

describe('national rate', () => {
  it('43.91 total RVU × the 2026 conversion factor gives 27290 its $1,466.63', () => {
    expect(nationalRate(43.91, 33.4009)).toBe(1466.63);
  });
});

describe('release dates from names and preambles', () => {
  it.each([
    ['PPRRVU26_JAN.csv', [], '2026-01-01'],
    ['PPRRVU26_APR.csv', [], '2026-04-01'],
    ['ccipra-v321r0-f1.txt', [], '2026-04-01'],
    ['ccioph-v320r0-f2.txt', [], '2026-01-01'],
    ['MCR_MUE_PractitionerServices_Eff_01-01-2026.csv', [], '2026-01-01'],
    ['AA_jan2026.csv', [], '2026-01-01'],
    ['addendum_b.csv', ['"July 2026"'], '2026-07-01'],
    ['export.csv', [], null],
  ] as const)('%s', (name, preamble, expected) => {
    expect(effectiveDate(name, preamble)).toBe(expected);
  });
});

describe('importing each published layout', () => {
  it('PPRRVU: header split over two rows after notice lines; global rows only, known codes only', async () => {
    const dir = tmp();
    const { file, table } = await importFile(
      write(dir, 'PPRRVU26_JAN.csv', pprrvuCsv(SEED_PFS, { splitHeader: true })),
      options,
    );
    expect(file).toMatchObject({
      kind: 'pprrvu',
      release: 'PPRRVU26_JAN',
      effective: '2026-01-01',
      rows: 5,
      kept: 3,
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(table.pfs?.['27290']).toEqual({
      code: '27290',
      status: 'A',
      work: 23.94,
      peNonFacility: 14.88,
      peFacility: 14.88,
      malpractice: 5.09,
      totalNonFacility: 43.91,
      totalFacility: 43.91,
      nonFacilityNa: true,
      globalDays: 90,
      multipleProcedure: 2,
      bilateral: 0,
      assistant: 2,
      coSurgeon: 1,
      teamSurgery: 0,
      conversionFactor: 33.4009,
    });
    // 99213 is not in the knowledge; the DESCRIPTION column is never stored.
    expect(Object.keys(table.pfs ?? {}).sort()).toEqual(['27290', '27365', '27596']);
    expect(JSON.stringify(table)).not.toContain('PLACEHOLDER');
  });

  it('PPRRVU: the same figures from a one-row header', async () => {
    const dir = tmp();
    const { table } = await importFile(write(dir, 'PPRRVU26_JAN.csv', pprrvuCsv(SEED_PFS)), options);
    expect(table.pfs?.['27596']).toMatchObject({ work: 21.3, coSurgeon: 0, totalFacility: 36.69 });
  });

  it('a modifier row (26) does not replace the global service', async () => {
    const dir = tmp();
    const rows = [
      { code: '27290', work: 23.94, peNonFac: 'NA' as const, peFac: 14.88, mp: 5.09 },
      { code: '27290', mod: '26', work: 1, peNonFac: 'NA' as const, peFac: 1, mp: 1 },
    ];
    const { table, file } = await importFile(write(dir, 'PPRRVU26_JAN.csv', pprrvuCsv(rows)), options);
    expect(table.pfs?.['27290']?.work).toBe(23.94);
    expect(file.kept).toBe(1);
  });

  it('OPPS Addendum B: a header cell quoted over three lines; status indicator, APC and rate', async () => {
    const dir = tmp();
    const { file, table } = await importFile(
      write(
        dir,
        '2026_january_web_addendum_b.csv',
        addendumBCsv([
          { code: '27290', si: 'C' },
          { code: '27365', si: 'J1', apc: '5116', rate: 17913.59 },
        ]),
      ),
      options,
    );
    expect(file).toMatchObject({ kind: 'opps-b', effective: '2026-01-01', rows: 2 });
    expect(table.opps?.['27290']).toEqual({ code: '27290', statusIndicator: 'C' });
    expect(table.opps?.['27365']).toEqual({
      code: '27365',
      statusIndicator: 'J1',
      apc: '5116',
      rate: 17913.59,
    });
  });

  it('ASC Addendum AA: quarter-named payment indicator and rate columns', async () => {
    const dir = tmp();
    const { file, table } = await importFile(
      write(dir, 'AA_jan2026.csv', addendumAaCsv([{ code: '27365', pi: 'G2', rate: 9255.83 }])),
      options,
    );
    expect(file.kind).toBe('asc-aa');
    expect(table.asc?.['27365']).toEqual({ code: '27365', paymentIndicator: 'G2', rate: 9255.83 });
  });

  it('NCCI PTP text file: tab-delimited, header over four lines, YYYYMMDD and "*" dates; pairs of known codes kept', async () => {
    const dir = tmp();
    const { file, table } = await importFile(
      write(
        dir,
        'ccipra-v321r0-f1.txt',
        ptpTxt([
          ['27596', '11044', '20090101', '*', 1],
          ['27290', '27295', '19940101', '20231231', 0, 'Standards of medical / surgical practice'],
          ['11111', '22222', '20200101', '*', 0],
        ]),
      ),
      options,
    );
    expect(file).toMatchObject({
      kind: 'ncci-ptp',
      setting: 'practitioner',
      effective: '2026-04-01',
      rows: 3,
      kept: 2,
    });
    expect(table.ptp).toEqual([
      ['27596', '11044', '2009-01-01', null, 1, 'Misuse of column two code with column one code'],
      ['27290', '27295', '1994-01-01', '2023-12-31', 0, 'Standards of medical / surgical practice'],
    ]);
  });

  it('NCCI PTP outpatient hospital file is told apart by its name', async () => {
    const dir = tmp();
    const { file } = await importFile(
      write(dir, 'ccioph-v321r0-f1.txt', ptpTxt([['27596', '11044', '20090101', '*', 1]])),
      options,
    );
    expect(file.setting).toBe('hospital');
  });

  it('MUE tables: value and adjudication indicator, setting from the value column', async () => {
    const dir = tmp();
    const prac = await importFile(
      write(
        dir,
        'MCR_MUE_PractitionerServices_Eff_01-01-2026.csv',
        mueCsv([
          ['27290', 1, '2 Date of Service Edit: Policy'],
          ['11044', 1, '3 Date of Service Edit: Clinical'],
        ]),
      ),
      options,
    );
    expect(prac.file).toMatchObject({
      kind: 'mue',
      setting: 'practitioner',
      effective: '2026-01-01',
      kept: 2,
    });
    expect(prac.table.mue?.['11044']).toEqual({
      code: '11044',
      value: 1,
      adjudication: '3 Date of Service Edit: Clinical',
      rationale: 'Anatomic Consideration',
    });
    const hosp = await importFile(
      write(
        dir,
        'mue-oph.csv',
        mueCsv([['27290', 1, '2 Date of Service Edit: Policy']], 'Outpatient Hospital'),
      ),
      options,
    );
    expect(hosp.file.setting).toBe('hospital');
  });

  it('header names match case- and whitespace-insensitively', async () => {
    const dir = tmp();
    const text = mueCsv([['27290', 1, '2 Date of Service Edit: Policy']]).replace(
      'HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator',
      ' hcpcs / cpt  code ,PRACTITIONER SERVICES  MUE VALUES,mue adjudication indicator',
    );
    const { file } = await importFile(write(dir, 'mue.csv', text), options);
    expect(file.kind).toBe('mue');
  });
});

describe('import errors: one line naming file, line and column', () => {
  it('an unknown file', async () => {
    const dir = tmp();
    const error = await importError(write(dir, 'notes.csv', 'name,age\nsomeone,4\n'));
    expect(error.code).toBe('knowledge.invalid');
    expect(error.message).toMatch(/^notes\.csv line 1: not a recognised CMS file/);
  });

  it('a header missing a column', async () => {
    const dir = tmp();
    const text = mueCsv([['27290', 1, '2 Date of Service Edit: Policy']]).replace(
      ',MUE Adjudication Indicator',
      ',Something Else',
    );
    const error = await importError(write(dir, 'mue.csv', text));
    expect(error.message).toBe(
      'mue.csv line 2: the header of a MUE table lacks the column "MUE Adjudication Indicator"',
    );
    expect(error.message).not.toContain('\n');
  });

  it.each([
    ['a date CMS would not write', ['27596', '11044', '20091301', '*', 1], 6, 4, 'Effective Date'],
    ['a modifier indicator other than 0, 1, 9', ['27596', '11044', '20090101', '*', 2], 6, 6, 'Modifier'],
    ['a malformed code', ['2759', '11044', '20090101', '*', 1], 6, 1, 'Column 1'],
  ] as const)('a PTP row with %s', async (_what, row, line, column, label) => {
    const dir = tmp();
    const good: [string, string, string, string, 0 | 1 | 9] = ['27290', '27295', '19960101', '*', 0];
    const error = await importError(write(dir, 'ccipra-v321r0-f1.txt', ptpTxt([row as never, good])));
    expect(error).toMatchObject({ file: 'ccipra-v321r0-f1.txt', line, column });
    expect(error.message).toMatch(
      new RegExp(`^ccipra-v321r0-f1\\.txt line ${line}, column ${column} \\(${label}\\): `),
    );
  });

  it('a PPRRVU row whose RVU is not a number, after a multi-line quoted cell (line numbers are physical)', async () => {
    const dir = tmp();
    const text = pprrvuCsv(SEED_PFS.slice(0, 1))
      .replace('"DESCRIPTOR PLACEHOLDER, 27290"', '"DESCRIPTOR\nPLACEHOLDER"')
      .concat('27596,,x,A,,abc,1,NA,1,,1,1,1,0,090,0,0,0,2,0,2,1,0,,33.4009\r\n');
    const error = await importError(write(dir, 'PPRRVU26_JAN.csv', text));
    expect(error.message).toBe('PPRRVU26_JAN.csv line 7, column 6 (WORK RVU): "abc" is not a number');
  });
});

describe('writing the overlay', () => {
  it('writes knowledge.json with each file name, release, sha256 and the import date, and reads it back', async () => {
    const dir = tmp();
    const a = write(dir, 'PPRRVU26_JAN.csv', pprrvuCsv(SEED_PFS));
    const b = write(dir, 'ccipra-v321r0-f1.txt', ptpTxt([['27596', '11044', '20090101', '*', 1]]));
    const overlay = await importKnowledge([a, b], {
      ...options,
      now: () => new Date('2026-04-02T10:00:00Z'),
    });
    const out = join(dir, 'knowledge');
    const { path, bytes } = writeOverlay(out, overlay);
    expect(readFileSync(path).length).toBe(bytes);
    const back = readOverlay(out);
    expect(back.importedAt).toBe('2026-04-02T10:00:00.000Z');
    expect(back.files.map((f) => [f.name, f.release, f.sha256.length])).toEqual([
      ['PPRRVU26_JAN.csv', 'PPRRVU26_JAN', 64],
      ['ccipra-v321r0-f1.txt', 'ccipra-v321r0-f1', 64],
    ]);
    expect(readdirSync(out)).toEqual(['knowledge.json']);
  });

  it('a folder imports its .csv/.txt files', async () => {
    const dir = tmp();
    write(dir, 'PPRRVU26_JAN.csv', pprrvuCsv(SEED_PFS));
    write(dir, 'readme.pdf', '%PDF');
    const overlay = await importKnowledge([dir], options);
    expect(overlay.files.map((f) => f.name)).toEqual(['PPRRVU26_JAN.csv']);
  });

  it('a malformed overlay is knowledge.invalid', () => {
    const dir = tmp();
    expect(() => readOverlay(dir)).toThrow(/has no knowledge\.json/);
    write(dir, 'knowledge.json', '{"format":"other"}');
    expect(() => readOverlay(dir)).toThrow(KnowledgeError);
  });
});

describe('opnote knowledge import (CLI)', () => {
  it('imports a folder and prints each file', async () => {
    const dir = tmp();
    const cms = join(dir, 'cms');
    const out = join(dir, 'k');
    mkdirSync(cms);
    write(cms, 'PPRRVU26_JAN.csv', pprrvuCsv(SEED_PFS, { splitHeader: true }));
    write(
      cms,
      'MCR_MUE_PractitionerServices_Eff_01-01-2026.csv',
      mueCsv([['27290', 1, '2 Date of Service Edit: Policy']]),
    );
    const run = await runCliInProcess(['knowledge', 'import', cms, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'PPRRVU26_JAN.csv: pprrvu, release PPRRVU26_JAN, effective 2026-01-01, 5 rows, 3 kept',
    );
    expect(readOverlay(out).files).toHaveLength(2);
  });

  it('a bad row: exit 2, one line naming file, line and column, and the previous overlay untouched', async () => {
    const dir = tmp();
    const out = join(dir, 'k');
    const good = write(dir, 'PPRRVU26_JAN.csv', pprrvuCsv(SEED_PFS));
    expect((await runCliInProcess(['knowledge', 'import', good, '--out', out])).status).toBe(0);
    const before = readFileSync(join(out, 'knowledge.json'), 'utf8');
    const bad = write(dir, 'ccipra-v321r0-f1.txt', ptpTxt([['27596', '11044', '2009-01-01', '*', 1]]));
    const run = await runCliInProcess(['knowledge', 'import', good, bad, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'opnote: ccipra-v321r0-f1.txt line 6, column 4 (Effective Date): "2009-01-01" is not a date (YYYYMMDD)\n',
    );
    expect(readFileSync(join(out, 'knowledge.json'), 'utf8')).toBe(before);
    expect(readdirSync(out)).toEqual(['knowledge.json']);
  });
});

describe('quotes inside unquoted cells', () => {
  it('an inch mark in an unquoted PTP rationale does not swallow the next rows', async () => {
    const dir = tmp();
    const text = ptpTxt([
      ['27596', '11044', '20090101', '*', 1, 'Lesion over 5" in diameter'],
      ['27290', '27295', '19960101', '*', 0],
    ]);
    const { table } = await importFile(write(dir, 'ccipra-v321r0-f1.txt', text), options);
    expect(table.ptp?.map((e) => [e[0], e[5]])).toEqual([
      ['27596', 'Lesion over 5" in diameter'],
      ['27290', 'Misuse of column two code with column one code'],
    ]);
  });
});
