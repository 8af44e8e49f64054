// Load test of `opnote serve` (not a test): requests per second and p50/p99 latency over real HTTP on
// 127.0.0.1, against the rules extractor and against the simulated LLM server, each next to the bare
// pipeline (processNote in a loop) so the HTTP overhead shows as a ratio.
// Run: node_modules/.bin/node bench/serve-load.ts [options]
//   --duration 5        seconds per measured run
//   --connections 16    concurrent HTTP connections (autocannon)
//   --latency 200       simulated LLM latency in ms (plus --jitter 50)
//   --bound 8           server --max-concurrent for the LLM run (the bare run uses the same concurrency)
//   --fixture a-27290-classic-formatted
//   --scenarios throughput,healthz   which parts to run
//   --heavy 8           heavy notes sent at once in the healthz scenario (200k characters of a dense pattern)
//   --heavy-seconds 30  the longest the healthz scenario waits for them
//   --workers n         passed to opnote serve (default: its own default; 0 runs the pipeline in-process)
// The healthz scenario measures /healthz latency while heavy notes are processed, as a ratio to idle:
// near 1 when the pipeline runs off the event loop, in the hundreds or more when it blocks it.
// The server is the CLI as a user runs it (a child process, JSON logs at info to /dev/null); the load
// generator and the simulated LLM server run in this process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/extract/registry.ts';
import type { Extractor } from '../src/extract/types.ts';
import { processNote } from '../src/pipeline/process.ts';
import { startFakeOpenAIServer } from '../src/testing/fake-openai-server.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    latency: { type: 'string', default: '200' },
    jitter: { type: 'string', default: '50' },
    bound: { type: 'string', default: '8' },
    fixture: { type: 'string', default: 'a-27290-classic-formatted' },
    scenarios: { type: 'string', default: 'throughput,healthz' },
    heavy: { type: 'string', default: '8' },
    'heavy-seconds': { type: 'string', default: '30' },
    workers: { type: 'string' },
  },
});
const scenarios = new Set(args.scenarios.split(','));
const workerArgs = args.workers === undefined ? [] : ['--workers', args.workers];
const durationS = Number(args.duration);
const connections = Number(args.connections);
const bound = Number(args.bound);

const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'bench-token-0123456789abcdef';
const dir = join(ROOT, 'fixtures', args.fixture);
const transcript = readFileSync(join(dir, 'transcript.txt'), 'utf8');
const claimPath = join(dir, 'claim.json');
const claim: unknown = existsSync(claimPath) ? JSON.parse(readFileSync(claimPath, 'utf8')) : undefined;

/** The subset of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** processNote in `concurrency` loops for the duration: the pipeline without HTTP. */
async function bare(name: string, extractor: Extractor, concurrency: number): Promise<Row> {
  const latencies: number[] = [];
  const end = performance.now() + durationS * 1000;
  const started = performance.now();
  const loop = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await processNote({ transcript, ...(claim === undefined ? {} : { claim }) }, { extractor });
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    rps: latencies.length / elapsedS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failed: 0,
  };
}

/** Starts `opnote serve` on a free loopback port and resolves with its URL. */
function serve(args: string[], env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    join(ROOT, 'node_modules/.bin/node'),
    ['bin/opnote.js', 'serve', '--port', '0', '--host', '127.0.0.1', ...workerArgs, ...args],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', OPNOTE_API_TOKENS: TOKEN, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString('utf8');
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`opnote serve exited ${code}: ${err}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function load(name: string, url: string, extractor: string): Promise<Row> {
  const result = await autocannon({
    url: `${url}/v1/notes`,
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ transcript, ...(claim === undefined ? {} : { claim }), extractor }),
    connections,
    duration: durationS,
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits).padStart(9);
function print(rows: Row[], ratios: Array<[string, number]>): void {
  console.log(`\n${'scenario'.padEnd(52)}    req/s   p50 ms   p99 ms  failed`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(52)}${fmt(r.rps)}${fmt(r.p50, 2)}${fmt(r.p99, 2)}${String(r.failed).padStart(8)}`,
    );
  for (const [label, ratio] of ratios) console.log(`${label.padEnd(52)}${fmt(ratio, 2)}`);
}

