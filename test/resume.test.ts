/** Incremental runs: a run killed with SIGKILL finishes on the next start; a new gazetteer redoes records. */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../src/index.js';
import { CLI, ROOT, runCli, SEED_IDS, seedFiles, SHARED } from './helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'czdoc-resume-'));

/** `copies` copies of every seed rendering (TXT/MD, PDF, DOCX), named so they sort in a mixed order. */
function corpus(copies: number): string[] {
  const dir = temp();
  const names: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const file of SEED_IDS.flatMap(seedFiles)) {
      const name = `${String(copy).padStart(2, '0')}-${file.slice(file.lastIndexOf('/') + 1)}`;
      cpSync(file, join(dir, name));
      names.push(name);
    }
  }
  return [dir, ...names];
}

const records = (out: string) => readdirSync(out).filter((f) => f.endsWith('.json') && f !== 'schema.json' && !f.startsWith('_'));

describe('a batch killed with SIGKILL', () => {
  it('leaves only whole records, and the next run completes the batch', async () => {
    const [input, ...names] = corpus(4);
    expect(names).toHaveLength(80);
    const out = temp();
    const child = spawn(process.execPath, [CLI, 'extract', input!, '--out', out, '--workers', '2', '--no-progress'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it as soon as the first records are on disk, mid-batch.
    while (!existsSync(out) || records(out).length < 3) {
      if (child.exitCode !== null) throw new Error('the batch ended before it could be killed');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await exited;
    const survivors = records(out);
    expect(survivors.length).toBeLessThan(80);
    for (const file of survivors) expect(RecordSchema.safeParse(JSON.parse(readFileSync(join(out, file), 'utf8'))).success).toBe(true);

    const rerun = await runCli(['extract', input!, '--out', out, '--no-progress']);
    expect(rerun.code).toBe(0);
    const [, done, skipped] = /(\d+) done, 0 failed, (\d+) skipped/.exec(rerun.stderr) ?? [];
    expect(Number(done) + Number(skipped)).toBe(80);
    expect(Number(skipped)).toBeGreaterThanOrEqual(survivors.length - 2); // at most the last writes before the kill lack state
    expect(records(out).sort()).toEqual(names.map((n) => `${n}.json`).sort());
    for (const name of names) {
      const record = RecordSchema.parse(JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')));
      expect(record.source.path).toBe(name);
      expect(record.status).toBe('ok');
    }
    expect((await runCli(['extract', input!, '--out', out, '--no-progress'])).stderr).toMatch(/0 done, 0 failed, 80 skipped/);
  });
});

describe('a gazetteer change', () => {
  it('redoes the records made with the old register, then skips them again', async () => {
    const [input] = corpus(1);
    const out = temp();
    expect((await runCli(['extract', input!, '--out', out, '--no-progress'])).stderr).toMatch(/20 done, 0 failed, 0 skipped/);
    const record = join(out, `00-${SEED_IDS[0]}.txt.json`);
    const before = JSON.parse(readFileSync(record, 'utf8'));

    // The same register with one municipality renamed: a new register version.
    const register = temp();
    for (const file of ['obce.csv', 'okresy.csv', 'kraje.csv']) cpSync(join(SHARED, 'data', file), join(register, file));
    const obce = readFileSync(join(register, 'obce.csv'), 'utf8').split('\n');
    obce[1] = obce[1]!.replace(/,([^,]+),/, ',$1 (změněno),');
    writeFileSync(join(register, 'obce.csv'), obce.join('\n'));

    const changed = await runCli(['extract', input!, '--out', out, '--gazetteer', join(register, 'obce.csv'), '--no-progress']);
    expect(changed.stderr).toMatch(/20 done, 0 failed, 0 skipped/);
    const after = JSON.parse(readFileSync(record, 'utf8'));
    expect(after.producer.gazetteerVersion).not.toBe(before.producer.gazetteerVersion);
    expect(after.producer.pipelineVersion).toBe(before.producer.pipelineVersion);

    const again = await runCli(['extract', input!, '--out', out, '--gazetteer', join(register, 'obce.csv'), '--no-progress']);
    expect(again.stderr).toMatch(/0 done, 0 failed, 20 skipped/);
    expect((await runCli(['extract', input!, '--out', out, '--no-progress'])).stderr).toMatch(/20 done, 0 failed, 0 skipped/);
  });
});
