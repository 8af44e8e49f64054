import { type FindingId, findingIds, findingPayloads } from '../../schemas/findings.ts';
import codeUnknown from './code-unknown.ts';
import type { Rule } from './define.ts';
import docConflicting from './doc-conflicting.ts';
import docMissing from './doc-missing.ts';
import docUngrounded from './doc-ungrounded.ts';
import dxLateralityConflict from './dx-laterality-conflict.ts';
import dxMismatch from './dx-mismatch.ts';
import extractDisagreement from './extract-disagreement.ts';
import levelAmbiguous from './level-ambiguous.ts';
import levelLabelConflict from './level-label-conflict.ts';
import levelLabelOnly from './level-label-only.ts';
import levelMismatch from './level-mismatch.ts';
import levelUndetermined from './level-undetermined.ts';
import modifier22Undocumented from './modifier-22-undocumented.ts';
import modifier50NotAllowed from './modifier-50-not-allowed.ts';
import modifier50Undocumented from './modifier-50-undocumented.ts';
import modifier62NotAllowed from './modifier-62-not-allowed.ts';
import modifier62Undocumented from './modifier-62-undocumented.ts';
import modifierAssistantNotPaid from './modifier-assistant-not-paid.ts';
import modifierGlobalMisuse from './modifier-global-misuse.ts';
import modifierLateralityConflict from './modifier-laterality-conflict.ts';
import modifierLateralityMissing from './modifier-laterality-missing.ts';
import mueExceeded from './mue-exceeded.ts';
import ncciPtpBundled from './ncci-ptp-bundled.ts';
import posInpatientOnly from './pos-inpatient-only.ts';
import posOfficeSetting from './pos-office-setting.ts';

/**
 * The rule registry: one rule per finding id of the contract (src/schemas/findings.ts), keyed by its id.
 * The mapped type makes a missing or extra rule a type error; a new finding adds its payload there and its
 * rule file here. The route classes, the README's finding table and the mutation generators come from here.
 */
export const rules: { readonly [K in FindingId]: Rule<K> } = {
  'doc.missing': docMissing,
  'doc.ungrounded': docUngrounded,
  'doc.conflicting': docConflicting,
  'level.mismatch': levelMismatch,
  'level.undetermined': levelUndetermined,
  'level.label-only': levelLabelOnly,
  'level.ambiguous': levelAmbiguous,
  'level.label-conflict': levelLabelConflict,
  'modifier.laterality-missing': modifierLateralityMissing,
  'modifier.laterality-conflict': modifierLateralityConflict,
  'dx.laterality-conflict': dxLateralityConflict,
  'modifier.50-not-allowed': modifier50NotAllowed,
  'modifier.50-undocumented': modifier50Undocumented,
  'modifier.62-undocumented': modifier62Undocumented,
  'modifier.62-not-allowed': modifier62NotAllowed,
  'modifier.22-undocumented': modifier22Undocumented,
  'modifier.assistant-not-paid': modifierAssistantNotPaid,
  'modifier.global-misuse': modifierGlobalMisuse,
  'pos.inpatient-only': posInpatientOnly,
  'pos.office-setting': posOfficeSetting,
  'dx.mismatch': dxMismatch,
  'code.unknown': codeUnknown,
  'extract.disagreement': extractDisagreement,
  'ncci.ptp-bundled': ncciPtpBundled,
  'mue.exceeded': mueExceeded,
};

/** Every rule, in the contract's id order. */
export const allRules: readonly Rule[] = findingIds.map((id) => rules[id] as Rule);

/** The rule of a finding id, if it is one. */
export const ruleFor = (id: string): Rule | undefined => (rules as Partial<Record<string, Rule>>)[id];

/** The payload fields of a finding id, as the README names them (` + element`). */
const payloadOf = (id: FindingId): string => {
  const fields = Object.keys(findingPayloads[id]);
  return fields.length > 0 ? ` + ${fields.join(', ')}` : '';
};

/**
 * The README's finding table (between `<!-- findings:start -->` and `<!-- findings:end -->`), rendered
 * from the registry: id and payload, severity, route, meaning, mutation variants. A test compares it with
 * the README (tests/finding-registry.test.ts; `npm run docs:findings` rewrites it).
 */
export function findingTable(): string {
  const rows = allRules.map((r) => {
    const severity = r.otherSeverity
      ? `${r.severity} (${r.otherSeverity.severity} when ${r.otherSeverity.when})`
      : r.severity;
    const route = r.routesAt ? `${r.route} (at ${r.routesAt.join(' or ')})` : r.route;
    const kinds = r.mutants ? r.mutants.kinds.map((k) => `\`${k}\``).join(', ') : 'none';
    return `| \`${r.id}\`${payloadOf(r.id)} | ${severity} | ${route} | ${r.meaning} | ${kinds} |`;
  });
  return [
    '| id | severity | route | meaning | mutation variants |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
