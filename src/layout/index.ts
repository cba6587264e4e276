/**
 * The layout stage: between normalisation and extraction, the document's blocks — headings,
 * paragraphs, list items, table rows and cells, signature and contact blocks, page headers and
 * footers — each as a span of the normalised text. They come from the reader's elements (DOCX,
 * ODT, HTML markup), from the line breaks and column gaps normalisation flattened (PDF and plain
 * text) and from what single lines say (cues.ts). Extractors ask the layout where a signature block
 * or a heading is instead of re-deriving lines for themselves.
 */
import type { LayoutEvidence } from '../normalize/index.js';
import type { RawElement } from '../read/elements.js';
import type { Block, BlockKind } from '../schema/record.js';
import { isHeadingLine, isListItemLine } from './cues.js';
import { cellsOf, hardLines, visualLines, type Line } from './lines.js';
import { markedBlocks } from './marks.js';

export type { Line } from './lines.js';

export interface Layout {
  /** The visual lines (hard lines cut at soft breaks), in text order. */
  lines: Line[];
  /** Non-overlapping blocks in text order; a table_cell follows the table_row it lies in. */
  blocks: Block[];
  /** Offsets of spaces that stood for a column gap (cell boundaries within a line). */
  columnGaps: number[];
}

export interface LayoutInput {
  text: string;
  evidence?: LayoutEvidence;
  elements?: RawElement[];
  pageStarts?: number[];
}

const NO_EVIDENCE: LayoutEvidence = { softBreaks: [], columnGaps: [] };

export function buildLayout({ text, evidence = NO_EVIDENCE, elements = [], pageStarts = [] }: LayoutInput): Layout {
  const hard = hardLines(text);
  const lines = visualLines(text, hard, evidence.softBreaks);
  const marked = markedBlocks(text, lines, pageStarts);
  const plain = { text, kindOfMarkup: elements.length ? markupKinds(elements) : null, columnGaps: evidence.columnGaps };
  const blocks: Block[] = [];
  let covered = 0;
  let m = 0;
  for (const line of hard) {
    let start = Math.max(line.start, covered);
    for (; m < marked.length && marked[m]!.start < line.end; m++) {
      const mark = marked[m]!;
      addPlain(plain, start, mark.start, blocks);
      blocks.push(mark);
      start = covered = mark.end;
    }
    addPlain(plain, start, line.end, blocks);
  }
  const tables = elements.filter((e) => e.kind === 'table_row' || e.kind === 'table_cell');
  return { lines, blocks: tables.length ? withTables(blocks, tables) : blocks, columnGaps: evidence.columnGaps };
}

/** The blocks of a kind. */
export function blocksOf(layout: Layout, kind: BlockKind): Block[] {
  return layout.blocks.filter((b) => b.kind === kind);
}

/** The visual line that holds the offset, or null between lines. */
export function lineAt(layout: Layout, offset: number): Line | null {
  const { lines } = layout;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (offset < line.start) hi = mid - 1;
    else if (offset >= line.end) lo = mid + 1;
    else return line;
  }
  return null;
}

/** Longer pieces between wide spaces are justified running text, not table cells. */
const MAX_PLAIN_CELL = 50;

interface PlainInput {
  text: string;
  /** The kind the markup gives [start, end), asked in text order; null for text without markup. */
  kindOfMarkup: ((start: number, end: number) => BlockKind) | null;
  columnGaps: number[];
}

/**
 * A piece of a hard line outside marked blocks: its element's kind, else what its text shows; a
 * plain-text line set in columns is a table row followed by its cells.
 */
function addPlain({ text, kindOfMarkup, columnGaps }: PlainInput, start: number, end: number, blocks: Block[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return;
  if (kindOfMarkup) {
    blocks.push({ kind: kindOfMarkup(start, end), start, end });
    return;
  }
  const cells = cellsOf({ start, end }, columnGaps);
  if (cells.length >= 2 && cells.every((c) => c.end - c.start <= MAX_PLAIN_CELL)) {
    blocks.push({ kind: 'table_row', start, end }, ...cells.map((c) => ({ kind: 'table_cell' as const, ...c })));
    return;
  }
  blocks.push({ kind: plainKind(text.slice(start, end), blocks.length === 0), start, end });
}

/**
 * The innermost heading or list item of the markup that holds [start, end), else paragraph. Asked
 * in text order, so the elements are swept once: those that started are kept while they last.
 */
function markupKinds(elements: RawElement[]): (start: number, end: number) => BlockKind {
  const sorted = elements.filter((e) => e.kind === 'heading' || e.kind === 'list_item').sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let open: RawElement[] = [];
  return (start, end) => {
    while (next < sorted.length && sorted[next]!.start <= start) open.push(sorted[next++]!);
    open = open.filter((e) => e.end > start);
    const holder = open.findLast((e) => e.end >= end);
    return holder ? holder.kind : 'paragraph';
  };
}

/** The first line of a document, when short and not a sentence, is its title. */
function plainKind(content: string, first: boolean): BlockKind {
  if (isListItemLine(content)) return 'list_item';
  if (isHeadingLine(content) || (first && content.length <= 120 && !/[.,;:]$/u.test(content))) return 'heading';
  return 'paragraph';
}

/**
 * Table rows and cells of the markup, placed among the other blocks: a row replaces the plain
 * blocks it covers (unless a signature or contact block lies inside it, which then stands), and
 * its cells follow it.
 */
function withTables(blocks: Block[], tables: RawElement[]): Block[] {
  const byStart = (a: RawElement, b: RawElement) => a.start - b.start;
  const rows = tables.filter((t) => t.kind === 'table_row').sort(byStart);
  const cells = tables.filter((t) => t.kind === 'table_cell').sort(byStart);
  const out: Block[] = [];
  let k = 0;
  let c = 0;
  for (const row of rows) {
    for (; k < blocks.length && blocks[k]!.end <= row.start; k++) out.push(blocks[k]!);
    const inside: Block[] = [];
    for (; k < blocks.length && blocks[k]!.start < row.end; k++) inside.push(blocks[k]!);
    if (inside.some((b) => b.kind === 'signature' || b.kind === 'contact' || b.start < row.start || b.end > row.end)) {
      out.push(...inside);
      continue;
    }
    out.push({ kind: 'table_row', start: row.start, end: row.end });
    while (c < cells.length && cells[c]!.start < row.start) c++;
    for (; c < cells.length && cells[c]!.start < row.end; c++) if (cells[c]!.end <= row.end) out.push({ kind: 'table_cell', start: cells[c]!.start, end: cells[c]!.end });
  }
  out.push(...blocks.slice(k));
  return out;
}

