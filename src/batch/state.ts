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
  private appender: FileHandle | null = null;
  /** The last append: appends run one after another, as Node allows one write at a time on a handle. */
  private pending: Promise<void> = Promise.resolve();

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

  /** Appends one whole line; a failed open or write fails this record only, and the next one tries again. */
  record(entry: StateEntry): Promise<void> {
    this.entries.set(entry.path, entry);
    const line = `${JSON.stringify(entry)}\n`;
    const append = this.pending.then(() => this.append(line));
    this.pending = append.catch(() => undefined);
    return append;
  }

  /** Waits for the appends under way, then closes the file. */
  async close(): Promise<void> {
    await this.pending;
    const appender = this.appender;
    this.appender = null;
    await appender?.close();
  }

  private async append(line: string): Promise<void> {
    this.appender ??= await open(this.file, 'a');
    await this.appender.appendFile(line);
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
