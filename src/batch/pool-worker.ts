/**
 * One thread of the pool (see pool.ts): loads the pipeline and the gazetteer once, then turns
 * the documents it is sent into records and writes them, one at a time, so a time limit names
 * its document. An error thrown while writing (I/O) comes back as an error, not a record.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../gazetteer/index.js';
import { processDocument } from '../process.js';
import type { CzdocRecord } from '../schema/record.js';
import { deliver, type Outcome } from './records.js';

export interface PoolWorkerData {
  gazetteerPath: string | null;
  maxBytes: number;
}

export interface PoolTask {
  id: number;
  path: string;
  bytes: Uint8Array;
  /** Where to write the record, or null. */
  target: string | null;
  /** Also send the record back as one line of JSON. */
  line: boolean;
}

/** A record delivered; czdoc itself failed on the document (a bug); or the record could not be written. */
export type PoolReply = { id: number; outcome: Outcome } | { id: number; bug: string } | { id: number; ioError: string };

const { gazetteerPath, maxBytes } = workerData as PoolWorkerData;
const gazetteer = loadGazetteer(gazetteerPath);

parentPort!.on('message', async (task: PoolTask) => {
  parentPort!.postMessage(await handle(task));
});

async function handle(task: PoolTask): Promise<PoolReply> {
  let record: CzdocRecord;
  try {
    record = await processDocument(task.bytes, { path: task.path, gazetteer, maxBytes });
  } catch (error) {
    return { id: task.id, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  try {
    return { id: task.id, outcome: await deliver(record, task.target, task.line) };
  } catch (error) {
    return { id: task.id, ioError: error instanceof Error ? error.message : String(error) };
  }
}
