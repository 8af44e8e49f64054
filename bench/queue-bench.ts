// Queue benchmark (not a test): worker processes against the simulated provider
// (src/testing/fake-openai-server.ts) through a real Redis queue. Ratios, not timings. Run:
//   node_modules/.bin/node bench/queue-bench.ts --mode cap   [--rpm 120 --notes 360 --workers 3 --concurrency 8 --latency 100]
//   node_modules/.bin/node bench/queue-bench.ts --mode nocap [--notes 600 --workers 3 --concurrency 32 --latency 100]
// cap:   throughput over the rate windows used, as a share of --rpm (goal >= 0.9), and the most requests
//        the provider saw in any sliding window of one minute, as a share of --rpm (goal <= 1.02).
// nocap: notes/s as a share of min(ideal = workers x concurrency / latency, the machine's CPU limit for
//        the pipeline), the CPU limit measured first: cores / CPU seconds per note (client pipeline and
//        simulated model, one process, no latency).
// --window-ms shortens the rate window (default 60000, a real minute) for a quick look; say so when quoting.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { createExtractor } from '../src/extract/registry.ts';
import { processNote } from '../src/pipeline/process.ts';
import { QUEUE_PREFIX } from '../src/queue/connection.ts';
import { enqueueNotes, followQueue } from '../src/queue/enqueue.ts';
import { identityOf } from '../src/store/identity.ts';
import { simulatedModel, startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';
import { generatedNote, seedNotes } from '../tests/support/batch-notes.ts';

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string', default: 'cap' },
    rpm: { type: 'string', default: '120' },
    notes: { type: 'string' },
    workers: { type: 'string', default: '3' },
    concurrency: { type: 'string' },
    latency: { type: 'string', default: '100' },
    'window-ms': { type: 'string', default: '60000' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
    store: { type: 'string' },
  },
});
const cap = args.mode === 'cap';
const rpm = Number(args.rpm);
const notes = Number(args.notes ?? (cap ? rpm * 3 : 600));
const workers = Number(args.workers);
const concurrency = Number(args.concurrency ?? (cap ? 8 : 32));
const latency = Number(args.latency);
const windowMs = Number(args['window-ms']);
const ROOT = new URL('../', import.meta.url).pathname;

