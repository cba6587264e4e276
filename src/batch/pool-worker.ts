/**
 * One thread of the pool (see pool.ts): loads the pipeline and the gazetteer once, then turns
 * the documents it is sent into records, one at a time, so a time limit names its document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../gazetteer/index.js';
import { processDocument } from '../process.js';
import { processed, type Processed } from './records.js';

export interface PoolWorkerData {
  gazetteerPath: string | null;
  maxBytes: number;
}

export interface PoolTask {
  id: number;
  path: string;
  bytes: Uint8Array;
}

/** The record comes back serialised: one string is cheaper to pass than a deep object to clone. */
export type PoolReply = { id: number; processed: Processed } | { id: number; error: string };

const { gazetteerPath, maxBytes } = workerData as PoolWorkerData;
const gazetteer = loadGazetteer(gazetteerPath);

parentPort!.on('message', async (task: PoolTask) => {
  let reply: PoolReply;
  try {
    reply = { id: task.id, processed: processed(await processDocument(task.bytes, { path: task.path, gazetteer, maxBytes })) };
  } catch (error) {
    reply = { id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
