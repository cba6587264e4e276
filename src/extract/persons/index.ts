/** Named persons (first version: academic title followed by a capitalised name). */
import type { Person } from '../../schema/record.js';
import { spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

export function extractPersons(ctx: ExtractContext): Person[] {
  const found = new Map<string, Person>();
  for (const m of ctx.text.matchAll(/(?<![\p{L}])(Mgr|Ing|Bc|PhDr|JUDr|MUDr)\. ((\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+))/gu)) {
    const start = m.index + m[0].length - m[2]!.length;
    const person = found.get(m[2]!) ?? { name: m[2]!, titles: [], roles: [], mentions: [] };
    if (!person.titles.includes(`${m[1]}.`)) person.titles.push(`${m[1]}.`);
    person.mentions.push(spanAt(ctx.text, start, start + m[2]!.length));
    found.set(m[2]!, person);
  }
  return [...found.values()];
}
