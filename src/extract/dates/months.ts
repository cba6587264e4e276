/**
 * Czech month names in every case, their abbreviations and Roman numerals. The twelve months are
 * a small closed set, so a hand-written table is clearer and faster than any morphology: each
 * entry lists the nominative/accusative, genitive, dative/locative and instrumental forms (plus
 * "září"-style forms that coincide) and abbreviations, written with their period (which the text
 * must then have too). Spellings without diacritics (text layers that lost them) are derived.
 */
import { caseVariants, wordTreePattern } from './word-pattern.js';

const MONTH_FORMS: readonly string[][] = [
  ['leden', 'ledna', 'lednu', 'lednem', 'led.'],
  ['únor', 'února', 'únoru', 'únorem', 'úno.', 'ún.'],
  ['březen', 'března', 'březnu', 'březnem', 'bře.', 'břez.'],
  ['duben', 'dubna', 'dubnu', 'dubnem', 'dub.'],
  ['květen', 'května', 'květnu', 'květnem', 'kvě.', 'květ.'],
  ['červen', 'června', 'červnu', 'červnem', 'čer.', 'čvn.', 'červ.'],
  ['červenec', 'července', 'červenci', 'červencem', 'čvc.', 'červc.'],
  ['srpen', 'srpna', 'srpnu', 'srpnem', 'srp.'],
  ['září', 'zářím', 'zář.'],
  ['říjen', 'října', 'říjnu', 'říjnem', 'říj.'],
  ['listopad', 'listopadu', 'listopadem', 'lis.', 'list.'],
  ['prosinec', 'prosince', 'prosinci', 'prosincem', 'pro.', 'pros.'],
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const stripDiacritics = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

const monthByWord = new Map<string, number>();
const fullNames: string[] = [];
const abbreviations: string[] = [];
MONTH_FORMS.forEach((forms, i) => {
  for (const form of forms) {
    const abbreviated = form.endsWith('.');
    const word = form.replace(/\.$/, '');
    for (const spelling of new Set([word, stripDiacritics(word)])) {
      monthByWord.set(spelling, i + 1);
      (abbreviated ? abbreviations : fullNames).push(spelling);
    }
  }
});

const variants = (words: string[]) => [...new Set(words)].flatMap(caseVariants);

/** Month names written out in full, lower case (the scan of word-scan.ts finds them in any case). */
export const FULL_MONTH_NAMES: readonly string[] = fullNames;

/** Regex source: a month name written out in full (any case form, any letter case). */
export const MONTH_NAME = `${wordTreePattern(variants(fullNames))}(?![\\p{L}])`;

/** Regex source: a month name in full, or an abbreviation followed by its period. */
export const MONTH_WORD = `(?:${MONTH_NAME}|${wordTreePattern(variants(abbreviations))}\\.)`;

/** Regex source matching a Roman-numeral month as written in dates ("15. VIII. 2016"). */
export const ROMAN_MONTH = `(?:${[...ROMAN].reverse().join('|')})`;

/** Month number (1–12) of a month word or Roman numeral as matched by the patterns above. */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/u, '');
  return monthByWord.get(key) ?? (ROMAN.includes(word) ? ROMAN.indexOf(word) + 1 : null);
}
