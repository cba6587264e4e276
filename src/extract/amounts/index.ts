/**
 * Sums of money: a number (digits or Czech numerals) with an optional scale word and a currency
 * written before or after it, an optional qualifier ("přes", "cca"…) and an optional range
 * ("2–3 miliony korun"). A number without a currency counts as crowns only when the text makes
 * that clear: a scale word in a sentence (or right after one) about crowns ("o 66 milionů více"),
 * an alternative right after a sum in crowns ("za 490 korun, popřípadě 990"), or a money-formatted
 * number on a line labelled "v Kč".
 */
import type { AmountItem } from '../../schema/record.js';
import { wordTreePattern } from '../dates/word-pattern.js';
import { wordFinder } from '../word-scan.js';
import { overlapsAny, withSpan } from '../span.js';
import type { ExtractContext } from '../types.js';
import { unitOnceAmounts } from './tables.js';
import {
  COUNT_SCALE,
  LONE_SCALE_WORD,
  NUMBER_WORDS,
  NUMERAL_WORD,
  SCALE_WORD,
  digitsValue,
  numeralPhraseValue,
  scaleOf,
} from './numbers.js';

const QUALIFIERS = [
  'více než', 'víc než', 'méně než', 'až do výše', 'do výše', 'přes', 'cca', 'cca.', 'zhruba', 'téměř', 'skoro',
  'nejméně', 'minimálně', 'maximálně', 'nejvýše', 'max.', 'min.', 'kolem', 'okolo', 'asi', 'přibližně',
  'bezmála', 'necelých', 'necelé', 'takřka', 'až', 'do',
];
/** Looked for right before a number (a qualifier or currency ahead of it is checked in code). */
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}])(?<qual>${wordTreePattern(QUALIFIERS)})[ \\n]$`, 'iu');
/** Enough text before a number for any qualifier, its space and the letter it may not follow. */
const QUALIFIER_WINDOW = Math.max(...QUALIFIERS.map((q) => q.length)) + 2;
/** The last characters of the qualifiers (any case): checked first, as most numbers follow none. */
const QUALIFIER_LAST = new RegExp(`[${[...new Set(QUALIFIERS.map((q) => q.at(-1)))].join('')}]`, 'iu');
/** "$" only when attached: "$ 93" is what text layers make of "§ 93". */
const CURRENCY_BEFORE = /(?<![\p{L}])(?:(?:Kč|CZK|EUR|€|USD|US\$)[ \n]?|\$)$/u;
/** The last characters of the currencies CURRENCY_BEFORE reads. */
const CURRENCY_ENDS = 'čKR€D$';

const DIGITS = '(?:\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?:,\\d{1,2}(?!\\d))?';
const WORDS = `${NUMERAL_WORD}(?:[ \\n](?:a[ \\n])?${NUMERAL_WORD})*`;
const NUMBER = `(${DIGITS}|${WORDS})`;
const CURRENCY_AFTER =
  '(Kč(?![\\p{L}])|KČ(?![\\p{L}])|CZK(?![\\p{L}])|[kK]orun\\p{L}*|EUR(?![\\p{L}])|[eE]ur(?:o|a|ech|um|ům|y)?(?![\\p{L}])|€|USD(?![\\p{L}])|dolar\\p{L}*|\\$)';
/** ",-", ",--", ", -", ".-" and " -Kč" close a sum in crowns. */
const DASH_CROWNS = '((?:[ ]?,[ ]?-{1,2}|\\.-{1,2}|[ ]-(?=Kč))(?!\\d))';
const RANGE = `(?:[ \\n]?(?:[–—-]|až|do)[ \\n]?${NUMBER})?`;
/** "milion korun", "miliardu korun": a scale word standing for one of itself before a currency. */
const LONE_SCALE = `(${LONE_SCALE_WORD})(?=[ \\n](?:korun|Kč|eur))`;
/** An indefinite quantity before a lone scale word: "desítkami tisíc korun", "stovky milionů". */
const INDEFINITE_BEFORE = /(?:desít\p{L}*|stov\p{L}*|několik\p{L}*|mnoha?|řádově|statisíc\p{L}*|tisíc\p{L}*)[ \n]$/iu;

/**
 * Starts at a digit, a numeral or a lone scale word; tried only there (see amountMatches). Its
 * groups, in order: the number, the range's second number, the scale word, the lone scale word,
 * the crowns dash, the currency. (Not named: V8 builds a groups object for every match.)
 */
const AMOUNT_AT = new RegExp(
  `(?:${NUMBER}${RANGE}(?:[ \\n]?(${SCALE_WORD}|t(?=[ ]?Kč)))?|${LONE_SCALE})` +
    `${DASH_CROWNS}?(?:[ \\n]?${CURRENCY_AFTER})?`,
  'uy',
);
const numberWordsIn = wordFinder(NUMBER_WORDS, true);
const DIGIT = /\d/g;

const ISO_CURRENCY: Array<[RegExp, string]> = [
  [/^(?:kč|czk|korun\p{L}*|koruny|koruna|korunou)\.?$/iu, 'CZK'],
  [/^(?:eur\p{L}*|€)$/iu, 'EUR'],
  [/^(?:usd|us\$|\$|dolar\p{L}*)$/iu, 'USD'],
];

interface Candidate {
  start: number;
  end: number;
  qualifier: string | null;
  values: number[];
  currency: string | null;
  hasScale: boolean;
  /** Written like a price: thousands groups and haléře ("27 101 760,00"). */
  moneyFormat: boolean;
  scaleWord: string | null;
}

export function extractAmounts(ctx: ExtractContext): AmountItem[] {
  const candidates = findCandidates(ctx);
  const crowns = candidates.filter((c) => c.currency === 'CZK');
  const stated = candidates.filter((c) => c.currency !== null);
  const out: AmountItem[] = [];
  for (const c of candidates) {
    const currency = c.currency ?? impliedCrowns(ctx.text, c, crowns) ?? continuedCurrency(c, stated);
    if (currency) out.push(...items(ctx.text, c, currency));
  }
  out.push(...alternativesAfterCrowns(ctx, crowns));
  out.push(...unitOnceAmounts(ctx, out));
  return out;
}

/** The candidates that may be sums; the others only bound what the next one may read before it. */
function findCandidates(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  let previousEnd = 0;
  forEachAmountMatch(ctx.text, (m) => {
    const c = candidateFrom(m, ctx, previousEnd);
    if (c && !overlapsAny(ctx.claimed, c.start, c.end) && !isCount(ctx.text, c)) {
      if (c.currency || c.hasScale || c.moneyFormat) out.push(c);
      previousEnd = c.end;
    }
  });
  return out;
}

/**
 * Visits the matches a global search with AMOUNT_AT would find, tried only where one may start:
 * at a digit, a numeral or a lone scale word (in any letter case; V8 finds these far faster than
 * it tries AMOUNT_AT at every position). A callback, not a generator: there are thousands per text.
 */
function forEachAmountMatch(text: string, visit: (m: RegExpExecArray) => void): void {
  const words = numberWordsIn(text);
  let word = 0;
  let digit = -1;
  for (let from = 0; ; ) {
    if (digit < from) digit = nextDigit(text, from);
    while (word < words.length && words[word]!.at < from) word++;
    const at = Math.min(digit, words[word]?.at ?? text.length);
    if (at >= text.length) return;
    AMOUNT_AT.lastIndex = at;
    const m = AMOUNT_AT.exec(text);
    from = m ? at + m[0].length : at + 1;
    if (m) visit(m);
  }
}

function nextDigit(text: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : text.length;
}

/** Digits glued to a letter, a digit or identifier punctuation are part of something else. */
const BAD_BEFORE_DIGITS = /[\p{L}\p{N}.,/]/u;
const LETTER = /[\p{L}]/u;

/**
 * A number right after a letter (or digits right after what BAD_BEFORE_DIGITS lists) is part of
 * something else. An ASCII character is judged by its code, without a regex (most are ASCII).
 */
function gluedToWhatPrecedes(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  const digits = isDigit(text, at);
  if (unit < 0x80) return isAsciiLetter(unit) || (digits && ((unit >= 0x30 && unit <= 0x39) || unit === 0x2e || unit === 0x2c || unit === 0x2f));
  const before = text.charAt(at - 1);
  return LETTER.test(before) || (digits && BAD_BEFORE_DIGITS.test(before));
}
/** A price: thousands groups and haléře ("27 101 760,00"). */
const MONEY_FORMAT = /^\d{1,3}(?: \d{3})+,\d{2}$/u;

function candidateFrom(m: RegExpExecArray, ctx: ExtractContext, previousEnd: number): Candidate | null {
  const { text } = ctx;
  if (gluedToWhatPrecedes(text, m.index)) return null;
  const [written, n1, n2, scaleAfter, lone, dash, currencyAfter] = m;
  // What the number may be read with before it: up to 24 characters, not into the last candidate.
  const beforeStart = Math.max(previousEnd, m.index - 24);
  if (lone && INDEFINITE_BEFORE.test(text.slice(beforeStart, m.index))) return null;
  const scaleWord = scaleAfter ?? lone;
  const scale = scaleWord ? scaleOf(scaleWord) : 1;
  const first = numberValue(lone ? '1' : n1!, scale);
  const second = n2 === undefined ? undefined : numberValue(n2, scale);
  if (first === null || second === null) return null;
  const pre = mayEndWithCurrency(text, beforeStart, m.index) ? CURRENCY_BEFORE.exec(text.slice(beforeStart, m.index)) : null;
  const currencyWritten = currencyAfter ?? pre?.[0].trim();
  const currency = currencyWritten ? (ISO_CURRENCY.find(([re]) => re.test(currencyWritten))?.[1] ?? null) : dash ? 'CZK' : null;
  const isWords = !lone && !isDigit(n1!, 0);
  // Numerals are money only with a scale word or a currency ("pět milionů korun", "sto korun").
  if (isWords && !scaleWord && !currency) return null;
  // Checked first: a price has a decimal comma before its last two digits, which most numbers lack.
  const moneyFormat = n1 !== undefined && n1.charAt(n1.length - 3) === ',' && MONEY_FORMAT.test(n1);
  // A number that can be no sum (no currency, scale or price format) needs its qualifier only to
  // tell whether a claimed span overlaps it: most numbers, spared the search.
  const maySum = currency !== null || scaleWord !== undefined || moneyFormat;
  const qual = maySum || overlapsAny(ctx.claimed, beforeStart, m.index) ? qualifierAtEnd(text.slice(beforeStart, pre ? beforeStart + pre.index : m.index)) : null;
  return {
    start: beforeStart + (qual?.index ?? pre?.index ?? m.index - beforeStart),
    end: m.index + written.length,
    qualifier: qual ? qual.word.toLowerCase() : null,
    values: second === undefined ? [first] : [first, second],
    currency,
    hasScale: Boolean(scaleWord),
    moneyFormat,
    scaleWord: scaleWord ?? null,
  };
}

const isAsciiLetter = (unit: number) => (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;
const isDigit = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/** Checked before CURRENCY_BEFORE, which most numbers fail: text[from, to) ends with a currency, maybe a space. */
function mayEndWithCurrency(text: string, from: number, to: number): boolean {
  let last = to - 1;
  if (last >= from && (text.charAt(last) === ' ' || text.charAt(last) === '\n')) last--;
  return last >= from && CURRENCY_ENDS.includes(text.charAt(last));
}

/** The qualifier `part` ends with (and its index there); only its end is searched, QUALIFIER_BEFORE being anchored to it. */
function qualifierAtEnd(part: string): { word: string; index: number } | null {
  if (!(part.endsWith(' ') || part.endsWith('\n')) || !QUALIFIER_LAST.test(part.charAt(part.length - 2))) return null;
  const from = Math.max(0, part.length - QUALIFIER_WINDOW);
  const m = QUALIFIER_BEFORE.exec(from > 0 ? part.slice(from) : part);
  return m ? { word: m.groups!.qual!, index: from + m.index } : null;
}

function numberValue(written: string, scale: number): number | null {
  const base = isDigit(written, 0) ? digitsValue(written) : numeralPhraseValue(written);
  return base === null ? null : Math.round(base * scale * 100) / 100;
}

function items(text: string, c: Candidate, currency: string): AmountItem[] {
  const item = (value: number, role: AmountItem['role']) => withSpan(text, c.start, c.end, { value, currency, qualifier: c.qualifier, role });
  if (c.values.length === 1) return [item(c.values[0]!, 'single')];
  return [item(c.values[0]!, 'range_start'), item(c.values[1]!, 'range_end')];
}

// ---------------------------------------------------------------------------------------------
// Counts that look like sums.

/** Nouns counted with numbers and scale words: people, things, units of measure, time. */
const COUNTED_AFTER =
  /^[ \n]?(?:lid[ií]|osob|obyvatel|občan|dět[ií]|žák|student|návštěvník|divák|cestující|pacient|senior|klient|zákazník|turist|rodin|domácnost|žen|muž|zaměstnan|pracovník|uživatel|volič|hlas|kus|ks|strom|aut|vozid|km|kilometr|metr|m2|m²|m3|ha|hektar|tun|litr|byt|dom[ůy]|let|rok|hodin|dn[ůí]|minut|bod|podpis|člen|účastník|respondent|případ|škol|firem|obc[ií]|měst|lokalit|míst|stran|položek|žádost|projekt|akc[ií]|zvířat|%|procent)/iu;

/** A noun in the genitive plural ending in -ů after a number is what is counted ("3 tisíce seniorů"). */
const MASCULINE_PLURAL_AFTER = /^[ \n]\p{Ll}+ů(?![\p{L}])/u;

const LETTER_OR_PERCENT = /[\p{L}%]/u;
const isSpaceOrBreak = (c: string) => c === ' ' || c === '\n';

function isCount(text: string, c: Candidate): boolean {
  if (c.currency) return false;
  if (c.scaleWord && COUNT_SCALE.test(c.scaleWord)) return true;
  // Checked first: both patterns need a letter (or "%") right after the number or a space (an
  // ASCII character judged by its code).
  const next = c.end === text.length ? c.end : c.end + (isSpaceOrBreak(text.charAt(c.end)) ? 1 : 0);
  const unit = text.charCodeAt(next);
  if (unit < 0x80 ? !isAsciiLetter(unit) && unit !== 0x25 : !LETTER_OR_PERCENT.test(text.charAt(next))) return false;
  const after = text.slice(c.end, c.end + 24);
  return COUNTED_AFTER.test(after) || (after.includes('ů') && MASCULINE_PLURAL_AFTER.test(after));
}

// ---------------------------------------------------------------------------------------------
// Crowns implied by the context.

const SENTENCE_END = /[.!?…][ \n]+(?=[\p{Lu}„"(\d])|\n\n/gu;
const CROWNS_LABEL_ON_LINE = /(?:v|ve) (?:Kč|CZK)|\((?:Kč|CZK)\)|\[(?:Kč|CZK)\]|Kč|CZK/u;

function impliedCrowns(text: string, c: Candidate, crowns: Candidate[]): string | null {
  if (c.hasScale) {
    const from = sentenceStart(text, sentenceStart(text, c.start) - 1);
    const to = sentenceEnd(text, c.end);
    if (crowns.some((k) => k.start >= from && k.start < to)) return 'CZK';
  }
  if (c.moneyFormat) {
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    if (CROWNS_LABEL_ON_LINE.test(text.slice(lineStart, c.start))) return 'CZK';
  }
  return null;
}

/** Millions and billions only: thousands are counted far more often than paid. */
const MONEY_SCALE = /^(?:mil|mld|milion|milión|miliard)/iu;
/** How far back the text's last sum in crowns may stand for an elliptical one to continue it. */
const ELLIPSIS_REACH = 1500;

/**
 * "V roce 2018 rozdělil kraj přes 28 milionů" a paragraph after "přes 19 milionů korun": millions
 * without a currency continue the text's last sum, when that was in millions too (and near).
 */
function continuedCurrency(c: Candidate, stated: Candidate[]): string | null {
  if (!c.scaleWord || !MONEY_SCALE.test(c.scaleWord)) return null;
  let last: Candidate | undefined;
  for (const k of stated) if (k.end <= c.start) last = k;
  const continues = last?.scaleWord && MONEY_SCALE.test(last.scaleWord) && c.start - last.end <= ELLIPSIS_REACH;
  return continues ? last!.currency : null;
}

function sentenceStart(text: string, at: number): number {
  if (at <= 0) return 0;
  let start = 0;
  const window = text.slice(Math.max(0, at - 600), at);
  for (const m of window.matchAll(SENTENCE_END)) start = Math.max(0, at - 600) + m.index + m[0].length;
  return start;
}

function sentenceEnd(text: string, at: number): number {
  const window = text.slice(at, at + 600);
  const m = /[.!?…][ \n]+(?=[\p{Lu}„"(\d])|\n\n/u.exec(window);
  return m ? at + m.index : Math.min(text.length, at + 600);
}

/** "za 490 korun, popřípadě 990": a bare number offered as an alternative to a sum in crowns. */
const ALTERNATIVE_AFTER =
  /^(?:[ \n]?,)?[ \n](?:popřípadě|případně|nebo|či|resp\.|respektive|eventuálně)[ \n](?<num>(?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:,\d{1,2})?)(?=[ \n]?[.,;:)!?]|$)/du;

function alternativesAfterCrowns(ctx: ExtractContext, crowns: Candidate[]): AmountItem[] {
  const out: AmountItem[] = [];
  for (const c of crowns) {
    const m = ALTERNATIVE_AFTER.exec(ctx.text.slice(c.end, c.end + 40));
    if (!m) continue;
    const [from, to] = m.indices!.groups!.num!;
    const [start, end] = [c.end + from, c.end + to];
    if (overlapsAny(ctx.claimed, start, end)) continue;
    const value = digitsValue(m.groups!.num!);
    out.push(withSpan(ctx.text, start, end, { value, currency: 'CZK', qualifier: null, role: 'single' as const }));
  }
  return out;
}
