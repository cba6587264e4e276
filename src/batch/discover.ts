/**
 * Finds the documents named by files, folders and globs, as a stream: a folder of 100,000 files
 * is walked lazily, never listed up front.
 */
import { opendir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export interface InputFile {
  /** Absolute path of the file. */
  absolute: string;
  /** Path relative to its input root, with forward slashes: names the record. */
  relative: string;
}

/** Extensions a folder walk picks up; a file named explicitly is always taken. */
const DOCUMENT_EXTENSIONS = /\.(pdf|docx|doc|odt|html?|xhtml|md|markdown|txt|text)$/i;

export class InputError extends Error {}

export async function* discoverInputs(inputs: string[], cwd = process.cwd()): AsyncGenerator<InputFile> {
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const file of discoverOne(input, cwd)) {
      if (seen.has(file.absolute)) continue;
      seen.add(file.absolute);
      yield file;
    }
  }
}

async function* discoverOne(input: string, cwd: string): AsyncGenerator<InputFile> {
  if (picomatch.scan(input).isGlob) {
    yield* discoverGlob(input, cwd);
    return;
  }
  const absolute = resolve(cwd, input);
  const info = await stat(absolute).catch(() => null);
  if (!info) throw new InputError(`No such file or folder: ${input}`);
  if (info.isDirectory()) {
    for await (const file of walk(absolute)) {
      if (DOCUMENT_EXTENSIONS.test(file)) yield { absolute: file, relative: toPosix(relative(absolute, file)) };
    }
  } else {
    yield { absolute, relative: basename(absolute) };
  }
}

async function* discoverGlob(pattern: string, cwd: string): AsyncGenerator<InputFile> {
  const { base, glob } = picomatch.scan(pattern);
  const root = resolve(cwd, base || '.');
  const matches = picomatch(glob, { dot: false });
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new InputError(`No such folder for pattern ${pattern}: ${base || '.'}`);
  for await (const file of walk(root)) {
    const rel = toPosix(relative(root, file));
    if (matches(rel)) yield { absolute: file, relative: rel };
  }
}

/** Depth-first walk in name order (deterministic), skipping hidden entries. */
async function* walk(folder: string): AsyncGenerator<string> {
  const entries: Array<{ name: string; dir: boolean }> = [];
  for await (const entry of await opendir(folder)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory() || entry.isFile()) entries.push({ name: entry.name, dir: entry.isDirectory() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.dir) yield* walk(path);
    else yield path;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
