/**
 * The index: a static page plus its data as a script (index-data.js), so it works from file://
 * where fetch() of local files is blocked. Rows are arrays to keep 10,000 documents small.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { esc, pageFrame } from './html.js';
import { DOCUMENT_TYPE_LABELS, KINDS } from './kinds.js';
import type { IndexRow } from './summary.js';

export const INDEX_FILE = 'index.html';
export const INDEX_DATA_FILE = 'index-data.js';

const STATUS_CODES = { ok: 0, error: 1, invalid: 2 } as const;

export async function writeIndex(outDir: string, rows: readonly IndexRow[], generatedAt: Date): Promise<string> {
  const indexPath = join(outDir, INDEX_FILE);
  await writeFile(join(outDir, INDEX_DATA_FILE), indexData(rows, generatedAt));
  await writeFile(indexPath, indexHtml());
  return indexPath;
}

/**
 * Row layout: [page, path, record, status (0 ok, 1 error, 2 invalid), type, date, title, snippet,
 * warnings, error, values (municipalities, regions, years, resolutions, persons, CZK amounts),
 * ...counts per kind]. index.js reads it by these positions.
 */
function rowData(row: IndexRow): unknown[] {
  const v = row.values;
  const values = [v.municipalities, v.regions, v.years, v.resolutions, v.persons, v.amounts];
  return [row.page, row.path, row.record, STATUS_CODES[row.status], row.type, row.date, row.title, row.snippet, row.warnings, row.error, values, ...row.counts];
}

function indexData(rows: readonly IndexRow[], generatedAt: Date): string {
  const meta = {
    generated: generatedAt.toISOString(),
    kinds: KINDS.map(({ id, label, badge }) => ({ id, label, badge })),
    types: DOCUMENT_TYPE_LABELS,
  };
  const lines = rows.map((row) => JSON.stringify(rowData(row)));
  return `window.CZDOC_REVIEW = ${JSON.stringify(meta)};\nwindow.CZDOC_REVIEW.rows = [\n${lines.join(',\n')}\n];\n`;
}

function indexHtml(): string {
  const typeOptions = Object.entries(DOCUMENT_TYPE_LABELS).map(([value, label]) => `<option value="${esc(value)}">${esc(label)}</option>`).join('');
  const fieldFilters = [...KINDS.map((k) => ({ id: k.id, label: k.label, badge: `<span class="badge k-${k.id}" aria-hidden="true">${k.badge}</span> ` })), { id: 'warnings', label: 'Varování', badge: '<span class="badge k-warning" aria-hidden="true">⚠</span> ' }]
    .map((f) => `<div class="field-filter"><label for="f-${f.id}">${f.badge}${esc(f.label)}</label><select id="f-${f.id}" data-field="${f.id}"><option value="">vše</option><option value="has">má</option><option value="none">nemá</option></select></div>`)
    .join('');
  const body = `
<a class="skip" href="#documents">Přeskočit na seznam dokumentů</a>
<header class="top">
  <h1>Kontrola extrakce czdoc</h1>
  <p class="muted" id="generated"></p>
</header>
<main>
  <form id="filters" class="filters" role="search" aria-label="Hledání a filtry">
    <div class="filter-row">
      <div class="search"><label for="q">Hledat v cestě, názvu a začátku textu</label><input type="search" id="q" autocomplete="off" spellcheck="false" placeholder="např. Liberec, usnesení, 2016"></div>
      <div><label for="status">Stav</label><select id="status"><option value="">vše</option><option value="ok">v pořádku</option><option value="error">chyba</option><option value="invalid">neplatný záznam</option></select></div>
      <div><label for="type">Typ</label><select id="type"><option value="">vše</option>${typeOptions}</select></div>
      <div><label for="sort">Řazení</label><select id="sort">
        <option value="problems">nejdřív chyby a varování</option><option value="path">podle cesty</option>
        <option value="date-desc">nejnovější</option><option value="date-asc">nejstarší</option>
      </select></div>
      <div class="reset"><button type="reset" id="reset">Zrušit filtry</button></div>
    </div>
    <fieldset class="field-filters"><legend>Obsahuje hodnoty</legend>${fieldFilters}</fieldset>
    <fieldset class="field-filters value-filters"><legend>Hledá hodnoty</legend>
      <div class="field-filter"><label for="v-municipality">Obec (název nebo kód)</label><input type="search" id="v-municipality" data-value="municipality" autocomplete="off" placeholder="Liberec, 563889"></div>
      <div class="field-filter"><label for="v-region">Kraj</label><input type="search" id="v-region" data-value="region" autocomplete="off" placeholder="Liberecký"></div>
      <div class="field-filter"><label for="v-year">Rok</label><input type="number" id="v-year" data-value="year" min="1900" max="2100"></div>
      <div class="field-filter"><label for="v-resolution">Usnesení č.</label><input type="search" id="v-resolution" data-value="resolution" autocomplete="off" placeholder="1145/16/RK"></div>
      <div class="field-filter"><label for="v-person">Osoba</label><input type="search" id="v-person" data-value="person" autocomplete="off" placeholder="Půta"></div>
      <div class="field-filter"><label for="v-amount-min">Částka od (Kč)</label><input type="number" id="v-amount-min" data-value="amountMin" min="0"></div>
      <div class="field-filter"><label for="v-amount-max">Částka do (Kč)</label><input type="number" id="v-amount-max" data-value="amountMax" min="0"></div>
    </fieldset>
  </form>
  <section id="charts" class="charts" aria-label="Počty nalezených dokumentů podle typu, roku a kraje"></section>
  <section id="documents" aria-labelledby="documents-heading" tabindex="-1">
    <h2 id="documents-heading">Dokumenty</h2>
    <p id="result-count" role="status" aria-live="polite">Načítám…</p>
    <div class="table-wrap">
      <table class="doc-table">
        <caption class="visually-hidden">Dokumenty, počty extrahovaných hodnot a varování</caption>
        <thead><tr>
          <th scope="col">Stav</th><th scope="col">Dokument</th><th scope="col">Typ</th><th scope="col">Datum</th>
          ${KINDS.map((k) => `<th scope="col" class="num"><abbr title="${esc(k.label)}"><span class="badge k-${k.id}">${k.badge}</span></abbr><span class="visually-hidden"> ${esc(k.label)}</span></th>`).join('')}
          <th scope="col" class="num"><abbr title="Varování"><span class="badge k-warning">⚠</span></abbr><span class="visually-hidden"> Varování</span></th>
        </tr></thead>
        <tbody id="rows"></tbody>
      </table>
    </div>
    <nav class="pager" aria-label="Stránkování">
      <button type="button" id="prev">← Předchozí</button>
      <span id="page-info"></span>
      <button type="button" id="next">Další →</button>
    </nav>
  </section>
  <noscript><p class="alert warning">Přehled potřebuje JavaScript; stránky jednotlivých dokumentů jsou ve složce <code>docs/</code>.</p></noscript>
</main>`;
  return pageFrame({ title: 'Kontrola extrakce czdoc', root: '', bodyClass: 'index-page', scripts: [INDEX_DATA_FILE, 'assets/index.js'], body });
}
