/** The signatories extractor against its corpus and the seeds: who signed, with role and organisation. */
import { describe, expect, it } from 'vitest';
import { extractPersons } from '../../src/extract/persons/index.js';
import { SIGNATORY_CORPUS } from '../../src/extract/signatories/corpus.js';
import { extractSignatories } from '../../src/extract/signatories/index.js';
import { processSeed, SEED_CASES, seedGold } from '../helpers.js';
import { extractContext } from '../../src/extract/context.js';

/** A person by name, an organisation signing on its own by its name in brackets. */
function signer(s: { name: string | null; organization?: string | null }): string {
  return s.name ?? `[${s.organization}]`;
}

describe('signatories corpus', () => {
  it('has examples of signing and of not signing', () => {
    expect(SIGNATORY_CORPUS.filter((e) => e.expected.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(SIGNATORY_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(SIGNATORY_CORPUS.map((e) => [e.text, e] as const))('%s', (_text, example) => {
    const ctx = extractContext(example.text);
    const signatories = extractSignatories(ctx, extractPersons(ctx));
    expect(signatories.map(signer).sort()).toEqual(example.expected.map(signer).sort());
    for (const want of example.expected) {
      const item = signatories.find((s) => signer(s) === signer(want))!;
      if (want.role !== undefined) expect(item.role).toBe(want.role);
      if (want.organization !== undefined) expect(item.organization).toBe(want.organization);
    }
    for (const item of signatories) expect(example.text.slice(item.start, item.end)).toBe(item.text);
  });
});

describe('signatories on the seeds', () => {
  it.each(SEED_CASES)('%s', async (_name, id, file) => {
    const record = await processSeed(file);
    expect(new Set(record.signatories.flatMap((s) => (s.name ? [s.name] : [])))).toEqual(new Set(seedGold(id).signatories));
  });

  it.each(SEED_CASES.filter(([, id]) => id === '002_d8e6a0855838f666'))('%s: the organisations signing on their own', async (_name, _id, file) => {
    const record = await processSeed(file);
    expect(record.signatories.map((s) => [s.name, s.organization, s.text.replace(/\s+/gu, ' ')])).toEqual([
      [null, 'Úřad vlády ČR', 'Úřad vlády ČR'],
      [null, 'Liberecký kraj', 'Liberecký kraj'],
    ]);
  });
});
