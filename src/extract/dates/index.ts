/**
 * Calendar dates (day), months (month) and years (year) the text states. Atoms are found by one
 * precompiled pattern (atoms.ts), rejected by context rules below, joined into ranges and
 * enumerations ("1.–3. 7. 2016", "od 1. 7. do 30. 9. 2016", "v srpnu – září 2019"), and finally
 * given a year from the document date when the text omits it (and only then).
 */
import type { DateItem } from '../../schema/record.js';
import { overlapsAny, withSpan } from '../span.js';
import type { ExtractContext } from '../types.js';
import { findAtoms as atomsOf, type Atom } from './atoms.js';
import { isoDay, isoMonth, nearestYear } from './calendar.js';

/**
 * `documentDate` overrides the context's: the document extractor first reads the dates without
 * one (to find it), then the orchestrator with it; both share one scan of the text (per context).
 */
export function extractDates(ctx: ExtractContext, documentDate = ctx.documentDate): DateItem[] {
  const atoms = findAtoms(ctx);
  const links = linkNeighbours(ctx.text, atoms);
  const out: DateItem[] = [];
  atoms.forEach((atom, i) => {
    const link = links[i]!;
    const item = resolve(ctx.text, documentDate, atom, link);
    if (!item) return;
    out.push(item);
    const lead = link.leadingDay;
    if (!lead) return;
    const value = isoDay(Number(item.value.slice(0, 4)), atom.month!, lead.day);
    if (value) out.push(withSpan(ctx.text, lead.start, atom.end, { value, precision: item.precision, role: lead.role, yearInferred: item.yearInferred }));
  });
  return out;
}

/** The acceptable atoms of a context's text; what is claimed changes between calls, so it is checked each time. */
const acceptedAtoms = new WeakMap<ExtractContext, Atom[]>();

function findAtoms(ctx: ExtractContext): Atom[] {
  let atoms = acceptedAtoms.get(ctx);
  if (!atoms) acceptedAtoms.set(ctx, (atoms = atomsOf(ctx.text).filter((atom) => acceptable(ctx.text, atom))));
  return atoms.filter((atom) => !overlapsAny(ctx.claimed, atom.start, atom.end));
}

// ---------------------------------------------------------------------------------------------
// Context rules: what looks like a date but is not one.

/** Words after which a number is an identifier, a section or a version, not a date. */
const ID_BEFORE =
  /(?<![\p{L}])(?:č|čl|čj|č\. ?j|č\. ?p|čp|čís|ust|odst|písm|kap|tab|bod[uy]?|verze|verzi|tel|mob|ič|ičo|dič|psč|sb|pozn|příl)\.?:?[ \n]?$|§[ \n]?$/iu;
/**
 * Enough text before a number for any ID_BEFORE match (at most 8 characters, "verze.: ") and the
 * character it may not follow (two code units if astral): a shorter string is tried at fewer places.
 */
