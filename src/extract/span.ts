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
