/**
 * DOCX through mammoth's HTML conversion: unlike its raw-text mode it keeps line breaks inside
 * paragraphs and table cells, which carry the structure of signature blocks and tables.
 */
import mammoth from 'mammoth';
import { ReadError } from './errors.js';
import { htmlToText, type HtmlText } from './html.js';
import { refuseZipBomb } from './zip.js';

export async function readDocx(bytes: Uint8Array): Promise<HtmlText> {
  refuseZipBomb(bytes, 'DOCX');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/encrypt|password/i.test(message)) {
      throw new ReadError('encrypted', 'The DOCX is password-protected; czdoc cannot read its text.');
    }
    throw new ReadError('corrupt', `The DOCX is damaged and cannot be opened (${message}).`);
  }
  // mammoth writes each paragraph as one <p>; an empty one stands for an empty line.
  return htmlToText(html.replace(/<p><\/p>/g, '<br>'));
}
