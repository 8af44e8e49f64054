// Summarises an `opnote eval` results.json for a blind set (evals/blind-kit/measure.sh). MISSES=1 prints the misses (never on holdouts).
import { readFileSync } from 'node:fs';
const [resultsPath, label] = process.argv.slice(2);
const r = JSON.parse(readFileSync(resultsPath, 'utf8'));
const cases = r.cases;
const n = cases.length;
const codeRight = cases.filter((c) => (c.expectedCode ?? null) === (c.gotCode ?? null)).length;
const routeRight = cases.filter((c) => c.expectedRoute === c.gotRoute).length;
const wrong = cases.filter((c) => (c.gotCode ?? null) !== null && c.gotCode !== (c.expectedCode ?? null) && c.gotRoute !== 'coder-review');
const clean = cases.filter((c) => c.expectedRoute === 'ready' || c.expectedRoute === 'fix-claim');
const cleanOk = clean.filter((c) => c.gotRoute === 'ready' || c.gotRoute === 'fix-claim').length;
const f = r.metrics.findings;
const d = r.metrics.drafts?.keySectionRecall;
const errored = cases.filter((c) => c.error).length;
const fmt = (x) => (x == null ? '—' : x.toFixed(2));
const row = { label, n, codeRight, codeAcc: codeRight / n, routeRight, wrongOutsideCR: wrong.length, f1: f.f1, p: f.precision, rcl: f.recall, keyDraft: d ? `${d.correct}/${d.total}` : '—', clean: `${cleanOk}/${clean.length}`, errored };
console.log(`${label}: n ${n} | code ${codeRight} (${fmt(codeRight / n)}) | route ${routeRight} | wrong outside CR ${wrong.length} | F1 ${fmt(f.f1)} (${fmt(f.precision)} / ${fmt(f.recall)}) | key draft ${row.keyDraft} | clean→ready/fix ${row.clean}${errored ? ` | errored ${errored}` : ''}`);
if (process.env.MISSES === '1') {
  for (const c of cases) {
    const codeOk = (c.expectedCode ?? null) === (c.gotCode ?? null);
    const fn = c.findings?.falseNegatives ?? [];
    const fp = c.findings?.falsePositives ?? [];
    if (codeOk && c.expectedRoute === c.gotRoute && fn.length === 0 && fp.length === 0) continue;
    console.log(`  ${c.name}: code ${c.expectedCode}→${c.gotCode} route ${c.expectedRoute}→${c.gotRoute}${fn.length ? ` FN ${fn.join(',')}` : ''}${fp.length ? ` FP ${fp.join(',')}` : ''}`);
  }
}
import { writeFileSync } from 'node:fs';
if (process.env.ROW_OUT) writeFileSync(process.env.ROW_OUT, JSON.stringify({ ...row, cases: cases.map((c) => ({ name: c.name, expectedCode: c.expectedCode, gotCode: c.gotCode, expectedRoute: c.expectedRoute, gotRoute: c.gotRoute })) }, null, 2));
