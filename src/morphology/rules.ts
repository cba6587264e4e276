/**
 * Declension rules for Czech words the dictionary does not list — most place names and many
 * surnames. They generate generously (every ending a word of that shape may take, singular and
 * plural) because they serve recognition: a form nobody writes costs nothing, a missed one loses a
 * mention. Patterns are chosen by the ending of the nominative.
 */

const HARD_LOCATIVE: Array<[RegExp, string]> = [
  [/ch$/u, 'še'],
  [/[hg]$/u, 'ze'],
  [/k$/u, 'ce'],
  [/r$/u, 'ře'],
  [/[bdfmnptv]$/u, 'ě'],
  [/[lsz]$/u, 'e'],
];

/** Dative/locative singular of a hard stem: Praha → Praze, Lhota → Lhotě, Tábor → Táboře. */
function palatalised(stem: string): string[] {
  for (const [pattern, ending] of HARD_LOCATIVE) {
    if (pattern.test(stem)) return [stem.replace(pattern, (m) => (ending.length === 1 ? m : '')) + ending];
  }
  return [];
}

const with_ = (stem: string, endings: string[]) => endings.map((e) => stem + e);

/** Adjective endings by the nominative ending, all genders of that ending and the plural. */
const ADJECTIVE_ENDINGS: Array<[string, string[]]> = [
  ['ův', ['ův', 'ova', 'ovu', 'ově', 'ovým', 'ových', 'ovo']],
  ['ova', ['ova', 'ovy', 'ově', 'ovu', 'ovou']],
  ['ovo', ['ovo', 'ova', 'ovu', 'ově', 'ovým']],
  ['ovy', ['ovy', 'ových', 'ovým', 'ovými']],
  ['ý', ['ý', 'ého', 'ému', 'ém', 'ým', 'é', 'ých', 'ými']],
  ['á', ['á', 'é', 'ou', 'ých', 'ým', 'ými']],
  ['é', ['é', 'ého', 'ému', 'ém', 'ým', 'ých', 'ými']],
  ['í', ['í', 'ího', 'ímu', 'ím', 'ích', 'ími']],
];

/** Forms of a word used as an adjective ("Nové" Město, "Havlíčkův" Brod); null if not shaped like one. */
export function adjectiveForms(word: string): string[] | null {
  for (const [ending, endings] of ADJECTIVE_ENDINGS) {
    if (word.endsWith(ending) && word.length > ending.length + 1) return with_(word.slice(0, -ending.length), endings);
  }
  return null;
}

/** Forms of a word used as a noun, by the pattern its nominative ending suggests. */
export function nounForms(word: string): string[] {
  const last = word.slice(-1);
  const stem = word.slice(0, -1);
  switch (last) {
    case 'a': // žena: Lípa, Praha, Lhota
      return [...with_(stem, ['a', 'y', 'u', 'ou', 'o', 'ám', 'ách', 'ami', 'e', 'i', '']), ...palatalised(stem)];
    case 'o': // město: Ralsko, Brno, Město
      return [...with_(stem, ['o', 'a', 'u', 'em', 'ům', 'ech', 'ách', 'ích']), ...palatalised(stem)];
    case 'e':
    case 'ě': // růže / plural -ice, -ně: Chýně, Dešenice, Lázně
      return [...with_(stem, [last, 'i', 'í', 'ím', 'ích', 'emi', 'ěmi', 'ím', '']), ...(last === 'ě' ? [stem + 'í'] : [])];
    case 'í': // stavení: Ústí, Dubí, Lštění
      return with_(stem, ['í', 'ím', 'ích', 'ími']);
    case 'y': // plural hrady / ženy: Hamry, Čerčany, Kvasiny
      return with_(stem, ['y', 'ů', 'ům', 'ech', 'ích', 'ách', 'ám', 'ami', '']);
    default:
      return /[\p{L}]$/u.test(word) && !/[aeiouyáéíóúůýě]$/u.test(word) ? consonantForms(word) : [word];
  }
}

/** Masculine (hrad, stroj) and feminine (kost, píseň) consonant stems, with the mobile e (Liberec → Liberce, Písek → Písku). */
function consonantForms(word: string): string[] {
  if (word.endsWith('ec')) return [word, ...with_(word.slice(0, -2) + 'c', SOFT)];
  if (word.endsWith('ek')) return [word, ...with_(word.slice(0, -2) + 'k', HARD)];
  if (/[cčjřšž]$/u.test(word)) return [word, ...with_(word, SOFT)];
  const out = [word, ...with_(word, HARD), ...palatalised(word)];
  // Vowel shortening in the stem: Dvůr → Dvora, Dvoře; Důl → Dolu.
  if (/ů\p{L}$/u.test(word)) {
    const short = word.replace(/ů(\p{L})$/u, 'o$1');
    out.push(...with_(short, HARD), ...palatalised(short));
  }
  const softened = word.replace(/ď$/u, 'd').replace(/ť$/u, 't').replace(/ň$/u, 'n');
  if (softened !== word) out.push(...with_(word, SOFT), ...with_(softened, ['ě', 'ěmi']));
  if (/eň$/u.test(word)) out.push(...with_(word.slice(0, -2) + 'n', ['ě', 'i', 'í', 'ěmi']));
  return out;
}

const SOFT = ['e', 'i', 'em', 'í', 'emi', 'ů', 'ům', 'ích'];
const HARD = ['u', 'a', 'em', 'ů', 'ům', 'y', 'ech', 'ích', 'i'];
