import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codes, findCode } from '../src/codes/index.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import { findingKey } from '../src/schemas/findings.ts';
import { decideLevel } from '../src/validate/level.ts';
import { validate } from '../src/validate/validate.ts';
import { ROOT } from './support/cli.ts';

const read = (name: string) => readFileSync(`${ROOT}fixtures/${name}/transcript.txt`, 'utf8');
const HINDQUARTER = read('a-27290-classic-formatted');
const REAMPUTATION = read('b-27596-revision-aka-soap-clean');
const HIP_DISARTICULATION = read('b-27295-hip-disartic-addendum-hemipelvectomy');
const clean27290 = { cpt: '27290', modifiers: ['LT'], icd10: ['C41.4'], placeOfService: '21' };
const clean27596 = { cpt: '27596', modifiers: ['LT'], icd10: ['T87.44', 'Z89.612'], placeOfService: '21' };

const keysOf = async (transcript: string, claim?: unknown) =>
  (await processNote({ transcript, ...(claim === undefined ? {} : { claim }) })).findings
    .filter((f) => f.severity !== 'info')
    .map(findingKey);

describe('clean cases produce no error or warning', () => {
  it.each([
    ['27290', HINDQUARTER, clean27290],
    ['27596', REAMPUTATION, clean27596],
  ])('%s', async (_code, transcript, claim) => {
    expect(await keysOf(transcript, claim)).toEqual([]);
  });
});

const without = (text: string, pattern: RegExp) => text.replace(pattern, '');

describe('each finding id is produced by its rule', () => {
  it.each<[string, string, unknown]>([
    [
      'doc.missing:informedConsent',
      without(HINDQUARTER, /She understood and signed informed consent\./),
      clean27290,
    ],
    ['doc.missing:tumorBoard', without(HINDQUARTER, /Her case was presented[^.]*\./), clean27290],
    ['doc.missing:surgicalTeam', HINDQUARTER, { ...clean27290, modifiers: ['LT', '62'] }],
    [
      'level.mismatch',
      HIP_DISARTICULATION,
      { cpt: '27290', modifiers: ['RT'], icd10: ['C40.21'], placeOfService: '21' },
    ],
    ['modifier.laterality-missing', HINDQUARTER, { ...clean27290, modifiers: [] }],
    ['modifier.laterality-conflict', HINDQUARTER, { ...clean27290, modifiers: ['RT'] }],
    ['dx.laterality-conflict', REAMPUTATION, { ...clean27596, icd10: ['T87.43', 'Z89.612'] }],
    ['dx.laterality-conflict', REAMPUTATION, { ...clean27596, icd10: ['T87.42'] }],
    ['modifier.50-not-allowed', HINDQUARTER, { ...clean27290, modifiers: ['50'] }],
    ['modifier.62-undocumented', HINDQUARTER, { ...clean27290, modifiers: ['LT', '62'] }],
    ['modifier.22-undocumented', HINDQUARTER, { ...clean27290, modifiers: ['LT', '22'] }],
    ['modifier.assistant-not-paid', REAMPUTATION, { ...clean27596, modifiers: ['LT', '80'] }],
    ['modifier.global-misuse', HINDQUARTER, { ...clean27290, modifiers: ['LT', '57'] }],
    ['pos.inpatient-only', REAMPUTATION, { ...clean27596, placeOfService: '22' }],
    ['pos.office-setting', HINDQUARTER, { ...clean27290, placeOfService: '11' }],
    ['dx.mismatch', HINDQUARTER, { ...clean27290, icd10: ['M17.11'] }],
    ['code.unknown', HINDQUARTER, { ...clean27290, cpt: '99999' }],
    ['level.undetermined', 'Patient seen in clinic; wound looks fine.', undefined],
  ])('%s', async (key, transcript, claim) => {
    expect(await keysOf(transcript, claim)).toContain(key);
  });

  it('does not flag 62 when a co-surgeon is documented', async () => {
    const text = `${HINDQUARTER}\nDr. Patel (surgical oncology) acted as co-surgeon and performed the retroperitoneal dissection.`;
    expect(await keysOf(text, { ...clean27290, modifiers: ['LT', '62'] })).toEqual([]);
  });

  it('does not flag 22 when unusual work is documented', async () => {
    const text = `${HINDQUARTER}\nDense radiation scarring added approximately 2 additional hours of operative time.`;
    expect(await keysOf(text, { ...clean27290, modifiers: ['LT', '22'] })).toEqual([]);
  });

  it('reads T87.4x laterality as 3 right leg / 4 left leg', async () => {
    expect(await keysOf(REAMPUTATION, { ...clean27596, icd10: ['T87.44'] })).toEqual([]);
  });

  it('turns an ungrounded extractor claim into doc.ungrounded', () => {
    const x = extractWithRules(HINDQUARTER);
    const decision = decideLevel({ features: x.features, labels: [], claimedCode: '27290', codes });
    const findings = validate({
      claim: { cpt: '27290', modifiers: ['LT'], icd10: [], otherCpt: [] },
      decision,
      elements: x.elements,
      features: x.features,
      ungrounded: [{ target: 'element', key: 'tumorBoard', quote: 'presented at tumor board' }],
      findCode,
    });
    expect(findings.filter((f) => f.id === 'doc.ungrounded').map(findingKey)).toEqual([
      'doc.ungrounded:tumorBoard',
    ]);
  });
});

