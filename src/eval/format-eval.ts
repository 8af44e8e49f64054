import type { CodeDefinition } from '../codes/types.ts';
import type { Extractor } from '../extract/types.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import { type ProcessResult, processNote } from '../pipeline/process.ts';
import type { Claim } from '../schemas/claim.ts';
import { findingKey } from '../schemas/findings.ts';
import { scoreDrafts } from './drafts.ts';
import type { FixtureCase } from './fixtures.ts';
import {
  type FormatTransformDefinition,
  type FormatTransformId,
  formatTransformIds,
  formatTransforms,
} from './formats.ts';
import type { FormatOutcome, FormatSummary } from './results.ts';
import { processOptionsOf, readableCaseInput } from './run.ts';

/**
 * The metamorphic format eval: every case rewritten by every format transform (src/eval/formats.ts)
 * must keep the supported code it has as written, and its route where the transform keeps every
 * fact; every piece of evidence must still slice the rewritten text exactly. It measures format
 * robustness as a class, with no set's wording.
 */

export interface FormatEvalOptions {
  /** Extractor the rewritten notes run through. Must run on new text (not a replay). Default: rules. */
  extractor?: Extractor;
  /** Code knowledge. Default: the built-in registry. */
  codes?: readonly CodeDefinition[];
  /** An imported CMS knowledge overlay (`--knowledge`). Default: none. */
  knowledge?: Knowledge;
  /** Largest transcript in characters (a rewrite may grow the text a little). Default: MAX_TRANSCRIPT_CHARS. */
  maxChars?: number;
  /** Transforms to run, in registry order. Default: all. */
  transforms?: readonly FormatTransformId[];
  /**
   * The code and route of each case as written, by case name, when the caller already has them (the
   * eval's own runs); a case missing here is processed as written first.
   */
  originals?: ReadonlyMap<string, Reference>;
  signal?: AbortSignal;
}

/** What a case decides as written: the reference its rewrites are held to. */
export interface Reference {
  code: string | null;
  route: string;
  /** Its error and warning finding keys (`id` or `id:element`), as the main eval scores them. */
  findings: readonly string[];
}

/** How a rewrite's draft scores against the case's draft gold (src/eval/drafts.ts); null without gold. */
export interface FormatDraftOutcome {
  /** Gold section items (and required placeholders) found in their section, of all of them. */
  hits: number;
  items: number;
  /** Gold items of the key sections (surgeons, EBL, specimens, complications, disposition). */
  keyHits: number;
  keyItems: number;
  /** The items not found, as `section: gold text` (the gold's words, never the transcript's). */
  misses: string[];
}

/** One rewritten case's outcome. */
export interface FormatCaseOutcome {
  name: string;
  code: string | null;
  route: string | null;
  sameCode: boolean;
  sameRoute: boolean;
  /** A code other than the gold one, routed anywhere but coder review. */
  wrongCodeOutsideCoderReview: boolean;
  evidence: { exact: number; total: number };
  /** Finding keys of the case as written that the rewrite lost, and keys the rewrite added. */
  findingsLost: string[];
  findingsExtra: string[];
  draft: FormatDraftOutcome | null;
  error?: { code: string };
}

/** Every piece of evidence of a result (facts, anatomy, findings) and how many slice `text` exactly. */
export function evidenceGrounding(
  text: string,
  result: Pick<ProcessResult, 'facts' | 'anatomy' | 'findings'>,
): { exact: number; total: number } {
  const pieces = [
    ...Object.values(result.facts).flatMap((f) => f?.evidence ?? []),
    ...Object.values(result.anatomy).flatMap((f) => f.evidence),
    ...result.findings.flatMap((f) => f.evidence),
  ];
  return {
    exact: pieces.filter((e) => text.slice(e.start, e.end) === e.quote).length,
    total: pieces.length,
  };
}

/** Error and warning finding keys of a result (info findings are never scored). */
export const scoredFindingKeys = (result: Pick<ProcessResult, 'findings'>): string[] => [
  ...new Set(result.findings.filter((f) => f.severity !== 'info').map(findingKey)),
];

/** What a result decides: its code, route and scored finding keys. */
export const referenceOf = (result: ProcessResult): Reference => ({
  code: result.code.supported,
  route: result.route.decision,
  findings: scoredFindingKeys(result),
});

function draftOutcome(
  text: string,
  result: ProcessResult,
  gold: FixtureCase['expected']['draft'],
): FormatDraftOutcome | null {
  if (!gold) return null;
  const s = scoreDrafts(text, result, gold);
  return {
    hits: s.sectionHits,
    items: s.sectionItems,
    keyHits: s.keyHits,
    keyItems: s.keyItems,
    misses: s.sectionMisses,
  };
}

/**
 * The draft gold in the rewrite's words: a transform that rewrites words ("tumour" for "tumor", "AKA"
 * for "above-knee amputation") rewrites the gold items the same way, since they are the note's own
 * text; the others leave the gold as it is.
 */
