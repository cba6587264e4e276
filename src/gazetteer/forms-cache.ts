/**
 * The case forms of a register, generated on the user's machine from the installed dictionary-cs
 * and cached in the data directory. The forms are derived from that GPL-2.0 dictionary, so the
 * package does not ship them: what czdoc ships stays MIT, the dictionary stays in its own package.
 * Generating takes about a second; a cached file is read in milliseconds.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryVersion } from '../morphology/index.js';
import { pipelineVersion } from '../pipeline-version.js';
import { dataDirectory } from './data-dir.js';
import type { NameForms } from './forms.js';
import type { Register } from './register.js';

/**
 * The cache file for a register: its version, the code that declines (part of the pipeline
 * version) and the dictionary's version all decide the forms.
 */
export function formsCachePath(register: Pick<Register, 'version'>): string {
  return join(dataDirectory(), 'forms', `${register.version}-${pipelineVersion()}-cs${dictionaryVersion()}.json`);
}

/** The cached forms of `register`, or those `generate` makes, cached for the next process. */
export function cachedForms(register: Register, generate: (r: Register) => NameForms): NameForms {
  const path = formsCachePath(register);
  const cached = readCache(path);
  if (cached) return cached;
  const forms = generate(register);
  writeCache(path, forms);
  return forms;
}

function readCache(path: string): NameForms | null {
  try {
    const forms = JSON.parse(readFileSync(path, 'utf8')) as NameForms;
    return forms?.names && Array.isArray(forms.common) && Array.isArray(forms.personal) ? forms : null;
  } catch {
    return null; // absent or damaged: generated again
  }
}

let warned = false;

/** Whole or absent (temporary file, then rename), so concurrent processes never read half a cache. */
function writeCache(path: string, forms: NameForms): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(temp, JSON.stringify(forms));
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    // Not fatal: the forms are in memory; only the next start is slower.
    if (!warned) process.stderr.write(`czdoc: could not cache the case forms in ${path} (${(error as Error).message}); they are generated at every start (set CZDOC_DATA_DIR to a writable folder)\n`);
    warned = true;
  }
}