describe('a claimed code the confident reading rules out keeps no doc.missing', () => {
  const SCAR_REVISION = read('a-27594-scar-revision-claimed-27596');
  const docMissing = async (transcript: string, claim?: unknown) =>
    (await keysOf(transcript, claim)).filter((k) => k.startsWith('doc.missing')).sort();
  it.each<[string, string, unknown, string[]]>([
    // Ruled out by the anatomy (level.mismatch at error): the claimed code's gaps are moot.
    ['hip disarticulation claimed 27290', HIP_DISARTICULATION, { cpt: '27290', modifiers: ['RT'] }, []],
    ['scar revision claimed 27596', SCAR_REVISION, { cpt: '27596', modifiers: ['LT'] }, []],
    [
      'primary AKA claimed 27596',
      'The left femur was transected at the mid-shaft and the left limb removed.',
      { cpt: '27596', modifiers: ['LT'] },
      [],
    ],
    [
      'standing candidates without the claimed code',
      'Left thigh soft tissue sarcoma was resected with wide margins.',
      { cpt: '27365', modifiers: ['LT'] },
      [],
    ],
    // The supported code's own requirements are checked instead.
    [
      'reading 27596 claimed 27590',
      without(REAMPUTATION, /[^.]*\binpatient\b[^.]*\./gi),
      { cpt: '27590', modifiers: ['LT'] },
      ['doc.missing:inpatientAdmission'],
    ],
    // Ambiguous with the claimed code still standing: its gaps stay.
    [
      'ambiguous 27594/27596 claimed 27596',
      'Prior left above-knee amputation in 2023. The left stump was revised and the wound closed.',
      { cpt: '27596', modifiers: ['LT'] },
      // "the wound closed" names no stump technique (set D, dict-b).
      [
        'doc.missing:indication',
        'doc.missing:inpatientAdmission',
        'doc.missing:newResectionLevel',
        'doc.missing:reconstructionTechnique',
      ],
    ],
  ])('%s', async (_name, transcript, claim, expected) => {
    expect(await docMissing(transcript, claim)).toEqual(expected);
  });
});

