/** The czdoc command line on real files (runs the built dist/cli.js). */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema, RecordSchema } from '../src/index.js';
import { BAD, ROOT, runCli, SEEDS } from './helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'czdoc-cli-'));

/** A small input tree: press/ with a PDF and a TXT, council/ with a DOCX. */
function inputTree(): string {
  const dir = temp();
  mkdirSync(join(dir, 'press'));
  mkdirSync(join(dir, 'council'));
  cpSync(join(SEEDS, '002_d8e6a0855838f666.pdf'), join(dir, 'press', '002.pdf'));
  cpSync(join(SEEDS, '000_502735f528e78d37.txt'), join(dir, 'press', '000.txt'));
  cpSync(join(SEEDS, '003_5247c620947f851a.docx'), join(dir, 'council', '003.docx'));
  return dir;
}

describe('czdoc extract', () => {
  it('writes DIR/<path relative to the input root>.json for a folder, exit 0', async () => {
    const input = inputTree();
    const out = temp();
    const result = await runCli(['extract', input, '--out', out, '--no-progress']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/3 done, 0 failed, 0 skipped/);
    for (const path of ['press/002.pdf.json', 'press/000.txt.json', 'council/003.docx.json']) {
      const record = JSON.parse(readFileSync(join(out, path), 'utf8'));
      expect(RecordSchema.safeParse(record).success).toBe(true);
      expect(record.source.path).toBe(path.replace(/\.json$/, ''));
    }
    expect(JSON.parse(readFileSync(join(out, 'schema.json'), 'utf8'))).toEqual(recordJsonSchema());
    const run = JSON.parse(readFileSync(join(out, '_run.json'), 'utf8'));
    expect(run).toMatchObject({ done: 3, failed: 0, skipped: 0 });
  });

  it('streams JSON Lines on stdout and nothing else', async () => {
    const result = await runCli(['extract', 'fixtures/seeds/*.{txt,md,pdf,docx}', '--jsonl', '-', '--no-progress']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(15);
    for (const line of lines) expect(RecordSchema.safeParse(JSON.parse(line)).success).toBe(true);
  });

  it('exits 1 when a document fails, names it, and still writes every record', async () => {
    const out = temp();
    const result = await runCli(['extract', BAD, '--out', out, '--no-progress']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/failed encrypted\.pdf: The PDF is password-protected/);
    const written = readdirSync(out).filter((f) => f.endsWith('.json') && !f.startsWith('_') && f !== 'schema.json');
    expect(written).toHaveLength(readdirSync(BAD).length);
    expect(JSON.parse(readFileSync(join(out, 'truncated.pdf.json'), 'utf8')).status).toBe('error');
  });

  it('skips unchanged inputs on a re-run, redoes changed ones, and --force redoes all', async () => {
    const input = inputTree();
    const out = temp();
    await runCli(['extract', input, '--out', out, '--no-progress']);
    const before = readFileSync(join(out, 'press/000.txt.json'), 'utf8');
    const again = await runCli(['extract', input, '--out', out, '--no-progress']);
    expect(again.stderr).toMatch(/0 done, 0 failed, 3 skipped/);
    writeFileSync(join(input, 'press', '000.txt'), `${readFileSync(join(input, 'press', '000.txt'), 'utf8')}\nDodatek.`);
    const touched = join(input, 'council', '003.docx');
    utimesSync(touched, new Date(), new Date(Date.now() + 5000)); // same bytes, new mtime
    const changed = await runCli(['extract', input, '--out', out, '--no-progress']);
    expect(changed.stderr).toMatch(/1 done, 0 failed, 2 skipped/);
    expect(readFileSync(join(out, 'press/000.txt.json'), 'utf8')).not.toBe(before);
    const forced = await runCli(['extract', input, '--out', out, '--no-progress', '--force']);
    expect(forced.stderr).toMatch(/3 done, 0 failed, 0 skipped/);
  });

  it('gives byte-identical records on a forced re-run', async () => {
    const input = inputTree();
    const [a, b] = [temp(), temp()];
    await runCli(['extract', input, '--out', a, '--no-progress']);
    await runCli(['extract', input, '--out', b, '--no-progress', '--concurrency', '1']);
    for (const path of ['press/002.pdf.json', 'press/000.txt.json', 'council/003.docx.json']) {
      expect(readFileSync(join(a, path))).toEqual(readFileSync(join(b, path)));
    }
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['extract', 'fixtures/seeds'])).code).toBe(2);
    expect((await runCli(['extract', '--out', temp()])).code).toBe(2);
    expect((await runCli(['extract', 'no/such/folder', '--out', temp()])).code).toBe(2);
    expect((await runCli(['extract', 'fixtures/seeds', '--out', temp(), '--concurrency', 'many'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });
});

describe('czdoc run', () => {
  it('runs a named pipeline from pipelines/', async () => {
    const project = temp();
    mkdirSync(join(project, 'pipelines'));
    cpSync(join(SEEDS, '001_0f04818b8e1e8c03.txt'), join(project, 'in.txt'));
    writeFileSync(join(project, 'pipelines', 'mine.json'), JSON.stringify({ inputs: ['in.txt'], out: 'records' }));
    const result = await runCli(['run', 'mine', '--no-progress'], { cwd: project });
    expect(result.code).toBe(0);
    expect(existsSync(join(project, 'records', 'in.txt.json'))).toBe(true);
  });

  it('rejects a bad definition with a clear message', async () => {
    const project = temp();
    mkdirSync(join(project, 'pipelines'));
    writeFileSync(join(project, 'pipelines', 'bad.json'), JSON.stringify({ inputs: [], outt: 'x' }));
    const result = await runCli(['run', 'bad'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/invalid pipeline definition/);
    expect(result.stderr).toMatch(/inputs/);
    expect(result.stderr).toMatch(/outt/);
    expect((await runCli(['run', 'missing'], { cwd: project })).stderr).toMatch(/No pipeline "missing"/);
  });
});

describe('czdoc schema, --help, --version', () => {
  it('prints the JSON Schema generated from zod', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(recordJsonSchema());
  });

  it('answers --help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage:/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
