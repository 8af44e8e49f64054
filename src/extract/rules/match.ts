import { type Assertion, assertMention } from './context.ts';
import type { LexiconEntry, Matcher, SectionPolicy, TargetLexicon } from './lexicon.ts';
import { PERFORMED_SECTIONS } from './lexicon.ts';
import type { Sentence, Span } from './text.ts';

/** One mention of a target: where, in which sentence, how asserted, and the value it implies. */
export interface Mention {
  match: Span;
  sentence: Sentence;
  assertion: Assertion;
  value: unknown;
}

/** Index of the sentence containing `pos`, or -1 (binary search over sorted spans). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function allMatches(re: RegExp, text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

const wordsBetween = (text: string, from: number, to: number): number =>
  to <= from ? 0 : text.slice(from, to).split(/\s+/).filter(Boolean).length;

/** Spans of `matcher`, searched one sentence at a time so no match can run across a sentence boundary. */
export function findSpans(
  matcher: Matcher,
  text: string,
  sentences: readonly Sentence[],
): Array<{ span: Span; sentence: number }> {
  const out: Array<{ span: Span; sentence: number }> = [];
  sentences.forEach((s, i) => {
    if (matcher.kind === 'phrase') {
      for (const span of allMatches(matcher.re, text, s.start, s.end)) out.push({ span, sentence: i });
      return;
    }
    const as = allMatches(matcher.a, text, s.start, s.end);
    if (as.length === 0) return;
    const bs = allMatches(matcher.b, text, s.start, s.end);
    for (const a of as) {
      let best: { span: Span; distance: number } | undefined;
      for (const b of bs) {
        if (b.start < a.end && b.end > a.start) continue;
        const distance =
          b.start >= a.end ? wordsBetween(text, a.end, b.start) : wordsBetween(text, b.end, a.start);
        if (distance > matcher.maxWords) continue;
        if (!best || distance < best.distance) {
          best = { span: { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }, distance };
        }
      }
      if (best) out.push({ span: best.span, sentence: i });
    }
  });
  return out;
}

function sectionAllowed(policy: SectionPolicy, sentence: Sentence): boolean {
  if (policy === 'any') return true;
  if (policy === 'not-plan') return sentence.section !== 'plan';
  return PERFORMED_SECTIONS.has(sentence.section);
}

function entryValue(entry: LexiconEntry, text: string, sentence: Sentence): unknown {
  if (entry.value === undefined) return undefined;
  if (typeof entry.value === 'string') return entry.value;
  return entry.value(text.slice(sentence.start, sentence.end));
}

/** Every mention of a target in the transcript, with its assertion. Mentions in disallowed sections are dropped. */
export function findMentions(target: TargetLexicon, text: string, sentences: readonly Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  for (const entry of target.entries) {
    for (const { span, sentence: i } of findSpans(entry.matcher, text, sentences)) {
      const sentence = sentences[i] as Sentence;
      if (!sectionAllowed(target.sections, sentence)) continue;
      if (entry.when && !entry.when(text.slice(sentence.start, sentence.end))) continue;
      const assertion = assertMention(text, sentence, span, {
        ...(target.allowHistorical ? { allowHistorical: true } : {}),
        ...(target.allowHypothetical ? { allowHypothetical: true } : {}),
        ...(entry.negationIsMeaning ? { negationIsMeaning: true } : {}),
        ...(target.negationInside === false ? { negationInside: false } : {}),
        ...(target.sections === 'performed' && target.negationInside !== false ? { anatomic: true } : {}),
        ...(entry.requireHistorical ? { allowHistorical: false } : {}),
      });
      if (entry.onlyNegated && assertion !== 'negated') continue;
      if (entry.requireHistorical) {
        // A past event is what this entry looks for: historical counts as affirmed, a current mention does not count.
        if (assertion === 'historical')
          mentions.push({
            match: span,
            sentence,
            assertion: 'affirmed',
            value: entryValue(entry, text, sentence),
          });
        continue;
      }
      mentions.push({ match: span, sentence, assertion, value: entryValue(entry, text, sentence) });
    }
  }
  return mentions.sort((a, b) => a.match.start - b.match.start);
}
