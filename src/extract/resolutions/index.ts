/** Resolution identifiers (first version: "usnesení … č. ID"). */
import type { Resolution } from '../../schema/record.js';
import { spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

export function extractResolutions(ctx: ExtractContext): Resolution[] {
  const out: Resolution[] = [];
  const re = /usnesení\p{L}*[^.\n]{0,80}?č\.\s*(\d+(?:\/\d+)*(?:\/\p{Lu}+)?)/giu;
  for (const m of ctx.text.matchAll(re)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ ...spanAt(ctx.text, start, start + m[1]!.length), id: m[1]!.replace(/\s+/g, ''), body: null, date: null, year: null });
  }
  return out;
}
