import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUE_PREFIX } from '../../src/queue/connection.ts';

/** Removes every key of a test queue (its BullMQ keys and its token budget). */
export async function dropQueue(url: string, name: string): Promise<void> {
  const queue = new Queue(name, { connection: { url }, prefix: QUEUE_PREFIX });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`opnote:${name}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** A job's data as stored in Redis. */
export async function jobData(
  url: string,
  name: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const queue = new Queue(name, { connection: { url }, prefix: QUEUE_PREFIX });
  try {
    return (await queue.getJob(id))?.data as Record<string, unknown> | undefined;
  } finally {
    await queue.close();
  }
}
