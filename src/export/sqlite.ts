/**
 * `--sqlite FILE`: the records as a SQLite database (better-sqlite3), a table per kind of value
 * (./tables.ts) plus `documents_fts`, a full-text index over titles and texts with diacritics
 * folded. Incremental: a record whose file is unchanged (same sha256) keeps its rows; every
 * change is made in one transaction, so a reader sees the database before or after, never between.
 */
import Database from 'better-sqlite3';
import { PACKAGE_VERSION } from '../version.js';
import { ExportError } from './error.js';
import type { RecordFile, Unreadable } from './records.js';
import { DOCUMENTS, TABLES, VALUE_TABLES, type Cell, type Table } from './tables.js';

/** Bumped when the tables change: a database of another layout is rebuilt from scratch. */
const LAYOUT = '2'; // 2: the blocks table (schema 1.2.0)

export interface ExportCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  unreadable: Unreadable[];
}

type Db = Database.Database;

export function exportSqlite(files: RecordFile[], path: string): ExportCounts {
  const db = openDatabase(path);
  try {
    return db.transaction(() => synchronise(db, path, files))();
  } finally {
    db.close();
  }
}

function openDatabase(path: string): Db {
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    const message = (error as Error).message;
    // npm 11 runs a dependency's install script only when the project allows it, and better-sqlite3 builds its native part there.
    const advice = /bindings|better_sqlite3\.node/.test(message)
      ? '; the native part of better-sqlite3 was not built: allow its install script ("allowScripts": {"better-sqlite3": true} in your package.json) and run `npm rebuild better-sqlite3`'
      : '';
    throw new ExportError(`${path}: cannot open the database (${message.split('\n')[0]})${advice}`);
  }
  // A reader holding the database briefly delays the commit instead of failing it.
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  return db;
}

function synchronise(db: Db, path: string, files: RecordFile[]): ExportCounts {
  if (layoutOf(db, path) !== LAYOUT) createTables(db);
  const known = new Map(
    (db.prepare('SELECT id, path, record_sha256 FROM documents').all() as Array<{ id: number; path: string; record_sha256: string }>).map((d) => [d.path, d]),
  );
  const writer = rowWriter(db);
  const counts: ExportCounts = { added: 0, changed: 0, removed: 0, unchanged: 0, unreadable: [] };
  for (const file of files) {
    const old = known.get(file.path);
    known.delete(file.path);
    if (old?.record_sha256 === file.sha256) {
      counts.unchanged++;
      continue;
    }
    if (old) writer.remove(old.id);
    const parsed = file.read();
    if (!parsed.ok) {
      counts.unreadable.push({ path: file.path, message: parsed.message });
      if (old) counts.removed++;
      continue;
    }
    writer.add(file, parsed.record, old?.id ?? null);
    if (old) counts.changed++;
    else counts.added++;
  }
  for (const gone of known.values()) writer.remove(gone.id), counts.removed++;
  return counts;
}

/** The layout of a czdoc export; null for an empty file; refuses a database that is not an export. */
function layoutOf(db: Db, path: string): string | null {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
  if (tables.length === 0) return null;
  const layout = tables.some((t) => t.name === 'meta')
    ? (db.prepare("SELECT value FROM meta WHERE key = 'layout'").get() as { value: string } | undefined)?.value
    : undefined;
  if (layout === undefined) throw new ExportError(`${path} is a database czdoc did not write; it is left alone (name a new file)`);
  return layout;
}

/** Drops an export of an older layout (its children first, for their foreign keys) and creates the tables anew. */
function createTables(db: Db): void {
  const old = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents\\_fts\\_%' ESCAPE '\\'").all() as Array<{ name: string }>;
  for (const { name } of old.sort((a, b) => Number(a.name === 'documents') - Number(b.name === 'documents'))) db.exec(`DROP TABLE IF EXISTS "${name}"`);
  db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  db.prepare('INSERT INTO meta VALUES (?, ?), (?, ?)').run('layout', LAYOUT, 'czdoc', PACKAGE_VERSION);
  const columns = (t: Table) => t.columns.map((c) => `"${c.en}" ${c.type}`).join(', ');
  db.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, record_sha256 TEXT NOT NULL, ${columns(DOCUMENTS)})`);
  for (const table of VALUE_TABLES) {
    db.exec(`CREATE TABLE "${table.name}" (document_id INTEGER NOT NULL REFERENCES documents(id), ${columns(table)})`);
    db.exec(`CREATE INDEX "${table.name}_document" ON "${table.name}"(document_id)`);
  }
  for (const table of TABLES) {
    for (const index of table.indexes) {
      db.exec(`CREATE INDEX "${table.name}_${index.join('_')}" ON "${table.name}"(${index.map((c) => `"${c}"`).join(', ')})`);
    }
  }
  // External content: the text is stored once, in documents; the index folds diacritics ("plzen" finds "Plzeň").
  db.exec(`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`);
}

function rowWriter(db: Db): { add(file: RecordFile, record: Parameters<Table['rows']>[0], id: number | null): void; remove(id: number): void } {
  const insert = (table: Table, key: string) => {
    const names = [key, ...table.columns.map((c) => c.en)];
    return db.prepare(`INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
  };
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, path, record_sha256, ${DOCUMENTS.columns.map((c) => `"${c.en}"`).join(', ')}) VALUES (?, ?, ?, ${DOCUMENTS.columns.map(() => '?').join(', ')})`,
  );
  const insertValues = VALUE_TABLES.map((table) => ({ table, statement: insert(table, 'document_id') }));
  const deleteValues = VALUE_TABLES.map((table) => db.prepare(`DELETE FROM "${table.name}" WHERE document_id = ?`));
  const indexText = db.prepare('INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id = ?');
  const unindexText = db.prepare("INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', id, title, text FROM documents WHERE id = ?");
  const deleteDocument = db.prepare('DELETE FROM documents WHERE id = ?');
  return {
    add(file, record, id) {
      const row = DOCUMENTS.rows(record)[0]!;
      const documentId = Number(insertDocument.run(id, file.path, file.sha256, ...row).lastInsertRowid);
      for (const { table, statement } of insertValues) for (const cells of table.rows(record)) statement.run(documentId, ...(cells as Cell[]));
      indexText.run(documentId);
    },
    remove(id) {
      unindexText.run(id);
      for (const statement of deleteValues) statement.run(id);
      deleteDocument.run(id);
    },
  };
}
