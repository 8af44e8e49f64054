import { Redis, type RedisOptions } from 'ioredis';
import { StoreError } from '../errors.ts';

/** Where the queue lives: a Redis URL (`redis://[user:password@]host:port[/db]`, or `rediss://` for TLS). */
export interface QueueTarget {
  url: string;
  /** BullMQ queue name. Default `opnote`. */
  name: string;
}

/** Redis key prefix of every opnote queue. */
export const QUEUE_PREFIX = 'opnote';

/** Where the URL points, for messages: host and port, never the password. */
export function redisWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'the given address';
  }
}

/** Checks a `--queue` URL; throws `queue.invalid-url`. */
export function checkQueueUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new StoreError('queue.invalid-url', '--queue expects redis://host:port');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new StoreError('queue.invalid-url', '--queue expects redis://host:port (or rediss:// for TLS)');
}

/**
 * A Redis connection for BullMQ: retries forever (workers ride out a Redis restart) with
 * `maxRetriesPerRequest: null` as BullMQ requires for workers.
 */
export function redisConnection(url: string, options: RedisOptions = {}): Redis {
  checkQueueUrl(url);
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(50 * times, 1000),
    ...options,
  });
}

/** Fails fast with one line when Redis does not answer (commands given at start-up, not mid-run). */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  checkQueueUrl(url);
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (cause) {
    throw new StoreError(
      'queue.unavailable',
      `Redis at ${redisWhere(url)} is not reachable; start it (e.g. redis-server --port ${new URL(url).port || 6379}) or fix --queue`,
      { cause },
    );
  } finally {
    probe.disconnect();
  }
}

/**
 * The lock of a job in hand and the stalled-job check of every opnote BullMQ worker: a killed worker's
 * jobs are taken over once their lock (`lockMs`) expires, checked at half that, up to ten times.
 */
export const jobLockOptions = (
  lockMs: number,
): { lockDuration: number; stalledInterval: number; maxStalledCount: number } => ({
  lockDuration: lockMs,
  stalledInterval: Math.max(1000, Math.round(lockMs / 2)),
  maxStalledCount: 10,
});
