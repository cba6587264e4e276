/**
 * The index the municipality extractor matches text against: every case form of every name,
 * keyed by the form of the name's first token. Matching a text costs one Map lookup per
 * capitalised word plus a check of the few names that begin with that form — never a loop over
 * the ~6,250 names. Built once per gazetteer (Gazetteer.derive).
 */
import { formsOf } from './forms.js';
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
  /** Forms of one-word names that are also ordinary Czech words ("Most", "Hory", "Místo"). */
  common: Set<string>;
  /** Forms of one-word names that are also persons' names ("Miroslav", "Kolín"). */
  personal: Set<string>;
}

export function nameIndex(gazetteer: Gazetteer): NameIndex {
  return gazetteer.derive('municipality-name-index', build);
}

function build(gazetteer: Gazetteer): NameIndex {
  const forms = formsOf(gazetteer.register);
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
  return { byFirstForm, common: new Set(forms.common), personal: new Set(forms.personal) };
}

function headLength(tokens: string[]): number {
  const end = tokens.findIndex((t, i) => i > 0 && (t === '-' || /^\p{Ll}/u.test(t)));
  return end < 0 ? tokens.length : end;
}
