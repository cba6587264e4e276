/** Bytes → raw text with page boundaries, whatever the format. */
import type { MediaType, Warning } from '../schema/record.js';
import { readDocx } from './docx.js';
import { detectFormat, MEDIA_TYPES, type Format } from './detect.js';
import { declaredHtmlCharset, decodeText } from './encoding.js';
import type { RawElement } from './elements.js';
import { ReadError } from './errors.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { readOdt } from './odt.js';
import { readPdf } from './pdf.js';

export interface RawDocument {
  text: string;
  /** Offsets in `text` where each page starts (PDF only). */
  pageStarts: number[];
  mediaType: MediaType;
  encoding: string | null;
  pages: number | null;
  title: string | null;
  /** Headings, paragraphs, list items and table rows/cells the markup showed (DOCX, ODT, HTML). */
  elements: RawElement[];
  warnings: Warning[];
}

const UNSUPPORTED_ADVICE = {
  doc: 'This is a legacy Word .doc file, which czdoc does not read. Convert it to DOCX or PDF (e.g. `soffice --headless --convert-to docx`).',
  odf: 'This is an OpenDocument spreadsheet, presentation or drawing; czdoc reads text documents (PDF, DOCX, ODT, HTML, Markdown, TXT).',
  zip: 'This is a zip archive, not a document. Unpack it and give czdoc the documents inside.',
  image: 'This is an image; czdoc reads text, not pictures. Run OCR first and give czdoc the resulting PDF or text.',
  binary: 'This file is binary data in no format czdoc reads (PDF, DOCX, ODT, HTML, Markdown, TXT).',
} as const;

export async function readDocument(bytes: Uint8Array, path: string): Promise<RawDocument> {
  if (bytes.byteLength === 0) throw new ReadError('empty_file', 'The file is empty (0 bytes).');
  const detection = detectFormat(bytes, path);
  if (detection.kind === 'unsupported') {
    throw new ReadError('unsupported_format', UNSUPPORTED_ADVICE[detection.format]);
  }
  const warnings: Warning[] = [];
  const { format, extensionFormat } = detection;
  if (extensionFormat && !sameFamily(extensionFormat, format)) {
    warnings.push({
      code: 'format_mismatch',
      message: `The file name says ${extensionFormat.toUpperCase()} but its content is ${format.toUpperCase()}; read as ${format.toUpperCase()}.`,
    });
  }
  const mediaType = MEDIA_TYPES[format];
  try {
    const doc = await readAs(format, bytes);
    return { ...doc, mediaType, warnings: [...warnings, ...doc.warnings] };
  } catch (error) {
    if (error instanceof ReadError) throw new ReadError(error.code, error.message, mediaType);
    throw error;
  }
}

/** Markdown and plain text are told apart by the name alone, so they never "disagree". */
function sameFamily(a: Format, b: Format): boolean {
  const family = (f: Format) => (f === 'markdown' ? 'text' : f);
  return family(a) === family(b);
}

async function readAs(format: Format, bytes: Uint8Array): Promise<Omit<RawDocument, 'mediaType'>> {
  const base = { pageStarts: [], encoding: null, pages: null, elements: [], warnings: [] };
  switch (format) {
    case 'pdf': {
      const pdf = await readPdf(bytes);
      const pageStarts: number[] = [];
      let text = '';
      for (const page of pdf.pages) {
        if (text) text += '\n\n';
        pageStarts.push(text.length);
        text += page;
      }
      return { ...base, text, pageStarts, pages: pdf.pages.length, title: pdf.title };
    }
    case 'docx':
      return { ...base, ...(await readDocx(bytes)) };
    case 'odt':
      return { ...base, ...readOdt(bytes) };
    case 'html': {
      const decoded = decodeText(bytes, declaredHtmlCharset(bytes));
      return { ...base, ...htmlToText(decoded.text), encoding: decoded.encoding };
    }
    case 'markdown': {
      const decoded = decodeText(bytes);
      return { ...base, ...markdownToText(decoded.text), encoding: decoded.encoding };
    }
    case 'text': {
      const decoded = decodeText(bytes);
      return { ...base, text: decoded.text, title: null, encoding: decoded.encoding };
    }
  }
}

export { ReadError } from './errors.js';
