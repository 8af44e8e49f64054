import { z } from 'zod';
import { InputError } from '../errors.ts';

/**
 * The `results.json` contract of `opnote eval`. Versioned: a reader rejects another `schemaVersion`
 * (regenerate the file), and a writer bumps the version whenever a field changes meaning.
 * The zod schemas below are the single source of the types.
 */
export const RESULTS_SCHEMA_VERSION = 1;

/** A share with its counts; `value` is null when nothing was counted. */
export const ratioSchema = z.object({
  correct: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  value: z.number().min(0).max(1).nullable(),
});
export type Ratio = z.infer<typeof ratioSchema>;

/** Micro-averaged counts over finding keys; precision/recall null when their denominator is 0. */
export const prfSchema = z.object({
  tp: z.number().int().nonnegative(),
  fn: z.number().int().nonnegative(),
  fp: z.number().int().nonnegative(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
});
export type Prf = z.infer<typeof prfSchema>;

export const factCheckSchema = z.object({
  element: z.string(),
  /** Whether expected.json gave a status word (documented/negated/not_mentioned) or a normalized value. */
  kind: z.enum(['status', 'value']),
  expected: z.string(),
  got: z.string(),
  correct: z.boolean(),
});
export type FactCheck = z.infer<typeof factCheckSchema>;

export const caseRecordSchema = z.object({
  name: z.string(),
  /** Passed: code right, no missed or unexpected finding, every expected fact right, no error. */
  passed: z.boolean(),
  expectedCode: z.string().nullable(),
  gotCode: z.string().nullable(),
  codeCorrect: z.boolean(),
  /** Route gold (absent in older results and in cases without it) and the route taken (null on error). */
  expectedRoute: z.string().nullable().optional(),
  gotRoute: z.string().nullable().optional(),
  claimedCode: z.string().nullable(),
  decision: z
    .object({
      supported: z.string().nullable(),
      checked: z.string().nullable(),
      basis: z.string(),
      reasons: z.array(z.string()),
    })
    .nullable(),
  findings: z.object({
    expected: z.array(z.string()),
    allowed: z.array(z.string()),
    /** Error and warning findings the pipeline produced, as `id` or `id:element`. */
    got: z.array(z.string()),
    /** Info findings (never scored). */
    info: z.array(z.string()),
    truePositives: z.array(z.string()),
    falseNegatives: z.array(z.string()),
    falsePositives: z.array(z.string()),
  }),
  facts: z.array(factCheckSchema),
  grounding: z.object({
    documentedFacts: z.number().int().nonnegative(),
    groundedFacts: z.number().int().nonnegative(),
    ungroundedFindings: z.number().int().nonnegative(),
  }),
  meta: z.object({
    extractor: z.string(),
    durationMs: z.number().nonnegative(),
    promptTokens: z.number().nonnegative(),
    completionTokens: z.number().nonnegative(),
    costUsd: z.number().nonnegative().nullable(),
  }),
  /** How the case's drafts score (src/eval/drafts.ts); absent in older results and for errored cases. */
  drafts: z
    .object({
      sectionHits: z.number().int().nonnegative(),
      sectionItems: z.number().int().nonnegative(),
      sectionMisses: z.array(z.string()),
      /** Gold items of the surgeon, EBL, specimen, complication and disposition sections (newer results). */
      keyHits: z.number().int().nonnegative().optional(),
      keyItems: z.number().int().nonnegative().optional(),
      leaked: z.array(z.string()),
      ungrounded: z.number().int().nonnegative(),
      truncated: z.number().int().nonnegative(),
      queryViolations: z.array(z.string()),
    })
    .optional(),
  /** Set when the case could not be processed (the error's stable code and message; never transcript text). */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

const breakdownSchema = z.object({
  cases: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  code: ratioSchema,
  findings: prfSchema,
  /** How the cases of this expected code were decided: got code (or "none") -> count. */
  decidedAs: z.record(z.string(), z.number().int().nonnegative()),
});
export type Breakdown = z.infer<typeof breakdownSchema>;

const distributionSchema = z.object({
  total: z.number().nonnegative(),
  mean: z.number().nonnegative().nullable(),
  p50: z.number().nonnegative().nullable(),
  p95: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
});

export const metricsSchema = z.object({
  cases: z.object({
    total: z.number().int().nonnegative(),
    passed: z.number().int().nonnegative(),
    errored: z.number().int().nonnegative(),
    passRate: ratioSchema,
  }),
  code: z.object({
    accuracy: ratioSchema,
    /** Rows: expected code; columns: decided code; "none" stands for no supported code. */
    confusion: z.object({
      labels: z.array(z.string()),
      counts: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
    }),
  }),
  findings: prfSchema,
  elements: z.object({
    status: ratioSchema,
    value: ratioSchema,
    byElement: z.record(z.string(), z.object({ status: ratioSchema, value: ratioSchema })),
  }),
  grounding: z.object({
    documentedFacts: z.number().int().nonnegative(),
    groundedFacts: z.number().int().nonnegative(),
    share: z.number().min(0).max(1).nullable(),
    ungroundedFindings: z.number().int().nonnegative(),
  }),
  usage: z.object({
    durationMs: distributionSchema,
    promptTokens: z.number().nonnegative(),
    completionTokens: z.number().nonnegative(),
    totalTokens: z.number().nonnegative(),
    costUsd: z.number().nonnegative(),
    casesWithCost: z.number().int().nonnegative(),
  }),
  /** Routes taken; `wrongCodesOutsideCoderReview` counts wrong codes that would reach billing unreviewed. */
  route: z
    .object({
      counts: z.record(z.string(), z.number().int().nonnegative()),
      shares: z.record(z.string(), z.number().min(0).max(1)),
      /** Against the cases with route gold. */
      accuracy: ratioSchema,
      /** Rows: gold route; columns: route taken. */
      confusion: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
      wrongCodesOutsideCoderReview: z.number().int().nonnegative(),
      /** Names of those cases. */
      wrongCodeCases: z.array(z.string()),
    })
    .optional(),
  /** Draft quality: gold section recall, other codes' elements shown, ungrounded and cut spans, non-compliant queries. */
  drafts: z
    .object({
      sectionRecall: ratioSchema,
      /** Recall over the surgeon, EBL, specimen, complication and disposition gold items alone. */
      keySectionRecall: ratioSchema.optional(),
      leakedElements: z.number().int().nonnegative(),
      ungroundedSentences: z.number().int().nonnegative(),
      truncatedSpans: z.number().int().nonnegative(),
      queryViolations: z.number().int().nonnegative(),
      /** Query violations that ask for a fact the note states. */
      statedFactQueries: z.number().int().nonnegative().optional(),
      /** Names of the cases with any draft defect. */
      defectCases: z.array(z.string()),
    })
    .optional(),
  byCode: z.record(z.string(), breakdownSchema),
  byRule: z.record(z.string(), prfSchema),
});
export type Metrics = z.infer<typeof metricsSchema>;

export const mutantOutcomeSchema = z.object({
  id: z.string(),
  caseName: z.string(),
  kind: z.string(),
  description: z.string(),
  /** Killed when any of these finding keys appears. */
  expect: z.array(z.string()),
  killed: z.boolean(),
  /** Finding keys of the mutant (all severities). */
  got: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type MutantOutcome = z.infer<typeof mutantOutcomeSchema>;

export const mutationSummarySchema = z.object({
  generated: z.number().int().nonnegative(),
  killed: z.number().int().nonnegative(),
  killRate: z.number().min(0).max(1).nullable(),
  minKillRate: z.number().min(0).max(1),
  /** Variants not generated: the base already had the expected finding, or the rule did not apply. */
  notGenerated: z.number().int().nonnegative(),
  byKind: z.record(
    z.string(),
    z.object({ generated: z.number().int().nonnegative(), killed: z.number().int().nonnegative() }),
  ),
  survivors: z.array(mutantOutcomeSchema),
});
export type MutationSummary = z.infer<typeof mutationSummarySchema>;

/** One format transform's outcome over the cases (`opnote eval --formats`): counts and case names only. */
export const formatOutcomeSchema = z.object({
  id: z.string(),
  description: z.string(),
  /** The transform keeps every route-level fact: its route changes count as failures. */
  keepsFacts: z.boolean(),
  cases: z.number().int().nonnegative(),
  /** Rewritten cases that keep the supported code they have as written. */
  sameCode: z.number().int().nonnegative(),
  /** Rewritten cases that keep their route (gated only where `keepsFacts`). */
  sameRoute: z.number().int().nonnegative(),
  /** Cases whose rewrite could not be processed. */
  errored: z.array(z.string()),
  /** Pieces of evidence of the rewritten results, and how many slice the rewritten text exactly. */
  evidence: z.object({ exact: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  codeChanged: z.array(z.string()),
  routeChanged: z.array(z.string()),
  /** Rewrites decided as a code other than the gold one outside coder review. */
  wrongCodesOutsideCoderReview: z.array(z.string()),
  /**
   * Error and warning finding keys of each case as written that its rewrite lost, and keys it added
   * (gated where `keepsFacts`). Absent in older results.
   */
  findings: z
    .object({
      lost: z.number().int().nonnegative(),
      extra: z.number().int().nonnegative(),
      lostByCase: z.record(z.string(), z.array(z.string())),
      extraByCase: z.record(z.string(), z.array(z.string())),
    })
    .optional(),
  /**
   * The rewrites' drafts against each case's draft gold, scored as the main eval scores drafts
   * (src/eval/drafts.ts): items found, key-section items found, and the items missed by case (the
   * gold's words). Gated where `keepsFacts`. Absent in older results.
   */
  drafts: z
    .object({
      hits: z.number().int().nonnegative(),
      items: z.number().int().nonnegative(),
      keyHits: z.number().int().nonnegative(),
      keyItems: z.number().int().nonnegative(),
      missesByCase: z.record(z.string(), z.array(z.string())),
    })
    .optional(),
});
export type FormatOutcome = z.infer<typeof formatOutcomeSchema>;

export const formatSummarySchema = z.object({
  /** Cases the transforms ran on. */
  cases: z.number().int().nonnegative(),
  transforms: z.array(formatOutcomeSchema),
});
export type FormatSummary = z.infer<typeof formatSummarySchema>;

/** One name transform's outcome over the cases that have a name to delete (src/eval/names.ts): counts and case names only. */
export const nameOutcomeSchema = z.object({
  id: z.string(),
  description: z.string(),
  /** Cases with at least one name the transform deletes. */
  cases: z.number().int().nonnegative(),
  /** Cases whose decision as written rests on a deleted name (they may lose their code, never to another one). */
  restOnName: z.array(z.string()),
  /** Rewritten cases that keep the supported code they have as written. */
  kept: z.number().int().nonnegative(),
  /** Rewritten cases that lost the code: none, or another one in coder review. */
  lost: z.array(z.string()),
  /** Rewritten cases decided as another code outside coder review. */
  wrong: z.array(z.string()),
  /** Wrong, or lost where the decision as written did not rest on a name. */
  violations: z.array(z.string()),
  errored: z.array(z.string()),
  evidence: z.object({ exact: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
});
export type NameOutcome = z.infer<typeof nameOutcomeSchema>;

export const nameSummarySchema = z.object({
  /** Cases the transforms ran on. */
  cases: z.number().int().nonnegative(),
  transforms: z.array(nameOutcomeSchema),
});
export type NameSummary = z.infer<typeof nameSummarySchema>;

export const resultsSchema = z.object({
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  generatedAt: z.string(),
  suite: z.object({
    name: z.string(),
    extractor: z.string(),
    /** `live`: the extractor ran (rules, or an LLM with --live); `replay`: recorded LLM exchanges. */
    mode: z.enum(['live', 'replay']),
    dirs: z.array(z.string()),
    thresholds: z.record(z.string(), z.number()),
  }),
  versions: z.object({
    opnote: z.string(),
    knowledge: z.string().nullable(),
    prompt: z.string().nullable(),
    schema: z.string().nullable(),
    model: z.string().nullable(),
    extractor: z.string(),
    /** Hash of the cases (names, transcripts, claims, labels): a change means the gold set changed. */
    fixtures: z.string(),
    /** Every version the extractor reported (`meta.versions`), by key. */
    all: z.record(z.string(), z.string()),
  }),
  metrics: metricsSchema,
  cases: z.array(caseRecordSchema),
  mutation: mutationSummarySchema.optional(),
  /** The metamorphic format eval (`--formats`). */
  formats: formatSummarySchema.optional(),
  /** The metamorphic name eval (run with the format eval). */
  names: nameSummarySchema.optional(),
});
export type EvalResults = z.infer<typeof resultsSchema>;

/** Reads a results.json (a baseline): checks its schema version first, then its shape. */
export function parseResults(text: string, source = 'results file'): EvalResults {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new InputError('input.invalid', `${source} is not valid JSON; regenerate it with 'opnote eval'`, {
      cause,
    });
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== RESULTS_SCHEMA_VERSION) {
    throw new InputError(
      'input.invalid',
      `${source} has schemaVersion ${JSON.stringify(version)}, this opnote reads ${RESULTS_SCHEMA_VERSION}; regenerate it with 'opnote eval --out <dir>'`,
    );
  }
  const parsed = resultsSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new InputError('input.invalid', `${source} is not an opnote eval results file (${where})`);
  }
  return parsed.data;
}
