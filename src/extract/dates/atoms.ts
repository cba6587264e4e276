/**
 * Date atoms: the smallest written time expressions (a full date, a day and month, a month with
 * or without year, a year). Ranges and enumerations are built from neighbouring atoms in
 * index.ts; context rules that reject an atom live there.
 *
 * Two patterns, both without the `i` flag and without a leading lookbehind (either would make V8
 * try the whole pattern at every character): one starts at a digit, one at a month name (tried
 * only where the shared word scan of word-scan.ts finds one). The character before an atom is
 * checked in code.
 */
import { FULL_MONTH_NAMES, MONTH_NAME, MONTH_WORD, ROMAN_MONTH, monthNumber } from './months.js';
import { matchesAt } from '../sticky.js';
import { wordFinder } from '../word-scan.js';

export type AtomKind = 'day' | 'month' | 'year';

export interface Atom {
  start: number;
  end: number;
  kind: AtomKind;
  day: number | null;
  month: number | null;
  /** null when the text gives no year (it then comes from a range partner or the document date). */
  year: number | null;
  /** A year the text states only relatively ("března t. r."): offset from the document's year. */
  relativeYear: number | null;
  /** Set when the atom itself is one end of a written span of years ("2014–2020"). */
  role: 'single' | 'range_start' | 'range_end';
}

const S = '[ \\n]?';
/** A year ends where no digit, letter or identifier continuation ("/12", "-3") follows. */
const YEAR_END = '(?![\\p{L}\\p{N}]|[/-]\\p{N})';
const DAY = '(?<day>0?[1-9]|[12]\\d|3[01])';
const MONTH_OF_DAY = `(?:(?<nmonth>0?[1-9]|1[0-2])\\.|(?<wmonth>${MONTH_WORD})|(?<rmonth>${ROMAN_MONTH})\\.)`;

/**
 * Its groups are named in the source for reading but numbered in the pattern (V8 builds a groups
 * object for every match of a pattern with named groups); DIGIT_GROUP gives each name's number.
 */
const { source: DIGIT_ATOM_SOURCE, groups: DIGIT_GROUP } = numberedGroups(
  [
    // ISO: 2019-05-17
    `(?<isoy>\\d{4})-(?<isom>0[1-9]|1[0-2])-(?<isod>0[1-9]|[12]\\d|3[01])(?![\\p{N}])`,
    // 17/5/2019
    `(?<sday>0?[1-9]|[12]\\d|3[01])/(?<smonth>0?[1-9]|1[0-2])/(?<syear>\\d{4})${YEAR_END}`,
    // 17. 5. 2019, 23. ledna 2008, 15. VIII. 2016, and the same without a year
    `${DAY}\\.${S}${MONTH_OF_DAY}(?:${S}(?<year>\\d{4})${YEAR_END})?`,
    // z 06/2020 (month/year; the preposition before it is checked in code)
    `(?<pmonth>0[1-9]|1[0-2])/(?<pyear>\\d{4})${YEAR_END}`,
    // 2013, 2014–2020, 1949 až 1989, school years 2012/2013 and 2012/13
    `(?<yyear>\\d{4})(?:(?<ysep>/|[ \\n]?[–—-][ \\n]?|[ \\n]až[ \\n])(?<yend>\\d{4}|(?<=/)\\d{2}))?(?![\\p{L}\\p{N}]|[/,.-][\\p{L}\\p{N}])`,
  ].join('|'),
);
const DIGIT_ATOM_RE = new RegExp(DIGIT_ATOM_SOURCE, 'gu');

/** v březnu 2008, květen až prosinec 2017, and months on their own; tried where a month name starts. */
const MONTH_ATOM_AT = new RegExp(`(${MONTH_NAME})(?:${S}(\\d{4})${YEAR_END})?`, 'uy');
const monthNamesIn = wordFinder(FULL_MONTH_NAMES, true);

/** What may not stand right before each kind of atom (a letter or digit always may not). */
const BAD_BEFORE = {
  iso: /[\p{L}\p{N}/.-]/u,
  day: /[\p{L}\p{N}.,/:]/u,
  year: /[\p{L}\p{N}/.,:§-]/u,
  month: /[\p{L}\p{N}]/u,
};
const MONTH_SLASH_PREPOSITION = /(?:^|[\s(])(?:z|ze|v|ve|od|do|k|ke)\s$/u;

/** Relative year phrases after a month: "března t. r.", "v lednu loňského roku". */
const RELATIVE_YEAR_AFTER = /^[ \n](?:(?<cur>t\. ?r\.|tohoto roku|letošního roku)|(?<prev>loňského roku|minulého roku)|(?<next>příštího roku))/u;

/** Every atom of the text in order of position; where two overlap, the earlier (then longer) wins. */
export function findAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  DIGIT_ATOM_RE.lastIndex = 0;
  for (let m = DIGIT_ATOM_RE.exec(text); m; m = DIGIT_ATOM_RE.exec(text)) addDigitAtoms(atoms, m, text);
  const monthStarts = monthNamesIn(text).map((hit) => hit.at);
  for (const m of matchesAt(MONTH_ATOM_AT, text, monthStarts)) addMonthAtom(atoms, m, text);
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Atom[] = [];
  for (const atom of atoms) {
    const last = kept[kept.length - 1];
    // The two years of "2012/2013" share one span; anything else overlapping is a lesser reading.
    if (!last || atom.start >= last.end || (atom.start === last.start && atom.end === last.end)) kept.push(atom);
  }
  return kept;
}

