/**
 * Lines of the normalised text. A hard line ends at "\n"; a visual line also ends where the reader
 * had a line break that normalisation joined (a soft break, LayoutEvidence.softBreaks): the lines a
 * person sees on the page, which signature blocks and datelines are set in.
 */
export interface Line {
  /** [start, end) in the normalised text, without the line break. */
  start: number;
  end: number;
}

/** The non-empty hard lines, trimmed of spaces. */
export function hardLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    pushTrimmed(text, start, end, lines);
    start = end + 1;
  }
  return lines;
}

/** The hard lines cut at each soft break (a space standing for a joined line break). */
export function visualLines(text: string, hard: Line[], softBreaks: number[]): Line[] {
  const lines: Line[] = [];
  let k = 0;
  for (const line of hard) {
    let start = line.start;
    while (k < softBreaks.length && softBreaks[k]! < line.start) k++;
    for (; k < softBreaks.length && softBreaks[k]! < line.end; k++) {
      pushTrimmed(text, start, softBreaks[k]!, lines);
      start = softBreaks[k]! + 1;
    }
    pushTrimmed(text, start, line.end, lines);
  }
  return lines;
}

/** The line's cells: the line cut at column gaps (spaces that stood for a tab or a run of spaces). */
export function cellsOf(line: Line, columnGaps: number[]): Line[] {
  const cells: Line[] = [];
  let start = line.start;
  for (const gap of gapsWithin(line, columnGaps)) {
    cells.push({ start, end: gap });
    start = gap + 1;
  }
  cells.push({ start, end: line.end });
  return cells.filter((c) => c.end > c.start);
}

function gapsWithin(line: Line, sorted: number[]): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < line.start) lo = mid + 1;
    else hi = mid;
  }
  const gaps: number[] = [];
  for (let k = lo; k < sorted.length && sorted[k]! < line.end; k++) gaps.push(sorted[k]!);
  return gaps;
}

function pushTrimmed(text: string, start: number, end: number, into: Line[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) into.push({ start, end });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}
