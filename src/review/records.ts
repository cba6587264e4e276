/** Finding the record files of a records directory and reading them without trusting them. */
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { RecordSchema, type CzdocRecord } from '../schema/record.js';

/** Files next to the records that are not records. */
const NOT_RECORDS = new Set(['schema.json', '_run.json']);

/**
 * Record files under `dir`, relative with forward slashes, sorted. Skipped: `outDir` and any other
 * review written there before (a folder holding `reviewMarker`), so reviews are never read as records.
 */
export async function findRecordFiles(dir: string, outDir: string, reviewMarker: string): Promise<string[]> {
  const root = resolve(dir);
  const skip = resolve(outDir);
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    if (current === skip) return;
    const entries = await readdir(current, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === reviewMarker)) return;
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json') && !NOT_RECORDS.has(entry.name)) {
        found.push(relative(root, full).split(sep).join('/'));
      }
    }
  };
  await walk(root);
  return found.sort();
}

export type ParsedRecord = { ok: true; record: CzdocRecord } | { ok: false; message: string };

export function parseRecord(bytes: Buffer): ParsedRecord {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { ok: false, message: `Neplatný JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = RecordSchema.safeParse(json);
  if (result.success) return { ok: true, record: result.data };
  const issues = result.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(kořen)'}: ${i.message}`);
  const more = result.error.issues.length > 20 ? `\n… a dalších ${result.error.issues.length - 20}` : '';
  return { ok: false, message: `Záznam neodpovídá schématu:\n${issues.join('\n')}${more}` };
}
