/**
 * Natural persons who signed, or are reported as signing, the document or the agreement it is
 * about. Two kinds of evidence:
 * - a signing verb ("podepsali", "podepsala", "stvrdili podpisem") whose clause names the person,
 *   or a quoted first person ("Memorandum, které nyní podepisujeme, …,“ uvedl hejtman Martin Půta);
 * - a signature block of a letter, contract or resolution: "v. r.", the name after "S pozdravem"
 *   (else the letterhead's author), a name line under "V Brně dne" or a dotted line, or a name
 *   standing on its own line at the end.
 * Preparers ("Zpracoval:"), contacts and addressees are not signatories, nor are those who will
 * sign later ("pověřuje starostu podpisem"). When no person signs but organisations are said to
 * ("Úřad vlády ČR a Liberecký kraj podepsaly"), they are the signing parties (name null).
 */
import type { Person, Signatory, Span } from '../../schema/record.js';
import type { ExtractContext } from '../types.js';
import { blocksOf, lineAt } from '../../layout/index.js';
import { organisationOf } from './organisation.js';
import { signingParties } from './parties.js';
import { WHITESPACE } from '../char-class.js';
import { stickyAt } from '../sticky.js';
import { matchesAtWordStart, occurrences, type AnchoredPattern } from './wordStarts.js';

interface Named {
  person: Person;
  span: Span;
}

