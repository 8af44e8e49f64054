import type { ContextHit } from '../../nlp/context.ts';
import { intersect, literalIndexOf } from '../../nlp/literals.ts';
import { inServiceName } from '../../nlp/service-names.ts';
import { countBelow } from '../../nlp/sorted.ts';
import { type Assertion, assertWithCue } from './context.ts';
import type { Matcher, SectionPolicy, TargetLexicon } from './lexicon.ts';
import { featureLexicon, PERFORMED_SECTIONS, softTissueTumorType } from './lexicon.ts';
import type { Sentence, Span } from './text.ts';

/** One mention of a target: where, in which sentence, how asserted, and the value it implies. */
export interface Mention {
  match: Span;
  sentence: Sentence;
  assertion: Assertion;
  value: unknown;
  /** The cue that made the mention negated or historical (for the evidence). */
  context?: ContextHit;
  /** The lexicon entry's tag, when it has one. */
  tag?: string;
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

function allMatches(re: RegExp, text: string, from: number, to: number): Span[] {
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

/** Start offsets of the words of a sentence, for word distances by binary search. */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  const re = /\S+/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) starts.push(from + m.index);
  return starts;
}

/** Spans of `matcher`, searched one sentence at a time so no match can run across a sentence boundary. */
export function findSpans(
  matcher: Matcher,
  text: string,
  sentences: readonly Sentence[],
  /** Sentences not searched (their matches would be dropped anyway). */
  skip?: (sentence: Sentence) => boolean,
): Array<{ span: Span; sentence: number }> {
  const out: Array<{ span: Span; sentence: number }> = [];
  // Only sentences holding one of the regex's literals can match (src/nlp/literals.ts): the rest are not searched.
  const literals = literalIndexOf(text);
  const searched =
    matcher.kind === 'phrase'
      ? literals.candidates(matcher.re, sentences)
      : intersect(literals.candidates(matcher.a, sentences), literals.candidates(matcher.b, sentences));
  for (const i of searched) {
    const s = sentences[i] as Sentence;
    if (skip?.(s)) continue;
    if (matcher.kind === 'phrase') {
      // A sentence without the guard's words holds no match (see `Matcher`): the phrase is not tried there.
      if (matcher.guard && !matcher.guard.test(text.slice(s.start, s.end))) continue;
      for (const span of allMatches(matcher.re, text, s.start, s.end)) out.push({ span, sentence: i });
      continue;
    }
    const as = allMatches(matcher.a, text, s.start, s.end);
    if (as.length === 0) continue;
    const bs = allMatches(matcher.b, text, s.start, s.end);
    if (bs.length === 0) continue;
    // Word positions make a distance one subtraction; each a looks only at bs within maxWords words.
    const words = wordStarts(text, s.start, s.end);
    const bWord = bs.map((b) => countBelow(words, b.start));
    for (const a of as) {
      const aFirst = countBelow(words, a.start);
      const aEnd = countBelow(words, a.end);
      let best: { span: Span; distance: number } | undefined;
      for (let k = countBelow(bWord, aFirst - matcher.maxWords - 8); k < bs.length; k++) {
        const b = bs[k] as Span;
        const bw = bWord[k] as number;
        if (bw > aEnd + matcher.maxWords) break;
        if (b.start < a.end && b.end > a.start) continue;
        const distance = b.start >= a.end ? bw - aEnd : aFirst - countBelow(words, b.end);
        if (distance < 0 || distance > matcher.maxWords) continue;
        if (!best || distance < best.distance) {
          best = { span: { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }, distance };
        }
      }
      if (best) out.push({ span: best.span, sentence: i });
    }
  }
  return out;
}

function sectionAllowed(policy: SectionPolicy, sentence: Sentence): boolean {
  if (policy === 'any') return true;
  if (policy === 'not-plan') return sentence.section !== 'plan';
  return PERFORMED_SECTIONS.has(sentence.section);
}

const SKIP_BY_POLICY: Record<SectionPolicy, ((sentence: Sentence) => boolean) | undefined> = {
  any: undefined,
  'not-plan': (sentence) => !sectionAllowed('not-plan', sentence),
  performed: (sentence) => !sectionAllowed('performed', sentence),
};
/** Sentences a target's section policy drops: not searched at all. */
const skipFor = (policy: SectionPolicy) => SKIP_BY_POLICY[policy];

/** An entry's value and `when` test depend only on the sentence: compute them once per sentence. */
function perSentence<T>(fn: (sentence: string) => T): (text: string, sentence: Sentence) => T {
  const cache = new Map<number, T>();
  return (text, sentence) => {
    if (!cache.has(sentence.start)) cache.set(sentence.start, fn(text.slice(sentence.start, sentence.end)));
    return cache.get(sentence.start) as T;
  };
}

