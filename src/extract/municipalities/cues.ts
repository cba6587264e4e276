/**
 * Local cues around a matched name: what makes it a street, a person, a city part, or — for a name
 * that is also an ordinary word ("Most", "Místo", "Česká") — what makes it a place after all.
 */
import { isCapitalised, isDash, startsSentence, type Tokens } from './tokens.js';

const STREET_WORDS = new Set([
  'ulice', 'ulici', 'ulicí', 'ul', 'náměstí', 'nám', 'třída', 'třídy', 'třídě', 'třídou', 'tř', 'nábřeží', 'nábř',
  'sídliště', 'sídl', 'sady', 'sadech', 'alej', 'aleji', 'park', 'parku',
]);
/** Tokens that may stand between a street word and the name: "nám. Dr. E. Beneše". */
const STREET_FILLERS = new Set(['.', 'Dr', 'T', 'G', 'M', 'gen', 'Gen', 'generála', 'kpt', 'prof', 'sv', 'Sv']);

/** "v ulici Míru", "nám. Dr. E. Beneše", "ul. 5. května". */
export function afterStreetWord(tokens: Tokens, first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
    if (STREET_WORDS.has(tokens.lower(j))) return true;
    if (!STREET_FILLERS.has(tokens.text(j)) && !(tokens.end(j) - tokens.start(j) === 1 && tokens.capitalised(j))) return false;
  }
  return false;
}

const PERSON_WORDS = new Set([
  'pan', 'pana', 'panu', 'panem', 'paní', 'p', 'Ing', 'Mgr', 'Bc', 'MUDr', 'JUDr', 'PhDr', 'RNDr', 'MVDr', 'PaedDr',
  'ThDr', 'PharmDr', 'doc', 'prof', 'DiS', 'MBA', 'PhD', 'Dr',
]);

/** A title or "pan/paní" before the name or before a first name before it: "Ing. Pavel Svoboda". */
export function personCue(tokens: Tokens, first: number): boolean {
  let j = first - 1;
  if (tokens.text(j) === '.') j--;
  if (PERSON_WORDS.has(tokens.text(j))) return true;
  if (tokens.text(j).length < 2 || !tokens.capitalised(j)) return false;
  j--;
  if (tokens.text(j) === '.') j--;
  return PERSON_WORDS.has(tokens.text(j));
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/u;

/** "Praha 11 - Chodov", "Děčín IV-Podmokly": the token after the dash names a city part. */
export function numberedPartBefore(tokens: Tokens, first: number): boolean {
  return first >= 2 && isDash(tokens.text(first - 1)) && (tokens.numeric(first - 2) || ROMAN.test(tokens.text(first - 2)));
}

const PLACE_PREPOSITIONS = new Set([
  'v', 've', 'do', 'z', 'ze', 'u', 'k', 'ke', 'od', 'ode', 'pro', 'přes', 'před', 'mezi', 'okolo', 'kolem', 'poblíž', 'směr', 'nedaleko',
]);
const INSTITUTION_WORDS = new Set([
  'město', 'města', 'městu', 'městem', 'městě', 'obec', 'obce', 'obci', 'obcí', 'městys', 'městyse', 'městysi', 'městysem',
  'úřad', 'úřadu', 'úřadem', 'úřadě', 'magistrát', 'magistrátu', 'magistrátem', 'MěÚ', 'MÚ', 'OÚ', 'ÚMČ', 'MČ', 'MMR',
  'nádraží', 'starosta', 'starostka', 'starosty', 'starostky', 'starostou', 'starostkou', 'starostovi', 'místostarosta', 'místostarostka',
]);

/** A place preposition or "město/obec/úřad…" right before token i: where a mistyped name is looked for. */
export function placeExpected(tokens: Tokens, i: number): boolean {
  // Both lists hold words only: a number or a punctuation mark is ruled out without making its string.
  if (!tokens.isWord(i - 1)) return false;
  return PLACE_PREPOSITIONS.has(tokens.lower(i - 1)) || INSTITUTION_WORDS.has(tokens.text(i - 1)) || INSTITUTION_WORDS.has(tokens.lower(i - 1));
}

const COMPANY_SUFFIX = /(?:s\. ?r\. ?o\.|a\. ?s\.|spol\.|o\. ?p\. ?s\.|z\. ?s\.|z\. ?ú\.)\s*$/u;
const POSTCODE = /(?:^|[^\d])\d{3} ?\d{2}\s*$/u;
const FULL_STOP = '.'.charCodeAt(0);

/**
 * Cues that a word which is also a common noun names a place here: "v Mostě", "město Most",
 * "434 01 Most", "Promomedia s.r.o. Most", or after a lowercase word at the end of a phrase
 * ("Oblastního muzea Most.") — where the common noun would continue the sentence instead.
 */
export function placeCue(text: string, tokens: Tokens, first: number, last: number): boolean {
  if (first < 1 || !tokens.joined(first - 1, first)) return false;
  if (placeExpected(tokens, first)) return true;
  // Both end in a digit or a full stop, which the joined previous token then ends with: checked before the regexes.
  const tail = text.charCodeAt(tokens.end(first - 1) - 1);
  const before = text.slice(Math.max(0, tokens.start(first) - 12), tokens.start(first));
  if ((tail === FULL_STOP || tokens.numeric(first - 1)) && (POSTCODE.test(before) || COMPANY_SUFFIX.test(before))) return true;
  const next = tokens.text(last + 1); // '' after the last token
  const phraseEnds = !next || /^[.,;:)!?]$/u.test(next);
  // After a lowercase word at a phrase end ("muzea Most."), or after an organisation's name ("Jitex Písek").
  const prev = tokens.text(first - 1);
  const organisation = isCapitalised(prev) && prev.length > 1 && !LOCAL_NAME_PREPOSITIONS.has(prev);
  return (/^\p{Ll}/u.test(prev) && phraseEnds) || (organisation && !startsSentence(text, tokens, first - 1));
}

