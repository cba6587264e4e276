/**
 * The tables every export writes (SQLite, CSV, XLSX): one per kind of value, each column named
 * in English (SQL and `--lang en`) and Czech (`--lang cs`). Rows are read off a record by naming
 * the fields they need, so a field a newer record adds is simply not exported until a column
 * asks for it.
 */
import type { CzdocRecord, Span } from '../schema/record.js';

export type Cell = string | number | null;
export type SqlType = 'TEXT' | 'INTEGER' | 'REAL';

export interface Column {
  en: string;
  cs: string;
  type: SqlType;
  /** Only in SQLite: the whole text would burst a spreadsheet cell (32,767 characters at most). */
  sqlOnly?: boolean;
}

export interface Table {
  name: string;
  cs: string;
  /** After the document key, which is `document_id` in SQLite and the record's path in sheets. */
  columns: Column[];
  /** SQLite indexes beyond the one on the document key. */
  indexes: string[][];
  rows(record: CzdocRecord): Cell[][];
}

const text = (en: string, cs: string, sqlOnly = false): Column => ({ en, cs, type: 'TEXT', sqlOnly });
const int = (en: string, cs: string): Column => ({ en, cs, type: 'INTEGER' });
const real = (en: string, cs: string): Column => ({ en, cs, type: 'REAL' });

const SPAN_COLUMNS = [int('start', 'začátek'), int('end', 'konec'), text('text', 'text'), int('page', 'strana')];

/** The PDF page a span starts on, from the record's page map; null for formats without pages. */
function pageOf(record: CzdocRecord, offset: number): number | null {
  for (const { page, start, end } of record.pageMap) if (offset >= start && offset < end) return page;
  return null;
}

const spanCells = (record: CzdocRecord, span: Span): Cell[] => [span.start, span.end, span.text, pageOf(record, span.start)];
const list = (values: string[]): string | null => (values.length ? values.join('; ') : null);
const yearOf = (value: string | null): number | null => (value ? Number(value.slice(0, 4)) : null);
const flag = (value: boolean): number => (value ? 1 : 0);

export const DOCUMENTS: Table = {
  name: 'documents',
  cs: 'dokumenty',
  columns: [
    text('status', 'stav'),
    text('type', 'typ'),
    text('date', 'datum'),
    int('year', 'rok'),
    text('title', 'název'),
    text('media_type', 'formát'),
    int('bytes', 'bajty'),
    int('pages', 'stran'),
    text('encoding', 'kódování'),
    text('language', 'jazyk'),
    text('type_cues', 'znaky_typu'),
    text('source_sha256', 'sha256_zdroje'),
    text('schema_version', 'verze_schématu'),
    text('producer_version', 'verze_czdoc'),
    text('pipeline_version', 'verze_zpracování'),
    text('gazetteer_version', 'verze_registru'),
    text('text', 'text', true),
  ],
  indexes: [['type'], ['date'], ['year']],
  rows: (r) => [
    [
      r.status,
      r.document.type,
      r.document.date,
      yearOf(r.document.date),
      r.document.title,
      r.source.mediaType,
      r.source.bytes,
      r.source.pages,
      r.source.encoding,
      r.document.language,
      list(r.document.typeCues),
      r.source.sha256,
      r.schemaVersion,
      r.producer.version,
      r.producer.pipelineVersion,
      r.producer.gazetteerVersion,
      r.text,
    ],
  ],
};

