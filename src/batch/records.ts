/** Where a record lives, how it is written, and whether the one on disk is still current. */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { CzdocRecord } from '../schema/record.js';
import { writeFileAtomic } from './atomic.js';

export interface Versions {
  pipelineVersion: string;
  gazetteerVersion: string;
}

export function sameVersions(a: Versions, b: Versions): boolean {
  return a.pipelineVersion === b.pipelineVersion && a.gazetteerVersion === b.gazetteerVersion;
}

/** OUT/<path relative to the input root>.json, or null for a path that would leave OUT. */
export function recordPath(outDir: string, relativePath: string): string | null {
  const target = resolve(outDir, `${relativePath}.json`);
  const inside = relative(resolve(outDir), target);
  return inside && !inside.startsWith(`..${sep}`) && inside !== '..' ? target : null;
}

function recordJson(record: CzdocRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** How a document went, for the batch summary and the queue; the record itself is on disk. */
export interface Outcome {
  status: CzdocRecord['status'];
  error: CzdocRecord['error'];
  /** The record as one line of JSON, when asked for (--jsonl). */
  line: string | null;
}

/** A record made ready for writing: its file content (pretty JSON) and how it went. */
export interface SerialisedRecord extends Outcome {
  json: string;
}

/**
 * Serialised in the thread that made the record, so the scheduling thread never clones a record
 * object (a string crosses threads as one copy) and the making thread never waits for a disk.
 */
export function serialise(record: CzdocRecord, line: boolean): SerialisedRecord {
  return { ...outcomeOf(record, line), json: recordJson(record) };
}

/** Writes a serialised record to its file (atomically, synced) and returns how it went. */
export async function write({ json, ...outcome }: SerialisedRecord, target: string | null): Promise<Outcome> {
  if (target) await writeFileAtomic(target, json);
  return outcome;
}

export function deliver(record: CzdocRecord, target: string | null, line: boolean): Promise<Outcome> {
  return write(serialise(record, line), target);
}

export function outcomeOf(record: CzdocRecord, line = false): Outcome {
  return { status: record.status, error: record.error, line: line ? JSON.stringify(record) : null };
}

/** The record at `target` when it was made from these very bytes by this very pipeline, else null. */
export async function currentRecord(target: string, sha256: string, versions: Versions): Promise<CzdocRecord | null> {
  try {
    const record = JSON.parse(await readFile(target, 'utf8')) as CzdocRecord;
    return record.source?.sha256 === sha256 && record.producer && sameVersions(record.producer, versions) ? record : null;
  } catch {
    return null;
  }
}
