/**
 * Text normalisation for extraction. Every step is a regex rewrite over a MappedText, so the
 * result still knows where each character came from (used to place PDF page boundaries).
 */
import type { RawElement } from '../read/elements.js';
import { identity, replaceMapped, sliceMapped, toMappedOffset, type MappedText } from './mapped.js';

export interface NormalizedText {
  text: string;
  /** Start offsets in `text` of each page, when the input had pages. */
  pageStarts: number[];
  /** What the rewrites flattened, for the layout stage (src/layout). */
  evidence: LayoutEvidence;
  /** The reader's elements, placed in `text` (empty ones dropped). */
  elements: RawElement[];
}

/** Offsets in the normalised text of spaces that stand for something the reader saw. */
export interface LayoutEvidence {
  /** A line break of the input (a hard-wrapped line joined, a page-break gap inside a sentence). */
  softBreaks: number[];
  /** A column gap of the input: a tab (PDF and HTML cells) or three or more spaces. */
  columnGaps: number[];
}

/** Spacing diacritics that PDF text layers emit detached from their letter, as combining marks. */
const DETACHED_MARKS: Record<string, string> = {
  '\u02C7': '\u030C', // ˇ caron
  '\u00B4': '\u0301', // ´ acute
  '\u02DA': '\u030A', // ˚ ring (ů)
};
const CZECH_ACCENTED = /^[áéíóúýůčďěňřšťžÁÉÍÓÚÝŮČĎĚŇŘŠŤŽ]$/u;
const ANY_DETACHED_MARK = /[\u02C7\u00B4\u02DA]/u;
const LETTER_OR_COMMA_AT_END = /[\p{L},]$/u;
const LOWER_AT_START = /^\p{Ll}/u;

export function normalizeText(raw: string, rawPageStarts: number[] = [], rawElements: RawElement[] = []): NormalizedText {
  let t = identity(raw);
  t = replaceMapped(t, /\r\n?|\f/g, () => '\n');
  t = attachDetachedMarks(t);
  t = composeNfc(t);
  // Control characters, soft hyphens, zero-width characters and BOMs carry no text.
  t = replaceMapped(t, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]+/g, () => '');
  t = joinLetterSpacedWords(t);
  // Both patterns skip what is already right (a lone space, a bare line break): fewer matches.
  t = replaceMapped(t, /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, () => ' ');
  t = replaceMapped(t, / \n ?|\n /g, () => '\n');
  t = rejoinHyphenated(t);
  t = removeGapsInsideSentences(t);
  t = unwrapHardWrappedLines(t);
  t = replaceMapped(t, /\n{3,}/g, () => '\n\n');
  t = trim(t);
  const pageStarts = rawPageStarts.map((offset) => toMappedOffset(t, offset));
  return { text: t.text, pageStarts, evidence: layoutEvidence(raw, t), elements: placeElements(t, rawElements) };
}

/**
 * "U s n e s e n í", "s c h v a l u j e", "Milan Č e s k ý": words set with a space between
 * their letters (headings, verbs of a resolution, signatures), rejoined. Three or more single letters
 * each followed by one space; a run of Czech one-letter words ("s a v") stays, and a capital after
 * a small letter starts the next word ("M a t u š e k M i l e n a" → "Matušek Milena").
 */
function joinLetterSpacedWords(t: MappedText): MappedText {
  if (!hasLetterSpacedRun(t.text)) return t;
  return replaceMapped(t, LETTER_SPACED, (m) => {
    const letters = m[0].split(' ');
    if (letters.every((l) => ONE_LETTER_WORDS.has(l))) return m[0];
    let word = letters[0]!;
    for (let k = 1; k < letters.length; k++) {
      const startsWord = LOWER_AT_START.test(letters[k - 1]!) && UPPER.test(letters[k]!);
      word += (startsWord ? ' ' : '') + letters[k];
    }
    return word;
  });
}

