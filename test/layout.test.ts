/** The layout stage: its corpus, and blocks from the elements and lines of every format czdoc reads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLayout, lineAt } from '../src/layout/index.js';
import { exampleInput, LAYOUT_CORPUS } from '../src/layout/corpus.js';
import { extractText, processDocument } from '../src/process.js';
import type { CzdocRecord } from '../src/schema/record.js';
import { SEEDS, SHARED } from './helpers.js';

describe('layout corpus', () => {
  it('has examples of every marked kind and negatives', () => {
    const kinds = new Set(LAYOUT_CORPUS.flatMap((e) => e.expected.map(([kind]) => kind)));
    for (const kind of ['signature', 'contact', 'heading', 'list_item', 'table_row', 'table_cell']) expect(kinds).toContain(kind);
    expect(LAYOUT_CORPUS.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each(LAYOUT_CORPUS.map((e) => [e.text.slice(0, 60), e] as const))('%s', (_name, example) => {
    const { text, evidence } = exampleInput(example.text);
    const { blocks } = buildLayout({ text, evidence });
    // The first line of a text reads as its title; the examples open with a sentence to keep it out.
    const marked = blocks.filter((b) => b.kind !== 'paragraph' && !(b.kind === 'heading' && b.start === 0 && example.expected[0]?.[0] !== 'heading'));
    expect(marked.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual(example.expected);
  });
});

describe('blocks', () => {
  it('cover the text in order without overlapping, cells inside their rows', async () => {
    for (const file of [join(SHARED, 'corpus/docs/b006.pdf'), join(SHARED, 'corpus/docs/c23.txt'), join(SEEDS, '000_502735f528e78d37.docx')]) {
      const record = await read(file);
      let end = 0;
      let row: { start: number; end: number } | null = null;
      for (const b of record.blocks) {
        expect(b.end).toBeGreaterThan(b.start);
        if (b.kind === 'table_cell') {
          expect(row && b.start >= row.start && b.end <= row.end).toBe(true);
          continue;
        }
        expect(b.start).toBeGreaterThanOrEqual(end);
        end = b.end;
        row = b.kind === 'table_row' ? b : null;
      }
    }
  });

  it('DOCX and ODT: the same list items of the markup in both formats of one document', async () => {
    const [odt, docx] = await Promise.all(['b022.odt', 'b023.docx'].map((f) => read(join(SHARED, 'corpus/docs', f))));
    expect(texts(docx!, 'list_item').length).toBeGreaterThan(5);
    expect(texts(odt!, 'list_item')).toEqual(texts(docx!, 'list_item'));
    expect(texts(docx!, 'contact').join('\n')).toContain('Marcel Kolaja, předseda výboru');
  });

  it('DOCX: table rows and cells of the markup', async () => {
    const record = await read(join(SHARED, 'corpus/docs/b005.docx'));
    expect(texts(record, 'table_row')[0]).toBe('Jméno\nPříjmení\nTrvalé bydliště Čerčany\nPodpis');
    expect(texts(record, 'table_cell').slice(0, 4)).toEqual(['Jméno', 'Příjmení', 'Trvalé bydliště Čerčany', 'Podpis']);
  });

  it('HTML: table rows and cells of a roll-call vote', async () => {
    const record = await read(join(SHARED, 'corpus/docs/c01.html'));
    expect(texts(record, 'table_row').length).toBeGreaterThan(5);
    expect(texts(record, 'table_cell').length).toBeGreaterThan(texts(record, 'table_row').length);
  });

  it('PDF: page headers and footers that repeat, and the signature block', async () => {
    const record = await read(join(SHARED, 'corpus/docs/b006.pdf'));
    expect(texts(record, 'page_header').length).toBeGreaterThanOrEqual(5);
    expect(texts(record, 'page_footer')).toContain('2');
    expect(texts(record, 'signature').join('\n')).toContain('Ing. Jaromír Látal');
    expect(record.signatories.map((s) => s.name)).toEqual(expect.arrayContaining(['Jaromír Látal', 'Daniel Rokos']));
  });

  it('TXT: the two-column signature lines under an usnesení, letter-spaced names joined', async () => {
    const record = await read(join(SHARED, 'corpus/docs/c23.txt'));
    expect(texts(record, 'signature')).toEqual(['Mgr. Jiří Matušek Milena Kozumplíková zástupce starosty městské části starostka městské části']);
    expect(record.signatories.map((s) => s.name).sort()).toEqual(['Jiří Matušek', 'Milena Kozumplíková']);
  });

  it('keeps names set side by side in columns apart, surname first or not', () => {
    const surnameFirst = extractText('Zastupitelstvo schvaluje rozpočet.\n\n………………………   ………………………\nN o v á k  Jan      D v o ř á k  Petr\nstarosta             místostarosta');
    expect(surnameFirst.signatories.map((s) => s.name)).toEqual(['Jan Novák', 'Petr Dvořák']);
    const three = extractText('Usnesení bylo přijato.\n\nIng. Jan Novák     Mgr. Petr Malý     Ing. Eva Horáková\nstarosta     místostarosta     tajemnice');
    expect(three.signatories.map((s) => s.name)).toEqual(['Jan Novák', 'Petr Malý', 'Eva Horáková']);
    const contract = extractText('Smlouva nabývá účinnosti dnem podpisu.\n\nZa objednatele: Ing. Jan Novák, ředitel\nZa zhotovitele: Peter Schmidt, jednatel');
    expect(contract.signatories.map((s) => s.name)).toEqual(['Jan Novák', 'Peter Schmidt']);
  });

  it('finds the visual line of an offset', () => {
    const layout = buildLayout({ text: 'první řádek\ndruhý řádek' });
    expect(lineAt(layout, 14)).toEqual({ start: 12, end: 23 });
    expect(lineAt(layout, 11)).toBeNull();
  });
});

async function read(file: string): Promise<CzdocRecord> {
  return processDocument(readFileSync(file), { path: file });
}

function texts(record: CzdocRecord, kind: string): string[] {
  return record.blocks.filter((b) => b.kind === kind).map((b) => record.text.slice(b.start, b.end));
}

describe('the review page', () => {
  it('labels each block where it starts and lists them, the text left as it is', async () => {
    const { renderDocumentPage } = await import('../src/review/page.js');
    const record = await read(join(SHARED, 'corpus/docs/c23.txt'));
    const { html } = renderDocumentPage(record, 'c23.json');
    const signature = record.blocks.findIndex((b) => b.kind === 'signature');
    expect(html).toContain(`id="b-${signature}" data-block="signature"`);
    expect(html).toContain('data-label="podpisový blok"');
    expect(html).toMatch(/<a href="#b-\d+" data-jump>podpisový blok<\/a>: „Mgr. Jiří Matušek/u);
  });
});
