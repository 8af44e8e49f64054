/**
 * Worklist query timings on a large SQLite store: `node bench/worklist.ts [notes]` (default 100,000).
 * Rows are written straight into the tables (processings and worklist), then each listing the app
 * makes is timed (median of 5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openStore } from '../src/store/open.ts';
import { ROUTE_RANK } from '../src/store/worklist.ts';

const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'opnote-bench-worklist-'));
const file = join(dir, 'w.db');
(await openStore(`sqlite:${file}`)).close();
const db = new DatabaseSync(file);
const routes = Object.keys(ROUTE_RANK);
const findings = ['level.mismatch', 'element.missing:margins', 'ncci.ptp-bundled', 'modifier.invalid'];
const now = new Date().toISOString();
db.exec('BEGIN');
const p = db.prepare(
  `INSERT INTO processings (id, note_id, input_hash, pipeline_key, extractor, versions, status, created_at)
   VALUES (?, ?, 'h', 'k', 'rules', '{}', 'ok', ?)`,
);
const w = db.prepare(
  `INSERT INTO worklist (note_id, processing_id, status, route, route_rank, claimed_code, supported_code, findings,
   payment_difference, stake, review_state, updated_at) VALUES (?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const f = db.prepare('INSERT INTO worklist_findings (finding, note_id) VALUES (?, ?)');
for (let i = 1; i <= n; i++) {
  const id = `n-${i}`;
  const route = routes[i % 4] as string;
  const finding = findings[i % findings.length] as string;
  const diff = ((i * 7919) % 2000) - 1000;
  p.run(i, id, now);
  w.run(
    id,
    i,
    route,
    ROUTE_RANK[route] ?? 9,
    '27365',
    i % 3 ? '27290' : '27365',
    JSON.stringify([finding]),
    diff,
    Math.abs(diff),
    i % 10 ? 'open' : 'reviewed',
    now,
  );
  f.run(finding, id);
}
db.exec('COMMIT');
db.close();
const store = await openStore(`sqlite:${file}`);
const cases: Array<[string, Parameters<typeof store.listNotes>[0]]> = [
  ['open worklist, first page', { review: 'open' }],
  ['route=coder-review', { review: 'open', route: 'coder-review' }],
  ['finding=level.mismatch', { review: 'open', finding: 'level.mismatch' }],
  ['code=27365', { review: 'open', code: '27365' }],
  ['page 1000 (offset 49,950)', { review: 'open', offset: 49_950 }],
];
for (const [name, query] of cases) {
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    await store.listNotes(query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(28)} ${times[2]?.toFixed(1)} ms (median of 5, ${n} notes)`);
}
await store.close();
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
else console.log(file);
