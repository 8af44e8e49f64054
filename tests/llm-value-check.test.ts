import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractionToModelOutput, modelOutputToExtraction } from '../src/extract/llm/model-facts.ts';
import type { ModelOutput } from '../src/extract/llm/output-schema.ts';
import { supportedValue } from '../src/extract/llm/value-support.ts';
import { extractWithRules } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { processNote } from '../src/pipeline/process.ts';
import { findingKey } from '../src/schemas/findings.ts';

const read = (c: string, f: string) => readFileSync(`fixtures/${c}/${f}`, 'utf8');

/** An LLM extractor answering `output`, grounded by the real LLM path (no network needed). */
const answering = (output: ModelOutput): Extractor => ({
  name: 'openai',
  async extract(transcript) {
    return { ...modelOutputToExtraction(output, transcript), versions: {} };
  },
});

describe('LLM values are checked against their own quotes', () => {
  const CASE = 'd-27329-lipoma-like-liposarcoma-3cm-no-margin-clean';
  const transcript = read(CASE, 'transcript.txt');
  const claim = JSON.parse(read(CASE, 'claim.json'));

  it('a "measured 3.0 cm" quote with value 9 no longer upcodes a correct 27329 to 27364 (level.mismatch)', async () => {
    const answer = extractionToModelOutput(extractWithRules(transcript));
    answer.features.tumorSizeCm = {
      status: 'documented',
      value: 9,
      quotes: ['the tumor itself measured 3.0 cm in greatest dimension'],
    };
    const r = await processNote({ transcript, claim }, { extractor: answering(answer) });
    expect(r.anatomy.tumorSizeCm).toEqual({ status: 'not_mentioned', evidence: [] });
    const keys = r.findings.map(findingKey);
    expect(keys).toContain('doc.ungrounded:tumorSizeCm');
    expect(keys).not.toContain('level.mismatch');
    expect(r.findings.find((f) => f.id === 'doc.ungrounded')?.message).toMatch(
      /not stated by its own quotes/,
    );
  });

  it('the same quote with its own value 3 counts', async () => {
    const answer = extractionToModelOutput(extractWithRules(transcript));
    answer.features.tumorSizeCm = {
      status: 'documented',
      value: 3,
      quotes: ['the tumor itself measured 3.0 cm in greatest dimension'],
    };
    const r = await processNote({ transcript, claim }, { extractor: answering(answer) });
    expect(r.anatomy.tumorSizeCm).toMatchObject({ status: 'documented', value: 3 });
    expect(r.code.supported).toBe('27329');
    expect(r.findings.map(findingKey)).not.toContain('level.mismatch');
  });

  it('a level quoted as the size ("N cm above the knee") is refused, not a 27364 upcode', async () => {
    const answer = extractionToModelOutput(extractWithRules(transcript));
    const sentence = 'the tumor itself measured 3.0 cm in greatest dimension';
    const text = transcript.replace(sentence, `${sentence}; it lay 11 cm above the knee joint line`);
    expect(text).not.toBe(transcript);
    answer.features.tumorSizeCm = {
      status: 'documented',
      value: 11,
      quotes: ['it lay 11 cm above the knee joint line'],
    };
    const r = await processNote({ transcript: text, claim }, { extractor: answering(answer) });
    expect(r.anatomy.tumorSizeCm).toEqual({ status: 'not_mentioned', evidence: [] });
    const keys = r.findings.map(findingKey);
    expect(keys).toContain('doc.ungrounded:tumorSizeCm');
    expect(keys).not.toContain('level.mismatch');
    expect(r.route.decision).toBe('coder-review');
  });

  it('a "left thigh" quote with value right raises no laterality conflict', async () => {
    const c = 'a-27364-soft-tissue-sarcoma-claimed-27365';
    const text = read(c, 'transcript.txt');
    const answer = extractionToModelOutput(extractWithRules(text));
    answer.elements.laterality = {
      status: 'documented',
      value: 'right',
      quotes: ['Radical resection of left thigh tumor'],
    };
    const r = await processNote(
      { transcript: text, claim: { cpt: '27364', modifiers: ['LT'] } },
      { extractor: answering(answer) },
    );
    const keys = r.findings.map(findingKey);
    expect(keys.filter((k) => k.includes('laterality-conflict'))).toEqual([]);
    expect(keys).toContain('doc.ungrounded:laterality');
    expect(r.facts.laterality?.status).toBe('not_mentioned');
  });

  const size = z.number();
  const side = z.enum(['left', 'right']);
  const division = z.enum(['sacroiliac-joint', 'ilium', 'sacral-ala']);
  const modality = z.array(z.enum(['MRI', 'CT', 'PET', 'PET-CT', 'bone scan', 'radiograph', 'angiography']));
  const text = z.string();
  it.each([
    ['a number in the quote', 'features', 'tumorSizeCm', size, 3.5, ['tumor 3.5 x 2.8 x 2.0 cm'], true, 3.5],
    ['a number not in the quote', 'features', 'tumorSizeCm', size, 9, ['measured 3.0 cm'], false, undefined],
    [
      'a size summed from diameter and margin quotes (the lexicon reads them together)',
      'features',
      'tumorSizeCm',
      size,
      4.5,
      ['tumor 3.5 x 2.8 x 2.0 cm', 'closest margin 1.0 cm at the deep surface'],
      true,
      4.5,
    ],
    // A size must be quoted as a size: a distance or a level from a landmark, or an implant, is not one.
    [
      'a level quoted as a size',
      'features',
      'tumorSizeCm',
      size,
      18,
      ['the femur was osteotomised 18 cm above the joint line'],
      false,
      undefined,
    ],
    [
      'a spelled level quoted as a size',
      'features',
      'tumorSizeCm',
      size,
      14,
      ['the femur was sawn fourteen centimetres above the knee, beyond the tumor'],
      false,
      undefined,
    ],
    [
      'a distance below a landmark quoted as a size',
      'features',
      'tumorSizeCm',
      size,
      3,
      ['the tumour lay 3 cm below the greater trochanter'],
      false,
      undefined,
    ],
    [
      'a distance from a landmark quoted as a size',
      'features',
      'tumorSizeCm',
      size,
      2,
      ['the lesion was 2 cm from the knee'],
      false,
      undefined,
    ],
    [
      'an implant quoted as a size',
      'features',
      'tumorSizeCm',
      size,
      12,
      ['femoral stem 12 x 95 mm'],
      false,
      undefined,
    ],
    [
      'a size quoted beside a distance',
      'features',
      'tumorSizeCm',
      size,
      4,
      ['the 4 cm tumour lay 9 cm below the greater trochanter'],
      true,
      4,
    ],
    [
      'a bare size without a tumour word',
      'features',
      'tumorSizeCm',
      size,
      6.5,
      ['6.5 x 4 x 3 cm'],
      true,
      6.5,
    ],
    ['the side word', 'elements', 'laterality', side, 'left', ['Left knee disarticulation'], true, 'left'],
    ['a side abbreviation', 'elements', 'laterality', side, 'right', ['R AKA in 2019'], true, 'right'],
    ['the other side', 'elements', 'laterality', side, 'right', ['the left thigh'], false, undefined],
    [
      'an enum the lexicon reads',
      'features',
      'posteriorPelvicDivision',
      division,
      'sacroiliac-joint',
      ['The left sacroiliac joint was exposed anteriorly and divided'],
      true,
      'sacroiliac-joint',
    ],
    [
      'an enum the lexicon reads differently',
      'features',
      'posteriorPelvicDivision',
      division,
      'sacroiliac-joint',
      ['an osteotomy was made through the ilium'],
      false,
      undefined,
    ],
    [
      "a feature's free text in the rules' words (the vocabulary 27596 and 27594 compare)",
      'features',
      'priorAmputation',
      text,
      'above-knee amputation',
      ['The patient had a left above knee amputation in 2020 at another hospital'],
      true,
      'transfemoral (above-knee)',
    ],
    [
      'free text the lexicon reads no value from stays as it is',
      'features',
      'priorAmputation',
      text,
      'an amputation of the left leg',
      ['status post amputation of the left leg'],
      true,
      'an amputation of the left leg',
    ],
    [
      'a list: only the members the quotes say stay',
      'elements',
      'preopImaging',
      modality,
      ['MRI', 'PET'],
      ['MRI of the left thigh with contrast'],
      true,
      ['MRI'],
    ],
  ] as const)('%s', (_what, target, key, schema, value, quotes, ok, kept) => {
    const r = supportedValue(target, key, schema, value, quotes);
    expect(r).toEqual(ok ? { ok: true, value: kept } : { ok: false });
  });
});