/**
 * Whether some letter stands alone between spaces twice in a row ("x y z") and not all three are
 * Czech one-letter words: read by character codes, as the pattern would be tried at every position.
 */
function hasLetterSpacedRun(text: string): boolean {
  for (let i = text.indexOf(' '); i >= 0 && i + 4 < text.length; i = text.indexOf(' ', i + 1)) {
    // text[i] is a space after a lone letter text[i-1]: the run "a b c" starts at i-1.
    if (text.charCodeAt(i + 2) !== SPACE || !isLoneLetter(text, i - 1) || !isLoneLetter(text, i + 1) || !isLoneLetter(text, i + 3)) continue;
    if (![text[i - 1], text[i + 1], text[i + 3]].every((l) => ONE_LETTER_WORDS.has(l!))) return true;
  }
  return false;
}

/** text[k] is a letter with no letter, mark or full stop right before or after it. */
function isLoneLetter(text: string, k: number): boolean {
  return k >= 0 && LETTER.test(text.charAt(k)) && !WORD_PART.test(text.charAt(k - 1)) && !WORD_PART.test(text.charAt(k + 1));
}

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}.]/u;
const LETTER_SPACED = /(?<![\p{L}\p{M}.])\p{L}(?: \p{L}){2,}(?![\p{L}\p{M}.])/gu;
const ONE_LETTER_WORDS = new Set([...'aikosuvzAIKOSUVZ']);
const UPPER = /^\p{Lu}/u;

/** Where a space of the normalised text stands for a line break or a column gap of the input. */
function layoutEvidence(raw: string, t: MappedText): LayoutEvidence {
  const softBreaks: number[] = [];
  const columnGaps: number[] = [];
  const { text, origin } = t;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    const from = origin[i]!;
    const to = origin[i + 1]!;
    if (to - from === 1 && raw.charCodeAt(from) === SPACE) continue;
    let lineBreak = false;
    let tab = false;
    for (let k = from; k < to; k++) {
      const c = raw.charCodeAt(k);
      if (c === LINE_FEED || c === CARRIAGE_RETURN || c === FORM_FEED) lineBreak = true;
      else if (c === TAB) tab = true;
    }
    if (lineBreak) softBreaks.push(i);
    else if (tab || to - from >= 3) columnGaps.push(i);
  }
  return { softBreaks, columnGaps };
}

const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;

/** The reader's elements in normalised offsets, trimmed of white space; empty ones dropped. */
function placeElements(t: MappedText, elements: RawElement[]): RawElement[] {
  const placed: RawElement[] = [];
  for (const e of elements) {
    let start = toMappedOffset(t, e.start);
    let end = toMappedOffset(t, e.end);
    while (start < end && /\s/u.test(t.text[start]!)) start++;
    while (end > start && /\s/u.test(t.text[end - 1]!)) end--;
    if (end > start) placed.push({ kind: e.kind, start, end });
  }
  return placed;
}

function attachDetachedMarks(t: MappedText): MappedText {
  // Most texts have none; the patterns below would try every letter.
  if (!ANY_DETACHED_MARK.test(t.text)) return t;
  // "c\u02C7" or "\u02C7c" (both orders occur in PDF text layers) → "č" when that is a Czech letter.
  const combined = (letter: string, mark: string): string | null => {
    const composed = (letter + DETACHED_MARKS[mark]!).normalize('NFC');
    return CZECH_ACCENTED.test(composed) ? composed : null;
  };
  t = replaceMapped(t, /(\p{L}) ?([\u02C7\u00B4\u02DA])/gu, (m) => combined(m[1]!, m[2]!) ?? m[0]);
  return replaceMapped(t, /([\u02C7\u00B4\u02DA]) ?(\p{L})/gu, (m) => combined(m[2]!, m[1]!) ?? m[0]);
}

function composeNfc(t: MappedText): MappedText {
  if (t.text === t.text.normalize('NFC')) return t;
  return replaceMapped(t, /\P{M}\p{M}+/gu, (m) => m[0].normalize('NFC'));
}

