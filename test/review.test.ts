import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, processDocument, type CzdocRecord } from '../src/index.js';
import { writeReview } from '../src/review/index.js';
import { highlightText, type ReviewSpan } from '../src/review/spans.js';
import { chromiumMissing, launchChromium, type Browser } from './review-browser.js';

const SEEDS = resolve('fixtures/seeds');
/** The README's screenshot is refreshed on request (UPDATE_SCREENSHOT=1), so a test run leaves the tree clean. */
const SCREENSHOT = process.env.UPDATE_SCREENSHOT ? resolve('docs/review-screenshot.png') : resolve('output/review-screenshot.png');

interface Built {
  dir: string;
  /** Record file (relative) → record, for the valid records. */
  records: Map<string, CzdocRecord>;
  /** Every file writeReview must list: valid, error and invalid records. */
  listed: string[];
}

/** Seeds in every format, an error record, a broken file, hostile text and overlapping spans. */
async function buildRecords(): Promise<Built> {
  const dir = mkdtempSync(join(tmpdir(), 'czdoc-review-'));
  const records = new Map<string, CzdocRecord>();
  const save = (file: string, record: CzdocRecord) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(record, null, 2));
    records.set(file, record);
  };
  for (const name of readdirSync(SEEDS).filter((n) => !n.endsWith('.expected.json')).sort()) {
    save(`seeds/${name}.json`, await processDocument(readFileSync(join(SEEDS, name)), { path: `seeds/${name}` }));
  }
  save('errors/damaged.pdf.json', await processDocument(Buffer.from('%PDF-1.4 not really'), { path: 'damaged.pdf' }));
  save('hostile.json', extractText(HOSTILE_TEXT, { path: 'hostile <&> "q".txt' }));
  save('overlaps.json', overlappingRecord());
  const misaligned = extractText('Obec Liberec dostala 5 mil. Kč.', { path: 'misaligned.txt' });
  misaligned.amounts = [{ text: '7 Kč', start: 0, end: 4, value: 7, currency: 'CZK', qualifier: null, role: 'single' }];
  save('misaligned.json', misaligned);
  writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": "1.0.0", "status": "ok"');
  writeFileSync(join(dir, 'schema.json'), '{}');
  writeFileSync(join(dir, '_run.json'), '{}');
  writeFileSync(join(dir, 'notes.txt'), 'not a record');
  return { dir, records, listed: [...records.keys(), 'broken.json'] };
}

const HOSTILE_TEXT = '<script>window.PWNED = 1</script> "Uvozovky" & \'apostrofy\' <b>ne tučně</b>\n\nRada kraje v Liberci dne 1. 2. 2020 schválila 500 tis. Kč.';

/** Spans that nest and cross: a signatory containing a person, a date crossing the end of a resolution. */
function overlappingRecord(): CzdocRecord {
  const text = 'Podepsal starosta Jan Novák dne 3. 4. 2021 podle usnesení č. 12/3 ze dne 2. 4. 2021.';
  const record = extractText(text, { path: 'overlaps.txt' });
  const span = (part: string, from = 0) => {
    const start = text.indexOf(part, from);
    return { text: part, start, end: start + part.length };
  };
  const person = span('Jan Novák');
  const resolution = span('usnesení č. 12/3 ze dne 2. 4.');
  return {
    ...record,
    dates: [
      { ...span('3. 4. 2021'), value: '2021-04-03', precision: 'day', role: 'single', yearInferred: false },
      { ...span('2. 4. 2021', resolution.start), value: '2021-04-02', precision: 'day', role: 'single', yearInferred: false },
    ],
    amounts: [],
    municipalities: [],
    regions: [],
    resolutions: [{ ...resolution, id: '12/3', body: null, date: '2021-04-02', year: 2021 }],
    signatories: [{ ...span('starosta Jan Novák'), name: 'Jan Novák', role: 'starosta', organization: null }],
    persons: [{ name: 'Jan Novák', titles: [], roles: ['starosta'], mentions: [person] }],
    warnings: [{ code: 'test_warning', message: 'Varování <s pozicí>', start: person.start, end: person.end }],
  };
}

