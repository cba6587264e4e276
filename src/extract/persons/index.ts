/**
 * Named natural persons, in the nominative and without academic titles, merged across mentions.
 *
 * A name is found where the text shows it: a given name followed by a surname that agrees with it
 * in gender and case ("Martina Půty" → Martin Půta, "Martina Nováková"), a surname followed by a
 * given name in lists ("Kuchař Filip,"), a courtesy word or a title before a surname ("pan Novák",
 * "JUDr. Tupý"), an initial ("J. Šetlík"), a roll call ("Belcredi BRNO2006:"), and later bare
 * mentions of a surname already known ("dodal Langr"). Surname-only mentions merge into the one
 * full name they fit; names inside names of streets and institutions are skipped.
 */
import type { Person, Span } from '../../schema/record.js';
import { overlapChecker, overlapsAny, spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';
import { lemmasOf } from '../../morphology/index.js';
import { CharClass, isHighSurrogate, WHITESPACE } from '../char-class.js';
import { stickyAt } from '../sticky.js';
import { tokensOf } from '../municipalities/tokens.js';
import { ALL_CAPS, CAPITALISED, MAY_START_NAME, SINGLE_CAPITAL, nameTokens, type Token } from './tokens.js';
import { HONORIFIC, LABEL_BEFORE, PREFIX_TITLE, SUFFIX_TITLE, honorificGender, roleLemma, endsWithInstitutionWord } from './context.js';
import {
  NOM,
  cached,
  givenNameReadings,
  isGivenNameForm,
  isNominativeGivenName,
  isOnlyCommonWord,
  surnameReadings,
  type Gender,
  type Reading,
} from './morphology.js';


/** One place where a person is named. `given` is null when only the surname is written. */
interface Mention {
  span: Span;
  given: string | null;
  surname: string;
  gender: Gender | null;
  /** Other nominatives the surname could have (for merging surname-only mentions). */
  surnameOptions: Reading[];
  initial: string | null;
  /** Written surname first ("Adamec Jiří"). */
  reversed?: boolean;
  titles: readonly string[];
  /** Where titles and the name start: roles and contexts are read before this. */
  outerStart: number;
  outerEnd: number;
}

interface Match {
  mentions: Mention[];
  next: number;
}

const ROMAN = /^[IVXLCDM]+$/u;
const ADJECTIVAL_SURNAME = /(?:ský|cký|ského|ckého|skému|ckému|ským|ckým|ská|cká|ské|cké|skou|ckou)$/u;

/** Endings of surnames, which an unknown word taken for a given name must not have. */
const SURNAME_ENDING = /(?:ová|á|ý|í|ého|é)$/u;
const ROLL_CALL_PARTY = / [\p{Lu}\d][\p{Lu}\d-]+:/uy;
/** The first and the later characters of ROLL_CALL_PARTY's party. */
const PARTY_FIRST = new CharClass(/[\p{Lu}\d]/u);
const PARTY_NEXT = new CharClass(/[\p{Lu}\d-]/u);
const SPACE = 32;
const LINE_FEED = 10;
const COMMA = 44;
const FULL_STOP = 46;
const OPEN_PAREN = 40;
/** The first letters of HONORIFIC's words: P, p, S, s. */
const isCourtesyInitial = (c: number) => c === 80 || c === 112 || c === 83 || c === 115;
/** Whether HONORIFIC's answer for each word (followed by a space or a full stop) was yes. */
const honorificWords = new Map<string, boolean>();

/** Whether HONORIFIC may match at a word (which it does only as a whole word, before a space or a full stop). */
function mayBeHonorific(word: string): boolean {
  return cached(honorificWords, word, (w) => stickyAt(HONORIFIC, `${w} `, 0) !== null || stickyAt(HONORIFIC, `${w}. `, 0) !== null);
}
/** Shared by every name written without titles (most): never changed. */
const NO_TITLES: readonly string[] = [];
/** Between two names of one list: a comma or a conjunction ("Homolka s Pickem", "Bělková a Vrančíková"). */
const LIST_GAP = /^(?:\s*,\s*|\s+(?:a|i|s|se)\s+)$/u;
const PLACE_ADJECTIVE = /(?:^|-)\p{Lu}\p{Ll}*(?:á|é|ý|í|ého|ém|ou)$/u;
const PARTY_AFTER = / \(\p{Lu}[\p{Lu}\d -]*\)/uy;
const ROLE_BEFORE_SURNAME = /(?:^|[^\p{L}])(\p{L}+)(?: pro [\p{Ll} ]{1,30})? $/u;
/** Between a courtesy word and the name: nothing, or a role ("p. zastupitel Jiří Adamec"). */
const HONORIFIC_GAP = /^(?:\s*|\s?(?:\p{Ll}+\s){1,2})$/u;
/** What may follow a surname-first name: the end of a list item. */
const REVERSED_END = /^(?:\s*$|\s*[,;|)(:–-]|\s*\n|\.(?:\s|$))/u;
const REVERSED_START = /(?:^|[\n,;:|(]\s*|\.\s?|\|\s*)$/u;

export function extractPersons(ctx: ExtractContext): Person[] {
  const tokens = nameTokens(tokensOf(ctx));
  const cellEnds = new Set([...ctx.layout.columnGaps, ...ctx.layout.lines.map((l) => l.end)]);
  const scanner = new Scanner(ctx.text, tokens, (word) => namesPlace(ctx, word), new Set(ctx.layout.columnGaps), cellEnds);
  const mentions = scanner.scan().filter((m) => !overlapsAny(ctx.claimed, m.span.start, m.span.end));
  const people = mergeMentions(mentions);
  addRepeatedSurnames(ctx.text, tokens, people, mentions);
  return people.map((p) => toPerson(ctx.text, p));
}

/**
 * "Kroměříže" in "starosta Kroměříže (ODS)" is the town, not a surname; so is "Budějovice" in
 * "Č. Budějovice" (the last word of a municipality's name).
 */
function namesPlace(ctx: ExtractContext, word: string): boolean {
  const gazetteer = ctx.gazetteer;
  if (!gazetteer) return false;
  const names = gazetteer.municipalitiesByName;
  const lastWords = gazetteer.derive('persons:lastWordsOfPlaceNames', (g) => new Set([...g.municipalitiesByName.keys()].map((n) => n.split(/[ -]/u).pop()!)));
  const isName = (w: string) => names.has(w) || lastWords.has(w);
  const answers = gazetteer.derive('persons:namesPlace', () => new Map<string, boolean>());
  return cached(answers, word, (w) => isName(w) || lemmasOf(w).some(isName) || surnameReadings(w).some((r) => isName(r.lemma)));
}


/** A roll call is a list: fewer hits than this are chance ("Brna IČ: 44992785"). */
const ROLL_CALL_MINIMUM = 3;

class Scanner {
  private rollCall: Mention[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly isPlace: (word: string) => boolean,
    /** Spaces that stood for a column gap: a name never runs across one (two names side by side). */
    private readonly columnGaps: ReadonlySet<number>,
    /** Where a cell or a visual line ends (a column gap or the line's end): a surname-first name may end there. */
    private readonly cellEnds: ReadonlySet<number>,
  ) {}

  scan(): Mention[] {
    const found: Mention[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const match = this.matchAt(i);
      if (match) {
        found.push(...match.mentions);
        i = Math.max(this.afterTitles(match), i + 1);
      } else i++;
    }
    flipInReversedLists(this.text, found);
    return this.rollCall.length >= ROLL_CALL_MINIMUM ? [...found, ...this.rollCall] : found;
  }

  /** The token after a match, past any titles written after the last name ("Mottl Martin, Mgr."). */
  private afterTitles(match: Match): number {
    const last = match.mentions[match.mentions.length - 1];
    return last ? this.tokenAtOrAfter(last.outerEnd, match.next) : match.next;
  }

  /**
   * What one of the matchers below needs first, checked at once as most words have none of it: a
   * courtesy word (honorificAt), a full stop after the word (titles, initialAt), a space and a
   * party's first two characters or a bracket (rollCallAt, roleAndPartyAt), the next word joined
   * (reversedAt, fullAt).
   */
  private mayMatchAt(i: number): boolean {
    const token = this.tokens[i]!;
    if (!(token.shape & MAY_START_NAME)) return false;
    const after = this.text.charCodeAt(token.end);
    if (after === FULL_STOP || (isCourtesyInitial(token.text.charCodeAt(0)) && mayBeHonorific(token.text))) return true;
    if (after === SPACE && (this.text.charCodeAt(token.end + 1) === OPEN_PAREN || this.mayStartParty(token.end + 1))) return true;
    const next = this.tokens[i + 1];
    return next !== undefined && this.joined(token, next);
  }

  private matchAt(i: number): Match | null {
    if (!this.mayMatchAt(i)) return null;
    const honorific = this.honorificAt(i);
    if (honorific) return honorific;
    const { titles, index } = this.titlesFrom(i);
    if (index >= this.tokens.length) return null;
    const outerStart = this.tokens[i]!.start;
    const full = this.reversedAt(index, titles, outerStart) ?? this.fullAt(index, titles, outerStart, titles.length > 0);
    if (full) return full;
    const initial = this.initialAt(index, titles, outerStart, null);
    if (initial) return initial;
    if (titles.length > 0) return this.surnameOnlyAt(index, titles, outerStart, null);
    return this.rollCallAt(index) ?? this.roleAndPartyAt(index);
  }

  /** Academic titles starting at token i; returns them and the first token after. */
  private titlesFrom(i: number): { titles: readonly string[]; index: number } {
    let titles: string[] | null = null;
    let index = i;
    while (index < this.tokens.length) {
      const at = this.tokens[index]!.start;
      // Every title is a word and a full stop: most tokens fail this before the regex runs.
      if (this.text[this.tokens[index]!.end] !== '.') break;
      const m = stickyAt(PREFIX_TITLE, this.text, at);
      if (!m) break;
      (titles ??= []).push(m[0].trim().replace(/\s+/gu, ' '));
      index = this.tokenAtOrAfter(at + m[0].length, index + 1);
    }
    return { titles: titles ?? NO_TITLES, index };
  }

  private tokenAtOrAfter(position: number, from: number): number {
    let index = from;
    while (index < this.tokens.length && this.tokens[index]!.start < position) index++;
    return index;
  }

  /** "pan Novák", "paní Fišerovou", "p. zastupitel Jiří Adamec", "pp. Jelínek, Barek a Čáp". */
  private honorificAt(i: number): Match | null {
    const token = this.tokens[i]!;
    if (!isCourtesyInitial(token.text.charCodeAt(0)) || !mayBeHonorific(token.text)) return null;
    const m = stickyAt(HONORIFIC, this.text, token.start);
    if (!m) return null;
    const gender = honorificGender(m[0].trim());
    const afterHonorific = token.start + m[0].length;
    const index = this.tokenAtOrAfter(afterHonorific, i + 1);
    if (index >= this.tokens.length) return null;
    const gap = this.text.slice(afterHonorific - 1, this.tokens[index]!.start);
    if (!HONORIFIC_GAP.test(gap) || (gap.trim() !== '' && !gap.trim().split(' ').every((w) => roleLemma(w)))) return null;
    const { titles, index: nameIndex } = this.titlesFrom(index);
    if (nameIndex >= this.tokens.length) return null;
    const outerStart = this.tokens[index]!.start;
    const first =
      this.fullAt(nameIndex, titles, outerStart, true) ??
      this.reversedAt(nameIndex, titles, outerStart) ??
      this.initialAt(nameIndex, titles, outerStart, gender) ??
      this.surnameOnlyAt(nameIndex, titles, outerStart, gender);
    if (!first) return null;
    return this.continueList(first, gender);
  }

  /** After a courtesy-word mention, the list goes on: ", Bartou, Jarolímkem", " s Pickem", " a Vrančíková". */
  private continueList(match: Match, gender: Gender | null): Match {
    let next = match.next;
    while (next < this.tokens.length) {
      const previous = this.tokens[next - 1]!;
      const token = this.tokens[next]!;
      if (!LIST_GAP.test(this.text.slice(previous.end, token.start))) break;
      const { titles, index } = this.titlesFrom(next);
      if (index >= this.tokens.length) break;
      const more =
        this.fullAt(index, titles, token.start, true) ??
        this.reversedAt(index, titles, token.start) ??
        this.initialAt(index, titles, token.start, null) ??
        this.surnameOnlyAt(index, titles, token.start, gender === 'f' ? null : gender);
      if (!more) break;
      match.mentions.push(...more.mentions);
      next = more.next;
    }
    return { mentions: match.mentions, next };
  }

  /** Given name + surname (+ a second, adjectival surname: "Karel Havlíček Borovský"). */
  private fullAt(j: number, titles: readonly string[], outerStart: number, unknownGivenAllowed: boolean): Match | null {
    const given = this.tokens[j];
    const surname = this.tokens[j + 1];
    if (!given || !surname || !(given.shape & CAPITALISED) || !this.joined(given, surname)) return null;
    let givenReadings = givenNameReadings(given.text);
    // Looked up before the regexes below: most pairs of capitalised words start with no given name.
    if (givenReadings.length === 0 && !unknownGivenAllowed) return null;
    if (!isSurnameShaped(surname) || this.afterPlaceAdjective(j)) return null;
    if (givenReadings.length === 0) {
      if (isGivenNameForm(surname.text) || SURNAME_ENDING.test(given.text)) return null;
      givenReadings = [{ lemma: given.text, gender: surnameGender(surname.text), cases: NOM, weight: 0 }];
    }
    const surnameWords = [asWritten(surname)];
    let last = surname;
    const third = this.tokens[j + 2];
    if (third && this.joined(surname, third) && (ADJECTIVAL_SURNAME.test(third.text) || isSecondFemaleSurname(surname.text, third.text)) && third.shape & CAPITALISED && !isOnlyCommonWord(third.text) && !/^\s(?:kraj|okres|obvod)/u.test(this.text.slice(third.end, third.end + 8))) {
      surnameWords.push(third.text);
      last = third;
    }
    const agreed = agree(givenReadings, surnameWords);
    if (!agreed) return null;
    if ((agreed.cases & NOM) === 0 && this.insideInstitutionName(outerStart)) return { mentions: [], next: j + surnameWords.length + 1 };
    const mention = this.mention(given.start, last.end, titles, outerStart, {
      given: agreed.given,
      surname: agreed.surname,
      gender: agreed.gender,
      surnameOptions: [],
      initial: null,
    });
    return { mentions: [mention], next: j + surnameWords.length + 1 };
  }

  /** "Mladá Boleslav Územní…", "Stará Boleslav": a capitalised adjective before a given name makes a place. */
  private afterPlaceAdjective(j: number): boolean {
    const before = this.tokens[j - 1];
    return !!before && this.joined(before, this.tokens[j]!) && PLACE_ADJECTIVE.test(before.text);
  }

  /** "Novotný Martin, primátor", "Mottl Martin, Mgr.", "Adamec Jiří, Mgr. Hanuš Jaroslav". */
  private reversedAt(j: number, titles: readonly string[], outerStart: number): Match | null {
    const surname = this.tokens[j];
    const given = this.tokens[j + 1];
    if (!surname || !given || !this.joined(surname, given) || !isNominativeGivenName(given.text)) return null;
    if (!(surname.shape & CAPITALISED) || isGivenNameForm(surname.text) || roleLemma(surname.text)) return null;
    const after = this.tokens[j + 2];
    if (after && this.joined(given, after) && after.shape & CAPITALISED) return null;
    if (!REVERSED_END.test(this.text.slice(given.end, given.end + 3)) && !this.cellEnds.has(given.end)) return null;
    if (titles.length === 0 && !REVERSED_START.test(this.text.slice(Math.max(0, surname.start - 3), surname.start)) && !this.cellEnds.has(surname.start - 1)) return null;
    const givenReading = givenNameReadings(given.text).find((r) => r.lemma === given.text && (r.cases & NOM) !== 0)!;
    const fits = surnameReadings(surname.text).some((r) => r.lemma === surname.text && r.gender === givenReading.gender && (r.cases & NOM) !== 0);
    if (!fits) return null;
    const mention = this.mention(surname.start, given.end, titles, outerStart, {
      given: givenReading.lemma,
      surname: surname.text,
      gender: givenReading.gender,
      surnameOptions: [],
      initial: null,
      reversed: true,
    });
    return { mentions: [mention], next: j + 2 };
  }

  /** "J. Šetlík", "Ing. J. Pinc": listed by surname; "pan R. P." (initials only) is not a name. */
  private initialAt(j: number, titles: readonly string[], outerStart: number, gender: Gender | null): Match | null {
    let index = j;
    let initial: string | null = null;
    while (index < this.tokens.length && this.tokens[index]!.shape & SINGLE_CAPITAL && this.text[this.tokens[index]!.end] === '.') {
      initial ??= this.tokens[index]!.text;
      index++;
    }
    if (initial === null || index - j > 2) return null;
    const surname = this.tokens[index];
    if (!surname || this.text.slice(this.tokens[index - 1]!.end, surname.start) !== '. ' || !isLoneSurname(surname)) return null;
    if (this.insideInstitutionName(outerStart) || (titles.length === 0 && gender === null && this.isPlace(surname.text))) return { mentions: [], next: index + 1 };
    return this.surnameMention(surname, index, titles, outerStart, gender, initial);
  }

  /** A surname alone after a title or a courtesy word: "JUDr. Zlatohlávková", "panem Polákem". */
  private surnameOnlyAt(j: number, titles: readonly string[], outerStart: number, gender: Gender | null): Match | null {
    const surname = this.tokens[j];
    if (!surname || !isLoneSurname(surname) || isNominativeGivenName(surname.text)) return null;
    if (this.insideInstitutionName(outerStart)) return null;
    return this.surnameMention(surname, j, titles, outerStart, gender, null);
  }

 /** "Radní pro majetek Hašek (ANO)": a role, then a surname alone with the party in brackets. */
  private roleAndPartyAt(j: number): Match | null {
    const token = this.tokens[j]!;
    if (this.text[token.end + 1] !== '(' || !stickyAt(PARTY_AFTER, this.text, token.end)) return null;
    const role = ROLE_BEFORE_SURNAME.exec(this.text.slice(Math.max(0, token.start - 50), token.start));
    if (!role || !roleLemma(role[1]!) || !isLoneSurname(token) || isGivenNameForm(token.text) || this.isPlace(token.text)) return null;
    return this.surnameMention(token, j, [], token.start, null, null);
  }

  /** "Belcredi BRNO2006: Zdržel se" — a roll call names councillors by surname and party. */
  private rollCallAt(j: number): Match | null {
    const token = this.tokens[j]!;
    if (this.text[token.end] !== ' ' || !this.mayStartParty(token.end + 1)) return null;
    if (!stickyAt(ROLL_CALL_PARTY, this.text, token.end) || !isLoneSurname(token) || isGivenNameForm(token.text)) return null;
    const match = this.surnameMention(token, j, [], token.start, null, null, true);
    this.rollCall.push(...(match?.mentions ?? []));
    return match && { mentions: [], next: match.next };
  }

  /** ROLL_CALL_PARTY's first two characters at `at`, looked up before the regex: most words are followed by a lowercase one. */
  private mayStartParty(at: number): boolean {
    if (!PARTY_FIRST.startsAt(this.text, at)) return false;
    // Past an astral first character the regex decides.
    return isHighSurrogate(this.text.charCodeAt(at)) || PARTY_NEXT.startsAt(this.text, at + 1);
  }

  private surnameMention(surname: Token, index: number, titles: readonly string[], outerStart: number, gender: Gender | null, initial: string | null, nominative = false): Match | null {
    const written = asWritten(surname);
    const options = surnameReadings(written).filter((r) => gender === null || r.gender === gender);
    const best = nominative ? { lemma: written, gender: surnameGender(written), cases: NOM, weight: 1 } : bestReading(options);
    if (!best) return null;
    const mention = this.mention(surname.start, surname.end, titles, outerStart, {
      given: null,
      surname: best.lemma,
      gender: gender ?? best.gender,
      surnameOptions: options,
      initial,
    });
    return { mentions: [mention], next: index + 1 };
  }

  private mention(start: number, end: number, titles: readonly string[], outerStart: number, facts: Pick<Mention, 'given' | 'surname' | 'gender' | 'surnameOptions' | 'initial' | 'reversed'>): Mention {
    let allTitles = titles;
    let outerEnd = end;
    for (let m = this.suffixTitleAt(outerEnd); m; m = this.suffixTitleAt(outerEnd)) {
      allTitles = [...allTitles, m[1]!.replace(/\s+/gu, '')];
      outerEnd += m[0].length;
    }
    // Built field by field: V8 builds an object spread some fifty times slower.
    const mention: Mention = { span: spanAt(this.text, start, end), given: facts.given, surname: facts.surname, gender: facts.gender, surnameOptions: facts.surnameOptions, initial: facts.initial, titles: allTitles, outerStart, outerEnd };
    if (facts.reversed !== undefined) mention.reversed = facts.reversed;
    return mention;
  }

  /** SUFFIX_TITLE at `position`, tried only where a title's first letter (a capital or the d of "dr. h. c.") follows within two characters: most names have none. */
  private suffixTitleAt(position: number): RegExpExecArray | null {
    if (!mayStartSuffixTitle(this.text.charCodeAt(position)) && !mayStartSuffixTitle(this.text.charCodeAt(position + 1)) && !mayStartSuffixTitle(this.text.charCodeAt(position + 2))) return null;
    return stickyAt(SUFFIX_TITLE, this.text, position);
  }

  /**
   * Two words of one name: separated by a space or a single line break (with a space beside it
   * or on both sides: / ?\n ?/), nothing else. Compared by character, without copying the gap.
   */
  private joined(a: Token, b: Token): boolean {
    const text = this.text;
    const at = a.end;
    switch (b.start - at) {
      case 1:
        return (text.charCodeAt(at) === SPACE && !this.columnGaps.has(at)) || text.charCodeAt(at) === LINE_FEED;
      case 2:
        return (text.charCodeAt(at) === SPACE && text.charCodeAt(at + 1) === LINE_FEED) || (text.charCodeAt(at) === LINE_FEED && text.charCodeAt(at + 1) === SPACE);
      case 3:
        return text.charCodeAt(at) === SPACE && text.charCodeAt(at + 1) === LINE_FEED && text.charCodeAt(at + 2) === SPACE;
      default:
        return false;
    }
  }

  private insideInstitutionName(outerStart: number): boolean {
    return endsWithInstitutionWord(this.text.slice(Math.max(0, outerStart - 40), outerStart));
  }
}

/** SUFFIX_TITLE's titles start with an ASCII capital or "d". */
function mayStartSuffixTitle(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 100;
}

/** A surname written without a given name: capitalised, and not just a common word ("Předmět"). */
/** "Nováková Dvořáková", "Pokornou Jermanovou": a second -ová surname in the same case as the first. */
function isSecondFemaleSurname(first: string, second: string): boolean {
  const ending = FEMALE_SURNAME_CASE.exec(second)?.[1];
  return ending !== undefined && first.endsWith(ending);
}

const FEMALE_SURNAME_CASE = /ov(á|é|ou)$/u;

function isLoneSurname(token: Token): boolean {
  return (token.shape & CAPITALISED) !== 0 && !roleLemma(token.text) && !isOnlyCommonWord(token.text);
}

function isSurnameShaped(token: Token): boolean {
  const word = token.text;
  return ((token.shape & CAPITALISED) !== 0 || ((token.shape & ALL_CAPS) !== 0 && word.length > 2 && !ROMAN.test(word))) && !roleLemma(word);
}

/** "BULÍŘ" → "Bulíř"; other words as written. */
function asWritten(token: Token): string {
  const word = token.text;
  return token.shape & ALL_CAPS ? word[0] + word.slice(1).toLowerCase() : word;
}

function surnameGender(surname: string): Gender {
  return /(?:á|é|ou)$/u.test(surname) ? 'f' : 'm';
}

function bestReading(readings: Reading[]): Reading | null {
  let best: Reading | null = null;
  for (const r of readings) {
    const score = r.weight + ((r.cases & NOM) !== 0 ? 0.2 : 0);
    const bestScore = best ? best.weight + ((best.cases & NOM) !== 0 ? 0.2 : 0) : -Infinity;
    if (score > bestScore) best = r;
  }
  return best;
}

interface Agreement {
  given: string;
  surname: string;
  gender: Gender;
  cases: number;
}

/** The reading of given name and surname(s) that agree in gender and case, most plausible first. */
function agree(givenReadings: Reading[], surnameWords: string[]): Agreement | null {
  const perWord = surnameWords.map((w) => surnameReadings(w));
  let best: (Agreement & { score: number }) | null = null;
  for (const g of givenReadings) {
    let cases = g.cases;
    let score = g.weight;
    const lemmas: string[] = [];
    for (const readings of perWord) {
      const fitting = readings.filter((r) => r.gender === g.gender && (r.cases & cases) !== 0);
      const chosen = bestReading(fitting);
      if (!chosen) {
        lemmas.length = 0;
        break;
      }
      cases &= chosen.cases;
      score += chosen.weight;
      lemmas.push(chosen.lemma);
    }
    if (lemmas.length !== surnameWords.length) continue;
    score += (cases & NOM) !== 0 ? 0.3 : 0;
    if (!best || score > best.score) best = { given: g.lemma, surname: lemmas.join(' '), gender: g.gender, cases, score };
  }
  return best;
}

/**
 * In a list written surname first ("Adamec Jiří, Ing. Marek Jan, Harvan Lukáš") a pair of two
 * given names is surname first too: "Marek Jan" is Jan Marek.
 */
function flipInReversedLists(text: string, mentions: Mention[]): void {
  let groupStart = 0;
  for (let k = 1; k <= mentions.length; k++) {
    const continues = k < mentions.length && onlyCommaBetween(text, mentions[k - 1]!.outerEnd, mentions[k]!.outerStart);
    if (continues) continue;
    const group = mentions.slice(groupStart, k);
    if (group.filter((m) => m.reversed).length >= 2) for (const m of group) flipGivenNamePair(m);
    groupStart = k;
  }
}

/** Whether text[start, end) is one comma with any whitespace around it (/^\s*,\s*$/), read without copying it. */
function onlyCommaBetween(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && WHITESPACE.startsAt(text, k)) k++;
  if (k >= end || text.charCodeAt(k) !== COMMA) return false;
  k++;
  while (k < end && WHITESPACE.startsAt(text, k)) k++;
  return k === end;
}

function flipGivenNamePair(m: Mention): void {
  if (m.reversed || !m.given || !isNominativeGivenName(m.surname) || !isNominativeGivenName(m.given)) return;
  const given = givenNameReadings(m.surname).find((r) => r.lemma === m.surname)!;
  [m.given, m.surname, m.gender, m.reversed] = [m.surname, m.given, given.gender, true];
}

/* ---------------- merging ---------------- */

interface PersonDraft {
  given: string | null;
  surname: string;
  gender: Gender | null;
  mentions: Mention[];
}

function nameOf(p: PersonDraft): string {
  return p.given ? `${p.given} ${p.surname}` : p.surname;
}

/** Names folded, remembered: merging folds every known surname again for each surname-only mention. */
const foldedNames = new Map<string, string>();

function fold(word: string): string {
  return cached(foldedNames, word, (w) => w.normalize('NFD').replace(/\p{M}/gu, ''));
}

function diacritics(word: string): number {
  return word.normalize('NFD').length - word.length;
}

/** "Rostislav Vocilka" and "Rostislav Vocílka" are one person, named with the diacritics. */
function mergeDiacriticVariants(byName: Map<string, PersonDraft>): void {
  const byFolded = new Map<string, PersonDraft>();
  for (const [key, person] of [...byName.entries()]) {
    const folded = fold(key);
    const kept = byFolded.get(folded);
    if (!kept) {
      byFolded.set(folded, person);
      continue;
    }
    const [winner, loser] = diacritics(nameOf(person)) > diacritics(nameOf(kept)) ? [person, kept] : [kept, person];
    winner.mentions.push(...loser.mentions);
    byName.delete(nameOf(loser));
    byFolded.set(folded, winner);
  }
}

function mergeMentions(mentions: Mention[]): PersonDraft[] {
  const byName = new Map<string, PersonDraft>();
  const full = mentions.filter((m) => m.given !== null);
  for (const m of full) {
    const key = `${m.given} ${m.surname}`;
    const person = byName.get(key) ?? { given: m.given, surname: m.surname, gender: m.gender, mentions: [] };
    person.mentions.push(m);
    byName.set(key, person);
  }
  mergeDiacriticVariants(byName);
  const named = [...byName.values()];
  for (const m of mentions.filter((x) => x.given === null)) {
    const lemmas = new Set([m.surname, ...m.surnameOptions.map((r) => r.lemma)]);
    const compatible = (p: PersonDraft) => (m.gender === null || p.gender === m.gender) && (!m.initial || p.given!.startsWith(m.initial));
    let fits = named.filter((p) => lemmas.has(p.surname) && compatible(p));
    // Text layers lose diacritics ("Spitálská" in a vote list, "paní Špitálská" in the minutes).
    if (fits.length === 0) fits = named.filter((p) => fold(p.surname) === fold(m.surname) && compatible(p));
    if (fits.length === 1) {
      const person = fits[0]!;
      person.mentions.push(m);
      if (diacritics(m.surname) > diacritics(person.surname) && fold(m.surname) === fold(person.surname)) person.surname = m.surname;
    }
    if (fits.length !== 0) continue;
    const person = byName.get(m.surname) ?? { given: null, surname: m.surname, gender: m.gender, mentions: [] };
    person.mentions.push(m);
    byName.set(m.surname, person);
  }
  return [...byName.values()].filter((p) => p.mentions.length > 0);
}

/** Bare later mentions of a surname already known from a full name: "dodal Langr", "upozornil Tulpa". */
function addRepeatedSurnames(text: string, tokens: Token[], people: PersonDraft[], mentions: Mention[]): void {
  const known = people.filter((p) => p.given !== null);
  if (known.length === 0) return;
  const prefixes = new Set(known.map((p) => p.surname.slice(0, 3)));
  // Compared before a token's prefix is sliced: most tokens start with another letter.
  const initials = new Set(known.map((p) => p.surname.charCodeAt(0)));
  const taken = overlapChecker(mentions.map((m) => m.span));
  for (const token of tokens) {
    if (!(token.shape & CAPITALISED) || !initials.has(token.text.charCodeAt(0)) || !prefixes.has(token.text.slice(0, 3)) || taken(token.start, token.end)) continue;
    const readings = surnameReadings(token.text);
    const fits = known.filter((p) => readings.some((r) => r.lemma === p.surname && r.gender === p.gender));
    if (fits.length !== 1) continue;
    fits[0]!.mentions.push({
      span: spanAt(text, token.start, token.end),
      given: fits[0]!.given,
      surname: fits[0]!.surname,
      gender: fits[0]!.gender,
      surnameOptions: [],
      initial: null,
      titles: [],
      outerStart: token.start,
      outerEnd: token.end,
    });
  }
}

/* ---------------- roles ---------------- */

function toPerson(text: string, p: PersonDraft): Person {
  const titles = new Set<string>();
  const roles = new Set<string>();
  for (const m of p.mentions) {
    for (const t of m.titles) titles.add(t);
    for (const r of rolesAround(text, m)) roles.add(r);
  }
  const mentions = p.mentions.map((m) => m.span).sort((a, b) => a.start - b.start);
  return { name: nameOf(p), titles: [...titles], roles: [...roles], mentions };
}

/** Where a role phrase runs into contact or register data ("… informatiky IČO: 70891095"). */
const ROLE_TAIL = /\s(?:IČO?|DIČ|adresa|tel|telefon|e-mail|mobil|se sídlem)(?![\p{L}]).*$/u;
/** Read sticky in the text, as if the text ended ROLE_AFTER_REACH characters after the name. */
const ROLE_AFTER = /,?\s?(?:(\p{Ll}+)\s)?(\p{Ll}+)([^,.;:()\d\n]{0,80})/uy;
const ROLE_AFTER_REACH = 100;
/** How far before a name a role or label is read. */
const ROLE_BEFORE_REACH = 90;
/** How many words before a name may hold a role. */
const ROLE_WORDS = 7;
/** What a role before a name may consist of. */
const WORD_OR_SPACE = new CharClass(/[\p{L}\p{M} ]/u);
const LOWERCASE = new CharClass(/\p{Ll}/u);

/** "hejtmana LK Martina Půty" → hejtman LK; "Petr Tulpa, náměstek hejtmana pro …"; "Zpracoval:". */
function rolesAround(text: string, m: Mention): string[] {
  const roles: string[] = [];
  const windowStart = Math.max(0, m.outerStart - ROLE_BEFORE_REACH);
  const label = text[WHITESPACE.runStart(text, m.outerStart, windowStart) - 1] === ':' && labelBefore(text, windowStart, m.outerStart);
  if (label) roles.push(label);
  const role = roleBefore(text, windowStart, m.outerStart);
  if (role) roles.push(role);
  const after = roleAfter(text, m.outerEnd);
  if (after) roles.push(after);
  return roles.length === 0 ? roles : roles.map((r) => r.replace(ROLE_TAIL, '')).filter(Boolean);
}

function labelBefore(text: string, windowStart: number, end: number): string | null {
  const label = LABEL_BEFORE.exec(text.slice(windowStart, end).replace(/\s+/gu, ' ').trimEnd());
  return label && label[1]!.toLowerCase();
}

/**
 * A role among the last words on the name's line ("hejtmana LK Martina Půty"), with the words
 * after it; the words are those after the last character that is no letter, mark or space. Read
 * back in the text: splitting the line into words for every mention cost more than the rest.
 */
function roleBefore(text: string, windowStart: number, end: number): string | null {
  const runStart = WORD_OR_SPACE.runStart(text, end, windowStart);
  let wordEnd = end;
  for (let words = 0; words < ROLE_WORDS; words++) {
    while (wordEnd > runStart && text.charCodeAt(wordEnd - 1) === SPACE) wordEnd--;
    if (wordEnd === runStart) return null;
    let wordStart = wordEnd - 1;
    while (wordStart > runStart && text.charCodeAt(wordStart - 1) !== SPACE) wordStart--;
    const lemma = roleLemma(text.slice(wordStart, wordEnd));
    if (lemma) return [lemma, ...text.slice(wordEnd, end).split(' ').filter(Boolean)].join(' ');
    wordEnd = wordStart;
  }
  return null;
}

/** "Martin Půta a ředitel Agentury …": after a conjunction the role is the next person's. */
const NEXT_PERSON_JOINERS = new Set(['a', 'i', 's', 'se', 'nebo', 'či', 'ani', 'ale', 'spolu']);

/** "Petr Tulpa, náměstek hejtmana pro …": a role right after the name. */
function roleAfter(text: string, end: number): string | null {
  // ROLE_AFTER's first lowercase letter is one of the next three characters: most names are followed by none.
  if (!LOWERCASE.startsAt(text, end) && !LOWERCASE.startsAt(text, end + 1) && !LOWERCASE.startsAt(text, end + 2)) return null;
  const reach = end + ROLE_AFTER_REACH;
  let after = stickyAt(ROLE_AFTER, text, end);
  // A match reaching past the reach may differ from the one in the cut text: take that one.
  if (after && ROLE_AFTER.lastIndex > reach) after = stickyAt(ROLE_AFTER, text.slice(0, reach), end);
  if (!after || (after[1] && NEXT_PERSON_JOINERS.has(after[1]))) return null;
  const first = after[1] ? roleLemma(after[1]) : null;
  if (first) return `${first} ${after[2]}${after[3]!.trimEnd()}`.replace(/\s+/gu, ' ');
  const second = roleLemma(after[2]!);
  return second && `${second}${after[3]!.trimEnd()}`.replace(/\s+/gu, ' ');
}
