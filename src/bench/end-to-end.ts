/**
 * The whole pipeline on a corpus of N documents made from the fixtures (PDF, DOCX, TXT/MD in
 * equal parts): documents/s and MB/s through `czdoc extract` at 1 and 2 worker threads, the
 * peak RSS of each run (the process with all its threads, from getrusage), a no-change re-run,
 * the text stage alone, and PDF ingest against poppler's pdftotext on the same PDFs.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { extractDocumentFacts } from '../extract/index.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { extractText, processDocument } from '../process.js';
import { readDocument } from '../read/index.js';
import type { CzdocRecord } from '../schema/record.js';
import { timePerCall, type Bench, type BenchReport } from './types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = join(HERE, '..', 'cli.js');
const SEEDS = join(HERE, '..', '..', 'fixtures', 'seeds');
const MB = 1024 * 1024;
/** PDFs timed against pdftotext (a sample: both sides are timed on the same files). */
const PDF_SAMPLE = 200;

interface Corpus {
  dir: string;
  bytes: number;
  pdfs: string[];
}

interface RunManifest {
  done: number;
  failed: number;
  skipped: number;
  seconds: number;
  peakRssMb: number;
  cpuSeconds: number;
}

export const bench: Bench = async (report, { documents }) => {
  const work = mkdtempSync(join(tmpdir(), 'czdoc-bench-'));
  try {
    const corpus = buildCorpus(join(work, 'corpus'), documents);
    report(`corpus: documents (PDF, DOCX, TXT/MD from fixtures/seeds)`, documents, 'docs');
    report('corpus: size', corpus.bytes / MB, 'MB');
    const perWorkers: number[] = [];
    for (const workers of [1, 2]) {
      const out = join(work, `out-${workers}`);
      const run = await extract(corpus.dir, out, workers);
      if (run.done + run.failed !== documents) throw new Error(`expected ${documents} records, got ${JSON.stringify(run)}`);
      perWorkers.push(documents / run.seconds);
      report(`end to end, ${workers} worker(s)`, documents / run.seconds, 'documents/s');
      report(`end to end, ${workers} worker(s)`, corpus.bytes / MB / run.seconds, 'MB/s');
      report(`peak RSS, ${workers} worker(s)`, run.peakRssMb, 'MB');
      // CPU per document hardly depends on other load on the machine; wall time does.
      report(`CPU time per document, all threads, ${workers} worker(s)`, (run.cpuSeconds * 1000) / documents, 'ms');
    }
    report('speed-up, 2 workers vs 1', perWorkers[1]! / perWorkers[0]!, '×');
    const started = performance.now();
    const rerun = await extract(corpus.dir, join(work, 'out-2'), 2);
    if (rerun.skipped !== documents) throw new Error(`the re-run redid documents: ${JSON.stringify(rerun)}`);
    report('no-change re-run (whole command, process start included)', (performance.now() - started) / 1000, 's');
    report('no-change re-run (batch alone)', rerun.seconds, 's');
    textStage(report, join(work, 'out-2'));
    await pdfIngest(report, corpus.pdfs.slice(0, PDF_SAMPLE));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/** N documents cycling through the seed renderings, 100 to a folder. */
function buildCorpus(dir: string, documents: number): Corpus {
  const seeds = readdirSync(SEEDS).filter((f) => /\.(pdf|docx|txt|md)$/.test(f)).sort();
  const corpus: Corpus = { dir, bytes: 0, pdfs: [] };
  for (let i = 0; i < documents; i++) {
    const seed = seeds[i % seeds.length]!;
    const folder = join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const target = join(folder, `${String(i).padStart(6, '0')}-${seed}`);
    cpSync(join(SEEDS, seed), target);
    corpus.bytes += statSync(target).size;
    if (seed.endsWith('.pdf')) corpus.pdfs.push(target);
  }
  return corpus;
}

/** `czdoc extract` in its own process; its run manifest has the timing and the peak RSS. */
async function extract(input: string, out: string, workers: number): Promise<RunManifest> {
  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '--workers', String(workers), '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0 && code !== 1) throw new Error(`czdoc extract failed (${code}): ${stderr.slice(-2000)}`);
  return JSON.parse(readFileSync(join(out, '_run.json'), 'utf8')) as RunManifest;
}

/**
 * Normalised text to facts (the extractors), and text to a validated record, on one core; text is
 * measured as it is stored, in UTF-8 bytes.
 */
function textStage(report: BenchReport, records: string): void {
  const texts = distinctTexts(records);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const gazetteer = loadGazetteer();
  const extraction = timePerCall(() => texts.forEach((t) => extractDocumentFacts(t, gazetteer, [])), 2000);
  report(`extraction stage (${texts.length} texts, ${(bytes / 1024).toFixed(0)} kB), one core`, bytes / MB / (extraction / 1000), 'MB/s of text');
  const record = timePerCall(() => texts.forEach((t) => extractText(t, { gazetteer })), 2000);
  report('text to record (normalise, extract, validate), one core', bytes / MB / (record / 1000), 'MB/s of text');
}

/** The normalised text of each distinct seed rendering, taken from the records of the run. */
function distinctTexts(records: string): string[] {
  const first = join(records, readdirSync(records).find((f) => /^\d{4}$/.test(f))!);
  return readdirSync(first)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(first, f), 'utf8')) as CzdocRecord).text)
    .filter((text, i, all) => text && all.indexOf(text) === i);
}

/** The same PDFs through pdf-parse (reading only, then the whole pipeline) and through pdftotext. */
async function pdfIngest(report: BenchReport, pdfs: string[]): Promise<void> {
  const files = pdfs.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  await readDocument(files[0]!.bytes, files[0]!.path); // warm up
  const read = await timeEach(files, (f) => readDocument(f.bytes, f.path));
  const whole = await timeEach(files, (f) => processDocument(f.bytes, { path: f.path }));
  const poppler = await pdftotext(files.map((f) => f.path));
  report(`PDF ingest, czdoc reading (pdf-parse) of ${files.length} PDFs`, read, 'ms/PDF');
  report('PDF ingest, czdoc whole pipeline', whole, 'ms/PDF');
  if (poppler === null) {
    report('pdftotext not installed (apt-get install poppler-utils): no ratio', 0, '');
    return;
  }
  report('PDF ingest, pdftotext (one process per file, as used)', poppler, 'ms/PDF');
  report('PDF ingest ratio, czdoc reading / pdftotext', read / poppler, '×');
  report('PDF ingest ratio, czdoc whole pipeline / pdftotext', whole / poppler, '×');
}

async function timeEach<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (const item of items) await fn(item);
  return (performance.now() - start) / items.length;
}

/** Milliseconds per file for `pdftotext file -`, one file after the other; null when it is absent. */
async function pdftotext(paths: string[]): Promise<number | null> {
  if (spawnSync('pdftotext', ['-v']).error) return null;
  const run = promisify(execFile);
  const start = performance.now();
  for (const path of paths) await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * MB });
  return (performance.now() - start) / paths.length;
}
