/**
 * The review index at scale: 10,000 synthetic documents, loaded and filtered in Chromium. Checks
 * that paging and every filter stay correct at that size and prints how long they take (the README
 * quotes the figures; timings vary by machine, so they are reported, not asserted).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyAssets } from '../src/review/assets.js';
import { INDEX_DATA_FILE, writeIndex } from '../src/review/index-page.js';
import { KINDS } from '../src/review/kinds.js';
import type { IndexRow } from '../src/review/summary.js';
import { chromiumMissing, launchChromium, type Browser } from './review-browser.js';

const DOCUMENTS = 10_000;
const TOWNS = ['Liberec', 'Jablonec nad Nisou', 'Česká Lípa', 'Nový Bor', 'Frýdlant', 'Tanvald', 'Semily', 'Turnov'];
const TYPES = ['press_release', 'council_document', 'other'];

/** Deterministic rows with realistic lengths: Czech titles, a 160-character snippet, a few errors. */
function syntheticRows(): IndexRow[] {
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const year = 2005 + (i % 17);
    const failed = i % 97 === 0;
    return {
      page: `docs/doc-${i}.html`,
      path: `kraj/${year}/${town.toLowerCase().replace(/ /g, '-')}/zprava-${i}.pdf`,
      record: `kraj/${year}/zprava-${i}.pdf.json`,
      status: failed ? 'error' : 'ok',
      type: TYPES[i % 3]!,
      date: failed ? null : `${year}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Rada kraje schválila dotaci pro město ${town} na rekonstrukci školy (${i})`,
      snippet: `Hejtman kraje dnes v ${town} podepsal smlouvu o spolupráci. Zastupitelstvo usnesením č. ${i}/${year % 100}/ZK schválilo příspěvek ve výši ${i * 1000} Kč na rok ${year}.`,
      counts: KINDS.map((_, k) => (i + k) % 4),
      warnings: i % 13 === 0 ? 1 : 0,
      error: failed ? 'corrupt: The PDF is damaged and cannot be parsed.' : null,
      values: failed
        ? { municipalities: [], regions: [], years: [], resolutions: [], persons: [], amounts: [] }
        : {
            municipalities: [`56${String(i % 8).padStart(4, '0')} ${town}`, `56${String((i + 3) % 8).padStart(4, '0')} ${TOWNS[(i + 3) % TOWNS.length]}`],
            regions: ['Liberecký kraj'],
            years: [year, year + 1],
            resolutions: [`${i}/${year % 100}/ZK`],
            persons: [`Jan Novák ${i % 50}`, 'Martin Půta'],
            amounts: [i * 1000, 5_000_000 + i],
          },
    } satisfies IndexRow;
  });
}

const missing = chromiumMissing();
describe.skipIf(missing !== null)(`review index with ${DOCUMENTS} documents in Chromium`, { timeout: 30_000 }, () => {
  const rows = syntheticRows();
  const outDir = mkdtempSync(join(tmpdir(), 'czdoc-review-perf-'));
  const figures: Record<string, string> = {};
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await writeIndex(outDir, rows, new Date());
    await copyAssets(outDir);
    figures['index-data.js'] = `${(statSync(join(outDir, INDEX_DATA_FILE)).size / 1e6).toFixed(2)} MB`;
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(outDir, { recursive: true, force: true });
    console.log(`review index, ${DOCUMENTS} documents:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
  });

  /** Sets a control as a person would and measures until the table is laid out again. */
  async function timeChange(selector: string, value: string): Promise<number> {
    return page.evaluate(({ selector, value }) => {
      const control = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
      const start = performance.now();
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight;
      return performance.now() - start;
    }, { selector, value });
  }

  const rowCount = () => page.$$eval('#rows tr', (trs) => trs.length);
  const found = async () => Number((await page.textContent('#result-count'))!.match(/Nalezeno ([\d\s]+) z/)![1]!.replace(/\s/g, ''));

  it('loads and shows the first page of 100 rows, errors first', async () => {
    const started = Date.now();
    await page.goto(pathToFileURL(join(outDir, 'index.html')).href);
    await page.waitForFunction(() => 'CZDOC_REVIEW_READY' in window);
    figures['load until the first page is shown (navigation start → rendered)'] = `${(await page.evaluate(() => (window as unknown as { CZDOC_REVIEW_READY: number }).CZDOC_REVIEW_READY)).toFixed(0)} ms`;
    figures['load as seen by the test (goto → ready)'] = `${Date.now() - started} ms`;
    expect(await rowCount()).toBe(100);
    expect(await found()).toBe(DOCUMENTS);
    expect(await page.$eval('#rows tr', (tr) => tr.className)).toBe('row-error');
  });

  it('filters by text, field, type and status and sorts, all correct at this size', async () => {
    const timings: [string, number][] = [];
    const expectFound = async (label: string, ms: number, expected: number) => {
      timings.push([label, ms]);
      expect(await found(), label).toBe(expected);
    };
    await expectFound('first search (folds diacritics of all rows)', await timeChange('#q', 'jablonec'), rows.filter((r) => r.path.includes('jablonec')).length);
    await expectFound('search without diacritics', await timeChange('#q', 'ceska lipa zk'), rows.filter((r) => r.title.includes('Česká Lípa')).length);
    await timeChange('#q', '');
    await expectFound('field filter', await timeChange('#f-amount', 'has'), rows.filter((r) => r.counts[1]! > 0).length);
    await expectFound('type filter on top', await timeChange('#type', 'council_document'), rows.filter((r) => r.counts[1]! > 0 && r.type === 'council_document').length);
    await timeChange('#f-amount', '');
    await timeChange('#type', '');
    await expectFound('status filter', await timeChange('#status', 'error'), rows.filter((r) => r.status === 'error').length);
    await timeChange('#status', '');
    const ok = rows.filter((r) => r.status === 'ok');
    await expectFound('municipality filter (first: folds every value)', await timeChange('#v-municipality', 'cesk'), ok.filter((r) => r.values.municipalities.some((m) => m.includes('Česk'))).length);
    await timeChange('#v-municipality', '');
    await expectFound('year filter', await timeChange('#v-year', '2010'), ok.filter((r) => r.values.years.includes(2010)).length);
    await expectFound('amount range on top', await timeChange('#v-amount-max', '2000000'), ok.filter((r) => r.values.years.includes(2010) && r.values.amounts.some((a) => a <= 2e6)).length);
    await timeChange('#v-year', '');
    await timeChange('#v-amount-max', '');
    await expectFound('first sort by date', await timeChange('#sort', 'date-desc'), DOCUMENTS);
    expect(await rowCount()).toBe(100);
    for (const [label, ms] of timings) figures[label] = `${ms.toFixed(1)} ms`;
  });
});
