/**
 * Value-by-value comparison of a record with its expected record, field by field, as sets of
 * normalised values (the spec's convention). Spans only give context and drift, never a
 * difference.
 */
import type { CzdocRecord, Span } from '../schema/record.js';
import type { Expected } from './expected.js';

export const FIELDS = [
  'type',
  'date',
  'dates',
  'years',
  'amounts_czk',
  'amounts_other',
  'municipalities',
  'regions',
  'resolutions',
  'signatories',
  'persons',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Difference {
  field: Field;
  kind: 'extra' | 'missing' | 'changed';
  /** Expected value (missing, changed) or the extracted one (extra). */
  value: string;
  /** What was extracted instead (changed). */
  actual?: string;
  /** The text around the first span of the value in the document, when the record has one. */
  context?: string;
}

export interface FieldCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Comparison {
  differences: Difference[];
  counts: Record<Field, FieldCounts>;
  /** Values whose number of mentions or whose spans moved (reported apart, never a failure). */
  drift: string[];
}

/** A record reduced to the expected layout: per field, value → spans where it occurs. */
export type Observed = Record<Field, Map<string, Span[]>>;

export function observe(record: CzdocRecord): Observed {
  const map = <T>(items: T[], key: (t: T) => string | null, spans: (t: T) => Span[]): Map<string, Span[]> => {
    const out = new Map<string, Span[]>();
    for (const item of items) {
      const k = key(item);
      if (k !== null) out.set(k, [...(out.get(k) ?? []), ...spans(item)]);
    }
    return out;
  };
  const self = (s: Span) => [s];
  const doc = record.document;
  return {
    type: new Map([[doc.type, []]]),
    date: doc.date ? new Map([[doc.date, doc.dateSource ? [doc.dateSource] : []]]) : new Map(),
    dates: map(record.dates.filter((d) => d.precision !== 'year'), (d) => d.value, self),
    years: map(record.dates.filter((d) => d.precision === 'year'), (d) => d.value, self),
    amounts_czk: map(record.amounts.filter((a) => a.currency === 'CZK'), (a) => String(a.value), self),
    amounts_other: map(record.amounts.filter((a) => a.currency !== 'CZK'), (a) => `${a.value} ${a.currency}`, self),
    municipalities: map(record.municipalities, (m) => municipalityKey(m.name, m.code), (m) => m.mentions),
    regions: map(record.regions, (r) => r.name, (r) => r.mentions),
    resolutions: map(record.resolutions, (r) => r.id, self),
    signatories: map(record.signatories, (s) => s.name, self),
    persons: map(record.persons, (p) => p.name, (p) => p.mentions),
  };
}

export function expectedValues(expected: Expected): Record<Field, Set<string>> {
  return {
    type: new Set([expected.type]),
    date: new Set(expected.date ? [expected.date] : []),
    dates: new Set(expected.dates),
    years: new Set(expected.years),
    amounts_czk: new Set(expected.amounts_czk.map(String)),
    amounts_other: new Set((expected.amounts_other ?? []).map((a) => `${a.value} ${a.currency}`)),
    municipalities: new Set(expected.municipalities.map((m) => municipalityKey(m, expected.municipality_codes[m] ?? null))),
    regions: new Set(expected.regions),
    resolutions: new Set(expected.resolutions),
    signatories: new Set(expected.signatories),
    persons: new Set(expected.persons),
  };
}

export function municipalityKey(name: string, code: string | null): string {
  return `${name} (${code ?? 'no code'})`;
}

export function compare(record: CzdocRecord, expected: Expected): Comparison {
  const observed = observe(record);
  const wanted = expectedValues(expected);
  const differences: Difference[] = [];
  const counts = {} as Record<Field, FieldCounts>;
  for (const field of FIELDS) {
    const got = observed[field];
    const want = wanted[field];
    const extra = [...got.keys()].filter((v) => !want.has(v));
    const missing = [...want].filter((v) => !got.has(v));
    counts[field] = { tp: want.size - missing.length, fp: extra.length, fn: missing.length };
    differences.push(...describe(field, extra, missing, got, record.text));
  }
  return { differences, counts, drift: drift(observed, expected) };
}

/** Extra and missing values of one field; a scalar or a same-named municipality reads as "changed". */
function describe(field: Field, extra: string[], missing: string[], got: Map<string, Span[]>, text: string): Difference[] {
  const out: Difference[] = [];
  const pairKey = (v: string) => (field === 'municipalities' ? v.replace(/ \(.*\)$/, '') : field === 'type' || field === 'date' ? '' : null);
  const unpairedExtra = [...extra];
  for (const value of missing) {
    const key = pairKey(value);
    const twin = key === null ? -1 : unpairedExtra.findIndex((e) => pairKey(e) === key);
    if (twin >= 0) {
      const actual = unpairedExtra.splice(twin, 1)[0]!;
      out.push({ field, kind: 'changed', value, actual, context: contextOf(got.get(actual), text) });
    } else out.push({ field, kind: 'missing', value });
  }
  for (const value of unpairedExtra) out.push({ field, kind: 'extra', value, context: contextOf(got.get(value), text) });
  return out;
}

function contextOf(spans: Span[] | undefined, text: string): string | undefined {
  const span = spans?.[0];
  if (!span) return undefined;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  return `…${before}[${span.text}]${after}…`.replace(/\s+/g, ' ');
}

/** Mention counts and spans stored by --update, against the ones seen now. */
function drift(observed: Observed, expected: Expected): string[] {
  if (!expected.mentions) return [];
  const out: string[] = [];
  for (const [key, spans] of Object.entries(expected.mentions)) {
    const [field, value] = splitMentionKey(key);
    const now = observed[field]?.get(value);
    if (!now) continue;
    if (now.length !== spans.length) out.push(`${field} ${value}: ${spans.length} → ${now.length} mentions`);
    else if (now.some((s, i) => s.start !== spans[i]![0] || s.end !== spans[i]![1])) out.push(`${field} ${value}: spans moved`);
  }
  return out;
}

export function mentionKey(field: Field, value: string): string {
  return `${field}:${value}`;
}

function splitMentionKey(key: string): [Field, string] {
  const i = key.indexOf(':');
  return [key.slice(0, i) as Field, key.slice(i + 1)];
}
