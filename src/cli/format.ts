import { formatUsd } from '../codes/money.ts';
import type { CodeDefinition } from '../codes/types.ts';
import type { ProcessResult } from '../pipeline/process.ts';
import { findingKey } from '../schemas/findings.ts';

/** A readable Markdown report of one processed note. */
export function resultToMarkdown(result: ProcessResult): string {
  const lines = [
    `# opnote result${result.id ? `: ${result.id}` : ''}`,
    '',
    `- Claimed code: ${result.code.claimed ?? '—'}`,
    `- Supported code: ${result.code.supported ?? (result.code.ambiguity ? `undecided between ${result.code.ambiguity.codes.join(', ')}` : 'not determined')} (basis: ${result.code.basis})`,
    `- Route: ${result.route.decision}${result.route.reasons.length > 0 ? ` (${result.route.reasons.map((r) => r.finding ?? r.signal ?? r.message).join('; ')})` : ''}`,
    `- Findings: ${result.findings.length === 0 ? 'none' : result.findings.map((f) => `${f.severity} ${findingKey(f)}`).join(', ')}`,
    '',
    result.drafts.coderSummary,
    '',
    result.drafts.operativeNote,
    ...result.drafts.queries.flatMap((q) => ['', q.text]),
    '',
    `_extractor ${result.meta.extractor}, ${result.meta.durationMs} ms, versions ${Object.entries(
      result.meta.versions,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}_`,
  ];
  return `${lines.join('\n')}\n`;
}

export function codeListText(codes: readonly CodeDefinition[]): string {
  const rows = codes.map(
    (c) =>
      `${c.code}  ${c.documented ? '*' : ' '} wRVU ${c.rvu.work.toFixed(2).padStart(6)}  ${c.region.padEnd(12)} ${c.descriptor}`,
  );
  return `${rows.join('\n')}\n\n* full documentation page (schemas, requirements, drafts)\n`;
}

export function codeText(c: CodeDefinition): string {
  const out = [
    `${c.code}: ${c.descriptor}`,
    `Region: ${c.region}   Global: ${c.globalDays} days   Single limb: ${c.singleLimb ? 'yes' : 'no'}`,
    `RVU (${c.rvu.source}, ${c.rvu.date}): work ${c.rvu.work}${c.rvu.practiceExpense === undefined ? '' : `, PE ${c.rvu.practiceExpense}`}${c.rvu.malpractice === undefined ? '' : `, MP ${c.rvu.malpractice}`}${c.rvu.total === undefined ? '' : `, total ${c.rvu.total}`}${c.rvu.nationalRate === undefined ? '' : `, national rate ${formatUsd(c.rvu.nationalRate)}`}`,
    ...(c.rvu.note ? [`  ${c.rvu.note}`] : []),
    `Flags (${c.flags.source}): bilateral ${c.flags.bilateral}, assistant ${c.flags.assistant}, co-surgeon ${c.flags.coSurgeon}`,
    ...(c.pfsIndicators
      ? [
          `PFS indicators (${c.pfsIndicators.source}): status ${c.pfsIndicators.status}${c.pfsIndicators.multipleProcedure === undefined ? '' : `, multiple procedure ${c.pfsIndicators.multipleProcedure}`}${c.pfsIndicators.teamSurgery === undefined ? '' : `, team surgery ${c.pfsIndicators.teamSurgery}`}, conversion factor ${c.pfsIndicators.conversionFactor}`,
        ]
      : []),
    `Global period source: ${c.globalSource.source}, ${c.globalSource.date}`,
    `Office setting: ${c.officeSetting.value ? 'usual' : 'not usual'}${c.officeSetting.unverified ? ' [unverified]' : ''} (${c.officeSetting.source}, ${c.officeSetting.date})`,
    `Inpatient-only: ${c.inpatientOnly.value ? `yes${c.inpatientOnly.statusIndicator ? ` (status indicator ${c.inpatientOnly.statusIndicator})` : ''}` : 'no'}${c.inpatientOnly.unverified ? ' [unverified]' : ''} (${c.inpatientOnly.source}, ${c.inpatientOnly.date})`,
    `Deciding facts: ${c.decidingFacts}`,
    `Neighbours: ${c.neighbours.join(', ')}`,
  ];
  if (c.siteRates.length > 0) {
    out.push('Rates by site of service:');
    for (const r of c.siteRates) {
      out.push(
        `  ${r.label}: ${formatUsd(r.rate)}${r.apc ? ` (APC ${r.apc})` : ''}${r.paymentIndicator ? ` (PI ${r.paymentIndicator})` : ''} — ${r.source}, ${r.date}`,
      );
    }
  }
  if (c.requirements.length > 0) {
    out.push('Documentation requirements:');
    for (const r of c.requirements)
      out.push(`  ${r.element}${r.requiredWhen.kind === 'always' ? '' : ' (conditional)'}: ${r.basis}`);
  }
  if (c.modifiers.length > 0) {
    out.push('Modifiers:');
    for (const m of c.modifiers) out.push(`  ${m.code}: ${m.use}`);
  }
  if (c.denialReasons.length > 0) {
    out.push('Common denial reasons:');
    for (const d of c.denialReasons) out.push(`  - ${d.text}`);
  }
  return `${out.join('\n')}\n`;
}
