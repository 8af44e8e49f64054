import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codes } from '../src/codes/index.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';
import { elementLexicon, featureLexicon, softTissueTumorType } from '../src/extract/rules/lexicon.ts';
import { clinicalSentences } from '../src/extract/rules/text.ts';
import { contextRules } from '../src/nlp/context-rules.ts';
import { ACTION_STEMS } from '../src/nlp/events.ts';
import { INSTRUCTION_PATTERNS, isInstructionLike, isInstructionLikeAt } from '../src/nlp/instructions.ts';
import { LiteralIndex, literalsOf, requiredLiterals } from '../src/nlp/literals.ts';
import { structureTerms } from '../src/nlp/procedure-terms.ts';
import { segment } from '../src/nlp/sections.ts';
import type { Span } from '../src/nlp/types.ts';
import { ROOT } from './support/cli.ts';
import { probes } from './support/probes.ts';
import { readingProbes } from './support/reading-classes.ts';

describe('literals derived from a regex', () => {
  it.each([
    [/tumou?rs?/i, [['tumour', 'tumor']]],
    [/il[ie]um|sacr\w+/i, [['ilium', 'ileum', 'sacr']]],
    [/(?<!head\s)femur|femoral\s+bone/gi, [['femur', 'femoral']]],
    [/a{2,3}bcd/, [['bcd']]],
    [/x(?:yz)?w/, [['xyzw', 'xw']]],
    [/\bre-?amputation/gi, [['re-amputation', 'reamputation']]],
    [/[a-z]+omas?\b/i, [['oma']]],
    [/\d+\s*CM\b/, [['cm']]],
    // Every requirement holds: a side and an abbreviation.
    [
      /(?<side>left|right)\s+(?:AKA|BKA)/i,
      [
        ['left', 'right'],
        ['aka', 'bka'],
      ],
    ],
    [/femur\s+was\s+divided/i, [['divided'], ['femur'], ['was']]],
    // Alternatives join like with like: the anatomy of each with the anatomy, the verb with the verb.
    [
      /(?:femur|tibia)\s+was\s+(?:cut|sawn)|(?:cut|sawed)\s+the\s+(?:femur|tibia)/i,
      [
        ['femur', 'tibia'],
        ['cut', 'sawn', 'sawed'],
      ],
    ],
    [/[^x]yz[^x]/, [['yz']]],
    // The characters of an escape are no literal of their own.
    [/\x41bc/, [['bc']]],
    [/\u0041xyz/, [['xyz']]],
    [/(a)\1bc/, [['bc']]],
    // A rare mark alone is a literal, a caseless non-ASCII one included: the checkbox cues.
    [
      /\[[\s_]*\]|[☐□]|\(\s+\)/gi,
      [
        ['[', '☐', '□', '('],
        [']', '☐', '□', '('],
      ],
    ],
    // An alternative's requirement holding a common character ("." of "...") gives way to one without.
    [/\*{3,}|\[\s*(?:\.{3}|\*+)\s*\]/, [['*', '[']]],
  ] as const)('%s -> %j', (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it.each([
    // An alternative that may match anything, optional or repeated-from-zero pieces, unknown classes.
    /ab|c*/,
    /(?:femur)?\s+/,
    /[a-z]+/i,
    /.{3}/,
    // One character is in nearly every sentence: a letter, a digit, a space or a common mark.
    /:|,/,
    /\[|a/,
    // Unicode case folding maps non-ASCII letters onto ASCII ones ("ſ" is an "s"): no literals.
    /stump/iu,
    // Non-ASCII characters fold in ways lowercasing does not ("ς" and "σ"): never a literal.
    /σ/i,
  ])('%s -> none (always run)', (re) => {
    expect(requiredLiterals(re)).toBeUndefined();
  });

  it('a text holding none of the literals has no match, whatever its case', () => {
    const index = new LiteralIndex('The FEMUR was DIVIDED; the Tumour was excised.');
    const text = index.text;
    const femur = /femur\s+was\s+divided/gi;
    expect(index.mayMatch(femur, 0, text.length)).toBe(true);
    // Only whole occurrences inside the range count ("divided", the longest literal, is the one checked).
    expect(index.mayMatch(femur, 0, 20)).toBe(false);
    expect(index.mayMatch(/tumou?r/gi, 0, 22)).toBe(false);
    expect(index.mayMatch(/tumou?r/gi, 22, text.length)).toBe(true);
  });

  it('a text whose lowercase shifts offsets (dotted capital I) is checked range by range', () => {
    const text = 'İliac crest. The femur was cut.';
    const index = new LiteralIndex(text);
    const spans: Span[] = [
      { start: 0, end: 12 },
      { start: 13, end: text.length },
    ];
    expect(index.candidates(/femur/gi, spans)).toEqual([1]);
    expect(index.candidates(/crest/gi, spans)).toEqual([0]);
    expect(index.candidates(/iliac/gi, spans)).toEqual([]);
  });
});

/** Every regex the rules pipeline runs sentence by sentence: lexicon, context cues, code labels, instructions, structures. */
function pipelineRegexes(): RegExp[] {
  const targets = [...Object.values(featureLexicon), ...Object.values(elementLexicon), softTissueTumorType];
  const lexicon = targets.flatMap((t) =>
    (t?.entries ?? []).flatMap((e) =>
      e.matcher.kind === 'phrase' ? [e.matcher.re] : [e.matcher.a, e.matcher.b],
    ),
  );
  const cues = contextRules.map((r) => new RegExp(r.pattern, 'gi'));
  const labels = codes.flatMap((c) => c.labels.map((l) => new RegExp(l, 'gi')));
  // The procedure structures and action stems (src/nlp/events.ts reads each behind its prefilter).
  const structures = structureTerms.map(
    (t) => new RegExp(`(?<![\\w-])(?:${t.patterns.join('|')})(?![\\w-])`, 'gi'),
  );
  return [...lexicon, ...cues, ...labels, ...INSTRUCTION_PATTERNS, ...structures, ACTION_STEMS];
}

function texts(): string[] {
  const fixtures = loadFixtures(`${ROOT}fixtures`).map((c) => readFileSync(c.transcriptPath, 'utf8'));
  return [...fixtures, ...probes.map((p) => p[1]), ...readingProbes.map((p) => p.text)];
}

describe('the prefilter never skips a match (fixtures, probes, reading probes)', () => {
  const regexes = pipelineRegexes();
  it('most of the pipeline regexes have literals (the prefilter is in use)', () => {
    const withLiterals = regexes.filter((re) => literalsOf(re) !== undefined);
    expect(withLiterals.length / regexes.length).toBeGreaterThan(0.8);
  });

  it.each(texts().map((t, i) => [i, t] as const))('instruction-like sentences, text %i', (_i, text) => {
    for (const s of segment(text)) {
      expect(isInstructionLikeAt(text, s.start, s.end)).toBe(isInstructionLike(text.slice(s.start, s.end)));
    }
  });

  it.each(texts().map((t, i) => [i, t] as const))('text %i', (_i, text) => {
    const index = new LiteralIndex(text);
    for (const sentences of [clinicalSentences(text), segment(text)]) {
      for (const re of regexes) {
        const candidates = new Set(index.candidates(re, sentences));
        sentences.forEach((s, i) => {
          const slice = text.slice(s.start, s.end);
          re.lastIndex = 0;
          const matches = [...slice.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))];
          if (matches.length === 0) return;
          // A sentence with a match is searched, by both entry points.
          expect(candidates.has(i), `${re.source.slice(0, 80)} in sentence ${i}`).toBe(true);
          expect(index.mayMatch(re, s.start, s.end)).toBe(true);
          // And so is each match alone, in any case.
          const once = new RegExp(re.source, re.flags.replace('g', ''));
          for (const m of matches) {
            for (const variant of [m[0], m[0].toUpperCase(), m[0].toLowerCase()]) {
              if (!once.test(variant)) continue;
              expect(new LiteralIndex(variant).mayMatch(re, 0, variant.length), re.source.slice(0, 80)).toBe(
                true,
              );
            }
          }
        });
      }
    }
  });
});
