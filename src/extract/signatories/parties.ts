/**
 * Organisations that sign on their own: "Úřad vlády ČR a Liberecký kraj podepsaly Memorandum",
 * "Hlavní město Praha a Středočeský kraj dnes uzavřely Memorandum". Only the clear case is read:
 * the subject stands right before a plural signing verb, in the nominative, and every member of
 * it is an organisation ("Memorandum podepsali zástupci …" names no party).
 */
import type { Signatory } from '../../schema/record.js';
import { matchesAtWordStart, occurrences, type AnchoredPattern } from './wordStarts.js';

/** Plural signing verbs, each starting a word (see matchesAtWordStart); a singular "kraj uzavřel" is too often not about signing a document. */
const PARTIES_SIGNED: AnchoredPattern = {
  pattern: /(?:podepsal[iy]|uzavřel[iy]|stvrdil[iy]\s(?:svými?\s)?podpis(?:em|y))(?![\p{L}])/uy,
  // "stvrdily svými podpisem"; "zavřel" stands 1 into "uzavřeli"
  reach: 15,
};
/** With "podep" and "podpis", the anchors of PARTIES_SIGNED: "zavřel" of "uzavřel", as V8 finds a literal starting with a rare letter several times faster. */
const CONCLUDED = /zavřel/gu;
/** Nominative heads of organisation names, lowercase. */
const HEADS = [
  'úřad', 'ministerstvo', 'kraj', 'město', 'obec', 'městys', 'agentura', 'svaz', 'sdružení', 'spolek', 'nadace',
  'univerzita', 'fakulta', 'ústav', 'institut', 'společnost', 'komora', 'rada', 'zastupitelstvo', 'magistrát',
  'správa', 'ředitelství', 'inspekce', 'policie', 'sbor', 'fond', 'centrum', 'asociace', 'unie', 'vláda',
  'republika', 'arcibiskupství', 'biskupství', 'nemocnice', 'svazek', 'mikroregion', 'družstvo', 'komise',
];
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const HEAD = `(?:${HEADS.flatMap((h) => [h, capitalised(h)]).join('|')})`;
const CAPITALISED_HEAD = `(?:${HEADS.map(capitalised).join('|')})`;
/** Nominative adjectives before the head ("Liberecký", "Hlavní", "Statutární", "Česká"). */
const ADJECTIVE = String.raw`\p{Lu}\p{Ll}*(?:ý|á|é|í)`;
/** What may follow the head: a genitive or a name ("vlády ČR", "Praha", "pro místní rozvoj"). */
const COMPLEMENT = String.raw`(?:\s(?!a\s)(?:pro\s)?\p{L}+)`;
/** Begins with a capital: adjectives then the head ("Liberecký kraj"), or the head itself ("Úřad vlády ČR"). */
const ORGANISATION = String.raw`(?:(?:${ADJECTIVE}\s){1,2}${HEAD}|${CAPITALISED_HEAD})(?![\p{L}])${COMPLEMENT}{0,4}?`;
/** Words that may stand between the subject and the verb ("dnes", "slavnostně", "v pondělí"). */
const ADVERB = String.raw`(?:dnes|včera|slavnostně|společně|oficiálně|také|rovněž|již|už|nyní|letos|loni|v\s\p{Ll}+)`;
/** The whole subject (not the last member of a longer one), anchored at the verb. */
const SUBJECT_BEFORE_VERB = new RegExp(String.raw`(?<![\p{L}]|\sa\s|,\s)(${ORGANISATION}(?:(?:,\s|\sa\s)${ORGANISATION})*)(?:\s${ADVERB}){0,2}\s$`, 'u');
const ONE_ORGANISATION = new RegExp(`^${ORGANISATION}$`, 'u');
const MEMBER_SEPARATOR = /,\s|\sa\s/gu;
/** How far back a subject may start. */
const SUBJECT_REACH = 160;

/** `signingStems`: where "podep" or "podpis" stand, in any case (the other verbs' anchor is looked up here). */
export function signingParties(text: string, signingStems: number[]): Signatory[] {
  const parties = new Map<string, Signatory>();
  const anchors = [...signingStems, ...occurrences(text, CONCLUDED)].sort((a, b) => a - b);
  for (const verb of matchesAtWordStart(text, PARTIES_SIGNED, anchors)) {
    const from = Math.max(0, verb.index - SUBJECT_REACH);
    const before = text.slice(from, verb.index);
    const subject = SUBJECT_BEFORE_VERB.exec(before);
    if (!subject) continue;
    for (const party of members(subject[1]!, from + subject.index)) {
      if (!parties.has(party.organization!)) parties.set(party.organization!, party);
    }
  }
  return [...parties.values()];
}

/** The subject's members, each an organisation-only signatory spanning its mention. */
function members(subject: string, offset: number): Signatory[] {
  const separators = [...subject.matchAll(MEMBER_SEPARATOR)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: Signatory[] = [];
  let from = 0;
  for (const [separatorStart, separatorEnd] of [...separators, [subject.length, subject.length] as const]) {
    const part = subject.slice(from, separatorStart);
    if (!ONE_ORGANISATION.test(part)) return [];
    out.push({ text: part, start: offset + from, end: offset + separatorStart, name: null, role: null, organization: part.replace(/\s+/gu, ' ') });
    from = separatorEnd;
  }
  return out;
}
