import { Queue } from 'bullmq';
import { batchKey, invalidLineKey } from '../pipeline/keys.ts';
import type { BatchEntry } from '../pipeline/parse-line.ts';
import { type BatchInput, readEntries } from '../pipeline/source.ts';
import { createIdCheck } from '../pipeline/unique-ids.ts';
import { inputHash, pipelineKey } from '../store/keys.ts';
import type { StoreIdentity } from '../store/types.ts';
import { QUEUE_PREFIX, redisConnection } from './connection.ts';
import { jobIdFor, NOTE_JOB, type NoteJobData } from './jobs.ts';

/** Attempts of a note before it fails (retryable provider and model errors), with exponential backoff from 1 s. */
export const DEFAULT_ATTEMPTS = 5;

const text = (t: string | Uint8Array): string =>
  typeof t === 'string' ? t : Buffer.from(t).toString('utf8');

/** The job of one batch entry: the note, or an unreadable line carried as its typed error. */
export function jobOf(
  entry: BatchEntry,
  identity: StoreIdentity,
  runId: string,
): { id: string; data: NoteJobData } {
  const pkey = pipelineKey(identity);
  if (entry.kind === 'invalid') {
    const key = invalidLineKey(entry.fingerprint);
    const hash = inputHash('', { invalidLine: key });
    return {
      id: jobIdFor(entry.id, hash, pkey),
      data: {
        noteId: entry.id,
        claim: { invalid: { code: entry.code, message: entry.message } },
        identity,
        pipelineKey: pkey,
        inputHash: hash,
        batchKey: key,
        runId,
      },
    };
  }
  const transcript = text(entry.transcript);
  const hash = inputHash(entry.transcript, entry.claim);
  return {
    id: jobIdFor(entry.id, hash, pkey),
    data: {
      noteId: entry.id,
      transcript,
      ...(entry.claim === undefined ? {} : { claim: entry.claim }),
      identity,
      pipelineKey: pkey,
      inputHash: hash,
      batchKey: batchKey({ transcript: entry.transcript, claim: entry.claim }, identity),
      runId,
    },
  };
}

export interface EnqueueOptions {
  url: string;
  name: string;
  input: BatchInput;
  identity: StoreIdentity;
  runId: string;
  attempts?: number;
  /** Told after each chunk is added. */
  onChunk?: (read: number) => void;
}

/**
 * Adds every note of the input as a BullMQ job whose id is derived from the note id, input hash and
 * pipeline key: enqueueing again adds nothing for a note already queued or done. Ids are checked as the
 * single-machine batch does (`createIdCheck`): a repeated line is dropped and counted in `duplicates`,
 * the same id with other content becomes an `input.invalid` job under `line-N`. Streams the input and
 * adds in chunks; only the ids seen (with a 16-character key each) are held.
 */
export async function enqueueNotes(options: EnqueueOptions): Promise<{ read: number; duplicates: number }> {
  const connection = redisConnection(options.url);
  connection.on('error', () => {});
  const queue = new Queue<NoteJobData>(options.name, { connection, prefix: QUEUE_PREFIX });
  queue.on('error', () => {});
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const checkId = createIdCheck(options.identity);
  let read = 0;
  let duplicates = 0;
  let chunk: Array<{ id: string; data: NoteJobData }> = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    await queue.addBulk(
      chunk.map((j) => ({
        name: NOTE_JOB,
        data: j.data,
        opts: {
          jobId: j.id,
          attempts,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: false,
          removeOnFail: false,
        },
      })),
    );
    chunk = [];
    options.onChunk?.(read);
  };
  try {
    for await (const entry of readEntries(options.input)) {
      read += 1;
      const checked = checkId(entry);
      if (checked.duplicate) {
        duplicates += 1;
        continue;
      }
      chunk.push(jobOf(checked.entry, options.identity, options.runId));
      if (chunk.length >= 500) await flush();
    }
    await flush();
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return { read, duplicates };
}

/** Job counts of a queue. */
export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

/** A queue's counts and its failed notes by error code. */
export async function queueStatus(
  url: string,
  name: string,
): Promise<{ counts: QueueCounts; failedByCode: Record<string, number> }> {
  const connection = redisConnection(url);
  connection.on('error', () => {});
  const queue = new Queue(name, { connection, prefix: QUEUE_PREFIX });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
    const failedByCode: Record<string, number> = {};
    for (let start = 0; start < (c.failed ?? 0); start += 500) {
      for (const job of await queue.getFailed(start, start + 499)) {
        const code = (job.failedReason ?? 'internal').split(':')[0] ?? 'internal';
        failedByCode[code] = (failedByCode[code] ?? 0) + 1;
      }
    }
    return {
      counts: {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
      },
      failedByCode,
    };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** Puts every failed job back in the queue (after fixing what failed them); returns how many. */
export async function retryFailed(url: string, name: string): Promise<number> {
  const connection = redisConnection(url);
  connection.on('error', () => {});
  const queue = new Queue(name, { connection, prefix: QUEUE_PREFIX });
  let retried = 0;
  try {
    for (;;) {
      const failed = await queue.getFailed(0, 499);
      if (failed.length === 0) return retried;
      for (const job of failed) {
        await job.retry('failed');
        retried += 1;
      }
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** Polls the queue until nothing is waiting, active or delayed; tells each poll. Stops on `signal`. */
export async function followQueue(options: {
  url: string;
  name: string;
  intervalMs?: number;
  signal?: AbortSignal;
  onPoll?: (counts: QueueCounts) => void;
}): Promise<QueueCounts> {
  const connection = redisConnection(options.url);
  connection.on('error', () => {});
  const queue = new Queue(options.name, { connection, prefix: QUEUE_PREFIX });
  queue.on('error', () => {});
  try {
    for (;;) {
      const c = await queue.getJobCounts(
        'waiting',
        'active',
        'delayed',
        'prioritized',
        'completed',
        'failed',
      );
      const counts: QueueCounts = {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
      };
      options.onPoll?.(counts);
      if (counts.waiting + counts.active + counts.delayed === 0) return counts;
      if (options.signal?.aborted) return counts;
      await new Promise((r) => setTimeout(r, options.intervalMs ?? 1000));
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
