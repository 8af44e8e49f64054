// Batch benchmark (not a test): throughput against the ideal, peak memory at two input sizes, and the
// rules pipeline cost per note. Run: node_modules/.bin/node bench/batch-bench.ts [options]
//   --sizes 10000,100000   notes per run (each run is its own child process, so peak RSS is its own; 0 = none)
//   --via fake|openai      fake: in-process extractor that answers rules facts after the latency;
//                          openai: the openai extractor against the local fake OpenAI server (HTTP)
//   --concurrency 32 --latency 100 --jitter 0 --rate-limit-every 0 --rpm 0 --tpm 0
//   --threads <cores>      pipeline worker threads of the batch (1 = in-process, as before)
//   --rules-notes 2000     notes timed through processNote with the rules extractor, one core: the CPU
//                          cost per note, from which the machine's CPU limit is computed (cores / cost)
//   --keep                 keep the generated input and results (in the printed temp directory)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBatch } from '../src/batch/run.ts';
import { createExtractor } from '../src/extract/registry.ts';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.ts';
import type { Extractor } from '../src/extract/types.ts';
import { createPipelinePool, type PipelinePool, type WorkerExtractor } from '../src/pipeline/pool/pool.ts';
import { processNote } from '../src/pipeline/process.ts';
import { startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';
import { generatedNote, seedNotes, writeNotesJsonl } from '../tests/support/batch-notes.ts';
import { createFakeExtractor } from '../tests/support/fake-extractors.ts';

const { values: args } = parseArgs({
  options: {
    child: { type: 'boolean', default: false },
    input: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
    sizes: { type: 'string', default: '10000,100000' },
    via: { type: 'string', default: 'fake' },
    concurrency: { type: 'string', default: '32' },
    latency: { type: 'string', default: '100' },
    jitter: { type: 'string', default: '0' },
    'rate-limit-every': { type: 'string', default: '0' },
    rpm: { type: 'string', default: '0' },
    tpm: { type: 'string', default: '0' },
    'rules-notes': { type: 'string', default: '2000' },
    threads: { type: 'string', default: String(availableParallelism()) },
    keep: { type: 'boolean', default: false },
  },
});
const num = (name: keyof typeof args): number => Number(args[name]);

interface ChildReport {
  notes: number;
  failed: number;
  elapsedMs: number;
  notesPerSecond: number;
  maxRssMb: number;
  cpuMsPerNote: number;
  retries: number;
  /**
   * Mean duration of one extractor call as the batch saw it (server latency plus event-loop delays; with
   * threads, the time the call held its limiter slot, from the main thread's go to the answer back).
   */
  meanCallMs: number;
  /** Messages between the main thread and the workers per note (with threads). */
  messagesPerNote?: number;
}

/** Child: one batch run, reported as JSON on stdout. */
async function child(): Promise<void> {
  const latency = num('latency');
  const jitter = num('jitter');
  const every = num('rate-limit-every');
  let extractor: Extractor;
  let workerExtractor: WorkerExtractor;
  const openaiConfig = { apiKey: 'bench', baseURL: args.url as string, maxRetries: 0 };
  if (args.via === 'openai') {
    extractor = createExtractor('openai', openaiConfig);
    workerExtractor = 'openai';
  } else if (args.via === 'rules') {
    extractor = createRulesExtractor();
    workerExtractor = 'rules';
  } else {
    const fake = { delayMs: latency, jitterMs: jitter, ...(every > 0 ? { rateLimitEvery: every } : {}) };
    extractor = createFakeExtractor(fake);
    // The worker threads build the same fake from its module (an object cannot cross threads).
    workerExtractor = {
      module: new URL('../tests/support/fake-extractors.ts', import.meta.url).href,
      export: 'createFakeExtractor',
      options: fake,
    };
  }
  // Time each provider call, so the report can separate the provider's real latency from batch overhead.
  const inner = extractor;
  let callMs = 0;
  let calls = 0;
  extractor = {
    name: inner.name,
    async extract(transcript, options) {
      const t = performance.now();
      try {
        return await inner.extract(transcript, options);
      } finally {
        callMs += performance.now() - t;
        calls += 1;
      }
    },
  };
  // With threads, the provider call is made on a worker when the main thread's limiter lets it through:
  // the time it holds its limiter slot is timed on the main thread, from the limiter's go to the answer
  // arriving here. The pool starts with the first note, as the batch's own would.
  const threads = num('threads');
  let started: PipelinePool | undefined;
  const pool = (): PipelinePool => {
    started ??= createPipelinePool({ size: threads, extractorConfig: openaiConfig });
    return started;
  };
  const timedPool: PipelinePool | undefined =
    threads > 1
      ? {
          run: (job, signal, extract) => pool().run(job, signal, extract),
          runLine: (job, signal, extract) =>
            pool().runLine(job, signal, (transcript, call) =>
              (extract ?? ((_t, c) => c()))(transcript, async () => {
                const t = performance.now();
                try {
                  return await call();
                } finally {
                  callMs += performance.now() - t;
                  calls += 1;
                }
              }),
            ),
          stats: () => pool().stats(),
          messages: () => pool().messages(),
          close: async () => {
            await started?.close();
          },
        }
      : undefined;
  const cpu0 = process.cpuUsage();
  const { summary } = await runBatch({
    input: args.input as string,
    out: args.out as string,
    extractor,
    threads,
    ...(timedPool ? { pool: timedPool } : {}),
    workerExtractor,
    extractorConfig: openaiConfig,
    concurrency: num('concurrency'),
    ...(num('rpm') > 0 ? { rpm: num('rpm') } : {}),
    ...(num('tpm') > 0 ? { tpm: num('tpm') } : {}),
  });
  const messages = started?.messages();
  await timedPool?.close();
  const cpu = process.cpuUsage(cpu0);
  const done = summary.notes.processed + summary.notes.failed;
  const report: ChildReport = {
    notes: summary.notes.processed,
    failed: summary.notes.failed,
    elapsedMs: summary.elapsedMs,
    notesPerSecond: (done / summary.elapsedMs) * 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMsPerNote: (cpu.user + cpu.system) / 1000 / done,
    retries: summary.retries,
    meanCallMs: calls > 0 ? callMs / calls : 0,
    ...(messages === undefined ? {} : { messagesPerNote: messages / done }),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(extra: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const argv = process.argv.slice(2).filter((a) => a !== '--keep');
    const p = spawn(process.execPath, [new URL(import.meta.url).pathname, ...argv, '--child', ...extra], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as ChildReport);
      else reject(new Error(`bench child exited with ${code}`));
    });
  });
}

