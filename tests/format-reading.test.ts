import { describe, expect, it } from 'vitest';
import { scoreDrafts } from '../src/eval/drafts.ts';
import { segment } from '../src/nlp/sections.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import { processNote } from '../src/pipeline/process.ts';

/**
 * Draft sections and documentation elements read in unusual surface formats (one case, Markdown
 * headings, index-card abbreviations, bullet notes), by class, in our own words. Each row names the
 * section whose text must hold a phrase (or must not: a guard).
 */

/** The text of one `## Title` section of a note's draft, without offsets. */
const sectionText = (note: string, title: string): string => {
  const block = note.split(/^## /m).find((b) => b.startsWith(`${title}\n`));
  return (block === undefined ? '' : block.slice(title.length + 1)).replace(/<sup>\[\d+–\d+\]<\/sup>/g, '');
};

async function draft(transcript: string) {
  const r = await processNote({ transcript });
  const score = scoreDrafts(transcript, r);
  return { note: r.drafts.operativeNote, score, result: r };
}

interface SectionRow {
  name: string;
  transcript: string;
  title: string;
  holds?: string;
  lacks?: string;
}

const checkRow = async ({ transcript, title, holds, lacks }: SectionRow) => {
  const { note, score } = await draft(transcript);
  expect(score.ungrounded, 'ungrounded').toBe(0);
  expect(score.truncated, 'cut mid-word').toBe(0);
  // Compared case folded, as the eval scores drafts (a shown sentence opens with a capital).
  const text = sectionText(note, title).toLowerCase();
  if (holds !== undefined) expect(text).toContain(holds.toLowerCase());
  if (lacks !== undefined) expect(text).not.toContain(lacks.toLowerCase());
};

describe('a note in one case (all lower case, ALL CAPITALS)', () => {
  it.each<SectionRow>([
    {
      name: 'a title abbreviation in lower case does not end the sentence',
      transcript:
        'surgeon dr. lena vidal, assisted by dr. omar kask.\nleft above-knee amputation.\nthe femur was divided and the limb removed.',
      title: 'Surgeon and assistants',
      holds: 'dr. omar kask',
    },
    {
      name: 'a title abbreviation in capitals does not end the sentence',
      transcript:
        'SURGEON: MR. PIETER OKORO. ASSISTANT: MS. RUTH ADEBAYO.\nLEFT ABOVE-KNEE AMPUTATION.\nTHE FEMUR WAS DIVIDED AND THE LIMB REMOVED.',
      title: 'Surgeon and assistants',
      holds: 'MS. RUTH ADEBAYO',
    },
    {
      name: 'a lower-case initial before a surname and a credential',
      transcript:
        'assistant: k. amadi, md\nprocedure: left above-knee amputation.\nthe femur was divided and the limb removed.',
      title: 'Surgeon and assistants',
      holds: 'k. amadi, md',
    },
    {
      name: 'a capital initial before a surname in capitals',
      transcript:
        'ATTENDING: J. HALE. RESIDENT: P. OKORO, MD.\nPROCEDURE: LEFT ABOVE-KNEE AMPUTATION.\nTHE FEMUR WAS DIVIDED AND THE LIMB REMOVED.',
      title: 'Surgeon and assistants',
      holds: 'P. OKORO, MD',
    },
    {
      name: 'an initial after a lower-case title, before a bare credential',
      transcript:
        'attending: dr f. brandt. resident: s. moreau md pgy-3.\nleft above-knee amputation.\nthe femur was divided and the limb removed.',
      title: 'Surgeon and assistants',
      holds: 's. moreau md',
    },
    {
      name: 'a short sentence in capitals that gives the complications is no title',
      transcript:
        'PROCEDURE: RIGHT HIP DISARTICULATION.\nTHE LIMB WAS REMOVED AT THE HIP JOINT. BLOOD LOSS 700 ML. NO COMPLICATIONS. TAKEN TO RECOVERY IN STABLE CONDITION.',
      title: 'Complications',
      holds: 'NO COMPLICATIONS',
    },
    {
      name: 'a short sentence in capitals that gives the disposition is no title',
      transcript:
        'PROCEDURE: RIGHT HIP DISARTICULATION.\nTHE LIMB WAS REMOVED AT THE HIP JOINT. BLOOD LOSS 700 ML. ONE DRAIN PLACED. TRANSFERRED TO THE ICU.',
      title: 'Disposition and condition',
      holds: 'TRANSFERRED TO THE ICU',
    },
    {
      name: 'a short sentence in capitals that sends the specimen is no title',
      transcript:
        'PROCEDURE: LEFT ABOVE-KNEE AMPUTATION.\nTHE FEMUR WAS DIVIDED AND THE LIMB REMOVED. LIMB SENT TO PATHOLOGY. SKIN STAPLED.',
      title: 'Specimens removed',
      holds: 'LIMB SENT TO PATHOLOGY',
    },
    {
      name: 'guard: a line of capitals alone on its line in a capitals note stays a title',
      transcript:
        'ORTHOPAEDIC ONCOLOGY SERVICE\nPROCEDURE: LEFT ABOVE-KNEE AMPUTATION.\nTHE FEMUR WAS DIVIDED AND THE LIMB REMOVED.',
      title: 'Description of the procedure and findings',
      lacks: 'ORTHOPAEDIC ONCOLOGY SERVICE',
    },
  ])('$name', checkRow);

  it.each([
    [
      'guard: a lower-case side letter before a clause ends the sentence',
      'laterality: r. the femur was cut.',
      2,
    ],
    [
      'guard: a capital side letter before a clause ends the sentence',
      'Side: L. Femur divided at mid-shaft.',
      2,
    ],
    ['guard: an initial in capitals before two words of a clause ends it', 'SIDE: L. FEMUR DIVIDED.', 2],
  ])('%s', (_name, text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });
});

describe('Markdown headings and labels alone on their line', () => {
  const note = (field: string) =>
    `### Procedure\nLeft above-knee amputation.\n${field}\n### Description\nThe femur was divided at mid-shaft and the limb removed. The wound was closed.\n`;
  it.each<SectionRow>([
    {
      name: 'a "### Surgeon" heading names the surgeon on the line below it',
      transcript: note('### Surgeon\nDr. Hana Ortiz'),
      title: 'Surgeon and assistants',
      holds: 'Hana Ortiz',
    },
    {
      name: 'a "## Assistants" heading names the assistants below it',
      transcript: note('## Assistants\nMarek Duda, PA-C; Ines Roy, MD (fellow)'),
      title: 'Surgeon and assistants',
      holds: 'Ines Roy',
    },
    {
      name: 'an anaesthesia heading in British spelling',
      transcript: note('### Anaesthesia\nSpinal with light sedation'),
      title: 'Anesthesia',
      holds: 'Spinal with light sedation',
    },
    {
      name: 'a blood-loss heading and its figure',
      transcript: note('#### Estimated blood loss\n250 mL'),
      title: 'Estimated blood loss',
      holds: '250 mL',
    },
    {
      name: 'a specimens heading and its list',
      transcript: note('### Specimens\nLeft leg, to pathology'),
      title: 'Specimens removed',
      holds: 'Left leg, to pathology',
    },
    {
      name: 'a disposition heading and where the patient went',
      transcript: note('### Disposition\nWard, stable'),
      title: 'Disposition and condition',
      holds: 'Ward, stable',
    },
    {
      name: 'guard: a field heading takes one line, not the paragraph after a blank line',
      transcript: '### Surgeon\nDr. Hana Ortiz\n\nThe femur was divided at mid-shaft and the limb removed.\n',
      title: 'Surgeon and assistants',
      lacks: 'femur',
    },
    {
      name: 'guard: the narrative under a description heading stays the description',
      transcript: note('### Surgeon\nDr. Hana Ortiz'),
      title: 'Description of the procedure and findings',
      holds: 'The wound was closed.',
    },
  ])('$name', checkRow);
});

/** The section the segmenter gives the sentence that holds `words`. */
const sectionOf = (text: string, words: string): string | undefined =>
  segment(text).find((s) => text.slice(s.start, s.end).includes(words))?.section;

describe('index-card abbreviations and bullet notes', () => {
  it.each([
    [
      '"Px:" names the procedure',
      'Px: Left above-knee amputation.\nThe femur was cut.',
      'above-knee',
      'title',
    ],
    [
      '"Ind:" opens the indications',
      'Ind: gangrene of the left foot.\nDescription: the femur was cut.',
      'gangrene',
      'indications',
    ],
    ['"Dispo:" is the disposition', 'The femur was cut.\nDispo: ward, stable.', 'ward', 'plan'],
    [
      'a bulleted heading word ("- History.") opens its section',
      '- History.\n- She had a left below-knee amputation in 2020.\n\n- Operation.\n- The femur was cut.',
      'below-knee',
      'indications',
    ],
    [
      'a bulleted field ("- Surgeon: ...") is a field',
      '- Procedure: Left above-knee amputation.\n- Surgeon: Dr. Ada Moss\n- The femur was cut.',
      'Ada Moss',
      'team',
    ],
    [
      'a bulleted indications field',
      '- Indications: gangrene of the left foot.\n- Description: the femur was cut.',
      'gangrene',
      'indications',
    ],
    [
      'guard: a bullet whose words before a colon hold a verb is no heading',
      'Description:\n- Plan was a wide margin: the tendon was divided.\n- The patella was removed en bloc.',
      'patella',
      'description',
    ],
    [
      "guard: a list item's term is no heading",
      'Diagnoses:\n- Left: chondrosarcoma of the ilium.\nDescription: the femur was cut.',
      'chondrosarcoma',
      'diagnosis',
    ],
  ])('%s', (_name, text, words, section) => {
    expect(sectionOf(text, words)).toBe(section);
  });

  const card = (field: string) =>
    `${field}\nSurg: Dr. Ada Moss\nThe femur was divided at mid-shaft and the limb removed. The wound was closed.\n`;
  it.each<SectionRow>([
    {
      name: 'the procedure under "Px:"',
      transcript: card('Px: Right above-knee amputation.'),
      title: 'Procedure(s) performed',
      holds: 'Right above-knee amputation',
    },
    {
      name: 'the implants under "Impl:"',
      transcript: card('Procedure: Right above-knee amputation.\nImpl: polypropylene mesh over the bone end'),
      title: 'Implants',
      holds: 'polypropylene mesh over the bone end',
    },
    {
      name: 'the indications under "Ind:"',
      transcript: card('Procedure: Right above-knee amputation.\nInd: wet gangrene of the foot and leg'),
      title: 'Indications',
      holds: 'wet gangrene of the foot and leg',
    },
    {
      name: 'guard: the specimens under "Spec:"',
      transcript: card('Procedure: Right above-knee amputation.\nSpec: leg to pathology'),
      title: 'Specimens removed',
      holds: 'leg to pathology',
    },
  ])('$name', checkRow);
});

describe('a label alone on its line is read with the value below it', () => {
  const hindquarter =
    'Procedure: Left hindquarter amputation.\nDescription: The sacroiliac joint and the pubic symphysis were divided and the hemipelvis was removed with the limb.\n';
  it.each([
    [
      'a Markdown heading over its value',
      '### Consent\nSigned by the patient in clinic and reviewed this morning.\n',
    ],
    [
      'a label and its colon over its value',
      'Consent:\nWritten form signed by the patient and her daughter.\n',
    ],
    ['a label in capitals over its value', 'CONSENT:\nOBTAINED AND WITNESSED.\n'],
  ])('%s: the consent is documented', async (_name, field) => {
    const r = await processNote({ transcript: `${field}${hindquarter}` });
    expect(r.facts.informedConsent?.status).toBe('documented');
  });

  it('guard: a label over a blank line documents nothing', async () => {
    const r = await processNote({
      transcript: `### Consent\n\nThe patient was positioned laterally.\n${hindquarter}`,
    });
    expect(r.facts.informedConsent?.status).toBe('not_mentioned');
  });

  it.each([
    ['a heading and its value are one sentence', '### Reconstruction\nThe canal was reamed to 14 mm.', 1],
    ['a label, a colon and its value are one sentence', 'Specimens:\nLeft leg to pathology.', 1],
    [
      'guard: a short line without a colon or heading marks is its own sentence',
      'Closure\nThe skin was stapled.',
      2,
    ],
    ['guard: a label over a list item stays apart', 'Consent:\n- signed in clinic.', 2],
    // A field's inline list keeps its first item (e8): "1." after the colon is a list number.
    [
      "a field's inline numbered list keeps its first item",
      'Specimens: 1. Left leg with hemipelvis.\n2. Cultures to microbiology.',
      3, // the first item whole, then the "2" list number and its item (as on their own lines)
    ],
    ['guard: a field whose value is a number ends there', 'Drains: 1. The wound was closed in layers.', 2],
    [
      'a label over another label stays apart, the second takes its value',
      '### Surgeon\n### Assistant\nDr. Ines Roy',
      2,
    ],
  ])('%s', (_name, text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });
});

describe('a hard-wrapped note (lines of one width)', () => {
  // Lines of about 40 columns: the wrap falls where the width ends, not where a sentence does.
  const wrapped = (lines: readonly string[]) =>
    [
      'Procedure: Left above-knee amputation',
      'for ischaemic gangrene of the foot.',
      ...lines,
      'The femur was divided 12 cm above the',
      'joint line and the limb was removed.',
      'The wound was closed in layers today.',
    ].join('\n');
  it.each<SectionRow>([
    {
      name: 'a title at a line end goes on with its name on the next line',
      transcript: wrapped(['Surgeon: the operation was done by Dr.', 'Hana Ortiz with the registrar today.']),
      title: 'Surgeon and assistants',
      holds: 'Hana Ortiz',
    },
    {
      name: 'a title and an initial at a line end go on with the surname',
      transcript: wrapped([
        'Assistant: scrubbed in throughout, Mr K.',
        'Osei, specialty registrar in training.',
      ]),
      title: 'Surgeon and assistants',
      holds: 'Osei',
    },
    {
      name: 'a joining sign at a line end goes on',
      transcript: wrapped([
        'Anaesthesia: spinal with sedation and +',
        'a sciatic nerve catheter for analgesia.',
      ]),
      title: 'Anesthesia',
      holds: 'sciatic nerve catheter',
    },
    {
      name: 'a spaced dash at a line end goes on (e8)',
      transcript: wrapped(['Procedure: Formalisation of L AKA --', 'revision through the femur higher up.']),
      title: 'Procedure(s) performed',
      holds: 'revision through the femur',
    },
    {
      name: "a field's value wrapped after a semicolon goes on with the field",
      transcript: wrapped([
        'Assistants: Ines Roy, MD (senior fellow);',
        'Marek Duda, physician assistant, PA-C',
      ]),
      title: 'Surgeon and assistants',
      holds: 'Marek Duda',
    },
    {
      name: 'guard: a sentence after a full stop at a line end is its own',
      transcript: wrapped([
        'Assistant: Ines Roy, MD, senior fellow.',
        'The patient was placed supine on table.',
      ]),
      title: 'Surgeon and assistants',
      lacks: 'supine',
    },
  ])('$name', checkRow);
});

describe('fields inside line frames (table rows, interviews) read as the segmenter reads them', () => {
  const narrative = [
    'The femur was divided at mid-shaft and the limb removed.',
    'The wound was closed in layers.',
  ];
  it.each<SectionRow>([
    {
      name: "a table row's field goes on after a semicolon",
      transcript: [
        '| field | value |',
        '| --- | --- |',
        '| Procedure | Left above-knee amputation. |',
        '| Team | Dr. Lena Vidal operating; Omar Kask, PA-C, assisting. |',
        ...narrative.map((n) => `|  | ${n} |`),
      ].join('\n'),
      title: 'Surgeon and assistants',
      holds: 'Omar Kask',
    },
    {
      name: "an interview's answer to a field goes on after a semicolon",
      transcript: [
        'Q: Procedure? A: Left above-knee amputation.',
        'Q: Assistants? A: Ines Roy, MD; Marek Duda, PA-C.',
        ...narrative.map((n) => `Q: What did you do next? A: ${n}`),
      ].join('\n'),
      title: 'Surgeon and assistants',
      holds: 'Marek Duda',
    },
    {
      name: "guard: a table row's narrative stays the description",
      transcript: [
        '| field | value |',
        '| --- | --- |',
        '| Procedure | Left above-knee amputation. |',
        '| Team | Dr. Lena Vidal operating; Omar Kask, PA-C, assisting. |',
        ...narrative.map((n) => `|  | ${n} |`),
      ].join('\n'),
      title: 'Description of the procedure and findings',
      holds: 'The wound was closed in layers.',
    },
  ])('$name', checkRow);
});
