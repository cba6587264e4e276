import type { Span } from '../schema/record.js';

export function spanAt(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
