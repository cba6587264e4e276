import type { Span } from '../schema/record.js';

export function spanAt(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/**
 * The span's fields, then `fields`: one object with the keys in that order. Not `{ ...spanAt(), …fields }`:
 * V8 builds an object spread and then extended some fifty times slower.
 */
export function withSpan<T extends object>(text: string, start: number, end: number, fields: T): Span & T {
  return Object.assign(spanAt(text, start, end), fields);
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/**
 * Whether [start, end) overlaps any of the spans, by binary search over their starts and the
 * furthest end reached so far: for many questions about many spans (a roll call of hundreds of
 * names, every candidate place against the claimed spans).
 */
export function overlapChecker(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd = new Int32Array(sorted.length);
  sorted.forEach((s, k) => (furthestEnd[k] = Math.max(s.end, k ? furthestEnd[k - 1]! : 0)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1]! > start;
  };
}
