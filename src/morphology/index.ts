/**
 * Czech morphology for recognising names in any grammatical case. Reusable by every extractor
 * that matches inflected names: municipalities (place names), persons (first names, surnames).
 *
 * Two sources, in this order:
 * 1. The Czech Hunspell dictionary (npm `dictionary-cs`): its suffix rules generate every form of a
 *    word it lists — irregular stems included ("Praha" → Praze, "ves" → vsi, "dvůr" → dvora,
 *    "Brno" → Brně, "Chrudim" → Chrudimi). A capitalised word absent as such is looked up in lower
 *    case too ("Ves", "Město", "Hora" in place names), and its forms are capitalised.
 * 2. Rules by the ending of the nominative (./rules.ts) for what the dictionary lacks — most place
 *    names and surnames: adjectives ("Nové", "Velké", "Havlíčkův"), nouns by pattern (-a, -o, -e/-ice
 *    plurals, -í, -y/-any plurals, consonant stems with the mobile e: -ec, -ek). Rules are always
 *    added to the dictionary's forms, so a dictionary entry with a different meaning (the surname
 *    "Lípa") does not hide the place name's forms.
 *
 * API: `formsOf(word)` (dictionary only), `isInDictionary(word)`, `lemmasOf(word)` and
 * `isCommonWord(word)`, `isPersonalName(word)` (analysis), `inflect(word)` (dictionary + rules),
 * `declineName(name)` (a multi-word name: forms per token, prepositional tails kept as written).
 * The dictionary is loaded lazily on first use: its rules parsed, its word list indexed in place
 * (./wordList.ts, a few MB per worker thread); callers that need fast start-up cache the generated
 * forms (src/gazetteer/forms-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHunspell, type Hunspell } from './hunspell.js';
import { indexWordList } from './wordList.js';
import { adjectiveForms, nounForms } from './rules.js';

export { adjectiveForms, nounForms } from './rules.js';

let dictionary: Hunspell | null = null;

function czech(): Hunspell {
  if (!dictionary) {
    const path = (ext: string) => dictionaryFile(`index.${ext}`);
    dictionary = parseHunspell(readFileSync(path('aff'), 'utf8'), indexWordList(readFileSync(path('dic'), 'latin1')));
  }
  return dictionary;
}

/** A file of the installed dictionary-cs package (a dependency of its own: GPL-2.0, not shipped with czdoc). */
function dictionaryFile(name: string): string {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve('dictionary-cs'));
  } catch {
    throw new Error('czdoc needs the Czech Hunspell dictionary, the npm package dictionary-cs, to decline names; install it beside czdoc (npm install dictionary-cs)');
  }
  return join(dirname(entry), name);
}

/** The installed dictionary's version: the case forms generated from it are cached under it. */
export function dictionaryVersion(): string {
  return (JSON.parse(readFileSync(dictionaryFile('package.json'), 'utf8')) as { version: string }).version;
}

const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** True when the dictionary lists the word as written or, for a capitalised word, in lower case. */
export function isInDictionary(word: string): boolean {
  const d = czech();
  return d.flagsOf(word) !== undefined || (isCapitalised(word) && d.flagsOf(word.toLowerCase()) !== undefined);
}

/**
 * Every form the dictionary generates for the word (the word included), from its entry as written
 * and, for a capitalised word, from the lower-case entry (forms capitalised). [] when unlisted.
 */
export function formsOf(word: string): string[] {
  const d = czech();
  const forms = new Set(d.forms(word));
  if (isCapitalised(word)) for (const form of d.forms(word.toLowerCase())) forms.add(capitalise(form));
  return [...forms];
}

/** Lemmas (dictionary entries) the word as written is a form of: "mostě" → ["most"]. */
export function lemmasOf(word: string): string[] {
  return czech().lemmasOf(word);
}

/** True when the word, in lower case, is a form of a dictionary word ("Most", "Lhotě", "Hory"). */
export function isCommonWord(word: string): boolean {
  return lemmasOf(word.toLowerCase()).length > 0;
}

/** True when the dictionary lists the capitalised word as a person's name (a first name or surname). */
export function isPersonalName(word: string): boolean {
  return /P/u.test(czech().flagsOf(word) ?? '');
}

/** Dictionary forms plus rule forms; `asAdjective` when the word qualifies a following noun. */
export function inflect(word: string, asAdjective = false): string[] {
  const rules = (asAdjective && adjectiveForms(word)) || [...nounForms(word), ...(adjectiveForms(word) ?? [])];
  return [...new Set([word, ...formsOf(word), ...rules])];
}

/** Prepositions that start an invariable tail of a place name ("nad Nisou", "pod Smrkem", "u Brna"). */
const TAIL_PREPOSITIONS = new Set(['nad', 'pod', 'u', 'v', 've', 'na', 'při', 'za', 'před', 'mezi', 'pode', 'nade']);

/**
 * Forms of each token of a multi-word name, in order. Tokens are the words and the hyphen of
 * names like "Frýdek-Místek" (each hyphen-joined part declines); words after a preposition stay as
 * written. Example: "Nové Město pod Smrkem" → [[Nové, Nového, Novém, …], [Město, Města, Městě, …],
 * [pod], [Smrkem]].
 */
export function declineName(name: string): string[][] {
  const out: string[][] = [];
  for (const [p, part] of name.split('-').entries()) {
    if (p > 0) out.push(['-']);
    const words = part.split(' ').filter(Boolean);
    const tail = words.findIndex((w, i) => i > 0 && TAIL_PREPOSITIONS.has(w));
    const headEnd = tail < 0 ? words.length : tail;
    words.forEach((word, i) => {
      if (i >= headEnd || !/^\p{L}/u.test(word)) out.push([word]);
      else out.push(inflect(word, i < headEnd - 1));
    });
  }
  return out;
}
