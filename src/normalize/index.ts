/**
 * Text normalisation for extraction. Every step is a regex rewrite over a MappedText, so the
 * result still knows where each character came from (used to place PDF page boundaries).
 */
import { identity, replaceMapped, toMappedOffset, type MappedText } from './mapped.js';

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

export function normalizeText(raw: string, rawPageStarts: number[] = []): NormalizedText {
  let t = identity(raw);
  t = replaceMapped(t, /\r\n?|\f/g, () => '\n');
  t = attachDetachedMarks(t);
  t = composeNfc(t);
  // Control characters, soft hyphens, zero-width characters and BOMs carry no text.
  t = replaceMapped(t, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]+/g, () => '');
  t = replaceMapped(t, /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, () => ' ');
  t = replaceMapped(t, / ?\n ?/g, () => '\n');
  t = rejoinHyphenated(t);
  t = removeGapsInsideSentences(t);
  t = unwrapHardWrappedLines(t);
  t = replaceMapped(t, /\n{3,}/g, () => '\n\n');
  t = trim(t);
  const pageStarts = rawPageStarts.map((offset) => toMappedOffset(t, offset));
  return { text: t.text, pageStarts };
}

function attachDetachedMarks(t: MappedText): MappedText {
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
  // "sociál-\nní" → "sociální": only lower case on both sides, so "Vítkov-\nBudišov" keeps its hyphen.
  t = replaceMapped(t, /(\p{Ll})-\n(\p{Ll})/gu, (m) => m[1]! + m[2]!);
  return replaceMapped(t, /(\p{L})-\n(\p{Lu})/gu, (m) => `${m[1]}-${m[2]}`);
}

/** A blank gap (page break, stray empty lines) in the middle of a sentence is no paragraph break. */
function removeGapsInsideSentences(t: MappedText): MappedText {
  return replaceMapped(t, /([\p{L},])\n{2,}(\p{Ll})/gu, (m) => `${m[1]} ${m[2]}`);
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
  const lengths = text
    .split('\n')
    .map((l) => l.length)
    .filter((n) => n > 0 && n <= MAX_WRAPPED_LINE)
    .sort((a, b) => a - b);
  if (lengths.length < 3) return MAX_WRAPPED_LINE;
  return Math.max(40, lengths[Math.floor(lengths.length * 0.9)]!);
}

function trim(t: MappedText): MappedText {
  return replaceMapped(t, /^\s+|\s+$/g, () => '');
}