const ID_WINDOW = 10;
/** Streets named after dates ("Tř. 17. listopadu", "náměstí 28. října"). */
const STREET_BEFORE = /(?<![\p{L}])(?:ulic\p{L}*|ul\.|tříd\p{L}*|tř\.|náměstí\p{L}*|nám\.|nábřeží\p{L}*|nábř\.|sídlišt\p{L}*)[ \n]?$/iu;
/** "Husova 1901, …": a house number after a street name (an adjective) ends its line or clause. */
const STREET_NAME_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:ova|ská|ského|ého|ní)[ ]$/u;
const HOUSE_NUMBER_AFTER = /^(?:,|\/|[ ]?\n|$)/u;
/** A line that starts with the number: a heading or list item ("6.1 Žádosti", "3.2. Rozpočet"). */
const LINE_START_BEFORE = /(?:^|\n)[ \t•·\-–*>#|]*$/u;
/** Units, currencies and counted nouns after a number in the year range: "2000 Kč", "2917 obyvatel". */
const NOT_YEAR_AFTER =
  /^[ \n]?(?:Kč|,-|%|€|\$|EUR|USD|CZK|Sb\.|km|m|m2|m²|m3|ha|kg|t|l|ks|MW|kW|GB|TB|let|dn[ůí]|hod\.?)(?![\p{L}\p{N}])|^[ \n]?(?:korun|procent|eur|obyvatel|osob|lid[ií]|dět[ií]|žák|student|zaměstnan|člen|kus|hlas|podpis|byt|domů|hodin|minut|bod|stran|míst|metr|účastník|návštěvník|voličů|respondent|zaměstnanc)\p{L}*/iu;
/** A postcode after the number means it is a house number in an address. */
const POSTCODE_AFTER = /^,?[ \n]\d{3} ?\d{2}(?!\d)/u;
/** Part of a longer number written in thousands groups ("1 2019" never stands alone). */
const DIGIT_GROUP_BEFORE = /(?<![\p{N}])\p{N}{1,3} $/u;
/** What is left of an impossible date ("32. 1. 2019", "12. 13. 2019") is no year either. */
const DAY_MONTH_BEFORE = /\p{N}{1,2}\.[ \n]?\p{N}{1,2}\.[ \n]?$/u;
/** A stamp or garbled date ("1 5 -08- 2018"): a year after a dash that follows a number. */
const STAMP_BEFORE = /\p{N}[ \n]?[-–][ \n]?$/u;
/** Words that make a number a year even outside 1900–2099 ("v roce 1848"). */
const YEAR_WORD_BEFORE = /(?<![\p{L}])(?:rok|roku|roce|rokem|roky|rocích|let|letech|léta|období|r\.)[ \n]?$/iu;

function acceptable(text: string, atom: Atom): boolean {
  const before = text.slice(Math.max(0, atom.start - 16), atom.start);
  const after = text.slice(atom.end, atom.end + 24);
  if (ID_BEFORE.test(before.length > ID_WINDOW ? before.slice(-ID_WINDOW) : before)) return false;
  if (atom.kind === 'year') return isYearExpression(atom, before, after);
  if (atom.kind === 'day') {
    if (STREET_BEFORE.test(before)) return false;
    if (atom.year === null && !acceptableYearlessDay(text, atom, before, after)) return false;
  }
  return true;
}

function acceptableYearlessDay(text: string, atom: Atom, before: string, after: string): boolean {
  const written = text.slice(atom.start, atom.end);
  const numeric = /^\d{1,2}\.[ \n]?\d/u.test(written);
  if (!numeric) return true;
  // "1. 2. 3." enumerations, "6.1.1" sections and list items at the start of a line.
  return !/^[ \n]?\p{N}/u.test(after) && !LINE_START_BEFORE.test(before);
}

function isYearExpression(atom: Atom, before: string, after: string): boolean {
  const year = atom.year!;
  // The year word matters only between 1000 and 1899 (checked first: most numbers are not there).
  if (year > 2099 || year < 1000 || (year < 1900 && !YEAR_WORD_BEFORE.test(before))) return false;
  if (atom.role !== 'range_start' && (NOT_YEAR_AFTER.test(after) || POSTCODE_AFTER.test(after))) return false;
  if (HOUSE_NUMBER_AFTER.test(after) && STREET_NAME_BEFORE.test(before)) return false;
  if (PARTY_BEFORE.test(before)) return false;
  return !(MAY_CLOSE_NUMBER_BEFORE.test(lastMark(before)) && [DIGIT_GROUP_BEFORE, STAMP_BEFORE, DAY_MONTH_BEFORE].some((re) => re.test(before)));
}

/** "ANO 2011": a year in the name of a political movement. */
const PARTY_BEFORE = /(?<![\p{L}])ANO[ \n]$/u;

/**
 * What DIGIT_GROUP_BEFORE, STAMP_BEFORE and DAY_MONTH_BEFORE need as the last mark before the
 * number (the last code unit but a final space or line break; a low surrogate may end an astral
 * digit); checked first, as most years lack it.
 */
const MAY_CLOSE_NUMBER_BEFORE = /[\p{N}.–-]|[\uDC00-\uDFFF]/u;

function lastMark(before: string): string {
  const last = before.charAt(before.length - 1);
  return last === ' ' || last === '\n' ? before.charAt(before.length - 2) : last;
}

// ---------------------------------------------------------------------------------------------
// Ranges and enumerations: a left atom takes the missing month/year from its right partner.

interface Link {
  /** Day number of a bare day written before the atom ("1.–3. 7. 2016" → 1). */
  leadingDay: { day: number; start: number; role: DateItem['role'] } | null;
  role: DateItem['role'];
  /** The partner on the right whose month/year fill in what this atom lacks. */
  completedBy: Atom | null;
}

const RANGE_CONNECTOR = /^[ \n]?(?:[–—-]|až|do)[ \n]?(?:(?:v|ve|do)[ \n])?$/u;
const LIST_CONNECTOR = /^(?:[ \n]?(?:a|nebo|či|,|\/)[ \n]?(?:(?:v|ve|od|do)[ \n])?)$/u;
const LEADING_DAY = /(?<![\p{L}\p{N}.,/])(\d{1,2})\.[ \n]?([–—-]|až|a|,)[ \n]?$/u;

function linkNeighbours(text: string, atoms: Atom[]): Link[] {
  const links: Link[] = atoms.map((atom) => ({ leadingDay: null, role: atom.role, completedBy: null }));
  atoms.forEach((atom, i) => {
    const next = atoms[i + 1];
    if (next && next.kind === atom.kind && atom.role === 'single') {
      const between = text.slice(atom.end, next.start);
      const isRange = RANGE_CONNECTOR.test(between);
      if (isRange || LIST_CONNECTOR.test(between)) {
        if (isRange) [links[i]!.role, links[i + 1]!.role] = ['range_start', 'range_end'];
        if (lacksWhatPartnerHas(atom, next)) links[i]!.completedBy = next;
      }
    }
    if (atom.kind === 'day') links[i]!.leadingDay = leadingDay(text, atom, links[i]!, atoms[i - 1]?.end ?? 0);
  });
  return links;
}

function lacksWhatPartnerHas(atom: Atom, partner: Atom): boolean {
  return atom.year === null && atom.relativeYear === null && partner.year !== null;
}

function leadingDay(text: string, atom: Atom, link: Link, previousEnd: number): Link['leadingDay'] {
  const m = LEADING_DAY.exec(text.slice(Math.max(0, atom.start - 12), atom.start));
  if (!m || atom.start - m[0].length < previousEnd) return null;
  const isRange = m[2] !== 'a' && m[2] !== ',';
  if (isRange) link.role = 'range_end';
  return { day: Number(m[1]), start: atom.start - m[0].length, role: isRange ? 'range_start' : 'single' };
}

// ---------------------------------------------------------------------------------------------
// Values.

function resolve(text: string, documentDate: string | null, atom: Atom, link: Link): DateItem | null {
  const year = yearOf(documentDate, atom, link);
  if (year === null) return null;
  const value =
    atom.kind === 'day'
      ? isoDay(year.value, atom.month!, atom.day!)
      : atom.kind === 'month'
        ? isoMonth(year.value, atom.month!)
        : String(year.value);
  if (!value) return null;
  return withSpan(text, atom.start, atom.end, { value, precision: atom.kind, role: link.role, yearInferred: year.inferred });
}

function yearOf(documentDate: string | null, atom: Atom, link: Link): { value: number; inferred: boolean } | null {
  if (atom.year !== null) return { value: atom.year, inferred: false };
  if (link.completedBy) return { value: link.completedBy.year!, inferred: false };
  if (!documentDate) return null;
  const documentYear = Number(documentDate.slice(0, 4));
  if (atom.relativeYear !== null) return { value: documentYear + atom.relativeYear, inferred: true };
  return { value: nearestYear(documentDate, atom.month!, atom.day), inferred: true };
}
