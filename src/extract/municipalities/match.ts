/**
 * Finds every span of the text that is a form of a municipality name: at each capitalised word,
 * one lookup of the name index, then the few names beginning with that form are checked token by
 * token. The longest name wins ("Nové Město na Moravě" over "Nové Město").
 */
import type { IndexedName, NameIndex } from '../../gazetteer/names.js';
import { isAllCaps, isCapitalised, isDash, joined, titleCase, type Token } from './tokens.js';

export interface NameMatch {
  /** Token indexes of the first and last token. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The names this span can be a form of; `exact` when written in the nominative as registered. */
  names: Array<{ indexed: IndexedName; exact: boolean }>;
}

export function findNames(text: string, tokens: Token[], index: NameIndex): NameMatch[] {
  const matches: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (!isCapitalised(word)) continue;
    const candidates = index.byFirstForm.get(word) ?? (isAllCaps(word) ? index.byFirstForm.get(titleCase(word)) : undefined);
    if (!candidates) continue;
    const match = longest(text, tokens, i, candidates);
    if (match) {
      matches.push(match);
      i = match.last;
    }
  }
  return matches;
}

function longest(text: string, tokens: Token[], i: number, candidates: IndexedName[]): NameMatch | null {
  let best: NameMatch | null = null;
  for (const indexed of candidates) {
    const last = matchRest(text, tokens, i, indexed);
    if (last < 0 || (best && last < best.last)) continue;
    const exact = indexed.tokens.every((t, k) => sameToken(tokens[i + k]!.text, t));
    if (!best || last > best.last) {
      best = { first: i, last, start: tokens[i]!.start, end: tokens[last]!.end, names: [] };
    }
    best.names.push({ indexed, exact });
  }
  return best;
}

/** Index of the name's last token in the text, or -1 when the text does not continue the name. */
function matchRest(text: string, tokens: Token[], i: number, indexed: IndexedName): number {
  let j = i;
  for (const forms of indexed.rest) {
    const next = tokens[j + 1];
    if (!next || !joined(text, tokens[j]!, next) || !accepts(forms, next.text)) return -1;
    j++;
  }
  return j;
}

function accepts(forms: Set<string>, token: string): boolean {
  if (forms.has(token)) return true;
  if (isDash(token)) return forms.has('-');
  return isAllCaps(token) && (forms.has(titleCase(token)) || forms.has(token.toLowerCase()));
}

function sameToken(written: string, registered: string): boolean {
  return written === registered || (isDash(written) && registered === '-') || (isAllCaps(written) && titleCase(written) === registered);
}