describe('every single-limb code needs the side stated (SIDE_REQUIREMENT from singleLimb)', () => {
  // One note per code, with no side anywhere; the same note with a side is the guard.
  const NO_SIDE: ReadonlyArray<[string, string]> = [
    [
      '27295',
      'The femoral head was dislocated from the acetabulum and the limb was removed through the hip joint. No femoral cut was made and the pelvis was not divided. The wound was closed over drains.',
    ],
    [
      '27590',
      'The femur was transected 12 cm above the knee and the limb was removed. The wound was closed in layers.',
    ],
    [
      '27592',
      'The femur was transected at the mid-thigh and the limb removed; the wound was left open and packed.',
    ],
    [
      '27594',
      'Prior above-knee amputation in 2022. The stump scar was excised and the wound closed; the femur was not shortened and no bone was removed.',
    ],
    [
      '27598',
      'The knee joint was disarticulated through the joint and the leg removed; the femoral condyles were left intact and no bone was cut. The wound was closed.',
    ],
    [
      '27364',
      'Procedure: wide excision of a thigh soft tissue sarcoma. The 7 cm liposarcoma within the vastus lateralis was excised en bloc with a cuff of normal muscle. No bone was taken.',
    ],
    [
      '27329',
      'Procedure: wide excision of a thigh soft tissue sarcoma. The 3 cm liposarcoma within the vastus lateralis was excised en bloc with a cuff of normal muscle. No bone was taken.',
    ],
    [
      '27355',
      'The lesion of the distal femur was curetted through a cortical window and the cavity filled with cement.',
    ],
    [
      '27075',
      'The iliac wing was resected en bloc with the tumour through supra-acetabular and posterior iliac osteotomies; the acetabulum was preserved and the limb was kept.',
    ],
  ];
  const sided = (text: string) =>
    text.replace(/^(Prior |The |Procedure: wide excision of a )/, (m) => `${m}left `);
  it.each(NO_SIDE)('%s with no side stated: doc.missing:laterality, query-physician', async (code, text) => {
    const r = await processNote({ transcript: text });
    expect([r.code.supported, r.code.checked, r.route.decision, r.findings.map(findingKey)]).toEqual([
      code,
      code,
      'query-physician',
      ['doc.missing:laterality'],
    ]);
    expect(r.requirements.map((q) => [q.element, q.required, q.status])).toEqual([
      ['laterality', true, 'not_mentioned'],
    ]);
    expect(r.drafts.operativeNote).toContain('MISSING — Operative side');
  });
  it.each(NO_SIDE)('%s with the side stated: ready', async (code, text) => {
    const r = await processNote({ transcript: sided(text) });
    expect([r.code.supported, r.route.decision, r.findings.map(findingKey)]).toEqual([code, 'ready', []]);
    expect(r.drafts.operativeNote).toContain(`## Documentation elements (${code})`);
  });
  it('a generic text gets no doc.missing for its side', async () => {
    const r = await processNote({
      transcript:
        'Above-knee amputation is described in this chapter. The femur is transected 12 cm above the knee and the limb is removed. The wound is closed in layers.',
    });
    expect(r.route.reasons.map((x) => x.signal)).toContain('note.generic');
    expect(r.findings.filter((f) => f.id === 'doc.missing')).toEqual([]);
  });
  it('a claim without LT/RT still gets modifier.laterality-missing, and a stated side no doc.missing', async () => {
    const r = await processNote({
      transcript: sided(NO_SIDE[1]?.[1] ?? ''),
      claim: { cpt: '27590', modifiers: [] },
    });
    expect(r.findings.map(findingKey)).toEqual(['modifier.laterality-missing']);
  });
});

describe('findings are data with a fix; level mismatch names the code', () => {
  it('level.mismatch carries suggestedCode and evidence', async () => {
    const r = await processNote({
      transcript: HIP_DISARTICULATION,
      claim: { cpt: '27290', modifiers: ['RT'] },
    });
    const f = r.findings.find((x) => x.id === 'level.mismatch');
    expect(f?.suggestedCode).toBe('27295');
    expect(f?.evidence.length).toBeGreaterThan(0);
    expect(f?.fix).toMatch(/27295/);
    for (const x of r.findings) expect(x.fix.length).toBeGreaterThan(0);
  });
});

