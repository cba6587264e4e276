/** One row of the index per record file: what the index shows, filters and searches. */
import type { CzdocRecord } from '../schema/record.js';
import { KINDS } from './kinds.js';
import { mentionsOf } from './spans.js';

export type ReviewStatus = 'ok' | 'error' | 'invalid';

export interface IndexRow {
  /** The document page, relative to the review root. */
  page: string;
  /** The source path of the document (the record file for an invalid record). */
  path: string;
  /** The record file, relative to the records directory. */
  record: string;
  status: ReviewStatus;
  type: string | null;
  date: string | null;
  title: string;
  /** The start of the text, searched together with path and title. */
  snippet: string;
  /** Number of values per kind, in KINDS order. */
  counts: number[];
  /** Warnings of the record plus spans that do not match the text. */
  warnings: number;
  /** "code: message" of an error record or why the file is not a valid record. */
  error: string | null;
  /** The values the index filters by and charts. */
  values: RowValues;
}

/** Per record: municipalities as "code name", region names, years, resolution ids, persons, CZK amounts. */
export interface RowValues {
  municipalities: string[];
  regions: string[];
  years: number[];
  resolutions: string[];
  persons: string[];
  amounts: number[];
}

const NO_VALUES: RowValues = { municipalities: [], regions: [], years: [], resolutions: [], persons: [], amounts: [] };

function rowValues(r: CzdocRecord): RowValues {
  const years = new Set(r.dates.map((d) => Number(d.value.slice(0, 4))));
  return {
    municipalities: r.municipalities.map((m) => `${m.code ?? ''} ${m.name}`),
    regions: r.regions.map((g) => g.name),
    years: [...years],
    resolutions: r.resolutions.map((u) => u.id),
    persons: r.persons.map((p) => p.name),
    amounts: r.amounts.filter((a) => a.currency === 'CZK').map((a) => a.value),
  };
}

const SNIPPET_CHARS = 160;
const TITLE_CHARS = 160;

export function recordRow(record: CzdocRecord, recordFile: string, page: string, spanProblems: number): IndexRow {
  const title = clip(record.document.title ?? '', TITLE_CHARS);
  return {
    page,
    path: record.source.path,
    record: recordFile,
    status: record.status,
    type: record.document.type,
    date: record.document.date,
    title,
    snippet: snippetOf(record.text, record.document.title),
    counts: KINDS.map((k) => mentionsOf(record, k.id).length),
    warnings: record.warnings.length + spanProblems,
    error: record.error ? `${record.error.code}: ${record.error.message}` : null,
    values: rowValues(record),
  };
}

export function invalidRow(recordFile: string, page: string, message: string): IndexRow {
  return {
    page,
    path: recordFile,
    record: recordFile,
    status: 'invalid',
    type: null,
    date: null,
    title: '',
    snippet: '',
    counts: KINDS.map(() => 0),
    warnings: 0,
    error: clip(message, 300),
    values: NO_VALUES,
  };
}

/** The text after the title (which is usually its first line), whitespace collapsed. */
function snippetOf(text: string, title: string | null): string {
  const rest = title && text.startsWith(title) ? text.slice(title.length) : text;
  return clip(rest.slice(0, SNIPPET_CHARS * 2).replace(/\s+/gu, ' ').trim(), SNIPPET_CHARS);
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