function rejoinHyphenated(t: MappedText): MappedText {
  if (!t.text.includes('-\n')) return t;
  // "sociál-\nní" → "sociální": only lower case on both sides, so "Vítkov-\nBudišov" keeps its hyphen.
  t = replaceMapped(t, /(\p{Ll})-\n(\p{Ll})/gu, (m) => m[1]! + m[2]!);
  return replaceMapped(t, /(\p{L})-\n(\p{Lu})/gu, (m) => `${m[1]}-${m[2]}`);
}

/** A blank gap (page break, stray empty lines) in the middle of a sentence is no paragraph break. */
function removeGapsInsideSentences(t: MappedText): MappedText {
  // Finds the gaps first and then looks at their neighbours: a pattern starting with the letter
  // would be tried at every letter. A letter is used once, as when one pattern consumed both
  // neighbours: in "a\n\nb\n\nc" only the first gap goes.
  const { text } = t;
  let usedUpTo = -1;
  return replaceMapped(t, /\n{2,}/g, (m) => {
    const end = m.index + m[0].length;
    const after = LOWER_AT_START.exec(text.slice(end, end + 2));
    const before = after && LETTER_OR_COMMA_AT_END.exec(text.slice(Math.max(0, m.index - 2), m.index));
    if (!after || !before || m.index - before[0].length < usedUpTo) return m[0];
    usedUpTo = end + after[0].length;
    return ' ';
  });
}

/**
 * Joins lines that were wrapped at a margin. A line counts as wrapped when it is not short
 * (reaches 60 % of the document's typical wrapped-line width) and does not end a label (":"),
 * or when the next line continues in lower case.
 */
function unwrapHardWrappedLines(t: MappedText): MappedText {
  const margin = typicalLineWidth(t.text);
  // Anchored at line starts: unanchored, a line not followed by a wrapped one is retried from
  // each of its characters (quadratic in the line length).
  const { text } = t;
  return replaceMapped(t, /(?<![^\n])([^\n]+)\n(?=([^\n]))/g, (m) => {
    const line = m[1]!;
    const next = m[2]!;
    const wrapped = line.length >= 0.6 * margin && line.length <= MAX_WRAPPED_LINE && !/[:;]$/.test(line);
    const continues = /\p{Ll}/u.test(next) && !/[:;]$/.test(line);
    const nextIsItem = /[•·▪◦*–-]/.test(next);
    const join = (wrapped || continues) && !nextIsItem && !LABEL_LINE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    return join ? `${line} ` : `${line}\n`;
  });
}

/** A line opened by a label ("Zpracoval:", "Předkladatel:", "Tel.:") is never the rest of the line before. */
const LABEL_LINE = /^\p{Lu}[\p{L}.]{1,20}(?: [\p{L}.]{1,20}){0,2}:/u;

/** Lines longer than this are paragraphs laid out on one line (DOCX, HTML), never wrapped lines. */
const MAX_WRAPPED_LINE = 130;

function typicalLineWidth(text: string): number {
  // The 90th percentile of the lengths of non-empty lines up to MAX_WRAPPED_LINE, by counting.
  const counts = new Int32Array(MAX_WRAPPED_LINE + 1);
  let lines = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (length > 0 && length <= MAX_WRAPPED_LINE) {
      counts[length]!++;
      lines++;
    }
    start = end + 1;
  }
  if (lines < 3) return MAX_WRAPPED_LINE;
  let rank = Math.floor(lines * 0.9);
  let length = 1;
  while (rank >= counts[length]!) rank -= counts[length++]!;
  return Math.max(40, length);
}

/** Without leading and trailing whitespace (String.prototype.trim strips exactly what \s matches). */
function trim(t: MappedText): MappedText {
  const end = t.text.trimEnd().length;
  const start = end === 0 ? t.text.length : t.text.length - t.text.trimStart().length;
  return sliceMapped(t, start, end);
}
