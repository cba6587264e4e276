/** The record files of a records directory, read one at a time for an export. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../review/index.js';
import { findRecordFiles, parseRecord } from '../review/records.js';
import type { CzdocRecord } from '../schema/record.js';
import { sha256Of } from '../source.js';

export interface RecordFile {
  /** Relative to the records directory, with forward slashes. */
  path: string;
  /** Of the file's bytes: an unchanged record is not exported again. */
  sha256: string;
  /** Read and validated only when asked: an incremental export skips unchanged files. */
  read(): { ok: true; record: CzdocRecord } | { ok: false; message: string };
}

/** A file that is not a valid record: reported, never exported, never a reason to stop. */
export interface Unreadable {
  path: string;
  message: string;
}

/** Record files under `dir`, sorted by path; reviews written into it are not records. */
export async function recordFiles(dir: string): Promise<RecordFile[]> {
  const paths = await findRecordFiles(dir, join(dir, 'review'), MANIFEST_FILE);
  // Hashed now, parsed later from a second read: ten thousand records' bytes are not held at once.
  return paths.map((path) => {
    const file = join(dir, path);
    return { path, sha256: sha256Of(readFileSync(file)), read: () => parseRecord(readFileSync(file)) };
  });
}
