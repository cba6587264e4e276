/**
 * Municipalities: every Czech obec, městys, město, statutární město and Praha the text refers to,
 * in any case form, linked to its official code. Matching uses the gazetteer's name index
 * (src/gazetteer/names.ts); the rules here decide which matches denote a municipality and which
 * municipality a shared name means.
 */
import type { Gazetteer, MunicipalityEntry } from '../../gazetteer/index.js';
import { nameIndex, type IndexedName, type NameIndex } from '../../gazetteer/names.js';
import type { Municipality, Span } from '../../schema/record.js';
import { isGivenNameForm } from '../persons/morphology.js';
import { extractRegions } from '../regions/index.js';
import { overlapChecker, spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';
import {
  adjectiveBeforeNoun,
  afterDistrictWord,
  cityPartCue,
  foreignCity,
  afterStreetWord,
  landscape,
  listNeighbours,
  localName,
  numberedPartBefore,
  personCue,
  placeCue,
  placeExpected,
  quarterBeforeNumberedPraha,
  unregisteredCompound,
} from './cues.js';
import { findNames, nameEnd, type NameMatch, type NameReading } from './match.js';
import { resolve, unambiguous, type Evidence } from './resolve.js';
import { MIN_TYPO_LENGTH, namesOneEditAway } from './typos.js';
import { isAllCaps, isCapitalised, isDash, titleCase, tokensOf, type Tokens } from './tokens.js';

export function extractMunicipalities(ctx: ExtractContext): Municipality[] {
  const index = nameIndex(ctx.gazetteer);
  const tokens = tokensOf(ctx);
  const matches = withTypos(ctx, tokens, findNames(ctx.text, tokens, index));
  const districts = new Set<string>();
  const claimed = overlapChecker(ctx.claimed);
  const candidates = matches.filter((m, k) => {
    if (claimed(m.start, m.end)) return false;
    if (afterDistrictWord(tokens, m.first)) {
      for (const code of districtCodes(ctx.gazetteer, m)) districts.add(code);
      return false;
    }
    return !notAPlace(ctx.text, tokens, m, matches[k - 1], index);
  });
  const accepted = hyphenatedPairs(tokens, acceptHomonyms(ctx.text, tokens, candidates, index), index);
  const regions = extractRegions(ctx).map((r) => r.code);
  const placed = villagesInContext(tokens, accepted, regions);
  return link(ctx, placed, evidence(placed, districts, regions));
}

/**
 * A village (obec) whose every namesake lies in a region nothing else in the text points to, while
 * the text clearly points elsewhere, is a local part of a town sharing the name ("dostanou
 * Sobětice, Dehtín, Habartice…" in a Plzeň-region text about Klatovy's parts), unless the text calls it an obec.
 */
function villagesInContext(tokens: Tokens, matches: NameMatch[], explicitRegions: string[]): NameMatch[] {
  let kept = matches;
  for (let size = -1; size !== kept.length; ) {
    size = kept.length;
    const support = regionSupport(kept, explicitRegions);
    const total = [...support.values()].reduce((n, voters) => n + voters.size, 0);
    kept = kept.filter((m) => {
      const entries = villagesOnly(m.names);
      if (!entries || calledObec(tokens, m.first)) return true;
      const own = codesOf(entries);
      const othersFor = (e: MunicipalityEntry) => votersOtherThan(support.get(e.regionCode), own) > 0;
      const ownVotes = entries.filter((e) => support.get(e.regionCode)?.has(e.code)).length;
      return entries.some(othersFor) || total - ownVotes < 2;
    });
  }
  return kept;
}

/** How many voters are not among `own`: counted through the few own codes, not the many voters. */
function votersOtherThan(voters: Set<string> | undefined, own: Set<string>): number {
  if (!voters) return 0;
  let mine = 0;
  for (const code of own) if (voters.has(code)) mine++;
  return voters.size - mine;
}

/** The municipalities a match can mean when every one is an obec, else null. */
function villagesOnly(names: NameReading[]): MunicipalityEntry[] | null {
  if (names.length !== 1) {
    const all = names.flatMap((n) => n.indexed.municipalities);
    return all.every(isVillage) ? all : null;
  }
  const entries = names[0]!.indexed.municipalities;
  let villages = villagesOfName.get(entries);
  if (villages === undefined) villagesOfName.set(entries, (villages = entries.every(isVillage) ? entries : null));
  return villages;
}

/** The codes of a list of municipalities, kept per list (a name's own list serves every text). */
function codesOf(entries: MunicipalityEntry[]): Set<string> {
  let codes = codeSets.get(entries);
  if (!codes) codeSets.set(entries, (codes = new Set(entries.map((e) => e.code))));
  return codes;
}

const codeSets = new WeakMap<MunicipalityEntry[], Set<string>>();

/** Per name, for every text: most matches have one reading. */
const villagesOfName = new WeakMap<MunicipalityEntry[], MunicipalityEntry[] | null>();
const isVillage = (e: MunicipalityEntry) => e.type === 'obec';

/** Who points at each region: a region named in the text (counting twice) and each unambiguous municipality but Praha. */
function regionSupport(matches: NameMatch[], explicitRegions: string[]): Map<string, Set<string>> {
  const support = new Map<string, Set<string>>();
  const vote = (region: string, voter: string) => support.set(region, (support.get(region) ?? new Set<string>()).add(voter));
  for (const code of explicitRegions) {
    vote(code, `${code} named`);
    vote(code, `${code} named, weighing two`);
  }
  for (const m of matches) {
    const entry = unambiguous(m.names, true);
    if (entry && entry.type !== 'hlavní město') vote(entry.regionCode, entry.code);
  }
  return support;
}

const OBEC_WORDS = new Set(['obec', 'obce', 'obci', 'obcí', 'OÚ', 'OU']);
const calledObec = (tokens: Tokens, first: number) => OBEC_WORDS.has(tokens.lower(first - 1)) || OBEC_WORDS.has(tokens.text(first - 1));

/**
 * Adds names written with a one-letter slip where a place is expected ("v Jabolnci nad Nisou"),
 * when exactly one name fits; each is reported as a warning.
 */
function withTypos(ctx: ExtractContext, tokens: Tokens, matches: NameMatch[]): NameMatch[] {
  const found: NameMatch[] = [];
  let k = 0; // the first match not ending before token i (matches are sorted and disjoint)
  for (let c = 0; c < tokens.capitals.length; c++) {
    const i = tokens.capitals[c]!;
    if (i === 0 || tokens.end(i) - tokens.start(i) < MIN_TYPO_LENGTH) continue;
    while (k < matches.length && matches[k]!.last < i) k++;
    if (k < matches.length && (matches[k]!.first === i || matches[k]!.last === i)) continue;
    if (!placeExpected(tokens, i) || adjectiveBeforeLowercase(tokens, i)) continue;
    // Most words are one edit away from no name: nothing to fit then.
    const near = namesOneEditAway(ctx.gazetteer, tokens.text(i));
    if (!near.length) continue;
    const fits = near
      .map((indexed) => ({ indexed, last: nameEnd(tokens, i, indexed) }))
      .filter((f) => f.last >= 0);
    const longest = Math.max(...fits.map((f) => f.last));
    const best = fits.filter((f) => f.last === longest);
    if (!best.length || new Set(best.map((f) => f.indexed.name)).size !== 1) continue;
    const match: NameMatch = { first: i, last: longest, start: tokens.start(i), end: tokens.end(longest), names: best.map((f) => ({ indexed: f.indexed, exact: false })) };
    ctx.warn({
      code: 'municipality_typo',
      message: `"${ctx.text.slice(match.start, match.end)}" read as ${best[0]!.indexed.name}: one letter differs from its forms.`,
      start: match.start,
      end: match.end,
    });
    found.push(match);
  }
  return found.length ? [...matches, ...found].sort((a, b) => a.first - b.first) : matches;
}

/** "v Žižkových sadech": an adjective before its noun is not a mistyped place name. */
function adjectiveBeforeLowercase(tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.length) return false;
  return /(?:ých|ého|ém|ému|ým|ými|ou|ý|á|é)$/u.test(tokens.text(i)) && /^\p{Ll}{2}/u.test(tokens.text(i + 1)) && tokens.joined(i, i + 1);
}

