import { describe, expect, it } from 'vitest';
import { frameLine, frameView, lineFrames } from '../src/nlp/line-frames.ts';
import { segment } from '../src/nlp/sections.ts';

describe('line frames', () => {
  it.each(lineFrames.flatMap((f) => f.examples.map((e) => [f.id, e.line, e] as const)))(
    '%s: %j',
    (id, _line, example) => {
      const frame = lineFrames.find((f) => f.id === id);
      if (!frame) throw new Error(id);
      const view = frameLine(frame, example.line, example.speakers);
      expect(view).toBe(example.view);
      expect(view).toHaveLength(example.line.length);
    },
  );

  it.each([
    [
      'HL7 segments',
      'OBX|1|TX|||Procedure: Left AKA.\nOBX|2|TX|||Indications: gangrene.\nOBX|3|TX|||Description: The femur was cut.',
      ['title', 'indications', 'description'],
    ],
    [
      'pipe-table rows',
      '| field | value |\n| --- | --- |\n| Procedure | Left AKA |\n| Indications | gangrene |\n| Description | The femur was cut. |',
      ['other', 'title', 'indications', 'description'],
    ],
    [
      'speaker labels',
      'Surgeon: Procedure: Left AKA.\nSurgeon: Indications: gangrene.\nSurgeon: Description: The femur was cut.',
      ['title', 'indications', 'description'],
    ],
    [
      'an interview',
      'Q: Procedure? A: Left AKA.\nQ: Indications? A: Gangrene.\nQ: Description? A: The femur was cut.',
      ['title', 'indications', 'description'],
    ],
  ])('the sections of a note in %s are read inside the frame', (_what, text, kinds) => {
    expect(segment(text).map((s) => s.section)).toEqual(kinds);
  });

  it('an ellipsis character reads as leader dots (same length)', () => {
    const text = 'Procedure ………… Left AKA\nIndication ……… PAD\nFemur …… divided';
    const view = frameView(text);
    expect(view).toBe('Procedure .... Left AKA\nIndication ... PAD\nFemur .. divided');
    expect(segment(text).map((s) => s.section)).toEqual(['title', 'body', 'body']);
  });

  it('letters with diacritics read as their base letters (same length), and quotes keep the accents', async () => {
    const text = 'Präparat: Pièce opératoire; Operatör; Kan kaybı; Straße; São';
    expect(frameView(text)).toBe('Praparat: Piece operatoire; Operator; Kan kaybi; Strase; Sao');
    const { extractWithRules } = await import('../src/extract/rules/rules-extractor.ts');
    const note =
      'Left hindquarter amputation. La symphyse was divided; the ostéotomie of the sacroiliac joint was made with the Gigli saw. Then the left lower extremity with the hemipelvis was removed en bloc.';
    const posterior = extractWithRules(note).features.posteriorPelvicDivision;
    expect(posterior.status).toBe('documented');
    for (const e of posterior.evidence) expect(note.slice(e.start, e.end)).toBe(e.quote);
    expect(posterior.evidence.some((e) => e.quote.includes('ostéotomie'))).toBe(true);
  });

  it('punctuation dictated as words reads as its marks (same length, same line breaks)', () => {
    const text =
      'revision left comma strike that comma I mean the right thigh\ncomma no drain semicolon closed';
    expect(frameView(text)).toBe(
      'revision left,      strike that,      I mean the right thigh\n,     no drain;          closed',
    );
  });

  it("an abstract's heading run into its first word reads as a heading and a word (same length)", async () => {
    const text =
      'INTRODUCTIONOsteosarcoma is common. PRESENTATION OF CASEA previously fit man. CONCLUSIONWe conclude. The CASE REPORT was filed.';
    expect(frameView(text)).toBe(
      'INTRODUCTIO:Osteosarcoma is common. PRESENTATION OF CAS:A previously fit man. CONCLUSIO:We conclude. The CASE REPORT was filed.',
    );
    const { extractWithRules } = await import('../src/extract/rules/rules-extractor.ts');
    const note =
      'PRESENTATION OF CASEA 40-year-old man with a pelvic chondrosarcoma. RESULTSThe symphysis pubis was divided and the sacroiliac joint was osteotomised; the left lower limb with the hemipelvis was removed.';
    const anterior = extractWithRules(note).features.anteriorPelvicDivision;
    expect(anterior.status).toBe('documented');
    for (const e of anterior.evidence) expect(note.slice(e.start, e.end)).toBe(e.quote);
  });

  it('the view keeps the length and the line breaks (CRLF too), so offsets point into the note', () => {
    const text =
      'OBX|1|TX|||Procedure: Left AKA.\r\nOBX|2|TX|||EBL: 100 mL.\r\nOBX|3|TX|||The femur was cut.\r\n';
    const view = frameView(text);
    expect(view).toHaveLength(text.length);
    expect([...view.matchAll(/\r?\n/g)].map((m) => m.index)).toEqual(
      [...text.matchAll(/\r?\n/g)].map((m) => m.index),
    );
    const s = segment(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Procedure: Left AKA', 'EBL: 100 mL', 'The femur was cut']);
  });

  it.each([
    [
      'one surgeon field',
      'Surgeon: A. Moreau\nProcedure: Left AKA.\nThe femur was cut.\nThe wound was closed.',
    ],
    [
      'a single table row',
      'Procedure: Left AKA.\n| Side | Left |\nThe femur was cut.\nThe wound was closed.',
    ],
    [
      'a label on a minority of lines',
      'Note: one.\nProcedure: Left AKA.\nNote: two.\nThe femur was cut.\nNote: three.\nThe wound was closed.\nEBL 100 mL.',
    ],
  ])('%s is no frame: the note is read as written', (_what, text) => {
    expect(frameView(text)).toBe(text);
  });
});
