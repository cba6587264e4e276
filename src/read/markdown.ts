/**
 * Markdown to text: the words a reader sees. Emphasis, heading and quote markers, link targets,
 * images, inline HTML and template tags go; front-matter fields that hold prose (title, date,
 * summary…) stay as lines, fields that hold URLs, paths or layout names go.
 */
import { decodeHTML } from 'entities';

export interface MarkdownText {
  text: string;
  title: string | null;
}

const PROSE_FIELDS = new Set(['title', 'subtitle', 'summary', 'excerpt', 'description', 'date', 'author', 'perex']);

export function markdownToText(markdown: string): MarkdownText {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const fields = parseFields(frontMatter);
  const header = fields.filter(([key, value]) => PROSE_FIELDS.has(key) && value).map(([, value]) => value);
  const bodyText = stripInline(body);
  const title = fields.find(([key]) => key === 'title')?.[1] || /^#{1,2} +(.+)$/m.exec(body)?.[1]?.trim() || null;
  const text = header.length ? `${header.join('\n')}\n\n${bodyText}` : bodyText;
  return { text, title: title ? stripInline(title).trim() : null };
}

function splitFrontMatter(markdown: string): { frontMatter: string; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(markdown);
  return m ? { frontMatter: m[1]!, body: markdown.slice(m[0].length) } : { frontMatter: '', body: markdown };
}

function parseFields(frontMatter: string): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const line of frontMatter.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m) continue;
    const value = m[2]!.trim().replace(/^(["'])([\s\S]*)\1$/, '$2').replace(/\\"/g, '"');
    fields.push([m[1]!.toLowerCase(), value]);
  }
  return fields;
}

function stripInline(markdown: string): string {
  const t = markdown
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2');
  // Inline HTML: its tags go, its text and the Markdown line structure stay.
  return decodeHTML(t.replace(/<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>/g, ''));
}
