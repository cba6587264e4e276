/**
 * Links a matched name to one municipality. Names are shared (14× Nová Ves, several Heřmanice),
 * so the document's context decides: the districts of its unambiguous municipalities and of the
 * districts it names, and the regions it names or its unambiguous municipalities lie in. When the
 * context does not single one out, the result stays ambiguous (code null, candidates listed).
 */
import type { MunicipalityEntry } from '../../gazetteer/index.js';
import type { NameReading } from './match.js';

export interface Evidence {
  districts: Set<string>;
  regions: Set<string>;
}

export type Resolution =
  | { kind: 'resolved'; entry: MunicipalityEntry }
  | { kind: 'ambiguous'; name: string; candidates: MunicipalityEntry[] };

const DISTRICT_WEIGHT = 4;
const REGION_WEIGHT = 2;
/** A name written exactly as registered outweighs an inflected reading of another name. */
const EXACT_WEIGHT = 1;

/**
 * Short readings ("Brandýs" for Brandýs nad Labem-Stará Boleslav) win only through context;
 * a span that is nothing but a short reading is dropped (null) when context does not decide.
 */
export function resolve(names: NameReading[], evidence: Evidence): Resolution | null {
  // One reading naming one municipality, the usual case, needs no scoring.
  if (names.length === 1 && !names[0]!.short && names[0]!.indexed.municipalities.length === 1) return { kind: 'resolved', entry: names[0]!.indexed.municipalities[0]! };
  const scored = names.flatMap(({ indexed, exact }) =>
    indexed.municipalities.map((entry) => ({ entry, score: score(entry, evidence) + (exact ? EXACT_WEIGHT : 0) })),
  );
  const onlyShort = names.every((n) => n.short);
  if (onlyShort) {
    const best = Math.max(...scored.map((s) => s.score));
    const winners = scored.filter((s) => s.score === best);
    const singleLongHead = scored.length === 1 && names[0]!.indexed.headLength > 1;
    return winners.length === 1 && (best > 0 || singleLongHead) ? { kind: 'resolved', entry: winners[0]!.entry } : null;
  }
  if (scored.length === 1) return { kind: 'resolved', entry: scored[0]!.entry };
  const best = Math.max(...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === best).map((s) => s.entry);
  const chosen = winners.length === 1 && best > 0 ? winners[0]! : dominant(winners);
  if (chosen) return { kind: 'resolved', entry: chosen };
  const named = (names.find((n) => n.exact) ?? names.find((n) => !n.short) ?? names[0]!).indexed;
  return { kind: 'ambiguous', name: named.name, candidates: named.municipalities };
}

/**
 * Without context, a town far larger than every namesake is the one meant ("Písek", "Benešov"),
 * and of different names sharing a form ("Liberce": Liberec or Liberk) the larger town's.
 */
function dominant(entries: MunicipalityEntry[]): MunicipalityEntry | null {
  const [first, second] = [...entries].sort((a, b) => b.population - a.population);
  if (!first || !second) return first ?? null;
  if (first.population >= DOMINANT_POPULATION && first.population >= DOMINANCE * second.population) return first;
  const sameName = entries.filter((e) => e.name === first.name);
  const otherNames = entries.filter((e) => e.name !== first.name);
  const largestOther = Math.max(0, ...otherNames.map((e) => e.population));
  return sameName.length === 1 && first.population >= DOMINANCE * largestOther ? first : null;
}

const DOMINANT_POPULATION = 5000;
const DOMINANCE = 10;

function score(entry: MunicipalityEntry, evidence: Evidence): number {
  return (evidence.districts.has(entry.districtCode) ? DISTRICT_WEIGHT : 0) + (evidence.regions.has(entry.regionCode) ? REGION_WEIGHT : 0);
}

/** The unambiguous reading of a match (or, if asked, its dominant town), used as evidence for the others. */
export function unambiguous(names: NameReading[], orDominant = false): MunicipalityEntry | null {
  // A single reading, the usual case, is answered from its name's own list: nothing to keep per text.
  if (names.length === 1) return names[0]!.exact || !names[0]!.short ? fromList(names[0]!.indexed.municipalities, orDominant) : null;
  const cache = orDominant ? dominantCache : uniqueCache;
  let entry = cache.get(names);
  if (entry === undefined) cache.set(names, (entry = reading(names, orDominant)));
  return entry;
}

const uniqueCache = new WeakMap<NameReading[], MunicipalityEntry | null>();
const dominantCache = new WeakMap<NameReading[], MunicipalityEntry | null>();

function reading(names: NameReading[], orDominant: boolean): MunicipalityEntry | null {
  const exact = names.filter((n) => n.exact);
  const chosen = exact.length ? exact : names.filter((n) => !n.short);
  if (chosen.length !== 1) {
    const pool = chosen.flatMap((n) => n.indexed.municipalities);
    return pool.length === 1 ? pool[0]! : orDominant ? dominant(pool) : null;
  }
  return fromList(chosen[0]!.indexed.municipalities, orDominant);
}

/** One name's municipalities as the pool: its dominant town is kept for every text. */
function fromList(pool: MunicipalityEntry[], orDominant: boolean): MunicipalityEntry | null {
  return pool.length === 1 ? pool[0]! : orDominant ? dominantOfName(pool) : null;
}

const dominantOfNames = new WeakMap<MunicipalityEntry[], MunicipalityEntry | null>();

function dominantOfName(municipalities: MunicipalityEntry[]): MunicipalityEntry | null {
  let town = dominantOfNames.get(municipalities);
  if (town === undefined) dominantOfNames.set(municipalities, (town = dominant(municipalities)));
  return town;
}
