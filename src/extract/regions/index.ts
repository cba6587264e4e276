/** Czech regions (first version: official names in the nominative). */
import type { Region } from '../../schema/record.js';
import { spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

export function extractRegions(ctx: ExtractContext): Region[] {
  const found = new Map<string, Region>();
  for (const region of ctx.gazetteer.register.regions) {
    for (const m of ctx.text.matchAll(new RegExp(`(?<!\\p{L})${region.name}(?!\\p{L})`, 'gu'))) {
      const entry = found.get(region.code) ?? { name: region.name, code: region.code, mentions: [] };
      entry.mentions.push(spanAt(ctx.text, m.index, m.index + m[0].length));
      found.set(region.code, entry);
    }
  }
  return [...found.values()];
}
