import { isLowSurrogate, LETTER } from '../char-class.js';

/**
 * Matches of a pattern that start a word, as a global regex would find them one after another.
 *
 * Writing the word boundary as a leading lookbehind, `(?<![\p{L}])`, makes V8 test it at every
 * position of the text before looking for the word, three times slower than finding the word and
 * checking the character before it here. A pattern that starts with an alternation
 * ("podepsal|stvrdil…|připojil…") is tried at every position too; so it is tried only just before
 * the occurrences of its anchors, short literals that V8 finds fast and that every match contains
 * (the caller finds them once for several patterns).
 */
export interface AnchoredPattern {
  /** Sticky (`y`): tried at single positions. */
  pattern: RegExp;
  /** How many characters after a match's start its anchor may begin, at most. */
  reach: number;
}


/** `anchors`: in text order, where the anchors occur; every match contains one within `reach` of its start. */
export function* matchesAtWordStart(text: string, anchored: AnchoredPattern, anchors: readonly number[]): Generator<RegExpExecArray> {
  const { pattern, reach } = anchored;
  // Where a global search would go on from: no match starts before this.
  let from = 0;
  for (const at of anchors) {
    // A match starting before at - reach would contain an earlier anchor; one after at, a later one.
    let start = Math.max(from, at - reach);
    while (start <= at) {
      // A match after a letter is skipped: its position is not tried at all.
      if (letterBefore(text, start)) {
        start++;
        continue;
      }
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      if (!m) start++;
      else {
        from = start + m[0].length;
        yield m;
        start = Math.max(start + 1, from);
      }
    }
    from = Math.max(from, at + 1);
  }
}

/** Where a global regex occurs, overlapping occurrences too. */
export function occurrences(text: string, anchor: RegExp): number[] {
  const positions: number[] = [];
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    positions.push(a.index);
    anchor.lastIndex = a.index + 1;
  }
  return positions;
}

function letterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const unit = text.charCodeAt(index - 1);
  // The second half of a surrogate pair: the letter is the whole code point.
  const start = isLowSurrogate(unit) && index >= 2 ? index - 2 : index - 1;
  return LETTER.startsAt(text, start);
}
