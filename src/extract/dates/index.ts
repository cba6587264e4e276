/** Calendar dates, months and years (first version: numeric day dates only). */
import type { DateItem } from '../../schema/record.js';
import { overlapsAny, spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

export function extractDates(ctx: ExtractContext): DateItem[] {
  const out: DateItem[] = [];
  const re = /(?<![\p{L}\p{N}/.])(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})(?![\p{N}/])/gu;
  for (const m of ctx.text.matchAll(re)) {
    const value = isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
    if (!value || overlapsAny(ctx.claimed, m.index, m.index + m[0].length)) continue;
    out.push({ ...spanAt(ctx.text, m.index, m.index + m[0].length), value, precision: 'day', role: 'single', yearInferred: false });
  }
  return out;
}

export function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
