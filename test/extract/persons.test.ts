/** The persons extractor against its corpus and the seeds: nominative names, titles, roles, spans. */
import { Tokens } from '../../src/extract/municipalities/tokens.js';
import { nameTokens, tokenize } from '../../src/extract/persons/tokens.js';
import { describe, expect, it } from 'vitest';
import { PERSON_CORPUS } from '../../src/extract/persons/corpus.js';
import { extractPersons } from '../../src/extract/persons/index.js';
import { processSeed, SEED_CASES, seedGold } from '../helpers.js';
import { extractContext } from '../../src/extract/context.js';

describe('persons corpus', () => {
  it('has at least 100 examples, negatives included', () => {
    expect(PERSON_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(PERSON_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(PERSON_CORPUS.map((e) => [e.text, e] as const))('%s', (_text, example) => {
    const persons = extractPersons(extractContext(example.text));
    expect(persons.map((p) => p.name).sort()).toEqual(example.expected.map((e) => e.name).sort());
    for (const want of example.expected) {
      const person = persons.find((p) => p.name === want.name)!;
      if (want.titles) expect(person.titles).toEqual(want.titles);
      if (want.role) expect(person.roles).toContain(want.role);
      if (want.roles) expect(person.roles).toEqual(want.roles);
    }
    for (const mention of persons.flatMap((p) => p.mentions)) expect(example.text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('persons on the seeds', () => {
  it.each(SEED_CASES)('%s', async (_name, id, file) => {
    const record = await processSeed(file);
    expect(new Set(record.persons.map((p) => p.name))).toEqual(new Set(seedGold(id).persons));
  });
});

describe('name tokens', () => {
  // Joins, apostrophes for ť/ď/ľ, courtesy words, letters outside the table (µ, Greek, CJK), marks, dashes.
  const texts = [
    'Paní Krobová-Hášová a pan Kut\'ák, p. Jan Novák, doc. RNDr. Petr Ďuriš, Ph.D.',
    'Ing. Kuťák’s — JUDr. Pavel Ľupták; sl. Eva Nováková-Dvořáková a pp. Jelínek, Barek',
    'µ-Kovář Ωmega Σ pan 東京 Novák e\u0301 Sto-' + 'Horní-Dolní prof. akad. arch. Jan',
    'ZASTUPITEL HAVEL-KOS a p.Novák, Dr-Kraus \'Kraus\' -Kraus',
  ];
  it.each(texts)('reads the same tokens off the shared word tokens as by its own scan: %s', (text) => {
    const shared = new Tokens(text);
    expect(nameTokens(shared)).toEqual(tokenize(text));
  });

  it('uses the shared word tokens only when both see the same letters', () => {
    expect(new Tokens('Jan Novák a pan Kuťák').lettersAsNames).toBe(true);
    expect(new Tokens('Jan Novák, µ-meter').lettersAsNames).toBe(false);
  });
});
