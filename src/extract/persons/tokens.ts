/**
 * The words a name can consist of or start with: capitalised words (hyphenated ones whole,
 * "Kut'ák" with ť written as t + apostrophe as one word) and the lowercase courtesy words and
 * titles ("p.", "pan", "paní", "doc."). Other lowercase words stay in the gaps between tokens.
 * A hand-written scanner: a Unicode regex over every character was the slowest part of persons.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const LOWERCASE_STARTS = new Set(['p', 'pp', 'pan', 'pana', 'panu', 'panem', 'pane', 'paní', 'pánové', 'pány', 'pánů', 'pí', 'sl', 'slečna', 'slečny', 'slečnou', 'doc', 'prof', 'dr', 'akad']);
const APOSTROPHE_CARON: Record<string, string> = { t: 'ť', d: 'ď', l: 'ľ' };

/** Letters (Latin, combining marks, Greek, Cyrillic) below this code unit; none above. */
const TABLE_END = 0x530;
const LETTER = 1;
const UPPER = 2;
/** Per code unit: LETTER and UPPER bits, looked up instead of tested (this loop reads every character). */
const CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) {
    const letter = c < 0xc0 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : c !== 0xd7 && c !== 0xf7 && (c <= 0x24f || (c >= 0x300 && c <= 0x36f) || c >= 0x370);
    const ch = String.fromCharCode(c);
    const upper = c < 0xc0 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase();
    classes[c] = (letter ? LETTER : 0) | (upper ? UPPER : 0);
  }
  return classes;
}

function isLetter(c: number): boolean {
  return c < TABLE_END && (CLASSES[c]! & LETTER) !== 0;
}

/** Only asked of letters, which all lie in the table. */
function isUpper(c: number): boolean {
  return (CLASSES[c]! & UPPER) !== 0;
}

/** End of the letters starting at i. */
function lettersEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let end = lettersEnd(text, i);
    if (isUpper(c)) {
      // Join "Krobová-Hášová" and "Kut'ák" into one word.
      while (end + 1 < text.length && (text[end] === '-' || text[end] === "'" || text[end] === '’') && isLetter(text.charCodeAt(end + 1))) end = lettersEnd(text, end + 1);
      const raw = text.slice(i, end);
      const word = raw.includes("'") || raw.includes('’') ? raw.replace(/([tdl])['’]/gu, (_, ch: string) => APOSTROPHE_CARON[ch]!) : raw;
      tokens.push({ text: word, start: i, end });
    } else if (end - i <= 7 && (c === 112 || c === 100 || c === 115 || c === 97)) {
      const word = text.slice(i, end);
      if (LOWERCASE_STARTS.has(word)) tokens.push({ text: word, start: i, end });
    }
    i = end;
  }
  return tokens;
}
