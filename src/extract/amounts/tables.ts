/**
 * Sums whose unit a table or list states once: a column or heading "v tis. Kč", "(tis. Kč)",
 * "v Kč", "mil. Kč" over rows of bare numbers ("Daňové příjmy   12 450   13 100": 12 450 000 Kč
 * and 13 100 000 Kč). The unit holds from its line over the following lines while they read as
 * rows (short, with numbers, no sentence), until another unit or prose.
 */
import type { AmountItem } from '../../schema/record.js';
import type { Line } from '../../layout/index.js';
import { overlapsAny, withSpan } from '../span.js';
import type { ExtractContext } from '../types.js';
import { digitsValue } from './numbers.js';

const CROWNS = /Kč|CZK/gu;
const UNIT_LABEL = /(?<![\p{L}])(?:v\s|ve\s|\(|\[)?(?<scale>tis\.|tisících|tisíc|mil\.|milionech|milionů)?\s?(?:Kč|CZK)(?:\)|\])?(?![\p{L}])/u;
/** A unit stands in a heading or column header, not inside a sentence that names a sum. */
const LABEL_LINE_MAX = 160;
const ROW_MAX = 200;
/** Rows the unit may reach. */
const ROWS_REACH = 80;
/** A bare number in a row: digits with optional thousands groups and decimals, not part of a date, id, percentage or count. */
const BARE_NUMBER = /(?<![\p{L}\d.,/:-])-?\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2})?(?![\d\p{L}%/]|[.,]\d)|(?<![\p{L}\d.,/:-])-?\d{1,6}(?:,\d{1,2})?(?![\d\p{L}%/]|[.,]\d|\.\s)/gu;
const YEAR = /^(?:19|20)\d\d$/u;
/** A header naming other units too ("[Kč] [m2] %") has columns of several kinds: its numbers are not all sums. */
const OTHER_UNIT = /(?<![\p{L}])(?:m2|m²|m3|ha|km|ks|kus\p{L}*|osob\p{L}*|počet|%|procent\p{L}*|hod\.|dní|let)(?![\p{L}])/iu;
/** Written like a price: thousands groups or haléře. Without a scale, only these are read as crowns. */
const MONEY_FORMAT = /\d[ .]\d{3}|,\d{2}$/u;
const COUNTED = /^\s?\p{Ll}/u;
const SENTENCE_END = /\p{Ll}{2}[.!?](?:\s|$)/u;
/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATION = /(?<![\p{L}])(?:tis|mil|mld|tj|resp|cca|atd|apod|např)\./gu;
const isSentence = (line: string) => SENTENCE_END.test(line.replace(ABBREVIATION, ''));

export function unitOnceAmounts(ctx: ExtractContext, found: AmountItem[]): AmountItem[] {
  const { text } = ctx;
  const { lines } = ctx.layout;
  const out: AmountItem[] = [];
  const crowns = [...text.matchAll(CROWNS)].map((m) => m.index);
  if (!crowns.length) return [];
  let scale = 0;
  let rowsLeft = 0;
  let k = 0;
  for (const line of lines) {
    while (k < crowns.length && crowns[k]! < line.start) k++;
    // Most lines name no crowns and stand in no table: nothing to read.
    if (scale === 0 && !(k < crowns.length && crowns[k]! < line.end)) continue;
    const content = text.slice(line.start, line.end);
    const unit = content.length <= LABEL_LINE_MAX && !isSentence(content) && !content.endsWith('.') ? UNIT_LABEL.exec(content) : null;
    if (unit && isColumnUnit(unit) && !OTHER_UNIT.test(content) && !hasSum(found, line)) {
      scale = scaleOf(unit.groups?.scale);
      rowsLeft = ROWS_REACH;
      out.push(...rowNumbers(ctx, line, content, scale, found, unit.index + unit[0].length));
      continue;
    }
    if (scale === 0) continue;
    if (rowsLeft-- <= 0 || content.length > ROW_MAX || isSentence(content)) {
      scale = 0;
      continue;
    }
    out.push(...rowNumbers(ctx, line, content, scale, found, 0));
  }
  return out;
}

/** "v tis. Kč", "(Kč)", "mil. Kč", "v Kč": a unit for what follows, not the currency of one sum. */
function isColumnUnit(unit: RegExpExecArray): boolean {
  return unit.groups?.scale !== undefined || /^(?:v\s|ve\s|\(|\[)/u.test(unit[0]);
}

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return word.startsWith('mil') ? 1e6 : 1e3;
}

/** The label's line states no sum of its own ("Cena 500 Kč" is a sum, not a column's unit). */
function hasSum(found: AmountItem[], line: Line): boolean {
  return found.some((a) => a.start >= line.start && a.end <= line.end);
}

function rowNumbers(ctx: ExtractContext, line: Line, content: string, scale: number, found: AmountItem[], from: number): AmountItem[] {
  const out: AmountItem[] = [];
  for (const m of content.slice(from).matchAll(BARE_NUMBER)) {
    const written = m[0];
    const after = content.slice(from + m.index + written.length);
    // Years, row numbers ("1."), counts ("30 uživatelů"), single digits are no sums; without a
    // scale, a sum in crowns is written as one ("25 000", "1 310,50"), not as a house or postal number.
    if (YEAR.test(written) || after.startsWith('.') || COUNTED.test(after) || /^-?\d$/u.test(written)) continue;
    if (scale === 1 && !MONEY_FORMAT.test(written)) continue;
    const start = line.start + from + m.index;
    const end = start + written.length;
    if (overlapsAny(found, start, end) || overlapsAny(ctx.claimed, start, end)) continue;
    const value = Math.round(digitsValue(written.replace(/^-/u, '')) * scale * 100) / 100;
    out.push(withSpan(ctx.text, start, end, { value, currency: 'CZK', qualifier: null, role: 'single' as const }));
  }
  return out;
}
