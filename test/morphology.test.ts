import { describe, expect, it } from 'vitest';
import { declineName, formsOf, inflect, isInDictionary } from '../src/morphology/index.js';
import { indexWordList } from '../src/morphology/wordList.js';

describe('word list indexed in place', () => {
  // A .dic read as Latin-1: UTF-8 bytes, one character each.
  const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const words = indexWordList(latin1('5\nMost/HQ\nmost/H\nMost/P\nŠimáček/Y\nÚř. \nAdria/í\n'));
  it('finds words with their flags, homographs merged, case kept', () => {
    expect(words.flagsOf('Most')).toBe('HQP');
    expect(words.flagsOf('most')).toBe('H');
    expect(words.flagsOf('Šimáček')).toBe('Y');
  });
  it('reads lines without flags, trailing spaces trimmed, and flags that are not ASCII', () => {
    expect(words.flagsOf('Úř.')).toBe('');
    expect(words.flagsOf('Adria')).toBe('í');
  });
  it('knows nothing else, prefixes included', () => {
    for (const word of ['Mos', 'Mosty', 'Šimáčk', '', 'Úř', '5', 'Most\u{1F600}', 'Most\uD800', 'x'.repeat(300)]) expect(words.flagsOf(word)).toBeUndefined();
  });
});

describe('dictionary (dictionary-cs read by our Hunspell generator)', () => {
  it('knows listed words, capitalised and lower case', () => {
    expect(isInDictionary('Liberec')).toBe(true);
    expect(isInDictionary('Ves')).toBe(true); // via "ves"
    expect(isInDictionary('Drhovy')).toBe(false);
  });
  it('generates case forms, irregular stems included', () => {
    expect(formsOf('Liberec')).toEqual(expect.arrayContaining(['Liberce', 'Liberci', 'Libercem']));
    expect(formsOf('Praha')).toContain('Praze');
    expect(formsOf('Brno')).toContain('Brně');
    expect(formsOf('Ves')).toContain('Vsi');
    expect(formsOf('Chrudim')).toContain('Chrudimi');
    expect(formsOf('Drhovy')).toEqual([]);
  });
  it('does not generate derived words (possessives)', () => {
    expect(formsOf('Most')).not.toContain('Mostův');
  });
});

describe('rules for words the dictionary lacks', () => {
  const cases: Array<[string, string[]]> = [
    ['Smržovka', ['Smržovky', 'Smržovce', 'Smržovku', 'Smržovkou']],
    ['Drhovy', ['Drhov', 'Drhovech', 'Drhovům']],
    ['Ralsko', ['Ralska', 'Ralsku', 'Ralskem']],
    ['Dešenice', ['Dešenic', 'Dešenicích', 'Dešenicím']],
    ['Čerčany', ['Čerčan', 'Čerčanech', 'Čerčanům']],
    ['Kvasiny', ['Kvasin', 'Kvasinách']],
    ['Sokolov', ['Sokolova', 'Sokolově', 'Sokolovem']],
    ['Vítkov', ['Vítkova', 'Vítkově']],
    ['Kolín', ['Kolína', 'Kolíně']],
    ['Tábor', ['Tábora', 'Táboře']],
    ['Kostelec', ['Kostelce', 'Kostelci', 'Kostelcem']],
    ['Frýdek', ['Frýdku', 'Frýdkem']],
    ['Lštění', ['Lštěním']],
    ['Dvůr', ['Dvora', 'Dvoře', 'Dvorem']],
    ['Chýně', ['Chýni', 'Chýní']],
  ];
  it.each(cases)('%s', (word, forms) => expect(inflect(word)).toEqual(expect.arrayContaining(forms)));
  it('adjectives agree by their own ending', () => {
    expect(inflect('Nové', true)).toEqual(expect.arrayContaining(['Nového', 'Novém', 'Novým']));
    expect(inflect('Česká', true)).toEqual(expect.arrayContaining(['České', 'Českou']));
    expect(inflect('Havlíčkův', true)).toEqual(expect.arrayContaining(['Havlíčkova', 'Havlíčkově']));
    expect(inflect('Dolní', true)).toEqual(expect.arrayContaining(['Dolních', 'Dolním']));
  });
});

describe('declineName', () => {
  it('declines the head and keeps a prepositional tail', () => {
    const tokens = declineName('Nové Město pod Smrkem');
    expect(tokens).toHaveLength(4);
    expect(tokens[0]).toContain('Nového');
    expect(tokens[1]).toContain('Města');
    expect(tokens[2]).toEqual(['pod']);
    expect(tokens[3]).toEqual(['Smrkem']);
  });
  it('declines both halves of a hyphenated name', () => {
    const tokens = declineName('Frýdek-Místek');
    expect(tokens.map((t) => t[0])).toEqual(['Frýdek', '-', 'Místek']);
    expect(tokens[0]).toContain('Frýdku');
    expect(tokens[2]).toContain('Místku');
  });
  it('plural names', () => {
    const [adjective, noun] = declineName('Velké Hamry');
    expect(adjective).toContain('Velkými');
    expect(noun).toEqual(expect.arrayContaining(['Hamrů', 'Hamrech']));
    expect(declineName('Mariánské Lázně')[1]).toEqual(expect.arrayContaining(['Lázní', 'Lázních']));
  });
});
