import { type ElementKey, elementKeys } from '../codes/elements.ts';
import type { FeatureKey } from '../codes/features.ts';
import { codes as registry, findCode as registryFind } from '../codes/index.ts';
import type { CodeDefinition } from '../codes/types.ts';
import { findProcedureLabels, leadOperation } from '../extract/labels.ts';
import { createRulesExtractor } from '../extract/rules/rules-extractor.ts';
import type { Extractor } from '../extract/types.ts';
import type { Knowledge } from '../knowledge/apply.ts';
import { abandonedOperationOf } from '../nlp/abandoned.ts';
import { noteGenericOf } from '../nlp/note-context.ts';
import { type Drafts, renderDrafts } from '../render/render.ts';
import type { Claim } from '../schemas/claim.ts';
import { elementKeysFor } from '../schemas/code-facts.ts';
import type { CodeDecision } from '../schemas/decision.ts';
import { type Fact, notMentioned } from '../schemas/facts.ts';
import type { Finding } from '../schemas/findings.ts';
import type { RequirementStatus } from '../schemas/requirements.ts';
import { decideLevel } from '../validate/level.ts';
import { checkedCode, requirementStatuses } from '../validate/requirements.ts';
import { type Route, routeNote } from '../validate/route.ts';
import { validate } from '../validate/validate.ts';
import { contentHash, OPNOTE_VERSION, sourceVersions, templatesVersion } from '../version.ts';
import { MAX_TRANSCRIPT_CHARS, parseClaim, readTranscript } from './input.ts';
import { loadTemplates } from './templates.ts';

export interface ProcessInput {
  /** The dictation: text, or raw bytes (checked for UTF-8). */
  transcript: string | Uint8Array;
  /** The claim to check, unvalidated (validated here); omit to let the pipeline decide the code alone. */
  claim?: unknown;
  /** Caller's note id, echoed in the result. */
  id?: string;
}

export interface ProcessOptions {
  /** Fact extractor. Default: the offline rules extractor. */
  extractor?: Extractor;
  /**
   * A second extractor run beside the first (e.g. rules beside an LLM): elements and deciding features on
   * which they disagree become `extract.disagreement` warnings. The decision still uses `extractor` only.
   * Default: none.
   */
  crossCheck?: Extractor;
  /** Code knowledge. Default: the built-in registry. */
  codes?: readonly CodeDefinition[];
  /**
   * An imported CMS knowledge overlay (`opnote knowledge import`, `--knowledge <dir>`): its figures replace
   * the built-in ones for the claim's date of service, and its NCCI PTP and MUE edits are checked.
   * Default: none (the built-in knowledge).
   */
  knowledge?: Knowledge;
  /** Directory of user-edited Handlebars templates overriding the built-in ones. Default: built-in. */
  templatesDir?: string;
  /** Largest transcript in characters. Default: MAX_TRANSCRIPT_CHARS (200,000). */
  maxChars?: number;
  signal?: AbortSignal;
  /** Clock for `meta.durationMs`. Default: performance.now. */
  now?: () => number;
}

export interface ProcessResult {
  id?: string;
  code: CodeDecision & { checked: string | null };
  /** Every documentation element, the checked code's own first (their keys: `elementKeysFor(code)`). */
  facts: Partial<Record<ElementKey, Fact>>;
  /** Procedure features (anatomy) the level decision used. */
  anatomy: Record<FeatureKey, Fact>;
  findings: Finding[];
  /** The checked code's documentation requirements with their status (empty without a checked code). */
  requirements: RequirementStatus[];
  /** Where the note goes next (ready, fix-claim, query-physician, coder-review) and why. */
  route: Route;
  drafts: Drafts;
  meta: {
    extractor: string;
    versions: Record<string, string>;
    durationMs: number;
    usage?: { promptTokens: number; completionTokens: number };
    costUsd?: number;
  };
}

const knowledgeVersions = new WeakMap<readonly CodeDefinition[], string>();

