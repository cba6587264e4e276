/**
 * The record contract: the one place the output shape is defined. TypeScript types and the JSON
 * Schema (`czdoc schema`) are both derived from these zod schemas.
 */
import { z } from 'zod';

/** Bumped on any change a downstream consumer could notice (semver). */
export const SCHEMA_VERSION = '1.2.0';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export const SpanSchema = z.object({
  text: z.string().describe('The text exactly as it stands in `text` at [start, end)'),
  start: z.number().int().nonnegative().describe('UTF-16 offset into the record text'),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const PrecisionSchema = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof PrecisionSchema>;

export const DateItemSchema = SpanSchema.extend({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).describe('YYYY-MM-DD, YYYY-MM or YYYY'),
  precision: PrecisionSchema,
  role: z
    .enum(['single', 'range_start', 'range_end'])
    .describe('Whether the value is one end of a range written in the text'),
  yearInferred: z.boolean().describe('True when the year was not written and came from the document date'),
});
export type DateItem = z.infer<typeof DateItemSchema>;

export const AmountItemSchema = SpanSchema.extend({
  value: z.number().describe('Amount in units of `currency` (crowns for CZK), decimals for haléře/cents'),
  currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 code'),
  qualifier: z
    .string()
    .nullable()
    .describe('Approximation or bound written with the amount: přes, více než, až, cca, zhruba, téměř, nejméně, do výše…'),
  role: z.enum(['single', 'range_start', 'range_end']),
});
export type AmountItem = z.infer<typeof AmountItemSchema>;

export const MunicipalitySchema = z.object({
  name: z.string().describe('Official nominative name'),
  code: z
    .string()
    .regex(/^\d{6}$/)
    .nullable()
    .describe('Official 6-digit municipality code (kód obce); null when the name stays ambiguous'),
  district: z.string().nullable(),
  region: z.string().nullable(),
  candidates: z
    .array(z.object({ code: z.string(), district: z.string(), region: z.string() }))
    .describe('When ambiguous: every municipality of that name'),
  mentions: z.array(SpanSchema),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const RegionSchema = z.object({
  name: z.string().describe('Official region name, e.g. Liberecký kraj'),
  code: z.string().regex(/^CZ0\d\d$/).describe('NUTS 3 code, e.g. CZ051'),
  mentions: z.array(SpanSchema),
});
export type Region = z.infer<typeof RegionSchema>;

export const ResolutionSchema = SpanSchema.extend({
  id: z.string().describe('As written after "č.", spaces removed'),
  body: z.string().nullable().describe('Issuing body in the nominative, e.g. Rada kraje'),
  date: z.string().regex(isoDay).nullable(),
  year: z.number().int().nullable(),
});
export type Resolution = z.infer<typeof ResolutionSchema>;

export const SignatorySchema = SpanSchema.extend({
  name: z.string().nullable().describe('Nominative, without titles; null for an organisation-only signing party'),
  role: z.string().nullable(),
  organization: z.string().nullable(),
});
export type Signatory = z.infer<typeof SignatorySchema>;

export const PersonSchema = z.object({
  name: z.string().describe('Nominative, without academic titles'),
  titles: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.array(SpanSchema),
});
export type Person = z.infer<typeof PersonSchema>;

export const BlockKindSchema = z.enum([
  'heading',
  'paragraph',
  'list_item',
  'table_row',
  'table_cell',
  'signature',
  'contact',
  'page_header',
  'page_footer',
]);
export type BlockKind = z.infer<typeof BlockKindSchema>;

export const BlockSchema = z
  .object({ kind: BlockKindSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .describe('A part of the document\'s layout, [start, end) in `text`; a table_cell lies inside its table_row');
export type Block = z.infer<typeof BlockSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const DocumentTypeSchema = z.enum(['press_release', 'council_document', 'other']);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const MediaTypeSchema = z.enum([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'text/html',
  'text/markdown',
  'text/plain',
  'application/octet-stream',
]);
export type MediaType = z.infer<typeof MediaTypeSchema>;

export const RecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    status: z.enum(['ok', 'error']),
    error: z
      .object({ code: z.string(), message: z.string().describe('For a person: what is wrong and what to do') })
      .nullable(),
    producer: z.object({
      name: z.literal('czdoc'),
      version: z.string(),
      pipelineVersion: z.string().describe('Changes whenever the output for the same input could change'),
      gazetteerVersion: z.string(),
    }),
    source: z.object({
      path: z.string().describe('Relative to the input root, with forward slashes'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().nonnegative(),
      mediaType: MediaTypeSchema,
      encoding: z.string().nullable().describe('Detected character encoding of text input'),
      pages: z.number().int().positive().nullable().describe('Page count (PDF)'),
    }),
    document: z.object({
      type: DocumentTypeSchema,
      typeCues: z.array(z.string()).describe('The cues that decided the type'),
      date: z.string().regex(isoDay).nullable(),
      dateSource: SpanSchema.nullable().describe('Where the document date was read'),
      title: z.string().nullable(),
      language: z.string().describe('BCP 47 language tag'),
    }),
    text: z.string().describe('The normalised text all spans refer to'),
    pageMap: z
      .array(z.object({ page: z.number().int().positive(), start: z.number().int(), end: z.number().int() }))
      .describe('PDF: the [start, end) range of `text` on each page; empty for other formats'),
    blocks: z.array(BlockSchema).describe('The layout (since 1.2.0): headings, paragraphs, list items, table rows and cells, signature and contact blocks, page headers and footers, in text order'),
    dates: z.array(DateItemSchema),
    amounts: z.array(AmountItemSchema),
    municipalities: z.array(MunicipalitySchema),
    regions: z.array(RegionSchema),
    resolutions: z.array(ResolutionSchema),
    signatories: z.array(SignatorySchema),
    persons: z.array(PersonSchema),
    warnings: z.array(WarningSchema),
  })
  .describe('czdoc record: one Czech document turned into normalised, validated values');

export type CzdocRecord = z.infer<typeof RecordSchema>;

/** The record's JSON Schema, generated from the zod schema (draft 2020-12). */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    title: `czdoc record ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' }),
  };
}
