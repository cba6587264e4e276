/** The amounts extractor against its corpus: every sum, no extra ones, spans that point at the text. */
import { describe, expect, it } from 'vitest';
import { AMOUNT_CORPUS, type AmountExpectation } from '../../src/extract/amounts/corpus.js';
import { extractAmounts } from '../../src/extract/amounts/index.js';
import type { AmountItem } from '../../src/schema/record.js';
import { extractContext } from '../../src/extract/context.js';

/** The item as far as the expectation describes it. */
function described(item: AmountItem, like: AmountExpectation): AmountExpectation {
  return {
    value: item.value,
    currency: item.currency,
    ...(like.qualifier !== undefined ? { qualifier: item.qualifier } : {}),
    ...(like.role !== undefined ? { role: item.role } : {}),
  };
}

const byValue = (a: AmountExpectation, b: AmountExpectation) => a.value - b.value;

describe('amounts corpus', () => {
  it('has at least 100 examples, negatives included', () => {
    expect(AMOUNT_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(AMOUNT_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(AMOUNT_CORPUS.map((e) => [e.text, e] as const))('%s', (_text, example) => {
    const items = extractAmounts(extractContext(example.text)).sort((a, b) => a.value - b.value);
    const expected = example.expected.map((e) => ({ currency: 'CZK', ...e })).sort(byValue);
    expect(items.map((item, i) => described(item, expected[i] ?? { value: 0 }))).toEqual(expected);
    for (const a of items) expect(example.text.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('amount items', () => {
  it('skips spans already claimed by earlier extractors', () => {
    const text = 'usnesení č. 500 Kč';
    const ctx = { ...extractContext(text), claimed: [{ text: '500', start: 12, end: 15 }] };
    expect(extractAmounts(ctx)).toEqual([]);
  });
});
