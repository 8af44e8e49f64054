import { describe, expect, it } from 'vitest';
import { foreignHeading } from '../src/nlp/heading-words.ts';
import { frameView } from '../src/nlp/line-frames.ts';
import { segment } from '../src/nlp/sections.ts';
import { processNote } from '../src/pipeline/process.ts';

/** The heading as the frame view reads it (accents folded), as the segmenter and the draft see it. */
const read = (heading: string) => foreignHeading(frameView(heading));

describe('section headings of reports written in or translated from other languages', () => {
  it.each([
    ['Operateur', 'surgeons'],
    ['2. Assistenz', 'surgeons'],
    ['Aides opératoires', 'surgeons'],
    ['Primer ayudante', 'surgeons'],
    ['Secondo operatore / assistant', 'surgeons'],
    ['Cirurgião', 'surgeons'],
    ['Operatör', 'surgeons'],
    ['Anästhesie', 'anesthesia'],
    ['Anestesia', 'anesthesia'],
    ['Diagnose präoperativ', 'preopDiagnosis'],
    ['Diagnostic post-opératoire', 'postopDiagnosis'],
    ['Diagnóstico pós-operatório', 'postopDiagnosis'],
    ['Postop tanı', 'postopDiagnosis'],
    ['Intervención quirúrgica', 'procedure'],
    ['Intervento', 'procedure'],
    ['Vorgeschichte', 'indications'],
    ['Öykü / history', 'indications'],
    ['Vorgehen', 'description'],
    ['Técnica quirúrgica', 'description'],
    ['Hallazgos', 'findings'],
    ['Blutverlust', 'ebl'],
    ['Pertes sanguines', 'ebl'],
    ['Perdite ematiche', 'ebl'],
    ['Kan kaybı', 'ebl'],
    ['Präparat', 'specimens'],
    ['Pièce opératoire', 'specimens'],
    ['Reperti inviati', 'specimens'],
    ['Implantate', 'implants'],
    ['Komplikationen', 'complications'],
    ['Complicações', 'complications'],
    ['Procedere', 'disposition'],
    ['Suites opératoires', 'disposition'],
  ])('%s names %s', (heading, key) => {
    expect(read(heading)).toBe(key);
  });

  it.each([
    'The femur was divided',
    'Procedure',
    'Estimated blood loss',
    'Diagnosed by biopsy',
    'Operation was uneventful',
    'Interventions planned',
  ])('%s is no heading in another language', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('a translated report keeps its sections: its description is read as the operation, its history as history', () => {
    const text = `Diagnose präoperativ: chondrosarcoma of the left ilium\nVorgeschichte: a right below-knee amputation in 2016.\nVorgehen: the femur was divided at mid-shaft.\nBlutverlust: 300 ml`;
    const kinds = segment(text).map((s) => [text.slice(s.start, s.start + 12), s.section]);
    expect(kinds).toEqual([
      ['Diagnose prä', 'diagnosis'],
      ['Vorgeschicht', 'indications'],
      ['Vorgehen: th', 'description'],
      ['Blutverlust:', 'other'],
    ]);
  });

  it('the draft puts what a translated report dictates under its headings in their sections, accents kept', async () => {
    const transcript = [
      'OPERATIONSBERICHT (translated)',
      'Operateur: Prof. Dr. Matthias Oberländer',
      '2. Assistenz: Dr. Lena Vogt',
      'Anästhesie: ITN (general anaesthesia)',
      'Diagnose präoperativ: chondrosarcoma of the left hemipelvis',
      'Operation: left hindquarter amputation',
      'Vorgehen: The pubic symphysis was divided with the scalpel. The sacroiliac joint was divided with an osteotome. The left lower extremity together with the left hemipelvis was removed en bloc.',
      'Blutverlust: ca. 1800 ml.',
      'Präparat: left hemipelvis with the entire left leg, to Pathologie.',
      'Komplikationen: keine.',
      'Procedere: transfer to the ICU for monitoring.',
    ].join('\n');
    const result = await processNote({ transcript });
    const note = result.drafts.operativeNote;
    const part = (title: string) => note.split(/^## /m).find((b) => b.startsWith(`${title}\n`)) ?? '';
    expect(part('Surgeon and assistants')).toContain('Oberländer');
    expect(part('Surgeon and assistants')).toContain('Lena Vogt');
    expect(part('Estimated blood loss')).toMatch(/ca\. 1800 ml/i);
    expect(part('Specimens removed')).toMatch(/left hemipelvis with the entire left leg/i);
    expect(part('Complications')).toMatch(/keine/i);
    expect(part('Disposition and condition')).toMatch(/transfer to the ICU/i);
    expect(result.code.supported).toBe('27290');
  });
});
