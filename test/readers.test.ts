import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/read/detect.js';
import { decodeText } from '../src/read/encoding.js';
import { htmlToText } from '../src/read/html.js';
import { readDocument } from '../src/read/index.js';
import { markdownToText } from '../src/read/markdown.js';
import { processDocument } from '../src/process.js';
import { BAD, SEED_IDS, SEEDS, SHARED } from './helpers.js';

const seed = (name: string) => readFileSync(join(SEEDS, name));

describe('format detection from the bytes', () => {
  it('recognises each format by content, with the extension only telling Markdown from text', () => {
    expect(detectFormat(seed('002_d8e6a0855838f666.pdf'), 'x.pdf')).toMatchObject({ kind: 'supported', format: 'pdf' });
    expect(detectFormat(seed('002_d8e6a0855838f666.docx'), 'x.docx')).toMatchObject({ format: 'docx' });
    expect(detectFormat(seed('002_d8e6a0855838f666.odt'), 'x.odt')).toMatchObject({ format: 'odt' });
    expect(detectFormat(Buffer.from('<!DOCTYPE html><html><body>x</body></html>'), 'x.txt')).toMatchObject({ format: 'html' });
    expect(detectFormat(seed('004_2390318a2969672b.md'), 'x.md')).toMatchObject({ format: 'markdown' });
    expect(detectFormat(seed('001_0f04818b8e1e8c03.txt'), 'x.txt')).toMatchObject({ format: 'text' });
  });

  it('reports a mismatch between name and content and reads the content', async () => {
    const doc = await readDocument(readFileSync(join(BAD, 'really-a-pdf.txt')), 'really-a-pdf.txt');
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.warnings.map((w) => w.code)).toContain('format_mismatch');
  });

  it('names legacy and foreign formats it does not read', () => {
    expect(detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'a.doc')).toMatchObject({ kind: 'unsupported', format: 'doc' });
    expect(detectFormat(Buffer.from('\u0089PNG\r\n', 'latin1'), 'a.txt')).toMatchObject({ kind: 'unsupported', format: 'image' });
    expect(detectFormat(odf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }), 'a.ods')).toMatchObject({ kind: 'unsupported', format: 'odf' });
    expect(detectFormat(odf({ mimetype: 'application/vnd.oasis.opendocument.text-template', 'content.xml': '<x/>' }), 'a.ott')).toMatchObject({ format: 'odf' });
  });
});

/** An OpenDocument package: the uncompressed mimetype entry first, as ODF requires. */
function odf(files: Record<string, string>): Uint8Array {
  const entries = Object.entries(files).map(([name, content]) => [name, [strToU8(content), { level: name === 'mimetype' ? 0 : 6 }]] as const);
  return zipSync(Object.fromEntries(entries) as Zippable);
}

const ODT = 'application/vnd.oasis.opendocument.text';
const content = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;

