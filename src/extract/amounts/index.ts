/** Sums of money (first version: digits followed by Kč). */
import type { AmountItem } from '../../schema/record.js';
import { overlapsAny, spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

export function extractAmounts(ctx: ExtractContext): AmountItem[] {
  const out: AmountItem[] = [];
  for (const m of ctx.text.matchAll(/(?<![\p{N}])(\d{1,3}(?:[ .]\d{3})*|\d+)(?:,(\d{1,2}|-))? ?Kč/gu)) {
    if (overlapsAny(ctx.claimed, m.index, m.index + m[0].length)) continue;
    const whole = Number(m[1]!.replace(/[ .]/g, ''));
    const value = m[2] && m[2] !== '-' ? whole + Number(`0.${m[2]}`) : whole;
    out.push({ ...spanAt(ctx.text, m.index, m.index + m[0].length), value, currency: 'CZK', qualifier: null, role: 'single' });
  }
  return out;
}
