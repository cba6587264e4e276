/**
 * The document's type (from weighted cues, see cues.ts) and its own date: a press release's
 * dateline or publication line, the date of the session a council document is for or from, a
 * letter's dated line. A date that is merely mentioned never becomes the document date.
 */
import type { DateItem, DocumentType, Span } from '../../schema/record.js';
import { extractDates } from '../dates/index.js';
import type { ExtractContext } from '../types.js';
import { blocksOf, type Line } from '../../layout/index.js';
import { isHighSurrogate, isLowSurrogate } from '../char-class.js';
import { matchesAt } from '../sticky.js';
import { wordFinder, type WordHit } from '../word-scan.js';
import { TYPE_CUES, type TypeCue } from './cues.js';

/** Quoted passages: „…“, "…" (within a paragraph); tried where their opening mark stands. */
const QUOTATION_AT = /„[^“”\n]*[“”]|"[^"\n]*"/uy;
const QUOTATION_OPENINGS = new Set(['„', '"']);

/** The cues whose matches start with each literal, and each cue's pattern made sticky, to try it there. */
const CUES_BY_LITERAL = new Map<string, TypeCue[]>();
for (const cue of TYPE_CUES) for (const literal of cue.literals ?? []) CUES_BY_LITERAL.set(literal, [...(CUES_BY_LITERAL.get(literal) ?? []), cue]);
const cueLiteralsIn = wordFinder([...CUES_BY_LITERAL.keys(), ...QUOTATION_OPENINGS]);
const STICKY = new Map(TYPE_CUES.map((c) => [c, new RegExp(c.pattern.source, `${c.pattern.flags}y`)]));
const LINE_START_CUES = TYPE_CUES.filter((c) => c.lineStartsWithin !== undefined);

/** `lines`: the layout's visual lines, whose starts the line-start cues are tried at (else the text's hard lines). */
export function classifyDocument(text: string, lines?: readonly Line[]): { type: DocumentType; cues: string[] } {
  const found = foundCues(text, lines);
  const hits = TYPE_CUES.filter((c) => found.has(c));
  const score = (type: DocumentType) => hits.filter((c) => c.type === type).reduce((sum, c) => sum + c.weight, 0);
  // On a tie the more specific kind wins: a session document quoting someone is still a session document.
  const ranked = (['council_document', 'press_release', 'other'] as const)
    .map((type) => ({ type, score: score(type) }))
    .sort((a, b) => b.score - a.score);
  const type = ranked[0]!.score > 0 ? ranked[0]!.type : 'other';
  return { type, cues: hits.filter((c) => c.type === type).map((c) => c.cue) };
}

/**
 * The cues whose pattern matches where it may start: at the line starts of the header (see
 * `lineStartsWithin`) or where one of their literals stands (in any letter case, as their
 * patterns read them).
 */
function foundCues(text: string, lines: readonly Line[] | undefined): Set<TypeCue> {
  const starts = (limit: number) => (lines ? visualLineStartsWithin(lines, limit) : lineStartsWithin(text, limit));
  const found = new Set(LINE_START_CUES.filter((c) => starts(c.lineStartsWithin!).some((at) => cueMatchesAt(c, text, at))));
  const hits = cueLiteralsIn(text);
  let quotations: Array<[number, number]> | undefined;
  const quoted = (at: number) => (quotations ??= quotationSpans(text, hits)).some(([start, end]) => start < at && at < end);
  for (const { at, word } of hits) {
    for (const cue of CUES_BY_LITERAL.get(word) ?? []) {
      if (found.has(cue) || (cue.unquoted && quoted(at))) continue;
      if (cueMatchesAt(cue, text, at)) found.add(cue);
    }
  }
  return found;
}

function cueMatchesAt(cue: TypeCue, text: string, at: number): boolean {
  const sticky = STICKY.get(cue)!;
  sticky.lastIndex = at;
  return sticky.test(text);
}

/** 0 and the start of every visual line within the first `limit` characters (lines are in text order). */
function visualLineStartsWithin(lines: readonly Line[], limit: number): number[] {
  const starts = [0];
  for (const line of lines) {
    if (line.start > limit) break;
    starts.push(line.start);
  }
  return starts;
}

