/**
 * Czech regions (kraje): "Libereckého kraje", "v Plzeňském kraji", "Kraj Vysočina", coordinated
 * adjectives ("Jihočeského a Středočeského kraje"), the usual abbreviations ("LK", "KÚ LK", "JMK",
 * "Rada KHK"), and "Hlavní město Praha" when it stands as a region beside another region. Foreign
 * regions ("Banskobystrický kraj") and "kraj" alone never match: only the 14 names of the register.
 * Works on the shared word tokens: only the word "kraj" and short capitalised words are looked at.
 */
import type { Gazetteer } from '../../gazetteer/index.js';
import { adjectiveForms } from '../../morphology/index.js';
import type { Region } from '../../schema/record.js';
import { tokensOf, type Tokens } from '../municipalities/tokens.js';
import { spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

const PRAGUE_NUTS = 'CZ010';
const VYSOCINA_NUTS = 'CZ063';
const KRAJ_FORMS = new Set(['kraj', 'kraje', 'kraji', 'krajem', 'krajů', 'krajům', 'krajích']);
const KRAJ_SHORTEST = Math.min(...[...KRAJ_FORMS].map((form) => form.length));
const KRAJ_LONGEST = Math.max(...[...KRAJ_FORMS].map((form) => form.length));
const VYSOCINA_FORMS = new Set(['Vysočina', 'Vysočiny', 'Vysočině', 'Vysočinu', 'Vysočinou', 'VYSOČINA']);

/** Abbreviations used on their own ("LK", "JMK"): distinctive enough not to mean anything else. */
const ABBREVIATIONS = new Map(Object.entries({
  LK: 'CZ051', JMK: 'CZ064', MSK: 'CZ080', KHK: 'CZ052', KVK: 'CZ041', JČK: 'CZ031', ÚK: 'CZ042', ÚsK: 'CZ042',
  SČK: 'CZ020', StčK: 'CZ020', OLK: 'CZ071', ZLK: 'CZ072', PLK: 'CZ032', PaK: 'CZ053',
}));
/** Abbreviations that mean a region only after a regional institution ("KÚ OK", "HZS PK"). */
const PREFIXED_ABBREVIATIONS = new Map(Object.entries({ OK: 'CZ071', PK: 'CZ032', ZK: 'CZ072', SK: 'CZ020', KV: 'CZ041' }));
/** The first two letters of every abbreviation, as pair codes: most short capitalised words are ruled out without making their string. */
const ABBREVIATION_HEADS = new Set([...ABBREVIATIONS.keys(), ...PREFIXED_ABBREVIATIONS.keys()].map((a) => pairCode(a, 0)));
const INSTITUTIONS = new Set(['KÚ', 'KU', 'HZS', 'ZZS', 'Rada', 'Rady', 'Radě', 'Radou', 'Zastupitelstvo', 'Zastupitelstva', 'Zastupitelstvu']);
const COORDINATORS = new Set([',', 'a', 'i', 'nebo', 'či']);
const CAPITAL_REGION = /^Hlavní(?:ho|mu|m)? měst(?:o|a|u|em|ě) Prah(?:a|y|u|ou|ze)(?!\p{L})/u;

interface RegionIndex {
  /** Adjective form (as registered, in capitals, or in lower case: "ve středočeském kraji") → NUTS code. */
  adjectives: Map<string, string>;
  names: Map<string, string>;
}

function regionIndex(g: Gazetteer): RegionIndex {
  return g.derive('region-index', () => {
    const adjectives = new Map<string, string>();
    const names = new Map<string, string>();
    for (const region of g.register.regions) {
      names.set(region.code, region.name);
      const [adjective, noun] = region.name.split(' ');
      if (noun !== 'kraj' || !adjective) continue;
      for (const form of adjectiveForms(adjective) ?? [adjective]) {
        adjectives.set(form, region.code);
        adjectives.set(form.toUpperCase(), region.code);
        // The adjectives come from town names and mean nothing else before "kraj", whatever their case.
        adjectives.set(form.toLowerCase(), region.code);
      }
    }
    return { adjectives, names };
  });
}

/** One result per context: the municipality extractor reuses the regions as evidence. */
const found = new WeakMap<ExtractContext, Region[]>();

export function extractRegions(ctx: ExtractContext): Region[] {
  let regions = found.get(ctx);
  if (!regions) found.set(ctx, (regions = findRegions(ctx)));
  return regions;
}

const K = 'k'.charCodeAt(0);
const CAPITAL_K = 'K'.charCodeAt(0);

function findRegions(ctx: ExtractContext): Region[] {
  const { text } = ctx;
  const tokens = tokensOf(ctx);
  const index = regionIndex(ctx.gazetteer);
  const regions = new Map<string, Region>();
  const add = (code: string | undefined, first: number, last: number) => {
    const name = code && index.names.get(code);
    if (!code || !name) return;
    const region = regions.get(code) ?? { name, code, mentions: [] };
    region.mentions.push(spanAt(text, tokens.start(first), tokens.end(last)));
    regions.set(code, region);
  };
  const fullMentions: number[] = [];
  // Visits forms of "kraj" and capitalised words of two to four letters (the walk below picks only those).
  const visit = (i: number) => {
    const first = text.charCodeAt(tokens.start(i));
    if ((first === K || first === CAPITAL_K) && KRAJ_FORMS.has(tokens.lower(i))) {
      const adjective = i > 0 && tokens.joined(i - 1, i) ? index.adjectives.get(tokens.text(i - 1)) : undefined;
      if (adjective) {
        add(adjective, i - 1, i);
        fullMentions.push(i - 1);
      } else if (i + 1 < tokens.length && VYSOCINA_FORMS.has(tokens.text(i + 1)) && tokens.joined(i, i + 1)) {
        add(VYSOCINA_NUTS, i, i + 1);
        fullMentions.push(i);
      }
    } else {
      addAbbreviation(text, tokens, i, add);
    }
  };
  // Only forms of "kraj" and short capitalised words (abbreviations) can start a mention: visited in text order.
  const krajWords = krajTokens(tokens);
  const hlavni: number[] = []; // where "Hlavní město Praha" may start, noted on the way
  let k = 0;
  for (let c = 0; c < tokens.capitals.length; c++) {
    const i = tokens.capitals[c]!;
    const length = tokens.end(i) - tokens.start(i);
    if (length < 2 || length > 4) {
      if (text.startsWith('Hlavní', tokens.start(i))) hlavni.push(i);
      continue;
    }
    while (k < krajWords.length && krajWords[k]! < i) visit(krajWords[k++]!);
    if (krajWords[k] === i) k++;
    visit(i);
  }
  while (k < krajWords.length) visit(krajWords[k++]!);
  for (const at of fullMentions) addCoordinated(tokens, at, index, add);
  addCapitalAsRegion(text, tokens, hlavni, new Set(fullMentions), add);
  return [...regions.values()];
}

/** Tokens that are a form of "kraj" in any case, among those beginning with k or K (listed while tokenising). */
function krajTokens(tokens: Tokens): number[] {
  const found: number[] = [];
  for (let w = 0; w < tokens.kWords.length; w++) {
    const i = tokens.kWords[w]!;
    const length = tokens.end(i) - tokens.start(i);
    if (length >= KRAJ_SHORTEST && length <= KRAJ_LONGEST && KRAJ_FORMS.has(tokens.lower(i))) found.push(i);
  }
  return found;
}

/** The code units at `at` and after it folded into one small integer (a filter: some pairs share one). */
function pairCode(text: string, at: number): number {
  return text.charCodeAt(at) * 1024 + (text.charCodeAt(at + 1) & 1023);
}

type Add = (code: string | undefined, first: number, last: number) => void;

function addAbbreviation(text: string, tokens: Tokens, i: number, add: Add): void {
  if (!ABBREVIATION_HEADS.has(pairCode(text, tokens.start(i)))) return;
  const word = tokens.text(i);
  if (!ABBREVIATIONS.has(word) && !PREFIXED_ABBREVIATIONS.has(word)) return;
  if (gluedAfter(tokens, i) || (i > 0 && tokens.start(i) === tokens.end(i - 1))) return;
  if (ABBREVIATIONS.has(word)) add(ABBREVIATIONS.get(word), i, i);
  else if (PREFIXED_ABBREVIATIONS.has(word) && INSTITUTIONS.has(tokens.text(i - 1))) add(PREFIXED_ABBREVIATIONS.get(word), i, i);
}

/** A dash or a number written right after token i ("LK-123", "PK2"). */
function gluedAfter(tokens: Tokens, i: number): boolean {
  const next = i + 1;
  return next < tokens.length && tokens.start(next) === tokens.end(i) && /^[-\d]/u.test(tokens.text(next));
}

/** "Jihočeského a Středočeského kraje": adjectives coordinated with a full mention after them. */
function addCoordinated(tokens: Tokens, at: number, index: RegionIndex, add: Add): void {
  // A lower-case adjective joins only a lower-case head: "Arcibiskupstvím olomouckým a Zlínským krajem" names one region.
  const lowerCaseHead = !tokens.capitalised(at);
  for (let j = at - 1; j > 0; j -= 2) {
    const code = index.adjectives.get(tokens.text(j - 1));
    if (!COORDINATORS.has(tokens.text(j)) || !code || !tokens.joined(j - 1, j)) return;
    if (!lowerCaseHead && !tokens.capitalised(j - 1)) return;
    add(code, j - 1, j - 1);
  }
}

/** "Hlavní město Praha a Středočeský kraj", "kraj Hlavní město Praha": the capital as a region. */
function addCapitalAsRegion(text: string, tokens: Tokens, hlavni: number[], regionStarts: Set<number>, add: Add): void {
  for (const i of hlavni) {
    if (i + 2 >= tokens.length) continue;
    if (!CAPITAL_REGION.test(text.slice(tokens.start(i), tokens.end(i + 2) + 1))) continue;
    const coordinated = COORDINATORS.has(tokens.text(i + 3)) && regionStarts.has(i + 4);
    const afterKraj = KRAJ_FORMS.has(tokens.lower(i - 1));
    if (coordinated || afterKraj) add(PRAGUE_NUTS, i, i + 2);
  }
}
