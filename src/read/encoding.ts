/**
 * Character encoding of text input: UTF-8 (with or without BOM), UTF-16 with BOM, or one of the
 * legacy Czech 8-bit encodings, Windows-1250 and ISO-8859-2, told apart from the bytes.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'iso-8859-2';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  const utf16 = utf16ByteOrder(buf);
  if (utf16) return { text: iconv.decode(buf.subarray(2), utf16), encoding: utf16 };
  if (isValidUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  const encoding = chooseCzech8Bit(buf, declared);
  return { text: iconv.decode(buf, encoding), encoding };
}

/** The UTF-16 byte order its byte-order mark states, or null without one. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes 0x80–0x9F are C1 control codes in ISO-8859-2 but letters (Š š Ť ť Ž ž Ś ś Ź ź) in
 * Windows-1250, so any of them decides for Windows-1250. Otherwise the bytes where the two
 * differ in the upper half (0xA9 Š/©, 0xB9 š/ą, 0xAB Ť/«, 0xBB ť/», 0xAE Ž/®, 0xBE ž/ľ…) are
 * counted: Czech text has many Š/š/Ž/ž and almost no ą/ľ/©/®.
 */
function chooseCzech8Bit(buf: Buffer, declared?: string | null): 'windows-1250' | 'iso-8859-2' {
  let c1 = 0;
  let isoLetters = 0;
  for (const byte of buf) {
    if (byte >= 0x80 && byte <= 0x9f) c1++;
    else if (ISO_ONLY_CZECH_LETTERS.has(byte)) isoLetters++;
  }
  if (c1 > 0) return 'windows-1250';
  if (isoLetters > 0) return 'iso-8859-2';
  const hint = declared?.toLowerCase().replace(/[^a-z0-9]/g, '');
  return hint === 'iso88592' || hint === 'latin2' ? 'iso-8859-2' : 'windows-1250';
}

/** Š Ť Ž š ť ž in ISO-8859-2; rare symbols (© « ® ą » ľ) in Windows-1250. */
const ISO_ONLY_CZECH_LETTERS = new Set([0xa9, 0xab, 0xae, 0xb9, 0xbb, 0xbe]);

/** The charset an HTML document declares in a meta tag, if any (read as ASCII). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}
