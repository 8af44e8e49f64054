import type { GateResult } from './gate.ts';
import { gatedMetricKeys, gatedMetrics } from './metrics.ts';
import type { EvalResults, Prf, Ratio } from './results.ts';

/** A share as a percentage with one decimal, or an em dash when undefined. */
export const pct = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;

const ratioText = (r: Ratio): string => (r.total === 0 ? '—' : `${pct(r.value)} (${r.correct}/${r.total})`);

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: Array<string | number>): string => `| ${cells.map((c) => cell(String(c))).join(' | ')} |`;
const table = (head: string[], rows: Array<Array<string | number>>): string[] => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
];

/** A metric value as printed: shares in percent, counts as numbers. */
export function metricText(unit: 'share' | 'count', value: number | null): string {
  if (value === null) return '—';
  return unit === 'share' ? pct(value) : String(value);
}

/** A metric change as printed: points for shares, a signed number for counts. */
export function deltaText(unit: 'share' | 'count', delta: number | null): string {
  if (delta === null) return '—';
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
  return unit === 'share' ? `${sign}${Math.abs(delta * 100).toFixed(1)} pts` : `${sign}${Math.abs(delta)}`;
}

/** A metric's absolute limit as printed ("≥ 98.0%", "≤ 0"). */
export function limitText(
  unit: 'share' | 'count',
  limit: { min?: number | undefined; max?: number | undefined } | null,
): string {
  if (!limit) return 'none';
  const v = (x: number) => (unit === 'share' ? `${(x * 100).toFixed(1)}%` : String(x));
  return [
    limit.min === undefined ? '' : `≥ ${v(limit.min)}`,
    limit.max === undefined ? '' : `≤ ${v(limit.max)}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A threshold as printed: points for shares (an absolute drop), a number for counts. */
export function thresholdText(unit: 'share' | 'count', threshold: number | null): string {
  if (threshold === null) return 'not gated';
  return unit === 'share' ? `${(threshold * 100).toFixed(1)} pts` : String(threshold);
}

const prfCells = (p: Prf): string[] => [pct(p.precision), pct(p.recall), pct(p.f1)];

function metricRows(results: EvalResults, gate: GateResult | undefined): string[] {
  const m = results.metrics;
  const detail: Record<string, string> = {
    codeAccuracy: `${m.code.accuracy.correct}/${m.code.accuracy.total}`,
    casePassRate: `${m.cases.passRate.correct}/${m.cases.passRate.total}`,
    findingsPrecision: `TP ${m.findings.tp}, FP ${m.findings.fp}`,
    findingsRecall: `TP ${m.findings.tp}, FN ${m.findings.fn}`,
    findingsF1: '',
    elementStatusAccuracy: `${m.elements.status.correct}/${m.elements.status.total}`,
    elementValueAccuracy: `${m.elements.value.correct}/${m.elements.value.total}`,
    groundingShare: `${m.grounding.groundedFacts}/${m.grounding.documentedFacts}`,
    ungroundedFindings: '',
    wrongCodesOutsideCoderReview: m.route?.wrongCodeCases.join(', ') ?? '',
    routeAccuracy: m.route ? `${m.route.accuracy.correct}/${m.route.accuracy.total}` : '',
    // The cases listed are those with any draft miss or defect: they belong beside the recall, not
    // under one defect's count (a missed section is not a non-compliant query).
    draftSectionRecall: m.drafts
      ? `${m.drafts.sectionRecall.correct}/${m.drafts.sectionRecall.total}${
          m.drafts.defectCases.length
            ? `; cases with a draft miss or defect: ${m.drafts.defectCases.join(', ')}`
            : ''
        }`
      : '',
  };
  const rows = gatedMetricKeys.map((key) => {
    const def = gatedMetrics[key];
    const value = metricText(def.unit, def.read(m));
    const check = gate?.metrics.find((c) => c.metric === key);
    const base = [def.label, detail[key] ? `${value} (${detail[key]})` : value];
    if (!gate || !check) return base;
    return [
      ...base,
      metricText(def.unit, check.baseline),
      deltaText(def.unit, check.delta),
      thresholdText(def.unit, check.threshold),
      check.regressed
        ? '**REGRESSED**'
        : check.breached
          ? `**OUTSIDE ${limitText(def.unit, check.limit)}**`
          : 'ok',
    ];
  });
  const head = gate ? ['Metric', 'Value', 'Baseline', 'Change', 'Allowed drop', 'Gate'] : ['Metric', 'Value'];
  return table(head, rows);
}

function routeLines(results: EvalResults): string[] {
  const r = results.metrics.route;
  if (!r) return [];
  const routes = Object.keys(r.counts);
  return [
    '## Routes',
    '',
    ...table(
      ['Route', 'Notes', 'Share'],
      routes.map((k) => [k, r.counts[k] ?? 0, pct(r.shares[k] ?? null)]),
    ),
    '',
    `Route accuracy against gold: ${ratioText(r.accuracy)}. Wrong codes outside coder-review: ${r.wrongCodesOutsideCoderReview}${r.wrongCodeCases.length > 0 ? ` (${r.wrongCodeCases.map((n) => `\`${n}\``).join(', ')})` : ''}.`,
    '',
    ...table(
      ['gold \\ routed', ...routes],
      Object.entries(r.confusion).map(([gold, row]) => [
        gold,
        ...routes.map((k) => (row[k] ? String(row[k]) : '.')),
      ]),
    ),
    '',
  ];
}