/**
 * 0 and every position after a line break that at most `limit` characters precede, counted in
 * code points as a `u` pattern counts them (a surrogate pair is one).
 */
function lineStartsWithin(text: string, limit: number): number[] {
  const starts = [0];
  for (let i = 0, read = 0; i < text.length && read <= limit; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) starts.push(i + 1);
    if (!(isLowSurrogate(unit) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) read++;
  }
  return starts;
}

/**
 * Where the quotations are (as a global search would find them, tried at their opening marks). A
 * word cue matches in the text without them exactly where it matches outside them: a quotation
 * starts and ends with a mark, so no word runs across its edge, and the space that replaces it
 * is, like the mark, no letter.
 */
function quotationSpans(text: string, hits: readonly WordHit[]): Array<[number, number]> {
  const openings = hits.filter((hit) => QUOTATION_OPENINGS.has(hit.word)).map((hit) => hit.at);
  return [...matchesAt(QUOTATION_AT, text, openings)].map((m) => [m.index, m.index + m[0].length]);
}

type DateKind = 'session' | 'heading' | 'label' | 'publication' | 'title' | 'dateline' | 'signed';

/** Which kinds of dated line state the document's own date, strongest first, per type. */
const KIND_ORDER: Record<DocumentType, DateKind[]> = {
  council_document: ['heading', 'session', 'label', 'publication', 'title', 'dateline', 'signed'],
  press_release: ['publication', 'dateline', 'label', 'title'],
  other: ['label', 'publication', 'dateline', 'signed', 'title'],
};

/** The header where a publication line, label or press dateline may stand. */
const HEADER_CHARS = 1500;

export function findDocumentDate(ctx: ExtractContext, type: DocumentType): { date: string; span: Span } | null {
  const days = extractDates(ctx, null).filter((d) => d.precision === 'day' && !d.yearInferred);
  for (const kind of KIND_ORDER[type]) {
    const found = kind === 'signed' ? lastSigned(ctx, days) : days.find((d) => dateKind(ctx.text, d, kind));
    if (found) return { date: found.value, span: { text: found.text, start: found.start, end: found.end } };
  }
  return null;
}

/**
 * "V Praze dne 22. 8. 2018   V Praze dne 4. 10. 2018" in a signature block: a contract or
 * letter dates from its last signature.
 */
function lastSigned(ctx: ExtractContext, days: DateItem[]): DateItem | undefined {
  const blocks = blocksOf(ctx.layout, 'signature');
  const signed = days.filter((d) => blocks.some((b) => b.start <= d.start && d.end <= b.end) && SIGNED_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 60), d.start)));
  return signed.sort((a, b) => b.value.localeCompare(a.value))[0];
}

/** "…zasedání Zastupitelstva kraje dne", "Zasedání … konaného dne |" right before the date. */
const SESSION_BEFORE =
  /(?:zasedání|zasedáni|schůze|schůzi|jednání)(?![\p{L}])[^.;!?]{0,40}?(?:zastupitel|rad[yě]|ZO|ZM|RM|ZK|RK|výbor|komis)[^.;!?]{0,80}?dne[ \n|:]*$/iu;
/** The session named is an earlier one the document refers to, not its own. */
const REFERENCE_BEFORE =
  /usnesení(?:[ \n]+č\.[ \n]?\S+)?[ \n]+ze?[ \n]+$|kontrol|minul|předchozí|předešl|zápisům|zápisech|námitk/iu;
const LABEL_BEFORE =
  /(?:^|\n)[ \t]*(?:datum(?: vydání| zveřejnění| vyhotovení)?|date|dne|ze dne|vydáno|publikováno|zveřejněno|aktualizováno)[ \t]*:?[ \t]*$/iu;
