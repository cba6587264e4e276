/**
 * The register of municipalities, districts and regions in its CSV layout (that of the
 * official files obce.csv, okresy.csv, kraje.csv), parsed and validated into the compact form
 * the package embeds and `czdoc gazetteer import` installs.
 */
import { createHash } from 'node:crypto';
import type { NameForms } from './forms.js';

export interface MunicipalityEntry {
  code: string;
  name: string;
  type: string;
  districtCode: string;
  district: string;
  regionCode: string;
  region: string;
  population: number;
}

export interface DistrictEntry {
  code: string;
  name: string;
  regionCode: string;
}

export interface RegionEntry {
  code: string;
  name: string;
}

export interface Register {
  /** Content hash: records carry it, so a register change redoes exactly the affected records. */
  version: string;
  source: string;
  date: string;
  municipalities: MunicipalityEntry[];
  districts: DistrictEntry[];
  regions: RegionEntry[];
  /** Precomputed case forms of the names (see forms.ts); derived data, not part of `version`. */
  forms?: NameForms;
}

/** The register's CSV files; without okresy.csv or kraje.csv, districts and regions come from the columns of obce.csv. */
export interface RegisterFiles {
  obce: string;
  okresy?: string | null;
  kraje?: string | null;
}

export class RegisterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegisterError';
  }
}

const COLUMNS = {
  obce: ['kod_obce', 'nazev', 'typ', 'kod_okresu', 'okres', 'kod_kraje', 'kraj', 'obyvatel'],
  okresy: ['kod', 'nazev', 'kod_kraje', 'kod_csu', 'kod_ruian'],
  kraje: ['kod', 'nuts', 'nazev', 'kod_csu'],
} as const;

export function parseRegister(files: RegisterFiles, meta: { source: string; date: string }): Register {
  const obce = rows('obce.csv', files.obce, COLUMNS.obce);
  const regions = files.kraje
    ? rows('kraje.csv', files.kraje, COLUMNS.kraje).map(({ row }) => ({ code: row.nuts!, name: row.nazev! }))
    : distinct(obce.map(({ row }) => ({ code: row.kod_kraje!, name: row.kraj! })));
  const regionCodes = new Set(regions.map((r) => r.code));
  const districts = files.okresy
    ? rows('okresy.csv', files.okresy, COLUMNS.okresy).map(({ row, line }) => {
        if (!regionCodes.has(row.kod_kraje!)) fail('okresy.csv', line, `unknown region code "${row.kod_kraje}"`);
        return { code: row.kod!, name: row.nazev!, regionCode: row.kod_kraje! };
      })
    : distinct(obce.map(({ row }) => ({ code: row.kod_okresu!, name: row.okres!, regionCode: row.kod_kraje! })));
  const districtCodes = new Set(districts.map((d) => d.code));
  const seen = new Set<string>();
  const municipalities = obce.map(({ row, line }) => {
    const code = row.kod_obce!;
    if (!/^\d{6}$/.test(code)) fail('obce.csv', line, `municipality code "${code}" is not 6 digits`);
    if (seen.has(code)) fail('obce.csv', line, `municipality code ${code} appears twice`);
    seen.add(code);
    if (!districtCodes.has(row.kod_okresu!)) fail('obce.csv', line, `unknown district code "${row.kod_okresu}"`);
    if (!regionCodes.has(row.kod_kraje!)) fail('obce.csv', line, `unknown region code "${row.kod_kraje}"`);
    const population = Number(row.obyvatel);
    if (!Number.isInteger(population) || population < 0) fail('obce.csv', line, `population "${row.obyvatel}" is not a whole number`);
    return {
      code,
      name: row.nazev!,
      type: row.typ!,
      districtCode: row.kod_okresu!,
      district: row.okres!,
      regionCode: row.kod_kraje!,
      region: row.kraj!,
      population,
    };
  });
  if (municipalities.length === 0) throw new RegisterError('obce.csv: no municipalities');
  const body = { source: meta.source, date: meta.date, municipalities, districts, regions };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
  return { version, ...body };
}

/** The first entry of each code, in order of appearance. */
function distinct<T extends { code: string }>(entries: T[]): T[] {
  const byCode = new Map<string, T>();
  for (const entry of entries) if (!byCode.has(entry.code)) byCode.set(entry.code, entry);
  return [...byCode.values()];
}

function rows(file: string, csv: string, columns: readonly string[]): Array<{ row: Record<string, string>; line: number }> {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new RegisterError(`${file} line 1: missing column(s) ${missing.join(', ')}; expected ${columns.join(',')}`);
  }
  const out: Array<{ row: Record<string, string>; line: number }> = [];
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (!text.trim()) return;
    const cells = splitCsvLine(text);
    if (cells.length !== header.length) fail(file, line, `${cells.length} fields, expected ${header.length}`);
    const row: Record<string, string> = {};
    header.forEach((name, k) => (row[name] = cells[k]!.trim()));
    const empty = columns.find((c) => !row[c]);
    if (empty) fail(file, line, `column "${empty}" is empty`);
    out.push({ row, line });
  });
  return out;
}

/** One CSV line with RFC 4180 quoting (names with commas are quoted). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cell), (cell = '');
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function fail(file: string, line: number, problem: string): never {
  throw new RegisterError(`${file} line ${line}: ${problem}`);
}
