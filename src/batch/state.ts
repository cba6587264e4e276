/**
 * What a run remembers between runs, so an unchanged input is skipped without being read: for
 * each record written, the input's size, mtime and sha256 and the versions that produced it.
 * Kept as an append-only JSON Lines file next to the records; a line cut short by a crash is
 * ignored, so the worst case is one document redone.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';

export interface StateEntry {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  pipelineVersion: string;
  gazetteerVersion: string;
}

export const STATE_FILE = '.czdoc-state.jsonl';

export class RunState {
  /** Open for the whole run: one write per record instead of an open, a write and a close. */
  private appender: Promise<FileHandle> | null = null;

  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, StateEntry>,
  ) {}

  static async load(outDir: string): Promise<RunState> {
    const file = join(outDir, STATE_FILE);
    const entries = new Map<string, StateEntry>();
    const content = await readFile(file, 'utf8').catch(() => '');
    let lines = 0;
    for (const line of content.split('\n')) {
      if (!line) continue;
      lines++;
      const entry = parseEntry(line);
      if (entry) entries.set(entry.path, entry);
    }
    const state = new RunState(file, entries);
    if (lines > 2 * entries.size + 100) await state.compact();
    return state;
  }

  get(path: string): StateEntry | undefined {
    return this.entries.get(path);
  }

  /** Appends one line; each is a single write to a file opened for appending, so lines never interleave. */
  async record(entry: StateEntry): Promise<void> {
    this.entries.set(entry.path, entry);
    this.appender ??= open(this.file, 'a');
    await (await this.appender).write(`${JSON.stringify(entry)}\n`);
  }

  async close(): Promise<void> {
    const appender = this.appender;
    this.appender = null;
    await (await appender)?.close();
  }

  private async compact(): Promise<void> {
    const lines = [...this.entries.values()].map((e) => JSON.stringify(e)).join('\n');
    await writeFileAtomic(this.file, lines ? `${lines}\n` : '');
  }
}

function parseEntry(line: string): StateEntry | null {
  try {
    const e = JSON.parse(line) as StateEntry;
    return typeof e.path === 'string' && typeof e.sha256 === 'string' ? e : null;
  } catch {
    return null;
  }
}
