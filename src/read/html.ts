/**
 * HTML to text: markup, scripts and styles dropped, block structure kept as line breaks
 * (a paragraph or table row is a line, a cell is separated by a tab). Also used for the HTML
 * mammoth makes of a DOCX.
 */
import { Parser } from 'htmlparser2';
import { ElementRecorder, type ElementKind, type RawElement } from './elements.js';

export interface HtmlText {
  text: string;
  title: string | null;
  elements: RawElement[];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);
const ELEMENTS: Record<string, ElementKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'paragraph', li: 'list_item', tr: 'table_row', td: 'table_cell', th: 'table_cell',
};

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let written = 0;
  const write = (part: string) => {
    out.push(part);
    written += part.length;
  };
  const elements = new ElementRecorder();
  let pendingBreaks = 0; // line breaks owed before the next text
  let skipDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let inHeading = false;
  let title = '';
  let heading = '';
  const breakLine = () => {
    if (out.length) pendingBreaks = Math.max(pendingBreaks, 1);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'pre') preDepth++;
        if (name === 'h1' && !heading) inHeading = true;
        if (name === 'br') pendingBreaks++;
        else if (BLOCKS.has(name)) breakLine();
        else if (CELLS.has(name) && pendingBreaks === 0 && out.length) write('\t');
        const kind = ELEMENTS[name];
        if (kind && skipDepth === 0) elements.enter(kind, written);
      },
      ontext(raw) {
        if (inTitle) title += raw;
        if (skipDepth > 0) return;
        const text = preDepth ? raw : raw.replace(/\s+/g, ' ');
        if (!text.trim()) {
          if (pendingBreaks === 0 && out.length) write(' ');
          return;
        }
        if (inHeading) heading += text;
        if (pendingBreaks) write('\n'.repeat(pendingBreaks));
        pendingBreaks = 0;
        write(text);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'h1') inHeading = false;
        if (BLOCKS.has(name) && name !== 'br') breakLine();
        const kind = ELEMENTS[name];
        if (kind && skipDepth === 0) elements.leave(kind, written);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim() || null;
  return { text: out.join(''), title: clean(title) ?? clean(heading), elements: elements.elements };
}
