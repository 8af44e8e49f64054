import { UsageError } from '../errors.ts';
import { createExtractor } from '../extract/registry.ts';
import type { BatchInput } from '../pipeline/source.ts';
import { loadEnvConfig } from './config.ts';
import { defaultRunId } from './store-flags.ts';

/** Flags of `opnote batch --queue`. */
export interface QueueBatchFlags {
  queue: string;
  queueName?: string;
  detach?: boolean;
  status?: boolean;
  retryFailed?: boolean;
  run?: string;
  extractor?: string;
  quiet?: boolean;
}

export const DEFAULT_QUEUE_NAME = 'opnote';

function statusLine(c: {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}): string {
  return `queue: ${c.completed} completed, ${c.failed} failed, ${c.active} active, ${c.waiting} waiting, ${c.delayed} delayed`;
}

/**
 * `opnote batch <input> --queue redis://…`: enqueue every note (job ids from note id, input hash and
 * pipeline, so enqueueing again adds nothing), then follow the queue until it is drained, unless
 * `--detach`. `--status` prints the counts and failed notes by error code; `--retry-failed` re-queues
 * failed notes. Loaded only when --queue is given.
 */
export async function runQueueBatch(files: string[], flags: QueueBatchFlags): Promise<void> {
  const queue = await import('../queue/enqueue.ts');
  const { assertRedisReachable } = await import('../queue/connection.ts');
  const name = flags.queueName ?? DEFAULT_QUEUE_NAME;
  await assertRedisReachable(flags.queue);
  if (flags.status || flags.retryFailed) {
    if (files.length > 0) throw new UsageError('--status and --retry-failed take no input');
    if (flags.retryFailed) {
      const n = await queue.retryFailed(flags.queue, name);
      process.stderr.write(`opnote: ${n} failed notes queued again\n`);
      return;
    }
    const s = await queue.queueStatus(flags.queue, name);
    process.stdout.write(`${JSON.stringify(s)}\n`);
    if (!flags.quiet) process.stderr.write(`${statusLine(s.counts)}\n`);
    return;
  }
  if (files.length !== 1)
    throw new UsageError(`batch --queue takes one input (a JSONL file or a directory); got ${files.length}`);
  const input: BatchInput = files[0] === '-' ? process.stdin : (files[0] as string);
  const env = loadEnvConfig();
  // The enqueuer needs the extractor's versions only, never a provider call: no key is needed here.
  const extractor = createExtractor(flags.extractor ?? env.defaultExtractor, {
    ...env,
    apiKey: env.apiKey ?? 'enqueue-only',
    maxRetries: 0,
  });
  const { identityOf } = await import('../store/identity.ts');
  const identity = identityOf(extractor, { model: env.model });
  const runId = flags.run ?? (await defaultRunId(identity));
  const { read, duplicates } = await queue.enqueueNotes({ url: flags.queue, name, input, identity, runId });
  process.stderr.write(
    `opnote: ${read - duplicates} notes enqueued on ${name} (run ${runId})${duplicates > 0 ? `, ${duplicates} repeated lines dropped` : ''}; notes already queued or done are not added again\n`,
  );
  if (flags.detach) return;
  const interrupt = new AbortController();
  const onSigint = (): void => interrupt.abort();
  process.once('SIGINT', onSigint);
  let lastLine = 0;
  try {
    const counts = await queue.followQueue({
      url: flags.queue,
      name,
      signal: interrupt.signal,
      onPoll: (c) => {
        if (flags.quiet) return;
        const now = Date.now();
        if (now - lastLine >= 5000) {
          lastLine = now;
          process.stderr.write(`${statusLine(c)}\n`);
        }
      },
    });
    if (!flags.quiet)
      process.stderr.write(
        `${statusLine(counts)}${interrupt.signal.aborted ? ' (stopped following; the workers go on)' : ''}\n`,
      );
  } finally {
    process.off('SIGINT', onSigint);
  }
}
