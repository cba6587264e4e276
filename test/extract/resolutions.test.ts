/** The resolutions extractor against its corpus and the seeds: ids, bodies, dates, years, spans. */
import { describe, expect, it } from 'vitest';
import { RESOLUTION_CORPUS } from '../../src/extract/resolutions/corpus.js';
import { extractResolutions } from '../../src/extract/resolutions/index.js';
import { processSeed, SEED_CASES, seedGold } from '../helpers.js';
import { extractContext } from '../../src/extract/context.js';

describe('resolutions corpus', () => {
  it('has at least 60 examples, negatives included', () => {
    expect(RESOLUTION_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(RESOLUTION_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(RESOLUTION_CORPUS.map((e) => [e.text, e] as const))('%s', (_text, example) => {
    const items = extractResolutions(extractContext(example.text));
    expect(items.map((r) => r.id)).toEqual(example.expected.map((e) => e.id));
    example.expected.forEach((want, i) => {
      const item = items[i]!;
      if (want.body !== undefined) expect(item.body).toBe(want.body);
      if (want.date !== undefined) expect(item.date).toBe(want.date);
      if (want.year !== undefined) expect(item.year).toBe(want.year);
    });
    for (const item of items) expect(example.text.slice(item.start, item.end)).toBe(item.text);
  });

  it('skips spans already claimed', () => {
    const text = 'usnesení č. 12/2019';
    expect(extractResolutions({ ...extractContext(text), claimed: [{ text: '12/2019', start: 12, end: 19 }] })).toEqual([]);
  });
});

describe('resolutions on the seeds', () => {
  it.each(SEED_CASES)('%s', async (_name, id, file) => {
    const record = await processSeed(file);
    expect(new Set(record.resolutions.map((r) => r.id))).toEqual(new Set(seedGold(id).resolutions));
  });
});