describe('regressions from review', () => {
  const LEFT_HINDQUARTER = HINDQUARTER; // left side throughout
  it('S78 laterality is the 6th character: S78.012A (complete, left) agrees with a left note', async () => {
    expect(await keysOf(LEFT_HINDQUARTER, { ...clean27290, icd10: ['C41.4', 'S78.012A'] })).toEqual([]);
    expect(await keysOf(LEFT_HINDQUARTER, { ...clean27290, icd10: ['C41.4', 'S78.021A'] })).toContain(
      'dx.laterality-conflict',
    );
  });

  it('a status code of the other leg (Z89.61x acquired absence) is no side conflict; a condition code is', async () => {
    const keys = await keysOf(REAMPUTATION, { ...clean27596, icd10: ['T87.44', 'Z89.611'] });
    expect(keys).not.toContain('dx.laterality-conflict');
    expect(await keysOf(REAMPUTATION, { ...clean27596, icd10: ['T87.43', 'Z89.612'] })).toContain(
      'dx.laterality-conflict',
    );
  });

  it('"Tumor board: No." ends its sentence and does not negate the next one', async () => {
    const r = await processNote({
      transcript:
        'Prior right AKA in 2024. Tumor board: No. The right femur was transected 6 cm more proximal.',
    });
    expect(r.code.supported).toBe('27596');
  });

  it('50 on a bilateral-indicator-1 code needs both sides documented, and never with LT/RT', async () => {
    expect(await keysOf(REAMPUTATION, { ...clean27596, modifiers: ['50'] })).toContain(
      'modifier.50-undocumented',
    );
    expect(await keysOf(REAMPUTATION, { ...clean27596, modifiers: ['50', 'LT'] })).toContain(
      'modifier.laterality-conflict',
    );
  });

  it('compares a diagnosis side with the claimed LT/RT when the note is silent on the side', async () => {
    const text = 'The femur was osteotomized and the distal femur resected en bloc with wide margins.';
    expect(await keysOf(text, { cpt: '27365', modifiers: ['RT'], icd10: ['C40.22'] })).toContain(
      'dx.laterality-conflict',
    );
  });

  it('inpatient admission is required only while the code is flagged inpatient-only', async () => {
    const withFlag = await keysOf(REAMPUTATION.replace(/[^.]*\binpatient\b[^.]*\./gi, ''), clean27596);
    expect(withFlag).toContain('doc.missing:inpatientAdmission');
    const { codes } = await import('../src/codes/index.ts');
    const unflagged = codes.map((c) =>
      c.code === '27596' ? { ...c, inpatientOnly: { ...c.inpatientOnly, value: false } } : c,
    );
    const r = await processNote(
      { transcript: REAMPUTATION.replace(/[^.]*\binpatient\b[^.]*\./gi, ''), claim: clean27596 },
      { codes: unflagged },
    );
    expect(r.findings.map(findingKey)).not.toContain('doc.missing:inpatientAdmission');
  });

  it('a failing cross-check extractor does not fail the note', async () => {
    const failing = {
      name: 'broken',
      extract: async () => {
        throw new Error('provider down');
      },
    };
    const r = await processNote({ transcript: HINDQUARTER, claim: clean27290 }, { crossCheck: failing });
    expect(r.code.supported).toBe('27290');
  });
});

describe('diagnosis lists follow DOMAIN.md', () => {
  it.each([
    ['Z89.61x alone (a status code) does not support 27596', ['Z89.612'], true],
    ['osteomyelitis of the ankle does not support 27596', ['M86.171'], true],
    ['osteomyelitis of the thigh supports 27596', ['M86.152', 'Z89.612'], false],
    ['stump infection with the status code supports 27596', ['T87.44', 'Z89.612'], false],
    // Usual reasons for a re-amputation that no list we hold named (clinical reasoning, unverified).
    ['necrotising fasciitis supports 27596', ['M72.6', 'Z89.612'], false],
    ['atherosclerosis of the left leg with gangrene supports 27596', ['I70.262'], false],
    ['atherosclerosis of the left leg with ulceration supports 27596', ['I70.245', 'Z89.612'], false],
    ['gangrene not elsewhere classified supports 27596', ['I96'], false],
    ['type 2 diabetes with angiopathy and gangrene supports 27596', ['E11.52', 'Z89.612'], false],
    ['type 1 diabetes with angiopathy and gangrene supports 27596', ['E10.52'], false],
    // The staged completion of a traumatic thigh amputation is coded with the injury while it is treated (e8.4).
    ['a traumatic amputation of the thigh supports 27596', ['S78.112A'], false],
    ['a femoral shaft fracture does not support 27596', ['S72.302A'], true],
    // Guards: diagnoses of no such kind still support nothing of the kind.
    ['a solitary bone cyst does not support 27596', ['M85.452'], true],
    ['a benign long-bone tumour does not support 27596', ['D16.22', 'Z89.612'], true],
    ['atherosclerosis with claudication only does not support 27596', ['I70.212'], true],
    ['type 2 diabetes without complications does not support 27596', ['E11.9'], true],
  ])('%s', async (_name, icd10, mismatch) => {
    const keys = await keysOf(REAMPUTATION, { ...clean27596, icd10 });
    expect(keys.includes('dx.mismatch')).toBe(mismatch);
  });

  it.each([
    ['necrotising fasciitis supports 27290', ['M72.6'], false],
    ['atherosclerosis with gangrene supports 27290', ['I70.262'], false],
    ['diabetes with gangrene supports 27290', ['E11.52'], false],
    ['a solitary bone cyst does not support 27290', ['M85.452'], true],
  ])('%s', async (_name, icd10, mismatch) => {
    const keys = await keysOf(HINDQUARTER, { ...clean27290, icd10 });
    expect(keys.includes('dx.mismatch')).toBe(mismatch);
  });

  it('the usual amputation reasons are data on every amputation code, each with unverified provenance', () => {
    for (const code of ['27290', '27295', '27590', '27591', '27592', '27594', '27596', '27598']) {
      const def = findCode(code);
      for (const dx of ['M72.6', 'I70.262', 'I70.235', 'I96', 'E11.52', 'E10.52'])
        expect(
          def?.supportingDiagnoses.some((s) => !s.secondary && dx.startsWith(s.prefix)),
          `${code} ${dx}`,
        ).toBe(true);
      const added = def?.supportingDiagnoses.filter((s) => s.prefix === 'M72.6') ?? [];
      expect(added.length, code).toBe(1);
      for (const s of def?.supportingDiagnoses ?? [])
        if (s.source) expect(s.source.unverified, `${code} ${s.prefix}`).toBe(true);
    }
    // Not an amputation code: a curettage of a bone cyst is not supported by gangrene.
    expect(findCode('27355')?.supportingDiagnoses.some((s) => 'I96'.startsWith(s.prefix))).toBe(false);
  });
});

