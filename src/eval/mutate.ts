import { elements as elementDefs } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';
import { lateralitySchemes } from '../codes/icd10.ts';
import { codes as registry } from '../codes/index.ts';
import type { CodeDefinition, LevelCue } from '../codes/types.ts';
import type { Extractor } from '../extract/types.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { type ProcessResult, processNote } from '../pipeline/process.ts';
import { type Claim, claimLines } from '../schemas/claim.ts';
import type { Evidence } from '../schemas/facts.ts';
import { findingKey } from '../schemas/findings.ts';
import { DISTINCT_SERVICE_ELEMENTS } from '../validate/ncci.ts';
import { conditionHolds } from '../validate/validate.ts';
import type { FixtureCase } from './fixtures.ts';
import type { MutantOutcome, MutationSummary } from './results.ts';
import { errorInfo, readCaseInput } from './run.ts';
import { DEFAULT_MIN_KILL_RATE } from './suite.ts';

/**
 * Mutation tests of the validator: variants of real cases, each generated from the code knowledge
 * (requirements, payment flags, level cues, ICD-10 laterality schemes) with the finding it must raise.
 * A variant is only generated when its base (the case, with a claim for the code under test) does not
 * already raise that finding; it is killed when the finding appears.
 */
export type MutationKind =
  | 'element-delete'
  | 'element-negate'
  | 'side-flip-claim'
  | 'side-flip-text'
  | 'side-flip-dx'
  | 'level-cue-remove'
  | 'claim-bilateral'
  | 'claim-inpatient-pos'
  | 'claim-office-pos'
  | 'claim-co-surgeon'
  | 'claim-unusual-work'
  | 'claim-assistant'
  | 'claim-remove-side'
  | 'claim-dx-mismatch'
  | 'claim-ptp-bundled'
  | 'claim-mue-exceeded';

export interface Mutant {
  /** `<case>#<kind>:<detail>`. */
  id: string;
  caseName: string;
  kind: MutationKind;
  /** What was changed, in words (never transcript text). */
  description: string;
  transcript: string;
  claim: Claim | null;
  /** Killed when any of these finding keys (`id` or `id:element`) appears, at any severity. */
  expect: string[];
}

export interface MutationOptions {
  /** Extractor the variants run through. Must run on new text (not a replay). Default: rules. */
  extractor?: Extractor;
  /** Code knowledge. Default: the built-in registry. */
  codes?: readonly CodeDefinition[];
  /** An imported CMS knowledge overlay: variants run with it, and NCCI PTP / MUE variants are added. Default: none. */
  knowledge?: Knowledge;
  /** Rounds of cutting or negating evidence until an element or feature is gone. Default: 8. */
  maxRounds?: number;
  /** Kill rate below which the mutation test fails. Default: 0.95. */
  minKillRate?: number;
  /** Largest transcript in characters. Default: MAX_TRANSCRIPT_CHARS (200,000). */
  maxChars?: number;
  signal?: AbortSignal;
}

export interface MutationReport extends MutationSummary {
  /** Every variant run, in order, with its outcome at the same index. */
  mutants: Mutant[];
  outcomes: MutantOutcome[];
}

/** Processes one variant (transcript + claim); injected so a test can run variants against other knowledge. */
export type Processor = (transcript: string, claim: Claim | null) => Promise<ProcessResult>;

const SIDE_MODIFIERS: Record<string, 'left' | 'right'> = { LT: 'left', RT: 'right' };
const sideModifier = (side: unknown): string | undefined =>
  side === 'left' ? 'LT' : side === 'right' ? 'RT' : undefined;
const opposite = (side: 'left' | 'right'): 'left' | 'right' => (side === 'left' ? 'right' : 'left');
const keysOf = (result: ProcessResult): Set<string> => new Set(result.findings.map(findingKey));
const withClaim = (claim: Claim, changes: Partial<Claim>): Claim => ({ ...claim, ...changes });

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

