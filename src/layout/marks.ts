/**
 * Blocks found from the visual lines themselves, which may cut across hard lines: page headers and
 * footers (a PDF's first or last line of a page that repeats on other pages, or a page number),
 * signature blocks (signature lines with the name, office and dateline lines beside them) and
 * contact blocks.
 */
import type { Block, BlockKind } from '../schema/record.js';
import { isContactLine, isDateline, isDottedLine, isPageNumberLine, isSignatureLine, maySignatureNeighbour, opensContactBlock } from './cues.js';
import type { Line } from './lines.js';

/** How many lines above and below a signature line may belong to its block (name, office, dateline). */
const SIGNATURE_REACH = 2;
/** A dotted line counts when a signature line or a dateline is this near, or it stands this near the document's end. */
const DOTTED_REACH = 3;
const CLOSING_CHARS = 800;

export function markedBlocks(text: string, lines: Line[], pageStarts: number[]): Block[] {
  const contents = lines.map((l) => text.slice(l.start, l.end));
  const contact = contents.map(isContactLine);
  const kinds: Array<BlockKind | null> = contents.map(() => null);
  markPageFurniture(lines, contents, pageStarts, kinds);
  markSignatures(text, lines, contents, contact, kinds);
  markContacts(contents, contact, kinds);
  return runsOf(lines, kinds);
}

function markPageFurniture(lines: Line[], contents: string[], pageStarts: number[], kinds: Array<BlockKind | null>): void {
  if (pageStarts.length < 2) return;
  // One pass: the lines are in text order, so each page's lines follow one another.
  const firsts: number[] = [];
  const lasts: number[] = [];
  let page = -1;
  lines.forEach((line, i) => {
    let on = page;
    while (on + 1 < pageStarts.length && line.start >= pageStarts[on + 1]!) on++;
    if (on < 0) return;
    if (on !== page) {
      firsts.push(i);
      lasts.push(i);
      page = on;
    } else lasts[lasts.length - 1] = i;
  });
  mark(firsts, 'page_header', contents, kinds);
  mark(lasts, 'page_footer', contents, kinds);
}

/** Lines at one end of the pages that repeat (digits aside) on at least two pages, or are page numbers. */
function mark(indexes: number[], kind: BlockKind, contents: string[], kinds: Array<BlockKind | null>): void {
  const key = (i: number) => contents[i]!.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const counts = new Map<string, number>();
  for (const i of indexes) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  for (const i of indexes) if (contents[i]!.length <= 150 && (counts.get(key(i))! >= 2 || isPageNumberLine(contents[i]!))) kinds[i] = kind;
}

function markSignatures(text: string, lines: Line[], contents: string[], contact: boolean[], kinds: Array<BlockKind | null>): void {
  const free = (i: number) => i >= 0 && i < contents.length && kinds[i] === null;
  const signs = contents.map((c, i) => free(i) && !contact[i] && isSignatureLine(c) && !inRunningText(text, lines, contents, i) && !besideContact(contents, contact, i));
  const near = (i: number) => signs.slice(Math.max(0, i - DOTTED_REACH), i + DOTTED_REACH + 1).some(Boolean) || contents.slice(Math.max(0, i - DOTTED_REACH), i + DOTTED_REACH + 1).some(isDateline);
  const strong = signs.map((sign, i) => sign || (free(i) && isDottedLine(contents[i]!) && (near(i) || text.length - lines[i]!.start <= CLOSING_CHARS)));
  strong.forEach((isStrong, i) => {
    if (!isStrong) return;
    kinds[i] = 'signature';
    const joins = (k: number) => free(k) && (strong[k] || isDateline(contents[k]!) || nameLike(contents[k]!));
    for (let k = i - 1; k >= i - SIGNATURE_REACH && joins(k); k--) kinds[k] = 'signature';
    for (let k = i + 1; k <= i + SIGNATURE_REACH && joins(k); k++) kinds[k] = 'signature';
  });
}

/**
 * A line that normalisation joined to a sentence around it: the line before, on the same hard
 * line, ends with a small-letter word ("… doplnil" / "Petr Tulpa, náměstek hejtmana"), or the
 * line after continues it in small letters.
 */
function inRunningText(text: string, lines: Line[], contents: string[], i: number): boolean {
  const joinedBefore = i > 0 && sameHardLine(text, lines[i - 1]!, lines[i]!) && /(?:^|\s)\p{Ll}+,?$/u.test(contents[i - 1]!);
  const joinedAfter = i + 1 < lines.length && sameHardLine(text, lines[i]!, lines[i + 1]!) && /^\p{Ll}/u.test(contents[i + 1]!) && /(?:^|\s)\p{Ll}+,?$/u.test(contents[i]!);
  return joinedBefore || joinedAfter;
}

/** Visual lines cut from one hard line are separated by a single space (a soft break). */
function sameHardLine(text: string, a: Line, b: Line): boolean {
  return b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
}

/** "Kontakty na spolek" / "Marcel Kolaja, předseda výboru" / "tel. 776 …": a contact, not a signature. */
function besideContact(contents: string[], contact: boolean[], i: number): boolean {
  return contact[i - 1] === true || contact[i + 1] === true || (i > 0 && opensContactBlock(contents[i - 1]!));
}

/** A short line of mostly capitalised words (names with titles, a place and date), not a sentence. */
function nameLike(line: string): boolean {
  if (!maySignatureNeighbour(line)) return false;
  const words = line.split(/\s+/u).filter((w) => /[\p{L}\d]/u.test(w));
  if (words.length === 0 || words.length > 9) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d(„]/u.test(w)).length;
  return capitalised * 2 >= words.length;
}

function markContacts(contents: string[], contact: boolean[], kinds: Array<BlockKind | null>): void {
  contents.forEach((c, i) => {
    if (kinds[i] !== null && kinds[i] !== 'signature') return;
    if (contact[i] || opensContactBlock(c)) kinds[i] = 'contact';
  });
  // The name under "Kontakt:" and a name line between two contact lines belong to the block.
  contents.forEach((c, i) => {
    if (kinds[i] !== null || kinds[i - 1] !== 'contact') return;
    if ((opensContactBlock(contents[i - 1]!) || kinds[i + 1] === 'contact') && nameLike(c)) kinds[i] = 'contact';
  });
}

/** Consecutive lines of one kind as one block, from the first line's start to the last one's end. */
function runsOf(lines: Line[], kinds: Array<BlockKind | null>): Block[] {
  const blocks: Block[] = [];
  kinds.forEach((kind, i) => {
    if (!kind) return;
    const last = blocks[blocks.length - 1];
    if (last && last.kind === kind && kinds[i - 1] === kind && kind !== 'page_header' && kind !== 'page_footer') last.end = lines[i]!.end;
    else blocks.push({ kind, start: lines[i]!.start, end: lines[i]!.end });
  });
  return blocks;
}