/** Streets, persons, city parts, districts written as "Brno-venkov", street addresses. */
function notAPlace(text: string, tokens: Tokens, m: NameMatch, previous: NameMatch | undefined, index: NameIndex): boolean {
  if (afterStreetWord(tokens, m.first) || personCue(tokens, m.first) || numberedPartBefore(tokens, m.first)) return true;
  if (partOfCity(tokens, m, previous) || landscape(tokens, m.first, m.names[0]!.indexed.name)) return true;
  if (unregisteredCompound(tokens, m.first) || cityPartCue(tokens, m.first) || localName(text, tokens, m.first)) return true;
  if (quarterBeforeNumberedPraha(tokens, m.last)) return true;
  if (foreignCity(tokens, m.first, m.names[0]!.indexed.name)) return true;
  const next = m.last + 1;
  if (next < tokens.length && isDash(tokens.text(next)) && tokens.start(next) === tokens.end(m.last) && DISTRICT_SUFFIXES.has(tokens.text(next + 1))) return true;
  if (tokens.numeric(next) && tokens.joined(m.last, next) && streetWithNumber(m)) return true;
  return looksLikePerson(tokens, m, index);
}

/** "Brno-venkov", "Praha-východ": districts, not the town. */
const DISTRICT_SUFFIXES = new Set(['venkov', 'město', 'jih', 'sever', 'východ', 'západ']);

