/**
 * Section headings of operative reports written in, or translated from, other languages (German, French,
 * Spanish, Italian, Portuguese, Turkish), as the frame view reads them (src/nlp/line-frames.ts: accents
 * folded, so "Präparat" is "Praparat" and "Pièce opératoire" is "Piece operatoire"). A translated report
 * often keeps its original headings over English text ("Blutverlust: ca. 1800 ml", "Pièce: hémipelvectomie
 * gauche …"). Each heading names one draft section (src/render/operative-note.ts reads them for the draft)
 * and, through `HEADING_KINDS`, the segmenter's section kind (src/nlp/sections.ts).
 *
 * Each entry is a regular-expression fragment for the whole heading, lower case, unaccented. Only a
 * heading's own words: a heading is a short line start before a colon, so these never match running text.
 */
import type { SectionKind } from './types.ts';

export type ForeignHeadingKey =
  | 'surgeons'
  | 'anesthesia'
  | 'postopDiagnosis'
  | 'preopDiagnosis'
  | 'procedure'
  | 'indications'
  | 'description'
  | 'specimens'
  | 'findings'
  | 'ebl'
  | 'implants'
  | 'complications'
  | 'disposition';

/** Checked in this order: the postoperative diagnosis before the diagnosis, specimens before findings. */
export const FOREIGN_HEADINGS: Readonly<Record<ForeignHeadingKey, readonly string[]>> = {
  surgeons: [
    // de
    'operateur(?:in|e)?',
    'chirurg(?:in)?',
    '(?:(?:1|2|3)\\.?\\s*|erste|zweite)?\\s*assisten(?:z|t|tin)(?:arzt|arztin)?',
    // fr
    'chirurgiens?',
    'aides?(?:\\s+operatoires?)?',
    // es
    'cirujan(?:o|a|os|as)(?:\\s+principal)?',
    '(?:primer|segundo)?\\s*ayudantes?',
    // it
    '(?:primo|secondo|terzo)\\s+operatore',
    'operator(?:e|i)',
    'chirurg(?:o|hi)',
    'aiut(?:o|i)',
    // pt
    'cirurgi(?:ao|oes)(?:\\s+principal)?',
    'ajudantes?',
    'auxiliar(?:es)?',
    'operador(?:es)?',
    // tr
    'operator',
    'cerrah(?:lar)?',
    'asistan(?:lar)?',
    'yardimci(?:lar)?',
  ],
  anesthesia: [
    'anasthesie(?:verfahren)?',
    'narkose(?:art|verfahren)?',
    'anesthesie',
    'anestesia',
    'anestezi(?:\\s+turu)?',
  ],
  postopDiagnosis: [
    'diagnose\\s+post-?\\s?operativ',
    'post-?\\s?operative\\s+diagnose',
    'diagnostic\\s+post-?\\s?operatoire',
    'diagnostico\\s+pos-?\\s?operatorio',
    'diagnostico\\s+post-?\\s?operatorio',
    'diagnosi\\s+post-?\\s?operatoria',
    '(?:post-?\\s?op|ameliyat\\s+sonrasi)\\s+tani',
  ],
  preopDiagnosis: [
    'diagnose(?:\\s+pra-?\\s?operativ)?',
    'pra-?\\s?operative\\s+diagnose',
    'diagnostic(?:\\s+pre-?\\s?operatoire)?',
    'diagnostico(?:\\s+pre-?\\s?operatorio)?',
    'diagnosi(?:\\s+pre-?\\s?operatoria)?',
    '(?:(?:pre-?\\s?op|ameliyat\\s+oncesi)\\s+)?tani',
  ],
  procedure: [
    'operationsbezeichnung',
    'eingriff',
    'intervention',
    'intervencion(?:\\s+quirurgica)?',
    'procedimiento(?:\\s+quirurgico)?',
    'operacion',
    'intervento(?:\\s+chirurgico)?',
    'procedimento',
    'operazione',
    'cirurgia(?:\\s+realizada)?',
    'intervencao(?:\\s+cirurgica)?',
    'ameliyat(?:\\s+adi)?',
    'islem',
  ],
  indications: [
    'indikation',
    'anamnese',
    'vorgeschichte',
    'vorerkrankungen',
    'histoire',
    'antecedents',
    'indicacion',
    'antecedentes',
    'historia(?:\\s+clinica)?',
    'indicazione',
    'anamnesi',
    'indicacao',
    'endikasyon',
    'oyku',
  ],
  description: [
    'vorgehen',
    'operationsverlauf',
    'op-?\\s?verlauf',
    '(?:operations)?technik',
    'deroulement',
    'descripcion',
    'tecnica(?:\\s+quirurgica|\\s+operatoria|\\s+cirurgica)?',
    'descrizione',
    'descricao',
    'teknik',
    'ameliyat\\s+notu',
  ],
  specimens: [
    'praparate?',
    'histologie',
    'piezas?(?:\\s+quirurgicas?)?',
    'anatomia\\s+patologica',
    'pieces?(?:\\s+operatoires?)?',
    'anatomopathologie',
    'pezz(?:o|i)(?:\\s+operatori[oi])?',
    'reperti\\s+inviati',
    'istologic[oi]',
    'pecas?(?:\\s+operatorias?|\\s+cirurgicas?)?',
    'patoloji',
    'spesmen',
  ],
  findings: [
    '(?:intra-?\\s?operativer?\\s+)?befunde?',
    'constatations',
    'hallazgos',
    'reperti(?:\\s+intra-?\\s?operatori)?',
    'achados',
    'bulgular',
  ],
  ebl: [
    'blutverlust',
    'sangrado(?:\\s+estimado)?',
    'perdidas?\\s+(?:sanguineas?|hematicas?)',
    'pertes?\\s+sanguines?',
    'saignement',
    'perdit(?:a|e)\\s+ematic(?:a|he)',
    'perdas?\\s+(?:hematicas?|sanguineas?)',
    'kan\\s+kaybi',
  ],
  implants: ['implantate?', 'implantes?', 'impiant(?:o|i)', 'implantlar', 'materiel'],
  complications: [
    'komplikation(?:en)?',
    'complicaciones',
    'complicanze',
    'complicacoes',
    'komplikasyon(?:lar)?',
  ],
  disposition: [
    'procedere',
    'weiteres\\s+vorgehen',
    'suites(?:\\s+operatoires)?',
    'devenir',
    'destino',
    'destinazione',
    'decorso(?:\\s+post-?\\s?operatorio)?',
    'seguimento',
    'plano',
  ],
};

/** The segmenter's section kind of each heading (src/nlp/sections.ts); other headings are `other`. */
export const HEADING_KINDS: Readonly<Partial<Record<ForeignHeadingKey, SectionKind>>> = {
  surgeons: 'team',
  anesthesia: 'anesthesia',
  postopDiagnosis: 'diagnosis',
  preopDiagnosis: 'diagnosis',
  procedure: 'title',
  indications: 'indications',
  description: 'description',
  specimens: 'specimen',
  findings: 'findings',
  disposition: 'plan',
};

/**
 * A heading's words, then perhaps a gloss in English after a slash or in parentheses ("Öykü / history",
 * "Tarih (date)"), to the end of the heading.
 */
const compiled = Object.entries(FOREIGN_HEADINGS).map(
  ([key, words]) =>
    [
      key as ForeignHeadingKey,
      new RegExp(`^(?:${words.join('|')})(?![a-z])(?:\\s*(?:/|\\()[^:]{0,40})?\\s*$`, 'i'),
    ] as const,
);

/** The draft section a heading in another language names (its words only, without the colon). */
export function foreignHeading(name: string): ForeignHeadingKey | undefined {
  const head = name.trim();
  return compiled.find(([, re]) => re.test(head))?.[0];
}
