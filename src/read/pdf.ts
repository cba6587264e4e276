/** PDF text layer with pdf-parse (pdf.js), one text per page so offsets map to pages. */
import { PDFParse } from 'pdf-parse';
import { ReadError } from './errors.js';

export interface PdfText {
  pages: string[];
  title: string | null;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, stopAtErrors: false });
  try {
    const [result, info] = [await parser.getText(), await parser.getInfo().catch(() => null)];
    const title = typeof info?.info?.Title === 'string' ? info.info.Title.trim() || null : null;
    return { pages: result.pages.map((p) => p.text), title };
  } catch (error) {
    throw pdfError(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function pdfError(error: unknown): ReadError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new ReadError('encrypted', 'The PDF is password-protected; czdoc cannot read its text. Ask for an unprotected copy.');
  }
  return new ReadError('corrupt', `The PDF is damaged and cannot be parsed (${message}).`);
}
