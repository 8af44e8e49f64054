import type { FindingId, RouteDecision, Severity } from '../schemas/findings.ts';

/** What the registry knows about a finding id: the route class it sends a note to. */
export interface FindingDefinition {
  /** The route a note takes when this finding fires. */
  route: RouteDecision;
  /** Severities that route; a finding at another severity (e.g. an unverified flag's info) does not. Default: all. */
  routesAt?: readonly Severity[];
}

const ERROR_OR_WARNING = ['error', 'warning'] as const;

/**
 * Every finding id the validator can produce, with its route class: a new id registers here, once.
 * Ids are stable: add new ones; never rename these.
 */
export const findingDefinitions = {
  'doc.missing': { route: 'query-physician' },
  'doc.ungrounded': { route: 'coder-review' },
  'level.mismatch': { route: 'fix-claim' },
  'level.undetermined': { route: 'coder-review' },
  'level.label-only': { route: 'coder-review' },
  'level.ambiguous': { route: 'coder-review' },
  'level.label-conflict': { route: 'coder-review', routesAt: ['warning'] },
  'modifier.laterality-missing': { route: 'fix-claim' },
  'modifier.laterality-conflict': { route: 'fix-claim' },
  'dx.laterality-conflict': { route: 'fix-claim' },
  'modifier.50-not-allowed': { route: 'fix-claim' },
  'modifier.50-undocumented': { route: 'fix-claim' },
  'modifier.62-undocumented': { route: 'fix-claim' },
  'modifier.62-not-allowed': { route: 'fix-claim' },
  'modifier.22-undocumented': { route: 'fix-claim' },
  'modifier.assistant-not-paid': { route: 'fix-claim' },
  'modifier.global-misuse': { route: 'fix-claim' },
  // An unverified inpatient-only flag or diagnosis list is reported (info), not enforced.
  'pos.inpatient-only': { route: 'fix-claim', routesAt: ERROR_OR_WARNING },
  'pos.office-setting': { route: 'fix-claim' },
  'dx.mismatch': { route: 'fix-claim', routesAt: ERROR_OR_WARNING },
  'code.unknown': { route: 'fix-claim' },
  'extract.disagreement': { route: 'coder-review' },
  // Imported NCCI edits (--knowledge); the info form (modifier present, distinction not checkable) does not route.
  'ncci.ptp-bundled': { route: 'fix-claim', routesAt: ERROR_OR_WARNING },
  'mue.exceeded': { route: 'fix-claim' },
} as const satisfies Record<FindingId, FindingDefinition>;
