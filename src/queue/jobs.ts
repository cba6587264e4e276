/**
 * One job per document. A job is named by its input's sha256 and path, so adding the same
 * document twice, or retrying it, never makes a second job or a second record.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { JobsOptions, Queue } from 'bullmq';
import { discoverInputs } from '../batch/discover.js';
import { sha256OfFile } from '../batch/failure.js';

export interface DocumentJob {
  /** The input as every worker sees it (a shared path). */
  absolute: string;
  /** Path relative to the input root: names the record, OUT/<relative>.json. */
  relative: string;
  sha256: string;
  bytes: number;
}

export interface AddOptions {
  inputs: string[];
  cwd?: string;
  /** Tries per job for transient errors (I/O); a bad document is never retried. */
  attempts: number;
  /** First retry delay; doubles with each try. */
  backoffMs: number;
}

export const JOB_NAME = 'document';
const BULK = 500;

export function jobId(sha256: string, relative: string): string {
  return `${sha256}-${createHash('sha256').update(relative).digest('hex').slice(0, 16)}`;
}

/** Streams the inputs onto the queue in bulks; returns the number of documents submitted. */
export async function addDocuments(queue: Queue<DocumentJob>, options: AddOptions): Promise<number> {
  const opts: JobsOptions = {
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs },
    // Finished jobs stay for status and de-duplication, but not forever.
    removeOnComplete: { age: 14 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
  let bulk: Array<{ name: string; data: DocumentJob; opts: JobsOptions }> = [];
  let submitted = 0;
  const flush = async () => {
    if (bulk.length) await queue.addBulk(bulk);
    submitted += bulk.length;
    bulk = [];
  };
  for await (const file of discoverInputs(options.inputs, options.cwd)) {
    const [sha256, info] = await Promise.all([sha256OfFile(file.absolute), stat(file.absolute)]);
    const data: DocumentJob = { absolute: file.absolute, relative: file.relative, sha256, bytes: info.size };
    bulk.push({ name: JOB_NAME, data, opts: { ...opts, jobId: jobId(sha256, file.relative) } });
    if (bulk.length >= BULK) await flush();
  }
  await flush();
  return submitted;
}
