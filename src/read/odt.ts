/**
 * OpenDocument text (.odt, what LibreOffice and many Czech public bodies write): the zip's
 * content.xml read as the DOCX reader reads mammoth's HTML — a paragraph, heading or list item is a
 * line, so is each paragraph of a table cell, an empty paragraph is an empty line; line breaks,
 * tabs and runs of spaces within a line are kept. Footnotes and endnotes follow the body (as mammoth places a DOCX's); comments, change
 * tracking and frames' alternative text are left out. The title is meta.xml's dc:title, else the
 * first heading. fflate unzips; no ODF library on npm extracts text with the line structure kept.
 */
import { decodeXML } from 'entities';
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { ElementRecorder, type ElementKind, type RawElement } from './elements.js';
import { ReadError } from './errors.js';
import { refuseZipBomb } from './zip.js';

const BLOCKS = new Set(['text:p', 'text:h', 'table:table-row', 'text:list-item', 'table:table']);
/** An empty paragraph stands for an empty line (as the DOCX reader reads an empty <p>). */
const PARAGRAPHS = new Set(['text:p', 'text:h']);
const SKIPPED = new Set(['office:annotation', 'office:annotation-end', 'text:tracked-changes', 'svg:desc', 'svg:title', 'office:forms', 'text:sequence-decls']);
/** Note bodies are moved after the text; the citation mark ("1") is dropped. */
const NOTE_BODY = 'text:note-body';
const NOTE_CITATION = 'text:note-citation';
const ELEMENT_KINDS: Record<string, ElementKind> = {
  'text:h': 'heading',
  'text:p': 'paragraph',
  'text:list-item': 'list_item',
  'table:table-row': 'table_row',
  'table:table-cell': 'table_cell',
};

export function readOdt(bytes: Uint8Array): { text: string; title: string | null; elements: RawElement[] } {
  refuseZipBomb(bytes, 'ODT');
  const files = unpack(bytes);
  const manifest = files['META-INF/manifest.xml'];
  if (manifest && decode(manifest).includes('manifest:encryption-data')) {
    throw new ReadError('encrypted', 'The ODT is password-protected; czdoc cannot read its text.');
  }
  const content = files['content.xml'];
  if (!content) throw new ReadError('corrupt', 'The ODT has no content.xml; it is damaged or not a text document.');
  const { text, heading, elements } = contentText(decode(content));
  const meta = files['meta.xml'];
  return { text, title: (meta && metaTitle(decode(meta))) || heading, elements };
}

function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (file) => ['content.xml', 'meta.xml', 'META-INF/manifest.xml'].includes(file.name) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ReadError('corrupt', `The ODT is damaged and cannot be opened (${message}).`);
  }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** The text of content.xml, its first heading, and the body's elements (notes have none). */
function contentText(xml: string): { text: string; heading: string | null; elements: RawElement[] } {
  const body = new Lines();
  const elements = new ElementRecorder();
  const notes = new Lines();
  let skipDepth = 0;
  let noteDepth = 0;
  let citationDepth = 0;
  let headingDepth = 0;
  let heading = '';
  const out = () => (noteDepth > 0 ? notes : body);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipDepth++;
        if (name === NOTE_BODY) noteDepth++;
        if (name === NOTE_CITATION) citationDepth++;
        if (skipDepth > 0) return;
        if (name === 'text:h' && !heading) headingDepth++;
        if (ELEMENT_KINDS[name] && noteDepth === 0) elements.enter(ELEMENT_KINDS[name]!, body.length);
        if (BLOCKS.has(name)) out().breakLine();
        else if (name === 'text:line-break') out().lineBreak();
        else if (name === 'text:tab') out().add('\t');
        else if (name === 'text:s') out().add(' '.repeat(Math.max(1, Number(attributes['text:c'] ?? 1) || 1)));
      },
      ontext(raw) {
        if (skipDepth > 0 || citationDepth > 0) return;
        // Whitespace in ODF XML is layout of the file, collapsed as in HTML; text:s and text:tab carry real spaces.
        const text = raw.replace(/\s+/g, ' ');
        if (headingDepth > 0) heading += text;
        out().add(text);
      },
      onclosetag(name) {
        if (skipDepth === 0 && PARAGRAPHS.has(name) && out().isEmptyLine()) out().lineBreak();
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === NOTE_BODY) noteDepth = Math.max(0, noteDepth - 1);
        if (name === NOTE_CITATION) citationDepth = Math.max(0, citationDepth - 1);
        if (name === 'text:h') headingDepth = 0;
        if (skipDepth === 0 && ELEMENT_KINDS[name] && noteDepth === 0) elements.leave(ELEMENT_KINDS[name]!, body.length);
        if (skipDepth === 0 && BLOCKS.has(name)) out().breakLine();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  const text = [body.text(), notes.text()].filter(Boolean).join('\n\n');
  return { text, heading: heading.replace(/\s+/g, ' ').trim() || null, elements: elements.elements };
}

/** Text assembled line by line: a break is written only before the next text, never twice. */
class Lines {
  private readonly parts: string[] = [];
  /** Characters written so far (pending breaks not counted): where the next element starts. */
  length = 0;
  private pendingBreaks = 0;
  private atLineStart = true;

  add(text: string): void {
    if (!text) return;
    if (this.atLineStart && !text.trim()) return; // indentation of the XML, not of the text
    if (this.pendingBreaks && this.parts.length) this.push('\n'.repeat(this.pendingBreaks));
    this.pendingBreaks = 0;
    this.atLineStart = false;
    this.push(text);
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  breakLine(): void {
    if (this.parts.length) this.pendingBreaks = Math.max(this.pendingBreaks, 1);
    this.atLineStart = true;
  }

  lineBreak(): void {
    this.pendingBreaks++;
    this.atLineStart = true;
  }

  /** Nothing written since the last line break. */
  isEmptyLine(): boolean {
    return this.atLineStart;
  }

  /** As written: normalisation trims lines, and element offsets must hold. */
  text(): string {
    return this.parts.join('');
  }
}

function metaTitle(xml: string): string | null {
  const match = /<dc:title>([^<]*)<\/dc:title>/u.exec(xml);
  const title = match ? decodeXML(match[1]!).replace(/\s+/g, ' ').trim() : '';
  return title || null;
}
