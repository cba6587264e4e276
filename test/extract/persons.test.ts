/** The persons extractor against its corpus and the seeds: nominative names, titles, roles, spans. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSON_CORPUS } from '../../src/extract/persons/corpus.js';
import { extractPersons } from '../../src/extract/persons/index.js';
import { processDocument } from '../../src/process.js';
import { SEED_IDS, seedFiles, seedGold } from '../helpers.js';
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
    }
    for (const mention of persons.flatMap((p) => p.mentions)) expect(example.text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

describe('persons on the seeds', () => {
  const files = SEED_IDS.flatMap((id) => seedFiles(id).map((file) => [id, file] as const));
  it.each(files.map(([id, file]) => [basename(file), id, file] as const))('%s', async (name, id, file) => {
    const record = await processDocument(readFileSync(file), { path: name });
    expect(new Set(record.persons.map((p) => p.name))).toEqual(new Set(seedGold(id).persons));
  });
});
