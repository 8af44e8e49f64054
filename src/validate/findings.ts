import type { Evidence } from '../schemas/facts.ts';

export type Severity = 'error' | 'warning' | 'info';

/** A validation result: data, like a zod issue. `id` is stable across versions (the contract). */
export interface Finding {
  id: string;
  element?: string;
  severity: Severity;
  message: string;
  evidence: Evidence[];
  fix: string;
  suggestedCode?: string;
}

/** Rule ids the validator can produce. Add new ids; never rename these. */
export const findingIds = [
  'doc.missing',
  'doc.ungrounded',
  'level.mismatch',
  'level.undetermined',
  'level.label-only',
  'modifier.laterality-missing',
  'modifier.laterality-conflict',
  'dx.laterality-conflict',
  'modifier.50-not-allowed',
  'modifier.50-undocumented',
  'modifier.62-undocumented',
  'modifier.62-not-allowed',
  'modifier.22-undocumented',
  'modifier.assistant-not-paid',
  'modifier.global-misuse',
  'pos.inpatient-only',
  'pos.office-setting',
  'dx.mismatch',
  'code.unknown',
  'extract.disagreement',
] as const;
export type FindingId = (typeof findingIds)[number];

/** `id` or `id:element`, the key used by fixtures and eval metrics. */
export const findingKey = (f: Pick<Finding, 'id' | 'element'>): string =>
  f.element ? `${f.id}:${f.element}` : f.id;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const bySeverity = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || findingKey(a).localeCompare(findingKey(b));
