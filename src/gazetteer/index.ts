/**
 * The gazetteer the extractors link against: the embedded official register by default, a
 * register the user installed with `czdoc gazetteer import`, or one named explicitly.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseRegister,
  RegisterError,
  type DistrictEntry,
  type MunicipalityEntry,
  type Register,
  type RegionEntry,
} from './register.js';
import { dataDirectory } from './data-dir.js';
import { generateForms } from './forms.js';

export type { DistrictEntry, MunicipalityEntry, Register, RegionEntry } from './register.js';
export { RegisterError } from './register.js';
export { dataDirectory } from './data-dir.js';

export class Gazetteer {
  readonly municipalitiesByCode = new Map<string, MunicipalityEntry>();
  readonly municipalitiesByName = new Map<string, MunicipalityEntry[]>();
  readonly regionsByCode = new Map<string, RegionEntry>();
  readonly districtsByCode = new Map<string, DistrictEntry>();

  constructor(
    readonly register: Register,
    /** Where it was loaded from: "embedded" or a file path. */
    readonly origin: string,
  ) {
    for (const m of register.municipalities) {
      this.municipalitiesByCode.set(m.code, m);
      const same = this.municipalitiesByName.get(m.name);
      if (same) same.push(m);
      else this.municipalitiesByName.set(m.name, [m]);
    }
    for (const r of register.regions) this.regionsByCode.set(r.code, r);
    for (const d of register.districts) this.districtsByCode.set(d.code, d);
  }

  get version(): string {
    return this.register.version;
  }

  /** Cache for structures derived from the register (name automata…), built once per gazetteer. */
  private readonly derived = new Map<string, unknown>();
  derive<T>(key: string, build: (g: Gazetteer) => T): T {
    if (!this.derived.has(key)) this.derived.set(key, build(this));
    return this.derived.get(key) as T;
  }
}

const EMBEDDED = join(dirname(fileURLToPath(import.meta.url)), 'data', 'register.json');
const loaded = new Map<string, Gazetteer>();

export function installedRegisterPath(): string {
  return join(dataDirectory(), 'gazetteer.json');
}

/**
 * The gazetteer to use: `path` when given (a compiled register JSON, an obce.csv, or a folder
 * with the register's CSV files), else the one installed by `czdoc gazetteer import`, else the
 * embedded register. Loaded once per process and path.
 */
export function loadGazetteer(path?: string | null): Gazetteer {
  const source = path ?? (existsSync(installedRegisterPath()) ? installedRegisterPath() : EMBEDDED);
  let gazetteer = loaded.get(source);
  if (!gazetteer) {
    gazetteer = new Gazetteer(readRegister(source), source === EMBEDDED ? 'embedded' : source);
    loaded.set(source, gazetteer);
  }
  return gazetteer;
}

function readRegister(path: string): Register {
  if (path.endsWith('.json')) {
    const register = JSON.parse(readFileSync(path, 'utf8')) as Register;
    if (!register?.version || !Array.isArray(register.municipalities)) {
      throw new RegisterError(`${path}: not a czdoc gazetteer file`);
    }
    return register;
  }
  return registerFromCsv(path);
}

/**
 * Reads a register in the CSV layout: `path` is obce.csv or the folder holding it. okresy.csv and
 * kraje.csv beside it are used when present; otherwise districts and regions are taken from the
 * columns of obce.csv.
 */
export function registerFromCsv(path: string): Register {
  if (!existsSync(path)) throw new RegisterError(`${path}: no such file or folder`);
  const folder = statSync(path).isDirectory() ? path : dirname(path);
  const obcePath = statSync(path).isDirectory() ? join(path, 'obce.csv') : path;
  if (!existsSync(obcePath)) throw new RegisterError(`${folder}: no obce.csv in this folder`);
  const obce = readFileSync(obcePath, 'utf8');
  const sibling = (name: string) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name), 'utf8') : null);
  const meta = { source: `imported from ${basename(obcePath)}`, date: new Date(statSync(obcePath).mtimeMs).toISOString().slice(0, 10) };
  return parseRegister({ obce, okresy: sibling('okresy.csv'), kraje: sibling('kraje.csv') }, meta);
}

/** Validates a register in the CSV layout and installs it atomically as the user's default. */
export function importRegister(path: string): { register: Register; installedAt: string } {
  const parsed = registerFromCsv(path);
  const register = { ...parsed, forms: generateForms(parsed) };
  const target = installedRegisterPath();
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(register));
  renameSync(temp, target);
  loaded.delete(target);
  return { register, installedAt: target };
}

export function gazetteerInfo(g: Gazetteer): Record<string, string | number> {
  const r = g.register;
  return {
    origin: g.origin,
    version: r.version,
    source: r.source,
    date: r.date,
    municipalities: r.municipalities.length,
    districts: r.districts.length,
    regions: r.regions.length,
  };
}
