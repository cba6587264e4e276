/**
 * Finds every span of the text that is a form of a municipality name: each capitalised word is
 * first tested against a hash filter of first forms, then looked up in the name index; the names
 * beginning with that form (a long list narrowed by the next word) are checked token by token.
 * The longest name wins ("Nové Město na Moravě" over "Nové Město").
 */
import { mayBeFirstForm, type IndexedName, type NameIndex } from '../../gazetteer/names.js';
import { isAllCaps, isDash, titleCase, type Tokens } from './tokens.js';

export interface NameMatch {
  /** Token indexes of the first and last token. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The names this span can be a form of; `exact` when written in the nominative as registered. */
  names: NameReading[];
}

/** One name a span can stand for; `short` when the span is only the name's head ("Brandýs"). */
export interface NameReading {
  indexed: IndexedName;
  exact: boolean;
  short?: boolean;
}

export function findNames(text: string, tokens: Tokens, index: NameIndex): NameMatch[] {
  const matches: NameMatch[] = [];
  // The same span text gets the same readings array, so work keyed on it is done once per text.
  const readings = new Map<string, NameReading[]>();
  let resume = 0;
  for (let c = 0; c < tokens.capitals.length; c++) {
    const i = tokens.capitals[c]!;
    if (i < resume) continue;
    const allCaps = tokens.allCaps(i);
    const start = tokens.start(i);
    const end = tokens.end(i);
    if (!mayBeFirstForm(index, text, start, end) && !(allCaps && mayBeFirstForm(index, text, start, end, true))) continue;
    const word = tokens.text(i);
    const candidates = index.byFirstForm.get(word) ?? (allCaps ? index.byFirstForm.get(titleCase(word)) : undefined);
    if (!candidates) continue;
    const match = longest(tokens, i, candidates);
    if (match) {
      const key = text.slice(match.start, match.end);
      const same = readings.get(key);
      if (same) match.names = same;
      else readings.set(key, match.names);
      matches.push(match);
      resume = match.last + 1;
    }
  }
  return matches;
}

/**
 * The longest name written at token i. Names whose head alone is written there ("Brandýs",
 * "Přestavlky" for Přestavlky u Čerčan) join as short readings of a span of the same length, for
 * the document's context to choose from.
 */
function longest(tokens: Tokens, i: number, candidates: IndexedName[]): NameMatch | null {
  let best: NameMatch | null = null;
  let short: IndexedName[] | null = null; // made only when a name's head alone is written (rare)
  for (const indexed of plausible(tokens, i, candidates)) {
    const last = matchRest(tokens, i, indexed, indexed.rest.length);
    if (last < 0) {
      if (indexed.headLength < indexed.tokens.length && matchRest(tokens, i, indexed, indexed.headLength - 1) >= 0) (short ??= []).push(indexed);
      continue;
    }
    if (best && last < best.last) continue;
    const reading = { indexed, exact: writtenAsRegistered(tokens, i, indexed) };
    // A list literal of one: most spans have a single reading, and push would reserve room for more.
    if (!best || last > best.last) best = { first: i, last, start: tokens.start(i), end: tokens.end(last), names: [reading] };
    else best.names.push(reading);
  }
  if (!short) return best;
  const shortLength = Math.min(...short.map((n) => n.headLength));
  const shortReadings = short.filter((n) => n.headLength === shortLength).map((indexed) => ({ indexed, exact: false, short: true }));
  if (!shortReadings.length) return best;
  const shortLast = i + shortLength - 1;
  if (!best) return { first: i, last: shortLast, start: tokens.start(i), end: tokens.end(shortLast), names: shortReadings };
  if (best.last === shortLast) best.names.push(...shortReadings);
  return best;
}

/** Lists longer than this ("Nové", "Horní": dozens of names) are narrowed by the next word before their names are checked. */
const FEW_NAMES = 8;

interface SecondWords {
  /** Positions of the names that need no second word to match or to be read short: one-word names and one-word heads. */
  always: number[];
  /** The names at those positions: the plausible ones when the next word continues none. */
  alwaysNames: IndexedName[];
  /** Each form of a name's second token → the positions of the names, ascending. */
  byForm: Map<string, number[]>;
}

