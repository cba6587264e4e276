/** The worker-thread pool and the per-document limits: time, size, crashes, zip bombs. */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../src/batch/pool.js';
import { loadGazetteer, processDocument, RecordSchema } from '../src/index.js';
import { declaredUncompressedSize } from '../src/read/zip.js';
import { runCli, SEEDS } from './helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'czdoc-pool-'));
const PDF = '002_d8e6a0855838f666.pdf';
const DOCX = '003_5247c620947f851a.docx';

function poolOf(options: { threadHeapMb?: number; timeoutMs?: number } = {}): WorkerPool {
  return new WorkerPool({ size: 2, gazetteerPath: null, gazetteer: loadGazetteer(), maxBytes: 100 * 1024 * 1024, timeoutMs: 60_000, ...options });
}

function seed(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SEEDS, name)));
}

function sha256(name: string): string {
  return createHash('sha256').update(seed(name)).digest('hex');
}

describe('worker pool', () => {
  it('writes the same record as processing in this thread', async () => {
    const pool = poolOf();
    const out = temp();
    try {
      for (const name of [PDF, DOCX, '000_502735f528e78d37.txt']) {
        const target = join(out, `${name}.json`);
        const outcome = await pool.process({ file: { absolute: join(SEEDS, name), relative: name }, bytes: seed(name), sha256: sha256(name), target, line: true });
        const pooled = JSON.parse(readFileSync(target, 'utf8'));
        expect(JSON.parse(outcome.line!)).toEqual(pooled);
        const here = await processDocument(seed(name), { path: name });
        // The threads run the compiled pipeline, this test its source: their fingerprints differ.
        expect({ ...pooled, producer: null }).toEqual({ ...here, producer: null });
      }
    } finally {
      await pool.close();
    }
  });

  it('turns a crashed thread into a worker_crashed record and replaces the thread', async () => {
    // A heap too small for the parsers: each thread dies of it, as it would on a runaway document.
    const pool = poolOf({ threadHeapMb: 8 });
    try {
      const records = await Promise.all(
        [PDF, DOCX, PDF].map((name, i) =>
          pool.process({ file: { absolute: join(SEEDS, name), relative: `${i}-${name}` }, bytes: seed(name), sha256: sha256(name), target: null, line: true }),
        ),
      ).then((outcomes) => outcomes.map((outcome) => JSON.parse(outcome.line!)));
      for (const [i, record] of records.entries()) {
        expect(RecordSchema.parse(record).error).toMatchObject({ code: 'worker_crashed', message: expect.stringMatching(/memory limit/) });
        expect(record.source.path).toBe(`${i}-${[PDF, DOCX, PDF][i]}`);
        expect(record.source.bytes).toBe(seed([PDF, DOCX, PDF][i]!).byteLength);
      }
    } finally {
      await pool.close();
    }
  });
});

describe('per-document limits in a batch', () => {
  it('cuts off documents over --timeout-s, replaces the thread and goes on', async () => {
    const input = temp();
    for (const name of [PDF, DOCX, '000_502735f528e78d37.txt']) cpSync(join(SEEDS, name), join(input, name));
    const out = temp();
    const result = await runCli(['extract', input, '--out', out, '--workers', '1', '--timeout-s', '0.001', '--no-progress']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/0 done, 3 failed, 0 skipped/);
    for (const name of [PDF, DOCX, '000_502735f528e78d37.txt']) {
      const record = RecordSchema.parse(JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')));
      expect(record.error).toMatchObject({ code: 'timeout', message: expect.stringMatching(/longer than 0\.001 s.*--timeout-s/) });
    }
  });

  it('takes workers and timeoutSeconds from a pipeline definition', async () => {
    const project = temp();
    mkdirSync(join(project, 'pipelines'));
    cpSync(join(SEEDS, PDF), join(project, PDF));
    writeFileSync(join(project, 'pipelines', 'slow.json'), JSON.stringify({ inputs: [PDF], out: 'records', workers: 1, timeoutSeconds: 0.001 }));
    const result = await runCli(['run', 'slow', '--no-progress'], { cwd: project });
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(join(project, 'records', `${PDF}.json`), 'utf8')).error.code).toBe('timeout');
    expect(JSON.parse(readFileSync(join(project, 'records', '_run.json'), 'utf8')).options).toMatchObject({ workers: 1, timeoutSeconds: 0.001 });
    writeFileSync(join(project, 'pipelines', 'bad.json'), JSON.stringify({ inputs: [PDF], out: 'records', workers: 0 }));
    expect((await runCli(['run', 'bad'], { cwd: project })).stderr).toMatch(/workers/);
  });

  it('refuses a file over --max-mb without reading it', async () => {
    const input = temp();
    cpSync(join(SEEDS, PDF), join(input, PDF));
    const out = temp();
    const result = await runCli(['extract', input, '--out', out, '--max-mb', '0.001', '--no-progress']);
    expect(result.code).toBe(1);
    const record = RecordSchema.parse(JSON.parse(readFileSync(join(out, `${PDF}.json`), 'utf8')));
    expect(record.error).toMatchObject({ code: 'too_large', message: expect.stringMatching(/over the limit of 0\.0 MB.*not read/) });
    expect(record.source.sha256).toBe((await processDocument(seed(PDF), { path: PDF })).source.sha256);
  });

  it('refuses a DOCX whose zip declares a huge uncompressed size, before unpacking it', async () => {
    const bytes = seed(DOCX);
    expect(declaredUncompressedSize(bytes)).toBeGreaterThan(1000);
    expect(declaredUncompressedSize(bytes)).toBeLessThan(1024 * 1024);
    const bomb = withDeclaredSize(bytes, 'word/document.xml', 0xfffffff0);
    expect(declaredUncompressedSize(bomb)).toBeGreaterThan(4e9);
    const record = await processDocument(bomb, { path: 'bomb.docx' });
    expect(record.error).toMatchObject({ code: 'too_large', message: expect.stringMatching(/unpack to \d+ MB.*zip bomb/) });
  });
});

/** A copy of a zip whose central directory claims `size` uncompressed bytes for one entry. */
function withDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode(entry);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
    if (copy.subarray(at + 46, at + 46 + name.length).every((byte, i) => byte === name[i])) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no central directory entry ${entry}`);
}
