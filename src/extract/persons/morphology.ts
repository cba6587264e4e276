/**
 * Just enough Czech noun morphology for personal names: the inflected forms of given names
 * (generated forward from the nominative) and the possible nominatives of an inflected surname
 * (analysed backward by ending rules, checked against the Czech Hunspell word list through
 * src/morphology, which holds many surnames: Půta, Tulpa, Dienstbier, Šimáček…).
 */
import { isCommonWord, lemmasOf } from '../../morphology/index.js';
import { FEMALE_NAMES, MALE_NAMES } from './firstNames.js';

export type Gender = 'm' | 'f';
/** Grammatical cases as bits, so that agreement is a bitwise AND. */
export const NOM = 1, GEN = 2, DAT = 4, ACC = 8, VOC = 16, LOC = 32, INS = 64;
export const ANY_CASE = 127;

export interface Reading {
  lemma: string;
  gender: Gender;
  cases: number;
  /** How plausible the reading is on its own (dictionary support, regular ending). */
  weight: number;
}

const SOFT = 'šžčřjcďťňx';
const VOWELS = 'aeiouyáéíóúůýě';

/* ---------------- given names: forward paradigms ---------------- */

function maleForms(name: string): [string, number][] {
  const last = name.slice(-1);
  if (name.endsWith('í')) return [[name, NOM | VOC], [`${name}ho`, GEN | ACC], [`${name}mu`, DAT], [`${name}m`, LOC | INS]];
  if (last === 'a') {
    const stem = name.slice(0, -1);
    return [[name, NOM], [`${stem}y`, GEN], [`${stem}ovi`, DAT | LOC], [`${stem}u`, ACC], [`${stem}o`, VOC], [`${stem}ou`, INS]];
  }
  if (last === 'o') {
    const stem = name.slice(0, -1);
    return [[name, NOM | VOC], [`${stem}a`, GEN | ACC], [`${stem}ovi`, DAT | LOC], [`${stem}em`, INS]];
  }
  if (VOWELS.includes(last)) return [[name, ANY_CASE]];
  const stem = mobileStem(name);
  const soft = SOFT.includes(last);
  return [
    [name, NOM],
    [`${stem}${soft ? 'e' : 'a'}`, GEN | ACC],
    [`${stem}ovi`, DAT | LOC],
    [`${stem}u`, DAT | LOC],
    [`${stem}em`, INS],
    [`${stem}${soft ? 'i' : 'e'}`, VOC],
  ];
}

/** Pavel → Pavl-, Marek → Mark-, Zdeněk → Zdeňk-; other names keep their stem. */
function mobileStem(name: string): string {
  const m = /^(.*[^aeiouyáéíóúůýě])(ě|e)([kl])$/u.exec(name);
  if (!m || name.length < 5) return name;
  const [, head, vowel, tail] = m;
  if (vowel === 'ě') return `${head!.slice(0, -1)}${softened(head!.slice(-1))}${tail}`;
  return `${head}${tail}`;
}

function softened(consonant: string): string {
  return ({ d: 'ď', t: 'ť', n: 'ň' } as Record<string, string>)[consonant] ?? consonant;
}

function femaleForms(name: string): [string, number][] {
  if (/(?:ie|e)$/u.test(name)) {
    const stem = name.slice(0, -1);
    return [[name, NOM | GEN | VOC], [`${stem}i`, DAT | ACC | LOC], [`${stem}í`, INS]];
  }
  if (!name.endsWith('a')) return [[name, ANY_CASE]];
  const stem = name.slice(0, -1);
  const softStem = SOFT.includes(stem.slice(-1));
  return [
    [name, NOM],
    [`${stem}${softStem ? 'i' : 'y'}`, GEN],
    [`${softStem ? `${stem}i` : palatalised(stem)}`, DAT | LOC],
    [`${stem}u`, ACC],
    [`${stem}o`, VOC],
    [`${stem}ou`, INS],
  ];
}

/** The dative/locative stem of hard feminines: Lenka → Lence, Petra → Petře, Hana → Haně. */
function palatalised(stem: string): string {
  const rules: [RegExp, string][] = [
    [/ch$/u, 'še'], [/k$/u, 'ce'], [/h$/u, 'ze'], [/g$/u, 'ze'], [/r$/u, 'ře'],
    [/([dtn])$/u, '$1ě'], [/([bpvmf])$/u, '$1ě'],
  ];
  for (const [re, replacement] of rules) if (re.test(stem)) return stem.replace(re, replacement);
  return `${stem}e`;
}

