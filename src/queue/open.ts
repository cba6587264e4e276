/** Opens the queue for `czdoc queue …`, failing fast with a clear message when Redis is not there. */
import { Queue } from 'bullmq';
import { connectionFor, DEFAULT_QUEUE, displayUrl, redisUrl } from './connection.js';
import type { DocumentJob } from './jobs.js';

export class QueueUnavailableError extends Error {}

export async function openQueue(redisOption: string | undefined, name: string | undefined): Promise<{ queue: Queue<DocumentJob>; where: string }> {
  const url = redisUrl(redisOption);
  const queueName = name ?? DEFAULT_QUEUE;
  const queue = new Queue<DocumentJob>(queueName, { connection: connectionFor(url, false) });
  queue.on('error', () => undefined); // reported below, once, instead of on every retry
  try {
    await queue.waitUntilReady();
  } catch (error) {
    await queue.disconnect().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new QueueUnavailableError(`cannot reach Redis at ${displayUrl(url)} (${reason}); set --redis URL or CZDOC_REDIS_URL`);
  }
  return { queue, where: `"${queueName}" at ${displayUrl(url)}` };
}
