import { lateralitySchemes } from '../../codes/icd10.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Evidence } from '../../schemas/facts.ts';
import { findingKey } from '../../schemas/findings.ts';
import type { GeneratedMutants, MutantSpec, MutationBase, MutationResult } from './define.ts';

/**
 * The edits rules' mutation generators make: text edits on the sentences of the evidence, side swaps,
 * ICD-10 side flips and claim changes. Pure, except `editUntilGone`, which processes each round.
 */

export const opposite = (side: 'left' | 'right'): 'left' | 'right' => (side === 'left' ? 'right' : 'left');
export const keysOf = (result: MutationResult): Set<string> => new Set(result.findings.map(findingKey));
export const withClaim = (claim: Claim, changes: Partial<Claim>): Claim => ({ ...claim, ...changes });

/** A variant of `base` with its claim changed and the transcript kept. */
export const claimVariant = (
  base: MutationBase,
  kind: string,
  detail: string,
  description: string,
  changes: Partial<Claim>,
  expect: string,
): MutantSpec => ({
  kind,
  detail,
  description: `${description} (claim ${base.claim.cpt})`,
  transcript: base.transcript,
  claim: withClaim(base.claim, changes),
  expect: [expect],
});

/** The variants whose expected finding the base does not already raise (the others are not generated). */
export function unlessBaseHas(base: MutationBase, mutants: readonly MutantSpec[]): GeneratedMutants {
  const keys = keysOf(base.result);
  const kept = mutants.filter((m) => !m.expect.some((k) => keys.has(k)));
  return { mutants: kept, notGenerated: mutants.length - kept.length };
}

// --- text edits -------------------------------------------------------------------------------

/** Sentences longer than this are cut to the evidence alone (raw dictation without punctuation). */
const MAX_SENTENCE = 400;

/** The span to edit for one evidence: its whole sentence, or the quote itself inside a run-on sentence. */
export function sentenceSpan(text: string, evidence: Evidence): { start: number; end: number } {
  const sentence = splitSentences(text).find((s) => s.start <= evidence.start && evidence.start < s.end);
  if (!sentence || sentence.end - sentence.start > MAX_SENTENCE)
    return { start: evidence.start, end: evidence.end };
  return { start: Math.min(sentence.start, evidence.start), end: Math.max(sentence.end, evidence.end) };
}

function mergeSpans(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Replaces spans (merged, right to left) with what `replace` returns for each span's text. */
export function rewriteSpans(
  text: string,
  spans: Array<{ start: number; end: number }>,
  replace: (original: string) => string,
): string {
  let out = text;
  for (const s of mergeSpans(spans).reverse()) {
    const replacement = replace(out.slice(s.start, s.end));
    let end = s.end;
    // Deleting a sentence takes its full stop along.
    if (replacement === '' && /[.!?;]/.test(out[end] ?? '')) end++;
    const joinsWords = /\S/.test(out[s.start - 1] ?? ' ') && /\S/.test(out[end] ?? ' ');
    out = `${out.slice(0, s.start)}${replacement === '' && joinsWords ? ' ' : replacement}${out.slice(end)}`;
  }
  return out;
}

const AUXILIARY = /\b(?:was|were|is|are|has|have|had)\b(?!\s+not\b)/i;

/** Negates a sentence by inserting "not" after its first auxiliary; undefined when it has none. */
export function insertNot(sentence: string): string | undefined {
  const m = AUXILIARY.exec(sentence);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  return `${sentence.slice(0, at)} not${sentence.slice(at)}`;
}

const SIDE_ABBREVIATIONS: Record<string, string> = {
  L: 'R',
  R: 'L',
  LT: 'RT',
  RT: 'LT',
  Lt: 'Rt',
  Rt: 'Lt',
  LLE: 'RLE',
  RLE: 'LLE',
};

/** Swaps every left/right word (keeping its capitalization) and side abbreviation (L, RT, Lt., LLE...). */
export function swapSides(text: string): string {
  return text
    .replace(/\b(left|right)\b/gi, (word) => {
      const swapped = word.toLowerCase() === 'left' ? 'right' : 'left';
      if (word === word.toUpperCase()) return swapped.toUpperCase();
      if (word[0] === word[0]?.toUpperCase()) return `${swapped[0]?.toUpperCase()}${swapped.slice(1)}`;
      return swapped;
    })
    .replace(/\b(?:L|R|LT|RT|Lt|Rt|LLE|RLE)\b/g, (abbr) => SIDE_ABBREVIATIONS[abbr] ?? abbr);
}

/** The same ICD-10-CM code for the opposite side of the same limb, when its family has a laterality character. */
export function flipDiagnosisSide(code: string): string | undefined {
  for (const scheme of lateralitySchemes) {
    const m = scheme.pattern.exec(code);
    const ch = m?.[1];
    if (!m || ch === undefined || !m[0].endsWith(ch)) continue;
    const meaning = scheme.meanings[ch];
    if (!meaning || meaning.side === 'unspecified') return undefined;
    const other = Object.entries(scheme.meanings).find(
      ([, v]) => v.side === opposite(meaning.side as 'left' | 'right') && v.limb === meaning.limb,
    )?.[0];
    if (other === undefined) return undefined;
    const at = m.index + m[0].length - 1;
    return `${code.slice(0, at)}${other}${code.slice(at + 1)}`;
  }
  return undefined;
}

/**
 * Edits the transcript round by round until `read` no longer finds the fact documented: each round
 * edits the sentences of the evidence the pipeline gave. Returns the final text and result.
 */
export async function editUntilGone(
  base: MutationBase,
  read: (r: MutationResult) => { status: string; evidence: Evidence[] } | undefined,
  edit: (text: string, evidence: Evidence[], round: number) => string,
): Promise<{ text: string; result: MutationResult; rounds: number }> {
  let text = base.transcript;
  let result = base.result;
  let rounds = 0;
  while (rounds < base.maxRounds) {
    const fact = read(result);
    if (fact?.status !== 'documented' || fact.evidence.length === 0) break;
    const next = edit(text, fact.evidence, rounds);
    rounds++;
    if (next === text) break;
    text = next;
    result = await base.process(text, base.claim);
  }
  return { text, result, rounds };
}
