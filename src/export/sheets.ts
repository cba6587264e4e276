/**
 * `--csv DIR` and `--xlsx FILE`: the tables of ./tables.ts for spreadsheets — a CSV per table
 * (csv-stringify) or a sheet per table (exceljs), columns named in Czech or English. Each row
 * names its document by the record's path; the full text is left to SQLite and the JSON.
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { writeFileAtomic } from '../batch/atomic.js';
import type { RecordFile, Unreadable } from './records.js';
import { DOCUMENTS, TABLES, type Cell, type Table } from './tables.js';

export type Language = 'cs' | 'en';

export interface Sheet {
  /** File or sheet name, in the chosen language. */
  name: string;
  header: string[];
  rows: Cell[][];
}

const KEY = { documents: { en: 'path', cs: 'cesta' }, values: { en: 'document', cs: 'dokument' } };

/** Every table's rows, in path order, from the readable records; the others are listed. */
export function collectSheets(files: RecordFile[], lang: Language): { sheets: Sheet[]; unreadable: Unreadable[] } {
  const columns = (table: Table) => table.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.sqlOnly);
  const sheets = TABLES.map((table) => ({
    table,
    kept: columns(table).map(({ i }) => i),
    sheet: {
      name: table[lang === 'cs' ? 'cs' : 'name'],
      header: [KEY[table === DOCUMENTS ? 'documents' : 'values'][lang], ...columns(table).map(({ c }) => c[lang])],
      rows: [] as Cell[][],
    },
  }));
  const unreadable: Unreadable[] = [];
  for (const file of files) {
    const parsed = file.read();
    if (!parsed.ok) {
      unreadable.push({ path: file.path, message: parsed.message });
      continue;
    }
    for (const { table, kept, sheet } of sheets) {
      for (const cells of table.rows(parsed.record)) sheet.rows.push([file.path, ...kept.map((i) => cells[i] ?? null)]);
    }
  }
  return { sheets: sheets.map((s) => s.sheet), unreadable };
}

export interface CsvOptions {
  /** `;` is what Excel expects in a Czech locale; it also writes decimal commas (1250,5). */
  delimiter: ',' | ';' | '\t';
}

/** One UTF-8 CSV with a BOM (so Excel reads the diacritics) per table, each written whole or not at all. */
export async function writeCsv(sheets: Sheet[], dir: string, options: CsvOptions): Promise<string[]> {
  const decimalComma = options.delimiter === ';';
  const written: string[] = [];
  for (const sheet of sheets) {
    const csv = stringify([sheet.header, ...sheet.rows], {
      delimiter: options.delimiter,
      record_delimiter: 'windows',
      cast: { number: (n) => (decimalComma ? String(n).replace('.', ',') : String(n)) },
    });
    const path = join(dir, `${sheet.name}.csv`);
    await writeFileAtomic(path, `\uFEFF${csv}`);
    written.push(path);
  }
  return written;
}

/** One workbook, a sheet per table with a frozen, filterable header row; written to a temporary file, then renamed. */
export async function writeXlsx(sheets: Sheet[], path: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: true });
    workbook.creator = 'czdoc';
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = sheet.header.map((header) => ({ width: Math.min(40, Math.max(10, header.length + 2)) }));
      const head = worksheet.addRow(sheet.header);
      head.font = { bold: true };
      head.commit();
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
      for (const row of sheet.rows) worksheet.addRow(row).commit();
      worksheet.commit();
    }
    await workbook.commit();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