/** CPU seconds a process has used (Linux /proc; 0 elsewhere). */
function processCpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds one note costs this machine end to end (openai client pipeline + simulated model), no latency. */
async function cpuPerNote(url: string, seeds: ReturnType<typeof seedNotes>, n = 60): Promise<number> {
  const extractor = createExtractor('openai', { apiKey: 'bench', baseURL: url, maxRetries: 0 });
  for (let i = 0; i < 5; i++) await processNote(generatedNote(seeds, i), { extractor });
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await processNote(generatedNote(seeds, 1000 + i), { extractor });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6 / n;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opnote-queue-bench-'));
  const seeds = seedNotes();
  const arrivals: number[] = [];
  const server = await startFakeOpenAIServer({
    latencyMs: latency,
    respond: (body) => {
      arrivals.push(Date.now());
      return simulatedModel(body);
    },
  });
  const name = `bench_${process.pid}`;
  const store = args.store ?? `sqlite:${join(dir, 'bench.db')}`;
  const children: ChildProcess[] = [];
  try {
    let cpuLimit = Number.POSITIVE_INFINITY;
    if (!cap) {
      const perNote = await cpuPerNote(server.url, seeds);
      cpuLimit = availableParallelism() / perNote;
      arrivals.length = 0;
      console.log(
        `CPU limit: ${availableParallelism()} cores / ${(perNote * 1000).toFixed(1)} ms CPU per note = ${cpuLimit.toFixed(1)} notes/s (load ${loadavg()[0]?.toFixed(1)})`,
      );
    }
    const benchCpuBefore = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
    const input = join(dir, 'notes.jsonl');
    writeFileSync(
      input,
      `${Array.from({ length: notes }, (_, i) => JSON.stringify(generatedNote(seeds, i))).join('\n')}\n`,
    );
    const extractor = createExtractor('openai', { apiKey: 'bench', baseURL: server.url });
    await enqueueNotes({
      url: args.redis as string,
      name,
      input,
      identity: identityOf(extractor),
      runId: 'bench',
    });
    const env = { ...process.env, OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: server.url };
    const workerArgs = [
      'worker',
      '--queue',
      args.redis as string,
      '--queue-name',
      name,
      '--store',
      store,
      '--concurrency',
      String(concurrency),
      '--window-ms',
      String(windowMs),
    ];
    if (cap) workerArgs.push('--rpm', String(rpm));
    for (let w = 0; w < workers; w++)
      children.push(
        spawn(process.execPath, [join(ROOT, 'bin/opnote.js'), ...workerArgs], {
          cwd: ROOT,
          env,
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
    const counts = await followQueue({ url: args.redis as string, name, intervalMs: 200 });
    const first = arrivals[0] ?? 0;
    const last = arrivals[arrivals.length - 1] ?? 0;
    console.log(
      `${workers} workers x concurrency ${concurrency}, latency ${latency} ms: ${counts.completed} notes done, ${counts.failed} failed, ${arrivals.length} provider requests`,
    );
    if (cap) {
      const windows = Math.max(1, Math.ceil((last - first + 1) / windowMs));
      const throughput = arrivals.length / windows;
      let maxInWindow = 0;
      for (let i = 0, j = 0; i < arrivals.length; i++) {
        while ((arrivals[i] as number) - (arrivals[j] as number) >= windowMs) j++;
        maxInWindow = Math.max(maxInWindow, i - j + 1);
      }
      const unit = windowMs === 60_000 ? 'minute' : `${windowMs} ms window (scaled minute)`;
      console.log(
        `cap R = ${rpm} per ${unit}: throughput ${throughput.toFixed(1)} per window over ${windows} windows = ${(throughput / rpm).toFixed(3)} of R (goal >= 0.9)`,
      );
      console.log(
        `most requests in any sliding window: ${maxInWindow} = ${(maxInWindow / rpm).toFixed(3)} of R (goal <= 1.02)`,
      );
    } else {
      const seconds = (last - first) / 1000 + latency / 1000;
      const rate = arrivals.length / seconds;
      const ideal = (workers * concurrency * 1000) / latency;
      const target = Math.min(ideal, cpuLimit);
      const workerCpu = children.reduce((n, c) => n + processCpuSeconds(c.pid), 0);
      const serverCpu = (process.cpuUsage().user + process.cpuUsage().system) / 1e6 - benchCpuBefore;
      const done = Math.max(1, arrivals.length);
      const perNote = (workerCpu + serverCpu) / done;
      console.log(
        `measured CPU per note on the queue path: ${(perNote * 1000).toFixed(1)} ms (workers ${((workerCpu / done) * 1000).toFixed(1)} ms with BullMQ and store writes; this process ${((serverCpu / done) * 1000).toFixed(1)} ms: simulated model, enqueue; Redis not counted): CPU limit of this path ${(availableParallelism() / perNote).toFixed(1)} notes/s, reached ${(rate / (availableParallelism() / perNote)).toFixed(3)}; cores used ${(perNote * rate).toFixed(2)} of ${availableParallelism()} (load average ${loadavg()[0]?.toFixed(1)})`,
      );
      console.log(
        `throughput ${rate.toFixed(1)} notes/s; ideal ${ideal.toFixed(0)}, CPU limit ${cpuLimit.toFixed(1)}: ${(rate / target).toFixed(3)} of min(ideal, CPU limit) (goal >= 0.9)`,
      );
    }
  } finally {
    for (const c of children) {
      if (c.exitCode === null) {
        const exited = once(c, 'exit');
        c.kill('SIGTERM');
        await exited;
      }
    }
    const queue = new Queue(name, { connection: { url: args.redis as string }, prefix: QUEUE_PREFIX });
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
