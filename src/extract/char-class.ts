/**
 * A character class for short scans around a position ("the word before a name", "the words on
 * its line", "is a letter next"): looked up per code unit below TABLE_END (Latin, Greek,
 * Cyrillic), tested above. A regex anchored at the end ("\p{L}+$") would instead be tried at every
 * position of the text before. The classes several extractors ask about are shared below.
 */
const TABLE_END = 0x530;

export class CharClass {
  private readonly table: Uint8Array;

  /** `single`: a /u regex matching one character of the class, unanchored ("[\p{L}\p{M} ]"). */
  constructor(private readonly single: RegExp) {
    this.table = Uint8Array.from({ length: TABLE_END }, (_, c) => (single.test(String.fromCharCode(c)) ? 1 : 0));
  }

  /** Whether a character of the class starts at `index` (of a surrogate pair, the first half). */
  startsAt(text: string, index: number): boolean {
    if (index >= text.length) return false;
    const unit = text.charCodeAt(index);
    if (unit < TABLE_END) return this.table[unit] === 1;
    const pair = isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1));
    return this.single.test(text.slice(index, index + (pair ? 2 : 1)));
  }

  /**
   * Where the run of the class's characters that ends at `end` starts, not before `limit`; a
   * surrogate pair is one character, as for /u. With a limit, as if the text began there.
   */
  runStart(text: string, end: number, limit = 0): number {
    let start = end;
    while (start > limit) {
      const unit = text.charCodeAt(start - 1);
      const width = isLowSurrogate(unit) && start - 2 >= limit && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
      const inClass = width === 1 && unit < TABLE_END ? this.table[unit] === 1 : this.single.test(text.slice(start - width, start));
      if (!inClass) break;
      start -= width;
    }
    return start;
  }
}

export const LETTER = new CharClass(/\p{L}/u);
export const WHITESPACE = new CharClass(/\s/u);

export const isHighSurrogate = (unit: number) => (unit & 0xfc00) === 0xd800;
export const isLowSurrogate = (unit: number) => (unit & 0xfc00) === 0xdc00;