/**
 * Pipeline cost per note: processNote sequentially (one core), after a warm-up, with the rules extractor
 * (the fake answers the rules facts, so it costs the same CPU) or the openai one against a simulated
 * provider without latency in this process (client and server CPU both count).
 */
async function pipelineCost(count: number, extractor: Extractor): Promise<{ wallMs: number; cpuMs: number }> {
  const seeds = seedNotes();
  for (let i = 0; i < 200; i++) await processNote(generatedNote(seeds, i), { extractor });
  const notes = Array.from({ length: count }, (_, i) => generatedNote(seeds, 1_000 + i));
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  for (const note of notes) await processNote(note, { extractor });
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: (performance.now() - started) / count, cpuMs: (cpu.user + cpu.system) / 1000 / count };
}

async function parent(): Promise<void> {
  const sizes = (args.sizes as string)
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const concurrency = num('concurrency');
  const meanLatencyS = (num('latency') + num('jitter') / 2) / 1000;
  const byConcurrency = concurrency / meanLatencyS;
  const rpm = num('rpm');
  const ideal = rpm > 0 ? Math.min(byConcurrency, rpm / 60) : byConcurrency;
  const cores = availableParallelism();
  const costNotes = Math.max(200, num('rules-notes'));
  let cost: { wallMs: number; cpuMs: number };
  if (args.via === 'openai') {
    const quick = await startFakeOpenAIServer({ latencyMs: 0 });
    try {
      cost = await pipelineCost(
        Math.min(costNotes, 300),
        createExtractor('openai', { apiKey: 'bench', baseURL: quick.url, maxRetries: 0 }),
      );
    } finally {
      await quick.close();
    }
  } else cost = await pipelineCost(costNotes, createRulesExtractor());
  const cpuLimit = (cores * 1000) / cost.cpuMs;
  const target = Math.min(ideal, cpuLimit);
  const dir = mkdtempSync(join(tmpdir(), 'opnote-bench-'));
  const server =
    args.via === 'openai'
      ? await startFakeOpenAIServer({
          latencyMs: num('latency'),
          jitterMs: num('jitter'),
          ...(num('rate-limit-every') > 0 ? { rateLimitEvery: num('rate-limit-every') } : {}),
        })
      : undefined;
  console.log(
    `opnote batch bench: via ${args.via}, concurrency ${concurrency}, latency ${num('latency')} ms (+0..${num('jitter')} jitter)` +
      `${rpm > 0 ? `, rpm ${rpm}` : ''}${num('rate-limit-every') > 0 ? `, 429 every ${num('rate-limit-every')}` : ''}; ` +
      `ideal ${ideal.toFixed(1)} notes/s (${rpm > 0 && rpm / 60 < byConcurrency ? 'rpm cap' : 'concurrency / latency'}); node ${process.version}; load average ${loadavg()[0]?.toFixed(2)} on ${cores} cores; work dir ${dir}`,
  );
  console.log(
    `  CPU limit: ${cores} cores x ${(1000 / cost.cpuMs).toFixed(1)} notes/s per core (${cost.cpuMs.toFixed(2)} ms CPU per note, ${args.via === 'openai' ? 'openai client + simulated provider' : 'rules pipeline'}, one core) = ${cpuLimit.toFixed(1)} notes/s; ` +
      `target min(ideal, CPU limit) = ${target.toFixed(1)} notes/s; batch threads ${num('threads')}`,
  );
  const reports: Array<{ size: number; r: ChildReport }> = [];
  try {
    for (const size of sizes) {
      const input = join(dir, `notes-${size}.jsonl`);
      if (!existsSync(input)) await writeNotesJsonl(input, size);
      const out = join(dir, `results-${size}.jsonl`);
      rmSync(out, { force: true });
      rmSync(out.replace(/\.jsonl$/, '.errors.jsonl'), { force: true });
      const parentCpu = process.cpuUsage();
      const r = await runChild(['--input', input, '--out', out, ...(server ? ['--url', server.url] : [])]);
      const serverCpu = process.cpuUsage(parentCpu);
      reports.push({ size, r });
      console.log(
        `  ${String(size).padStart(7)} notes: ${r.notesPerSecond.toFixed(1)} notes/s = ${(r.notesPerSecond / target).toFixed(3)} of min(ideal, CPU limit), ${(r.notesPerSecond / ideal).toFixed(3)} of ideal; ` +
          (r.meanCallMs > 0
            ? `(${(r.notesPerSecond / (concurrency / (r.meanCallMs / 1000))).toFixed(3)} of concurrency / observed call latency ${r.meanCallMs.toFixed(1)} ms); `
            : '') +
          `peak RSS ${r.maxRssMb.toFixed(0)} MB; CPU ${r.cpuMsPerNote.toFixed(2)} ms/note; ` +
          (r.messagesPerNote === undefined ? '' : `${r.messagesPerNote.toFixed(2)} thread messages/note; `) +
          `${r.failed} failed, ${r.retries} retries; ` +
          `input ${(statSync(input).size / 1e6).toFixed(0)} MB, results ${(statSync(out).size / 1e6).toFixed(0)} MB` +
          (server
            ? `; fake server CPU ${((serverCpu.user + serverCpu.system) / 1000 / (r.notes + r.failed + r.retries)).toFixed(2)} ms/request`
            : ''),
      );
    }
  } finally {
    await server?.close();
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
  if (reports.length >= 2) {
    const first = reports[0] as { size: number; r: ChildReport };
    const last = reports.at(-1) as { size: number; r: ChildReport };
    console.log(
      `  peak memory ${last.size} vs ${first.size} notes: ${(last.r.maxRssMb / first.r.maxRssMb).toFixed(2)}x (target <= 1.5x)`,
    );
  }
  if (reports.length > 0) {
    const minRatio = Math.min(...reports.map(({ r }) => r.notesPerSecond / target));
    console.log(`  throughput: worst ${minRatio.toFixed(3)} of min(ideal, CPU limit) (goal >= 0.9)`);
  }
  if (args.via === 'openai') return;
  console.log(
    `  rules pipeline (processNote, rules extractor, one core): ${cost.wallMs.toFixed(3)} ms/note wall, ` +
      `${cost.cpuMs.toFixed(3)} ms/note CPU (target <= 2 ms); load average ${loadavg()[0]?.toFixed(2)} on ${cores} cores`,
  );
}

if (args.child) await child();
else await parent();