/** "Husova 12": an inflected form before a house number is a street, unless the city numbers its parts ("Prahy 5"). */
function streetWithNumber(m: NameMatch): boolean {
  return !m.names.some((n) => n.exact || n.indexed.municipalities.some((e) => e.type === 'statutární město' || e.type === 'hlavní město'));
}

/** "Ostrava-Poruba", "Praha-Chodov": after a city with districts, the hyphenated word is a part. */
function partOfCity(tokens: Tokens, m: NameMatch, previous: NameMatch | undefined): boolean {
  const dash = m.first - 1;
  if (!previous || dash < 0 || !isDash(tokens.text(dash)) || previous.last !== m.first - 2) return false;
  if (tokens.start(dash) !== tokens.end(previous.last) || tokens.end(dash) !== tokens.start(m.first)) return false;
  return previous.names.some((n) => n.indexed.municipalities.some((e) => e.type === 'statutární město' || e.type === 'hlavní město'));
}

/**
 * A name next to a given name is a surname ("Jan Kolín", "Pavel Svoboda"); a one-word name that is
 * itself a person's name, before another capitalised word, is a given name ("Miroslav Novák").
 */
function looksLikePerson(tokens: Tokens, m: NameMatch, index: NameIndex): boolean {
  const word = tokens.text(m.first);
  if (m.first >= 1 && isGivenNameForm(tokens.text(m.first - 1)) && tokens.joined(m.first - 1, m.first)) return true;
  if (m.first !== m.last || !(index.personal.has(word) || isGivenNameForm(word))) return false;
  const next = m.last + 1;
  if (next >= tokens.length) return false;
  const following = tokens.text(next);
  return isCapitalised(following) && following !== following.toUpperCase() && tokens.joined(m.last, next) && !index.byFirstForm.has(following);
}

/**
 * A one-word name that is also an ordinary word ("Most", "Místo", "Česká") counts only with a
 * cue that it names a place: a preposition or "město/obec/úřad" before it, a postcode, or a list
 * together with other municipalities ("Chomutov, Most, Nový Bor").
 */
function acceptHomonyms(text: string, tokens: Tokens, matches: NameMatch[], index: NameIndex): NameMatch[] {
  const homonym = matches.map((m) => isHomonym(tokens, m, index));
  const commonPhrase = matches.map((m, k) => homonym[k] && adjectiveBeforeNoun(tokens, m.last));
  const accepted = matches.map((m, k) => !homonym[k] || (!commonPhrase[k] && placeCue(text, tokens, m.first, m.last)));
  // Each pass visits, in text order, the homonyms still waiting, and sees what the pass accepted before them.
  let waiting = matches.map((_, k) => k).filter((k) => !accepted[k] && !commonPhrase[k]);
  for (let changed = true; changed; waiting = waiting.filter((k) => !accepted[k])) {
    changed = false;
    for (const k of waiting) {
      const m = matches[k]!;
      const left = matches[k - 1];
      const right = matches[k + 1];
      if ((left && accepted[k - 1] && listNeighbours(tokens, left.last, m.first)) || (right && accepted[k + 1] && listNeighbours(tokens, m.last, right.first))) {
        accepted[k] = true;
        changed = true;
      }
    }
  }
  return matches.filter((_, k) => accepted[k]);
}