function atomOf(m: RegExpExecArray, kind: AtomKind, day: number | null, month: number | null, year: number | null): Atom {
  return { start: m.index, end: m.index + m[0].length, kind, day, month, year, relativeYear: null, role: 'single' };
}

function addDigitAtoms(atoms: Atom[], m: RegExpExecArray, text: string): void {
  const g = DIGIT_GROUP;
  const start = m.index;
  const before = text.charAt(start - 1);
  if (m[g.isoy]) {
    if (!BAD_BEFORE.iso.test(before)) atoms.push(atomOf(m, 'day', Number(m[g.isod]), Number(m[g.isom]), Number(m[g.isoy])));
  } else if (m[g.syear]) {
    if (!BAD_BEFORE.day.test(before)) atoms.push(atomOf(m, 'day', Number(m[g.sday]), Number(m[g.smonth]), Number(m[g.syear])));
  } else if (m[g.day]) {
    const month = m[g.nmonth] ? Number(m[g.nmonth]) : monthNumber(m[g.wmonth] ?? m[g.rmonth]!);
    if (month === null || BAD_BEFORE.day.test(before)) return;
    atoms.push(withRelativeYear(atomOf(m, 'day', Number(m[g.day]), month, m[g.year] ? Number(m[g.year]) : null), text));
  } else if (m[g.pmonth]) {
    if (MONTH_SLASH_PREPOSITION.test(text.slice(Math.max(0, start - 4), start))) atoms.push(atomOf(m, 'month', null, Number(m[g.pmonth]), Number(m[g.pyear])));
  } else if (!BAD_BEFORE.year.test(before)) {
    addYearAtoms(atoms, m, Number(m[g.yyear]), m[g.ysep], m[g.yend]);
  }
}

function addMonthAtom(atoms: Atom[], m: RegExpExecArray, text: string): void {
  const [, word, year] = m;
  const month = monthNumber(word!);
  if (month === null || BAD_BEFORE.month.test(text.charAt(m.index - 1))) return;
  atoms.push(withRelativeYear(atomOf(m, 'month', null, month, year ? Number(year) : null), text));
}

function withRelativeYear(atom: Atom, text: string): Atom {
  if (atom.year !== null) return atom;
  const rel = RELATIVE_YEAR_AFTER.exec(text.slice(atom.end, atom.end + 20));
  if (!rel) return atom;
  const offset = rel.groups!.cur ? 0 : rel.groups!.prev ? -1 : 1;
  return { ...atom, end: atom.end + rel[0].length, relativeYear: offset };
}

/**
 * A year, or a span of years: "2014–2020" and "1949 až 1989" give both ends; a slash joins only a
 * school or budget year ("2012/2013", "2012/13"), otherwise it marks an identifier ("173/2020").
 */
function addYearAtoms(atoms: Atom[], m: RegExpExecArray, first: number, separator: string | undefined, end: string | undefined): void {
  if (!end) {
    atoms.push(atomOf(m, 'year', null, null, first));
    return;
  }
  const second = end.length === 2 ? Math.floor(first / 100) * 100 + Number(end) : Number(end);
  const valid = separator === '/' ? second === first + 1 : second > first && second - first <= 100;
  if (!valid) return;
  atoms.push({ ...atomOf(m, 'year', null, null, first), role: 'range_start' }, { ...atomOf(m, 'year', null, null, second), role: 'range_end' });
}

/**
 * `source` with its named groups made plain capturing groups, and each name's group number
 * (counted as a pattern counts its groups: by their opening parentheses, outside classes).
 */
function numberedGroups(source: string): { source: string; groups: Record<string, number> } {
  const groups: Record<string, number> = {};
  let count = 0;
  const plain = source.replace(/\\.|\[(?:\\.|[^\]\\])*\]|\((?:\?<(?<name>[\p{L}\p{N}_]+)>|(?!\?))/gu, (token, name?: string) => {
    if (!token.startsWith('(')) return token;
    count++;
    if (name === undefined) return token;
    groups[name] = count;
    return '(';
  });
  return { source: plain, groups };
}
