/** Document type (from cues) and the document's own date (first version). */
import type { DocumentType, Span } from '../../schema/record.js';
import { extractDates } from '../dates/index.js';
import type { ExtractContext } from '../types.js';

const CUES: Array<[DocumentType, string, RegExp]> = [
  ['press_release', 'Tisková zpráva', /tiskov(á|é) zpráv/iu],
  ['press_release', 'Kontakt pro média', /kontakt pro média/iu],
  ['press_release', 'TZ:', /^TZ:/mu],
  ['council_document', 'zasedání zastupitelstva/rady', /zasedání\s+(zastupitelstva|rady)/iu],
  ['council_document', 'Důvodová zpráva', /důvodová zpráva/iu],
];

export function classifyDocument(text: string): { type: DocumentType; cues: string[] } {
  const hits = CUES.filter(([, , re]) => re.test(text));
  const type = hits[0]?.[0] ?? 'other';
  return { type, cues: hits.filter(([t]) => t === type).map(([, cue]) => cue) };
}

export function findDocumentDate(ctx: ExtractContext, _type: DocumentType): { date: string; span: Span } | null {
  const first = extractDates({ ...ctx, documentDate: null }).find((d) => d.start < 300);
  return first ? { date: first.value, span: { text: first.text, start: first.start, end: first.end } } : null;
}
