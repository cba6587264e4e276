/** Where the queue lives: a Redis URL (`--redis`, else $CZDOC_REDIS_URL, else the local default). */
import type { ConnectionOptions } from 'bullmq';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'czdoc';

export class QueueConfigError extends Error {}

export function redisUrl(option: string | undefined): string {
  return option ?? process.env.CZDOC_REDIS_URL ?? DEFAULT_REDIS_URL;
}

/**
 * ioredis options from redis://[user:password@]host[:port][/db] (rediss:// for TLS). Workers
 * reconnect forever (`maxRetriesPerRequest: null`), so a Redis restart pauses them instead of
 * failing jobs; the short commands give up and say so.
 */
export function connectionFor(url: string, forWorker: boolean): ConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueConfigError(`not a Redis URL: "${url}" (expected redis://host:port)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new QueueConfigError(`not a Redis URL: "${url}" (expected redis:// or rediss://)`);
  }
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    ...(forWorker ? { maxRetriesPerRequest: null } : ONE_SHOT),
  };
}

/** For short commands: give up after a few tries instead of reconnecting forever. */
const ONE_SHOT = { maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: (tries: number) => (tries > 2 ? null : 300) };

/** Redacts the password when a URL is printed. */
export function displayUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
