/**
 * One thread of the pool (see pool.ts): loads the pipeline and the gazetteer once, then turns
 * the documents it is sent into serialised records, one at a time, so a time limit names its
 * document. The pool's thread writes them, so this one goes straight on to the next document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../gazetteer/index.js';
import { processDocument } from '../process.js';
import { serialise, type SerialisedRecord } from './records.js';

export interface PoolWorkerData {
  gazetteerPath: string | null;
  maxBytes: number;
}

export interface PoolTask {
  id: number;
  path: string;
  bytes: Uint8Array;
  /** Also send the record back as one line of JSON. */
  line: boolean;
}

/** A record made, or czdoc itself failed on the document (a bug). */
export type PoolReply = { id: number; record: SerialisedRecord } | { id: number; bug: string };

const { gazetteerPath, maxBytes } = workerData as PoolWorkerData;
const gazetteer = loadGazetteer(gazetteerPath);

parentPort!.on('message', async (task: PoolTask) => {
  parentPort!.postMessage(await handle(task));
});

async function handle(task: PoolTask): Promise<PoolReply> {
  try {
    const record = await processDocument(task.bytes, { path: task.path, gazetteer, maxBytes });
    return { id: task.id, record: serialise(record, task.line) };
  } catch (error) {
    return { id: task.id, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
