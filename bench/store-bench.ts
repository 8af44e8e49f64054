// Store benchmark (not a test): write cost per note on SQLite and PostgreSQL, and peak memory at two
// sizes (each size in its own child process, so its peak RSS is its own). Run:
//   node_modules/.bin/node bench/store-bench.ts [--sizes 10000,100000] [--engines sqlite,postgres]
//     [--pg postgres://postgres@127.0.0.1:5432/test] [--in-flight 8]
// Writes one real rules result per note (its note id and transcript varied), then exports every note
// back through the paged reader, as `opnote export` does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import { processNote } from '../src/pipeline/process.ts';
import { identityOf } from '../src/store/identity.ts';
import { openStore } from '../src/store/open.ts';
import { exportLine } from '../src/store/sql-store.ts';
import { generatedNote, seedNotes } from '../tests/support/batch-notes.ts';

const { values: args } = parseArgs({
  options: {
    child: { type: 'boolean', default: false },
    engine: { type: 'string' },
    size: { type: 'string' },
    url: { type: 'string' },
    sizes: { type: 'string', default: '10000,100000' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
    'in-flight': { type: 'string', default: '8' },
  },
});

interface Report {
  engine: string;
  notes: number;
  writeMsPerNote: number;
  exportMsPerNote: number;
  maxRssMb: number;
  exported: number;
}

async function child(): Promise<void> {
  const n = Number(args.size);
  const inFlight = Number(args['in-flight']);
  const store = await openStore(args.url as string);
  const extractor = createRulesExtractor();
  const identity = identityOf(extractor);
  const seeds = seedNotes();
  const base = generatedNote(seeds, 0);
  const { id: _id, ...result } = await processNote(base, { extractor });
  let maxRss = process.memoryUsage().rss;
  const sample = (): void => {
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  for (let i = 0; i < n; i += inFlight) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + inFlight); j++)
      batch.push(
        store.record({
          noteId: `n-${String(j).padStart(7, '0')}`,
          transcript: `${base.transcript}\nref ${j}`,
          claim: base.claim,
          identity,
          outcome: { result },
          actor: 'bench',
        }),
      );
    await Promise.all(batch);
  }
  const wrote = performance.now();
  let exported = 0;
  for await (const p of store.exportLatest()) {
    JSON.stringify(exportLine(p).record);
    exported += 1;
  }
  const read = performance.now();
  clearInterval(timer);
  sample();
  await store.close();
  const report: Report = {
    engine: String(args.engine),
    notes: n,
    writeMsPerNote: (wrote - started) / n,
    exportMsPerNote: (read - wrote) / n,
    maxRssMb: maxRss / 2 ** 20,
    exported,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(engine: string, size: number, url: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const c = spawn(
      process.execPath,
      [
        import.meta.filename,
        '--child',
        '--engine',
        engine,
        '--size',
        String(size),
        '--url',
        url,
        '--in-flight',
        String(args['in-flight']),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    c.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    c.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Report) : reject(new Error(`child exited ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const sizes = String(args.sizes).split(',').map(Number);
  const engines = String(args.engines).split(',');
  const dir = mkdtempSync(join(tmpdir(), 'opnote-store-bench-'));
  console.log(
    `store bench: ${availableParallelism()} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; in flight ${args['in-flight']}`,
  );
  const reports: Report[] = [];
  try {
    for (const engine of engines)
      for (const size of sizes) {
        const schema = `store_bench_${process.pid}_${size}`;
        const url =
          engine === 'sqlite' ? `sqlite:${join(dir, `bench-${size}.db`)}` : `${args.pg}?schema=${schema}`;
        try {
          const r = await runChild(engine, size, url);
          reports.push(r);
          console.log(
            `${engine.padEnd(8)} ${String(size).padStart(7)} notes: write ${r.writeMsPerNote.toFixed(3)} ms/note, export ${r.exportMsPerNote.toFixed(3)} ms/note, peak RSS ${r.maxRssMb.toFixed(0)} MB (exported ${r.exported})`,
          );
        } finally {
          if (engine === 'postgres') {
            const c = new pg.Client({ connectionString: args.pg });
            await c.connect();
            await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
            await c.end();
          }
        }
      }
    for (const engine of engines) {
      const rs = reports.filter((r) => r.engine === engine).sort((a, b) => a.notes - b.notes);
      if (rs.length >= 2) {
        const first = rs[0] as Report;
        const last = rs[rs.length - 1] as Report;
        console.log(
          `${engine}: peak RSS ${last.notes}/${first.notes} notes = ${(last.maxRssMb / first.maxRssMb).toFixed(2)} (flat is about 1), write cost ratio ${(last.writeMsPerNote / first.writeMsPerNote).toFixed(2)}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (args.child) await child();
else await main();
