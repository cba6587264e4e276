/**
 * Error records made outside the pool, for documents the pool could not finish (a time limit, a
 * crashed worker) or that are refused before reading (too large). The record code is imported
 * only when needed, so the scheduling thread does not load the readers.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Gazetteer } from '../gazetteer/index.js';
import type { CzdocRecord } from '../schema/record.js';

export type FailureCode = 'timeout' | 'too_large' | 'worker_crashed' | 'internal_error';

export interface FailedSource {
  path: string;
  sha256: string;
  bytes: number;
}

export async function failureRecord(source: FailedSource, gazetteer: Gazetteer, code: FailureCode, message: string): Promise<CzdocRecord> {
  const { errorRecord } = await import('../process.js');
  return errorRecord(source, gazetteer, code, message);
}

/** Hashes a file without holding it in memory (for inputs over the size limit). */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
