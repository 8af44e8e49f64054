import { describe, expect, it } from 'vitest';
import { inServiceName, SERVICE_NAME_FORMS } from '../src/nlp/service-names.ts';

/** Whether `words` in `sentence` (its first occurrence, case-insensitive) lie inside a service name. */
const inName = (sentence: string, words: string): boolean => {
  const start = sentence.toLowerCase().indexOf(words.toLowerCase());
  if (start < 0) throw new Error(`probe words not in the sentence: ${words}`);
  return inServiceName(sentence, start, start + words.length);
};

describe('service, clinic and department names (src/nlp/service-names.ts)', () => {
  it.each([
    // head-after: the head noun follows the words
    ['head-after', 'LIMB PRESERVATION SERVICE - BRIEF OPERATIVE NOTE', 'limb preservation', true],
    ['head-after', 'Seen in the Limb Salvage Clinic last week', 'limb salvage', true],
    ['head-after', 'Referred from the limb-salvage programme for a wound.', 'limb-salvage', true],
    ['head-after', 'Limb salvage and reconstruction unit, theatre 4', 'limb salvage', true],
    ['head-after', 'Amputation Service operative record', 'amputation', true],
    ['head-after', 'Treated at our Limb Salvage Centers network', 'limb salvage', true],
    ['head-after', 'Reviewed by two limb preservation surgeons.', 'limb preservation', true],
    ['head-after', 'The limb was preserved by the vascular team.', 'limb was preserved', false],
    ['head-after', 'A limb salvage procedure was performed.', 'limb salvage', false],
    ['head-after', 'The leg was removed and handed to the scrub nurse.', 'leg was removed', false],
    ['head-after', 'The limb was preserved; team debrief after.', 'limb was preserved', false],
    // head-of-before: the head noun and "of" / "for" / "in" come first
    ['head-of-before', 'Department of Limb Reconstruction', 'limb reconstruction', true],
    ['head-of-before', 'Dept. of Limb Salvage and Reconstruction', 'limb salvage', true],
    ['head-of-before', 'Centre for Limb Preservation, North Campus', 'limb preservation', true],
    ['head-of-before', 'Fellow in limb salvage surgery: Dr B', 'limb salvage', true],
    ['head-of-before', 'The wound of the limb was preserved.', 'limb was preserved', false],
    ['head-of-before', 'Resection for limb salvage was carried out.', 'limb salvage', false],
    // bracketed-specialty: a specialty in brackets after a person or a degree
    [
      'bracketed-specialty',
      'Surgeon: C. Whitfield, DPM, FACFAS (limb preservation)',
      'limb preservation',
      true,
    ],
    ['bracketed-specialty', 'Assistant: Dr K. Osei (limb salvage)', 'limb salvage', true],
    ['bracketed-specialty', 'Left internal hemipelvectomy (limb salvage).', 'limb salvage', false],
  ])('%s: %s [%s] -> %s', (form, sentence, words, expected) => {
    expect(SERVICE_NAME_FORMS.map((f) => f.id)).toContain(form);
    expect(inName(sentence, words)).toBe(expected);
  });
});
