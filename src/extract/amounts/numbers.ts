/**
 * Czech numerals and scale words as written with sums of money. Cardinal numerals, their cases
 * and the scale words (tisíc, milion, miliarda and abbreviations) are small closed sets, so they
 * are tables here; a numeral phrase is read high to low ("tři sta padesát tisíc" → 350 000).
 */

import { wordTreePattern } from '../dates/word-pattern.js';

/** Every case form of the numerals 1–90 that occurs before a scale word or "korun". */
const NUMERAL_FORMS: ReadonlyArray<[number, string[]]> = [
  [1, ['jeden', 'jedna', 'jedno', 'jednu', 'jednoho', 'jedné', 'jednom', 'jedním', 'jednou']],
  [2, ['dva', 'dvě', 'dvou', 'dvěma']],
  [3, ['tři', 'tří', 'třem', 'třemi']],
  [4, ['čtyři', 'čtyř', 'čtyřem', 'čtyřmi']],
  [5, ['pět', 'pěti']],
  [6, ['šest', 'šesti']],
  [7, ['sedm', 'sedmi']],
  [8, ['osm', 'osmi']],
  [9, ['devět', 'devíti']],
  [10, ['deset', 'deseti']],
  [11, ['jedenáct', 'jedenácti']],
  [12, ['dvanáct', 'dvanácti']],
  [13, ['třináct', 'třinácti']],
  [14, ['čtrnáct', 'čtrnácti']],
  [15, ['patnáct', 'patnácti']],
  [16, ['šestnáct', 'šestnácti']],
  [17, ['sedmnáct', 'sedmnácti']],
  [18, ['osmnáct', 'osmnácti']],
  [19, ['devatenáct', 'devatenácti']],
  [20, ['dvacet', 'dvaceti']],
  [30, ['třicet', 'třiceti']],
  [40, ['čtyřicet', 'čtyřiceti']],
  [50, ['padesát', 'padesáti']],
  [60, ['šedesát', 'šedesáti']],
  [70, ['sedmdesát', 'sedmdesáti']],
  [80, ['osmdesát', 'osmdesáti']],
  [90, ['devadesát', 'devadesáti']],
  [0.5, ['půl']],
];
/** "sto, sta, stě, set…" multiply what precedes them by a hundred. */
const HUNDRED_FORMS = ['sto', 'sta', 'stě', 'set', 'stu', 'stem', 'sty'];

/** Scale words and abbreviations → multiplier. Abbreviations are listed with their period. */
const SCALE_FORMS: ReadonlyArray<[number, string[]]> = [
  [1e3, ['tisíc', 'tisíce', 'tisíci', 'tisícům', 'tisících', 'tisícem', 'tis.']],
  [
    1e6,
    [
      'milion', 'miliony', 'milionů', 'milionu', 'milionem', 'milionech', 'milionům', 'milionech',
      'milión', 'milióny', 'miliónů', 'miliónu', 'miliónem', 'miliónech', 'miliónům',
      'mil.', 'mil', 'mio.',
    ],
  ],
  [1e9, ['miliarda', 'miliardy', 'miliard', 'miliardu', 'miliardou', 'miliardám', 'miliardách', 'miliardami', 'mld.', 'mld']],
];

const numeralValue = new Map<string, number>();
for (const [value, forms] of NUMERAL_FORMS) for (const f of forms) numeralValue.set(f, value);
for (const f of HUNDRED_FORMS) numeralValue.set(f, 100);
const scaleValue = new Map<string, number>();
for (const [value, forms] of SCALE_FORMS) for (const f of forms) scaleValue.set(f, value);

const lowerAndCapitalised = (words: Iterable<string>) =>
  [...words].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

/** Regex source: one numeral word (not followed by a letter), lower case or capitalised. */
export const NUMERAL_WORD = `${wordTreePattern(lowerAndCapitalised(numeralValue.keys()))}(?![\\p{L}])`;
/** Regex source: a scale word or abbreviation ("mil." and "mil" alike). */
export const SCALE_WORD = `${wordTreePattern(scaleValue.keys())}(?![\\p{L}])`;
const LONE_SCALE_FORMS = ['milion', 'milión', 'miliarda', 'miliardu', 'tisíc'];
/** Regex source: a scale word that alone means one of itself ("milion korun"). */
export const LONE_SCALE_WORD = wordTreePattern(lowerAndCapitalised(LONE_SCALE_FORMS));
/** The numerals and lone scale words, lower case: an amount written in words starts with one. */
export const NUMBER_WORDS: readonly string[] = [...numeralValue.keys(), ...LONE_SCALE_FORMS];

/** Dative/locative scale forms are used for counts ("20 tisícům lidí"), never alone for money. */
export const COUNT_SCALE = /^(?:tisícům|tisících|milionům|milionech|miliónům|miliónech)$/iu;

export function scaleOf(word: string): number {
  return word === 't' ? 1e3 : (scaleValue.get(word.toLowerCase()) ?? 1);
}

/** Value of a numeral phrase ("dvě stě", "tři sta padesát", "tři a půl"). */
export function numeralPhraseValue(phrase: string): number | null {
  let total = 0;
  for (const word of phrase.toLowerCase().split(/[ \n]+/u)) {
    if (word === 'a') continue;
    const value = numeralValue.get(word);
    if (value === undefined) return null;
    total = HUNDRED_FORMS.includes(word) ? (total || 1) * 100 : total + value;
  }
  return total;
}

const ONLY_DIGITS = /^\d+$/u;
/** Up to this many digits a number is below 2^53, so adding digit by digit is exact, as Number() is. */
const EXACT_DIGITS = 15;

/** Digits read by hand: V8's Number() of a string costs several times more. */
function integerValue(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) value = value * 10 + digits.charCodeAt(i) - 48;
  return value;
}

/** Value of digits as written in Czech: "77 839 844", "12.500", "1,5", "1 250,50". */
export function digitsValue(written: string): number {
  // Most numbers: no groups, no decimals.
  if (ONLY_DIGITS.test(written)) return written.length <= EXACT_DIGITS ? integerValue(written) : Number(written);
  const [whole, decimals] = written.replace(/[ .]/gu, '').split(',');
  return Number(whole) + (decimals && /^\d+$/u.test(decimals) ? Number(`0.${decimals}`) : 0);
}
