/**
 * Format detection from the bytes (magic numbers and content), with the file extension used
 * only to tell Markdown from plain text and to report a mismatch.
 */
import { extname } from 'node:path';
import { decodeText, utf16ByteOrder } from './encoding.js';

export type Format = 'pdf' | 'docx' | 'odt' | 'html' | 'markdown' | 'text';

/** Formats recognised but not read, with the advice an archivist needs. */
export type UnsupportedFormat = 'doc' | 'odf' | 'zip' | 'image' | 'binary';

export type Detection =
  | { kind: 'supported'; format: Format; extensionFormat: Format | null }
  | { kind: 'unsupported'; format: UnsupportedFormat; extensionFormat: Format | null };

const EXTENSIONS: Record<string, Format> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.odt': 'odt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

export function formatFromExtension(path: string): Format | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

export function detectFormat(bytes: Uint8Array, path: string): Detection {
  const extensionFormat = formatFromExtension(path);
  const head = latin1(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { kind: 'supported', format: 'pdf', extensionFormat };
  if (head.startsWith('PK\u0003\u0004')) return detectZip(bytes, extensionFormat);
  if (head.startsWith('\u00D0\u00CF\u0011\u00E0')) return { kind: 'unsupported', format: 'doc', extensionFormat };
  if (/^(\u0089PNG|\u00FF\u00D8\u00FF|GIF8|II\*\u0000|MM\u0000\*)/.test(head)) {
    return { kind: 'unsupported', format: 'image', extensionFormat };
  }
  // In UTF-16 (with its byte-order mark) NUL bytes are half of each ASCII character, no sign of binary data.
  const utf16 = utf16ByteOrder(bytes) !== null;
  if (!utf16 && looksBinary(bytes)) return { kind: 'unsupported', format: 'binary', extensionFormat };
  if (looksLikeHtml(utf16 ? decodeText(bytes.subarray(0, UTF16_HEAD_BYTES)).text : head)) return { kind: 'supported', format: 'html', extensionFormat };
  const format = extensionFormat === 'markdown' ? 'markdown' : 'text';
  return { kind: 'supported', format, extensionFormat };
}

function detectZip(bytes: Uint8Array, extensionFormat: Format | null): Detection {
  // Entry names of a zip are stored in clear in its local headers and central directory.
  const names = latin1(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - (1 << 16))));
  const has = (name: string) => names.includes(name) || tail.includes(name);
  if (has('word/document.xml')) return { kind: 'supported', format: 'docx', extensionFormat };
  // An ODF package starts with its uncompressed "mimetype" entry, the next entry's header right after it.
  if (names.includes('mimetypeapplication/vnd.oasis.opendocument.textPK')) return { kind: 'supported', format: 'odt', extensionFormat };
  if (names.includes('application/vnd.oasis.opendocument')) return { kind: 'unsupported', format: 'odf', extensionFormat };
  return { kind: 'unsupported', format: 'zip', extensionFormat };
}

function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().slice(0, 512).toLowerCase();
  return /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/.test(start) ||
    (/^<!--/.test(start) && /<html[\s>]/.test(head.toLowerCase()));
}

/** The part of a UTF-16 text decoded to look for HTML's opening tags (1024 characters, as `head` reads 1024 bytes). */
const UTF16_HEAD_BYTES = 2050;

/** NUL bytes never occur in text in the 8-bit encodings and UTF-8 we read. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
} as const satisfies Record<Format, string>;
