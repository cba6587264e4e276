/** The dates extractor against its corpus: every value, no extra ones, spans that point at the text. */
import { describe, expect, it } from 'vitest';
import { DATE_CORPUS } from '../../src/extract/dates/corpus.js';
import { isoDay } from '../../src/extract/dates/calendar.js';
import { extractDates } from '../../src/extract/dates/index.js';
import { extractContext } from '../../src/extract/context.js';
import { wordFinder } from '../../src/extract/word-scan.js';

describe('dates corpus', () => {
  it('has at least 150 examples, negatives included', () => {
    expect(DATE_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(DATE_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(DATE_CORPUS.map((e) => [e.text, e] as const))('%s', (_text, example) => {
    const items = extractDates(extractContext(example.text, { documentDate: example.documentDate ?? null }));
    expect(items.map((d) => d.value).sort()).toEqual([...example.expected].sort());
    for (const d of items) {
      expect(example.text.slice(d.start, d.end)).toBe(d.text);
      expect(d.precision).toBe(d.value.length === 4 ? 'year' : d.value.length === 7 ? 'month' : 'day');
      expect(d.yearInferred).toBe(Boolean(example.documentDate) && d.yearInferred);
    }
  });
});

describe('date items', () => {
  it('marks both ends of a range', () => {
    const roles = extractDates(extractContext('od 1. 7. do 30. 9. 2016')).map((d) => d.role);
    expect(roles.sort()).toEqual(['range_end', 'range_start']);
  });

  it('says when the year came from the document date', () => {
    const [item] = extractDates(extractContext('ve čtvrtek 6. prosince', { documentDate: '2018-12-09' }));
    expect(item?.yearInferred).toBe(true);
  });

  it('skips spans already claimed by earlier extractors', () => {
    const text = 'usnesení č. 5/2016 ze dne 1. 2. 2016';
    const ctx = { ...extractContext(text), claimed: [{ text: '5/2016', start: 12, end: 18 }] };
    expect(extractDates(ctx).map((d) => d.value)).toEqual(['2016-02-01']);
  });

  it('writes only days the calendar has', () => {
    expect([isoDay(2020, 2, 29), isoDay(2000, 2, 29), isoDay(2019, 7, 5), isoDay(987, 12, 31)]).toEqual(['2020-02-29', '2000-02-29', '2019-07-05', '0987-12-31']);
    expect([isoDay(2019, 2, 29), isoDay(1900, 2, 29), isoDay(2019, 4, 31), isoDay(2019, 13, 1), isoDay(2019, 1, 0), isoDay(50, 1, 1)]).toEqual([null, null, null, null, null, null]);
  });

  it('reuses its scan of a context but takes the claims and document date of each call', () => {
    const ctx = extractContext('V roce 2016 a pak 1. 2. 2016, znovu 6. prosince.', { documentDate: '2018-12-09' });
    expect(extractDates(ctx, null).map((d) => d.value)).toEqual(['2016', '2016-02-01']);
    ctx.claimed.push({ text: '2016', start: 8, end: 12 });
    expect(extractDates(ctx).map((d) => d.value)).toEqual(['2016-02-01', '2018-12-06']);
  });
});

describe('word scan', () => {
  it('finds listed words in any letter case, and the listed words they start with', () => {
    const find = wordFinder(['pes', 'pesem', 'kočka']);
    expect(find('PES a Kočka, psi a pesem; poſel')).toEqual([
      { at: 0, word: 'pes' },
      { at: 6, word: 'kočka' },
      { at: 19, word: 'pes' },
      { at: 19, word: 'pesem' },
    ]);
    const other = wordFinder(['pos']);
    expect(find('pesem')).toEqual([{ at: 0, word: 'pes' }, { at: 0, word: 'pesem' }]);
    expect(other('poſel')).toEqual([{ at: 0, word: 'pos' }]);
  });

  it('finds whole words only where no letter follows them, also inside a longer word', () => {
    const find = wordFinder(['sto'], true);
    expect(find('místo, stoh a Sto').map((hit) => hit.at)).toEqual([2, 14]);
  });
});
