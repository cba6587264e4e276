/**
 * Text normalisation for extraction. Every step is a regex rewrite over a MappedText, so the
 * result still knows where each character came from (used to place PDF page boundaries).
 */
import { identity, replaceMapped, sliceMapped, toMappedOffset, type MappedText } from './mapped.js';

export interface NormalizedText {
  text: string;
  /** Start offsets in `text` of each page, when the input had pages. */
  pageStarts: number[];
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

export function normalizeText(raw: string, rawPageStarts: number[] = []): NormalizedText {
  let t = identity(raw, rawPageStarts.length > 0);
  t = replaceMapped(t, /\r\n?|\f/g, () => '\n');
  t = attachDetachedMarks(t);
  t = composeNfc(t);
  // Control characters, soft hyphens, zero-width characters and BOMs carry no text.
  t = replaceMapped(t, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]+/g, () => '');
  // Both patterns skip what is already right (a lone space, a bare line break): fewer matches.
  t = replaceMapped(t, /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, () => ' ');
  t = replaceMapped(t, / \n ?|\n /g, () => '\n');
  t = rejoinHyphenated(t);
  t = removeGapsInsideSentences(t);
  t = unwrapHardWrappedLines(t);
  t = replaceMapped(t, /\n{3,}/g, () => '\n\n');
  t = trim(t);
  const pageStarts = rawPageStarts.map((offset) => toMappedOffset(t, offset));
  return { text: t.text, pageStarts };
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
  return replaceMapped(t, /(?<![^\n])([^\n]+)\n(?=([^\n]))/g, (m) => {
    const line = m[1]!;
    const next = m[2]!;
    const wrapped = line.length >= 0.6 * margin && line.length <= MAX_WRAPPED_LINE && !/[:;]$/.test(line);
    const continues = /\p{Ll}/u.test(next) && !/[:;]$/.test(line);
    const nextIsItem = /[•·▪◦*–-]/.test(next);
    return (wrapped || continues) && !nextIsItem ? `${line} ` : `${line}\n`;
  });
}

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
