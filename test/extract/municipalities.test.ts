/** The municipalities extractor against its corpus and the seeds in every format. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_CORPUS } from '../../src/extract/municipalities/corpus.js';
import { extractMunicipalities } from '../../src/extract/municipalities/index.js';
import { processDocument } from '../../src/process.js';
import type { Warning } from '../../src/schema/record.js';
import { extractContext } from '../../src/extract/context.js';
import { loadFixture } from '../../src/check/expected.js';
import { SHARED } from '../helpers.js';

function run(text: string) {
  const warnings: Warning[] = [];
  const ctx = extractContext(text, { warn: (w) => warnings.push(w) });
  return { items: extractMunicipalities(ctx), warnings };
}

describe('municipalities corpus', () => {
  it('has at least 150 examples, negatives included', () => {
    expect(MUNICIPALITY_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(MUNICIPALITY_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(MUNICIPALITY_CORPUS.map((e) => [e.text, e] as const))('%s', (_text, example) => {
    const { items } = run(example.text);
    expect(items.map((m) => `${m.name} ${m.code}`).sort()).toEqual([...example.expected].sort());
    for (const m of items) for (const s of m.mentions) expect(example.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('municipality items', () => {
  it('carry district and region when linked', () => {
    const [item] = run('Magistrát města Liberec').items;
    expect(item).toMatchObject({ name: 'Liberec', code: '563889', district: 'Liberec', region: 'Liberecký kraj', candidates: [] });
  });

  it('list the candidates and warn when a shared name stays ambiguous', () => {
    const { items, warnings } = run('Nová Ves');
    expect(items[0]?.code).toBeNull();
    expect(items[0]?.candidates.length).toBe(14);
    expect(warnings.map((w) => w.code)).toEqual(['municipality_ambiguous']);
  });

  it('keep every mention', () => {
    const [item] = run('Liberec a Liberci, v Liberci').items;
    expect(item?.mentions.map((m) => m.text)).toEqual(['Liberec', 'Liberci', 'Liberci']);
  });

  it('skip names inside spans claimed by person names', () => {
    const text = 'Přišel Jan Kolín.';
    const ctx = extractContext(text, { claimed: [{ text: 'Jan Kolín', start: 7, end: 16 }] });
    expect(extractMunicipalities(ctx)).toEqual([]);
  });
});

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');

describe('seeds in every format', () => {
  const files = readdirSync(SEEDS).filter((f) => /\.(txt|md|pdf|docx|odt)$/.test(f));
  it('has all 20 files', () => expect(files.length).toBe(20));
  it.each(files)('%s', async (file) => {
    const expected = JSON.parse(readFileSync(join(SEEDS, file.replace(/\.\w+$/, '.expected.json')), 'utf8'));
    const record = await processDocument(readFileSync(join(SEEDS, file)), { path: file });
    const codes = Object.fromEntries(record.municipalities.map((m) => [m.name, m.code]));
    expect(codes).toEqual(expected.municipality_codes);
    expect(record.regions.map((r) => r.name).sort()).toEqual([...expected.regions].sort());
  });
});

describe('development corpus (fixtures/corpus), measured not asserted per document', () => {
  it.skipIf(!existsSync(SHARED))('keeps precision and recall above the floor', async () => {
    let tp = 0, fp = 0, fn = 0;
    const dir = join(import.meta.dirname, '../../fixtures/corpus');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.expected.json'))) {
      const { expected, documents } = loadFixture(join(dir, f), SHARED);
      const path = documents[0];
      if (!path || /\.(doc|odt)$/.test(path)) continue;
      const record = await processDocument(readFileSync(path), { path });
      const got = new Set(record.municipalities.map((m) => `${m.name} ${m.code}`));
      const want = new Set(Object.entries(expected.municipality_codes).map(([n, c]) => `${n} ${c}`));
      for (const g of got) (want.has(g) ? tp++ : fp++);
      for (const w of want) if (!got.has(w)) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThan(0.85);
    expect(tp / (tp + fn)).toBeGreaterThan(0.85);
  });
});

describe('typos', () => {
  it('link a one-letter slip in a long name with a warning', () => {
    const { items, warnings } = run('Bydlí v Jabolnci nad Nisou.');
    expect(items.map((m) => m.code)).toEqual(['563510']);
    expect(warnings.map((w) => w.code)).toEqual(['municipality_typo']);
  });

  it('leave short words and words where no place is expected alone', () => {
    expect(run('v Mostu a v Msotu').items.map((m) => m.name)).toEqual(['Most']);
    expect(run('Jabolnci nad Nisou').items).toEqual([]);
  });
});