function confusionRows(results: EvalResults): string[] {
  const { labels, counts } = results.metrics.code.confusion;
  return table(
    ['expected \\ decided', ...labels],
    labels
      .filter((l) => counts[l] !== undefined)
      .map((l) => [l, ...labels.map((g) => (counts[l]?.[g] ? String(counts[l]?.[g]) : '.'))]),
  );
}

/** A got value as printed on stdout: enumerated tokens only, never free text that could quote the transcript. */
const safeValue = (got: string): string => (/^[\w()-]{1,24}$/.test(got) ? got : '(free-text value)');

function failingLines(results: EvalResults): string[] {
  return results.cases
    .filter((c) => !c.passed)
    .map((c) => {
      const parts: string[] = [];
      if (c.error) parts.push(`error ${c.error.code}`);
      if (!c.codeCorrect) parts.push(`code ${c.gotCode ?? 'none'} (expected ${c.expectedCode ?? 'none'})`);
      if (c.expectedRoute && c.gotRoute && c.expectedRoute !== c.gotRoute)
        parts.push(`route ${c.gotRoute} (expected ${c.expectedRoute})`);
      if (c.findings.falseNegatives.length > 0) parts.push(`missed ${c.findings.falseNegatives.join(', ')}`);
      if (c.findings.falsePositives.length > 0)
        parts.push(`false positive ${c.findings.falsePositives.join(', ')}`);
      const wrong = c.facts.filter((f) => !f.correct);
      if (wrong.length > 0)
        parts.push(
          `facts ${wrong.map((f) => `${f.element} ${safeValue(f.got)} (expected ${f.expected})`).join(', ')}`,
        );
      return `- \`${c.name}\`: ${parts.join('; ')}`;
    });
}

function gateLines(gate: GateResult): string[] {
  const out = [`## Gate: ${gate.passed ? 'PASSED' : 'FAILED'}`, ''];
  const regressed = gate.metrics.filter((m) => m.regressed);
  for (const m of regressed) {
    const unit = gatedMetrics[m.metric].unit;
    out.push(
      `- ${m.label} (\`${m.metric}\`) dropped ${deltaText(unit, m.delta)}: ${metricText(unit, m.baseline)} -> ${metricText(unit, m.current)}, allowed ${thresholdText(unit, m.threshold)}`,
    );
  }
  for (const m of gate.metrics.filter((c) => c.breached)) {
    const unit = gatedMetrics[m.metric].unit;
    out.push(
      `- ${m.label} (\`${m.metric}\`) is ${metricText(unit, m.current)}, outside the suite's limit ${limitText(unit, m.limit)}`,
    );
  }
  if (gate.regressedCases.length > 0) {
    out.push('', `Cases that regressed (${gate.regressedCases.length}):`);
    for (const d of gate.regressedCases) out.push(`- \`${d.name}\`: ${d.worse.join('; ')}`);
  }
  const improved = gate.caseDiffs.filter((d) => d.change === 'improved');
  if (improved.length > 0) {
    out.push('', `Cases that improved (${improved.length}):`);
    for (const d of improved) out.push(`- \`${d.name}\`: ${d.better.join('; ')}`);
  }
  if (gate.addedCases.length > 0) out.push('', `New cases: ${gate.addedCases.join(', ')}`);
  if (gate.removedCases.length > 0)
    out.push('', `Cases gone from the baseline: ${gate.removedCases.join(', ')}`);
  if (gate.notes.length > 0) out.push('', ...gate.notes.map((n) => `Note: ${n}`));
  const formats = formatGateLines(gate);
  if (formats.length > 0) out.push('', ...formats);
  const nameGate = nameGateLines(gate);
  if (nameGate.length > 0) out.push('', ...nameGate);
  return out;
}

