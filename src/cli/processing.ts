/** The options every command that processes documents shares (extract, run, worker), and their defaults. */
import { availableParallelism } from 'node:os';
import { DEFAULT_TIMEOUT_SECONDS } from '../batch/pool.js';
import { positiveInt, positiveNumber } from './args.js';

export const PROCESSING_OPTIONS = {
  workers: { type: 'string', short: 'w' },
  concurrency: { type: 'string', short: 'j' },
  'timeout-s': { type: 'string' },
  'max-mb': { type: 'string' },
  gazetteer: { type: 'string' },
} as const;

/**
 * Documents in flight per thread: one being processed, one read and waiting for it, one whose
 * record is being synced to disk, one spare for a slow disk — so a thread never waits for I/O.
 */
const DOCUMENTS_PER_WORKER = 4;

/** Worker threads, documents in flight and the per-document time limit: flag, else pipeline, else default. */
export function parallelism(
  values: { workers?: string; concurrency?: string; 'timeout-s'?: string },
  pipeline: { workers?: number; concurrency?: number; timeoutSeconds?: number } = {},
): { workers: number; concurrency: number; timeoutMs: number } {
  const workers = positiveInt(values.workers, '--workers') ?? pipeline.workers ?? availableParallelism();
  const concurrency = positiveInt(values.concurrency, '--concurrency') ?? pipeline.concurrency ?? DOCUMENTS_PER_WORKER * workers;
  const timeout = positiveNumber(values['timeout-s'], '--timeout-s') ?? pipeline.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  return { workers, concurrency, timeoutMs: timeout * 1000 };
}
