/** Sticky (flag y) patterns tried at chosen positions instead of searched for everywhere. */

/** The match of `sticky` starting exactly at `position`, or null. */
export function stickyAt(sticky: RegExp, text: string, position: number): RegExpExecArray | null {
  sticky.lastIndex = position;
  return sticky.exec(text);
}

/**
 * The matches a global search with `sticky` (flag y) finds in `text`, tried only at `starts`
 * (ascending; every position where one may start): the first match at a start past the last match.
 */
export function* matchesAt(sticky: RegExp, text: string, starts: Iterable<number>): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    const m = stickyAt(sticky, text, at);
    from = at + Math.max(1, m?.[0].length ?? 0);
    if (m) yield m;
  }
}
