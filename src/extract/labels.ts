import type { CodeDefinition } from '../codes/types.ts';
import type { Evidence } from '../schemas/facts.ts';
import { assertMention } from './rules/context.ts';
import { sentenceAt } from './rules/match.ts';
import { evidenceFor, type SectionKind, segment } from './rules/text.ts';

/** A procedure name found in the note that points at a code (e.g. "hip disarticulation" -> 27295). */
export interface LabelMention {
  code: string;
  /** Length of the matched name: longer names are more specific. */
  length: number;
  evidence: Evidence;
}

const LABEL_SECTIONS: ReadonlySet<SectionKind> = new Set([
  'title',
  'description',
  'findings',
  'addendum',
  'body',
  'other',
  'specimen',
]);

/**
 * Scans the transcript for the procedure names the code knowledge lists. Deterministic and run for
 * every extractor: a name is only a fallback for the level decision, never stronger than anatomy.
 */
export function findProcedureLabels(text: string, codes: readonly CodeDefinition[]): LabelMention[] {
  const sentences = segment(text);
  const out: LabelMention[] = [];
  for (const code of codes) {
    for (const source of code.labels) {
      const re = new RegExp(source, 'gi');
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const i = sentenceAt(sentences, m.index);
        const sentence = sentences[i];
        if (!sentence || !LABEL_SECTIONS.has(sentence.section)) continue;
        const match = { start: m.index, end: m.index + m[0].length };
        if (assertMention(text, sentence, match) !== 'affirmed') continue;
        out.push({ code: code.code, length: m[0].length, evidence: evidenceFor(text, sentence, match) });
      }
    }
  }
  return out;
}