// --- generators -------------------------------------------------------------------------------

interface CaseBase {
  name: string;
  transcript: string;
  claim: Claim;
  result: ProcessResult;
}

interface Generated {
  mutants: Mutant[];
  notGenerated: number;
}

/**
 * Edits the transcript round by round until `read` no longer finds the fact documented: each round
 * edits the sentences of the evidence the pipeline gave. Returns the final text and result.
 */
async function editUntilGone(
  base: CaseBase,
  process: Processor,
  read: (r: ProcessResult) => { status: string; evidence: Evidence[] } | undefined,
  edit: (text: string, evidence: Evidence[], round: number) => string,
  maxRounds: number,
): Promise<{ text: string; result: ProcessResult; rounds: number }> {
  let text = base.transcript;
  let result = base.result;
  let rounds = 0;
  while (rounds < maxRounds) {
    const fact = read(result);
    if (fact?.status !== 'documented' || fact.evidence.length === 0) break;
    const next = edit(text, fact.evidence, rounds);
    rounds++;
    if (next === text) break;
    text = next;
    result = await process(text, base.claim);
  }
  return { text, result, rounds };
}

async function elementMutants(
  base: CaseBase,
  process: Processor,
  findCode: (c: string) => CodeDefinition | undefined,
  maxRounds: number,
): Promise<Generated> {
  const out: Generated = { mutants: [], notGenerated: 0 };
  const checked = base.result.code.checked ? findCode(base.result.code.checked) : undefined;
  if (!checked) return out;
  for (const req of checked.requirements) {
    if (
      !conditionHolds(req.requiredWhen, { code: checked, claim: base.claim, features: base.result.anatomy })
    )
      continue;
    if (base.result.facts[req.element]?.status !== 'documented') continue;
    // "Pathology (tumor type and margins)" -> "Pathology": a plain subject for the negated sentence.
    const label = elementDefs[req.element].label.replace(/\s*\(.*?\)/g, '');
    const strategies = {
      'element-delete': (text: string, evidence: Evidence[]) =>
        rewriteSpans(
          text,
          evidence.map((e) => sentenceSpan(text, e)),
          () => '',
        ),
      'element-negate': (text: string, evidence: Evidence[], round: number) =>
        rewriteSpans(
          text,
          evidence.map((e) => sentenceSpan(text, e)),
          (s) => (round === 0 ? insertNot(s) : undefined) ?? `${label} was not performed`,
        ),
    } as const;
    for (const [kind, edit] of Object.entries(strategies) as Array<
      [MutationKind, (t: string, e: Evidence[], r: number) => string]
    >) {
      const { text, result, rounds } = await editUntilGone(
        base,
        process,
        (r) => r.facts[req.element],
        edit,
        maxRounds,
      );
      // A conditional requirement whose condition went with the edited text no longer applies.
      if (!conditionHolds(req.requiredWhen, { code: checked, claim: base.claim, features: result.anatomy })) {
        out.notGenerated++;
        continue;
      }
      out.mutants.push({
        id: `${base.name}#${kind}:${req.element}`,
        caseName: base.name,
        kind,
        description: `${kind === 'element-delete' ? 'deleted' : 'negated'} the sentences documenting ${req.element} (${rounds} round${rounds === 1 ? '' : 's'}), claim ${base.claim.cpt}`,
        transcript: text,
        claim: base.claim,
        expect: [`doc.missing:${req.element}`],
      });
    }
  }
  return out;
}

const positiveCue = (cue: LevelCue): boolean =>
  cue.is === 'documented' || cue.is === 'oneOf' || cue.is === 'atLeast' || cue.is === 'below';