/** Every span of a record that points at its text, as "kind|start|end|text", the shape the page must reproduce. */
function recordSpans(record: CzdocRecord): string[] {
  const spans: string[] = [];
  const add = (kind: string, s: { text: string; start: number; end: number }) => {
    if (record.text.slice(s.start, s.end) === s.text) spans.push(`${kind}|${s.start}|${s.end}|${s.text}`);
  };
  record.dates.forEach((s) => add('date', s));
  record.amounts.forEach((s) => add('amount', s));
  record.resolutions.forEach((s) => add('resolution', s));
  record.signatories.forEach((s) => add('signatory', s));
  record.municipalities.forEach((m) => m.mentions.forEach((s) => add('municipality', s)));
  record.regions.forEach((m) => m.mentions.forEach((s) => add('region', s)));
  record.persons.forEach((m) => m.mentions.forEach((s) => add('person', s)));
  return spans.sort();
}

/** The spans the page highlights, measured in the DOM: offsets from the text nodes before each mark. */
async function highlightedSpans(page: Page): Promise<{ spans: string[]; text: string }> {
  return page.evaluate(() => {
    const root = document.getElementById('text')!;
    const found = new Map<string, { kind: string; start: number; end: number; text: string }>();
    let offset = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (el.tagName !== 'MARK') continue;
        const key = el.dataset.key!;
        const span = found.get(key) ?? { kind: el.dataset.kind!, start: offset, end: offset, text: '' };
        if (span.end !== offset) span.text += '\u0000gap';
        span.text += value;
        span.end = offset + value.length;
        found.set(key, span);
      }
      offset += value.length;
    }
    const spans = [...found.values()].map((s) => `${s.kind}|${s.start}|${s.end}|${s.text}`).sort();
    return { spans, text: root.textContent ?? '' };
  });
}

/** Record file → its page, read from index-data.js the way the browser reads it. */
function pagesByRecord(outDir: string): Map<string, string> {
  const window: { CZDOC_REVIEW?: { rows: string[][] } } = {};
  runInNewContext(readFileSync(join(outDir, 'index-data.js'), 'utf8'), { window });
  return new Map(window.CZDOC_REVIEW!.rows.map((row) => [row[2]!, row[0]!]));
}

function fileUrl(path: string): string {
  return pathToFileURL(path).href;
}

