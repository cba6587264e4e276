/**
 * A fingerprint of everything that shapes a record for a given input: the schema version and
 * the code of the package itself. A re-run redoes a document exactly when this (or the
 * gazetteer version) differs from its record's.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from './schema/record.js';

let cached: string | null = null;

export function pipelineVersion(): string {
  if (cached) return cached;
  const root = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(SCHEMA_VERSION);
  for (const file of codeFiles(root)) hash.update(file.slice(root.length)).update(readFileSync(file));
  cached = hash.digest('hex').slice(0, 12);
  return cached;
}

/** Only these parts of the package shape a record; the CLI, batch runner and review page do not. */
const RECORD_SHAPING = /^(extract|layout|normalize|read|schema|gazetteer|morphology)\/|^(process|source)\.[jt]s$/;

/** The compiled (or, under the test runner, source) modules, in a stable order. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .filter((e) => RECORD_SHAPING.test(join(e.parentPath, e.name).slice(dir.length + 1).replaceAll('\\', '/')))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