async function levelMutants(
  base: CaseBase,
  process: Processor,
  findCode: (c: string) => CodeDefinition | undefined,
  maxRounds: number,
): Promise<Generated> {
  const out: Generated = { mutants: [], notGenerated: 0 };
  const { result } = base;
  if (result.code.basis !== 'anatomy' || !result.code.supported) return out;
  const supported = findCode(result.code.supported);
  if (!supported) return out;
  const claim = withClaim(base.claim, { cpt: supported.code });
  const levelBase =
    claim.cpt === base.claim.cpt ? base : { ...base, claim, result: await process(base.transcript, claim) };
  // Without the cue, the level is another code, no code, a name only, or left open between neighbours.
  const expect = ['level.mismatch', 'level.undetermined', 'level.label-only', 'level.ambiguous'];
  if (expect.some((k) => keysOf(levelBase.result).has(k))) return { mutants: [], notGenerated: 1 };
  const features = [
    ...new Set(supported.levelCues.filter(positiveCue).map((c) => c.feature)),
  ] as FeatureKey[];
  for (const feature of features) {
    const { text, rounds } = await editUntilGone(
      levelBase,
      process,
      (r) => r.anatomy[feature],
      (t, evidence) =>
        rewriteSpans(
          t,
          evidence.map((e) => sentenceSpan(t, e)),
          () => '',
        ),
      maxRounds,
    );
    out.mutants.push({
      id: `${base.name}#level-cue-remove:${feature}`,
      caseName: base.name,
      kind: 'level-cue-remove',
      description: `deleted the sentences documenting ${feature}, a deciding cue of ${supported.code} (${rounds} round${rounds === 1 ? '' : 's'}); claim ${supported.code}`,
      transcript: text,
      claim,
      expect,
    });
  }
  return out;
}

/** Claim-side variants: laterality on the claim and in the text, and ICD-10 laterality. */
function sideMutants(base: CaseBase, findCode: (c: string) => CodeDefinition | undefined): Mutant[] {
  const out: Mutant[] = [];
  const side = base.result.facts.laterality;
  const claimed = findCode(base.claim.cpt);
  if (!claimed) return out;
  const sides = base.claim.modifiers.filter((m) => m in SIDE_MODIFIERS);
  const others = base.claim.modifiers.filter((m) => !(m in SIDE_MODIFIERS));
  const make = (kind: MutationKind, detail: string, description: string, rest: Partial<Mutant>): Mutant => ({
    id: `${base.name}#${kind}:${detail}`,
    caseName: base.name,
    kind,
    description,
    transcript: base.transcript,
    claim: base.claim,
    expect: [],
    ...rest,
  });
  if (side?.status === 'documented' && (side.value === 'left' || side.value === 'right')) {
    const wrong = sideModifier(opposite(side.value)) as string;
    out.push(
      make('side-flip-claim', wrong, `claim side set to ${wrong} against the documented ${side.value} side`, {
        claim: withClaim(base.claim, { modifiers: [...others, wrong] }),
        expect: ['modifier.laterality-conflict'],
      }),
    );
    if (sides.length === 1) {
      out.push(
        make(
          'side-flip-text',
          'left-right',
          `every left/right in the dictation swapped, claim keeps ${sides[0]}`,
          {
            transcript: swapSides(base.transcript),
            expect: ['modifier.laterality-conflict'],
          },
        ),
      );
    }
    const dx = base.claim.icd10.find((c) => flipDiagnosisSide(c) !== undefined);
    const flipped = dx ? flipDiagnosisSide(dx) : undefined;
    if (dx && flipped) {
      out.push(
        make('side-flip-dx', flipped, `diagnosis ${dx} changed to ${flipped} (other side)`, {
          claim: withClaim(base.claim, { icd10: base.claim.icd10.map((c) => (c === dx ? flipped : c)) }),
          expect: ['dx.laterality-conflict'],
        }),
      );
    }
  }
  if (claimed.singleLimb && sides.length > 0) {
    out.push(
      make('claim-remove-side', sides.join('+'), `removed ${sides.join('/')} (and 50) from the claim`, {
        claim: withClaim(base.claim, { modifiers: others.filter((m) => m !== '50') }),
        expect: ['modifier.laterality-missing'],
      }),
    );
  }
  return out;
}

