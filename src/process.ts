/**
 * The pure heart of czdoc: bytes (or text) in, validated record out. The CLI, the worker threads
 * and the queue workers all call these two functions.
 */
import { extractDocumentFacts } from './extract/index.js';
import { loadGazetteer, type Gazetteer } from './gazetteer/index.js';
import { buildLayout } from './layout/index.js';
import { normalizeText } from './normalize/index.js';
import { readDocument, ReadError, type RawDocument } from './read/index.js';
import { RecordSchema, SCHEMA_VERSION, type CzdocRecord, type MediaType, type Warning } from './schema/record.js';
import { pipelineVersion } from './pipeline-version.js';
import { sha256Of, tooLargeMessage } from './source.js';
import { PACKAGE_VERSION } from './version.js';

export interface ProcessOptions {
  /** Path relative to the input root (forward slashes); recorded in `source.path`. */
  path: string;
  /** Gazetteer to link against; defaults to the installed or embedded register. */
  gazetteer?: Gazetteer;
  /** Refuse inputs larger than this (bytes). Default 100 MB. */
  maxBytes?: number;
}

export interface ExtractTextOptions {
  /** Recorded in `source.path`; default "<text>". */
  path?: string;
  gazetteer?: Gazetteer;
  mediaType?: MediaType;
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export async function processDocument(bytes: Uint8Array, options: ProcessOptions): Promise<CzdocRecord> {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const source = sourceFacts(bytes, options.path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    return errorRecord(source, gazetteer, 'too_large', tooLargeMessage(bytes.byteLength, maxBytes));
  }
  let raw: RawDocument;
  try {
    raw = await readDocument(bytes, options.path);
  } catch (error) {
    if (error instanceof ReadError) {
      const read = { mediaType: error.mediaType ?? 'application/octet-stream', pages: null };
      return errorRecord(source, gazetteer, error.code, error.message, read);
    }
    const message = error instanceof Error ? error.message : String(error);
    return errorRecord(source, gazetteer, 'read_failed', `The file could not be read: ${message}`);
  }
  return buildRecord(raw, source, gazetteer);
}

/** For text already in memory: the same extraction, no reading or format detection. */
export function extractText(text: string, options: ExtractTextOptions = {}): CzdocRecord {
  const bytes = Buffer.from(text, 'utf8');
  const raw: RawDocument = {
    text,
    pageStarts: [],
    mediaType: options.mediaType ?? 'text/plain',
    encoding: 'utf-8',
    pages: null,
    title: null,
    elements: [],
    warnings: [],
  };
  return buildRecord(raw, sourceFacts(bytes, options.path ?? '<text>'), options.gazetteer ?? loadGazetteer());
}

export type SourceFacts = Pick<CzdocRecord['source'], 'path' | 'sha256' | 'bytes'>;

function sourceFacts(bytes: Uint8Array, path: string): SourceFacts {
  return { path, sha256: sha256Of(bytes), bytes: bytes.byteLength };
}

function buildRecord(raw: RawDocument, source: SourceFacts, gazetteer: Gazetteer): CzdocRecord {
  const normalized = normalizeText(raw.text, raw.pageStarts, raw.elements);
  const { text, pageStarts } = normalized;
  const warnings: Warning[] = [...raw.warnings];
  if (!text.trim() && raw.mediaType === 'application/pdf') {
    const message = `The PDF has ${raw.pages} page(s) but no text layer (a scan?); nothing can be extracted. Run OCR on it and process the result.`;
    return errorRecord(source, gazetteer, 'no_text', message, { mediaType: raw.mediaType, pages: raw.pages });
  }
  if (!text.trim()) warnings.push({ code: 'empty_text', message: 'The document contains no text; nothing was extracted.' });
  const layout = buildLayout(normalized);
  const facts = extractDocumentFacts(text, gazetteer, warnings, layout);
  const record: CzdocRecord = {
    schemaVersion: SCHEMA_VERSION,
    status: 'ok',
    error: null,
    producer: producer(gazetteer),
    source: { ...source, mediaType: raw.mediaType, encoding: raw.encoding, pages: raw.pages },
    document: { ...facts.document, title: raw.title ?? firstLineTitle(text), language: 'cs' },
    text,
    pageMap: pageMap(pageStarts, text.length),
    blocks: layout.blocks,
    dates: facts.dates,
    amounts: facts.amounts,
    municipalities: facts.municipalities,
    regions: facts.regions,
    resolutions: facts.resolutions,
    signatories: facts.signatories,
    persons: facts.persons,
    warnings,
  };
  return RecordSchema.parse(record);
}

export function errorRecord(
  source: SourceFacts,
  gazetteer: Gazetteer,
  code: string,
  message: string,
  read: { mediaType: MediaType; pages: number | null } = { mediaType: 'application/octet-stream', pages: null },
): CzdocRecord {
  return RecordSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    status: 'error',
    error: { code, message },
    producer: producer(gazetteer),
    source: { ...source, ...read, encoding: null },
    document: { type: 'other', typeCues: [], date: null, dateSource: null, title: null, language: 'cs' },
    text: '',
    pageMap: [],
    blocks: [],
    dates: [],
    amounts: [],
    municipalities: [],
    regions: [],
    resolutions: [],
    signatories: [],
    persons: [],
    warnings: [],
  } satisfies CzdocRecord);
}

function producer(gazetteer: Gazetteer): CzdocRecord['producer'] {
  return { name: 'czdoc', version: PACKAGE_VERSION, pipelineVersion: pipelineVersion(), gazetteerVersion: gazetteer.version };
}

function pageMap(pageStarts: number[], length: number): CzdocRecord['pageMap'] {
  return pageStarts.map((start, i) => ({ page: i + 1, start, end: pageStarts[i + 1] ?? length }));
}

/** A short first line reads as the title (press-release headline, document heading). */
function firstLineTitle(text: string): string | null {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > 0 && line.length <= 200 ? line : null;
}