function buildGivenNameIndex(): Map<string, Reading[]> {
  const index = new Map<string, Reading[]>();
  const add = (lemma: string, gender: Gender, forms: [string, number][]) => {
    for (const [form, cases] of forms) {
      const readings = index.get(form) ?? [];
      const same = readings.find((r) => r.lemma === lemma && r.gender === gender);
      if (same) same.cases |= cases;
      else readings.push({ lemma, gender, cases, weight: 1 });
      index.set(form, readings);
    }
  };
  for (const name of new Set(MALE_NAMES.split(/\s+/u).filter(Boolean))) add(name, 'm', maleForms(name));
  for (const name of new Set(FEMALE_NAMES.split(/\s+/u).filter(Boolean))) add(name, 'f', femaleForms(name));
  return index;
}

const GIVEN_NAMES = buildGivenNameIndex();
/** The forms that are a given name's nominative ("Martina", not "Martinu"), asked of most capitalised words. */
const NOMINATIVE_GIVEN_NAMES = new Set([...GIVEN_NAMES].filter(([form, readings]) => readings.some((r) => r.lemma === form && (r.cases & NOM) !== 0)).map(([form]) => form));

/** The readings of a word as a given name ("Martina" → Martin gen/acc, Martina nom). */
export function givenNameReadings(word: string): Reading[] {
  return GIVEN_NAMES.get(word) ?? [];
}

export function isGivenNameForm(word: string): boolean {
  return GIVEN_NAMES.has(word);
}

export function isNominativeGivenName(word: string): boolean {
  return NOMINATIVE_GIVEN_NAMES.has(word);
}

/* ---------------- surnames: backward analysis ---------------- */

const CACHE_LIMIT = 50_000;

/** Remembers a word's answer: names repeat within and across documents. */
export function cached<T extends string | boolean | null>(cache: Map<string, T>, word: string, compute: (w: string) => T): T {
  let answer = cache.get(word);
  if (answer === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    answer = compute(word);
    cache.set(word, answer);
  }
  return answer;
}

const knownCache = new Map<string, boolean>();
const commonCache = new Map<string, boolean>();

/** The capitalised word is a dictionary entry as written (a surname, given name or place). */
export function isKnownProperNoun(word: string): boolean {
  return cached(knownCache, word, (w) => lemmasOf(w).includes(w));
}

/** A capitalised word that is only a common word ("Předmět", "Závěrečná", "Za"), no form of a listed name. */
export function isOnlyCommonWord(word: string): boolean {
  return cached(commonCache, word, (w) => isCommonWord(w) && lemmasOf(w).length === 0);
}

interface EndingRule {
  ending: string;
  /** Replacements of the ending that give a nominative (before mobile-e restoration). */
  nominatives: string[];
  gender: Gender;
  cases: number;
}

/** Longest endings first; each rule proposes nominatives of the given gender. */
const SURNAME_RULES: EndingRule[] = [
  { ending: 'ové', nominatives: ['ová'], gender: 'f', cases: GEN | DAT | LOC },
  { ending: 'ovou', nominatives: ['ová'], gender: 'f', cases: ACC | INS },
  { ending: 'ová', nominatives: ['ová'], gender: 'f', cases: NOM | VOC },
  { ending: 'ého', nominatives: ['ý'], gender: 'm', cases: GEN | ACC },
  { ending: 'ému', nominatives: ['ý'], gender: 'm', cases: DAT },
  { ending: 'ího', nominatives: ['í'], gender: 'm', cases: GEN | ACC },
  { ending: 'ímu', nominatives: ['í'], gender: 'm', cases: DAT },
  { ending: 'eho', nominatives: ['e'], gender: 'm', cases: GEN | ACC },
  { ending: 'emu', nominatives: ['e'], gender: 'm', cases: DAT },
  { ending: 'ím', nominatives: ['í'], gender: 'm', cases: LOC | INS },
  { ending: 'ým', nominatives: ['ý'], gender: 'm', cases: INS },
  { ending: 'ém', nominatives: ['ý'], gender: 'm', cases: LOC },
  { ending: 'ý', nominatives: ['ý'], gender: 'm', cases: NOM | VOC },
  { ending: 'í', nominatives: ['í'], gender: 'm', cases: NOM | VOC },
  { ending: 'á', nominatives: ['á'], gender: 'f', cases: NOM | VOC },
  { ending: 'é', nominatives: ['á'], gender: 'f', cases: GEN | DAT | LOC },
  { ending: 'ou', nominatives: ['á'], gender: 'f', cases: ACC | INS },
  { ending: 'ou', nominatives: ['a'], gender: 'm', cases: INS },
  { ending: 'ovi', nominatives: ['', 'a', 'o'], gender: 'm', cases: DAT | LOC },
  { ending: 'em', nominatives: [''], gender: 'm', cases: INS },
  { ending: 'a', nominatives: [''], gender: 'm', cases: GEN | ACC },
  { ending: 'y', nominatives: ['a'], gender: 'm', cases: GEN },
  { ending: 'u', nominatives: ['a'], gender: 'm', cases: ACC },
  { ending: 'u', nominatives: [''], gender: 'm', cases: DAT | LOC },
  { ending: 'e', nominatives: [''], gender: 'm', cases: GEN | ACC },
  { ending: 'i', nominatives: [''], gender: 'm', cases: DAT | LOC },
];

