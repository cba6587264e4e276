/**
 * The batch: discover inputs as a stream, skip what is already done, hand the rest to a pool of
 * worker threads that parse, extract and write each record atomically (this thread only
 * discovers, reads, schedules and keeps the run state), and keep going whatever one document does.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import { loadGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { pipelineVersion } from '../pipeline-version.js';
import { recordJsonSchema } from '../schema/record.js';
import { PACKAGE_VERSION } from '../version.js';
import { writeFileAtomic } from './atomic.js';
import { discoverInputs, type InputFile } from './discover.js';
import { sha256Of, tooLargeMessage } from '../source.js';
import { failureRecord, sha256OfFile } from './failure.js';
import { WorkerPool, type Processor } from './pool.js';
import { Progress } from './progress.js';
import { currentRecord, deliver, recordPath, sameVersions, type Versions } from './records.js';
import { RunState, type StateEntry } from './state.js';

export interface BatchOptions {
  inputs: string[];
  /** Folder for one JSON record per input (mirrors the input tree). */
  outDir: string | null;
  /** JSON Lines destination: a file path, or "-" for stdout. */
  jsonl: string | null;
  /** Documents in flight (read, queued for a thread, or being written). */
  concurrency: number;
  /** Worker threads that parse and extract. */
  workers: number;
  /** Per-document time limit; a document over it becomes an error record ("timeout"). */
  timeoutMs: number;
  /** Redo inputs whose record is up to date. */
  force: boolean;
  gazetteerPath: string | null;
  maxBytes: number;
  /** Show a progress bar (on a TTY). */
  progress: boolean;
  cwd?: string;
  /** Where records go to stdout ("-"): the real stdout, not console.log. */
  stdout?: (line: string) => void;
}

export interface Failure {
  path: string;
  code: string;
  message: string;
}

export interface BatchSummary {
  done: number;
  failed: number;
  skipped: number;
  seconds: number;
  failures: Failure[];
}

export async function runBatch(options: BatchOptions, processor?: Processor): Promise<BatchSummary> {
  const started = Date.now();
  const gazetteer = loadGazetteer(options.gazetteerPath);
  const worker = processor ?? poolFor(options, gazetteer);
  const state = options.outDir ? await RunState.load(options.outDir) : null;
  const sink = openJsonl(options);
  const versions = { pipelineVersion: pipelineVersion(), gazetteerVersion: gazetteer.version };
  const summary: BatchSummary = { done: 0, failed: 0, skipped: 0, seconds: 0, failures: [] };
  const progress = new Progress(options.progress);
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });

  const handle = async (file: InputFile): Promise<void> => {
    const info = await stat(file.absolute);
    const target = options.outDir ? recordPath(options.outDir, file.relative) : null;
    const known = state?.get(file.relative);
    const remember = (sha256: string) => state?.record({ path: file.relative, size: info.size, mtimeMs: info.mtimeMs, sha256, ...versions });
    const skip = async () => {
      summary.skipped++;
      if (sink) sink.write(compact(await readFile(target!, 'utf8')));
    };
    const unchangedFile = known && known.size === info.size && known.mtimeMs === info.mtimeMs;
    if (!options.force && target && unchangedFile && sameVersions(known, versions) && (await exists(target))) return skip();
    // An input over the size limit is hashed as a stream and never loaded.
    const bytes = info.size > options.maxBytes ? null : await readFile(file.absolute);
    const sha256 = bytes ? sha256Of(bytes) : await sha256OfFile(file.absolute);
    if (!options.force && target && (await upToDate(target, sha256, versions, known))) {
      await remember(sha256);
      return skip();
    }
    const line = sink !== null;
    const result = bytes
      ? await worker.process({ file, bytes, sha256, target, line })
      : await deliver(await failureRecord({ path: file.relative, sha256, bytes: info.size }, gazetteer, 'too_large', tooLargeMessage(info.size, options.maxBytes)), target, line);
    if (sink && result.line) sink.write(result.line);
    await remember(sha256);
    if (result.status === 'ok') summary.done++;
    else {
      summary.failed++;
      summary.failures.push({ path: file.relative, code: result.error!.code, message: result.error!.message });
    }
  };

  try {
    if (options.outDir) await writeFileAtomic(join(options.outDir, 'schema.json'), `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    for await (const file of discoverInputs(options.inputs, options.cwd)) {
      progress.discovered();
      // Back-pressure: discovery waits while enough work is queued, so memory stays flat.
      await queue.onSizeLessThan(options.concurrency * 2);
      void queue.add(async () => {
        try {
          await handle(file);
        } catch (error) {
          summary.failed++;
          summary.failures.push({ path: file.relative, code: 'io_error', message: error instanceof Error ? error.message : String(error) });
        }
        progress.finished();
      });
    }
    await queue.onIdle();
  } finally {
    await worker.close();
    await state?.close();
    await sink?.close();
    progress.stop();
  }
  summary.seconds = (Date.now() - started) / 1000;
  if (options.outDir) await writeRunManifest(options, summary, versions, started);
  return summary;
}

function poolFor(options: BatchOptions, gazetteer: Gazetteer): WorkerPool {
  return new WorkerPool({
    size: options.workers,
    gazetteerPath: options.gazetteerPath,
    gazetteer,
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
  });
}

/** The record on disk was made from these very bytes by this very pipeline. */
async function upToDate(target: string, sha256: string, versions: Versions, known: StateEntry | undefined): Promise<boolean> {
  if (known && known.sha256 === sha256 && sameVersions(known, versions)) return exists(target);
  return (await currentRecord(target, sha256, versions)) !== null;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function compact(json: string): string {
  return JSON.stringify(JSON.parse(json));
}

/** Receives one record as one line of JSON. */
interface JsonlSink {
  write(json: string): void;
  close(): Promise<void>;
}

function openJsonl(options: BatchOptions): JsonlSink | null {
  if (!options.jsonl) return null;
  if (options.jsonl === '-') {
    const out = options.stdout ?? ((line: string) => process.stdout.write(line));
    return { write: (json) => out(`${json}\n`), close: async () => undefined };
  }
  const stream: WriteStream = createWriteStream(options.jsonl);
  return {
    write: (json) => void stream.write(`${json}\n`),
    close: () => new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1e4) / 100;
}

/** Run facts live here, never inside records, so records stay byte-identical across runs. */
async function writeRunManifest(
  options: BatchOptions,
  summary: BatchSummary,
  versions: Versions,
  started: number,
): Promise<void> {
  const manifest = {
    tool: 'czdoc',
    version: PACKAGE_VERSION,
    ...versions,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    inputs: options.inputs,
    options: {
      workers: options.workers,
      concurrency: options.concurrency,
      timeoutSeconds: options.timeoutMs / 1000,
      force: options.force,
      maxBytes: options.maxBytes,
      gazetteer: options.gazetteerPath,
    },
    ...summary,
    // This process with all its threads: the high-water mark of memory, and CPU time used.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: cpuSeconds(),
  };
  await writeFileAtomic(join(options.outDir!, '_run.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
