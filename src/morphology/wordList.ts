/**
 * The word list of a Hunspell .dic file, indexed where it lies: the file's UTF-8 bytes stay one
 * Latin-1 string (a byte a character) and an open-addressing hash table of line offsets finds a
 * word. The Czech list has 260,000 lines; a Map of them costs ~28 MB of heap and a 60 MB spike of
 * garbage while it is built, in every worker thread; this costs ~6 MB and no spike.
 */

export interface WordList {
  /** The flags of every line spelled exactly `word`, concatenated (homographs merge); undefined when unlisted. */
  flagsOf(word: string): string | undefined;
}

/** Longer words are not in the list; the scratch buffer holds the UTF-8 bytes of a looked-up word. */
const MAX_WORD_BYTES = 256;

/** `raw`: the .dic file read as Latin-1 (`readFileSync(path, 'latin1')`), so a byte is a character. */
export function indexWordList(raw: string): WordList {
  const lines = lineStarts(raw);
  const table = new Int32Array(tableSize(lines.length));
  const mask = table.length - 1;
  /** Flags of later lines of a homograph, by the first line's start. */
  const moreFlags = new Map<number, string>();
  const scratch = new Uint8Array(MAX_WORD_BYTES);

  // The first line is the entry count.
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    const [start, end] = wordBounds(raw, line);
    if (start === end) continue;
    let slot = hashRange(raw, start, end) & mask;
    for (;;) {
      const held = table[slot]! - 1;
      if (held < 0) {
        table[slot] = line + 1;
        break;
      }
      const [heldStart, heldEnd] = wordBounds(raw, held);
      if (sameRange(raw, heldStart, heldEnd, start, end)) {
        moreFlags.set(held, (moreFlags.get(held) ?? '') + flagsAt(raw, line));
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  return {
    flagsOf(word) {
      const written = utf8Into(word, scratch);
      if (written <= 0) return undefined;
      let slot = hashBytes(scratch, written) & mask;
      for (;;) {
        const line = table[slot]! - 1;
        if (line < 0) return undefined;
        if (sameBytes(raw, line, scratch, written) && endsWordAt(raw, line, line + written)) return flagsAt(raw, line) + (moreFlags.get(line) ?? '');
        slot = (slot + 1) & mask;
      }
    },
  };
}

/**
 * The word's UTF-8 bytes written into `out` (as TextEncoder would, in plain code: a call into
 * the engine per looked-up word cost more than the lookup); -1 when they do not fit.
 */
function utf8Into(word: string, out: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (n + 4 > out.length) return -1;
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdbff && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (word.charCodeAt(++i) - 0xdc00);
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      // A lone surrogate is written as U+FFFD.
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return n;
}

function lineStarts(raw: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at < raw.length; ) {
    starts.push(at);
    const newline = raw.indexOf('\n', at);
    at = newline < 0 ? raw.length : newline + 1;
  }
  return starts;
}

/** A power of two at least twice the entries, so probes stay short. */
function tableSize(entries: number): number {
  let size = 1;
  while (size < entries * 2) size *= 2;
  return size;
}

function lineEnd(raw: string, line: number): number {
  const newline = raw.indexOf('\n', line);
  let end = newline < 0 ? raw.length : newline;
  if (raw.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** The word of a line: before the slash, or the whole line trimmed when it has no flags. */
function wordBounds(raw: string, line: number): [number, number] {
  const end = lineEnd(raw, line);
  const slash = raw.indexOf('/', line);
  if (slash >= 0 && slash < end) return [line, slash];
  let start = line;
  let stop = end;
  while (start < stop && isSpace(raw.charCodeAt(start))) start++;
  while (stop > start && isSpace(raw.charCodeAt(stop - 1))) stop--;
  return [start, stop];
}

/** The word of the line starting at `line` ends at `at` (lines never start with a space). */
function endsWordAt(raw: string, line: number, at: number): boolean {
  const next = raw.charCodeAt(at);
  if (next === 47 || next === 10 || Number.isNaN(next)) return true;
  return isSpace(next) && wordBounds(raw, line)[1] === at;
}

function flagsAt(raw: string, line: number): string {
  const end = lineEnd(raw, line);
  const slash = raw.indexOf('/', line);
  if (slash < 0 || slash >= end) return '';
  const flags = raw.slice(slash + 1, end).trim();
  // Flags are characters: decode the few that are not ASCII from their UTF-8 bytes.
  for (let i = 0; i < flags.length; i++) if (flags.charCodeAt(i) > 0x7f) return Buffer.from(flags, 'latin1').toString('utf8');
  return flags;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 13;

/** FNV-1a over bytes: a byte of the list is a Latin-1 character of `raw`. */
function hashRange(raw: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ raw.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function hashBytes(bytes: Uint8Array, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}

function sameRange(raw: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (raw.charCodeAt(aStart + i) !== raw.charCodeAt(bStart + i)) return false;
  return true;
}

function sameBytes(raw: string, start: number, bytes: Uint8Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (raw.charCodeAt(start + i) !== bytes[i]) return false;
  return true;
}
