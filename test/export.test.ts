/** czdoc export on real records: the seeds and the shared corpus documents, extracted by the CLI. */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFiles } from '../src/export/records.js';
import { exportSqlite } from '../src/export/sqlite.js';
import type { CzdocRecord } from '../src/schema/record.js';
import { runCli, SEEDS, SHARED } from './helpers.js';

const CORPUS = join(SHARED, 'corpus', 'docs');
const work = mkdtempSync(join(tmpdir(), 'czdoc-export-'));
const inputs = join(work, 'in');
const records = join(work, 'records');

/** Every record of the folder, by path. */
function readRecords(dir: string): Map<string, CzdocRecord> {
  const out = new Map<string, CzdocRecord>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json') || ['schema.json', '_run.json'].includes(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(full.slice(dir.length + 1), JSON.parse(readFileSync(full, 'utf8')) as CzdocRecord);
  }
  return out;
}

const sum = (all: CzdocRecord[], count: (r: CzdocRecord) => number) => all.reduce((n, r) => n + count(r), 0);
const mentionCount = (r: CzdocRecord) => [...r.municipalities, ...r.regions, ...r.persons].reduce((n, v) => n + v.mentions.length, 0);

/** The number of rows each table must have: one per value of the records. */
function expectedCounts(all: CzdocRecord[]): Record<string, number> {
  return {
    documents: all.length,
    dates: sum(all, (r) => r.dates.length),
    amounts: sum(all, (r) => r.amounts.length),
    municipalities: sum(all, (r) => r.municipalities.length),
    regions: sum(all, (r) => r.regions.length),
    resolutions: sum(all, (r) => r.resolutions.length),
    signatories: sum(all, (r) => r.signatories.length),
    persons: sum(all, (r) => r.persons.length),
    mentions: sum(all, mentionCount),
    blocks: sum(all, (r) => r.blocks.length),
    warnings: sum(all, (r) => r.warnings.length),
    errors: sum(all, (r) => (r.error ? 1 : 0)),
  };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let byPath: Map<string, CzdocRecord>;

beforeAll(async () => {
  mkdirSync(inputs, { recursive: true });
  cpSync(SEEDS, join(inputs, 'seeds'), { recursive: true, filter: (f) => !f.endsWith('.expected.json') });
  // Real documents of every format, the legacy .doc among them (an error record).
  if (existsSync(CORPUS)) for (const f of readdirSync(CORPUS).filter((f) => /^(b0[0-2]\d|c00\d|p00\d)/.test(f) || f.endsWith('.doc'))) {
    mkdirSync(join(inputs, 'corpus'), { recursive: true });
    copyFileSync(join(CORPUS, f), join(inputs, 'corpus', f));
  }
  const run = await runCli(['extract', inputs, '--out', records, '--no-progress', '--workers', '2']);
  expect(run.stderr).toMatch(/done/);
  byPath = readRecords(records);
  expect(byPath.size).toBeGreaterThan(20);
}, 300_000);

describe('czdoc export --sqlite', () => {
  const db = () => new Database(join(work, 'all.sqlite'), { readonly: true });

  beforeAll(async () => {
    const run = await runCli(['export', records, '--sqlite', join(work, 'all.sqlite')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${byPath.size} added, 0 changed, 0 removed, 0 unchanged`);
  });

  it('has a row per value of the records in every table', () => {
    const d = db();
    const counts = Object.fromEntries(Object.keys(expectedCounts([])).map((t) => [t, (d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
    expect(counts).toEqual(expectedCounts([...byPath.values()]));
    expect(counts.errors).toBeGreaterThan(0); // the .doc
    expect(counts.amounts).toBeGreaterThan(0);
  });

  it('finds documents by municipality code, with district and region', () => {
    const rows = db()
      .prepare('SELECT DISTINCT d.path, m.district, m.region FROM municipalities m JOIN documents d ON d.id = m.document_id WHERE m.code = ? ORDER BY d.path')
      .all('563889') as Array<{ path: string; district: string; region: string }>;
    const expected = [...byPath].filter(([, r]) => r.municipalities.some((m) => m.code === '563889')).map(([p]) => p).sort();
    expect(rows.map((r) => r.path)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(4);
    expect(rows[0]).toMatchObject({ district: 'Liberec', region: 'Liberecký kraj' });
  });

  it('finds dates and documents by year, and amounts above a sum', () => {
    const d = db();
    const years = d.prepare('SELECT count(*) AS n FROM dates WHERE year = 2019').get() as { n: number };
    expect(years.n).toBe(sum([...byPath.values()], (r) => r.dates.filter((x) => x.value.startsWith('2019')).length));
    const big = d.prepare("SELECT value FROM amounts WHERE currency = 'CZK' AND value > 1000000").all() as Array<{ value: number }>;
    const expected = [...byPath.values()].flatMap((r) => r.amounts.filter((a) => a.currency === 'CZK' && a.value > 1e6).map((a) => a.value));
    expect(big.map((b) => b.value).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it('joins resolutions, signatories, persons, regions, warnings and errors to their documents', () => {
    const d = db();
    const all = [...byPath];
    const query = (sql: string) => (d.prepare(sql).all() as Array<{ path: string; v: string | null }>).map((r) => `${r.path}|${r.v}`).sort();
    const from = (pick: (r: CzdocRecord) => Array<string | null>) => all.flatMap(([p, r]) => pick(r).map((v) => `${p}|${v}`)).sort();
    const join = (table: string, column: string) => `SELECT d.path, t.${column} AS v FROM ${table} t JOIN documents d ON d.id = t.document_id`;
    expect(query(join('resolutions', 'resolution'))).toEqual(from((r) => r.resolutions.map((x) => x.id)));
    expect(query(join('signatories', 'name'))).toEqual(from((r) => r.signatories.map((x) => x.name)));
    expect(query(join('persons', 'name'))).toEqual(from((r) => r.persons.map((x) => x.name)));
    expect(query(join('regions', 'code'))).toEqual(from((r) => r.regions.map((x) => x.code)));
    expect(query(join('warnings', 'code'))).toEqual(from((r) => r.warnings.map((x) => x.code)));
    expect(query(join('errors', 'code'))).toEqual(from((r) => (r.error ? [r.error.code] : [])));
  });

  it('keeps each mention as its text, span and page, joined to its value', () => {
    const rows = db()
      .prepare(
        `SELECT d.path, d.text AS doc, z.start, z."end", z.text, z.page, m.name FROM mentions z JOIN documents d ON d.id = z.document_id
         JOIN municipalities m ON m.document_id = z.document_id AND m.item = z.item WHERE z.kind = 'municipality'`,
      )
      .all() as Array<{ path: string; doc: string; start: number; end: number; text: string; page: number | null; name: string }>;
    expect(rows.length).toBe(sum([...byPath.values()], (r) => r.municipalities.reduce((n, m) => n + m.mentions.length, 0)));
    for (const row of rows) expect(row.doc.slice(row.start, row.end)).toBe(row.text);
    expect(rows.filter((r) => r.path.endsWith('.pdf.json')).every((r) => r.page !== null && r.page >= 1)).toBe(true);
    expect(rows.filter((r) => r.path.endsWith('.txt.json')).every((r) => r.page === null)).toBe(true);
  });

  it('keeps the layout blocks with their kind, text and page', () => {
    const rows = db()
      .prepare("SELECT d.path, b.kind, b.text FROM blocks b JOIN documents d ON d.id = b.document_id WHERE b.kind = 'signature' ORDER BY d.path, b.start")
      .all() as Array<{ path: string; kind: string; text: string }>;
    const expected = [...byPath].flatMap(([p, r]) => r.blocks.filter((b) => b.kind === 'signature').map((b) => ({ path: p, kind: b.kind, text: r.text.slice(b.start, b.end) })));
    expect(rows).toEqual(expected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('searches the full text with diacritics folded', () => {
    const hits = (q: string) => (db().prepare('SELECT d.path FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY d.path').all(q) as Array<{ path: string }>).map((r) => r.path);
    const containing = (word: string) => [...byPath].filter(([, r]) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(fold(r.text))).map(([p]) => p).sort();
    expect(hits('liberecky')).toEqual(containing('liberecky'));
    expect(hits('Liberecký')).toEqual(hits('liberecky'));
    expect(hits('liberecky')).not.toHaveLength(0);
  });
});

describe('incremental export', () => {
  const file = join(work, 'incremental.sqlite');
  const input = join(work, 'one');
  const out = join(work, 'one-records');
  const seed = readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!;
  const rowsOf = (path: string) => {
    const d = new Database(file, { readonly: true });
    const id = (d.prepare('SELECT id FROM documents WHERE path = ?').get(path) as { id: number }).id;
    return { id, municipalities: d.prepare('SELECT * FROM municipalities WHERE document_id = ?').all(id), dates: d.prepare('SELECT * FROM dates WHERE document_id = ?').all(id) };
  };

  it('after a re-run changes only the rows of the changed record', async () => {
    mkdirSync(input, { recursive: true });
    for (const f of readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f))) copyFileSync(join(SEEDS, f), join(input, f));
    await runCli(['extract', input, '--out', out, '--no-progress', '--workers', '1']);
    expect((await runCli(['export', out, '--sqlite', file])).stderr).toContain('5 added, 0 changed, 0 removed, 0 unchanged');
    const other = readdirSync(input).find((f) => f !== seed)!;
    const before = rowsOf(`${other}.json`);

    writeFileSync(join(input, seed), `${readFileSync(join(input, seed), 'utf8')}\nV Tanvaldu dne 3. 4. 2020.\n`);
    await runCli(['extract', input, '--out', out, '--no-progress', '--workers', '1']);
    const run = await runCli(['export', out, '--sqlite', file]);
    expect(run.stderr).toContain('0 added, 1 changed, 0 removed, 4 unchanged');
    expect(rowsOf(`${other}.json`)).toEqual(before);
    const changed = rowsOf(`${seed}.json`);
    expect(changed.dates.some((d) => (d as { value: string }).value === '2020-04-03')).toBe(true);
    expect(changed.municipalities.some((m) => (m as { name: string }).name === 'Tanvald')).toBe(true);

    rmSync(join(out, `${other}.json`));
    expect((await runCli(['export', out, '--sqlite', file])).stderr).toContain('0 added, 0 changed, 1 removed, 4 unchanged');
    const d = new Database(file, { readonly: true });
    expect((d.prepare('SELECT count(*) AS n FROM mentions').get() as { n: number }).n).toBe(sum([...readRecords(out).values()], mentionCount));
  });

  it('leaves the database as it was when an export fails midway (one transaction)', async () => {
    const dump = () => new Database(file, { readonly: true }).prepare('SELECT path, record_sha256 FROM documents ORDER BY path').all();
    const before = dump();
    writeFileSync(join(input, seed), `${readFileSync(join(input, seed), 'utf8')}\nV Liberci.\n`);
    await runCli(['extract', input, '--out', out, '--no-progress', '--workers', '1']);
    const files = await recordFiles(out);
    const failing = { path: 'zz-last.json', sha256: '0'.repeat(64), read: () => { throw new Error('disk gone'); } };
    expect(() => exportSqlite([...files, failing], file)).toThrow('disk gone');
    expect(dump()).toEqual(before);
  });

  it('rebuilds a database of an older layout (one without the blocks table)', async () => {
    const older = join(work, 'older.sqlite');
    await runCli(['export', out, '--sqlite', older]);
    const d = new Database(older);
    d.exec("DROP TABLE blocks; UPDATE meta SET value = '1' WHERE key = 'layout'");
    d.close();
    const n = readRecords(out).size;
    expect((await runCli(['export', out, '--sqlite', older])).stderr).toContain(`${n} added, 0 changed, 0 removed, 0 unchanged`);
    const blocks = (new Database(older, { readonly: true }).prepare('SELECT count(*) AS n FROM blocks').get() as { n: number }).n;
    expect(blocks).toBe(sum([...readRecords(out).values()], (r) => r.blocks.length));
  });
});

describe('records the export does not expect', () => {
  it('exports a record with a field it does not know, reports an invalid file and goes on', async () => {
    const dir = join(work, 'odd');
    mkdirSync(dir, { recursive: true });
    const [path, record] = [...byPath].find(([p]) => p.endsWith('.pdf.json'))!;
    writeFileSync(join(dir, 'plain.json'), JSON.stringify(record));
    writeFileSync(join(dir, 'newer.json'), JSON.stringify({ ...record, footnotes: [{ kind: 'footnote', start: 0, end: 10 }] }));
    writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": ');
    const run = await runCli(['export', dir, '--sqlite', join(dir, 'odd.sqlite'), '--csv', join(dir, 'csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not exported broken\.json: Neplatný JSON/);
    expect(run.stderr).toContain('exported 2 of 3 record file(s)');
    const d = new Database(join(dir, 'odd.sqlite'), { readonly: true });
    const rows = (name: string) => d.prepare(`SELECT * FROM mentions WHERE document_id = (SELECT id FROM documents WHERE path = ?)`).all(name).map((r) => ({ ...(r as object), document_id: 0 }));
    expect(rows('newer.json')).toEqual(rows('plain.json'));
    expect(rows('plain.json').length).toBe(mentionCount(record));
    expect(path).toBeTruthy();
  });

  it('refuses to touch a database czdoc did not write', async () => {
    const foreign = join(work, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE people (name TEXT); INSERT INTO people VALUES (1)');
    const run = await runCli(['export', records, '--sqlite', foreign]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a database czdoc did not write; it is left alone/);
    expect(new Database(foreign).prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 1 });
  });
});

describe('czdoc export --csv and --xlsx', () => {
  const tables = Object.keys(expectedCounts([]));

  it('writes a UTF-8 CSV with BOM per table, Czech column names, a row per value', async () => {
    const dir = join(work, 'csv-cs');
    expect((await runCli(['export', records, '--csv', dir])).code).toBe(0);
    const bytes = readFileSync(join(dir, 'obce.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('dokument,pořadí,název,kód_obce,okres,kraj,kandidáti,zmínek');
    expect(readdirSync(dir)).toHaveLength(tables.length);
    expect(lines.length - 1).toBe(expectedCounts([...byPath.values()]).municipalities);
  });

  it('with --delimiter ";" writes decimal commas for Czech Excel, and English names with --lang en', async () => {
    const dir = join(work, 'csv-en');
    expect((await runCli(['export', records, '--csv', dir, '--delimiter', ';', '--lang', 'en'])).code).toBe(0);
    const csv = readFileSync(join(dir, 'amounts.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFdocument;value;currency;qualifier;role;start;end;text;page');
    const fractional = [...byPath.values()].flatMap((r) => r.amounts).find((a) => !Number.isInteger(a.value));
    if (fractional) expect(csv).toContain(`;${String(fractional.value).replace('.', ',')};`);
    expect(csv.trim().split('\r\n').length - 1).toBe(expectedCounts([...byPath.values()]).amounts);
  });

  it('writes one workbook with a sheet per table and the same rows', async () => {
    const file = join(work, 'all.xlsx');
    expect((await runCli(['export', records, '--xlsx', file, '--lang', 'en'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const counts = Object.fromEntries(workbook.worksheets.map((s) => [s.name, s.actualRowCount - 1]));
    expect(counts).toEqual(expectedCounts([...byPath.values()]));
    const sheet = workbook.getWorksheet('municipalities')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'document', 'item', 'name', 'code', 'district', 'region', 'candidates', 'mentions']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });
});

describe('a pipeline with exports', () => {
  it('writes the database named in the pipeline after its run', async () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'pipelines'), { recursive: true });
    cpSync(SEEDS, join(project, 'docs'), { recursive: true, filter: (f) => !f.endsWith('.json') && !/\.(pdf|docx|odt)$/.test(f) });
    writeFileSync(
      join(project, 'pipelines', 'p.json'),
      JSON.stringify({ inputs: ['docs'], out: 'out', workers: 1, exports: { sqlite: 'out/czdoc.sqlite', xlsx: 'out/czdoc.xlsx' } }),
    );
    const run = await runCli(['run', 'p', '--no-progress'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    const d = new Database(join(project, 'out', 'czdoc.sqlite'), { readonly: true });
    expect(d.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 5 });
    expect(existsSync(join(project, 'out', 'czdoc.xlsx'))).toBe(true);
  });
});