/** Endings after which a surname is not a plain nominative of a man. */
const OBLIQUE_ONLY = /(?:ové|ovou|[éíe]ho|[éíe]mu|ým|ém|ovi|á|é|ou)$/u;

/** How likely a man's surname is a nominative as written: "Novák" surely, "Pickem" hardly. */
function nominativeWeight(word: string): number {
  if (/(?:em|ovi|ou)$/u.test(word)) return 0.2;
  if (/[eyui]$/u.test(word)) return 0.4;
  if (word.endsWith('a')) return 0.6;
  return 1;
}

/**
 * Every plausible (nominative, gender, cases) reading of a surname form: "Půty" → Půta m gen;
 * "Dienstbiera" → Dienstbier m gen/acc or Dienstbiera m nom; "Nováková" → f nom.
 */
const readingsCache = new Map<string, Reading[]>();

export function surnameReadings(word: string): Reading[] {
  const cached = readingsCache.get(word);
  if (cached) return cached;
  const hyphen = word.indexOf('-');
  const readings = hyphen > 0 ? doubleSurnameReadings(word.slice(0, hyphen), word.slice(hyphen + 1)) : simpleSurnameReadings(word);
  if (readingsCache.size >= CACHE_LIMIT) readingsCache.clear();
  readingsCache.set(word, readings);
  return readings;
}

/** "Krobové-Hášové" → Krobová-Hášová: both halves decline and must agree. */
function doubleSurnameReadings(first: string, second: string): Reading[] {
  const readings: Reading[] = [];
  for (const a of simpleSurnameReadings(first)) {
    for (const b of simpleSurnameReadings(second)) {
      if (a.gender !== b.gender || (a.cases & b.cases) === 0) continue;
      readings.push({ lemma: `${a.lemma}-${b.lemma}`, gender: a.gender, cases: a.cases & b.cases, weight: a.weight + b.weight });
    }
  }
  return readings;
}

function simpleSurnameReadings(word: string): Reading[] {
  const readings: Reading[] = [];
  const add = (lemma: string, gender: Gender, cases: number, weight: number) => {
    if (lemma.length < 2) return;
    const known = isKnownProperNoun(lemma) ? 2 : 0;
    const same = readings.find((r) => r.lemma === lemma && r.gender === gender);
    if (same) {
      same.cases |= cases;
      same.weight = Math.max(same.weight, weight + known);
    } else readings.push({ lemma, gender, cases, weight: weight + known });
  };
  if (!OBLIQUE_ONLY.test(word)) add(word, 'm', word.endsWith('a') ? NOM : NOM | VOC, nominativeWeight(word));
  for (const rule of SURNAME_RULES) {
    if (!word.endsWith(rule.ending) || word.length - rule.ending.length < 2) continue;
    const stem = word.slice(0, -rule.ending.length);
    for (const ending of rule.nominatives) {
      if (ending === '') for (const lemma of restoredStems(stem)) add(lemma, rule.gender, rule.cases, 0.5);
      else add(stem + ending, rule.gender, rule.cases, 0.5);
    }
  }
  // Foreign and unadapted surnames of women do not decline: "Kateřina Kiss".
  if (/[^aeiouyáéíóúůýě]$/u.test(word)) add(word, 'f', ANY_CASE, -1);
  return readings;
}

/**
 * A consonant stem, and the nominative with its mobile e restored where Czech drops it:
 * Šimáčk- → Šimáček, Němc- → Němec, Havl- → Havel, Fiňk- → Finěk (but Pick-, Šulc-, Vlk- stay).
 */
function restoredStems(stem: string): string[] {
  const last = stem.slice(-1);
  const before = stem.slice(-2, -1);
  if (VOWELS.includes(last) || VOWELS.includes(before) || !/[kcl]/u.test(last)) return [stem];
  // The word list decides when it knows one of the two; otherwise Pick-, Šulc-, Vlk- keep their
  // stem, and so do Mottl-, Zandl- (mobile e before l only after v, b, p, m, r, z, ž).
  const head = stem.slice(0, -2);
  const withE = /[ďťň]/u.test(before) ? `${head}${({ ď: 'd', ť: 't', ň: 'n' } as Record<string, string>)[before]}ě${last}` : `${head}${before}e${last}`;
  const stemKnown = isKnownProperNoun(stem);
  if (stemKnown !== isKnownProperNoun(withE)) return [stemKnown ? stem : withE];
  // Bílk-, Turk- → Bílek, Turek (a vowel before l/r); Vlk- stays.
  const lrAfterVowel = last === 'k' && /[lr]/u.test(before) && VOWELS.includes(stem.slice(-3, -2));
  if ((/[lrcs]/u.test(before) && last !== 'l' && !lrAfterVowel) || (last === 'l' && !/[vbpmrzž]/u.test(before))) return [stem];
  return [withE];
}
