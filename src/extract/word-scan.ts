/**
 * Where listed words start in a text, in any letter case: month names, numerals, the literals of
 * document cues, resolution triggers. One pass of an Aho–Corasick automaton over the text finds
 * all of them (V8 tries a regex prefix tree of the same words at every character, several times
 * slower, and a tree per list costs nearly as much each). The hits are kept for the text last
 * scanned: the extractors of one document ask in turn.
 */

export interface WordHit {
  /** Where the word starts. */
  at: number;
  /** The word as listed. */
  word: string;
}

interface Ending {
  word: string;
  lists: number[];
  /** Found only where no letter follows. */
  whole: boolean;
}

interface Automaton {
  /** Per UTF-16 code unit: its letter of the words' alphabet (1, 2…) in any case, 0 for any other. */
  letterOf: Uint8Array;
  width: number;
  /**
   * The row (state × width) of the state after the state of `row` reads `letter`:
   * step[row + letter], negated where words end (so the scan needs no second look-up per character).
   */
  step: Int32Array;
  /** Per state: the listed words that end there. */
  ends: Ending[][];
}

const lists: Array<{ words: ReadonlySet<string>; whole: boolean }> = [];
let automaton: Automaton | null = null;
let last: { text: string; hits: WordHit[][] } | null = null;

/**
 * Registers lower-case `words` (at module load) and returns what finds them in a text: every
 * position where one starts, in text order, and which one (several when one starts another).
 * `whole` words are found only where no letter follows (and may be found elsewhere too).
 */
export function wordFinder(words: Iterable<string>, whole = false): (text: string) => readonly WordHit[] {
  const list = lists.push({ words: new Set(words), whole }) - 1;
  [automaton, last] = [null, null];
  return (text) => scan(text)[list]!;
}

const LETTER = /[\p{L}]/uy;

function scan(text: string): WordHit[][] {
  if (last?.text === text) return last.hits;
  const { letterOf, width, step, ends } = (automaton ??= build());
  const hits: WordHit[][] = lists.map(() => []);
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    row = step[row + letterOf[text.charCodeAt(i)]!]!;
    if (row >= 0) continue;
    row = -row;
    recordHits(hits, ends[row / width]!, text, i + 1);
  }
  // Found where they end: ordered where they start, shorter first.
  for (const found of hits) found.sort((a, b) => a.at - b.at || a.word.length - b.word.length);
  last = { text, hits };
  return hits;
}

/** The words of `endings` that end at `end` (whole ones where no letter follows), into their lists' hits. */
function recordHits(hits: WordHit[][], endings: readonly Ending[], text: string, end: number): void {
  for (const { word, lists, whole } of endings) {
    LETTER.lastIndex = end;
    if (whole && LETTER.test(text)) continue;
    for (const list of lists) hits[list]!.push({ at: end - word.length, word });
  }
}

/**
 * A character as the words list it: lower case, and "ſ" as "s". For every character of the
 * words this is exactly what the `iu` flags read as that character (checked over all of Unicode).
 */
function listedForm(character: string): string {
  const lower = character.toLowerCase();
  return lower === 'ſ' ? 's' : lower;
}

function build(): Automaton {
  const endings = new Map<string, Ending>();
  for (const [list, { words, whole }] of lists.entries()) {
    for (const word of words) {
      const ending = endings.get(word) ?? { word, lists: [], whole: true };
      ending.lists.push(list);
      ending.whole &&= whole;
      endings.set(word, ending);
    }
  }
  const alphabet = new Map([...new Set([...endings.keys()].join(''))].map((c, i) => [c, i + 1]));
  const width = alphabet.size + 1;
  const letterOf = new Uint8Array(0x10000);
  for (let unit = 0; unit < letterOf.length; unit++) letterOf[unit] = alphabet.get(listedForm(String.fromCharCode(unit))) ?? 0;

  // The trie of the words, then every missing step pointed where the longest suffix read leads.
  const next: number[][] = [[]];
  const ends: Ending[][] = [[]];
  for (const ending of endings.values()) {
    let state = 0;
    for (const c of ending.word) {
      const letter = alphabet.get(c)!;
      state = next[state]![letter] ??= next.push([]) - 1;
      ends[state] ??= [];
    }
    ends[state]!.push(ending);
  }
  const step = new Int32Array(next.length * width);
  const fallback = new Int32Array(next.length);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (state !== 0) ends[state] = [...ends[state]!, ...ends[fallback[state]!]!];
    for (let letter = 0; letter < width; letter++) {
      const child = next[state]![letter];
      const behind = state === 0 ? 0 : step[fallback[state]! * width + letter]!;
      if (child === undefined) {
        step[state * width + letter] = behind;
      } else {
        step[state * width + letter] = child;
        fallback[child] = behind;
        queue.push(child);
      }
    }
  }
  // Built with states; made rows (negated where words end) once every state's words are known.
  for (let i = 0; i < step.length; i++) step[i] = step[i]! * width * (ends[step[i]!]!.length > 0 ? -1 : 1);
  return { letterOf, width, step, ends };
}