/** Every table but `documents`, whose rows belong to one document each. */
export const VALUE_TABLES: Table[] = [
  {
    name: 'dates',
    cs: 'data',
    columns: [text('value', 'hodnota'), int('year', 'rok'), text('precision', 'přesnost'), text('role', 'role'), int('year_inferred', 'rok_doplněn'), ...SPAN_COLUMNS],
    indexes: [['value'], ['year']],
    rows: (r) => r.dates.map((d) => [d.value, yearOf(d.value), d.precision, d.role, flag(d.yearInferred), ...spanCells(r, d)]),
  },
  {
    name: 'amounts',
    cs: 'částky',
    columns: [real('value', 'částka'), text('currency', 'měna'), text('qualifier', 'upřesnění'), text('role', 'role'), ...SPAN_COLUMNS],
    indexes: [['currency', 'value']],
    rows: (r) => r.amounts.map((a) => [a.value, a.currency, a.qualifier, a.role, ...spanCells(r, a)]),
  },
  {
    name: 'municipalities',
    cs: 'obce',
    columns: [int('item', 'pořadí'), text('name', 'název'), text('code', 'kód_obce'), text('district', 'okres'), text('region', 'kraj'), text('candidates', 'kandidáti'), int('mentions', 'zmínek')],
    indexes: [['code'], ['name'], ['region']],
    rows: (r) =>
      r.municipalities.map((m, i) => [
        i + 1,
        m.name,
        m.code,
        m.district,
        m.region,
        list(m.candidates.map((c) => `${c.code} (${c.district}, ${c.region})`)),
        m.mentions.length,
      ]),
  },
  {
    name: 'regions',
    cs: 'kraje',
    columns: [int('item', 'pořadí'), text('name', 'název'), text('code', 'kód_nuts'), int('mentions', 'zmínek')],
    indexes: [['code']],
    rows: (r) => r.regions.map((g, i) => [i + 1, g.name, g.code, g.mentions.length]),
  },
  {
    name: 'resolutions',
    cs: 'usnesení',
    columns: [text('resolution', 'číslo_usnesení'), text('body', 'orgán'), text('date', 'datum'), int('year', 'rok'), ...SPAN_COLUMNS],
    indexes: [['resolution'], ['year']],
    rows: (r) => r.resolutions.map((u) => [u.id, u.body, u.date, u.year, ...spanCells(r, u)]),
  },
  {
    name: 'signatories',
    cs: 'podepsaní',
    columns: [text('name', 'jméno'), text('role', 'funkce'), text('organization', 'organizace'), ...SPAN_COLUMNS],
    indexes: [['name']],
    rows: (r) => r.signatories.map((s) => [s.name, s.role, s.organization, ...spanCells(r, s)]),
  },
  {
    name: 'persons',
    cs: 'osoby',
    columns: [int('item', 'pořadí'), text('name', 'jméno'), text('titles', 'tituly'), text('roles', 'funkce'), int('mentions', 'zmínek')],
    indexes: [['name']],
    rows: (r) => r.persons.map((p, i) => [i + 1, p.name, list(p.titles), list(p.roles), p.mentions.length]),
  },
  {
    name: 'mentions',
    cs: 'zmínky',
    columns: [text('kind', 'druh'), int('item', 'pořadí'), text('name', 'název'), ...SPAN_COLUMNS],
    indexes: [['kind', 'item']],
    rows: (r) => [
      ...mentionRows(r, 'municipality', r.municipalities),
      ...mentionRows(r, 'region', r.regions),
      ...mentionRows(r, 'person', r.persons),
    ],
  },
  {
    name: 'blocks',
    cs: 'bloky',
    // A block's text may be a whole page: in SQLite only, like the document's text.
    columns: [text('kind', 'druh'), int('start', 'začátek'), int('end', 'konec'), int('page', 'strana'), text('text', 'text', true)],
    indexes: [['kind']],
    rows: (r) => r.blocks.map((b) => [b.kind, b.start, b.end, pageOf(r, b.start), r.text.slice(b.start, b.end)]),
  },
  {
    name: 'warnings',
    cs: 'upozornění',
    columns: [text('code', 'kód'), text('message', 'zpráva'), int('start', 'začátek'), int('end', 'konec')],
    indexes: [['code']],
    rows: (r) => r.warnings.map((w) => [w.code, w.message, w.start ?? null, w.end ?? null]),
  },
  {
    name: 'errors',
    cs: 'chyby',
    columns: [text('code', 'kód'), text('message', 'zpráva')],
    indexes: [['code']],
    rows: (r) => (r.error ? [[r.error.code, r.error.message]] : []),
  },
];

/** `item` is the value's 1-based place in its list, the `item` column of its own table. */
function mentionRows(record: CzdocRecord, kind: string, items: Array<{ name: string; mentions: Span[] }>): Cell[][] {
  return items.flatMap((item, i) => item.mentions.map((m) => [kind, i + 1, item.name, ...spanCells(record, m)]));
}

export const TABLES: Table[] = [DOCUMENTS, ...VALUE_TABLES];