function goldInWordsOf(
  transform: FormatTransformDefinition,
  gold: FixtureCase['expected']['draft'],
): FixtureCase['expected']['draft'] {
  if (!gold || transform.keepsWords !== false) return gold;
  const sections = Object.fromEntries(
    Object.entries(gold.sections ?? {}).map(([key, items]) => [
      key,
      items.map((i) => transform.apply(i).trim()),
    ]),
  );
  return { ...gold, sections };
}

type Run = (transcript: string, claim: Claim | null) => Promise<ProcessResult>;

function processorFor(options: FormatEvalOptions): Run {
  return (transcript, claim) =>
    processNote({ transcript, ...(claim ? { claim } : {}) }, processOptionsOf(options));
}

/** Runs one case rewritten by one transform against its reference. */
export async function runFormatCase(
  fixture: Pick<FixtureCase, 'name' | 'expected'>,
  input: { transcript: string; claim: Claim | null },
  reference: Reference,
  id: FormatTransformId,
  run: Run,
): Promise<FormatCaseOutcome> {
  const transform = formatTransforms[id];
  const text = transform.apply(input.transcript);
  try {
    const result = await run(text, input.claim);
    const { code, route, findings } = referenceOf(result);
    return {
      name: fixture.name,
      code,
      route,
      sameCode: code === reference.code,
      sameRoute: route === reference.route,
      wrongCodeOutsideCoderReview:
        code !== null && code !== fixture.expected.code && route !== 'coder-review',
      evidence: evidenceGrounding(text, result),
      findingsLost: reference.findings.filter((k) => !findings.includes(k)),
      findingsExtra: findings.filter((k) => !reference.findings.includes(k)),
      draft: draftOutcome(text, result, goldInWordsOf(transform, fixture.expected.draft)),
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: fixture.name,
      code: null,
      route: null,
      sameCode: false,
      sameRoute: false,
      wrongCodeOutsideCoderReview: false,
      evidence: { exact: 0, total: 0 },
      findingsLost: [...reference.findings],
      findingsExtra: [],
      draft: null,
      error: { code: typeof code === 'string' ? code : 'internal' },
    };
  }
}

/** Sums one transform's case outcomes into its results.json entry (case names only, never text). */
export function summarizeTransform(
  id: FormatTransformId,
  outcomes: readonly FormatCaseOutcome[],
): FormatOutcome {
  const t = formatTransforms[id];
  const names = (keep: (o: FormatCaseOutcome) => boolean) => outcomes.filter(keep).map((o) => o.name);
  const byCase = (list: (o: FormatCaseOutcome) => readonly string[]) =>
    Object.fromEntries(outcomes.filter((o) => list(o).length > 0).map((o) => [o.name, [...list(o)]]));
  const sum = (n: (o: FormatCaseOutcome) => number) => outcomes.reduce((a, o) => a + n(o), 0);
  return {
    id,
    description: t.description,
    keepsFacts: t.keepsFacts,
    cases: outcomes.length,
    sameCode: outcomes.filter((o) => o.sameCode).length,
    sameRoute: outcomes.filter((o) => o.sameRoute).length,
    errored: names((o) => o.error !== undefined),
    evidence: {
      exact: outcomes.reduce((n, o) => n + o.evidence.exact, 0),
      total: outcomes.reduce((n, o) => n + o.evidence.total, 0),
    },
    codeChanged: names((o) => !o.sameCode),
    routeChanged: names((o) => !o.sameRoute),
    wrongCodesOutsideCoderReview: names((o) => o.wrongCodeOutsideCoderReview),
    findings: {
      lost: sum((o) => o.findingsLost.length),
      extra: sum((o) => o.findingsExtra.length),
      lostByCase: byCase((o) => o.findingsLost),
      extraByCase: byCase((o) => o.findingsExtra),
    },
    drafts: {
      hits: sum((o) => o.draft?.hits ?? 0),
      items: sum((o) => o.draft?.items ?? 0),
      keyHits: sum((o) => o.draft?.keyHits ?? 0),
      keyItems: sum((o) => o.draft?.keyItems ?? 0),
      missesByCase: byCase((o) => o.draft?.misses ?? []),
    },
  };
}

/**
 * Runs every case under every transform (cases that cannot be read are left out). Deterministic with
 * the rules extractor.
 */
export async function formatEval(
  cases: readonly FixtureCase[],
  options: FormatEvalOptions = {},
): Promise<FormatSummary> {
  const run = processorFor(options);
  const ids = options.transforms ?? formatTransformIds;
  const byTransform = new Map<FormatTransformId, FormatCaseOutcome[]>(ids.map((id) => [id, []]));
  let counted = 0;
  for (const fixture of cases) {
    options.signal?.throwIfAborted();
    const input = readableCaseInput(fixture, options.maxChars);
    if (input === undefined) continue;
    let reference = options.originals?.get(fixture.name);
    if (!reference) {
      try {
        reference = referenceOf(await run(input.transcript, input.claim));
      } catch {
        continue;
      }
    }
    counted++;
    for (const id of ids) byTransform.get(id)?.push(await runFormatCase(fixture, input, reference, id, run));
  }
  return {
    cases: counted,
    transforms: ids.map((id) => summarizeTransform(id, byTransform.get(id) ?? [])),
  };
}
