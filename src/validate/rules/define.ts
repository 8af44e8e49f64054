import type { ElementKey } from '../../codes/elements.ts';
import type { FeatureKey } from '../../codes/features.ts';
import type { CodeDefinition } from '../../codes/types.ts';
import type { EditLookup } from '../../knowledge/apply.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { CodeDecision } from '../../schemas/decision.ts';
import type { Fact } from '../../schemas/facts.ts';
import type { FindingId, FindingOf, RouteDecision, Severity } from '../../schemas/findings.ts';
import type { ValidateInput } from '../requirements.ts';

/**
 * A validation rule, in the style of promptfoo's assertion definitions: one finding id with what it
 * means, its severity and route, the check that raises it and the mutation generator that proves the
 * check (variants of a real case that must raise it). One file per rule in this folder; the registry is
 * ./index.ts.
 */

/** What a check reads: the validator's input and the codes it resolves. */
export interface RuleContext extends ValidateInput {
  /** The claimed code's knowledge, when a claim names a known code. */
  claimed: CodeDefinition | undefined;
  /** The code whose documentation requirements apply (see `checkedCode`). */
  checked: CodeDefinition | undefined;
}

/** What a mutation generator reads of a processed variant (the pipeline's `ProcessResult` satisfies it). */
export interface MutationResult {
  facts: Partial<Record<ElementKey, Fact>>;
  anatomy: Record<FeatureKey, Fact>;
  code: Pick<CodeDecision, 'supported' | 'basis'> & { checked: string | null };
  findings: ReadonlyArray<{ id: string; element?: string | undefined }>;
}

/** The case a rule's variants start from, with the means to process a variant. */
export interface MutationBase {
  name: string;
  transcript: string;
  /** The case's claim, or one built for the supported code with the documented side. */
  claim: Claim;
  result: MutationResult;
  findCode: (code: string) => CodeDefinition | undefined;
  codes: readonly CodeDefinition[];
  /** Imported NCCI edits (`--knowledge`), when the mutation test runs with them. */
  edits?: EditLookup;
  process: (transcript: string, claim: Claim) => Promise<MutationResult>;
  /** Rounds of cutting or negating evidence until a fact is gone. */
  maxRounds: number;
}

/** One variant: the changed transcript or claim, and the finding keys any of which kills it. */
export interface MutantSpec {
  kind: string;
  /** Distinguishes variants of one kind on one case (`<case>#<kind>:<detail>`). */
  detail: string;
  /** What was changed, in words (never transcript text). */
  description: string;
  transcript: string;
  claim: Claim;
  expect: string[];
}

export interface GeneratedMutants {
  mutants: MutantSpec[];
  /** Variants left out because the base already raises the finding or the edit removed its condition. */
  notGenerated: number;
}

export interface RuleDefinition<K extends FindingId> {
  id: K;
  /** The usual severity. */
  severity: Severity;
  /** Another severity the rule uses, and when (e.g. info when the knowledge is unverified). */
  otherSeverity?: { severity: Severity; when: string };
  /** The route class a note takes when the finding fires. */
  route: RouteDecision;
  /** Severities that route; a finding at another severity does not. Default: all. */
  routesAt?: readonly Severity[];
  /** What the finding means, one line (the README's finding table is generated from it). */
  meaning: string;
  /** The findings of this id for one note. Pure. */
  check(ctx: RuleContext): FindingOf<K>[];
  /** Variants that must raise this finding, with the kinds they are named by. */
  mutants?: {
    kinds: readonly string[];
    generate(base: MutationBase): GeneratedMutants | Promise<GeneratedMutants>;
  };
}

/** A rule of one finding id (`defineRule({id, severity, route, meaning, check, mutants})`); without `K`, any rule. */
export type Rule<K extends FindingId = FindingId> = { [I in K]: RuleDefinition<I> }[K];

export const defineRule = <K extends FindingId>(rule: RuleDefinition<K>): Rule<K> => rule;