/** Every signing verb contains one of these stems, in any case: the patterns are tried only near them. */
const SIGNING_STEM = /pod(?:ep|pis)/giu;
/** Third-person signing, narrated. Both verb patterns match at word starts only (matchesAtWordStart). */
const SIGNED: AnchoredPattern = {
  pattern: /(?:podepsal[aoiy]?|podepisují|podepisuje|podepisovali|podepisoval[ay]?|stvrdil[aiy]?\s(?:svým\s|svými\s)?podpis(?:em|y)|podpis(?:em|y)\s(?:[\p{L}]+\s){0,3}stvrdil[aiy]?|připojil[aiy]?\s(?:své\s|svůj\s)?podpis(?:y)?)(?![\p{L}])/iuy,
  // "stvrdily svými podpisem", "připojily svůj podpis"
  reach: 15,
};
/** First-person signing, said by a quoted speaker. */
const WE_SIGN: AnchoredPattern = {
  pattern: /(?:podepisujeme|podepisuji|(?:jsme|jsem)\s(?:dnes\s|právě\s|nyní\s)?podepsal[aiy]?|podepsal[aiy]?\s(?:jsme|jsem))(?![\p{L}])/iuy,
  // "jsme právě podepsali"
  reach: 11,
};
/** Where a clause ends: sentence end, paragraph, quotation marks, a subordinate clause. */
const CLAUSE_END = /[.!?](?=\s+\p{Lu}|\s*$)|\n\n|[„“”"]|;|,\s(?:že|co|který|která|které|kteří|jež|aby|když|protože|ale)(?![\p{L}])/gu;
const NOT_SIGNED_OBJECT = /^\s(?:\p{L}+\s)?(?:petici|petice|prezenční|arch)/iu;
const CLOSING_QUOTE = /[“”"]/u;
/** Sticky: tried where an "S" stands (see lastGreeting). */
const GREETING = /(?:S\s(?:pozdravem|úctou|přátelským\spozdravem)|Se\s(?:srdečným\s)?pozdravem|Srdečně\szdraví)/uy;
const ADDRESSEE_OR_LABEL = /(?:Vážen[ýá]|Vaše\sč|Kontakt|Více\sinformací|Zpracoval|Vyřizuje|VYŘIZUJE|Předkládá|Ověřující|Ověřil|Na\svědomí|Rozdělovník|Příjemce|Adresát|Projednal|Zapsal)/u;
const DOTTED_LINE = /(?:\.{5,}|_{5,}|…{3,})/u;
const VERIFIED = /^[\s,]*v\.\s?r\.?/u;
const VERIFIED_LINE_END = /v\.\s?r\.?\s*$/u;
/** How far after a name VERIFIED is looked for. */
const VERIFIED_REACH = 12;
const COMMA = 44;
const FULL_STOP = 46;
const LETTER_R = 114;
const LETTER_V = 118;
/** A sign-off is near the end: a name line within this many characters of the end counts. */
const CLOSING_REACH = 1000;

export function extractSignatories(ctx: ExtractContext, persons: Person[]): Signatory[] {
  const stems = occurrences(ctx.text, SIGNING_STEM);
  const signedByPersons = personsWhoSigned(ctx, persons, stems);
  return signedByPersons.length > 0 ? signedByPersons : signingParties(ctx.text, stems);
}

function personsWhoSigned(ctx: ExtractContext, persons: Person[], stems: number[]): Signatory[] {
  const named = persons.flatMap((person) => person.mentions.map((span) => ({ person, span })));
  if (named.length === 0) return [];
  named.sort((a, b) => a.span.start - b.span.start);
  const signed = new Map<string, Named>();
  const take = (n: Named | undefined) => {
    if (n && !signed.has(n.person.name)) signed.set(n.person.name, n);
  };
  for (const n of signedInNarration(ctx.text, named, stems)) take(n);
  for (const n of signedInQuotes(ctx.text, named, stems)) take(n);
  for (const n of signatureBlocks(ctx, named)) take(n);
  for (const n of inSignatureBlocks(ctx, named)) take(n);
  return [...signed.values()].map(({ person, span }) => toSignatory(person, span));
}

function signedInNarration(text: string, named: Named[], stems: number[]): Named[] {
  const found: Named[] = [];
  for (const m of matchesAtWordStart(text, SIGNED, stems)) {
    if (insideQuote(text, m.index) || NOT_SIGNED_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const [start, end] = clauseAround(text, m.index, m.index + m[0].length);
    found.push(...named.filter((n) => n.span.start >= start && n.span.end <= end));
  }
  return found;
}

/** "…, které nyní podepisujeme, …,“ uvedl hejtman Martin Půta." — the speaker of the quote. */
function signedInQuotes(text: string, named: Named[], stems: number[]): Named[] {
  const found: Named[] = [];
  for (const m of matchesAtWordStart(text, WE_SIGN, stems)) {
    const after = text.slice(m.index);
    const close = CLOSING_QUOTE.exec(after);
    const quoteEnd = close ? m.index + close.index : -1;
    const attribution = quoteEnd >= 0 ? named.find((n) => n.span.start > quoteEnd && n.span.start - quoteEnd < 150 && !sentenceBreakBetween(text, quoteEnd + 1, n.span.start)) : undefined;
    const opening = text.lastIndexOf('„', m.index);
    const introduced = opening >= 0 ? [...named].reverse().find((n) => n.span.end <= opening && opening - n.span.end < 80) : undefined;
    const speaker = attribution ?? introduced;
    if (speaker) found.push(speaker);
  }
  return found;
}

function signatureBlocks(ctx: ExtractContext, named: Named[]): Named[] {
  const { text } = ctx;
  // A contact block's name (the spokesperson credit "Mgr. Eva Malá, tisková mluvčí") is no sign-off.
  const contacts = blocksOf(ctx.layout, 'contact');
  const inContact = (n: Named) => contacts.some((b) => b.start <= n.span.start && n.span.end <= b.end);
  const found: Named[] = [];
  for (const n of named) {
    if (verifiedAfter(text, n.span.end) || lineBeforeEndsVerified(text, n.span.start)) found.push(n);
  }
  found.push(...afterGreeting(text, named));
  for (const n of named) {
    if (!standsOnItsOwnLine(text, n) || addressedOrLabelled(text, n) || inContact(n)) continue;
    if (text.length - n.span.start <= CLOSING_REACH || underSignatureLine(text, n)) found.push(n);
  }
  return found;
}

/**
 * Every name in a signature block of the layout (names under dotted lines, beside "starosta",
 * "místostarosta" set in columns, "starosta městské části: Mgr. Jan Novák"), except one its own
 * line labels as a preparer, addressee or contact ("Zpracoval: …").
 */
function inSignatureBlocks(ctx: ExtractContext, named: Named[]): Named[] {
  const blocks = blocksOf(ctx.layout, 'signature');
  if (!blocks.length) return [];
  return named.filter((n) => {
    if (!blocks.some((b) => b.start <= n.span.start && n.span.end <= b.end)) return false;
    const line = lineAt(ctx.layout, n.span.start);
    const previous = line && lineAt(ctx.layout, line.start - 2);
    const labels = line ? ctx.text.slice(previous && previous.end - previous.start <= 60 ? previous.start : line.start, n.span.start) : '';
    return !ADDRESSEE_OR_LABEL.test(labels);
  });
}

/** The name after "S pozdravem"; when the letter ends without one, its letterhead's author. */
function afterGreeting(text: string, named: Named[]): Named[] {
  const last = lastGreeting(text);
  if (!last) return [];
  const end = last.index + last[0].length;
  const next = named.find((n) => n.span.start > end && n.span.start - end < 200);
  if (next && !addressedOrLabelled(text, next)) return [next];
  const author = named.find((n) => n.span.start < 400 && !addressedOrLabelled(text, n) && standsOnItsOwnLine(text, n));
  return author ? [author] : [];
}

/** Every greeting starts with "S": found by indexOf, where the regex's leading alternation would be tried at every position. */
function lastGreeting(text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (let at = text.indexOf('S'); at >= 0; at = text.indexOf('S', at + 1)) {
    // After the S comes a space, "e" or "r": most words starting with S fail this before the regex.
    const next = text.charCodeAt(at + 1);
    if (next !== 101 && next !== 114 && !WHITESPACE.startsAt(text, at + 1)) continue;
    const m = stickyAt(GREETING, text, at);
    if (!m) continue;
    last = m;
    at += m[0].length - 1;
  }
  return last;
}

/** The name's line holds only the name, its titles and a lowercase role ("starosta obce"). */
function standsOnItsOwnLine(text: string, n: Named): boolean {
  if (!followsLineStart(text, n.span.start)) return false;
  const lineStart = text.lastIndexOf('\n', n.span.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', n.span.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const before = text.slice(lineStart, n.span.start);
  const after = text.slice(n.span.end, lineEnd);
  if (!/^[\s/\-–•*]*(?:(?:[\p{L}]+\.\s?){0,4})$/u.test(before)) return false;
  return after.length <= 120 && /^(?:,?\s?[\p{Lu}][\p{L}.]*\.)*(?:[,\s]*(?:\p{Ll}[^\n]*)?)$/u.test(after) && !/[.!?]\s+\p{Lu}/u.test(after);
}

/** Within a few lines after "V Brně dne …", or right under or above a dotted signature line. */
function underSignatureLine(text: string, n: Named): boolean {
  const linesBefore = text.slice(Math.max(0, n.span.start - 160), n.span.start).split('\n');
  const linesAfter = text.slice(n.span.end, n.span.end + 200).split('\n');
  const adjacent = [linesBefore[linesBefore.length - 2] ?? '', linesAfter[1] ?? ''];
  return adjacent.some((line) => DOTTED_LINE.test(line)) || linesBefore.slice(-5).some((line) => /^\s*V\s\p{Lu}[\p{L} ]{1,30}\sdne/u.test(line));
}

function addressedOrLabelled(text: string, n: Named): boolean {
  const lineStart = text.lastIndexOf('\n', n.span.start - 1) + 1;
  const previousLine = previousNonBlankLine(text, lineStart);
  // A label or salutation stands on the name's line or on a short line just above it.
  return ADDRESSEE_OR_LABEL.test(text.slice(lineStart, n.span.start)) || (previousLine.length <= 60 && ADDRESSEE_OR_LABEL.test(previousLine));
}

function previousNonBlankLine(text: string, lineStart: number): string {
  const before = text.slice(Math.max(0, lineStart - 300), lineStart).split('\n');
  for (let k = before.length - 1; k >= 0; k--) if (before[k]!.trim() !== '') return before[k]!;
  return '';
}

/**
 * Whether what stands before `position` on its line may be bullets, spaces and abbreviated titles
 * (standsOnItsOwnLine): then its last character but spaces is a bullet or a full stop, or there is
 * none. Checked first, without reading the line, as most names stand in running text.
 */
function followsLineStart(text: string, position: number): boolean {
  const spacesStart = WHITESPACE.runStart(text, position);
  if (spacesStart === 0) return true;
  for (let k = spacesStart; k < position; k++) if (text[k] === '\n') return true;
  return '/-–•*.'.includes(text[spacesStart - 1]!);
}

/**
 * "v. r." right after a name: VERIFIED in the next VERIFIED_REACH characters. Its "v" after
 * spaces and commas is looked for first, without copying the text: most names have none.
 */
function verifiedAfter(text: string, end: number): boolean {
  const reach = Math.min(text.length, end + VERIFIED_REACH);
  let k = end;
  while (k < reach && (text.charCodeAt(k) === COMMA || WHITESPACE.startsAt(text, k))) k++;
  return k < reach && text.charCodeAt(k) === LETTER_V && VERIFIED.test(text.slice(end, reach));
}

/**
 * The line before the position's line ends with "v. r." (VERIFIED_LINE_END). Its last character
 * but spaces, an "r" or a full stop, is checked in the text first: the line is copied only then.
 */
function lineBeforeEndsVerified(text: string, position: number): boolean {
  const lineStart = text.lastIndexOf('\n', position - 1);
  if (lineStart < 0) return false;
  const previousLineStart = text.lastIndexOf('\n', lineStart - 1) + 1;
  const lastAt = WHITESPACE.runStart(text, lineStart, previousLineStart) - 1;
  if (lastAt < previousLineStart) return false;
  const last = text.charCodeAt(lastAt);
  return (last === LETTER_R || last === FULL_STOP) && VERIFIED_LINE_END.test(text.slice(previousLineStart, lineStart));
}

function insideQuote(text: string, position: number): boolean {
  const opening = text.lastIndexOf('„', position);
  if (opening < 0) return false;
  const closing = text.slice(opening, position).search(/[“”]/u);
  return closing < 0 && !text.slice(opening, position).includes('\n\n');
}

function sentenceBreakBetween(text: string, start: number, end: number): boolean {
  return /[.!?]\s+\p{Lu}|\n\n/u.test(text.slice(start, end));
}

/** The clause around [start, end): between the nearest clause boundaries on either side. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let clauseStart = 0;
  let clauseEnd = text.length;
  for (const b of text.slice(Math.max(0, start - 400), Math.min(text.length, end + 400)).matchAll(CLAUSE_END)) {
    const at = Math.max(0, start - 400) + b.index;
    if (at + b[0].length <= start) clauseStart = at + b[0].length;
    else if (at >= end) {
      clauseEnd = at;
      break;
    }
  }
  return [clauseStart, clauseEnd];
}

function toSignatory(person: Person, span: Span): Signatory {
  const role = person.roles[0] ?? null;
  // Field by field: V8 builds an object spread some fifty times slower.
  return { text: span.text, start: span.start, end: span.end, name: person.name, role, organization: organisationOf(role) };
}