/** A diagnosis from the knowledge that supports none of `code`'s diagnoses (for dx.mismatch variants). */
function unrelatedDiagnosis(code: CodeDefinition, codes: readonly CodeDefinition[]): string | undefined {
  if (code.supportingDiagnoses.length === 0) return undefined;
  return codes
    .flatMap((c) => c.supportingDiagnoses.map((d) => d.prefix))
    .find(
      (p) =>
        /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(p) &&
        !code.supportingDiagnoses.some((s) => p.startsWith(s.prefix)),
    );
}

/** A builder of claim variants of `base`: the transcript kept, the claim changed, one finding expected. */
const claimVariant =
  (base: CaseBase, claimedCode: string) =>
  (kind: MutationKind, detail: string, description: string, changes: Partial<Claim>, expect: string) => ({
    id: `${base.name}#${kind}:${detail}`,
    caseName: base.name,
    kind,
    description: `${description} (claim ${claimedCode})`,
    transcript: base.transcript,
    claim: withClaim(base.claim, changes),
    expect: [expect],
  });

/** Claim variants from the claimed code's payment flags, setting and diagnoses. */
function claimMutants(
  base: CaseBase,
  findCode: (c: string) => CodeDefinition | undefined,
  codes: readonly CodeDefinition[],
): Mutant[] {
  const code = findCode(base.claim.cpt);
  if (!code) return [];
  const { claim, result } = base;
  const mods = claim.modifiers;
  const variant = claimVariant(base, code.code);
  const out: Mutant[] = [];
  if (code.flags.bilateral === 0)
    out.push(
      variant(
        'claim-bilateral',
        '50',
        'added 50 (bilateral indicator 0)',
        { modifiers: [...mods, '50'] },
        'modifier.50-not-allowed',
      ),
    );
  if (code.inpatientOnly.value)
    out.push(
      variant(
        'claim-inpatient-pos',
        '22',
        'place of service 22 on an inpatient-only code',
        { placeOfService: '22' },
        'pos.inpatient-only',
      ),
    );
  else if (!code.officeSetting.value)
    out.push(
      variant(
        'claim-office-pos',
        '11',
        'place of service 11 (office)',
        { placeOfService: '11' },
        'pos.office-setting',
      ),
    );
  if (code.flags.coSurgeon === 0)
    out.push(
      variant(
        'claim-co-surgeon',
        '62',
        'added 62 (co-surgeon indicator 0)',
        { modifiers: [...mods, '62'] },
        'modifier.62-not-allowed',
      ),
    );
  else if (result.anatomy.coSurgeon.status !== 'documented')
    out.push(
      variant(
        'claim-co-surgeon',
        '62',
        'added 62 without a documented co-surgeon',
        { modifiers: [...mods, '62'] },
        'modifier.62-undocumented',
      ),
    );
  if (result.anatomy.unusualWork.status !== 'documented')
    out.push(
      variant(
        'claim-unusual-work',
        '22',
        'added 22 without documented unusual work',
        { modifiers: [...mods, '22'] },
        'modifier.22-undocumented',
      ),
    );
  if (code.flags.assistant === 1)
    out.push(
      variant(
        'claim-assistant',
        '80',
        'added 80 (assistant indicator 1)',
        { modifiers: [...mods, '80'] },
        'modifier.assistant-not-paid',
      ),
    );
  const dx = unrelatedDiagnosis(code, codes);
  if (dx)
    out.push(
      variant(
        'claim-dx-mismatch',
        dx,
        `diagnoses replaced by ${dx}, which does not support the code`,
        { icd10: [dx] },
        'dx.mismatch',
      ),
    );
  return out;
}

