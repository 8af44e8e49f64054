import type { Fact } from '../schemas/facts.ts';
import { findingKey } from '../schemas/findings.ts';
import { matchesFinding } from './compare.ts';
import type { GateResult } from './gate.ts';
import { gatedMetricKeys, gatedMetrics } from './metrics.ts';
import type { CaseRecord, EvalResults, Prf, Ratio } from './results.ts';
import type { CaseRun } from './run.ts';
import { deltaText, limitText, metricText, pct, thresholdText } from './summary.ts';

/**
 * The self-contained HTML report of an eval run: inline CSS, no scripts, no external resources, so it
 * opens offline. Every piece of text (transcripts, quotes, messages) is HTML-escaped.
 */
export interface ReportInput {
  results: EvalResults;
  /** The runs behind `results` (transcripts and evidence offsets); matched to cases by name. */
  runs: readonly CaseRun[];
  gate?: GateResult;
  baseline?: EvalResults;
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const esc = escapeHtml;

/** One highlighted evidence span: which fact it supports and how. */
export interface Highlight {
  start: number;
  end: number;
  /** e.g. `laterality (documented)`. */
  label: string;
  negated: boolean;
}

/** Evidence spans of a result's elements and features that slice the transcript exactly. */
export function highlightsOf(
  transcript: string,
  facts: Record<string, Fact | undefined>,
  kind: 'element' | 'feature',
): Highlight[] {
  return Object.entries(facts).flatMap(([key, fact]) => {
    if (!fact || fact.status === 'not_mentioned') return [];
    return fact.evidence
      .filter((e) => e.end > e.start && transcript.slice(e.start, e.end) === e.quote)
      .map((e) => ({
        start: e.start,
        end: e.end,
        label: `${key} (${kind}, ${fact.status})`,
        negated: fact.status === 'negated',
      }));
  });
}

/**
 * The transcript as escaped HTML with every evidence span in a `<mark>` whose title names the
 * facts it supports. Overlapping spans are split into non-nested segments, so the text is unchanged.
 */
export function highlightTranscript(transcript: string, highlights: readonly Highlight[]): string {
  const cuts = new Set<number>([0, transcript.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(h.start, transcript.length)));
    cuts.add(Math.max(0, Math.min(h.end, transcript.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const text = esc(transcript.slice(from, to));
    const covering = highlights.filter((h) => h.start <= from && h.end >= to);
    if (covering.length === 0) {
      html += text;
      continue;
    }
    const labels = [...new Set(covering.map((h) => h.label))];
    const negated = covering.every((h) => h.negated);
    html += `<mark class="${negated ? 'neg' : 'ev'}" title="${esc(labels.join('; '))}">${text}</mark>`;
  }
  return html;
}

const CSS = `
:root{--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1f2328}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}th{background:var(--bg)}
td.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:var(--muted)}
.pass,.ok,.TP{color:var(--ok);font-weight:600}.fail,.bad,.FN,.FP{color:var(--bad);font-weight:600}.allowed,.info{color:var(--muted)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;font-size:12px}.badge.pass{background:#dafbe1}.badge.fail{background:#ffebe9}
details{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:4px 12px}summary{cursor:pointer;font-weight:600;padding:4px 0}
pre.transcript,pre.draft{white-space:pre-wrap;word-wrap:break-word;background:var(--bg);border:1px solid var(--line);padding:10px;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace}
mark.ev{background:#fff8c5;border-bottom:2px solid #d4a72c}mark.neg{background:#ffebe9;border-bottom:2px solid var(--bad)}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}@media (max-width:800px){.grid{grid-template-columns:1fr}}
ol.reasons li{margin:2px 0}
`;

const td = (content: string, cls?: string): string => `<td${cls ? ` class="${cls}"` : ''}>${content}</td>`;
const th = (content: string): string => `<th>${content}</th>`;
const tableHtml = (head: string[], rows: string[][], attrs = ''): string =>
  `<table${attrs}><thead><tr>${head.map((h) => th(esc(h))).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.join('')}</tr>`)
    .join('')}</tbody></table>`;
const ratioHtml = (r: Ratio): string =>
  r.total === 0 ? '—' : `${pct(r.value)} <span class="muted">(${r.correct}/${r.total})</span>`;
const prfTds = (p: Prf): string[] => [
  td(pct(p.precision), 'num'),
  td(pct(p.recall), 'num'),
  td(pct(p.f1), 'num'),
];

function metricsSection(results: EvalResults, gate: GateResult | undefined): string {
  const rows = gatedMetricKeys.map((key) => {
    const def = gatedMetrics[key];
    const cells = [td(esc(def.label)), td(esc(metricText(def.unit, def.read(results.metrics))), 'num')];
    const check = gate?.metrics.find((m) => m.metric === key);
    if (gate && check) {
      cells.push(
        td(esc(metricText(def.unit, check.baseline)), 'num'),
        td(esc(deltaText(def.unit, check.delta)), 'num'),
        td(esc(thresholdText(def.unit, check.threshold)), 'num'),
        td(
          check.regressed
            ? 'REGRESSED'
            : check.breached
              ? esc(`OUTSIDE ${limitText(def.unit, check.limit)}`)
              : 'ok',
          check.regressed || check.breached ? 'bad' : 'ok',
        ),
      );
    }
    return cells;
  });
  const head = gate ? ['Metric', 'Value', 'Baseline', 'Change', 'Allowed drop', 'Gate'] : ['Metric', 'Value'];
  const u = results.metrics.usage;
  return `<section id="metrics"><h2>Metrics</h2>${tableHtml(head, rows)}
<p>Latency: total ${esc(String(u.durationMs.total))} ms, mean ${esc(String(u.durationMs.mean ?? '—'))} ms, p95 ${esc(String(u.durationMs.p95 ?? '—'))} ms.
Tokens: ${u.promptTokens} prompt + ${u.completionTokens} completion. Estimated cost: $${u.costUsd.toFixed(4)} (${u.casesWithCost} cases priced).</p></section>`;
}

function gateSection(gate: GateResult): string {
  const regressed = gate.regressedCases
    .map((d) => `<li><a href="#case-${esc(d.name)}">${esc(d.name)}</a>: ${esc(d.worse.join('; '))}</li>`)
    .join('');
  const improved = gate.caseDiffs
    .filter((d) => d.change === 'improved')
    .map((d) => `<li><a href="#case-${esc(d.name)}">${esc(d.name)}</a>: ${esc(d.better.join('; '))}</li>`)
    .join('');
  return `<section id="gate"><h2>Gate against the baseline: <span class="${gate.passed ? 'ok' : 'bad'}">${gate.passed ? 'PASSED' : 'FAILED'}</span></h2>
${regressed ? `<h3>Cases that regressed</h3><ul id="regressed-cases">${regressed}</ul>` : '<p>No case regressed.</p>'}
${improved ? `<h3>Cases that improved</h3><ul>${improved}</ul>` : ''}
${gate.addedCases.length > 0 ? `<p>New cases: ${esc(gate.addedCases.join(', '))}</p>` : ''}
${gate.removedCases.length > 0 ? `<p>Cases gone from the baseline: ${esc(gate.removedCases.join(', '))}</p>` : ''}
${gate.notes.map((n) => `<p class="muted">Note: ${esc(n)}</p>`).join('')}</section>`;
}

function breakdownSections(results: EvalResults): string {
  const m = results.metrics;
  const { labels, counts } = m.code.confusion;
  const confusion = tableHtml(
    ['expected \\ decided', ...labels],
    labels
      .filter((l) => counts[l] !== undefined)
      .map((l) => [
        th(esc(l)),
        ...labels.map((g) => {
          const n = counts[l]?.[g] ?? 0;
          return td(n === 0 ? '' : String(n), n > 0 ? (l === g ? 'num ok' : 'num bad') : 'num');
        }),
      ]),
    ' id="confusion"',
  );
  const byCode = tableHtml(
    ['Code', 'Cases', 'Passed', 'Code accuracy', 'Findings P', 'R', 'F1', 'Decided as'],
    Object.entries(m.byCode).map(([code, b]) => [
      td(esc(code)),
      td(String(b.cases), 'num'),
      td(String(b.passed), 'num'),
      td(ratioHtml(b.code)),
      ...prfTds(b.findings),
      td(
        esc(
          Object.entries(b.decidedAs)
            .map(([k, n]) => `${k}×${n}`)
            .join(' '),
        ),
      ),
    ]),
  );
  const byElement = tableHtml(
    ['Element', 'Status accuracy', 'Value accuracy'],
    Object.entries(m.elements.byElement).map(([el, e]) => [
      td(esc(el)),
      td(ratioHtml(e.status)),
      td(ratioHtml(e.value)),
    ]),
  );
  const byRule = tableHtml(
    ['Rule', 'TP', 'FN', 'FP', 'Precision', 'Recall', 'F1'],
    Object.entries(m.byRule).map(([rule, p]) => [
      td(esc(rule)),
      td(String(p.tp), 'num'),
      td(String(p.fn), 'num'),
      td(String(p.fp), 'num'),
      ...prfTds(p),
    ]),
  );
  return `<section id="confusion-matrix"><h2>Supported code: confusion matrix</h2>${confusion}</section>
<section id="by-code"><h2>By expected code</h2>${byCode}</section>
<div class="grid"><section id="by-element"><h2>By element</h2>${byElement}</section>
<section id="by-rule"><h2>By finding rule</h2>${byRule}</section></div>`;
}

function mutationSection(results: EvalResults): string {
  const mut = results.mutation;
  if (!mut) return '';
  const ok = mut.killRate !== null && mut.killRate >= mut.minKillRate;
  const kinds = tableHtml(
    ['Kind', 'Generated', 'Killed', 'Kill rate'],
    Object.entries(mut.byKind).map(([k, v]) => [
      td(esc(k)),
      td(String(v.generated), 'num'),
      td(String(v.killed), 'num'),
      td(pct(v.generated === 0 ? null : v.killed / v.generated), 'num'),
    ]),
  );
  const survivors =
    mut.survivors.length === 0
      ? '<p>No survivors.</p>'
      : tableHtml(
          ['Variant', 'What changed', 'Expected', 'Got'],
          mut.survivors.map((s) => [
            td(esc(s.id)),
            td(esc(s.description)),
            td(esc(s.expect.join(' or '))),
            td(esc(s.error ? `error ${s.error.code}` : s.got.join(', ') || 'no findings')),
          ]),
        );
  return `<section id="mutation"><h2>Mutation tests of the validator</h2>
<p>Kill rate <strong class="${ok ? 'ok' : 'bad'}">${pct(mut.killRate)}</strong> (${mut.killed}/${mut.generated} variants killed, ${mut.notGenerated} not generated); minimum ${pct(mut.minKillRate)}.</p>
${kinds}<h3>Survivors</h3>${survivors}</section>`;
}

function formatsSection(results: EvalResults, gate: GateResult | undefined): string {
  const f = results.formats;
  if (!f) return '';
  const checks = new Map((gate?.formats?.checks ?? []).map((c) => [c.id, c]));
  const list = (names: readonly string[]) => esc(names.length === 0 ? '—' : names.join(', '));
  const rows = f.transforms.map((t) => {
    const c = checks.get(t.id);
    const held = t.sameCode === t.cases && (!t.keepsFacts || t.sameRoute === t.cases);
    return [
      td(esc(t.id)),
      td(esc(t.description)),
      td(t.keepsFacts ? 'yes' : 'code only'),
      td(`${t.sameCode}/${t.cases}`, held ? 'num ok' : 'num bad'),
      td(`${t.sameRoute}/${t.cases}`, 'num'),
      td(
        `${t.evidence.exact}/${t.evidence.total}`,
        t.evidence.exact === t.evidence.total ? 'num' : 'num bad',
      ),
      td(list(t.wrongCodesOutsideCoderReview), t.wrongCodesOutsideCoderReview.length > 0 ? 'bad' : 'muted'),
      td(t.findings ? `${t.findings.lost} / ${t.findings.extra}` : '—', 'num'),
      td(t.drafts ? `${t.drafts.hits}/${t.drafts.items}` : '—', 'num'),
      td(t.drafts ? `${t.drafts.keyHits}/${t.drafts.keyItems}` : '—', 'num'),
      td(list(t.codeChanged)),
      td(list(t.routeChanged)),
      ...(gate?.formats
        ? [
            td(
              c && c.worse.length > 0 ? esc(c.worse.join('; ')) : 'ok',
              c && c.worse.length > 0 ? 'bad' : 'ok',
            ),
          ]
        : []),
    ];
  });
  return `<section id="formats"><h2>Format robustness (metamorphic)</h2>
<p>${f.cases} cases, each rewritten by ${f.transforms.length} format transforms; a rewrite must keep the code the case has as written, and its route, its error and warning findings and its draft gold items where the transform keeps every fact.</p>
${tableHtml(['Transform', 'What it does', 'Keeps facts', 'Same code', 'Same route', 'Evidence exact', 'Wrong codes outside coder review', 'Findings lost / added', 'Draft items kept', 'Draft key items kept', 'Code changed', 'Route changed', ...(gate?.formats ? ['Gate'] : [])], rows)}</section>`;
}

function caseStatus(c: CaseRecord): string {
  return `<span class="badge ${c.passed ? 'pass' : 'fail'}">${c.passed ? 'pass' : c.error ? 'error' : 'fail'}</span>`;
}

function baselineCell(name: string, input: ReportInput): string {
  if (!input.gate || !input.baseline) return '';
  const diff = input.gate.caseDiffs.find((d) => d.name === name);
  if (input.gate.addedCases.includes(name)) return td('new case', 'muted');
  if (!diff) return td('unchanged', 'muted');
  return td(esc(diff.change), diff.change === 'improved' ? 'ok' : 'bad');
}

function casesTable(input: ReportInput): string {
  const withBaseline = Boolean(input.gate && input.baseline);
  const head = [
    'Case',
    'Result',
    'Expected code',
    'Decided code',
    'Missed',
    'False positives',
    'Wrong facts',
    'ms',
  ];
  if (withBaseline) head.push('vs baseline');
  const rows = input.results.cases
    .map((c) => {
      const cells = [
        td(`<a href="#case-${esc(c.name)}">${esc(c.name)}</a>`),
        td(caseStatus(c)),
        td(esc(c.expectedCode ?? 'none')),
        td(esc(c.gotCode ?? 'none'), c.codeCorrect ? 'ok' : 'bad'),
        td(esc(c.findings.falseNegatives.join(', ')), 'FN'),
        td(esc(c.findings.falsePositives.join(', ')), 'FP'),
        td(
          esc(
            c.facts
              .filter((f) => !f.correct)
              .map((f) => f.element)
              .join(', '),
          ),
        ),
        td(String(c.meta.durationMs), 'num'),
      ];
      if (withBaseline) cells.push(baselineCell(c.name, input));
      return `<tr data-case="${esc(c.name)}" class="${c.passed ? 'pass-row' : 'fail-row'}">${cells.join('')}</tr>`;
    })
    .join('');
  return `<section id="cases"><h2>Cases (${input.results.cases.length})</h2><table id="case-table"><thead><tr>${head
    .map((h) => th(esc(h)))
    .join('')}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function findingsTable(c: CaseRecord, run: CaseRun | undefined): string {
  const messages = (run?.result?.findings ?? []).map((f) => ({
    key: findingKey(f),
    text: `${f.severity}: ${f.message}`,
  }));
  const messageFor = (pattern: string): string =>
    messages.find((m) => matchesFinding(pattern, m.key))?.text ?? '';
  const rows: Array<{ key: string; expected: string; got: string; verdict: string; cls: string }> = [
    ...c.findings.truePositives.map((key) => ({
      key,
      expected: 'yes',
      got: 'yes',
      verdict: 'TP',
      cls: 'TP',
    })),
    ...c.findings.falseNegatives.map((key) => ({
      key,
      expected: 'yes',
      got: 'no',
      verdict: 'missed (FN)',
      cls: 'FN',
    })),
    ...c.findings.got
      .filter((key) => !c.findings.expected.some((p) => matchesFinding(p, key)))
      .map((key) =>
        c.findings.falsePositives.includes(key)
          ? { key, expected: 'no', got: 'yes', verdict: 'unexpected (FP)', cls: 'FP' }
          : { key, expected: 'allowed', got: 'yes', verdict: 'allowed', cls: 'allowed' },
      ),
    ...c.findings.info.map((key) => ({
      key,
      expected: '—',
      got: 'yes',
      verdict: 'info (not scored)',
      cls: 'info',
    })),
  ];
  if (rows.length === 0) return '<p class="muted">No findings expected, none produced.</p>';
  return tableHtml(
    ['Finding', 'Expected', 'Got', 'Verdict', 'Message'],
    rows.map((r) => [
      td(esc(r.key)),
      td(r.expected),
      td(r.got),
      td(r.verdict, r.cls),
      td(esc(messageFor(r.key)), 'muted'),
    ]),
    ' class="findings"',
  );
}

function caseDetail(c: CaseRecord, run: CaseRun | undefined, input: ReportInput): string {
  const decision = c.decision
    ? `<p>Claimed <strong>${esc(c.claimedCode ?? 'no claim')}</strong>; supported <strong class="${c.codeCorrect ? 'ok' : 'bad'}">${esc(c.decision.supported ?? 'none')}</strong> (basis ${esc(c.decision.basis)}, expected ${esc(c.expectedCode ?? 'none')}); documentation checked against ${esc(c.decision.checked ?? 'no code')}.${c.gotRoute ? ` Route <strong class="${!c.expectedRoute || c.expectedRoute === c.gotRoute ? 'ok' : 'bad'}">${esc(c.gotRoute)}</strong>${c.expectedRoute ? ` (expected ${esc(c.expectedRoute)})` : ''}.` : ''}</p>
<ol class="reasons">${c.decision.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>`
    : `<p class="bad">The case did not run: ${esc(c.error ? `${c.error.code}: ${c.error.message}` : 'no result')}.</p>`;
  const facts =
    c.facts.length === 0
      ? '<p class="muted">No expected facts.</p>'
      : tableHtml(
          ['Element', 'Expected', 'Got', ''],
          c.facts.map((f) => [
            td(esc(f.element)),
            td(esc(f.expected)),
            td(esc(f.got)),
            td(f.correct ? 'ok' : 'wrong', f.correct ? 'ok' : 'bad'),
          ]),
        );
  let baseline = '';
  if (input.gate && input.baseline) {
    const before = input.baseline.cases.find((b) => b.name === c.name);
    const diff = input.gate.caseDiffs.find((d) => d.name === c.name);
    baseline = `<h3>Against the baseline</h3>${
      !before
        ? '<p class="muted">Not in the baseline (new case).</p>'
        : `<p>Baseline: ${before.passed ? 'passed' : 'failed'}, decided ${esc(before.gotCode ?? 'none')}, missed ${esc(before.findings.falseNegatives.join(', ') || 'nothing')}, false positives ${esc(before.findings.falsePositives.join(', ') || 'none')}.</p>${
            diff
              ? `<ul class="baseline-diff">${diff.worse.map((w) => `<li class="bad">worse: ${esc(w)}</li>`).join('')}${diff.better.map((b) => `<li class="ok">better: ${esc(b)}</li>`).join('')}</ul>`
              : '<p class="muted">Unchanged.</p>'
          }`
    }`;
  }
  const transcript = run?.result
    ? highlightTranscript(run.transcript, [
        ...highlightsOf(run.transcript, run.result.facts, 'element'),
        ...highlightsOf(run.transcript, run.result.anatomy, 'feature'),
      ])
    : esc(run?.transcript ?? '');
  // The newline after <pre> is eaten by the HTML parser, so a transcript's own leading newline survives.
  return `<details id="case-${esc(c.name)}" data-case="${esc(c.name)}"${c.passed ? '' : ' open'}>
<summary>${caseStatus(c)} ${esc(c.name)}</summary>
<h3>Code decision</h3>${decision}
<h3>Findings: expected vs got</h3>${findingsTable(c, run)}
<h3>Facts</h3>${facts}
${baseline}
<div class="grid">
<div><h3>Transcript <span class="muted">(highlighted: evidence of documented facts; red: stated as not done)</span></h3>
<pre class="transcript" data-case="${esc(c.name)}">
${transcript}</pre></div>
<div>${draftHtml(c, run)}</div>
</div>
</details>`;
}

/** The case's operative-note draft (its Markdown source, escaped), its draft score and its queries. */
function draftHtml(c: CaseRecord, run: ReportInput['runs'][number] | undefined): string {
  const drafts = run?.result?.drafts;
  if (!drafts) return '<h3>Operative-note draft</h3><p class="muted">No draft (the case did not run).</p>';
  const d = c.drafts;
  const defects = d
    ? [
        ...d.sectionMisses.map((m) => `missing from its section: ${m}`),
        ...d.leaked.map((l) => `leaked: ${l}`),
        ...(d.ungrounded > 0 ? [`${d.ungrounded} ungrounded sentence(s)`] : []),
        ...(d.truncated > 0 ? [`${d.truncated} span(s) cut mid-word`] : []),
        ...d.queryViolations.map((q) => `query: ${q}`),
      ]
    : [];
  const score = d
    ? `<p>Gold section items ${d.sectionHits}/${d.sectionItems}${defects.length === 0 ? ', no defect.' : ':'}</p>${
        defects.length > 0
          ? `<ul class="draft-defects">${defects.map((x) => `<li class="bad">${esc(x)}</li>`).join('')}</ul>`
          : ''
      }`
    : '';
  const queries = drafts.queries
    .map(
      (q) =>
        `<details class="query"><summary>Query: ${esc(q.element)}</summary><pre class="draft">\n${esc(q.text)}</pre></details>`,
    )
    .join('');
  return `<h3>Operative-note draft <span class="muted">(Markdown as drafted; offsets point into the transcript)</span></h3>
${score}<pre class="draft" data-case="${esc(c.name)}">
${esc(drafts.operativeNote)}</pre>${queries}`;
}

/** Renders the report. Pure: the same input gives the same HTML. */
export function renderReportHtml(input: ReportInput): string {
  const { results } = input;
  const v = results.versions;
  const runs = new Map(input.runs.map((r) => [r.fixture.name, r]));
  const m = results.metrics;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>opnote eval: ${esc(results.suite.name)}</title><style>${CSS}</style></head>
<body>
<header><h1>opnote eval: suite ${esc(results.suite.name)}</h1>
<p>Extractor <strong>${esc(results.suite.extractor)}</strong> (${esc(results.suite.mode)}); ${m.cases.total} cases, <span class="ok">${m.cases.passed} passed</span>, <span class="${m.cases.total - m.cases.passed > 0 ? 'bad' : 'muted'}">${m.cases.total - m.cases.passed} not passed</span>${m.cases.errored > 0 ? `, ${m.cases.errored} errored` : ''}. Generated ${esc(results.generatedAt)}.</p>
<p class="muted">Versions: opnote ${esc(v.opnote)}, knowledge ${esc(v.knowledge ?? '—')}, prompt ${esc(v.prompt ?? '—')}, schema ${esc(v.schema ?? '—')}, model ${esc(v.model ?? '—')}, fixtures ${esc(v.fixtures)}.</p></header>
${input.gate ? gateSection(input.gate) : ''}
${metricsSection(results, input.gate)}
${mutationSection(results)}
${formatsSection(results, input.gate)}
${casesTable(input)}
${breakdownSections(results)}
<section id="case-details"><h2>Case details</h2>
${results.cases.map((c) => caseDetail(c, runs.get(c.name), input)).join('\n')}
</section>
</body></html>
`;
}