/** Per candidate list of the gazetteer's index, built when first met. */
const secondWords = new WeakMap<IndexedName[], SecondWords>();

function secondWordsOf(candidates: IndexedName[]): SecondWords {
  let index = secondWords.get(candidates);
  if (!index) {
    const always: number[] = [];
    const byForm = new Map<string, number[]>();
    candidates.forEach((n, k) => {
      if (n.rest.length === 0 || n.headLength === 1) always.push(k);
      for (const form of n.rest[0] ?? []) byForm.set(form, [...(byForm.get(form) ?? []), k]);
    });
    secondWords.set(candidates, (index = { always, alwaysNames: always.map((k) => candidates[k]!), byForm }));
  }
  return index;
}

/**
 * The candidates that can match at token i, in list order: those of a long list whose second
 * token accepts the next word (the keys `accepts` would try), and those that need none. The
 * others could neither match nor be read short.
 */
function plausible(tokens: Tokens, i: number, candidates: IndexedName[]): IndexedName[] {
  if (candidates.length <= FEW_NAMES) return candidates;
  const { always, alwaysNames, byForm } = secondWordsOf(candidates);
  if (i + 1 >= tokens.length || !tokens.joined(i, i + 1)) return alwaysNames;
  const word = tokens.text(i + 1);
  const keys = isDash(word) ? [word, '-'] : isAllCaps(word) ? [word, titleCase(word), word.toLowerCase()] : [word];
  const preposition = ABBREVIATED_PREPOSITIONS[word];
  if (preposition && tokens.source.charAt(tokens.end(i + 1)) === '.') keys.push(preposition);
  const positions: number[] = [];
  for (const key of keys) positions.push(...(byForm.get(key) ?? []));
  // Usually the next word continues none of the names ("Nové" before "zastupitelstvo").
  if (!positions.length) return alwaysNames;
  return [...new Set([...always, ...positions])].sort((a, b) => a - b).map((k) => candidates[k]!);
}

/** Where the name ends when its first word is at token i (written or mistyped), or -1. */
export function nameEnd(tokens: Tokens, i: number, indexed: IndexedName): number {
  return matchRest(tokens, i, indexed, indexed.rest.length);
}

/** Index of the text token matching the name's token `count`, or -1 when the text does not continue the name. */
function matchRest(tokens: Tokens, i: number, indexed: IndexedName, count: number): number {
  let at = i;
  for (let k = 0; k < count; k++) {
    const next = at + 1;
    if (next >= tokens.length || !tokens.joined(at, next)) return -1;
    if (accepts(indexed.rest[k]!, tokens.text(next))) at = next;
    else if (isAbbreviatedPreposition(tokens, next, indexed.rest[k]!)) at = next + 1; // past its full stop
    else return -1;
  }
  return at;
}

/** "Ústí n. Labem", "Rožnov p. Radhoštěm": a name's preposition abbreviated to its initial and a full stop. */
const ABBREVIATED_PREPOSITIONS: Record<string, string> = { n: 'nad', p: 'pod' };

function isAbbreviatedPreposition(tokens: Tokens, i: number, forms: Set<string>): boolean {
  const full = ABBREVIATED_PREPOSITIONS[tokens.text(i)];
  return full !== undefined && forms.has(full) && i + 1 < tokens.length && tokens.text(i + 1) === '.' && tokens.end(i) === tokens.start(i + 1);
}

function accepts(forms: Set<string>, token: string): boolean {
  if (forms.has(token)) return true;
  if (isDash(token)) return forms.has('-');
  return isAllCaps(token) && (forms.has(titleCase(token)) || forms.has(token.toLowerCase()));
}

/** The name's own tokens are written at token i, in the nominative as registered. */
function writtenAsRegistered(tokens: Tokens, i: number, indexed: IndexedName): boolean {
  for (let k = 0; k < indexed.tokens.length; k++) if (!sameToken(tokens.text(i + k), indexed.tokens[k]!)) return false;
  return true;
}

function sameToken(written: string, registered: string): boolean {
  return written === registered || (isDash(written) && registered === '-') || (isAllCaps(written) && titleCase(written) === registered);
}
