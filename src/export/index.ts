/**
 * `czdoc export`: a folder of records as a SQLite database, CSV files and/or an XLSX workbook,
 * for people who query and read rather than program. Invalid record files are reported, never
 * exported, and never stop the export.
 */
import { mkdir } from 'node:fs/promises';
import { recordFiles, type Unreadable } from './records.js';
import { collectSheets, writeCsv, writeXlsx, type CsvOptions, type Language } from './sheets.js';
import { exportSqlite, type ExportCounts } from './sqlite.js';

export { ExportError } from './error.js';
export type { Language } from './sheets.js';

export interface ExportOptions {
  sqlite?: string | null;
  csv?: string | null;
  xlsx?: string | null;
  /** Column and table names of the CSV files and sheets (SQLite is always English). */
  lang?: Language;
  delimiter?: CsvOptions['delimiter'];
}

export interface ExportResult {
  documents: number;
  sqlite: ExportCounts | null;
  csvFiles: string[];
  /** Record files that are not valid records, each once however many formats were written. */
  unreadable: Unreadable[];
}

export async function exportRecords(recordsDir: string, options: ExportOptions): Promise<ExportResult> {
  const files = await recordFiles(recordsDir);
  const unreadable = new Map<string, Unreadable>();
  const note = (list: Unreadable[]) => list.forEach((u) => unreadable.set(u.path, u));
  const sqlite = options.sqlite ? exportSqlite(files, options.sqlite) : null;
  if (sqlite) note(sqlite.unreadable);
  let csvFiles: string[] = [];
  if (options.csv || options.xlsx) {
    const { sheets, unreadable: bad } = collectSheets(files, options.lang ?? 'cs');
    note(bad);
    if (options.csv) {
      await mkdir(options.csv, { recursive: true });
      csvFiles = await writeCsv(sheets, options.csv, { delimiter: options.delimiter ?? ',' });
    }
    if (options.xlsx) await writeXlsx(sheets, options.xlsx);
  }
  return { documents: files.length, sqlite, csvFiles, unreadable: [...unreadable.values()] };
}
