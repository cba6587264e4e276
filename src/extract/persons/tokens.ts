/**
 * The words a name can consist of or start with: capitalised words (hyphenated ones whole,
 * "Kut'ák" with ť written as t + apostrophe as one word) and the lowercase courtesy words and
 * titles ("p.", "pan", "paní", "doc."). Other lowercase words stay in the gaps between tokens.
 * Read off the shared word tokens when both see the same letters, so that only those read every
 * character; else by a hand-written scanner (a Unicode regex over every character was the
 * slowest part of persons).
 */
import type { Tokens } from '../municipalities/tokens.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Bits of the shapes below: read once here, as a regex per token and shape cost more than the rest of the scan. */
  shape: number;
}

/** /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u: "Novák", "Krobová-Hášová". */
export const CAPITALISED = 1;
/** /^\p{Lu}{2,}$/u: "BULÍŘ", "ČSSD". */
export const ALL_CAPS = 2;
/** /^\p{Lu}$/u: "J" of "J. Šetlík". */
export const SINGLE_CAPITAL = 4;
/** A capital letter first, or one of the lowercase courtesy words and titles. */
export const MAY_START_NAME = 8;

const LOWERCASE_STARTS = new Set(['p', 'pp', 'pan', 'pana', 'panu', 'panem', 'pane', 'paní', 'pánové', 'pány', 'pánů', 'pí', 'sl', 'slečna', 'slečny', 'slečnou', 'doc', 'prof', 'dr', 'akad']);
const LONGEST_LOWERCASE_START = 7;
const APOSTROPHE_CARON: Record<string, string> = { t: 'ť', d: 'ď', l: 'ľ' };
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Letters (Latin, combining marks, Greek, Cyrillic) below this code unit; none above. */
const TABLE_END = 0x530;
const LETTER = 1;
const UPPER = 2;
/** The Unicode categories the shapes are made of: \p{Lu}, and \p{Ll} or \p{M}. */
const LU = 4;
const LL_OR_MARK = 8;
/** Per code unit: LETTER, UPPER and category bits, looked up instead of tested (this loop reads every character). */
const CLASSES = buildClasses();
/**
 * LOWERCASE_STARTS by their first two letters, looked up before a lowercase word is sliced: per
 * first letter a row number (from 1), and per row the second letters that may follow (0: none).
 */
const LOWERCASE_ROWS = new Uint8Array(TABLE_END);
const LOWERCASE_SECONDS: Uint8Array = buildLowercaseSeconds();

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) {
    const letter = c < 0xc0 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : c !== 0xd7 && c !== 0xf7 && (c <= 0x24f || (c >= 0x300 && c <= 0x36f) || c >= 0x370);
    const ch = String.fromCharCode(c);
    const upper = c < 0xc0 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase();
    const categories = (/\p{Lu}/u.test(ch) ? LU : 0) | (/[\p{Ll}\p{M}]/u.test(ch) ? LL_OR_MARK : 0);
    classes[c] = (letter ? LETTER : 0) | (upper ? UPPER : 0) | categories;
  }
  return classes;
}

function buildLowercaseSeconds(): Uint8Array {
  const firsts = [...new Set([...LOWERCASE_STARTS].map((w) => w.charCodeAt(0)))];
  firsts.forEach((first, row) => (LOWERCASE_ROWS[first] = row + 1));
  const seconds = new Uint8Array(firsts.length * TABLE_END);
  for (const w of LOWERCASE_STARTS) seconds[(LOWERCASE_ROWS[w.charCodeAt(0)]! - 1) * TABLE_END + (w.length > 1 ? w.charCodeAt(1) : 0)] = 1;
  return seconds;
}

/** Whether the lowercase word [start, end) may be one of LOWERCASE_STARTS, by its first two letters (which lie in the table). */
function mayStartName(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_LOWERCASE_START) return false;
  const row = LOWERCASE_ROWS[text.charCodeAt(start)]!;
  return row !== 0 && LOWERCASE_SECONDS[(row - 1) * TABLE_END + (end - start > 1 ? text.charCodeAt(start + 1) : 0)] === 1;
}

/** Whether the code unit is a letter of a word here: Latin, Greek, Cyrillic or a combining mark. */
export function isNameLetter(c: number): boolean {
  return c < TABLE_END && (CLASSES[c]! & LETTER) !== 0;
}

/** End of the letters starting at i. */
function lettersEnd(text: string, i: number): number {
  const length = text.length;
  let j = i;
  while (j < length && isNameLetter(text.charCodeAt(j))) j++;
  return j;
}

/** Whether a token may begin with the code unit: a capital letter, or the first letter of a lowercase courtesy word or title. */
export function mayStartNameToken(c: number): boolean {
  return isNameLetter(c) && ((CLASSES[c]! & UPPER) !== 0 || LOWERCASE_ROWS[c] !== 0);
}

/** The name tokens of the text of `words`. */
export function nameTokens(words: Tokens): Token[] {
  return words.lettersAsNames ? readOff(words) : tokenize(words.source);
}

/**
 * The name tokens read off word tokens that start and end where this scanner's words would: only
 * the words that begin like a token are looked at, a few of all.
 */
function readOff(words: Tokens): Token[] {
  const text = words.source;
  const tokens: Token[] = [];
  const candidates = words.nameStarts;
  // The last word token taken into a joined word ("Krobová-Hášová").
  let taken = -1;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    if (i <= taken) continue;
    const start = words.start(i);
    const classes = CLASSES[text.charCodeAt(start)]!;
    if (classes & UPPER) taken = addCapitalisedWordAt(words, i, classes, tokens);
    else addLowercaseStart(text, start, words.end(i), tokens);
  }
  return tokens;
}

