/**
 * The organisation a signatory acts for, read from the genitive complement of the role:
 * "hejtman Libereckého kraje" → Liberecký kraj; "ředitel Agentury pro sociální začleňování" →
 * Agentura pro sociální začleňování; "starosta obce" → obec. Roles of other persons
 * ("náměstek hejtmana") name no organisation.
 */

/** Genitive endings of the leading noun phrase → nominative. */
const WORD_NOMINATIVE: [RegExp, string][] = [
  [/ého$/u, 'ý'], [/ské$/u, 'ská'], [/cké$/u, 'cká'], [/ní$/u, 'ní'],
  [/^kraje$/u, 'kraj'], [/^obce$/u, 'obec'], [/^města$/u, 'město'], [/^městyse$/u, 'městys'],
  [/stva$/u, 'stvo'], [/ctva$/u, 'ctvo'], [/úřadu$/iu, 'úřad'], [/(?<=\p{L}{3})y$/u, 'a'], [/(?<=\p{L}{3})u$/u, ''],
];
const PERSON_ROLE = /^(?:hejtman|primátor|starost|ministr|ředitel|předsed)\p{Ll}*$/u;

export function organisationOf(role: string | null): string | null {
  if (!role) return null;
  const words = role.split(' ').slice(1);
  if (words.length === 0 || PERSON_ROLE.test(words[0]!)) return null;
  const out: string[] = [];
  let leading = true;
  for (const word of words) {
    out.push(leading ? nominative(word) : word);
    // The head noun phrase is adjectives and one noun; what follows is its own complement.
    if (!ADJECTIVE.test(word) && !/^\p{Lu}{2,}$/u.test(word)) leading = false;
  }
  return out.join(' ');
}

const ADJECTIVE = /(?:ého|ské|cké|ní)$/u;

function nominative(word: string): string {
  if (/^\p{Lu}{2,}$/u.test(word)) return word;
  for (const [re, replacement] of WORD_NOMINATIVE) if (re.test(word)) return word.replace(re, replacement);
  return word;
}
