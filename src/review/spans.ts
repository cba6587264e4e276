/**
 * The highlighted spans of a record and their rendering as nested <mark> elements. Spans overlap
 * (a date inside a resolution, a person inside a signature line, even partial overlaps), so the text
 * is cut at every span boundary and marks that cross a cut are closed and reopened as continuations.
 */
import type { CzdocRecord, Span } from '../schema/record.js';
import { esc } from './html.js';
import { KINDS, type KindId } from './kinds.js';

export interface ReviewSpan extends Span {
  kind: KindId;
  /** Identifies this one occurrence: "<kind>-<value index>-<mention index>". */
  key: string;
  /** Identifies the value it belongs to (one municipality has several mentions). */
  valueKey: string;
  /** Short description shown on hover and announced while navigating. */
  label: string;
}

/** A span that does not point where it claims is reported instead of highlighted. */
export interface SpanProblem {
  key: string;
  kind: KindId;
  message: string;
}

export type Describe = (kind: KindId, valueIndex: number) => string;

/** Every span of the record, valid ones sorted by position, broken ones as problems. */
export function collectSpans(record: CzdocRecord, describe: Describe): { spans: ReviewSpan[]; problems: SpanProblem[] } {
  const spans: ReviewSpan[] = [];
  const problems: SpanProblem[] = [];
  for (const kind of KINDS) {
    mentionsOf(record, kind.id).forEach((mentions, valueIndex) => {
      mentions.forEach((span, mentionIndex) => {
        const key = `${kind.id}-${valueIndex}-${mentionIndex}`;
        const problem = spanProblem(record.text, span);
        if (problem) problems.push({ key, kind: kind.id, message: problem });
        else spans.push({ ...span, kind: kind.id, key, valueKey: `${kind.id}-${valueIndex}`, label: describe(kind.id, valueIndex) });
      });
    });
  }
  spans.sort(outerFirst);
  return { spans, problems };
}

/** The spans of each value of one kind: items are their own span, entities list mentions. */
export function mentionsOf(record: CzdocRecord, kind: KindId): Span[][] {
  switch (kind) {
    case 'date': return record.dates.map((item) => [item]);
    case 'amount': return record.amounts.map((item) => [item]);
    case 'resolution': return record.resolutions.map((item) => [item]);
    case 'signatory': return record.signatories.map((item) => [item]);
    case 'municipality': return record.municipalities.map((item) => item.mentions);
    case 'region': return record.regions.map((item) => item.mentions);
    case 'person': return record.persons.map((item) => item.mentions);
  }
}

function spanProblem(text: string, span: Span): string | null {
  if (span.start < 0 || span.end > text.length || span.start >= span.end) {
    return `rozsah [${span.start}, ${span.end}) leží mimo text (délka ${text.length})`;
  }
  const actual = text.slice(span.start, span.end);
  return actual === span.text ? null : `na pozici [${span.start}, ${span.end}) stojí „${actual}“, záznam uvádí „${span.text}“`;
}

const KIND_ORDER = new Map(KINDS.map((k, i) => [k.id, i]));

/** Outer spans open before the spans they contain; ties keep the kinds' order. */
function outerFirst(a: ReviewSpan, b: ReviewSpan): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;
}

/** Extra zero-width markers placed into the text: page starts and warning positions. */
export interface Anchor {
  at: number;
  html: string;
}

/**
 * The text as HTML with a <mark> per span. The first part of each span carries id "s-<key>" and is
 * focusable; every part carries the span's kind, key and offsets so scripts and tests can read them.
 */
export function highlightText(text: string, spans: readonly ReviewSpan[], anchors: readonly Anchor[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  for (const a of anchors) cuts.add(a.at);
  const points = [...cuts].sort((a, b) => a - b);
  const anchorsAt = groupAnchors(anchors);
  const out: string[] = [];
  let open: ReviewSpan[] = [];
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    const active = open.filter((s) => s.end > at);
    while (next < spans.length && spans[next]!.start === at) active.push(spans[next++]!);
    active.sort(outerFirst);
    const end = points[i + 1] ?? at;
    const keep = commonPrefix(open, active);
    for (let j = open.length - 1; j >= keep; j--) out.push('</mark>');
    out.push(anchorsAt.get(at) ?? '');
    for (let j = keep; j < active.length; j++) out.push(openMark(active[j]!, at));
    out.push(esc(text.slice(at, end)));
    open = active;
  }
  for (let j = open.length - 1; j >= 0; j--) out.push('</mark>');
  return out.join('');
}

/** How many open marks can stay open: those still active, in the same nesting. */
function commonPrefix(open: readonly ReviewSpan[], active: readonly ReviewSpan[]): number {
  let n = 0;
  while (n < open.length && n < active.length && open[n] === active[n]) n++;
  return n;
}

function openMark(span: ReviewSpan, at: number): string {
  const first = span.start === at;
  const attrs = [
    `class="m k-${span.kind}"`,
    first ? `id="s-${span.key}" tabindex="0"` : 'data-cont=""',
    `data-kind="${span.kind}"`,
    `data-key="${span.key}"`,
    `data-value="${span.valueKey}"`,
    `data-start="${span.start}"`,
    `data-end="${span.end}"`,
    `title="${esc(span.label)}"`,
  ];
  return `<mark ${attrs.join(' ')}>`;
}

function groupAnchors(anchors: readonly Anchor[]): Map<number, string> {
  const byPosition = new Map<number, string>();
  for (const a of anchors) byPosition.set(a.at, (byPosition.get(a.at) ?? '') + a.html);
  return byPosition;
}
