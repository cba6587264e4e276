/** The regions extractor against its corpus. */
import { describe, expect, it } from 'vitest';
import { REGION_CORPUS } from '../../src/extract/regions/corpus.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { loadGazetteer } from '../../src/gazetteer/index.js';
import { extractContext } from '../../src/extract/context.js';

const gazetteer = loadGazetteer();
const run = (text: string) => extractRegions(extractContext(text));

describe('regions corpus', () => {
  it('has at least 50 examples, negatives included', () => {
    expect(REGION_CORPUS.length).toBeGreaterThanOrEqual(50);
    expect(REGION_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(REGION_CORPUS.map((e) => [e.text, e] as const))('%s', (_text, example) => {
    const items = run(example.text);
    expect(items.map((r) => r.name).sort()).toEqual([...example.expected].sort());
    for (const r of items) for (const s of r.mentions) expect(example.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('region items', () => {
  it('carry the NUTS code and every mention', () => {
    const [item] = run('Liberecký kraj a v Libereckém kraji, LK');
    expect(item).toMatchObject({ name: 'Liberecký kraj', code: 'CZ051' });
    expect(item?.mentions.map((m) => m.text)).toEqual(['Liberecký kraj', 'Libereckém kraji', 'LK']);
  });

  it('know all 14 regions by their nominative', () => {
    const text = gazetteer.register.regions.map((r) => r.name).join(', ');
    const found = run(text.replace('Hlavní město Praha, ', '')).map((r) => r.code).sort();
    expect(found).toEqual(gazetteer.register.regions.map((r) => r.code).filter((c) => c !== 'CZ010').sort());
  });
});
