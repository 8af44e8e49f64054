import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { createExtractor } from '../../extract/registry.ts';
import { loadEnvConfig, loadKnowledgeOption, resolveMaxChars } from '../config.ts';
import { DEFAULT_QUEUE_NAME } from '../queue-batch.ts';
import { addStoreOptions, openStoreFromFlags, type StoreFlags } from '../store-flags.ts';

interface WorkerFlags extends StoreFlags {
  queue?: string;
  queueName?: string;
  concurrency?: string;
  rpm?: string;
  tpm?: string;
  lockMs?: string;
  windowMs?: string;
  templates?: string;
  knowledge?: string;
  maxChars?: string;
}

function intFlag(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${flag} expects a whole number of at least ${min}; got "${value}"`);
  return n;
}

/** `opnote worker --queue redis://… --store …`: process queued notes until SIGTERM (which finishes the jobs in hand). */
export function registerWorkerCommand(program: Command): void {
  const command = program
    .command('worker')
    .description(
      'Process notes queued by `opnote batch --queue`, on any number of machines, writing each to the store once. SIGTERM finishes the jobs in hand.',
    )
    .option('--queue <url>', 'required: the Redis of the queue, redis://host:port')
    .option('--queue-name <name>', `queue name (default ${DEFAULT_QUEUE_NAME})`)
    .option('--concurrency <n>', 'notes in hand at once in this worker (default 4)')
    .option('--rpm <n>', 'requests per minute shared by all workers of the queue (default none)')
    .option(
      '--tpm <n>',
      'tokens per minute shared by all workers of the queue, counted with the model tokenizer (default none)',
    )
    .option('--lock-ms <ms>', "a dead worker's jobs are taken over after this (default 30000)")
    .option(
      '--window-ms <ms>',
      'length of the rpm/tpm window (default 60000; shorter only for tests and benchmarks)',
    )
    .option(
      '--templates <dir>',
      "service jobs (serve --queue): edited templates, as the service's --templates",
    )
    .option(
      '--knowledge <dir>',
      "service jobs (serve --queue): the CMS knowledge, as the service's --knowledge",
    )
    .option(
      '--max-chars <n>',
      "service jobs (serve --queue): largest transcript, as the service's --max-chars",
    );
  addStoreOptions(command).action(async (flags: WorkerFlags) => {
    if (flags.queue === undefined) throw new UsageError('worker needs --queue redis://host:port');
    const concurrency = intFlag('--concurrency', flags.concurrency, 1);
    const rpm = intFlag('--rpm', flags.rpm, 1);
    const tpm = intFlag('--tpm', flags.tpm, 1);
    const lockMs = intFlag('--lock-ms', flags.lockMs, 1000);
    const windowMs = intFlag('--window-ms', flags.windowMs, 1000);
    const { assertRedisReachable } = await import('../../queue/connection.ts');
    await assertRedisReachable(flags.queue);
    const env = loadEnvConfig();
    const store = await openStoreFromFlags(flags, true);
    if (!store) return;
    const { startQueueWorker } = await import('../../queue/worker.ts');
    const {
      defaultExtractor: _d,
      pricesPath: _p,
      maxChars: _m,
      ...config
    } = env as typeof env & {
      pricesPath?: string;
      maxChars?: number;
    };
    const name = flags.queueName ?? DEFAULT_QUEUE_NAME;
    const worker = await startQueueWorker({
      url: flags.queue,
      name,
      store,
      // The queue owns retries (attempts with backoff, a shared pause on 429): the SDK must not retry too.
      extractorFor: (extractor) => createExtractor(extractor, { ...config, maxRetries: 0 }),
      ...(env.model === undefined ? {} : { model: env.model }),
      ...(concurrency === undefined ? {} : { concurrency }),
      ...(rpm === undefined ? {} : { rpm }),
      ...(tpm === undefined ? {} : { tpm }),
      ...(lockMs === undefined ? {} : { lockMs }),
      ...(windowMs === undefined ? {} : { windowMs }),
    });
    // The service's async jobs (`opnote serve --queue`), run as the service would run them.
    const { createJobExecutor } = await import('../../serve/server.ts');
    const { startServiceJobWorker } = await import('../../queue/service-jobs.ts');
    // Set up as the service is (a different pipeline fails its jobs with config.invalid, never a silent difference).
    const knowledge = loadKnowledgeOption(flags.knowledge);
    const executor = createJobExecutor({
      extractorConfig: config,
      defaultExtractor: env.defaultExtractor,
      workers: 0,
      store,
      maxChars: resolveMaxChars(flags.maxChars, env),
      ...(flags.templates ? { templatesDir: flags.templates } : {}),
      ...(knowledge ? { knowledge } : {}),
    });
    const serviceWorker = await startServiceJobWorker({
      url: flags.queue,
      name,
      store,
      executor,
      ...(concurrency === undefined ? {} : { concurrency }),
      ...(lockMs === undefined ? {} : { lockMs }),
    });
    process.stderr.write(
      `opnote worker: ready on queue ${name} (concurrency ${concurrency ?? 4}, pid ${process.pid})\n`,
    );
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    process.stderr.write(`opnote worker: ${signal}; finishing the jobs in hand\n`);
    await Promise.all([worker.close(), serviceWorker.close()]);
    await executor.close();
    await store.close();
    const s = worker.stats;
    process.stderr.write(
      `opnote worker: stopped (${s.ok} done, ${s.failed} failed, ${s.retried} retried, ${s.rateLimited} rate-limited)\n`,
    );
  });
}
