/**
 * Runs the extractors in dependency order over one normalised text: the document date first
 * (dates without a year need it), then the identifiers and names that later extractors must not
 * reuse (resolution ids, person names), then places, then who signed.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import type { Layout } from '../layout/index.js';
import type { CzdocRecord, Span, Warning } from '../schema/record.js';
import { extractAmounts } from './amounts/index.js';
import { extractDates } from './dates/index.js';
import { classifyDocument, findDocumentDate } from './document/index.js';
import { extractMunicipalities } from './municipalities/index.js';
import { extractPersons } from './persons/index.js';
import { extractRegions } from './regions/index.js';
import { extractResolutions } from './resolutions/index.js';
import { extractSignatories } from './signatories/index.js';
import { extractContext } from './context.js';
import type { ExtractContext } from './types.js';

export type DocumentFacts = Pick<
  CzdocRecord,
  'dates' | 'amounts' | 'municipalities' | 'regions' | 'resolutions' | 'signatories' | 'persons'
> & { document: Pick<CzdocRecord['document'], 'type' | 'typeCues' | 'date' | 'dateSource'> };

/** `layout` from the layout stage; without it, the one the text's own lines show. */
export function extractDocumentFacts(text: string, gazetteer: Gazetteer, warnings: Warning[], layout?: Layout): DocumentFacts {
  const ctx = extractContext(text, { gazetteer, warn: (w) => warnings.push(w), ...(layout && { layout }) });
  const { type, cues } = classifyDocument(text, ctx.layout.lines);
  const documentDate = findDocumentDate(ctx, type);
  ctx.documentDate = documentDate?.date ?? null;
  const resolutions = extractResolutions(ctx);
  claim(ctx, resolutions);
  const dates = extractDates(ctx);
  const amounts = extractAmounts(ctx);
  const persons = extractPersons(ctx);
  claim(ctx, persons.flatMap((p) => p.mentions));
  const regions = extractRegions(ctx);
  const municipalities = extractMunicipalities(ctx);
  const signatories = extractSignatories(ctx, persons);
  return {
    document: { type, typeCues: cues, date: ctx.documentDate, dateSource: documentDate?.span ?? null },
    dates: byPosition(dates),
    amounts: byPosition(amounts),
    municipalities: byFirstMention(municipalities),
    regions: byFirstMention(regions),
    resolutions: byPosition(resolutions),
    signatories: byPosition(signatories),
    persons: byFirstMention(persons),
  };
}

function claim(ctx: ExtractContext, spans: Span[]): void {
  for (const { text, start, end } of spans) ctx.claimed.push({ text, start, end });
}

function byPosition<T extends Span>(items: T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || a.end - b.end);
}

function byFirstMention<T extends { mentions: Span[]; name: string }>(items: T[]): T[] {
  const first = (item: T) => Math.min(...item.mentions.map((m) => m.start));
  return [...items].sort((a, b) => first(a) - first(b) || a.name.localeCompare(b.name, 'cs'));
}
