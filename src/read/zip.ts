/** What czdoc needs of zip containers (DOCX, ODT) before a library inflates them. */
import { ReadError } from './errors.js';

/** More than this unpacked is a zip bomb, not a document: refused before anything is inflated. */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;

/** Throws `too_large` when the zip declares more than MAX_UNCOMPRESSED_BYTES of content. */
export function refuseZipBomb(bytes: Uint8Array, kind: string): void {
  const unpacked = declaredUncompressedSize(bytes);
  if (unpacked === null || unpacked <= MAX_UNCOMPRESSED_BYTES) return;
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  const message = `The ${kind} would unpack to ${mb(unpacked)} MB (over ${mb(MAX_UNCOMPRESSED_BYTES)} MB): a zip bomb or a damaged file; not opened.`;
  throw new ReadError('too_large', message);
}

/**
 * The total uncompressed size the zip's central directory declares (ZIP64 aware), or null when
 * there is no readable directory (the reader then reports the damage). Reads headers only.
 */
export function declaredUncompressedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findSignature(view, 0x06054b50, Math.max(0, bytes.byteLength - 22 - 0xffff));
  if (eocd < 0) return null;
  let entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((entries === 0xffff || offset === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === 0x07064b50) {
    const zip64 = Number(view.getBigUint64(locator + 8, true));
    if (zip64 + 56 > bytes.byteLength || view.getUint32(zip64, true) !== 0x06064b50) return null;
    entries = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const size = view.getUint32(offset + 24, true);
    total += size === 0xffffffff ? zip64Size(view, offset + 46 + nameLength, extraLength) : size;
    offset += 46 + nameLength + extraLength + view.getUint16(offset + 32, true);
  }
  return total;
}

/** The last occurrence of a 4-byte little-endian signature at or after `from`. */
function findSignature(view: DataView, signature: number, from: number): number {
  for (let i = view.byteLength - 4; i >= from; i--) if (view.getUint32(i, true) === signature) return i;
  return -1;
}

/** The uncompressed size from an entry's ZIP64 extra field (its first 8-byte value). */
function zip64Size(view: DataView, extraStart: number, extraLength: number): number {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001 && length >= 8 && at + 12 <= view.byteLength) return Number(view.getBigUint64(at + 4, true));
    at += 4 + length;
  }
  return 0xffffffff;
}