/** addCapitalisedWord for the word token i; returns the index of the last word token it takes in. */
function addCapitalisedWordAt(words: Tokens, i: number, classes: number, tokens: Token[]): number {
  const text = words.source;
  const start = words.start(i);
  const plainEnd = words.end(i);
  let rest = LU | LL_OR_MARK;
  for (let k = start + 1; k < plainEnd; k++) rest &= CLASSES[text.charCodeAt(k)]!;
  // A joint is a token of its own, and the letters after it the next one.
  let last = i;
  let end = plainEnd;
  let apostrophe = false;
  for (let joint = jointAt(text, end); joint; joint = jointAt(text, end)) {
    apostrophe ||= joint !== HYPHEN;
    last += 2;
    end = words.end(last);
  }
  tokens.push(wordToken(text, start, end, apostrophe, end === plainEnd ? plainShape(classes, rest, end - start) : null));
  return last;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const classes = c < TABLE_END ? CLASSES[c]! : 0;
    if (!(classes & LETTER)) i++;
    else if (classes & UPPER) i = addCapitalisedWord(text, i, classes, tokens);
    else {
      const end = lettersEnd(text, i + 1);
      addLowercaseStart(text, i, end, tokens);
      i = end;
    }
  }
  return tokens;
}

/** Adds the lowercase word [start, end) when it is a courtesy word or title. */
function addLowercaseStart(text: string, start: number, end: number, tokens: Token[]): void {
  if (!mayStartName(text, start, end)) return;
  const word = text.slice(start, end);
  if (LOWERCASE_STARTS.has(word)) tokens.push({ text: word, start, end, shape: MAY_START_NAME });
}

/** Adds the word starting with an uppercase letter (of `classes`) at `start`; returns its end. */
function addCapitalisedWord(text: string, start: number, classes: number, tokens: Token[]): number {
  const length = text.length;
  // The categories all later letters share, read on the way: they give a plain word's shape.
  let end = start + 1;
  let rest = LU | LL_OR_MARK;
  while (end < length) {
    const next = text.charCodeAt(end);
    if (!isNameLetter(next)) break;
    rest &= CLASSES[next]!;
    end++;
  }
  const plainEnd = end;
  // Join "Krobová-Hášová" and "Kut'ák" into one word.
  let apostrophe = false;
  for (let joint = jointAt(text, end); joint; joint = jointAt(text, end)) {
    apostrophe ||= joint !== HYPHEN;
    end = lettersEnd(text, end + 1);
  }
  tokens.push(wordToken(text, start, end, apostrophe, end === plainEnd ? plainShape(classes, rest, end - start) : null));
  return end;
}

/** The hyphen or apostrophe at `end` when a letter follows it (it joins two words into one, "Krobová-Hášová", "Kut'ák"), else 0. */
function jointAt(text: string, end: number): number {
  const joint = text.charCodeAt(end);
  return (joint === HYPHEN || joint === APOSTROPHE || joint === RIGHT_QUOTE) && isNameLetter(text.charCodeAt(end + 1)) ? joint : 0;
}

/** The token of the word [start, end), "Kut'ák" read as "Kuťák"; the shape of a joined word (`plain` null) read from it. */
function wordToken(text: string, start: number, end: number, apostrophe: boolean, plain: number | null): Token {
  const raw = text.slice(start, end);
  const word = apostrophe ? raw.replace(/([tdl])['’]/gu, (_, ch: string) => APOSTROPHE_CARON[ch]!) : raw;
  return { text: word, start, end, shape: plain ?? shapeOf(word) };
}

/** shapeOf a word of letters only, from the classes of its first letter and those all later letters share. */
function plainShape(first: number, rest: number, length: number): number {
  if (!(first & LU)) return 0;
  if (length === 1) return MAY_START_NAME | SINGLE_CAPITAL;
  return MAY_START_NAME | (rest & LU ? ALL_CAPS : rest & LL_OR_MARK ? CAPITALISED : 0);
}

/** The shapes of a word starting with an uppercase letter; its characters lie below TABLE_END or are - ' ’ (no category). */
function shapeOf(word: string): number {
  if (!(categoryAt(word, 0) & LU)) return 0;
  if (word.length === 1) return MAY_START_NAME | SINGLE_CAPITAL;
  if (categoryAt(word, 1) & LU) {
    let capitals = 2;
    while (capitals < word.length && categoryAt(word, capitals) & LU) capitals++;
    return MAY_START_NAME | (capitals === word.length ? ALL_CAPS : 0);
  }
  let end = capitalisedPartEnd(word, 0);
  if (end > 0 && end < word.length && word.charCodeAt(end) === 45) end = capitalisedPartEnd(word, end + 1);
  return MAY_START_NAME | (end === word.length ? CAPITALISED : 0);
}

/** The end of a capital and one or more lowercase letters or marks starting at `from`; -1 when there is none. */
function capitalisedPartEnd(word: string, from: number): number {
  if (from >= word.length || !(categoryAt(word, from) & LU)) return -1;
  let end = from + 1;
  while (end < word.length && categoryAt(word, end) & LL_OR_MARK) end++;
  return end > from + 1 ? end : -1;
}

function categoryAt(word: string, index: number): number {
  const c = word.charCodeAt(index);
  return c < TABLE_END ? CLASSES[c]! & (LU | LL_OR_MARK) : 0;
}