/**
 * Claim variants from the imported NCCI edits (with `--knowledge`): the claimed code's column-2 partner of
 * an indicator-0 edit and of an indicator-1 edit (no modifier) added to the claim, and, when the partner's
 * distinct-service element is not documented, the indicator-1 partner with 59; units one above its MUE.
 */
function editMutants(base: CaseBase, knowledge: Knowledge): Mutant[] {
  const { claim } = base;
  const dos = claim.dateOfService;
  const lines = claimLines(claim).slice(1);
  const variant = claimVariant(base, claim.cpt);
  const adding = (cpt: string, modifiers: string[] = []): Partial<Claim> => ({
    otherCpt: [...claim.otherCpt, cpt],
    otherLines: [...lines, { cpt, modifiers, units: 1 }],
  });
  const out: Mutant[] = [];
  const edits = knowledge.ptpAsColumn1?.(claim.cpt, dos) ?? [];
  const onClaim = new Set(claimLines(claim).map((l) => l.cpt));
  const fresh = edits.filter((e) => !onClaim.has(e.column2));
  const zero = fresh.find((e) => e.modifierIndicator === 0);
  if (zero)
    out.push(
      variant(
        'claim-ptp-bundled',
        `${zero.column2}:0`,
        `added ${zero.column2} (PTP modifier indicator 0)`,
        adding(zero.column2),
        'ncci.ptp-bundled',
      ),
    );
  const one = fresh.find((e) => e.modifierIndicator === 1);
  if (one) {
    out.push(
      variant(
        'claim-ptp-bundled',
        `${one.column2}:1`,
        `added ${one.column2} without a distinct-service modifier (PTP modifier indicator 1)`,
        adding(one.column2),
        'ncci.ptp-bundled',
      ),
    );
    const element = DISTINCT_SERVICE_ELEMENTS.find((d) =>
      d.prefixes.some((p) => one.column2.startsWith(p)),
    )?.element;
    if (element && base.result.facts[element]?.status !== 'documented')
      out.push(
        variant(
          'claim-ptp-bundled',
          `${one.column2}:59`,
          `added ${one.column2} with 59 while ${element} is not documented`,
          adding(one.column2, ['59']),
          `doc.missing:${element}`,
        ),
      );
  }
  const mue = knowledge.mue(claim.cpt, dos);
  if (mue)
    out.push(
      variant(
        'claim-mue-exceeded',
        String(mue.value + 1),
        `${mue.value + 1} units (MUE ${mue.value})`,
        { units: mue.value + 1 },
        'mue.exceeded',
      ),
    );
  return out;
}

/** The claim the variants of a case start from: its own, or one for the supported code with the documented side. */
function baseClaimFor(claim: Claim | null, result: ProcessResult): Claim | null {
  if (claim) return claim;
  if (!result.code.supported) return null;
  const side = sideModifier(result.facts.laterality?.value);
  return { cpt: result.code.supported, modifiers: side ? [side] : [], icd10: [], otherCpt: [] };
}