/**
 * Version of the code knowledge: a hash of every definition (computed once per knowledge array); with an
 * overlay, of the applied codes (latest releases) and each imported file's sha256.
 */
export function knowledgeVersion(codes: readonly CodeDefinition[], knowledge?: Knowledge): string {
  const applied = knowledge ? knowledge.codesFor() : codes;
  let version = knowledgeVersions.get(applied);
  if (version === undefined) {
    version = knowledge ? contentHash([contentHash(applied), knowledge.version]) : contentHash(applied);
    knowledgeVersions.set(applied, version);
  }
  return version;
}

/**
 * Versions the pipeline adds to the extractor's, known before any call: opnote, the code knowledge,
 * the validator (level decision, route, findings) and the draft templates as loaded, each a content
 * hash. Batch resume and cache keys and the eval baseline carry them.
 */
export function pipelineVersions(
  options: Pick<ProcessOptions, 'codes' | 'knowledge' | 'templatesDir'> = {},
): Record<string, string> {
  return {
    opnote: OPNOTE_VERSION,
    knowledge: knowledgeVersion(options.codes ?? registry, options.knowledge),
    validator: sourceVersions().validator,
    templates: templatesVersion(loadTemplates(options.templatesDir)),
  };
}

/**
 * The library entry point: transcript (+ claim) -> grounded facts, code decision, findings and drafts.
 * Throws `InputError` for bad input and extractor errors (`ProviderError`, `ExtractionError`) as they come;
 * findings are data, never thrown.
 */