const LOCAL_NAME_PREPOSITIONS = new Set(['Na', 'U', 'V', 'Ve', 'Pod', 'Nad', 'Za', 'Při', 'K', 'Ke', 'Mezi', 'Před', 'Od', 'Do']);

/** "domě Na Prádle", "lokalita „Na Břehách“": a local name opened by a capitalised preposition. */
export function localName(text: string, tokens: Tokens, first: number): boolean {
  if (first < 1 || !LOCAL_NAME_PREPOSITIONS.has(tokens.text(first - 1)) || !tokens.joined(first - 1, first)) return false;
  return !startsSentence(text, tokens, first - 1) || /^[„"“(]$/u.test(tokens.text(first - 2));
}

/** Landscapes and historical lands that are also the names of small municipalities. */
const LANDS = new Set(['Čechy', 'Morava', 'Vysočina', 'Slezsko', 'Šumava', 'Haná', 'Valašsko', 'Slovácko', 'Polabí', 'Posázaví', 'Pojizeří', 'Krkonoše']);
const WATER_AND_HILLS = new Set(['řeka', 'řeky', 'řece', 'řeku', 'řekou', 'potok', 'potoka', 'potoku', 'rybník', 'rybníka', 'rybníku', 'vrch', 'vrchu', 'hora', 'hory', 'hoře', 'přehrada', 'přehrady', 'přehradě', 'údolí']);

/** "v Čechách" (Bohemia, not the village Čechy), "řeka Sázava". */
export function landscape(tokens: Tokens, first: number, name: string): boolean {
  return LANDS.has(name) || WATER_AND_HILLS.has(tokens.lower(first - 1));
}

const PLACE_ADJECTIVE = /^(?:Nov|Star|Horn|Doln|Velk|Mal|Vysok|Nízk|Česk|Moravsk|Německ|Zadn|Předn|Prostředn|Červen|Bíl|Čern|Kamenn|Such|Dlouh|Krásn|Hořejš|Dolejš|Svat|Lhotsk)(?:ý|á|é|í|ého|ém|ou|ých|ým|ými|ému|ím|ího|ímu|ími)$/u;

/** "Nové Městečko", "Horní Lhota" not registered: the adjective makes it another place. */
export function unregisteredCompound(tokens: Tokens, first: number): boolean {
  return first >= 1 && PLACE_ADJECTIVE.test(tokens.text(first - 1)) && tokens.joined(first - 1, first);
}

const LIST_SEPARATORS = new Set([',', 'a', 'i', 'nebo', 'či', '/', ';', '-', '–']);

/** True when at most one list separator stands between two token positions. */
export function listNeighbours(tokens: Tokens, leftLast: number, rightFirst: number): boolean {
  if (rightFirst - leftLast - 1 < 1 || rightFirst - leftLast - 1 > 2) return false;
  for (let j = leftLast + 1; j < rightFirst; j++) if (!LIST_SEPARATORS.has(tokens.text(j))) return false;
  return true;
}

const DISTRICT_WORDS = new Set(['okres', 'okresu', 'okrese', 'okresem', 'okresy', 'okresů', 'okresech']);

/** "okres Liberec", "v okrese Most": the district, not the town. */
export function afterDistrictWord(tokens: Tokens, first: number): boolean {
  return DISTRICT_WORDS.has(tokens.lower(first - 1));
}

const CITY_PART_WORDS = new Set([
  'část', 'části', 'částí', 'částmi', 'osada', 'osady', 'osadě', 'osadu', 'lokalita', 'lokality', 'lokalitě', 'lokalitu',
  'čtvrť', 'čtvrti', 'místní',
]);

/**
 * "v místní části Lípa", "osadní výbor Kozlov", "lokalita Vysoká Lhota": a part, not the
 * municipality — but "městské části Praha 11" names the city whose part it is.
 */
export function cityPartCue(tokens: Tokens, first: number): boolean {
  const prev = tokens.lower(first - 1);
  const before = tokens.lower(first - 2);
  if (before.startsWith('městsk')) return false;
  return CITY_PART_WORDS.has(prev) || (prev.startsWith('výbor') && before.startsWith('osadní'));
}

/**
 * "Nové Město, Praha 2", "Vinohrady, 120 00 Praha 2", "Nové Město – Praha 1": in an address a
 * quarter stands before its numbered city (and a postcode), so the name is the quarter, not the
 * municipality that bears it.
 */
export function quarterBeforeNumberedPraha(tokens: Tokens, last: number): boolean {
  let k = last + 1;
  if (k >= tokens.length || (tokens.text(k) !== ',' && !isDash(tokens.text(k)))) return false;
  k++;
  for (const end = k + 2; k < end && k < tokens.length && tokens.numeric(k); ) k++;
  return tokens.lower(k) === 'praha' && k + 1 < tokens.length && tokens.numeric(k + 1);
}

/** Nouns that follow a capitalised adjective in set phrases: "Česká republika", "České dráhy", "Dobré ráno". */
const SET_PHRASE_NOUN = /^(?:republik|republic|televiz|pošt|spořiteln|dráh|drah|rozhlas|stran|společnost|unie|obchodní|národní|tiskov|inspekc|správ|ráno|den|dne|noc|jitro|odpoledne|večer)/u;

/** "Česká republika", "Dobré ráno": a one-word name that is an adjective of a set phrase here. */
export function adjectiveBeforeNoun(tokens: Tokens, last: number): boolean {
  return last + 1 < tokens.length && SET_PHRASE_NOUN.test(tokens.text(last + 1)) && tokens.joined(last, last + 1);
}

/** Czech names of foreign cities that small Czech villages also bear. */
const FOREIGN_CITIES = new Set(['Vídeň', 'Mnichov', 'Krakov', 'Košice', 'Žilina', 'Benátky']);

/** "Vídeň" is Vienna unless the text calls it an obec or gives its institution ("obec Vídeň", "OÚ Vídeň"). */
export function foreignCity(tokens: Tokens, first: number, name: string): boolean {
  return FOREIGN_CITIES.has(name) && !INSTITUTION_WORDS.has(tokens.text(first - 1)) && !INSTITUTION_WORDS.has(tokens.lower(first - 1));
}
