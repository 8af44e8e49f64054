/**
 * Names of services, clinics and departments: "LIMB PRESERVATION SERVICE", "Limb Salvage Clinic",
 * "Amputation Service", "Department of Limb Reconstruction", a specialty in brackets after a name
 * ("Dr A (limb preservation)"). A procedure word inside such a name names who operates, not what was
 * done: the limb kept, an amputation or a reconstruction it spells is no event of this operation.
 * The forms are data; each has its own test rows in tests/nlp-service-names.test.ts.
 */

/** Nouns that make the words before them (or after "of", "for") an organisation's name. */
export const SERVICE_HEADS: readonly string[] = [
  'service',
  'services',
  'clinic',
  'clinics',
  'unit',
  'team',
  'firm',
  'department',
  'dept',
  'division',
  'section',
  'programme',
  'program',
  'centre',
  'center',
  'institute',
  'fellowship',
  'fellow',
  'consultant',
  'registrar',
  'attending',
  'surgeon',
  'podiatrist',
  'nurse',
  'pathway',
  'network',
  'ward',
  'mdt',
  'society',
  'societies',
  'conference',
  'meeting',
  'registry',
  'registries',
  'group',
  'specialist',
];

/** A head noun, singular or plural ("Limb Salvage Centers", "limb preservation surgeons"). */
const HEADS = `(?:${SERVICE_HEADS.join('|')})(?:e?s)?`;

/**
 * How a name is built around a procedure word, each read from the words right after or before it:
 * `after`, the head noun follows within a few name words ("limb salvage and reconstruction clinic");
 * `before`, the head and "of"/"for"/"in" come before it ("Department of Limb Reconstruction", "fellow in
 * limb salvage"); `bracketed`, the words are a bracketed specialty after a person ("(limb preservation)").
 */
export interface ServiceNameForm {
  readonly id: string;
  readonly side: 'after' | 'before' | 'bracketed';
  readonly pattern: RegExp;
}

/** Words a name may hold between the procedure word and its head: no verb, determiner or preposition. */
const NAME_WORD = String.raw`(?!(?:was|were|is|are|been|being|by|the|a|an|his|her|with|to|in|on|at|of|for|from|then|and\s+the)\b)[A-Za-z][\w/-]*`;

export const SERVICE_NAME_FORMS: readonly ServiceNameForm[] = [
  {
    id: 'head-after',
    side: 'after',
    pattern: new RegExp(String.raw`^(?:[\s-]+(?:and|&|${NAME_WORD})){0,3}?[\s-]+(?:${HEADS})\b`, 'i'),
  },
  {
    id: 'head-of-before',
    side: 'before',
    pattern: new RegExp(
      String.raw`\b(?:${HEADS})\.?\s+(?:of|for|in)\s+(?:(?:and|&|${NAME_WORD})[\s-]+){0,3}?$`,
      'i',
    ),
  },
  {
    id: 'bracketed-specialty',
    side: 'bracketed',
    pattern: /^[^()]{0,40}\)/,
  },
];

/** "Whitfield, DPM (", "Dr. Okonjo, MD (orthopaedics": a bracket opened right after a person's name or degree. */
const PERSON_BEFORE_BRACKET =
  /(?:\b(?:Dr|DR|Mr|MR|Mrs|Ms|Miss|Prof|PROF)\.?\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|\b(?:MD|DO|DPM|MBBS|FRCS|FACS|FACFAS|PhD|MS|MCh|FRACS|FCS|MMed)\b[\w,. ()]*?)\s*\(\s*(?:[\w/&-]+\s+){0,3}$/;

/**
 * Whether the words at [start, end) of `sentence` lie inside a service, clinic or department name, or
 * a bracketed specialty after a person.
 */
export function inServiceName(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 80);
  const before = sentence.slice(Math.max(0, start - 80), start);
  for (const form of SERVICE_NAME_FORMS) {
    if (form.side === 'after' && form.pattern.test(after)) return true;
    if (form.side === 'before' && form.pattern.test(before)) return true;
    if (form.side === 'bracketed' && form.pattern.test(after) && PERSON_BEFORE_BRACKET.test(before))
      return true;
  }
  return false;
}