/** Place (one or more capitalised names, "Praha/Liberec", "V Praze dne") at the start of a line. */
const PLACE_BEFORE = /(?:^|\n)[ \t]*(?:V[ \t]+)?\p{Lu}\p{L}+(?:(?:[ \t]+(?:nad|pod|u|v)?[ \t]*|[/-])\p{Lu}\p{L}+){0,3},?[ \t]+(?:dne[ \t]+)?$/u;
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/u;
/** The date of a heading line: "Usnesení zastupitelstva ze dne", "USNESENÍ č. 31.1 ze dne", "Zápis z jednání … konaného dne". */
const HEADING_BEFORE = /(?:^|\n)[ \t]*(?:Usnesení|USNESENÍ|Výpis|VÝPIS|Zápis|ZÁPIS|Záznam|č\.)[^\n]{0,120}?(?:ze\s+dne|konané\p{L}*\s+dne|dne)[ \t:]*$/u;
/** "(19.6.2017)" alone on its line under a news item's title. */
const PARENTHESISED_BEFORE = /(?:^|\n)[ \t]*\($/u;
const PARENTHESISED_AFTER = /^\)[ \t]*(?:\n|$)/u;
/** A news item's date line followed by its author: "15. 6. 2020\nAutor: Jana Malá". */
const AUTHOR_AFTER = /^[ \t]*(?:[|,–-][ \t]*)?\n?[ \t]*Autor(?:ka)?[ \t]*:/u;
/** A dateline of a signature: place and "dne" before the date. */
const SIGNED_BEFORE = /(?:^|\s)Ve?\s\p{Lu}[\p{L}\s.-]{1,40}?(?:,\s?)?(?:dne\s)?$/u;
/** After a publication date: only a time, a time zone, or a short author credit, then the line ends. */
const PUBLICATION_AFTER =
  /^[ \t]*(?:[-–]?[ \t]*\(?\d{1,2}:\d{2}(?:[:.]\d{2})?\)?(?:[ \t]*[+-]\d{4}|[ \t]*UTC)?)?[ \t]*(?:,[^\n]{0,60})?(?:\n|$)/u;
const DATELINE_AFTER = /^[ \t]*(?:[-–—]|\n|$)/u;
/** In a title line the date is set apart: "Místostarosti 4.12.2022: …", "_ 8. ČERVEN 2022 _". */
const TITLE_APART_BEFORE = /(?:^|[_|:–—-][ \t]*)$/u;
const TITLE_APART_AFTER = /^[ \t]*(?:[:_|–—]|\n|$)/u;

/** A machine-written date (2019-07-15) closing a title line is metadata, not a mention. */
const isIso = (written: string) => /^\d{4}-\d{2}-\d{2}$/u.test(written);

/** No line break before `at` (looked for from the text's start, not copied up to `at`). */
function onFirstLine(text: string, at: number): boolean {
  const firstBreak = text.indexOf('\n');
  return firstBreak < 0 || firstBreak >= at;
}

function dateKind(text: string, d: DateItem, kind: Exclude<DateKind, 'signed'>): boolean {
  const before = text.slice(Math.max(0, d.start - 160), d.start);
  const after = text.slice(d.end, d.end + 80);
  const inHeader = d.start < HEADER_CHARS;
  switch (kind) {
    case 'session': {
      const m = SESSION_BEFORE.exec(before);
      return m !== null && !REFERENCE_BEFORE.test(before.slice(Math.max(0, m.index - 40), m.index));
    }
    case 'heading':
      return d.start < HEADER_CHARS && HEADING_BEFORE.test(before);
    case 'label':
      return inHeader && LABEL_BEFORE.test(before);
    case 'publication':
      return (
        (d.start < 800 && LINE_START_BEFORE.test(before) && PUBLICATION_AFTER.test(after)) ||
        (inHeader && LINE_START_BEFORE.test(before) && AUTHOR_AFTER.test(after)) ||
        (inHeader && PARENTHESISED_BEFORE.test(before) && PARENTHESISED_AFTER.test(after))
      );
    case 'dateline':
      return PLACE_BEFORE.test(before) && DATELINE_AFTER.test(after) && (inHeader || /(?:^|\n)[ \t]*V[ \t]/u.test(before));
    case 'title':
      return onFirstLine(text, d.start) && TITLE_APART_AFTER.test(after) && (TITLE_APART_BEFORE.test(before) || isIso(d.text));
  }
}
