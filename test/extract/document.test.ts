/**
 * Document type and date against their corpus, and the seeds end to end: from TXT, PDF and DOCX
 * alike, the dates, years, CZK amounts, document date and type of the gold, with no extra values.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_CORPUS } from '../../src/extract/document/corpus.js';
import { TYPE_CUES } from '../../src/extract/document/cues.js';
import { classifyDocument, findDocumentDate } from '../../src/extract/document/index.js';
import type { CzdocRecord } from '../../src/index.js';
import { processSeed, SEED_CASES, SEED_IDS, seedFiles, seedGold } from '../helpers.js';
import { extractContext } from '../../src/extract/context.js';

describe('document corpus', () => {
  it.each(DOCUMENT_CORPUS.map((e) => [e.text.slice(0, 60), e] as const))('%s', (_head, example) => {
    const { type, cues } = classifyDocument(example.text);
    const ctx = extractContext(example.text);
    const found = findDocumentDate(ctx, type);
    expect({ type, date: found?.date ?? null }).toEqual(example.expected[0]);
    if (found) expect(example.text.slice(found.span.start, found.span.end)).toBe(found.span.text);
    if (type !== 'other') expect(cues.length).toBeGreaterThan(0);
  });

  it('takes the verbs of news and of quotation only as whole words', () => {
    expect(classifyDocument('Obec informovala občany.').cues).toEqual(['zpravodajský minulý čas (schválili, rozhodlo…)']);
    expect(classifyDocument('Obec zinformovala občany.').cues).toEqual([]);
    expect(classifyDocument('Starosta zdůraznil novinářům: „Hotovo.“').cues).toEqual(['přímá řeč s uvozovací větou („…,“ řekl)']);
    expect(classifyDocument('Starosta nezdůraznil novinářům: „Hotovo.“').cues).toEqual([]);
  });

  it('finds cues in any letter case, and word cues only outside quotations', () => {
    expect(classifyDocument('TISKOVÁ ZPRÁVA').cues).toEqual(['Tisková zpráva']);
    expect(classifyDocument('Obec „informovala“ občany.').cues).toEqual([]);
    expect(classifyDocument('Obec „jistě“ také informovala občany.').cues).toEqual(['zpravodajský minulý čas (schválili, rozhodlo…)']);
  });

  it('lists for each cue the literals its matches start with (else the cue could never fire there)', () => {
    const texts = [...DOCUMENT_CORPUS.map((e) => e.text), ...SEED_IDS.map((id) => readFileSync(seedFiles(id)[0]!, 'utf8'))];
    for (const cue of TYPE_CUES.filter((c) => c.literals)) {
      const everywhere = new RegExp(cue.pattern.source, `${cue.pattern.flags.replace('y', '')}g`);
      for (const text of texts) {
        for (const m of text.matchAll(everywhere)) {
          expect(cue.literals!.some((l) => m[0].toLowerCase().startsWith(l)), `${cue.cue}: "${m[0]}"`).toBe(true);
        }
      }
    }
  });

  it('lists cue literals in lower case', () => {
    for (const literal of TYPE_CUES.flatMap((c) => c.literals ?? [])) expect(literal).toBe(literal.toLowerCase());
  });

  it('falls back to other without any cue', () => {
    expect(classifyDocument('Seznam pojišťoven a jejich adres.')).toEqual({ type: 'other', cues: [] });
  });
});

/** The distinct values of the fields this extractor family owns, as the gold files state them. */
function observedValues(r: CzdocRecord) {
  const distinct = <T>(values: T[]) => [...new Set(values)].sort();
  return {
    type: r.document.type,
    date: r.document.date,
    dates: distinct(r.dates.filter((d) => d.precision !== 'year').map((d) => d.value)),
    years: distinct(r.dates.filter((d) => d.precision === 'year').map((d) => d.value)),
    amounts_czk: distinct(r.amounts.filter((a) => a.currency === 'CZK').map((a) => a.value)),
  };
}

describe.each(SEED_IDS)('seed %s', (id) => {
  const gold = seedGold(id);
  const records = new Map<string, CzdocRecord>();
  beforeAll(async () => {
    for (const file of seedFiles(id)) records.set(file, await processSeed(file));
  });

  it.each(SEED_CASES.filter(([, seed]) => seed === id))('%s gives the gold dates, years, amounts, date and type', (_name, _id, file) => {
    expect(observedValues(records.get(file)!)).toEqual({
      type: gold.type,
      date: gold.date,
      dates: [...gold.dates].sort(),
      years: [...gold.years].sort(),
      amounts_czk: [...new Set(gold.amounts_czk)].sort(),
    });
  });
});
