/**
 * The index the municipality extractor matches text against: every case form of every name,
 * keyed by the form of the name's first token. Matching a text costs one Map lookup per
 * capitalised word plus a check of the few names that begin with that form — never a loop over
 * the ~6,250 names. Built once per gazetteer (Gazetteer.derive).
 */
import { caseForms } from './forms.js';
import type { Gazetteer, MunicipalityEntry } from './index.js';

export interface IndexedName {
  name: string;
  /** The name's own tokens ("Nové", "Město", "pod", "Smrkem"). */
  tokens: string[];
  /** Accepted forms of the tokens after the first. */
  rest: Array<Set<string>>;
  /** Tokens before a prepositional tail or a hyphen: "Brandýs" of "Brandýs nad Labem-Stará Boleslav". */
  headLength: number;
  /** Municipalities of this name, military areas excluded (they are not municipalities in law). */
  municipalities: MunicipalityEntry[];
}

export interface NameIndex {
  byFirstForm: Map<string, IndexedName[]>;
  /** A bit per hash of every key of byFirstForm (see mayBeFirstForm). */
  firstFormBits: Uint32Array;
  /** Forms of one-word names that are also ordinary Czech words ("Most", "Hory", "Místo"). */
  common: Set<string>;
  /** Forms of one-word names that are also persons' names ("Miroslav", "Kolín"). */
  personal: Set<string>;
}

export function nameIndex(gazetteer: Gazetteer): NameIndex {
  return gazetteer.derive('municipality-name-index', build);
}

function build(gazetteer: Gazetteer): NameIndex {
  const forms = caseForms(gazetteer);
  const byFirstForm = new Map<string, IndexedName[]>();
  for (const [name, entries] of gazetteer.municipalitiesByName) {
    const municipalities = entries.filter((m) => m.type !== 'vojenský újezd');
    const tokenForms = forms.names[name];
    if (!municipalities.length || !tokenForms) continue;
    const indexed: IndexedName = {
      name,
      tokens: tokenForms.map((t) => t[0]!),
      rest: tokenForms.slice(1).map((t) => new Set(t)),
      headLength: headLength(tokenForms.map((t) => t[0]!)),
      municipalities,
    };
    for (const form of tokenForms[0]!) {
      const list = byFirstForm.get(form);
      if (list) list.push(indexed);
      else byFirstForm.set(form, [indexed]);
    }
  }
  return { byFirstForm, firstFormBits: hashBits(byFirstForm.keys()), common: new Set(forms.common), personal: new Set(forms.personal) };
}

function headLength(tokens: string[]): number {
  const end = tokens.findIndex((t, i) => i > 0 && (t === '-' || /^\p{Ll}/u.test(t)));
  return end < 0 ? tokens.length : end;
}

/** 2^20 bits for ~45,000 forms: about one unknown word in twenty passes by chance. */
const HASH_BITS = 20;

function hashBits(forms: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(1 << (HASH_BITS - 5));
  for (const form of forms) {
    const h = spanHash(form, 0, form.length);
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

/** FNV-1a over the code units of text[start, end), reduced to HASH_BITS bits; -1 when a letter cannot be lower-cased here. */
function spanHash(text: string, start: number, end: number, titleCased = false): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (titleCased && i > start) {
      c = c < LOWER.length ? LOWER[c]! : 0;
      if (c === 0) return -1;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> (32 - HASH_BITS);
}

/**
 * Lower case of each code unit below Greek, as toLowerCase gives it, or 0 where that is no single
 * code unit (İ); above, context (final sigma) or surrogate pairs could make it differ from the string's.
 */
const LOWER = Uint16Array.from({ length: 0x370 }, (_, c) => {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : 0;
});

/**
 * False when text[start, end) is certainly no key of byFirstForm (or, `titleCased`, when its
 * titleCase is none: "LIBEREC" read as "Liberec"); checked without making a string, since most
 * capitalised words of a text begin no name.
 */
export function mayBeFirstForm(index: NameIndex, text: string, start: number, end: number, titleCased = false): boolean {
  const h = spanHash(text, start, end, titleCased);
  return h < 0 || (index.firstFormBits[h >>> 5]! & (1 << (h & 31))) !== 0;
}
