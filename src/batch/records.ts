/** Where a record lives, how it is written, and whether the one on disk is still current. */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { CzdocRecord } from '../schema/record.js';

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

export function recordJson(record: CzdocRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** A record as the batch needs it: its outcome, and its file content serialised where it was made. */
export interface Processed {
  status: CzdocRecord['status'];
  error: CzdocRecord['error'];
  /** The record file's content (pretty JSON and a newline). */
  json: string;
}

export function processed(record: CzdocRecord): Processed {
  return { status: record.status, error: record.error, json: recordJson(record) };
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