function mutationLines(results: EvalResults): string[] {
  const mut = results.mutation;
  if (!mut) return [];
  const ok = mut.killRate !== null && mut.killRate >= mut.minKillRate;
  const out = [
    '## Mutation tests of the validator',
    '',
    `Kill rate ${pct(mut.killRate)} (${mut.killed}/${mut.generated} variants killed; ${mut.notGenerated} not generated), minimum ${pct(mut.minKillRate)}: ${ok ? 'ok' : '**BELOW THRESHOLD**'}`,
    '',
    ...table(
      ['Kind', 'Generated', 'Killed', 'Kill rate'],
      Object.entries(mut.byKind).map(([k, v]) => [
        k,
        v.generated,
        v.killed,
        pct(v.generated === 0 ? null : v.killed / v.generated),
      ]),
    ),
  ];
  if (mut.survivors.length > 0) {
    out.push('', 'Survivors:');
    for (const s of mut.survivors.slice(0, 25))
      out.push(`- \`${s.id}\`: expected ${s.expect.join(' or ')}; got ${s.got.join(', ') || 'no findings'}`);
    if (mut.survivors.length > 25) out.push(`- ... and ${mut.survivors.length - 25} more (see results.json)`);
  }
  return out;
}

const names = (list: readonly string[]): string => (list.length === 0 ? '—' : list.join(', '));

/** The format eval's table: per transform, cases, same code, same route, evidence, and the cases that changed (names only). */
function formatLines(results: EvalResults, gate: GateResult | undefined): string[] {
  const f = results.formats;
  if (!f) return [];
  const checks = new Map((gate?.formats?.checks ?? []).map((c) => [c.id, c]));
  const gated = gate?.formats !== undefined;
  const head = [
    'Transform',
    'Keeps facts',
    'Same code',
    'Same route',
    'Evidence exact',
    'Wrong codes outside coder review',
    'Findings lost / added',
    'Draft items kept',
    'Draft key items kept',
    'Code changed',
    'Route changed',
    ...(gated ? ['Baseline same code / route', 'Gate'] : []),
  ];
  const rows = f.transforms.map((t) => {
    const c = checks.get(t.id);
    return [
      t.id,
      t.keepsFacts ? 'yes' : 'no (code only)',
      `${t.sameCode}/${t.cases}`,
      `${t.sameRoute}/${t.cases}`,
      `${t.evidence.exact}/${t.evidence.total}`,
      names(t.wrongCodesOutsideCoderReview),
      t.findings ? `${t.findings.lost} / ${t.findings.extra}` : '—',
      t.drafts ? `${t.drafts.hits}/${t.drafts.items}` : '—',
      t.drafts ? `${t.drafts.keyHits}/${t.drafts.keyItems}` : '—',
      names(t.codeChanged),
      names(t.routeChanged),
      ...(gated
        ? [
            c?.baseline ? `${c.baseline.sameCode} / ${c.baseline.sameRoute}` : 'not in baseline',
            c && c.worse.length > 0 ? '**REGRESSED**' : 'ok',
          ]
        : []),
    ];
  });
  const kept = f.transforms.reduce((n, t) => n + t.sameCode, 0);
  const total = f.transforms.reduce((n, t) => n + t.cases, 0);
  return [
    '## Format robustness (metamorphic)',
    '',
    `${f.cases} cases, each rewritten by ${f.transforms.length} format transforms (src/eval/formats.ts); a rewrite must keep the code the case has as written, and its route, its error and warning findings and its draft gold items where the transform keeps every fact. Code kept in ${pct(total === 0 ? null : kept / total)} of rewrites (${kept}/${total}).`,
    '',
    ...table(head, rows),
  ];
}

function formatGateLines(gate: GateResult): string[] {
  const g = gate.formats;
  if (!g) return [];
  const out = [`Format gate: ${g.passed ? 'passed' : 'FAILED'}`];
  for (const c of g.checks) {
    if (c.worse.length > 0) out.push(`- \`${c.id}\`: ${c.worse.join('; ')}`);
    if (c.newlyChanged.length > 0)
      out.push(`- \`${c.id}\`: changed now, not in the baseline: ${c.newlyChanged.join(', ')}`);
  }
  out.push(...g.notes.map((n) => `Note: ${n}`));
  return out;
}

