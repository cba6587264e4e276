// czdoc review, index page: search, filters, sorting and paging over window.CZDOC_REVIEW (written
// by index-data.js, a script rather than JSON so the page works from file://). Plain ES2020.
'use strict';
(function () {
  const data = window.CZDOC_REVIEW;
  const countLine = document.getElementById('result-count');
  if (!data || !Array.isArray(data.rows)) {
    countLine.textContent = 'Chybí data přehledu (index-data.js). Vytvořte přehled znovu příkazem czdoc review.';
    return;
  }

  const PAGE_SIZE = 100;
  const STATUS = ['ok', 'error', 'invalid'];
  const STATUS_TEXT = { ok: '✔ v pořádku', error: '✖ chyba', invalid: '✖ neplatný záznam' };
  const FIELDS = data.kinds.map((k) => k.id).concat('warnings');
  const collator = new Intl.Collator('cs', { numeric: true });
  const numbers = new Intl.NumberFormat('cs-CZ');

  // Row layout (see src/review/index-page.ts): page, path, record, status, type, date, title,
  // snippet, warnings, error, values, then the count of each kind.
  const docs = data.rows.map((r) => ({
    page: r[0], path: r[1], record: r[2], status: STATUS[r[3]], type: r[4], date: r[5], title: r[6],
    snippet: r[7], warnings: r[8], error: r[9], counts: r.slice(11), hay: null,
    values: { municipality: r[10][0], region: r[10][1], year: r[10][2], resolution: r[10][3], person: r[10][4], amount: r[10][5] },
    folded: null,
  }));

  const form = document.getElementById('filters');
  const controls = {
    q: document.getElementById('q'),
    status: document.getElementById('status'),
    type: document.getElementById('type'),
    sort: document.getElementById('sort'),
  };
  const fieldSelects = Array.from(document.querySelectorAll('select[data-field]'));
  const valueInputs = Array.from(document.querySelectorAll('input[data-value]'));
  const charts = document.getElementById('charts');
  const tbody = document.getElementById('rows');
  const pageInfo = document.getElementById('page-info');
  const prev = document.getElementById('prev');
  const next = document.getElementById('next');
  const orders = new Map();
  let page = 0;
  let matches = [];

  /** Lower case without diacritics, so "plzen" finds "Plzeň". */
  function fold(value) {
    return value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function haystack(doc) {
    if (doc.hay === null) doc.hay = fold(doc.path + '\n' + doc.title + '\n' + doc.snippet + '\n' + (doc.error || ''));
    return doc.hay;
  }

  const STATUS_RANK = { invalid: 0, error: 1, ok: 2 };
  const COMPARE = {
    problems: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.warnings - a.warnings || collator.compare(a.path, b.path),
    path: (a, b) => collator.compare(a.path, b.path),
    'date-desc': (a, b) => (b.date || '').localeCompare(a.date || '') || collator.compare(a.path, b.path),
    'date-asc': (a, b) => (a.date || '9999').localeCompare(b.date || '9999') || collator.compare(a.path, b.path),
  };

  /** Sorted once per sort key, then filtering keeps that order. */
  function sorted(key) {
    if (!orders.has(key)) orders.set(key, docs.slice().sort(COMPARE[key] || COMPARE.problems));
    return orders.get(key);
  }

  function readState() {
    const fields = {};
    fieldSelects.forEach((s) => { if (s.value) fields[s.dataset.field] = s.value; });
    const values = {};
    valueInputs.forEach((i) => { if (i.value.trim()) values[i.dataset.value] = i.value.trim(); });
    return { q: controls.q.value.trim(), status: controls.status.value, type: controls.type.value, sort: controls.sort.value, fields, values };
  }

  /** The document's text values folded once, for the value filters. */
  function foldedValues(doc) {
    if (doc.folded === null) {
      doc.folded = {};
      ['municipality', 'region', 'resolution', 'person'].forEach((k) => { doc.folded[k] = doc.values[k].map(fold); });
    }
    return doc.folded;
  }

  /** One test per value filter: a text matches part of a value (a name or a code), a year exactly, amounts by range. */
  function valueTests(values) {
    const tests = [];
    ['municipality', 'region', 'resolution', 'person'].forEach((key) => {
      if (!values[key]) return;
      const wanted = fold(values[key]).replace(key === 'resolution' ? /\s+/g : /^$/, '');
      tests.push((doc) => foldedValues(doc)[key].some((v) => v.includes(wanted)));
    });
    if (values.year) tests.push((doc) => doc.values.year.includes(Number(values.year)));
    if (values.amountMin || values.amountMax) {
      const min = values.amountMin ? Number(values.amountMin) : -Infinity;
      const max = values.amountMax ? Number(values.amountMax) : Infinity;
      tests.push((doc) => doc.values.amount.some((a) => a >= min && a <= max));
    }
    return tests;
  }

  function matcher(state) {
    const words = fold(state.q).split(/\s+/).filter(Boolean);
    const fieldTests = Object.keys(state.fields).map((field) => {
      const index = FIELDS.indexOf(field);
      const has = state.fields[field] === 'has';
      return (doc) => ((field === 'warnings' ? doc.warnings : doc.counts[index]) > 0) === has;
    }).concat(valueTests(state.values));
    return (doc) => {
      if (state.status && doc.status !== state.status) return false;
      if (state.type && doc.type !== state.type) return false;
      for (const test of fieldTests) if (!test(doc)) return false;
      if (words.length) {
        const hay = haystack(doc);
        for (const word of words) if (!hay.includes(word)) return false;
      }
      return true;
    };
  }

  function esc(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  function rowHtml(doc) {
    const counts = doc.counts.map((n) => '<td class="num' + (n ? '' : ' zero') + '">' + n + '</td>').join('');
    const error = doc.error ? '<div class="doc-error">' + esc(doc.error) + '</div>' : '';
    const title = doc.title || doc.path;
    return '<tr class="row-' + doc.status + '">' +
      '<td><span class="status status-' + doc.status + '">' + STATUS_TEXT[doc.status] + '</span></td>' +
      '<td><a class="doc-title" href="' + esc(doc.page) + '">' + esc(title) + '</a>' +
      (title !== doc.path ? '<div class="doc-path">' + esc(doc.path) + '</div>' : '') + error + '</td>' +
      '<td>' + esc(doc.type ? data.types[doc.type] || doc.type : '—') + '</td>' +
      '<td class="nowrap">' + esc(doc.date || '—') + '</td>' + counts +
      '<td class="num' + (doc.warnings ? ' warn' : ' zero') + '">' + doc.warnings + '</td></tr>';
  }

  function render() {
    const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    const from = page * PAGE_SIZE;
    const shown = matches.slice(from, from + PAGE_SIZE);
    tbody.innerHTML = shown.length
      ? shown.map(rowHtml).join('')
      : '<tr><td colspan="' + (5 + data.kinds.length) + '">Žádný dokument neodpovídá filtrům.</td></tr>';
    countLine.textContent = 'Nalezeno ' + numbers.format(matches.length) + ' z ' + numbers.format(docs.length) +
      (shown.length ? ' · zobrazeno ' + numbers.format(from + 1) + '–' + numbers.format(from + shown.length) : '');
    pageInfo.textContent = 'Stránka ' + (page + 1) + ' z ' + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    renderCharts();
  }

  /** Counts of the found documents per type, year of the document's date, and region mentioned, as inline SVG bars. */
  function renderCharts() {
    const tally = (keysOf) => {
      const counts = new Map();
      matches.forEach((doc) => keysOf(doc).forEach((k) => counts.set(k, (counts.get(k) || 0) + 1)));
      return Array.from(counts);
    };
    const byType = tally((d) => (d.type ? [data.types[d.type] || d.type] : []));
    const byYear = tally((d) => (d.date ? [d.date.slice(0, 4)] : [])).sort((a, b) => a[0].localeCompare(b[0]));
    const byRegion = tally((d) => Array.from(new Set(d.values.region))).sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
    charts.innerHTML = chart('Typ', byType) + chart('Rok dokumentu', byYear.slice(-15)) + chart('Kraj', byRegion.slice(0, 14));
  }

  function chart(title, bars) {
    const ROW = 18;
    const LABEL = 200;
    const WIDTH = 370;
    const most = Math.max(1, ...bars.map((b) => b[1]));
    const rows = bars.map((b, i) => {
      const y = i * ROW;
      const w = Math.max(1, Math.round(((WIDTH - LABEL - 50) * b[1]) / most));
      return '<g class="bar"><text x="' + (LABEL - 6) + '" y="' + (y + 13) + '" text-anchor="end">' + esc(b[0].length > 34 ? b[0].slice(0, 33) + '…' : b[0]) + '</text>' +
        '<rect x="' + LABEL + '" y="' + (y + 3) + '" width="' + w + '" height="' + (ROW - 6) + '"></rect>' +
        '<text class="count" x="' + (LABEL + w + 4) + '" y="' + (y + 13) + '">' + numbers.format(b[1]) + '</text></g>';
    }).join('');
    const label = title + ': ' + (bars.map((b) => b[0] + ' ' + b[1]).join(', ') || 'nic');
    return '<figure class="chart"><figcaption>' + esc(title) + '</figcaption>' +
      (bars.length ? '<svg role="img" aria-label="' + esc(label) + '" width="' + WIDTH + '" height="' + bars.length * ROW + '" viewBox="0 0 ' + WIDTH + ' ' + bars.length * ROW + '">' + rows + '</svg>' : '<p class="muted">—</p>') +
      '</figure>';
  }

  function update() {
    const state = readState();
    const test = matcher(state);
    matches = sorted(state.sort).filter(test);
    render();
    saveState(state);
  }

  function saveState(state) {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    ['status', 'type'].forEach((k) => { if (state[k]) params.set(k, state[k]); });
    if (state.sort !== 'problems') params.set('sort', state.sort);
    Object.keys(state.fields).forEach((f) => params.set('f-' + f, state.fields[f]));
    Object.keys(state.values).forEach((v) => params.set('v-' + v, state.values[v]));
    if (page) params.set('page', String(page + 1));
    const hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    try { sessionStorage.setItem('czdoc-review', hash); } catch (e) { /* storage may be disabled */ }
  }

  function restoreState() {
    let hash = location.hash.slice(1);
    if (!hash) {
      try { hash = sessionStorage.getItem('czdoc-review') || ''; } catch (e) { hash = ''; }
    }
    const params = new URLSearchParams(hash);
    controls.q.value = params.get('q') || '';
    ['status', 'type', 'sort'].forEach((k) => { if (params.has(k)) controls[k].value = params.get(k); });
    fieldSelects.forEach((s) => { s.value = params.get('f-' + s.dataset.field) || ''; });
    valueInputs.forEach((i) => { i.value = params.get('v-' + i.dataset.value) || ''; });
    page = Math.max(0, Number(params.get('page') || 1) - 1);
  }

  // Opening a document remembers the filtered order, so its page can link to the previous and next.
  tbody.addEventListener('click', (event) => {
    if (!event.target.closest('a.doc-title')) return;
    try { sessionStorage.setItem('czdoc-review-order', JSON.stringify(matches.map((doc) => doc.page))); } catch (e) { /* storage may be disabled */ }
  });
  form.addEventListener('input', () => { page = 0; update(); });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => { page = 0; update(); }, 0));
  prev.addEventListener('click', () => { page--; render(); saveState(readState()); });
  next.addEventListener('click', () => { page++; render(); saveState(readState()); });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.target.closest('input, select, textarea')) {
      event.preventDefault();
      controls.q.focus();
    }
  });

  document.getElementById('generated').textContent = 'Vytvořeno ' + new Date(data.generated).toLocaleString('cs-CZ') +
    ' · ' + numbers.format(docs.length) + ' záznamů · klávesa / hledá';
  restoreState();
  update();
  window.CZDOC_REVIEW_READY = performance.now();
})();
