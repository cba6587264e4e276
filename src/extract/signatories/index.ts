/** Who signed (first version: a known person named next to "podepsal"). */
import type { Person, Signatory } from '../../schema/record.js';
import type { ExtractContext } from '../types.js';

export function extractSignatories(ctx: ExtractContext, persons: Person[]): Signatory[] {
  const out: Signatory[] = [];
  for (const m of ctx.text.matchAll(/podepsal\p{L}*/gu)) {
    for (const person of persons) {
      const mention = person.mentions.find((s) => Math.abs(s.start - m.index) < 150);
      if (mention) out.push({ ...mention, name: person.name, role: null, organization: null });
    }
  }
  return out;
}