/** One GET /healthz, in ms (a failure counts as NaN). */
async function healthLatency(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${url}/healthz`).catch(() => undefined);
  await res?.arrayBuffer();
  return res?.status === 200 ? performance.now() - t : Number.NaN;
}

/**
 * /healthz latency idle, then while `--heavy` notes of 200k characters (a dense pattern, seconds of
 * rules work each) are processed: p50 and max, and their ratios to idle.
 */
async function healthUnderLoad(): Promise<void> {
  const heavyCount = Number(args.heavy);
  const heavyText = 'the femur was cut and '.repeat(10_000).slice(0, 200_000);
  const server = await serve(['--timeout', '600000', '--no-auth'], {});
  await healthLatency(server.url);
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) idle.push(await healthLatency(server.url));
  const controller = new AbortController();
  let pending = heavyCount;
  const t0 = performance.now();
  const heavy = Array.from({ length: heavyCount }, () =>
    fetch(`${server.url}/v1/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transcript: heavyText }),
      signal: controller.signal,
    })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined)
      .finally(() => {
        pending--;
      }),
  );
  const timer = setTimeout(() => controller.abort(), Number(args['heavy-seconds']) * 1000);
  const loaded: number[] = [];
  await new Promise((r) => setTimeout(r, 200)); // let the heavy notes arrive
  while (pending > 0 && !controller.signal.aborted) {
    loaded.push(await healthLatency(server.url));
    await new Promise((r) => setTimeout(r, 50));
  }
  const heavySeconds = (performance.now() - t0) / 1000;
  clearTimeout(timer);
  controller.abort();
  await Promise.all(heavy);
  await stop(server.child);
  const sorted = (xs: number[]) => xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const i = sorted(idle);
  const l = sorted(loaded);
  const p50Idle = percentile(i, 50);
  const p50Load = percentile(l, 50);
  const maxIdle = i[i.length - 1] ?? Number.NaN;
  const maxLoad = l[l.length - 1] ?? Number.NaN;
  console.log(
    `\n/healthz under ${heavyCount} heavy notes (workers: ${args.workers ?? 'serve default'}; heavy phase ${heavySeconds.toFixed(1)} s, ${loaded.length} probes, ${loaded.length - l.length} failed)`,
  );
  console.log(`${'healthz idle: p50 / max ms'.padEnd(52)}${fmt(p50Idle, 2)}${fmt(maxIdle, 2)}`);
  console.log(`${'healthz under heavy load: p50 / max ms'.padEnd(52)}${fmt(p50Load, 2)}${fmt(maxLoad, 2)}`);
  console.log(`${'ratio healthz heavy/idle, p50'.padEnd(52)}${fmt(p50Load / p50Idle, 2)}`);
  console.log(`${'ratio healthz heavy/idle, max'.padEnd(52)}${fmt(maxLoad / maxIdle, 2)}`);
}

console.log(
  `opnote serve load test: ${durationS} s per run, ${connections} connections, fixture ${args.fixture} ` +
    `(${transcript.length} chars), node ${process.version}`,
);

if (scenarios.has('throughput')) {
  // Warm-up so the first run does not pay for compilation.
  await bare('warm-up', createExtractor('rules'), 1).catch(() => undefined);

  const rules = createExtractor('rules');
  const bareRules = await bare('bare processNote, rules (1 loop)', rules, 1);
  const rulesServer = await serve([], {});
  await load('warm-up', rulesServer.url, 'rules');
  const servedRules = await load(`serve, rules (${connections} connections)`, rulesServer.url, 'rules');
  await stop(rulesServer.child);

  const fake = await startFakeOpenAIServer({
    latencyMs: Number(args.latency),
    jitterMs: Number(args.jitter),
  });
  const openai = createExtractor('openai', { apiKey: 'bench', baseURL: fake.url, maxRetries: 0 });
  const bareLlm = await bare(`bare processNote, openai -> fake LLM (${bound} loops)`, openai, bound);
  const llmServer = await serve(
    ['--extractor', 'openai', '--max-concurrent', String(bound), '--max-queue', String(connections)],
    {
      OPENAI_API_KEY: 'bench',
      OPENAI_BASE_URL: fake.url,
    },
  );
  const servedLlm = await load(
    `serve, openai -> fake LLM (${connections} conns, bound ${bound})`,
    llmServer.url,
    'openai',
  );
  await stop(llmServer.child);
  await fake.close();

  print(
    [bareRules, servedRules, bareLlm, servedLlm],
    [
      ['ratio serve/bare, rules (req/s)', servedRules.rps / bareRules.rps],
      ['ratio serve/bare, simulated LLM (req/s)', servedLlm.rps / bareLlm.rps],
    ],
  );
  console.log(
    `\nsimulated LLM: ${args.latency} ms + 0..${args.jitter} ms per call; the ideal for bound ${bound} is ` +
      `${((bound * 1000) / (Number(args.latency) + Number(args.jitter) / 2)).toFixed(1)} req/s`,
  );
}
if (scenarios.has('healthz')) await healthUnderLoad();
