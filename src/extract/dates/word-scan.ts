/**
 * Where listed words start in a text, in any letter case: month names, numerals, the literals of
 * document cues. V8 scans for a prefix tree of words at a few ns per character whatever their
 * number, so all lists share one scan (a scan per list costs nearly as much each), kept for the
 * text last scanned: the extractors of one document ask in turn.
 */
import { wordTreePattern } from './word-pattern.js';

export interface WordHit {
  /** Where the word starts. */
  at: number;
  /** The word as listed. */
  word: string;
}

const lists: Array<{ words: ReadonlySet<string>; whole: boolean }> = [];
/** Per listed word: the listed words it starts with (itself included), and the lists of each. */
let prefixesOf: Map<string, Array<{ word: string; lists: number[] }>> | null = null;
let scanner: RegExp | null = null;
let last: { text: string; hits: WordHit[][] } | null = null;

/**
 * Registers lower-case `words` (at module load) and returns what finds them in a text: every
 * position where one starts, in text order, and which one (several when one starts another).
 * `whole` words are found only where no letter follows (and may be found elsewhere too).
 */
export function wordFinder(words: Iterable<string>, whole = false): (text: string) => readonly WordHit[] {
  const list = lists.push({ words: new Set(words), whole }) - 1;
  [prefixesOf, scanner, last] = [null, null, null];
  return (text) => scan(text)[list]!;
}

function scan(text: string): WordHit[][] {
  if (last?.text === text) return last.hits;
  prefixesOf ??= listedPrefixes();
  scanner ??= new RegExp(wordTreePattern(prefixesOf.keys(), wholeWords()), 'giu');
  const hits: WordHit[][] = lists.map(() => []);
  scanner.lastIndex = 0;
  for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
    // The tree takes the longest word starting here; the listed words it starts with start here too.
    for (const { word, lists } of prefixesOf.get(m[0]) ?? prefixesOf.get(listedForm(m[0]))!) {
      for (const list of lists) hits[list]!.push({ at: m.index, word });
    }
    scanner.lastIndex = m.index + 1; // words may overlap
  }
  last = { text, hits };
  return hits;
}

/**
 * The matches a global search with `sticky` (flag y) finds in `text`, tried only at `starts`
 * (ascending; every position where one may start): the first match at a start past the last match.
 */
export function* matchesAt(sticky: RegExp, text: string, starts: Iterable<number>): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    from = at + Math.max(1, m?.[0].length ?? 0);
    if (m) yield m;
  }
}

/** The word as listed, for one written otherwise: lower case, and "ſ" (which `/s/iu` matches) as "s". */
const listedForm = (written: string) => written.toLowerCase().replaceAll('ſ', 's');

/** The words no list wants found where a letter follows. */
function wholeWords(): Set<string> {
  const anywhere = new Set(lists.filter((l) => !l.whole).flatMap((l) => [...l.words]));
  return new Set(lists.flatMap((l) => [...l.words]).filter((word) => !anywhere.has(word)));
}

function listedPrefixes(): NonNullable<typeof prefixesOf> {
  const listsOf = new Map<string, number[]>();
  lists.forEach(({ words }, list) => {
    for (const word of words) listsOf.set(word, [...(listsOf.get(word) ?? []), list]);
  });
  const prefixes = new Map<string, Array<{ word: string; lists: number[] }>>();
  for (const word of listsOf.keys()) {
    const listed = [...listsOf].filter(([other]) => word.startsWith(other)).map(([other, lists]) => ({ word: other, lists }));
    prefixes.set(word, listed.sort((a, b) => a.word.length - b.word.length));
  }
  return prefixes;
}
