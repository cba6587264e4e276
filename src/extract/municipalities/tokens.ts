/** Word-level tokens of the normalised text, shared by the municipality and region matchers. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\p{L}+|\d+|[^\s\p{L}\d]/gu;

/** Words, numbers and single punctuation marks, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** Dashes written between the halves of a name ("Frýdek–Místek", "Praha 11 - Chodov"). */
export const isDash = (t: string) => t === '-' || t === '–' || t === '‐' || t === '‑' || t === '—';

export const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);
export const isAllCaps = (t: string) => t.length > 1 && /^\p{Lu}+$/u.test(t);
export const titleCase = (t: string) => t.charAt(0) + t.slice(1).toLowerCase();

/** True when two tokens belong to one phrase: only spaces or a single line break between them. */
export function joined(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end > 3) return false;
  const gap = text.slice(left.end, right.start);
  return /^\s*$/u.test(gap) && !gap.includes('\n\n');
}

/** The start of a sentence, a line item, a heading or a quotation precedes token i. */
export function startsSentence(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (/^[.!?:;„“”"'(\[•*#>|…]$/u.test(prev.text) || isDash(prev.text)) return true;
  return text.slice(prev.end, tokens[i]!.start).includes('\n') && !/^[,\p{L}]/u.test(prev.text);
}
