/**
 * A pool of worker threads that do the CPU-bound work (reading PDF/DOCX/ODT, normalising,
 * extracting, serialising), so every core is used while the calling thread only schedules and
 * writes: a thread takes its next document while the previous record is still being synced to
 * disk. Each thread handles one document at a time; a document over its time limit, or one that
 * crashes its thread (out of memory, an uncaught error in a parser), becomes an error record, the
 * thread is replaced, and the pool goes on.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { caseForms } from '../gazetteer/forms.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { InputFile } from './discover.js';
import { failureRecord, type FailedSource, type FailureCode } from './failure.js';
import type { PoolReply, PoolTask, PoolWorkerData } from './pool-worker.js';
import { deliver, write, type Outcome } from './records.js';

export const DEFAULT_TIMEOUT_SECONDS = 120;
/** Heap per thread: far above any real document, low enough that a runaway parse dies alone. */
export const DEFAULT_THREAD_HEAP_MB = 1024;
/**
 * A thread's nursery. Measured on 4,000 fixture documents: at 8 MB the scavenges kept V8's helper
 * threads busy for 40 % of the worker's own CPU time, at 16 MB for 30 % (7 MB more RSS per
 * thread); V8's default (up to 64 MB) gains little more and grows each thread by another 25 MB.
 */
const YOUNG_GENERATION_MB = 16;

/** A document to turn into a record, and where the record goes. */
export interface DocumentTask {
  file: InputFile;
  bytes: Uint8Array;
  /** The bytes' hash, which the caller has already computed. */
  sha256: string;
  /** The record file to write (atomically), or null. */
  target: string | null;
  /** Also hand back the record as one line of JSON. */
  line: boolean;
}

/** How a document becomes a written record (the batch runner and the queue worker both use one). */
export interface Processor {
  process(task: DocumentTask): Promise<Outcome>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Number of threads (started lazily, as documents arrive). */
  size: number;
  /** The gazetteer the threads load, by path (null: installed or embedded). */
  gazetteerPath: string | null;
  /** The same gazetteer in this thread: versions the error records made here. */
  gazetteer: Gazetteer;
  maxBytes: number;
  timeoutMs: number;
  threadHeapMb?: number;
}

interface Task {
  id: number;
  document: DocumentTask;
  /** What an error record made here says about the input (the bytes go to the thread). */
  source: FailedSource;
  /** With the write's promise: an I/O error while writing rejects the task. */
  resolve: (outcome: Promise<Outcome> | Outcome) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  gone: boolean;
}

export class WorkerPool implements Processor {
  private readonly idle: Slot[] = [];
  private readonly live = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    // Case forms are made and cached here before any thread starts, so the threads read the cache.
    caseForms(options.gazetteer);
  }

  process(document: DocumentTask): Promise<Outcome> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve) => {
      const source = { path: document.file.relative, sha256: document.sha256, bytes: document.bytes.byteLength };
      this.waiting.push({ id: this.nextId++, document, source, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.live];
    for (const slot of slots) this.retire(slot);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.idle.pop() ?? (this.live.size < this.options.size ? this.spawn() : null);
      if (!slot) return;
      this.start(slot, this.waiting.shift()!);
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.timer = setTimeout(() => this.timedOut(slot), this.options.timeoutMs);
    const { document } = task;
    const bytes = ownsWholeBuffer(document.bytes) ? document.bytes : document.bytes.slice();
    const message: PoolTask = { id: task.id, path: task.source.path, bytes, line: document.line };
    slot.worker.postMessage(message, [bytes.buffer as ArrayBuffer]);
    document.bytes = new Uint8Array(0); // transferred: the thread owns them now
  }

  private spawn(): Slot {
    const data: PoolWorkerData = { gazetteerPath: this.options.gazetteerPath, maxBytes: this.options.maxBytes };
    const worker = new Worker(workerScript(), {
      workerData: data,
      stdout: true,
      resourceLimits: { maxOldGenerationSizeMb: this.options.threadHeapMb ?? DEFAULT_THREAD_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // Parsers print warnings; stdout is kept for records.
    worker.stdout.pipe(process.stderr);
    const slot: Slot = { worker, task: null, timer: null, gone: false };
    worker.on('message', (reply: PoolReply) => this.replied(slot, reply));
    worker.on('error', (error) => this.crashed(slot, error.message));
    worker.on('exit', (code) => this.crashed(slot, `the thread exited with code ${code}`));
    this.live.add(slot);
    return slot;
  }

  private replied(slot: Slot, reply: PoolReply): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    this.clear(slot);
    if ('record' in reply) task.resolve(write(reply.record, task.document.target));
    else task.resolve(this.fail(task, 'internal_error', `czdoc failed on this document (a bug worth reporting): ${reply.bug}`));
    if (!this.closed) this.idle.push(slot);
    this.dispatch();
  }

  private timedOut(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    const seconds = this.options.timeoutMs / 1000;
    this.retire(slot);
    void slot.worker.terminate();
    task.resolve(this.fail(task, 'timeout', `Processing took longer than ${seconds} s and was stopped (option --timeout-s); the document may be pathological.`));
    this.dispatch();
  }

  private crashed(slot: Slot, reason: string): void {
    if (slot.gone) return;
    const task = slot.task;
    this.retire(slot);
    if (task) task.resolve(this.fail(task, 'worker_crashed', `The document crashed its worker (${reason}); it may be malformed or too big to process.`));
    this.dispatch();
  }

  /** Takes a slot out of service for good (its thread is finished or being terminated). */
  private retire(slot: Slot): void {
    this.clear(slot);
    slot.gone = true;
    slot.task = null;
    this.live.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
  }

  private clear(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private async fail(task: Task, code: FailureCode, message: string): Promise<Outcome> {
    const record = await failureRecord(task.source, this.options.gazetteer, code, message);
    return deliver(record, task.document.target, task.document.line);
  }
}

function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
}

/**
 * The compiled thread module: beside this file in dist/, or dist/ itself when this module runs
 * from source under the test runner (a thread cannot load TypeScript).
 */
function workerScript(): URL {
  const sibling = new URL('./pool-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('../../dist/batch/pool-worker.js', import.meta.url);
}
