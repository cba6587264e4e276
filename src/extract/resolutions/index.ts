/**
 * Resolution identifiers (usnesení): the id as the issuing body writes it, spaces removed, with the
 * body in the nominative, the date ("ze dne …") and the year from the date or the id.
 *
 * Three ways in: a trigger ("usnesení/usnesením … č. ID", "Usn. ID", "Číslo: ID" in resolution
 * minutes, "Usnesení ID"), a self-identifying scheme ("č. 45/2019/ZK", "UR/123/2019", "RM 15/2021"),
 * and continuations of a list ("… č. 85 a usnesením ze dne … č. 570", "č. 12/2019 a 13/2019").
 * File numbers (č.j., sp. zn.), house numbers (č. p.) and law numbers (… Sb.) never match.
 */
import type { Resolution } from '../../schema/record.js';
import { overlapsAny, withSpan } from '../span.js';
import type { ExtractContext } from '../types.js';
import { bodyFromId, bodyFromWindow } from './body.js';
import { matchesAt } from '../sticky.js';
import { wordFinder } from '../word-scan.js';
import { findDate } from './date.js';
import { ID, NOT_AFTER_ID } from './id.js';
import { resolutionLines } from './lines.js';


/** "usnesení", "usnesením", "Usn." … then up to a short window (body, date) and "č." or "číslo". */
const TRIGGERED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Uu]snesení[mch]*|USNESENÍ|[Uu]sn\.)(?<window>(?:(?![Uu]snesení|USNESENÍ)[^;\n]){0,90}?)(?:[čČ]\.:?|čís\.|[čČ]íslo:?)\s*(?<id>${ID})${NOT_AFTER_ID}`,
  'uy',
);
/** "Usnesení 67/2018 91/2018", "Usn. 33/2017": an id directly after the word (the first of two is the meeting). */
const HEADING = new RegExp(
  String.raw`(?<![\p{L}])(?:Usnesení|USNESENÍ|Usn\.)\s?:?\s+(?<first>\d{1,5}(?:\/\d{1,4})+(?:\/\p{Lu}{1,4})?)(?:\s+(?<second>\d{1,5}\/\d{1,4}(?:\/\p{Lu}{1,4})?))?${NOT_AFTER_ID}`,
  'uy',
);
/** "Číslo: 12/2019" in resolution minutes. */
const NUMBER_LABEL = new RegExp(String.raw`(?<![\p{L}])(?:Číslo:\s*(?<id>\d{1,5}\/[\d\p{Lu}\/]+)|Číslo\susnesení\s?:\s*(?<any>${ID}))${NOT_AFTER_ID}`, 'uiy');
/** Where TRIGGERED, HEADING and NUMBER_LABEL may start: "usnesení", "usn.", "číslo:", "číslo usnesení" in any letter case. */
const triggerWordsIn = wordFinder(['usnesení', 'usn.', 'číslo:', 'číslo']);
/** Schemes that identify themselves: "45/2019/ZK", "UR/123/2019", "UZ/21/6/2016", "RM 15/2021". */
const SCHEME = new RegExp(
  String.raw`(?<![\p{L}\d\/-])(?<id>\d{1,5}\/\d{2,4}\/(?:RK|ZK|RM|ZM|RO|ZO|RMČ|ZMČ)|(?:UR|UZ|URM|UZM|ZM|RM|ZK|RK)\/\d{1,5}(?:\/\d{1,4})+|(?:RM|ZM|RK|ZK|RO|ZO) \d{1,5}\/\d{4})${NOT_AFTER_ID}`,
  'uy',
);
/** What a SCHEME id starts with; its first slash follows within 8 characters. */
const SCHEME_FIRST = /[0-9URZ]/u;
const SCHEME_SLASH_WITHIN = 8;
/** After an id: another one joined by "a", ",", "a usnesením ze dne … č.". */
const CONTINUATION = new RegExp(
  String.raw`^(?:\s*,\s*(?:č\.\s*)?|\s+a\s+(?:č\.\s*)?|\s+a\s+(?:usnesení[mch]*|usn\.)(?<window>[^;\n]{0,70}?)(?:č\.|číslo)\s*)(?<id>${ID})${NOT_AFTER_ID}`,
  'u',
);
/** Words that show the "č." in the window belongs to something else (an annex, a law, a point). */
const FOREIGN_NUMBER = /(?:příloh|zákon|vyhlášk|nařízen|bod|odst|§|změn|opatřen|část|smlouv|dodat|objednáv|faktur|parc|jednací|schůz|zasedání|č\.\s?[jp]\.|čj|sp\.\s?zn)/iu;
/** Just before a scheme-shaped number: it numbers a budget change, a contract or a meeting, not a resolution. */
const NUMBERS_SOMETHING_ELSE = /(?:rozpočtov\p{L}*\s(?:změn|opatřen)\p{L}*|RO|smlouv\p{L}*|dodat\p{L}*|zasedání|jednání|schůze)\s*(?:č\.|číslo)?\s*$/iu;
/** A sentence ends here (not after an abbreviation such as "hl. m. Prahy"). */
const SENTENCE_BREAK = /(?<![\s.]\p{Ll}{1,3})[.!?]\s+\p{Lu}/u;

export function extractResolutions(ctx: ExtractContext): Resolution[] {
  const found: Resolution[] = [];
  const add = (start: number, raw: string, window: string | null, inheritedBody: string | null): Resolution | null => {
    const end = start + raw.length;
    if (overlapsAny(found, start, end) || overlapsAny(ctx.claimed, start, end)) return null;
    const resolution = buildResolution(ctx.text, start, raw, window, inheritedBody);
    found.push(resolution);
    return resolution;
  };
  const triggers = triggerWordsIn(ctx.text).map((hit) => hit.at);
  for (const m of matchesAt(TRIGGERED, ctx.text, triggers)) {
    const window = m.groups!.window!;
    if (FOREIGN_NUMBER.test(window) || SENTENCE_BREAK.test(window)) continue;
    const first = add(idStart(m), m.groups!.id!, window, null);
    if (first) addContinuations(ctx.text, first, add);
  }
  for (const m of matchesAt(HEADING, ctx.text, triggers)) {
    const chosen = m.groups!.second ?? m.groups!.first!;
    add(m.index + m[0].lastIndexOf(chosen), chosen, null, null);
  }
  for (const m of matchesAt(NUMBER_LABEL, ctx.text, triggers)) {
    const id = m.groups!.id ?? m.groups!.any!;
    add(m.index + m[0].length - id.length, id, null, null);
  }
  for (const line of resolutionLines(ctx.text, ctx.layout.lines)) add(line.start, line.id, null, null);
  for (const m of matchesAt(SCHEME, ctx.text, schemeStarts(ctx.text))) {
    if (!NUMBERS_SOMETHING_ELSE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) add(idStart(m), m.groups!.id!, null, null);
  }
  return found;
}

/** Where a SCHEME id may start: the first characters it may start with shortly before a slash. */
function* schemeStarts(text: string): Generator<number> {
  let next = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    for (let at = Math.max(next, slash - SCHEME_SLASH_WITHIN); at < slash; at++) if (SCHEME_FIRST.test(text.charAt(at))) yield at;
    next = slash + 1;
  }
}

function idStart(m: RegExpMatchArray): number {
  return m.index! + m[0].length - m.groups!.id!.length;
}

type Add = (start: number, raw: string, window: string | null, inheritedBody: string | null) => Resolution | null;

function addContinuations(text: string, first: Resolution, add: Add): void {
  let previous: Resolution | null = first;
  while (previous) {
    const afterDate = skipDate(text, previous.end);
    const m = CONTINUATION.exec(text.slice(afterDate, afterDate + 120));
    if (!m) return;
    const window = m.groups!.window ?? null;
    if (window && (FOREIGN_NUMBER.test(window) || SENTENCE_BREAK.test(window))) return;
    const start = afterDate + m[0].length - m.groups!.id!.length;
    previous = add(start, m.groups!.id!, window, previous.body);
  }
}

/** The end of a "ze dne 28. 6. 2016" right after an id, or the id's end. */
function skipDate(text: string, end: number): number {
  const date = findDate(text.slice(end, end + 40), true);
  return date ? end + date.end : end;
}

function buildResolution(text: string, start: number, raw: string, window: string | null, inheritedBody: string | null): Resolution {
  const id = raw.replace(/\s+/g, '');
  const after = findDate(text.slice(start + raw.length, start + raw.length + 40), true);
  const before = window ? findDate(window, false) : null;
  const date = after?.iso ?? before?.iso ?? null;
  const body = (window && bodyFromWindow(window)) ?? inheritedBody ?? bodyFromId(id);
  return withSpan(text, start, start + raw.length, { id, body, date, year: yearOf(id, date) });
}

function yearOf(id: string, date: string | null): number | null {
  if (date) return Number(date.slice(0, 4));
  const parts = id.split('/');
  const full = parts.slice(1).find((p) => /^(?:19|20)\d\d$/.test(p));
  if (full) return Number(full);
  // "1145/16/RK": number / two-digit year / body
  if (parts.length === 3 && /^\d\d$/.test(parts[1]!) && /^\p{Lu}/u.test(parts[2]!)) return 2000 + Number(parts[1]);
  return null;
}