/** A processor that remembers results by input (generation and run share them). */
export function memoProcessor(options: MutationOptions): Processor {
  const cache = new Map<string, Promise<ProcessResult>>();
  return (transcript, claim) => {
    const key = `${JSON.stringify(claim)}\u0000${transcript}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = processNote(
        { transcript, ...(claim ? { claim } : {}) },
        {
          ...(options.extractor ? { extractor: options.extractor } : {}),
          ...(options.codes ? { codes: options.codes } : {}),
          ...(options.maxChars ? { maxChars: options.maxChars } : {}),
          ...(options.knowledge ? { knowledge: options.knowledge } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        },
      );
      cache.set(key, hit);
    }
    return hit;
  };
}

/** Generates the variants of one case. Variants whose base already has the expected finding are left out. */
export async function generateMutants(
  name: string,
  transcript: string,
  claim: Claim | null,
  options: MutationOptions = {},
  process: Processor = memoProcessor(options),
): Promise<Generated> {
  const codes = options.codes ?? registry;
  const findCode = (c: string) => codes.find((d) => d.code === c);
  const maxRounds = options.maxRounds ?? 8;
  const original = await process(transcript, claim);
  const baseClaim = baseClaimFor(claim, original);
  if (!baseClaim) return { mutants: [], notGenerated: 0 };
  const base: CaseBase = {
    name,
    transcript,
    claim: baseClaim,
    result: claim ? original : await process(transcript, baseClaim),
  };
  const parts = [
    await elementMutants(base, process, findCode, maxRounds),
    await levelMutants(base, process, findCode, maxRounds),
  ];
  const direct = [
    ...sideMutants(base, findCode),
    ...claimMutants(base, findCode, codes),
    ...(options.knowledge ? editMutants(base, options.knowledge) : []),
  ];
  const baseKeys = keysOf(base.result);
  const kept = direct.filter((m) => !m.expect.some((k) => baseKeys.has(k)));
  return {
    mutants: [...parts.flatMap((p) => p.mutants), ...kept],
    notGenerated: parts.reduce((n, p) => n + p.notGenerated, 0) + direct.length - kept.length,
  };
}

/** Runs one variant: killed when one of its expected findings appears. */
export async function runMutant(mutant: Mutant, process: Processor): Promise<MutantOutcome> {
  const base = {
    id: mutant.id,
    caseName: mutant.caseName,
    kind: mutant.kind,
    description: mutant.description,
    expect: mutant.expect,
  };
  try {
    const result = await process(mutant.transcript, mutant.claim);
    const got = [...keysOf(result)].sort();
    return { ...base, killed: mutant.expect.some((k) => got.includes(k)), got };
  } catch (error) {
    return { ...base, killed: false, got: [], error: errorInfo(error) };
  }
}

/** Summarizes outcomes: kill rate, per-kind counts, survivors. */
export function summarizeMutation(
  outcomes: readonly MutantOutcome[],
  notGenerated: number,
  minKillRate: number,
): MutationSummary {
  const byKind: MutationSummary['byKind'] = {};
  for (const o of outcomes) {
    const k = byKind[o.kind] ?? { generated: 0, killed: 0 };
    k.generated++;
    if (o.killed) k.killed++;
    byKind[o.kind] = k;
  }
  const killed = outcomes.filter((o) => o.killed).length;
  return {
    generated: outcomes.length,
    killed,
    killRate: outcomes.length === 0 ? null : killed / outcomes.length,
    minKillRate,
    notGenerated,
    byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => a.localeCompare(b))),
    survivors: outcomes.filter((o) => !o.killed),
  };
}

/** Whether a mutation summary meets its minimum kill rate (no variants at all does not). */
export const mutationPassed = (summary: MutationSummary): boolean =>
  summary.killRate !== null && summary.killRate >= summary.minKillRate;

/**
 * Generates and runs the variants of every case (cases that cannot be read are skipped).
 * Deterministic with the rules extractor.
 */
export async function mutationTest(
  cases: readonly FixtureCase[],
  options: MutationOptions = {},
): Promise<MutationReport> {
  const process = memoProcessor(options);
  const mutants: Mutant[] = [];
  const outcomes: MutantOutcome[] = [];
  let notGenerated = 0;
  for (const fixture of cases) {
    options.signal?.throwIfAborted();
    let input: ReturnType<typeof readCaseInput>;
    try {
      input = readCaseInput(fixture, options.maxChars);
    } catch {
      continue;
    }
    const generated = await generateMutants(fixture.name, input.transcript, input.claim, options, process);
    notGenerated += generated.notGenerated;
    for (const mutant of generated.mutants) {
      mutants.push(mutant);
      outcomes.push(await runMutant(mutant, process));
    }
  }
  const summary = summarizeMutation(outcomes, notGenerated, options.minKillRate ?? DEFAULT_MIN_KILL_RATE);
  return { ...summary, mutants, outcomes };
}
