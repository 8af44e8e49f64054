import type { CodeDefinition } from '../codes/types.ts';
import type { SectionKind, Sentence, Span } from '../nlp/types.ts';
import { groupNamePlaces, type LabelMention as StatedName } from '../schemas/decision.ts';
import { assertMention } from './rules/context.ts';
import { PERFORMED_SECTIONS } from './rules/lexicon.ts';
import { findSpans } from './rules/match.ts';
import { clinicalSentences, evidenceFor } from './rules/text.ts';

/**
 * A procedure name found in the note that points at a code (e.g. "hip disarticulation" -> 27295): the
 * contract type in src/schemas/decision.ts, with its nlp section kind.
 */
export interface LabelMention extends StatedName {
  section: SectionKind;
}

/** A label's regex, compiled once per source (the knowledge's labels are a fixed, small set). */
const compiled = new Map<string, RegExp>();
function labelRegex(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'gi');
    compiled.set(source, re);
  }
  return re;
}

// Procedure names count where the procedure itself is described (not in indications or plans), and in a
// publication's title, which names the operation without describing it (its anatomy is not read).
const LABEL_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>([...PERFORMED_SECTIONS, 'heading']);

/** Where a scan looks: the text's first sentence only (its lead), or every sentence of the given sections. */
type Scope = { lead: true } | { lead: false; sections: ReadonlySet<SectionKind> };

interface Found {
  code: string;
  span: Span;
  sentence: Sentence;
}

/**
 * The one scan for procedure names: each code's labels matched sentence by sentence (so a name never
 * spans two sentences and its evidence contains it), kept where affirmed. A generic text (a textbook, a
 * series) still names the operation it describes (`describedAct`). In code, label and text order.
 */
function scanLabels(text: string, codes: readonly CodeDefinition[], scope: Scope): Found[] {
  const all = clinicalSentences(text);
  const first = all[0];
  // A lead is the first sentence whatever its section, but a keywords line names no subject.
  const sentences = !scope.lead ? all : first && first.section !== 'keywords' ? [first] : [];
  const out: Found[] = [];
  if (sentences.length === 0) return out;
  for (const code of codes) {
    for (const source of code.labels) {
      for (const { span, sentence: i } of findSpans(
        { kind: 'phrase', re: labelRegex(source) },
        text,
        sentences,
      )) {
        const sentence = sentences[i];
        if (!sentence || (!scope.lead && !scope.sections.has(sentence.section))) continue;
        if (assertMention(text, sentence, span, { describedAct: true }) !== 'affirmed') continue;
        out.push({ code: code.code, span, sentence });
      }
    }
  }
  return out;
}

/**
 * The one operation a text's lead names: the codes of the single procedure name (one span: "internal
 * hemipelvectomy" may point at several codes) in its first sentence, whatever its section (a title, a
 * "Background:" line). A series or technique text is about the operation of its title or opening line;
 * the other operations its body names (a comparison, an alternative, a complication) are not its subject.
 * Undefined when the lead names no operation, or more than one.
 */
export function leadOperation(text: string, codes: readonly CodeDefinition[]): string[] | undefined {
  const names = groupNamePlaces(scanLabels(text, codes, { lead: true }), (f) => f.span, true);
  const only = names.length === 1 ? names[0] : undefined;
  return only ? [...only.codes].sort() : undefined;
}

/**
 * Scans the transcript for the procedure names the code knowledge lists. Deterministic and run for
 * every extractor: a name is only a fallback for the level decision, never stronger than anatomy.
 */
export function findProcedureLabels(text: string, codes: readonly CodeDefinition[]): LabelMention[] {
  return scanLabels(text, codes, { lead: false, sections: LABEL_SECTIONS }).map(
    ({ code, span, sentence }) => ({
      code,
      length: span.end - span.start,
      evidence: evidenceFor(text, sentence, span),
      section: sentence.section,
    }),
  );
}

/** A procedure name the product reads, where it sits: in a title line or the text's lead, or in the body. */
export interface NamePlace extends Span {
  /** The name sits in a title line ("PROCEDURE: …", a publication's title) or is the text's lead. */
  title: boolean;
}

const TITLE_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['title', 'heading']);

/**
 * Every place the product reads a procedure name (the same scans as `findProcedureLabels` and
 * `leadOperation`), merged where names overlap, in text order. The metamorphic name eval
 * (src/eval/names.ts) deletes exactly these.
 */
export function procedureNamePlaces(text: string, codes: readonly CodeDefinition[]): NamePlace[] {
  const found = [
    ...scanLabels(text, codes, { lead: true }).map((f) => ({ ...f.span, title: true })),
    ...scanLabels(text, codes, { lead: false, sections: LABEL_SECTIONS }).map((f) => ({
      ...f.span,
      title: TITLE_SECTIONS.has(f.sentence.section),
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NamePlace[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) {
      last.end = Math.max(last.end, p.end);
      last.title ||= p.title;
    } else out.push({ ...p });
  }
  return out;
}
