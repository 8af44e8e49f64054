import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeNumbers, codes, findCode } from '../src/codes/index.ts';
import { generateMutants, memoProcessor, runMutant } from '../src/eval/mutate.ts';
import { createKnowledge, type Knowledge } from '../src/knowledge/apply.ts';
import { importKnowledge, writeOverlay } from '../src/knowledge/import.ts';
import { parseClaim } from '../src/pipeline/input.ts';
import { processNote } from '../src/pipeline/process.ts';
import { findingKey } from '../src/schemas/findings.ts';
import { codeDefinitionSchema } from '../src/serve/schemas.ts';
import { AUTH, postNote, startServer } from './serve-helpers.ts';
import { runCliInProcess } from './support/cli.ts';
import {
  addendumAaCsv,
  addendumBCsv,
  mueCsv,
  type PtpLine,
  pprrvuCsv,
  ptpTxt,
  SEED_PFS,
} from './support/cms-files.ts';

let dir: string;
let knowledgeDir: string;
let knowledge: Knowledge;

const PTP: PtpLine[] = [
  // Indicator 1: a distinct-service modifier and documentation of the separate service bypass it.
  ['27290', '11044', '20090101', '*', 1],
  ['27596', '11044', '20090101', '*', 1],
  // Indicator 0: nothing bypasses it.
  ['27290', '27295', '19960101', '*', 0],
  // Deleted at the end of 2025: not in effect in 2026.
  ['27290', '27075', '20100101', '20251231', 0],
  // Effective from April 2026.
  ['27290', '27076', '20260401', '*', 0],
  // Not applicable.
  ['27290', '27077', '20100101', '*', 9],
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'opnote-apply-'));
  const files = {
    'PPRRVU26_JAN.csv': pprrvuCsv(SEED_PFS, { splitHeader: true }),
    '2026_january_web_addendum_b.csv': addendumBCsv([
      { code: '27290', si: 'C' },
      { code: '27365', si: 'J1', apc: '5116', rate: 17913.59 },
    ]),
    'AA_jan2026.csv': addendumAaCsv([{ code: '27365', pi: 'G2', rate: 9255.83 }]),
    'ccipra-v320r0-f1.txt': ptpTxt(PTP),
    'MCR_MUE_PractitionerServices_Eff_01-01-2026.csv': mueCsv([
      ['27290', 1, '2 Date of Service Edit: Policy'],
      ['11044', 1, '3 Date of Service Edit: Clinical'],
    ]),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const overlay = await importKnowledge([dir], {
    codes: codeNumbers,
    now: () => new Date('2026-03-01T08:00:00Z'),
  });
  knowledgeDir = join(dir, 'k');
  writeOverlay(knowledgeDir, overlay);
  knowledge = createKnowledge(overlay, codes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (code: string, date?: string) => {
  const def = knowledge.codesFor(date).find((c) => c.code === code);
  if (!def) throw new Error(`missing ${code}`);
  return def;
};

describe('applying the overlay', () => {
  it('imported figures replace built-in ones, each with its file and release', () => {
    const def = get('27290');
    expect(def.rvu).toMatchObject({
      source: 'CMS PFS relative value file PPRRVU26_JAN.csv (release PPRRVU26_JAN)',
      date: '2026-01-01',
      work: 23.94,
      total: 43.91,
      nationalRate: 1466.63,
    });
    expect(def.rvu.note).toContain('matches the built-in $1,466.63');
    expect(def.flags.source).toContain('PPRRVU26_JAN.csv');
    expect(def.pfsIndicators).toMatchObject({ status: 'A', conversionFactor: 33.4009, multipleProcedure: 2 });
  });

  it('the OPPS status indicator settles the unverified inpatient-only flag of 27290', () => {
    expect(findCode('27290')?.inpatientOnly).toMatchObject({ value: false, unverified: true });
    const def = get('27290');
    expect(def.inpatientOnly).toMatchObject({ value: true, statusIndicator: 'C' });
    expect(def.inpatientOnly.unverified).toBeUndefined();
    expect(def.inpatientOnly.source).toContain('2026_january_web_addendum_b.csv');
    // Inpatient-only: no HOPD or ASC rate; NA non-facility: no office rate (the built-in one was unverified).
    expect(def.siteRates).toEqual([]);
    expect(def.officeSetting).toMatchObject({ value: false });
    expect(def.officeSetting.unverified).toBeUndefined();
  });

  it('site rates from Addendum B and AA', () => {
    const def = get('27365');
    expect(def.siteRates.map((r) => [r.setting, r.rate, r.apc ?? r.paymentIndicator, r.source])).toEqual([
      [
        'hopd',
        17913.59,
        '5116',
        'CMS OPPS Addendum B 2026_january_web_addendum_b.csv (release 2026_january_web_addendum_b)',
      ],
      ['asc', 9255.83, 'G2', 'CMS ASC Addendum AA AA_jan2026.csv (release AA_jan2026)'],
    ]);
  });

  it('a code the files do not list keeps its built-in figures', () => {
    expect(get('27075')).toBe(findCode('27075'));
  });

  it('a date of service before every release keeps the built-in knowledge', () => {
    expect(get('27290', '2025-12-31')).toBe(findCode('27290'));
  });

  it('a later release wins for a later date of service, the earlier one before it', async () => {
    const later = mkdtempSync(join(tmpdir(), 'opnote-apply-'));
    try {
      writeFileSync(join(later, 'PPRRVU26_JAN.csv'), pprrvuCsv(SEED_PFS));
      writeFileSync(
        join(later, 'PPRRVU26_APR.csv'),
        pprrvuCsv([{ code: '27290', work: 24.5, peNonFac: 'NA', peFac: 14.88, mp: 5.09 }]),
      );
      const k = createKnowledge(await importKnowledge([later], { codes: codeNumbers }), codes);
      const at = (d?: string) => k.codesFor(d).find((c) => c.code === '27290')?.rvu.work;
      expect([at('2026-03-31'), at('2026-04-01'), at()]).toEqual([23.94, 24.5, 24.5]);
    } finally {
      rmSync(later, { recursive: true, force: true });
    }
  });
});

describe('claims with a date of service and other codes as lines', () => {
  it('keeps otherCpt: ["11044"] valid and adds lines with modifiers and units', () => {
    expect(parseClaim({ cpt: '27290', otherCpt: ['11044'] })).toMatchObject({
      otherCpt: ['11044'],
      otherLines: [{ cpt: '11044', modifiers: [], units: 1 }],
    });
    const claim = parseClaim({
      cpt: '27290',
      dateOfService: '2026-03-14',
      otherCpt: [{ cpt: '11044', modifiers: ['xs'], units: 2 }],
    });
    expect(claim).toMatchObject({
      dateOfService: '2026-03-14',
      otherCpt: ['11044'],
      otherLines: [{ cpt: '11044', modifiers: ['XS'], units: 2 }],
    });
    // A parsed claim parses again (the eval and mutation tests pass claims through twice).
    expect(parseClaim(claim)).toEqual(claim);
  });

  it.each([
    [{ cpt: '27290', dateOfService: '2026-02-30' }, /dateOfService/],
    [{ cpt: '27290', dateOfService: '03/14/2026' }, /dateOfService/],
    [{ cpt: '27290', otherCpt: [{ cpt: '11044', units: 0 }] }, /otherCpt\.0/],
    [{ cpt: '27290', otherCpt: [{ cpt: '11044', extra: 1 }] }, /otherCpt\.0/],
  ])('rejects %j', (claim, where) => {
    expect(() => parseClaim(claim)).toThrow(where);
  });
});

const transcript27290 = readFileSync('fixtures/a-27290-classic-formatted/transcript.txt', 'utf8');
const transcriptDebridement = readFileSync(
  'fixtures/d-27596-uk-registrar-debridement-11044-clean/transcript.txt',
  'utf8',
);

async function findings(transcript: string, claim: unknown, withKnowledge = true) {
  const result = await processNote({ transcript, claim }, withKnowledge ? { knowledge } : {});
  return result.findings.filter((f) => ['ncci.ptp-bundled', 'mue.exceeded', 'doc.missing'].includes(f.id));
}
const base = {
  cpt: '27290',
  modifiers: ['LT'],
  icd10: ['C41.4'],
  placeOfService: '21',
  dateOfService: '2026-03-02',
};

describe('ncci.ptp-bundled and mue.exceeded', () => {
  it('modifier indicator 0: an error even with 59, citing the file release', async () => {
    const out = await findings(transcript27290, { ...base, otherCpt: [{ cpt: '27295', modifiers: ['59'] }] });
    expect(out.map((f) => [f.id, f.severity])).toEqual([['ncci.ptp-bundled', 'error']]);
    expect(out[0]?.message).toContain('27290/27295');
    expect(out[0]?.message).toContain('ccipra-v320r0-f1.txt (release ccipra-v320r0-f1)');
  });

  it('modifier indicator 1 without a distinct-service modifier: an error', async () => {
    const out = await findings(transcript27290, { ...base, otherCpt: ['11044'] });
    expect(out.map(findingKey)).toEqual(['ncci.ptp-bundled']);
  });

  it('modifier indicator 1 with XS but no documented debridement: doc.missing of what distinguishes it', async () => {
    const out = await findings(transcript27290, { ...base, otherCpt: [{ cpt: '11044', modifiers: ['XS'] }] });
    expect(out.map(findingKey)).toEqual(['doc.missing:debridementDetail']);
    expect(out[0]?.message).toContain('NCCI PTP edit 27290/11044');
  });

  it('modifier indicator 1 with 59 and the debridement documented: no finding', async () => {
    const claim = {
      cpt: '27596',
      modifiers: ['RT'],
      icd10: ['T87.43', 'M86.651', 'Z89.611'],
      placeOfService: '21',
      dateOfService: '2026-03-02',
      otherCpt: [{ cpt: '11044', modifiers: ['59'] }],
    };
    expect(await findings(transcriptDebridement, claim)).toEqual([]);
    const without = await findings(transcriptDebridement, { ...claim, otherCpt: ['11044'] });
    expect(without.map(findingKey)).toEqual(['ncci.ptp-bundled']);
  });

  it('an edit deleted before, or effective after, the date of service does not apply', async () => {
    expect(await findings(transcript27290, { ...base, otherCpt: ['27075'] })).toEqual([]);
    expect(await findings(transcript27290, { ...base, otherCpt: ['27076'] })).toEqual([]);
    const april = await findings(transcript27290, {
      ...base,
      dateOfService: '2026-04-01',
      otherCpt: ['27076'],
    });
    expect(april.map(findingKey)).toEqual(['ncci.ptp-bundled']);
    const deletedBefore = await findings(transcript27290, {
      ...base,
      dateOfService: '2025-12-31',
      otherCpt: ['27075'],
    });
    expect(deletedBefore.map(findingKey)).toEqual(['ncci.ptp-bundled']);
  });

  it('modifier indicator 9: no finding', async () => {
    expect(await findings(transcript27290, { ...base, otherCpt: ['27077'] })).toEqual([]);
  });

  it('units above the MUE value', async () => {
    const out = await findings(transcript27290, { ...base, units: 2 });
    expect(out.map(findingKey)).toEqual(['mue.exceeded']);
    expect(out[0]?.message).toContain('MCR_MUE_PractitionerServices_Eff_01-01-2026.csv');
    expect(await findings(transcript27290, { ...base, units: 1 })).toEqual([]);
  });

  it('without --knowledge, no edit findings and the built-in knowledge as today', async () => {
    expect(await findings(transcript27290, { ...base, otherCpt: ['27295'], units: 3 }, false)).toEqual([]);
    const result = await processNote({ transcript: transcript27290, claim: base });
    const withK = await processNote({ transcript: transcript27290, claim: base }, { knowledge });
    expect(result.meta.versions.knowledge).not.toBe(withK.meta.versions.knowledge);
  });

  it('the coder summary says where each figure came from', async () => {
    const result = await processNote({ transcript: transcript27290, claim: base }, { knowledge });
    expect(result.drafts.coderSummary).toContain('## Where the figures come from: 27290');
    expect(result.drafts.coderSummary).toMatch(
      /RVUs and national rate: CMS PFS relative value file PPRRVU26\\?_JAN\.csv/,
    );
    expect(result.drafts.coderSummary).toMatch(/Inpatient-only: yes: CMS OPPS Addendum B/);
    const builtIn = await processNote({ transcript: transcript27290, claim: base });
    expect(builtIn.drafts.coderSummary).toContain(
      'RVUs and national rate: CMS Physician Fee Schedule, RVU26A',
    );
  });
});

describe('--knowledge on the CLI', () => {
  it('opnote codes 27290 --knowledge shows the imported figures and their source', async () => {
    const run = await runCliInProcess(['codes', '27290', '--knowledge', knowledgeDir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'RVU (CMS PFS relative value file PPRRVU26_JAN.csv (release PPRRVU26_JAN), 2026-01-01): work 23.94',
    );
    expect(run.stdout).toContain('Inpatient-only: yes (status indicator C) (CMS OPPS Addendum B');
  });

  it('OPNOTE_KNOWLEDGE applies it to opnote process', async () => {
    const claimPath = join(dir, 'claim.json');
    writeFileSync(claimPath, JSON.stringify({ ...base, otherCpt: ['27295'] }));
    const run = await runCliInProcess(
      ['process', 'fixtures/a-27290-classic-formatted/transcript.txt', '--claim', claimPath],
      {
        env: { OPNOTE_KNOWLEDGE: knowledgeDir },
      },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).findings.map(findingKey)).toContain('ncci.ptp-bundled');
  });

  it('a missing overlay is exit 2 in one line', async () => {
    const missing = await runCliInProcess(['codes', '--knowledge', join(dir, 'nowhere')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^opnote: knowledge directory .* has no knowledge\.json; create it with/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('mutation variants for the new findings (eval --mutate --knowledge)', () => {
  it('adds PTP and MUE variants from the imported edits, and each raises its finding', async () => {
    const claim = parseClaim(
      JSON.parse(readFileSync('fixtures/a-27290-classic-formatted/claim.json', 'utf8')),
    );
    const process = memoProcessor({ knowledge });
    const { mutants } = await generateMutants('a-27290', transcript27290, claim, { knowledge }, process);
    const edits = mutants.filter((m) => m.kind === 'claim-ptp-bundled' || m.kind === 'claim-mue-exceeded');
    expect(edits.map((m) => [m.id, m.expect])).toEqual([
      ['a-27290#claim-ptp-bundled:27295:0', ['ncci.ptp-bundled']],
      ['a-27290#claim-ptp-bundled:11044:1', ['ncci.ptp-bundled']],
      ['a-27290#claim-ptp-bundled:11044:59', ['doc.missing:debridementDetail']],
      ['a-27290#claim-mue-exceeded:2', ['mue.exceeded']],
    ]);
    for (const m of edits) expect((await runMutant(m, process)).killed).toBe(true);
    const without = await generateMutants('a-27290', transcript27290, claim, {});
    expect(
      without.mutants.filter((m) => m.kind.startsWith('claim-ptp') || m.kind.startsWith('claim-mue')),
    ).toEqual([]);
  });
});

describe('applied knowledge as served', () => {
  it('every applied code parses as GET /v1/codes/{code} describes it', () => {
    for (const def of knowledge.codesFor()) {
      const parsed = codeDefinitionSchema.safeParse(JSON.parse(JSON.stringify(def)));
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    }
  });
});

describe('opnote serve with --knowledge', () => {
  it('serves the imported figures on /v1/codes and checks the edits on /v1/notes', async () => {
    const server = await startServer({ knowledge });
    try {
      const code = await fetch(`${server.url}/v1/codes/27290`, { headers: AUTH });
      expect(((await code.json()) as { rvu: { source: string } }).rvu.source).toContain('PPRRVU26_JAN.csv');
      const note = await postNote(server.url, {
        transcript: transcript27290,
        claim: { ...base, otherCpt: ['27295'] },
      });
      const body = (await note.json()) as { findings: Array<{ id: string }> };
      expect(body.findings.map((f) => f.id)).toContain('ncci.ptp-bundled');
    } finally {
      await server.close();
    }
  });
});