/**
 * The procedure features' targets: acts a text describes, read even when the whole text is generic. The
 * soft-tissue tumour's kind goes with them: it is what the described excision takes (the extractor pairs
 * the two), so a technique or a series that describes a thigh sarcoma's excision still names its kind.
 */
const DESCRIBED_ACTS: ReadonlySet<TargetLexicon> = new Set([
  ...Object.values(featureLexicon),
  softTissueTumorType,
]);

const HISTORY_VERB = /\b(?:underwent|had\s+(?:a|an|his|her)|status\s+post|s\/p)\b/i;

/**
 * Every mention of a target in the transcript, with its assertion. Mentions in disallowed sections are
 * dropped. `values: false` leaves each mention's value unread (undefined), for a caller that reads its
 * own (the tumour size reads the sentence with its imaging measures blanked).
 */
export function findMentions(
  target: TargetLexicon,
  text: string,
  sentences: readonly Sentence[],
  { values = true }: { values?: boolean } = {},
): Mention[] {
  const mentions: Mention[] = [];
  const described = DESCRIBED_ACTS.has(target);
  for (const entry of target.entries) {
    const spans = findSpans(entry.matcher, text, sentences, skipFor(target.sections));
    // Most entries match nowhere in a note: nothing else is set up for them.
    if (spans.length === 0) continue;
    const value = values ? entry.value : undefined;
    const bySentence = perSentence((sentence) => (typeof value === 'function' ? value(sentence) : value));
    const entryValue = (text: string, sentence: Sentence, span: Span): unknown =>
      entry.valueOfMatch && typeof value === 'function'
        ? value(text.slice(span.start, span.end))
        : bySentence(text, sentence);
    const when = entry.when;
    const passes = when ? perSentence(when) : undefined;
    // How the entry's mentions are asserted: the same for each of them.
    const assertOptions = {
      ...(target.allowHistorical ? { allowHistorical: true } : {}),
      ...(target.episode ? { episode: true } : {}),
      ...(target.allowHypothetical ? { allowHypothetical: true } : {}),
      ...(target.condition ? { condition: true } : {}),
      ...(entry.negationIsMeaning ? { negationIsMeaning: true } : {}),
      ...(target.negationInside === false ? { negationInside: false } : {}),
      ...(target.sections === 'performed' && target.negationInside !== false ? { anatomic: true } : {}),
      ...(entry.requireHistorical ? { allowHistorical: false } : {}),
      ...(described ? { describedAct: true } : {}),
    };
    for (const { span, sentence: i } of spans) {
      const sentence = sentences[i] as Sentence;
      if (passes && !passes(text, sentence)) continue;
      if (
        entry.whenMatch &&
        !entry.whenMatch(
          text.slice(sentence.start, sentence.end),
          span.start - sentence.start,
          span.end - sentence.start,
          text.slice(sentence.end, sentence.end + 160),
        )
      )
        continue;
      // "LIMB PRESERVATION SERVICE", "Department of Limb Reconstruction": who operates, not what was done.
      if (
        described &&
        inServiceName(
          text.slice(sentence.start, sentence.end),
          span.start - sentence.start,
          span.end - sentence.start,
        )
      )
        continue;
      const { assertion, context } = assertWithCue(text, sentence, span, assertOptions);
      if (entry.onlyNegated && assertion !== 'negated') continue;
      if (entry.statesNegative) {
        // The words themselves state the negative: no cue to name.
        if (assertion === 'affirmed')
          mentions.push({ match: span, sentence, assertion: 'negated', value: undefined });
        continue;
      }
      if (entry.requireHistorical) {
        // A past event is what this entry looks for: historical counts as affirmed, a current mention does not
        // count. In an op note's history section, "underwent" / "had a" narrate the past.
        if (
          assertion === 'historical' ||
          (assertion === 'affirmed' &&
            sentence.section === 'indications' &&
            HISTORY_VERB.test(text.slice(sentence.start, sentence.end)))
        )
          mentions.push({
            match: span,
            sentence,
            assertion: 'affirmed',
            value: entryValue(text, sentence, span),
            ...(context ? { context } : {}),
            ...(entry.tag ? { tag: entry.tag } : {}),
          });
        continue;
      }
      mentions.push({
        match: span,
        sentence,
        assertion,
        value: entryValue(text, sentence, span),
        ...(context ? { context } : {}),
        ...(entry.tag ? { tag: entry.tag } : {}),
      });
    }
  }
  return mentions.sort((a, b) => a.match.start - b.match.start);
}