describe('writeReview', () => {
  let built: Built;
  let outDir: string;

  beforeAll(async () => {
    built = await buildRecords();
    outDir = join(built.dir, 'review');
  }, 60_000);

  afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

  it('lists every record file, skips non-records, and writes a page for each', async () => {
    const progress: number[] = [];
    const result = await writeReview(built.dir, { onProgress: (done, total) => progress.push(total - done) });
    expect(result.indexPath).toBe(join(outDir, 'index.html'));
    expect(result.documents).toBe(built.listed.length);
    expect(result.pagesWritten).toBe(built.listed.length);
    expect(progress.at(-1)).toBe(0);
    expect(readdirSync(join(outDir, 'docs'))).toHaveLength(built.listed.length);
    const data = readFileSync(join(outDir, 'index-data.js'), 'utf8');
    for (const file of built.listed) expect(data).toContain(JSON.stringify(file));
    expect(data).not.toContain('schema.json');
  });

  it('regenerates only the pages whose record changed and removes pages of deleted records', async () => {
    expect((await writeReview(built.dir)).pagesWritten).toBe(0);
    const file = 'seeds/000_502735f528e78d37.txt.json';
    const changed = { ...built.records.get(file)!, warnings: [{ code: 'edited', message: 'upraveno' }] };
    writeFileSync(join(built.dir, file), JSON.stringify(changed));
    built.records.set(file, changed);
    writeFileSync(join(built.dir, 'gone.json'), 'null');
    expect((await writeReview(built.dir)).pagesWritten).toBe(2);
    rmSync(join(built.dir, 'gone.json'));
    const result = await writeReview(built.dir);
    expect(result).toMatchObject({ documents: built.listed.length, pagesWritten: 0 });
    expect(readdirSync(join(outDir, 'docs'))).toHaveLength(built.listed.length);
  });

  it('writes to another directory when asked', async () => {
    const elsewhere = join(built.dir, '..', `${built.dir.split('/').pop()}-out`);
    try {
      const result = await writeReview(built.dir, { outDir: elsewhere });
      expect(result.indexPath).toBe(join(elsewhere, 'index.html'));
      expect(result.documents).toBe(built.listed.length);
      expect(existsSync(join(elsewhere, 'assets', 'review.css'))).toBe(true);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  const missing = chromiumMissing();
  describe.skipIf(missing !== null)(`in Chromium${missing ? ` (skipped: ${missing})` : ''}`, { timeout: 30_000 }, () => {
    let browser: Browser;
    let page: Page;
    const requests: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      await writeReview(built.dir);
      browser = await launchChromium();
      page = await browser.context.newPage();
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      expect(pageErrors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    });

    const rowPaths = () => page.$$eval('#rows tr .doc-path, #rows tr a.doc-title', (els) => els.map((e) => e.textContent ?? ''));
    const rowCount = () => page.$$eval('#rows tr', (rows) => rows.length);

    it('the index lists every record, errors first', async () => {
      await page.goto(fileUrl(join(outDir, 'index.html')));
      await page.waitForFunction(() => 'CZDOC_REVIEW_READY' in window);
      expect(await rowCount()).toBe(built.listed.length);
      const paths = await rowPaths();
      for (const record of built.records.values()) expect(paths).toContain(record.source.path);
      const statuses = await page.$$eval('#rows tr', (rows) => rows.map((r) => r.className));
      expect(statuses.slice(0, 2).sort()).toEqual(['row-error', 'row-invalid']);
      expect(await page.textContent('#result-count')).toContain(`Nalezeno ${built.listed.length} z ${built.listed.length}`);
    });

    it('filters by field, type, status and text, and keeps the filters in the address', async () => {
      const valid = [...built.records.values()];
      await page.selectOption('#f-amount', 'has');
      expect(await rowCount()).toBe(valid.filter((r) => r.amounts.length > 0).length);
      await page.selectOption('#f-amount', 'none');
      expect(await rowCount()).toBe(valid.filter((r) => r.amounts.length === 0).length + 1);
      await page.selectOption('#f-amount', '');
      await page.selectOption('#type', 'council_document');
      expect(await rowCount()).toBe(valid.filter((r) => r.document.type === 'council_document').length);
      await page.selectOption('#type', '');
      await page.selectOption('#status', 'error');
      expect(await rowPaths()).toEqual(['damaged.pdf']);
      await page.selectOption('#status', '');
      await page.fill('#q', 'SEEDS/003 pdf');
      expect(await rowPaths()).toEqual(expect.arrayContaining(['seeds/003_5247c620947f851a.pdf']));
      expect(await rowCount()).toBe(1);
      expect(page.url()).toContain('q=SEEDS%2F003+pdf');
      await page.reload();
      await page.waitForFunction(() => 'CZDOC_REVIEW_READY' in window);
      expect(await rowCount()).toBe(1);
      await page.fill('#q', 'liberci'.toUpperCase());
      expect(await rowPaths()).toContain('hostile <&> "q".txt');
      await page.click('#reset');
      await page.waitForFunction((n) => document.querySelectorAll('#rows tr').length === n, built.listed.length);
    });

    it('finds values: municipality by name or code, region, year, resolution, person and amount range, with charts of what it found', async () => {
      await page.goto(fileUrl(join(outDir, 'index.html')));
      await page.waitForFunction(() => 'CZDOC_REVIEW_READY' in window);
      const valid = [...built.records.values()];
      const fold = (v: string) => v.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const expectRows = async (selector: string, value: string, keep: (r: CzdocRecord) => boolean) => {
        await page.fill(selector, value);
        const expected = valid.filter(keep).length;
        expect(expected, `${selector}=${value}`).toBeGreaterThan(0);
        expect(await rowCount(), `${selector}=${value}`).toBe(expected);
        await page.fill(selector, '');
      };
      await expectRows('#v-municipality', 'ralsko', (r) => r.municipalities.some((m) => m.name === 'Ralsko'));
      await expectRows('#v-municipality', '562017', (r) => r.municipalities.some((m) => m.code === '562017'));
      await expectRows('#v-region', 'liberecky', (r) => r.regions.some((g) => fold(g.name).includes('liberecky')));
      await expectRows('#v-year', '2016', (r) => r.dates.some((d) => d.value.startsWith('2016')));
      await expectRows('#v-resolution', '1145/16', (r) => r.resolutions.some((u) => u.id.includes('1145/16')));
      await expectRows('#v-person', 'půta', (r) => r.persons.some((p) => fold(p.name).includes('puta')));
      await page.fill('#v-amount-min', '1000000');
      await page.fill('#v-amount-max', '50000000');
      const inRange = valid.filter((r) => r.amounts.some((a) => a.currency === 'CZK' && a.value >= 1e6 && a.value <= 5e7));
      expect(inRange.length).toBeGreaterThan(0);
      expect(await rowCount()).toBe(inRange.length);
      expect(page.url()).toContain('v-amountMin=1000000');
      // The charts count the documents found: per type, their bars add up to the rows.
      const typeBars = await page.$$eval('#charts figure:first-child .bar .count', (els) => els.map((e) => Number(e.textContent)));
      expect(typeBars.reduce((a, b) => a + b, 0)).toBe(inRange.filter((r) => r.document.type).length);
      const regionChart = await page.getAttribute('#charts figure:nth-child(3) svg', 'aria-label');
      expect(regionChart).toContain('Liberecký kraj');
      await page.click('#reset');
      await page.waitForFunction((n) => document.querySelectorAll('#rows tr').length === n, built.listed.length);
    });

    const open = (file: string) => page.goto(fileUrl(join(outDir, pagesByRecord(outDir).get(file)!)));

    it('each document page highlights exactly the spans of its record', async () => {
      for (const [file, record] of built.records) {
        await open(file);
        if (!record.text) {
          expect(await page.textContent('#text')).toContain('žádný text');
        } else {
          const shown = await highlightedSpans(page);
          expect(shown.text, file).toBe(record.text);
          expect(shown.spans, file).toEqual(recordSpans(record));
        }
      }
    }, 60_000);

    it('shows normalised values, pages and warnings, and escapes the text', async () => {
      await open('hostile.json');
      expect(await page.evaluate(() => (window as unknown as { PWNED?: number }).PWNED)).toBeUndefined();
      expect(await page.textContent('h1')).toContain('<script>window.PWNED = 1</script>');
      expect(await page.$$('#text b, #text script')).toHaveLength(0);

      await open('misaligned.json');
      expect(await page.textContent('.problems')).toContain('Chybný rozsah (částka amount-0-0): na pozici [0, 4) stojí „Obec“, záznam uvádí „7 Kč“');
      expect(await page.textContent('#v-amount-0 .broken')).toContain('rozsah neodpovídá textu');
      expect(await page.$$('#v-amount-0 a')).toHaveLength(0);

      await open('overlaps.json');
      expect(await page.textContent('.problems')).toContain('Varování <s pozicí>');
      expect(await page.$$eval('mark[data-cont]', (m) => m.length)).toBeGreaterThan(0);
      expect(await page.textContent('#v-resolution-0')).toContain('č. 12/3');
      expect(await page.textContent('#v-resolution-0')).toContain('2021-04-02');
      expect(await page.textContent('#v-person-0')).toContain('starosta');

      const file = 'seeds/003_5247c620947f851a.pdf.json';
      const record = built.records.get(file)!;
      await open(file);
      expect(record.pageMap.length).toBeGreaterThan(1);
      expect(await page.$$eval('.page-break', (els) => els.map((e) => (e as HTMLElement).dataset.page))).toEqual(
        record.pageMap.map((p) => String(p.page)),
      );
      const mentions = await page.$$eval('.mentions li', (items) => items.map((li) => ({
        start: Number(document.getElementById(li.querySelector('a')!.hash.slice(1))!.dataset.start),
        page: li.querySelector('.page')?.textContent,
      })));
      expect(mentions.length).toBe(recordSpans(record).length);
      for (const { start, page: shown } of mentions) {
        expect(shown).toBe(`s. ${record.pageMap.find((p) => start >= p.start && start < p.end)!.page}`);
      }
      expect(new Set(mentions.map((m) => m.page)).size).toBe(record.pageMap.length);
      for (const [index, m] of record.municipalities.entries()) {
        expect(await page.textContent(`#v-municipality-${index}`)).toContain(m.code ?? 'bez kódu');
      }
    });

    it('moves from value to value with j and k, following in the values beside the text', async () => {
      await open('seeds/003_5247c620947f851a.txt.json');
      const marks = await page.$$eval('#text mark[id]', (els) => els.map((e) => e.id));
      expect(marks.length).toBeGreaterThan(3);
      const focused = () => page.evaluate(() => document.activeElement?.id);
      await page.keyboard.press('j');
      expect(await focused()).toBe(marks[0]);
      await page.keyboard.press('j');
      await page.keyboard.press('n');
      expect(await focused()).toBe(marks[2]);
      await page.keyboard.press('k');
      expect(await focused()).toBe(marks[1]);
      const valueKey = await page.$eval(`#${marks[1]}`, (m) => (m as HTMLElement).dataset.value);
      expect(await page.$$eval('.value.current', (els) => els.map((e) => e.id))).toEqual([`v-${valueKey}`]);
      expect(await page.textContent('#nav-status')).toMatch(new RegExp(`^2 / ${marks.length} · `));
      // Switching a kind off skips its values.
      const firstKind = await page.$eval(`#${marks[0]}`, (m) => (m as HTMLElement).dataset.kind!);
      await page.uncheck(`input[data-kind-toggle="${firstKind}"]`);
      await page.focus('#text');
      await page.keyboard.press('j');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.kind)).not.toBe(firstKind);
      await page.check(`input[data-kind-toggle="${firstKind}"]`);
    });

    it('links each document to the previous and next of the list it was opened from', async () => {
      await page.goto(fileUrl(join(outDir, 'index.html')));
      await page.fill('#q', 'seeds/003');
      const listed = await page.$$eval('#rows a.doc-title', (links) => links.map((a) => a.getAttribute('href')));
      expect(listed).toHaveLength(4); // TXT, PDF, DOCX, ODT
      await page.click('#rows a.doc-title');
      await page.waitForSelector('.neighbours');
      expect(await page.textContent('.neighbours')).toContain('1 z 4 ve výběru');
      await page.keyboard.press('Shift+N');
      await page.waitForURL((url) => url.href.endsWith(listed[1]!));
      await page.click('a[rel="prev"]');
      await page.waitForURL((url) => url.href.endsWith(listed[0]!));
    });

    it('saves a screenshot of a document page for the README', async () => {
      await page.goto(fileUrl(join(outDir, 'index.html')));
      await page.fill('#q', '003 pdf');
      await page.click('#rows a.doc-title');
      await page.waitForSelector('#text mark');
      const resolutionMark = await page.$('#text mark.k-resolution[id]');
      await (resolutionMark ?? (await page.$('#text mark[id]')))!.focus();
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
    });
  });
});

describe('highlightText', () => {
  const text = 'a <b> & "c" d';
  const span = (kind: ReviewSpan['kind'], start: number, end: number, key: string): ReviewSpan => ({
    kind, start, end, key, valueKey: key, label: `${kind} <${key}>`, text: text.slice(start, end),
  });

  it('keeps the text, escaped, whatever the spans', () => {
    const spans = [span('resolution', 0, 7, 'r'), span('date', 2, 11, 'd'), span('person', 2, 5, 'p')];
    const html = highlightText(text, spans, [{ at: 4, html: '<span id="w-0"></span>' }]);
    expect(html).not.toContain('<b>');
    const plain = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(plain).toBe(text);
    expect(html.match(/<mark /g)).toHaveLength(4);
    expect(html.match(/<\/mark>/g)).toHaveLength(4);
    expect(html.match(/ id="s-/g)).toHaveLength(3);
  });
});