/** The name eval's table: per transform, cases with a name, kept, lost, wrong, violations (names only). */
function nameLines(results: EvalResults, gate: GateResult | undefined): string[] {
  const n = results.names;
  if (!n) return [];
  const checks = new Map((gate?.names?.checks ?? []).map((c) => [c.id, c]));
  const gated = gate?.names !== undefined;
  const head = [
    'Transform',
    'Cases with a name',
    'Rest on a name',
    'Kept',
    'Lost',
    'Wrong (outside coder review)',
    'Violations',
    'Evidence exact',
    ...(gated ? ['Baseline violations / wrong', 'Gate'] : []),
  ];
  const rows = n.transforms.map((t) => {
    const c = checks.get(t.id);
    return [
      t.id,
      t.cases,
      t.restOnName.length,
      t.kept,
      t.lost.length,
      names(t.wrong),
      names(t.violations),
      `${t.evidence.exact}/${t.evidence.total}`,
      ...(gated
        ? [
            c?.baseline ? `${c.baseline.violations} / ${c.baseline.wrong}` : 'not in baseline',
            c && c.worse.length > 0 ? '**REGRESSED**' : 'ok',
          ]
        : []),
    ];
  });
  return [
    '## Name deletion (metamorphic)',
    '',
    `${n.cases} cases; each with a procedure name has its names deleted by ${n.transforms.length} name transforms (src/eval/names.ts). A case whose decision does not rest on a name must keep its code; none may turn into another code outside coder review.`,
    '',
    ...table(head, rows),
  ];
}

function nameGateLines(gate: GateResult): string[] {
  const g = gate.names;
  if (!g) return [];
  const out = [`Name gate: ${g.passed ? 'passed' : 'FAILED'}`];
  for (const c of g.checks) {
    if (c.worse.length > 0) out.push(`- \`${c.id}\`: ${c.worse.join('; ')}`);
    if (c.newlyViolating.length > 0)
      out.push(`- \`${c.id}\`: violating now, not in the baseline: ${c.newlyViolating.join(', ')}`);
  }
  out.push(...g.notes.map((n) => `Note: ${n}`));
  return out;
}

/**
 * The Markdown summary `opnote eval` prints: headline metrics (with the baseline when gated),
 * confusion matrix, breakdowns, failing cases, gate and mutation results. Never prints transcript text.
 */
export function summaryMarkdown(results: EvalResults, gate?: GateResult): string {
  const m = results.metrics;
  const v = results.versions;
  const u = m.usage;
  const lines = [
    `# opnote eval: suite ${results.suite.name} (extractor ${results.suite.extractor}, ${results.suite.mode})`,
    '',
    `${m.cases.total} cases, ${m.cases.passed} passed, ${m.cases.errored} errored. Versions: opnote ${v.opnote}, knowledge ${v.knowledge ?? '—'}, prompt ${v.prompt ?? '—'}, schema ${v.schema ?? '—'}, model ${v.model ?? '—'}, rules ${v.all.rules ?? '—'}, context ${v.all.context ?? '—'}, validator ${v.all.validator ?? '—'}, templates ${v.all.templates ?? '—'}; fixtures ${v.fixtures}.`,
    '',
    '## Metrics',
    '',
    ...metricRows(results, gate),
    '',
    `Latency: total ${u.durationMs.total} ms, mean ${u.durationMs.mean ?? '—'} ms, p95 ${u.durationMs.p95 ?? '—'} ms. Tokens: ${u.promptTokens} prompt + ${u.completionTokens} completion = ${u.totalTokens}. Estimated cost: $${u.costUsd.toFixed(4)} (${u.casesWithCost} cases priced).`,
    '',
    ...routeLines(results),
    '## Supported code: confusion matrix',
    '',
    ...confusionRows(results),
    '',
    '## By expected code',
    '',
    ...table(
      ['Code', 'Cases', 'Passed', 'Code accuracy', 'Findings P', 'R', 'F1', 'Decided as'],
      Object.entries(m.byCode).map(([code, b]) => [
        code,
        b.cases,
        b.passed,
        ratioText(b.code),
        ...prfCells(b.findings),
        Object.entries(b.decidedAs)
          .map(([k, n]) => `${k}×${n}`)
          .join(' '),
      ]),
    ),
    '',
    '## By element',
    '',
    ...table(
      ['Element', 'Status accuracy', 'Value accuracy'],
      Object.entries(m.elements.byElement).map(([el, e]) => [el, ratioText(e.status), ratioText(e.value)]),
    ),
    '',
    '## By finding rule',
    '',
    ...table(
      ['Rule', 'TP', 'FN', 'FP', 'Precision', 'Recall', 'F1'],
      Object.entries(m.byRule).map(([rule, p]) => [rule, p.tp, p.fn, p.fp, ...prfCells(p)]),
    ),
    '',
  ];
  const failing = failingLines(results);
  lines.push(`## Failing cases (${failing.length})`, '', ...(failing.length > 0 ? failing : ['none']), '');
  if (gate) lines.push(...gateLines(gate), '');
  const mutation = mutationLines(results);
  if (mutation.length > 0) lines.push(...mutation, '');
  const formats = formatLines(results, gate);
  if (formats.length > 0) lines.push(...formats, '');
  const nameTable = nameLines(results, gate);
  if (nameTable.length > 0) lines.push(...nameTable, '');
  return `${lines.join('\n')}`;
}