describe('ODT', () => {
  it('reads paragraphs, headings, line breaks, tabs, spaces, lists and tables, with footnotes after the body', async () => {
    const body =
      '<text:h text:outline-level="1">Usnesení č. 12/2024</text:h>' +
      '<text:p>Rada města <text:span>Liberec</text:span>\n   schvaluje<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Viz příloha.</text:p></text:note-body></text:note> smlouvu.</text:p>' +
      '<text:p>Ing. Jan Novák<text:line-break/>starosta<text:tab/>v.r.<text:s text:c="3"/>konec</text:p>' +
      '<office:annotation><text:p>komentář</text:p></office:annotation>' +
      '<text:list><text:list-item><text:p>první bod</text:p></text:list-item><text:list-item><text:p>druhý bod</text:p></text:list-item></text:list>' +
      '<table:table><table:table-row><table:table-cell><text:p>Částka</text:p></table:table-cell><table:table-cell><text:p>1 000 Kč</text:p></table:table-cell></table:table-row></table:table>';
    const doc = await readDocument(odf({ mimetype: ODT, 'content.xml': content(body) }), 'u.odt');
    expect(doc.mediaType).toBe(ODT);
    expect(doc.title).toBe('Usnesení č. 12/2024');
    expect(doc.text).toBe(
      'Usnesení č. 12/2024\nRada města Liberec schvaluje smlouvu.\nIng. Jan Novák\nstarosta\tv.r.   konec\nprvní bod\ndruhý bod\nČástka\n1 000 Kč\n\nViz příloha.',
    );
  });

  it('takes the title from meta.xml when it has one', async () => {
    const meta = '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>Zápis &amp; usnesení</dc:title></office:meta></office:document-meta>';
    const doc = await readDocument(odf({ mimetype: ODT, 'content.xml': content('<text:p>Text</text:p>'), 'meta.xml': meta }), 'u.odt');
    expect(doc.title).toBe('Zápis & usnesení');
  });

  it('gives the seeds in ODT the same normalised text as in DOCX', async () => {
    for (const id of SEED_IDS) {
      const odt = await processDocument(seed(`${id}.odt`), { path: `${id}.odt` });
      const docx = await processDocument(seed(`${id}.docx`), { path: `${id}.docx` });
      expect(odt.text).toBe(docx.text);
    }
  });

  it('refuses a password-protected or damaged ODT with a reason', async () => {
    const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>';
    await expect(readDocument(odf({ mimetype: ODT, 'content.xml': 'binary', 'META-INF/manifest.xml': manifest }), 'locked.odt')).rejects.toMatchObject({ code: 'encrypted' });
    const whole = seed('002_d8e6a0855838f666.odt');
    await expect(readDocument(whole.subarray(0, whole.length >> 1), 'cut.odt')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readDocument(odf({ mimetype: ODT, 'meta.xml': '<x/>' }), 'empty.odt')).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('text encodings', () => {
  const utf8 = seed('001_0f04818b8e1e8c03.txt').toString('utf8');

  it('tells Windows-1250 from ISO-8859-2 (they differ on š ť ž)', () => {
    const cp1250 = decodeText(readFileSync(join(BAD, 'cp1250.txt')));
    expect(cp1250.encoding).toBe('windows-1250');
    expect(cp1250.text).toBe(utf8);
    const latin2 = decodeText(readFileSync(join(BAD, 'latin2.txt')));
    expect(latin2.encoding).toBe('iso-8859-2');
    expect(latin2.text).toContain('Smržovka');
    expect(latin2.text).toContain('Višňová');
  });

  it('reads UTF-8 with and without BOM', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Žďár nad Sázavou')]);
    expect(decodeText(withBom)).toEqual({ text: 'Žďár nad Sázavou', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('Žďár'))).toEqual({ text: 'Žďár', encoding: 'utf-8' });
  });

  it('reads HTML and text in UTF-16 with a byte-order mark (its NUL bytes are no sign of binary data)', async () => {
    const html = '<html><head><meta charset="windows-1250"><title>Hlasování</title></head><body><p>Zastupitelstvo města Vsetína</p><p>Jan Novák: ANO</p></body></html>';
    const utf16 = (text: string, bom: number[], encoding: 'utf16le') => Buffer.concat([Buffer.from(bom), Buffer.from(text, encoding)]);
    const le = await readDocument(utf16(html.replace(/\n/g, '\r\n'), [0xff, 0xfe], 'utf16le'), 'hlasovani.html');
    expect(le.mediaType).toBe('text/html');
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toContain('Zastupitelstvo města Vsetína');
    const be = Buffer.from(utf16('Usnesení č. 5/2019', [0xff, 0xfe], 'utf16le').subarray(2)).swap16();
    const text = await readDocument(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'usneseni.txt');
    expect(text.mediaType).toBe('text/plain');
    expect(text.text).toBe('Usnesení č. 5/2019');
  });

  it.skipIf(!existsSync(join(SHARED, 'corpus/docs/t001.html')))('reads the Windows-1250 HTML of the corpus', async () => {
    const doc = await readDocument(readFileSync(join(SHARED, 'corpus/docs/t001.html')), 't001.html');
    expect(doc.encoding).toBe('windows-1250');
    expect(doc.text).toContain('Zastupitelstvo města Brna');
  });
});

describe('HTML', () => {
  it('drops markup, scripts and styles and keeps block structure', () => {
    const { text, title } = htmlToText(
      '<html><head><title>Zpráva</title><style>p{color:red}</style></head><body><script>var x="Kč";</script>' +
        '<h1>Nadpis</h1><p>První &amp; odstavec<br>druhý řádek</p><table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table></body></html>',
    );
    expect(title).toBe('Zpráva');
    expect(text).toBe('Nadpis\nPrvní & odstavec\ndruhý řádek\nA\tB\nC');
  });
});

describe('Markdown', () => {
  it('keeps the words and prose front matter, drops markup and link targets', () => {
    const md = '---\ntitle: "Zápis"\nlayout: post\nsource_url: "https://example.org/x"\ndate: 2020-02-27\n---\n# Nadpis\n\n**Tučně** a [odkaz](http://x.cz) a *kurzíva*.';
    const { text, title } = markdownToText(md);
    expect(title).toBe('Zápis');
    expect(text).toBe('Zápis\n2020-02-27\n\nNadpis\n\nTučně a odkaz a kurzíva.');
  });
});

describe('PDF and DOCX', () => {
  it('keeps PDF page boundaries', async () => {
    const doc = await readDocument(seed('000_502735f528e78d37.pdf'), 'x.pdf');
    expect(doc.pages).toBe(2);
    expect(doc.pageStarts).toHaveLength(2);
    expect(doc.text.slice(doc.pageStarts[1]!)).toMatch(/^praktických opatřeních/);
  });

  it('keeps DOCX line breaks inside paragraphs (mammoth raw text would drop them)', async () => {
    const doc = await readDocument(seed('003_5247c620947f851a.docx'), 'x.docx');
    expect(doc.text).toMatch(/Zpracoval:\s*\n\s*Václav Strouhal, DiS\./);
  });
});