function isHomonym(tokens: Tokens, m: NameMatch, index: NameIndex): boolean {
  if (m.first !== m.last) return false;
  const word = tokens.text(m.first);
  return index.common.has(word) || (isAllCaps(word) && index.common.has(titleCase(word)));
}

/**
 * "Vítkov-Budišov": a shortened second half means the longer name in the first half's district
 * (Budišov nad Budišovkou). A small obec after a dash that lies elsewhere is a part of the first
 * town ("Litvínov – Janov"), not the like-named village.
 */
function hyphenatedPairs(tokens: Tokens, matches: NameMatch[], index: NameIndex): NameMatch[] {
  return matches.filter((m, k) => {
    const previous = matches[k - 1];
    if (!previous || m.first < 1 || !isDash(tokens.text(m.first - 1)) || previous.last !== m.first - 2 || !tokens.joined(m.first - 1, m.first)) return true;
    const districtsLeft = new Set(previous.names.flatMap((n) => n.indexed.municipalities.map((e) => e.districtCode)));
    const inDistrict = (n: IndexedName) => n.municipalities.some((e) => districtsLeft.has(e.districtCode));
    const near = m.names.filter((n) => inDistrict(n.indexed));
    if (near.length) {
      m.names = near;
      return true;
    }
    const written = Array.from({ length: m.last - m.first + 1 }, (_, k) => tokens.text(m.first + k));
    const longer = (index.byFirstForm.get(written[0]!) ?? []).filter((n) => n.tokens.length > written.length && inDistrict(n));
    if (longer.length) {
      m.names = longer.map((indexed) => ({ indexed, exact: false }));
      return true;
    }
    return m.names.some((n) => n.indexed.municipalities.some(isTown));
  });
}

/** Large enough to be named beside another town in a route or a pair ("Praha – Liberec"). */
const isTown = (e: MunicipalityEntry) => e.type === 'statutární město' || e.type === 'hlavní město' || e.population >= 5000;

function districtCodes(g: Gazetteer, m: NameMatch): string[] {
  const names = new Set(m.names.map((n) => n.indexed.name));
  return g.register.districts.filter((d) => names.has(d.name)).map((d) => d.code);
}

function evidence(matches: NameMatch[], districts: Set<string>, explicitRegions: string[]): Evidence {
  const regions = new Set(explicitRegions);
  for (const m of matches) {
    const entry = unambiguous(m.names);
    if (entry) {
      districts.add(entry.districtCode);
      regions.add(entry.regionCode);
    }
  }
  return { districts, regions };
}

function link(ctx: ExtractContext, matches: NameMatch[], context: Evidence): Municipality[] {
  const found = new Map<string, Municipality>();
  const resolved = new Map<NameMatch['names'], ReturnType<typeof resolve>>();
  for (const m of matches) {
    let resolution = resolved.get(m.names);
    if (resolution === undefined) resolved.set(m.names, (resolution = resolve(m.names, context)));
    if (!resolution) continue;
    const mention = spanAt(ctx.text, m.start, m.end);
    if (resolution.kind === 'resolved') {
      const code = resolution.entry.code;
      let municipality = found.get(code);
      if (!municipality) found.set(code, (municipality = item(resolution.entry)));
      municipality.mentions.push(mention);
    } else {
      const key = `?${resolution.name}`;
      let municipality = found.get(key);
      if (!municipality) {
        found.set(key, (municipality = ambiguousItem(resolution.name, resolution.candidates)));
        warnAmbiguous(ctx, resolution.name, resolution.candidates, mention);
      }
      municipality.mentions.push(mention);
    }
  }
  return [...found.values()];
}

function item(e: MunicipalityEntry): Municipality {
  return { name: e.name, code: e.code, district: e.district, region: e.region, candidates: [], mentions: [] };
}

function ambiguousItem(name: string, candidates: MunicipalityEntry[]): Municipality {
  return {
    name,
    code: null,
    district: null,
    region: null,
    candidates: candidates.map((c) => ({ code: c.code, district: c.district, region: c.region })),
    mentions: [],
  };
}

function warnAmbiguous(ctx: ExtractContext, name: string, candidates: MunicipalityEntry[], at: Span): void {
  ctx.warn({
    code: 'municipality_ambiguous',
    message: `"${name}" names ${candidates.length} municipalities (${candidates.map((c) => `${c.code} ${c.district}`).join(', ')}); the text does not say which, so no code is given.`,
    start: at.start,
    end: at.end,
  });
}
