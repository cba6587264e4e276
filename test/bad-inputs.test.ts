/** Bad input becomes a clear error record (or ok with a warning); nothing throws. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/index.js';
import { BAD, SEEDS } from './helpers.js';

const process = (name: string, options: { maxBytes?: number } = {}) =>
  processDocument(readFileSync(join(BAD, name)), { path: name, ...options });

describe('bad inputs', () => {
  it.each([
    ['empty.txt', 'empty_file', /empty/],
    ['truncated.pdf', 'corrupt', /damaged/],
    ['encrypted.pdf', 'encrypted', /password/],
    ['scanned-no-text.pdf', 'no_text', /no text layer.*OCR/],
    ['damaged.docx', 'corrupt', /damaged/],
  ])('%s → error %s with a readable reason', async (name, code, message) => {
    const record = await process(name);
    expect(record.status).toBe('error');
    expect(record.error?.code).toBe(code);
    expect(record.error?.message).toMatch(message);
  });

  it('refuses an oversized file', async () => {
    const record = await processDocument(readFileSync(join(SEEDS, '002_d8e6a0855838f666.pdf')), { path: 'x.pdf', maxBytes: 1000 });
    expect(record.error?.code).toBe('too_large');
    expect(record.error?.message).toMatch(/over the limit/);
  });

  it('reads a mislabelled file by its content, with a warning', async () => {
    for (const name of ['really-a-pdf.txt', 'really-a-docx.pdf']) {
      const record = await process(name);
      expect(record.status).toBe('ok');
      expect(record.warnings.map((w) => w.code)).toContain('format_mismatch');
      expect(record.text.length).toBeGreaterThan(1000);
    }
  });

  it('gives a text of white space an ok record with a warning', async () => {
    const record = await process('blank.txt');
    expect(record.status).toBe('ok');
    expect(record.warnings.map((w) => w.code)).toEqual(['empty_text']);
  });

  it('names legacy Word and ODT files and says what to do', async () => {
    const doc = await processDocument(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { path: 'old.doc' });
    expect(doc.error?.code).toBe('unsupported_format');
    expect(doc.error?.message).toMatch(/Convert it to DOCX/);
  });
});
