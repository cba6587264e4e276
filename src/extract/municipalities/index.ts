/** Municipalities (first version: unambiguous official names in the nominative). */
import type { Municipality } from '../../schema/record.js';
import { overlapsAny, spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

export function extractMunicipalities(ctx: ExtractContext): Municipality[] {
  const found = new Map<string, Municipality>();
  for (const m of ctx.text.matchAll(/\p{Lu}\p{Ll}+(?: (?:nad|pod|u|v) \p{Lu}\p{Ll}+| \p{Lu}\p{Ll}+)*/gu)) {
    const candidates = ctx.gazetteer.municipalitiesByName.get(m[0]);
    if (!candidates || candidates.length !== 1 || overlapsAny(ctx.claimed, m.index, m.index + m[0].length)) continue;
    const [entry] = candidates as [(typeof candidates)[0]];
    const item = found.get(entry.code) ?? {
      name: entry.name, code: entry.code, district: entry.district, region: entry.region, candidates: [], mentions: [],
    };
    item.mentions.push(spanAt(ctx.text, m.index, m.index + m[0].length));
    found.set(entry.code, item);
  }
  return [...found.values()];
}
