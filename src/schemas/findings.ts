import { z } from 'zod';
import { evidenceSchema } from './facts.ts';

/**
 * The finding contract: every finding id the validator can produce with its own payload, like zod's
 * issue union (`level.mismatch` carries `suggestedCode`, `level.ambiguous` its `candidates` and
 * `missing`). Ids are stable across versions: add new ones; never rename these. Each id has exactly one
 * rule in `src/validate/rules/` (the registry is typed over these ids, so a missing or extra rule does
 * not compile); what it means, its severity and its route are stated there.
 */

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/**
 * Where a note goes next (what autonomous-coding products call direct-to-bill vs review), from the
 * least to the most cautious: `ready` to bill, `fix-claim` (the claim contradicts a confident reading),
 * `query-physician` (a documentation gap only the surgeon can fill), `coder-review` (the reading
 * itself is uncertain).
 */
export const routeDecisions = ['ready', 'fix-claim', 'query-physician', 'coder-review'] as const;
export type RouteDecision = (typeof routeDecisions)[number];

/**
 * Uncertainty signals that route a note (their tests live in `src/validate/route.ts`): over a deciding
 * fact (`fact.*`, `evidence.*`), or over the whole note (`note.*`: the text describes no one patient's
 * operation).
 */
export const factSignalIds = ['fact.inferred', 'fact.conflicting', 'evidence.fuzzy'] as const;
export type FactSignal = (typeof factSignalIds)[number];
export const noteSignalIds = ['note.generic'] as const;
export type NoteSignal = (typeof noteSignalIds)[number];
export const uncertaintySignalIds = [...factSignalIds, ...noteSignalIds] as const;
export type UncertaintySignal = (typeof uncertaintySignalIds)[number];

const element = z.string().describe('The element or feature key the finding concerns.');
const suggestedCode = z.string().describe('The code the documentation supports instead.');

/** The payload each finding id carries beside id, severity, message, evidence and fix. */
export const findingPayloads = {
  'doc.missing': { element },
  'doc.ungrounded': { element },
  'doc.conflicting': { element },
  // Optional: when the claimed code is not among the standing candidates, no single code is suggested.
  'level.mismatch': { suggestedCode: suggestedCode.optional() },
  'level.undetermined': {},
  'level.label-only': {},
  'level.ambiguous': {
    candidates: z.array(z.string()).describe('Codes the evidence leaves standing.'),
    missing: z.array(z.string()).describe('Facts whose documentation would decide between the candidates.'),
  },
  'level.label-conflict': { suggestedCode: suggestedCode.describe('The code the stated name points at.') },
  'modifier.laterality-missing': {},
  'modifier.laterality-conflict': {},
  'dx.laterality-conflict': {},
  'modifier.50-not-allowed': {},
  'modifier.50-undocumented': {},
  'modifier.62-undocumented': {},
  'modifier.62-not-allowed': {},
  'modifier.22-undocumented': {},
  'modifier.assistant-not-paid': {},
  'modifier.global-misuse': {},
  'pos.inpatient-only': {},
  'pos.office-setting': {},
  'dx.mismatch': {},
  'code.unknown': { suggestedCode: suggestedCode.optional() },
  'extract.disagreement': { element },
  'ncci.ptp-bundled': {},
  'mue.exceeded': {},
} as const satisfies Record<string, z.ZodRawShape>;

export type FindingId = keyof typeof findingPayloads;

/** Every finding id, in registry order. */
export const findingIds = Object.keys(findingPayloads) as [FindingId, ...FindingId[]];

const commonShape = {
  severity: z.enum(severities),
  message: z.string(),
  evidence: z.array(evidenceSchema),
  fix: z.string(),
};

type Shape<K extends FindingId> = (typeof findingPayloads)[K];
type Payload<K extends FindingId> = [keyof Shape<K>] extends [never]
  ? Record<never, never>
  : z.output<z.ZodObject<Shape<K>>>;
/** Every payload field of any id: a finding of another id has none of those it does not carry. */
type PayloadField = { [K in FindingId]: keyof (typeof findingPayloads)[K] }[FindingId];

/** The finding of one id: the common fields and that id's payload (other ids' fields are absent). */
export type FindingOf<K extends FindingId> = {
  id: K;
  severity: Severity;
  message: string;
  evidence: z.output<typeof evidenceSchema>[];
  fix: string;
} & Payload<K> & { [P in Exclude<PayloadField, keyof Payload<K>>]?: never };

/** A validation result: data, like a zod issue, discriminated by `id`. */
export type Finding = { [K in FindingId]: FindingOf<K> }[FindingId];

const memberSchema = (id: FindingId) =>
  z
    .object({ id: z.literal(id), ...commonShape, ...findingPayloads[id] })
    .strict()
    .meta({ title: `Finding ${id}` });

/** The zod schema of a finding: one strict object per id. */
export const findingSchema = z.discriminatedUnion(
  'id',
  findingIds.map(memberSchema) as unknown as [
    ReturnType<typeof memberSchema>,
    ...ReturnType<typeof memberSchema>[],
  ],
) as unknown as z.ZodType<Finding>;

/** `id` or `id:element`, the key used by fixtures and eval metrics. */
export const findingKey = (f: { id: string; element?: string | undefined }): string =>
  f.element ? `${f.id}:${f.element}` : f.id;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; by key within a severity. */
export const bySeverity = (
  a: { id: string; element?: string | undefined; severity: Severity },
  b: { id: string; element?: string | undefined; severity: Severity },
): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || findingKey(a).localeCompare(findingKey(b));