describe('an operation abandoned before any resection asks for nothing of the code it never became (issue 10)', () => {
  const hindquarter = { cpt: '27290', icd10: ['C41.4'], modifiers: ['LT'], placeOfService: '21' };
  it.each<[string, string, unknown]>([
    [
      'abandoned after the vessels were found encased (27290)',
      'Procedure: planned left hindquarter amputation. Indications: chondrosarcoma of the left ilium; the tumor board recommended hemipelvectomy. Under general anesthesia the retroperitoneum was explored. The tumor encased the common iliac vessels. The procedure was abandoned and the wound was closed. EBL 300 mL.',
      hindquarter,
    ],
    [
      'aborted after exploration (27290)',
      'Planned left hemipelvectomy for pelvic osteosarcoma. Exploration showed peritoneal metastases. The operation was aborted after exploration and the abdomen closed.',
      hindquarter,
    ],
    [
      'closed without amputation (27596)',
      'Re-amputation of the left above-knee stump was planned for stump infection. After incision the femur was found healthy and the infection superficial; the stump was washed out and closed without amputation. Patient admitted.',
      clean27596,
    ],
    [
      'we did not proceed with the resection (27290)',
      'Left external hemipelvectomy planned. On exposure the sacral plexus was invaded bilaterally, so we did not proceed with the hemipelvectomy. Skin closed with staples.',
      hindquarter,
    ],
  ])('%s', async (_name, transcript, claim) => {
    const r = await processNote({ transcript, claim } as Parameters<typeof processNote>[0]);
    const keys = r.findings.map(findingKey);
    expect(keys.filter((k) => k.startsWith('doc.missing'))).toEqual([]);
    // The level stays undetermined (or named only), and the coder reviews the note.
    expect(keys.some((k) => k === 'level.undetermined' || k === 'level.label-only')).toBe(true);
    expect(r.route.decision).toBe('coder-review');
    expect(r.code.checked).toBeNull();
    expect(r.drafts.queries).toEqual([]);
  });

  it.each<[string, string, unknown, string]>([
    [
      'a completed hindquarter amputation after an intraoperative pause keeps its gaps',
      'Left hindquarter amputation. Chondrosarcoma of the left ilium; MRI and CT reviewed; tumor board; consent signed. After induction she became hypotensive and the procedure was paused for 20 minutes, then resumed. The sacroiliac joint was divided, the symphysis pubis was divided and the hemipelvis with the limb was removed. EBL 1500 mL.',
      hindquarter,
      'doc.missing:diagnosisConfirmation',
    ],
    [
      'a stop only discussed at consent, with nothing done, keeps the gaps',
      'Planned left hemipelvectomy. We discussed that the procedure may be abandoned if the vessels are encased. The retroperitoneum was explored.',
      hindquarter,
      'doc.missing:amputationLevel',
    ],
  ])('guard: %s', async (_name, transcript, claim, key) => {
    expect(await keysOf(transcript, claim)).toContain(key);
  });
});

describe('finding messages carry no transcript text', () => {
  it('level.mismatch explains without quoting the note', async () => {
    const r = await processNote({
      transcript: HIP_DISARTICULATION,
      claim: { cpt: '27290', modifiers: ['RT'] },
    });
    const f = r.findings.find((x) => x.id === 'level.mismatch');
    expect(f?.message).toMatch(/27295 supported by the anatomy/);
    expect(f?.message).not.toContain('"');
  });
});