export async function processNote(input: ProcessInput, options: ProcessOptions = {}): Promise<ProcessResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const transcript = readTranscript(input.transcript, options.maxChars ?? MAX_TRANSCRIPT_CHARS);
  const claim: Claim | null =
    input.claim === undefined || input.claim === null ? null : parseClaim(input.claim);
  const knowledge = options.knowledge;
  const codes = knowledge ? knowledge.codesFor(claim?.dateOfService) : (options.codes ?? registry);
  const findCode =
    options.codes || knowledge ? (c: string) => codes.find((d) => d.code === c.trim()) : registryFind;
  const extractor = options.extractor ?? createRulesExtractor();
  // Templates are read before any extraction: a bad --templates dir must not cost an LLM call.
  const templates = loadTemplates(options.templatesDir);

  const extractOptions = options.signal ? { signal: options.signal } : {};
  // The cross-check is advisory: its failure must not fail the note.
  const [main, check] = await Promise.allSettled([
    extractor.extract(transcript, extractOptions),
    options.crossCheck?.extract(transcript, extractOptions),
  ]);
  if (main.status === 'rejected') throw main.reason;
  const extraction = main.value;
  const second = check.status === 'fulfilled' ? check.value : undefined;
  const labels = findProcedureLabels(transcript, codes);
  // A textbook, an atlas or a series: its described anatomy decides the code, but it documents no one
  // patient's operation, so the route sends it to coder review and no physician is queried.
  const generic = noteGenericOf(transcript);
  const severalPatients = generic?.patients === 'several';
  const subject = generic ? leadOperation(transcript, codes) : undefined;
  // "The procedure was abandoned": with no code the anatomy supports, the planned code was never performed,
  // and a name in the note ("Procedure planned: hindquarter amputation") is the plan, not a fallback code.
  const abandoned = abandonedOperationOf(transcript);
  const decide = (features: typeof extraction.features) =>
    decideLevel({
      features,
      labels: abandoned ? [] : labels,
      claimedCode: claim?.cpt ?? null,
      codes,
      severalPatients,
      genericText: generic !== undefined,
      ...(subject ? { subject } : {}),
    });
  const decision = decide(extraction.features);
  const checked = checkedCode(claim, decision, findCode, abandoned);
  const keys = checked ? elementKeysFor(checked) : elementKeys;
  const validateInput = {
    claim,
    decision,
    elements: extraction.elements,
    features: extraction.features,
    ungrounded: extraction.ungrounded,
    findCode,
    ...(generic ? { generic } : {}),
    ...(abandoned ? { abandoned } : {}),
    ...(knowledge ? { edits: knowledge } : {}),
    ...(second && options.crossCheck
      ? {
          crossCheck: {
            primary: { name: extractor.name, ...extraction },
            secondary: { name: options.crossCheck.name, ...second },
            keys: {
              elements: keys,
              features: [...new Set(decision.candidates.flatMap((c) => c.cues.map((q) => q.feature)))],
            },
          },
        }
      : {}),
  };
  const findings = validate(validateInput);
  const requirements = checked ? requirementStatuses(checked, validateInput) : [];
  // Every element, the checked code's own first: readers may ask about any element (e.g. consent on a 27596).
  const ordered = [...keys, ...elementKeys.filter((k) => !keys.includes(k))];
  const facts = Object.fromEntries(ordered.map((k) => [k, extraction.elements[k]])) as Partial<
    Record<ElementKey, Fact>
  >;
  const code = { ...decision, checked: checked?.code ?? null };
  const route = routeNote({
    transcript,
    decision,
    findings,
    features: extraction.features,
    namedCodes: labels.map((l) => l.code),
    checked: checked?.code ?? null,
    ...(generic ? { generic } : {}),
    supportedWithout: (feature) => decide({ ...extraction.features, [feature]: notMentioned() }).supported,
  });
  const note = draftElements(
    {
      code: { supported: decision.supported, checked: checked?.code ?? null, basis: decision.basis },
      facts: extraction.elements,
      anatomy: extraction.features,
    },
    claim,
    findCode,
  );
  const drafts = renderDrafts(
    {
      transcript,
      claim,
      code,
      facts,
      anatomy: extraction.features,
      findings,
      requirements,
      findCode,
      ...(note ? { note } : {}),
      ...(generic ? { generic } : {}),
    },
    { templates },
  );
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    code,
    facts,
    anatomy: extraction.features,
    findings,
    requirements,
    route,
    drafts,
    meta: {
      extractor: extractor.name,
      versions: {
        opnote: OPNOTE_VERSION,
        knowledge: knowledgeVersion(codes, knowledge),
        validator: sourceVersions().validator,
        templates: templatesVersion(templates),
        ...extraction.versions,
      },
      durationMs: Math.round((now() - started) * 100) / 100,
      ...(extraction.usage ? { usage: extraction.usage } : {}),
      ...(extraction.costUsd === undefined ? {} : { costUsd: extraction.costUsd }),
    },
  };
}

/**
 * The code whose documentation elements the operative-note draft and its queries show, with their
 * requirements: the code the dictation supports when the claim names another (the surgeon is never
 * asked for a claimed code's elements the operation does not have), else undefined (the checked
 * code's, `result.requirements`). Pure; the FHIR document uses it to show the same draft.
 */
export function draftElements(
  result: {
    code: { supported: string | null; checked: string | null; basis?: CodeDecision['basis'] };
    facts: Partial<Record<ElementKey, Fact>>;
    anatomy: Record<FeatureKey, Fact>;
  },
  claim: Claim | null,
  findCode: (code: string) => CodeDefinition | undefined = registryFind,
): { code: string; requirements: RequirementStatus[] } | undefined {
  const supported = result.code.supported ? findCode(result.code.supported) : undefined;
  if (!supported || supported.code === result.code.checked) return undefined;
  // No code checked and none the anatomy supports: the operation was abandoned before it became the
  // code its name says (`checkedCode`), so that code was never performed and has nothing to ask.
  if (result.code.checked === null && result.code.basis !== undefined && result.code.basis !== 'anatomy')
    return undefined;
  const elements = Object.fromEntries(
    elementKeys.map((k) => [k, result.facts[k] ?? notMentioned()]),
  ) as Record<ElementKey, Fact>;
  return {
    code: supported.code,
    requirements: requirementStatuses(supported, { claim, features: result.anatomy, elements }),
  };
}
