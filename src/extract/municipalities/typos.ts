/**
 * One-letter slips in long names ("v Jablonci nad Nisou" written "v Jabolnci nad Nisou"): a
 * capitalised word that matched nothing, standing where a place is expected (after a place
 * preposition or "město/obec/úřad"), is compared with the forms of names of about its length and
 * first letter. It links only when exactly one name is one edit away (Damerau: a letter wrong,
 * missing, added, or two swapped); the extractor warns. A bounded check of our own is used rather
 * than `natural`'s Damerau–Levenshtein: it stops at the second difference instead of filling a
 * matrix, and only "at most one edit" is ever asked. Only towns (město, městys and larger) are
 * candidates: a slip that lands on a small village's name is more often another word altogether.
 */
import type { Gazetteer } from '../../gazetteer/index.js';
import { nameIndex, type IndexedName } from '../../gazetteer/names.js';

/** Shorter words are left alone: one letter changes them into too many other words. */
export const MIN_TYPO_LENGTH = 8;
/** Words looked up already, per gazetteer; bounded so a huge text cannot grow it without limit. */
const CACHE_LIMIT = 10_000;

type Buckets = Map<string, string[]>;

function buckets(g: Gazetteer): Buckets {
  return g.derive('municipality-typo-buckets', () => {
    const out: Buckets = new Map();
    for (const form of nameIndex(g).byFirstForm.keys()) {
      if (form.length < MIN_TYPO_LENGTH - 1) continue;
      if (!nameIndex(g).byFirstForm.get(form)!.some((n) => n.municipalities.some((m) => m.type !== 'obec'))) continue;
      const key = form.charAt(0) + form.length;
      out.set(key, [...(out.get(key) ?? []), form]);
    }
    return out;
  });
}

/** The names whose first word, in some form, is one edit away from `word`. */
export function namesOneEditAway(g: Gazetteer, word: string): IndexedName[] {
  if (word.length < MIN_TYPO_LENGTH) return [];
  const cache = g.derive('municipality-typo-cache', () => new Map<string, IndexedName[]>());
  let names = cache.get(word);
  if (!names) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, (names = lookUp(g, word)));
  }
  return names;
}

function lookUp(g: Gazetteer, word: string): IndexedName[] {
  const index = nameIndex(g);
  const names = new Set<IndexedName>();
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    for (const form of buckets(g).get(word.charAt(0) + length) ?? []) {
      if (!withinOneEdit(word, form)) continue;
      for (const n of index.byFirstForm.get(form)!) if (n.municipalities.some((m) => m.type !== 'obec')) names.add(n);
    }
  }
  return [...names];
}

/** Damerau distance of at most one, without a matrix. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
