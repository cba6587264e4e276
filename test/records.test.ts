/** Every fixture's record: valid, spans that point at their text, sorted, deterministic. */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, RecordSchema, type CzdocRecord, type Span } from '../src/index.js';
import { observe } from '../src/check/compare.js';
import { processSeed, SEED_IDS, seedFiles } from './helpers.js';

const files = SEED_IDS.flatMap(seedFiles);
const records = new Map<string, CzdocRecord>();

beforeAll(async () => {
  for (const file of files) records.set(file, await processSeed(file));
});

function spansOf(record: CzdocRecord): Span[] {
  return [
    ...record.dates,
    ...record.amounts,
    ...record.resolutions,
    ...record.signatories,
    ...record.municipalities.flatMap((m) => m.mentions),
    ...record.regions.flatMap((r) => r.mentions),
    ...record.persons.flatMap((p) => p.mentions),
    ...(record.document.dateSource ? [record.document.dateSource] : []),
  ];
}

describe.each(files.map((f) => [basename(f), f]))('record of %s', (_name, file) => {
  it('is valid against the zod schema and ok', () => {
    const record = records.get(file)!;
    expect(RecordSchema.safeParse(record).success).toBe(true);
    expect(record.status).toBe('ok');
  });

  it('has every span pointing at its own text', () => {
    const record = records.get(file)!;
    for (const span of spansOf(record)) expect(record.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('lists items in order of first position', () => {
    const record = records.get(file)!;
    for (const list of [record.dates, record.amounts, record.resolutions, record.signatories]) {
      const starts = list.map((i: Span) => i.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('is byte-identical when made again', async () => {
    const again = await processSeed(file);
    expect(JSON.stringify(again)).toBe(JSON.stringify(records.get(file)));
  });
});

describe('PDF page map', () => {
  it('covers the text page by page', () => {
    const record = records.get(seedFiles(SEED_IDS[0]!)[1]!)!;
    expect(record.source.pages).toBe(2);
    expect(record.pageMap.map((p) => p.page)).toEqual([1, 2]);
    expect(record.pageMap[0]!.start).toBe(0);
    expect(record.pageMap[1]!.end).toBe(record.text.length);
    expect(record.text.slice(record.pageMap[1]!.start)).toMatch(/^praktických opatřeních/);
  });
});

describe('extractText', () => {
  it('extracts from text already in memory', () => {
    const record = extractText('Praha/Liberec, 17. 5. 2019 - Úřad vlády ČR a Liberecký kraj podepsaly memorandum.');
    expect(record.status).toBe('ok');
    expect(record.dates.map((d) => d.value)).toContain('2019-05-17');
    expect(record.regions.map((r) => r.name)).toContain('Liberecký kraj');
  });
});

describe('the same document in TXT, PDF and DOCX', () => {
  it.each(SEED_IDS)('%s gives the same values in all three formats', (id) => {
    const [text, pdf, docx] = seedFiles(id).map((f) => valuesOf(records.get(f)!));
    expect(pdf).toEqual(text);
    expect(docx).toEqual(text);
  });
});

/** Every field's distinct normalised values, as `czdoc check` compares them. */
function valuesOf(record: CzdocRecord): Record<string, string[]> {
  return Object.fromEntries(Object.entries(observe(record)).map(([field, values]) => [field, [...values.keys()].sort()]));
}
