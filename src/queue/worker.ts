/**
 * `czdoc worker`: takes document jobs from the queue and writes their records to a shared
 * folder. The CPU work runs in the same pool of worker threads as `czdoc extract` (isolated
 * threads with a time limit, replaced when they crash), so this process's event loop stays free
 * to renew job locks however heavy a document is.
 *
 * Delivery is at least once: a job whose worker died is taken up again when its lock expires.
 * That is safe because the record is written atomically to a path named by the input, and an
 * up-to-date record on disk is kept as it is.
 */
import { readFile, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { failureRecord, sha256OfFile } from '../batch/failure.js';
import { sha256Of, tooLargeMessage } from '../source.js';
import { WorkerPool } from '../batch/pool.js';
import { currentRecord, deliver, outcomeOf, recordPath, type Versions } from '../batch/records.js';
import { loadGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { pipelineVersion } from '../pipeline-version.js';
import { connectionFor } from './connection.js';
import type { DocumentJob } from './jobs.js';

export interface WorkerOptions {
  redisUrl: string;
  queue: string;
  outDir: string;
  /** Threads for the CPU work. */
  threads: number;
  /** Jobs in flight. */
  concurrency: number;
  timeoutMs: number;
  maxBytes: number;
  gazetteerPath: string | null;
  /** How long a job stays claimed without a sign of life before another worker takes it. */
  lockMs: number;
  name: string;
  log: (line: string) => void;
}

export type JobResult = { status: 'ok'; written: boolean };

interface Context {
  options: WorkerOptions;
  pool: WorkerPool;
  gazetteer: Gazetteer;
  versions: Versions;
}

export function defaultWorkerName(): string {
  return `${hostname()}:${process.pid}`;
}

/** Starts the worker; resolves with a function that stops it gracefully. */
export async function startQueueWorker(options: WorkerOptions): Promise<() => Promise<void>> {
  const gazetteer = loadGazetteer(options.gazetteerPath);
  const pool = new WorkerPool({
    size: options.threads,
    gazetteerPath: options.gazetteerPath,
    gazetteer,
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
  });
  const context: Context = { options, pool, gazetteer, versions: { pipelineVersion: pipelineVersion(), gazetteerVersion: gazetteer.version } };
  const worker = new Worker<DocumentJob, JobResult>(options.queue, (job) => processJob(job, context), {
    connection: connectionFor(options.redisUrl, true),
    concurrency: options.concurrency,
    name: options.name,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    maxStalledCount: 2,
  });
  worker.on('failed', (job, error) => {
    if (job) options.log(`failed ${job.data.relative}: ${error.message} (attempt ${job.attemptsMade})`);
  });
  worker.on('error', (error) => options.log(`error: ${error.message}`));
  await worker.waitUntilReady();
  return async () => {
    await worker.close();
    await pool.close();
  };
}

/**
 * One document: read it, keep its record if it is current, else make and write it. A document
 * that is simply bad gets its error record and fails for good; an I/O error is thrown as it is,
 * so the job is retried with backoff.
 */
async function processJob(job: Job<DocumentJob>, context: Context): Promise<JobResult> {
  const { absolute, relative } = job.data;
  const { outDir, maxBytes } = context.options;
  const target = recordPath(outDir, relative);
  if (!target) throw new UnrecoverableError(`invalid_job: the path "${relative}" would be written outside ${outDir}`);
  const info = await stat(absolute);
  const bytes = info.size > maxBytes ? null : await readFile(absolute);
  const sha256 = bytes ? sha256Of(bytes) : await sha256OfFile(absolute);
  const current = await currentRecord(target, sha256, context.versions);
  const tooLarge = async () =>
    deliver(await failureRecord({ path: relative, sha256, bytes: info.size }, context.gazetteer, 'too_large', tooLargeMessage(info.size, maxBytes)), target, false);
  const file = { absolute, relative };
  const result = current ? outcomeOf(current) : bytes ? await context.pool.process({ file, bytes, sha256, target, line: false }) : await tooLarge();
  if (result.status === 'error') throw new UnrecoverableError(`${result.error!.code}: ${result.error!.message}`);
  return { status: 'ok', written: !current };
}