describe('a refused value routes by whether it decides (or is required of) the checked code', () => {
  const HQ = 'a-27290-classic-formatted';
  const REAMP = 'b-27596-revision-aka-soap-clean';
  const SIZE_CASE = 'd-27329-lipoma-like-liposarcoma-3cm-no-margin-clean';
  const run = async (c: string, edit: (answer: ModelOutput) => void) => {
    const transcript = read(c, 'transcript.txt');
    const answer = extractionToModelOutput(extractWithRules(transcript));
    edit(answer);
    const r = await processNote(
      { transcript, claim: JSON.parse(read(c, 'claim.json')) },
      { extractor: answering(answer) },
    );
    const f = r.findings.find((x) => x.id === 'doc.ungrounded');
    return [f && findingKey(f), f?.severity, r.route.decision];
  };
  it.each<[string, string, (a: ModelOutput) => void, unknown[]]>([
    // Decides nothing for the decided code: kept as info, the note keeps its route.
    [
      'a refused tumour size on a 27290 note',
      HQ,
      (a) => {
        a.features.tumorSizeCm = {
          status: 'documented',
          value: 12,
          quotes: ['Preoperative MRI of the pelvis'],
        };
      },
      ['doc.ungrounded:tumorSizeCm', 'info', 'ready'],
    ],
    [
      'a refused imaging modality on a 27596 note (not one of its requirements)',
      REAMP,
      (a) => {
        a.elements.preopImaging = {
          status: 'documented',
          value: ['MRI'],
          quotes: ['Radiographs: femur drifted into abduction'],
        };
      },
      ['doc.ungrounded:preopImaging', 'info', 'ready'],
    ],
    // Deciding, or required of the checked code: a warning, coder review.
    [
      'a refused tumour size on a 27329 note (size decides 27329 against 27364)',
      SIZE_CASE,
      (a) => {
        a.features.tumorSizeCm = {
          status: 'documented',
          value: 9,
          quotes: ['the tumor itself measured 3.0 cm in greatest dimension'],
        };
      },
      ['doc.ungrounded:tumorSizeCm', 'warning', 'coder-review'],
    ],
    [
      'a refused side on a 27290 note (the side is required of every single-limb code)',
      HQ,
      (a) => {
        a.elements.laterality = {
          status: 'documented',
          value: 'right',
          quotes: ['Preoperative MRI of the pelvis'],
        };
      },
      ['doc.ungrounded:laterality', 'warning', 'coder-review'],
    ],
    // A quote the transcript does not hold is reviewed whatever it is about.
    [
      'an unfound quote for a tumour size on a 27290 note',
      HQ,
      (a) => {
        a.features.tumorSizeCm = { status: 'documented', value: 12, quotes: ['a 12 cm mass was palpated'] };
      },
      ['doc.ungrounded:tumorSizeCm', 'warning', 'coder-review'],
    ],
  ])('%s', async (_name, c, edit, expected) => {
    expect(await run(c, edit)).toEqual(expected);
  });
});
