/**
 * A small reader of Hunspell dictionaries (.aff + .dic) that GENERATES the inflected forms of a
 * word, which nspell (a spell checker) does not expose. Only what the Czech dictionary uses is
 * implemented: single-character flags, SFX rules with strip/add/condition, FORBIDDENWORD and
 * CIRCUMFIX flags. Suffixes that carry continuation flags (e.g. "ův/Y", possessive adjectives of
 * surnames) derive new words rather than case forms and are not generated; neither are prefixes
 * (PFX, the Czech "ne-" negation).
 */

import type { WordList } from './wordList.js';

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

export interface Hunspell {
  /** Flags of every entry spelled exactly `word` (homographs such as "Most" are merged). */
  flagsOf(word: string): string | undefined;
  /** The word itself and every form its suffix flags generate; [] when the word is not listed. */
  forms(word: string): string[];
  /** Lemmas the word is a form of (analysis: suffix rules applied backwards); [] when none. */
  lemmasOf(word: string): string[];
}

export function parseHunspell(aff: string, words: WordList): Hunspell {
  const { suffixes, skipFlags } = parseAff(aff);
  const apply = (word: string, flags: string, out: Set<string>) => {
    for (const flag of flags) {
      for (const rule of suffixes.get(flag) ?? []) {
        if (rule.condition.test(word) && word.endsWith(rule.strip)) out.add(word.slice(0, word.length - rule.strip.length) + rule.add);
      }
    }
  };
  const byAdd = new Map<string, Array<SuffixRule & { flag: string }>>();
  for (const [flag, rules] of suffixes) {
    for (const rule of rules) byAdd.set(rule.add, [...(byAdd.get(rule.add) ?? []), { ...rule, flag }]);
  }
  const longestAdd = Math.max(...[...byAdd.keys()].map((a) => a.length));
  return {
    flagsOf: (word) => words.flagsOf(word),
    lemmasOf(word) {
      const lemmas = new Set<string>();
      if (words.flagsOf(word) !== undefined) lemmas.add(word);
      for (let k = 0; k <= Math.min(longestAdd, word.length - 1); k++) {
        for (const rule of byAdd.get(word.slice(word.length - k)) ?? []) {
          const lemma = word.slice(0, word.length - k) + rule.strip;
          if (words.flagsOf(lemma)?.includes(rule.flag) && rule.condition.test(lemma)) lemmas.add(lemma);
        }
      }
      return [...lemmas].filter((lemma) => ![...skipFlags].some((f) => words.flagsOf(lemma)!.includes(f)));
    },
    forms(word) {
      const flags = words.flagsOf(word);
      if (flags === undefined) return [];
      if ([...skipFlags].some((f) => flags.includes(f))) return [];
      const out = new Set<string>([word]);
      apply(word, flags, out);
      return [...out];
    },
  };
}

function parseAff(aff: string): { suffixes: Map<string, SuffixRule[]>; skipFlags: Set<string> } {
  const suffixes = new Map<string, SuffixRule[]>();
  const skipFlags = new Set<string>();
  for (const line of aff.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === 'FORBIDDENWORD' || parts[0] === 'CIRCUMFIX') skipFlags.add(parts[1]!);
    // A rule line has 5 fields; the header "SFX X Y 24" has 4.
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag, strip, addWithFlags, condition] = parts as [string, string, string, string, string];
    const [add, continuation] = addWithFlags.split('/') as [string, string?];
    if (continuation) continue;
    const list = suffixes.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    });
    suffixes.set(flag, list);
  }
  return { suffixes, skipFlags };
}
