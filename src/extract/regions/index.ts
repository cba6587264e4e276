/**
 * Czech regions (kraje): "Libereckého kraje", "v Plzeňském kraji", "Kraj Vysočina", coordinated
 * adjectives ("Jihočeského a Středočeského kraje"), the usual abbreviations ("LK", "KÚ LK", "JMK",
 * "Rada KHK"), and "Hlavní město Praha" when it stands as a region beside another region. Foreign
 * regions ("Banskobystrický kraj") and "kraj" alone never match: only the 14 names of the register.
 */
import type { Gazetteer } from '../../gazetteer/index.js';
import { adjectiveForms } from '../../morphology/index.js';
import type { Region } from '../../schema/record.js';
import { isDash, joined, tokenize, type Token } from '../municipalities/tokens.js';
import { spanAt } from '../span.js';
import type { ExtractContext } from '../types.js';

const KRAJ_FORMS = new Set(['kraj', 'kraje', 'kraji', 'krajem', 'krajů', 'krajům', 'krajích']);
const VYSOCINA_FORMS = new Set(['Vysočina', 'Vysočiny', 'Vysočině', 'Vysočinu', 'Vysočinou', 'VYSOČINA']);
const PRAGUE_NUTS = 'CZ010';
const VYSOCINA_NUTS = 'CZ063';

/** Abbreviations used on their own ("LK", "JMK"): long or distinctive enough not to mean anything else. */
const ABBREVIATIONS: Record<string, string> = {
  LK: 'CZ051', JMK: 'CZ064', MSK: 'CZ080', KHK: 'CZ052', KVK: 'CZ041', JČK: 'CZ031', ÚK: 'CZ042', ÚsK: 'CZ042',
  SČK: 'CZ020', StčK: 'CZ020', OLK: 'CZ071', ZLK: 'CZ072', PLK: 'CZ032', PaK: 'CZ053',
};
/** Abbreviations that mean a region only after a regional institution ("KÚ OK", "HZS PK"). */
const PREFIXED_ABBREVIATIONS: Record<string, string> = { OK: 'CZ071', PK: 'CZ032', ZK: 'CZ072', SK: 'CZ020', KV: 'CZ041' };
const INSTITUTION_PREFIXES = new Set(['KÚ', 'KU', 'HZS', 'ZZS', 'Rada', 'Rady', 'Radě', 'Radou', 'Zastupitelstvo', 'Zastupitelstva', 'Zastupitelstvu']);
const COORDINATORS = new Set(['a', ',', 'i', 'nebo', 'či']);

interface RegionIndex {
  /** Every case form of each region's adjective ("Libereckého" → CZ051). */
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
      for (const form of adjectiveForms(adjective) ?? [adjective]) adjectives.set(form, region.code);
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

function findRegions(ctx: ExtractContext): Region[] {
  const index = regionIndex(ctx.gazetteer);
  const tokens = tokenize(ctx.text);
  const found = new Map<string, Region>();
  const add = (code: string, first: number, last: number) => {
    const name = index.names.get(code);
    if (!name) return;
    const region = found.get(code) ?? { name, code, mentions: [] };
    region.mentions.push(spanAt(ctx.text, tokens[first]!.start, tokens[last]!.end));
    found.set(code, region);
  };
  const fullMentions: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const next = tokens[i + 1];
    const linked = !!next && joined(ctx.text, tokens[i]!, next);
    const adjective = index.adjectives.get(t) ?? index.adjectives.get(titleCaseWord(t));
    if (adjective && linked && KRAJ_FORMS.has(next.text.toLowerCase())) {
      add(adjective, i, i + 1);
      fullMentions.push(i);
    } else if (KRAJ_FORMS.has(t.toLowerCase()) && linked && VYSOCINA_FORMS.has(next.text)) {
      add(VYSOCINA_NUTS, i, i + 1);
      fullMentions.push(i);
    } else if (ABBREVIATIONS[t] && !isDash(next?.text ?? '')) {
      add(ABBREVIATIONS[t], i, i);
    } else if (PREFIXED_ABBREVIATIONS[t] && INSTITUTION_PREFIXES.has(tokens[i - 1]?.text ?? '')) {
      add(PREFIXED_ABBREVIATIONS[t], i, i);
    }
  }
  addCoordinated(ctx.text, tokens, index, fullMentions, add);
  addCapitalAsRegion(ctx.text, tokens, fullMentions, add);
  return [...found.values()];
}

const titleCaseWord = (t: string) => t.charAt(0) + t.slice(1).toLowerCase();

/** "Jihočeského a Středočeského kraje": an adjective coordinated with a full mention after it. */
function addCoordinated(
  text: string,
  tokens: Token[],
  index: RegionIndex,
  fullMentions: number[],
  add: (code: string, first: number, last: number) => void,
): void {
  for (const at of fullMentions) {
    let j = at - 1;
    while (j > 0 && COORDINATORS.has(tokens[j]!.text) && joined(text, tokens[j - 1]!, tokens[j]!)) {
      const code = index.adjectives.get(tokens[j - 1]!.text);
      if (!code) break;
      add(code, j - 1, j - 1);
      j -= 2;
    }
  }
}

const CAPITAL_REGION = /Hlavní(?:ho|mu|m)? měst(?:o|a|u|em|ě) Prah(?:a|y|u|ou|ze)/gu;

/** "Hlavní město Praha a Středočeský kraj": the capital as a region, beside another region. */
function addCapitalAsRegion(text: string, tokens: Token[], fullMentions: number[], add: (code: string, first: number, last: number) => void): void {
  const regionStarts = new Set(fullMentions.map((i) => tokens[i]!.start));
  for (const m of text.matchAll(CAPITAL_REGION)) {
    const first = tokens.findIndex((t) => t.start === m.index);
    const last = first + 2;
    const after = tokens[last + 1];
    const before = tokens[first - 1];
    const besideRegion =
      (after && COORDINATORS.has(after.text) && regionStarts.has(tokens[last + 2]?.start ?? -1)) ||
      (before && KRAJ_FORMS.has(before.text.toLowerCase()));
    if (first >= 0 && besideRegion) add(PRAGUE_NUTS, first, last);
  }
}
