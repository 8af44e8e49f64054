import { codes as registry } from '../codes/index.ts';
import type { CodeDefinition } from '../codes/types.ts';
import type { Extractor } from '../extract/types.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import type { Span } from '../nlp/types.ts';
import { type ProcessResult, processNote } from '../pipeline/process.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Candidate } from '../schemas/decision.ts';
import type { FixtureCase } from './fixtures.ts';
import { evidenceGrounding } from './format-eval.ts';
import { deleteNames, type NameTransformId, nameTransformIds, nameTransforms } from './names.ts';
import type { NameOutcome, NameSummary } from './results.ts';
import { processOptionsOf, readableCaseInput } from './run.ts';

/**
 * The metamorphic name eval: every case with its procedure names deleted (src/eval/names.ts). A case
 * whose decision as written does not rest on a name must keep its supported code (the anatomy decides
 * it); every case must keep its code, or give none, or go to coder review: a different code outside
 * coder review is wrong. It measures whether the reading transfers from names to anatomy, as a class.
 */

export interface NameEvalOptions {
  /** Extractor the rewritten notes run through. Must run on new text (not a replay). Default: rules. */
  extractor?: Extractor;
  /** Code knowledge (its labels are the names deleted). Default: the built-in registry. */
  codes?: readonly CodeDefinition[];
  /** An imported CMS knowledge overlay (`--knowledge`). Default: none. */
  knowledge?: Knowledge;
  /** Largest transcript in characters. Default: MAX_TRANSCRIPT_CHARS. */
  maxChars?: number;
  /** Transforms to run, in registry order. Default: all. */
  transforms?: readonly NameTransformId[];
  /** Each case's result as written, by case name (the eval's own runs); a missing case is processed first. */
  originals?: ReadonlyMap<string, ProcessResult>;
  signal?: AbortSignal;
}

/** How a rewritten case fared: the same code, a code lost (none, or in coder review), or another code outside coder review. */
export type NameVerdict = 'kept' | 'lost' | 'wrong';

export interface NameCaseOutcome {
  name: string;
  /** The decision as written rests on a deleted name (see `restsOnName`). */
  restsOnName: boolean;
  verdict: NameVerdict;
  /** Lost where the decision as written did not rest on a name, or wrong. */
  violation: boolean;
  evidence: { exact: number; total: number };
  error?: { code: string };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Whether a decision rests on one of the deleted names: the code rests only on a name (`basis:
 * 'label'`, level.label-only), or a fact behind a holding cue of the supported code was read from a
 * name (the rewrite, which differs only by the names, no longer documents it; without the rewrite's
 * result, each piece of the fact's evidence overlaps a deleted name), or is inferred with the doubt
 * lifted by the name (no fact.inferred signal routes it). A case with no supported code rests on nothing.
 */
export function restsOnName(
  result: ProcessResult,
  deleted: readonly Span[],
  rewritten?: Pick<ProcessResult, 'anatomy'>,
): boolean {
  const decision = result.code;
  if (decision.supported === null) return false;
  if (decision.basis === 'label') return true;
  const supported = decision.candidates.find((c) => c.code === decision.supported);
  const signalled = new Set(
    result.route.reasons.filter((r) => r.signal === 'fact.inferred').map((r) => r.feature),
  );
  const readFromName = (cue: Candidate['cues'][number]): boolean => {
    const was = result.anatomy[cue.feature];
    if (was?.status !== 'documented' && was?.status !== 'negated') return false;
    if (rewritten) return rewritten.anatomy[cue.feature]?.status !== was.status;
    return cue.evidence.length > 0 && cue.evidence.every((e) => deleted.some((d) => overlaps(e, d)));
  };
  return (supported?.cues ?? []).some(
    (cue) =>
      cue.holds &&
      (readFromName(cue) ||
        (result.anatomy[cue.feature]?.inferred !== undefined && !signalled.has(cue.feature))),
  );
}

/** The verdict of a rewritten result against the case as written. */
export function nameVerdict(original: string | null, code: string | null, route: string | null): NameVerdict {
  if (code === original) return 'kept';
  return code !== null && route !== 'coder-review' ? 'wrong' : 'lost';
}

type Run = (transcript: string, claim: Claim | null) => Promise<ProcessResult>;

/** Runs one case with one name transform against its result as written; undefined when it has no name to delete. */
export async function runNameCase(
  name: string,
  input: { transcript: string; claim: Claim | null },
  original: ProcessResult,
  id: NameTransformId,
  codes: readonly CodeDefinition[],
  run: Run,
): Promise<NameCaseOutcome | undefined> {
  const { text, deleted } = deleteNames(input.transcript, codes, id);
  if (deleted.length === 0) return undefined;
  try {
    const result = await run(text, input.claim);
    const rests = restsOnName(original, deleted, result);
    const verdict = nameVerdict(original.code.supported, result.code.supported, result.route.decision);
    return {
      name,
      restsOnName: rests,
      verdict,
      violation: verdict === 'wrong' || (verdict === 'lost' && !rests),
      evidence: evidenceGrounding(text, result),
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      name,
      restsOnName: restsOnName(original, deleted),
      verdict: 'lost',
      violation: true,
      evidence: { exact: 0, total: 0 },
      error: { code: typeof code === 'string' ? code : 'internal' },
    };
  }
}

/** Sums one transform's outcomes into its results.json entry (case names only, never text). */
export function summarizeNameTransform(
  id: NameTransformId,
  outcomes: readonly NameCaseOutcome[],
): NameOutcome {
  const names = (keep: (o: NameCaseOutcome) => boolean) => outcomes.filter(keep).map((o) => o.name);
  return {
    id,
    description: nameTransforms[id].description,
    cases: outcomes.length,
    restOnName: names((o) => o.restsOnName),
    kept: outcomes.filter((o) => o.verdict === 'kept').length,
    lost: names((o) => o.verdict === 'lost'),
    wrong: names((o) => o.verdict === 'wrong'),
    violations: names((o) => o.violation),
    errored: names((o) => o.error !== undefined),
    evidence: {
      exact: outcomes.reduce((n, o) => n + o.evidence.exact, 0),
      total: outcomes.reduce((n, o) => n + o.evidence.total, 0),
    },
  };
}

/** Runs every case under every name transform (unreadable cases and cases with no name are left out). */
export async function nameEval(
  cases: readonly FixtureCase[],
  options: NameEvalOptions = {},
): Promise<NameSummary> {
  const codes = options.codes ?? registry;
  const run: Run = (transcript, claim) =>
    processNote({ transcript, ...(claim ? { claim } : {}) }, processOptionsOf(options));
  const ids = options.transforms ?? nameTransformIds;
  const byTransform = new Map<NameTransformId, NameCaseOutcome[]>(ids.map((id) => [id, []]));
  let counted = 0;
  for (const fixture of cases) {
    options.signal?.throwIfAborted();
    const input = readableCaseInput(fixture, options.maxChars);
    if (input === undefined) continue;
    let original = options.originals?.get(fixture.name);
    if (!original) {
      try {
        original = await run(input.transcript, input.claim);
      } catch {
        continue;
      }
    }
    counted++;
    for (const id of ids) {
      const outcome = await runNameCase(fixture.name, input, original, id, codes, run);
      if (outcome) byTransform.get(id)?.push(outcome);
    }
  }
  return {
    cases: counted,
    transforms: ids.map((id) => summarizeNameTransform(id, byTransform.get(id) ?? [])),
  };
}
