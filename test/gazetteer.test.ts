/** The gazetteer: the embedded register against its source, CSV validation, atomic import. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseForms, generateForms } from '../src/gazetteer/forms.js';
import { cachedForms, formsCachePath } from '../src/gazetteer/forms-cache.js';
import { Gazetteer, gazetteerInfo, importRegister, loadGazetteer, RegisterError, registerFromCsv, type Register } from '../src/gazetteer/index.js';
import { processDocument } from '../src/process.js';
import { ROOT, SEEDS } from './helpers.js';

const SHARED_OBCE = '/work/shared/data/obce.csv';
const HEADER = 'kod_obce,nazev,typ,kod_okresu,okres,kod_kraje,kraj,obyvatel';
const LIBEREC = '563889,Liberec,statutární město,CZ0513,Liberec,CZ051,Liberecký kraj,108090';
const BULOVKA = '563935,Bulovka,obec,CZ0513,Liberec,CZ051,Liberecký kraj,800';

function csvFolder(...lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'czdoc-register-'));
  writeFileSync(join(dir, 'obce.csv'), [HEADER, ...lines].join('\n') + '\n');
  return dir;
}

describe('embedded gazetteer', () => {
  const g = loadGazetteer();

  it('holds the full register with its source, date and counts', () => {
    const info = gazetteerInfo(g);
    expect(info).toMatchObject({ origin: 'embedded', municipalities: 6258, districts: 77, regions: 14 });
    expect(String(info.source)).toMatch(/ČSÚ/);
    expect(info.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('ships no case forms: they derive from the GPL-2.0 dictionary-cs (the package is MIT)', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'src', 'gazetteer', 'data', 'register.json'), 'utf8')) as Register;
    expect(shipped.forms).toBeUndefined();
  });

  it.skipIf(!existsSync(SHARED_OBCE))('agrees with ../shared/data/obce.csv on every name/code pair', () => {
    const lines = readFileSync(SHARED_OBCE, 'utf8').trim().split('\n').slice(1);
    const source = new Map(lines.map((l) => l.split(',')).map((c) => [c[0]!, c[1]!]));
    const embedded = new Map(g.register.municipalities.map((m) => [m.code, m.name]));
    expect(embedded.size).toBe(source.size);
    for (const [code, name] of source) expect(embedded.get(code), code).toBe(name);
  });
  if (!existsSync(SHARED_OBCE)) it.skip('../shared/data/obce.csv is absent: the comparison with the source register is skipped', () => {});
});

describe('register validation', () => {
  it('accepts a register in the CSV layout and derives districts and regions', () => {
    const register = registerFromCsv(csvFolder(LIBEREC, BULOVKA));
    expect(register.municipalities.map((m) => m.code)).toEqual(['563889', '563935']);
    expect(register.districts).toEqual([{ code: 'CZ0513', name: 'Liberec', regionCode: 'CZ051' }]);
    expect(register.regions).toEqual([{ code: 'CZ051', name: 'Liberecký kraj' }]);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['a code that is not 6 digits', [LIBEREC, BULOVKA.replace('563935', '56393')], /obce\.csv line 3: municipality code "56393" is not 6 digits/],
    ['a repeated code', [LIBEREC, LIBEREC.replace('Liberec,statutární', 'Liberec II,statutární')], /obce\.csv line 3: municipality code 563889 appears twice/],
    ['an empty column', [LIBEREC, BULOVKA.replace(',obec,', ',,')], /obce\.csv line 3: column "typ" is empty/],
    ['a missing field', [BULOVKA.split(',').slice(0, 7).join(','), LIBEREC], /obce\.csv line 2: 7 fields, expected 8/],
    ['a population that is not a number', [LIBEREC.replace('108090', 'many')], /obce\.csv line 2: population "many"/],
  ];
  it.each(bad)('rejects %s, naming the line', (_what, lines, message) => {
    expect(() => registerFromCsv(csvFolder(...lines))).toThrow(RegisterError);
    expect(() => registerFromCsv(csvFolder(...lines))).toThrow(message);
  });

  it('rejects a file without the expected columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'czdoc-register-'));
    writeFileSync(join(dir, 'obce.csv'), 'kod,nazev\n563889,Liberec\n');
    expect(() => registerFromCsv(dir)).toThrow(/obce\.csv line 1: missing column\(s\) kod_obce, typ/);
  });
});

describe('czdoc gazetteer import', () => {
  let dataDir: string;
  const saved = process.env.CZDOC_DATA_DIR;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'czdoc-data-'));
    process.env.CZDOC_DATA_DIR = dataDir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CZDOC_DATA_DIR;
    else process.env.CZDOC_DATA_DIR = saved;
  });

  it('installs a valid register atomically, with forms, and it becomes the default', () => {
    const { installedAt, register } = importRegister(join(csvFolder(LIBEREC, BULOVKA), 'obce.csv'));
    expect(installedAt).toBe(join(dataDir, 'gazetteer.json'));
    expect(readdirSync(dataDir)).toEqual(['gazetteer.json']);
    const g = loadGazetteer();
    expect(g.origin).toBe(installedAt);
    expect(g.version).toBe(register.version);
    expect(g.register.forms?.names['Liberec']?.[0]).toContain('Liberci');
  });

  it('leaves the installed register untouched when the new one is invalid', () => {
    importRegister(csvFolder(LIBEREC));
    const before = readFileSync(join(dataDir, 'gazetteer.json'), 'utf8');
    expect(() => importRegister(csvFolder(LIBEREC, LIBEREC))).toThrow(/line 3/);
    expect(readFileSync(join(dataDir, 'gazetteer.json'), 'utf8')).toBe(before);
    expect(readdirSync(dataDir)).toEqual(['gazetteer.json']);
  });

  it('names a missing file', () => {
    expect(() => importRegister(join(dataDir, 'nope.csv'))).toThrow(/nope\.csv: no such file or folder/);
  });
});

describe("case forms made on the user's machine", () => {
  const saved = process.env.CZDOC_DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.CZDOC_DATA_DIR;
    else process.env.CZDOC_DATA_DIR = saved;
  });
  const embedded = () => new Gazetteer(loadGazetteer().register, 'embedded');

  it('are generated from the installed dictionary-cs on first use and cached in the data directory', () => {
    process.env.CZDOC_DATA_DIR = mkdtempSync(join(tmpdir(), 'czdoc-data-'));
    const g = embedded();
    const path = formsCachePath(g.register);
    expect(existsSync(path)).toBe(false);
    const forms = caseForms(g);
    expect(existsSync(path)).toBe(true);
    expect(Object.keys(forms.names).length).toBe(g.municipalitiesByName.size);
    expect(forms.names['Liberec']?.[0]).toEqual(expect.arrayContaining(['Liberce', 'Liberci', 'Libercem']));
    expect(forms.common).toContain('Most');
    // The next process reads them instead of generating: a generator that throws is never called.
    const again = cachedForms(g.register, () => {
      throw new Error('generated again');
    });
    expect(again).toEqual(forms);
  });

  it('a damaged cache is generated again and replaced', () => {
    process.env.CZDOC_DATA_DIR = mkdtempSync(join(tmpdir(), 'czdoc-data-'));
    const g = embedded();
    caseForms(g);
    writeFileSync(formsCachePath(g.register), '{"names": {');
    expect(caseForms(embedded()).names['Praha']?.[0]).toContain('Praze');
    expect(JSON.parse(readFileSync(formsCachePath(g.register), 'utf8')).names.Praha[0]).toContain('Praze');
  });

  it('give the same records from the cache as freshly generated', async () => {
    process.env.CZDOC_DATA_DIR = mkdtempSync(join(tmpdir(), 'czdoc-data-'));
    const register: Register = loadGazetteer().register;
    const fresh = new Gazetteer({ ...register, forms: generateForms(register) }, 'embedded');
    caseForms(embedded()); // writes the cache
    const fromCache = embedded();
    for (const file of readdirSync(SEEDS).filter((f) => /\.(txt|md|pdf)$/.test(f))) {
      const bytes = readFileSync(join(SEEDS, file));
      const a = await processDocument(bytes, { path: file, gazetteer: fresh });
      const b = await processDocument(bytes, { path: file, gazetteer: fromCache });
      expect(JSON.stringify(b), file).toBe(JSON.stringify(a));
      expect(a.municipalities.length + a.regions.length, file).toBeGreaterThan(0);
    }
  });
});
