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
  // snippet, warnings, error, then the count of each kind.
  const docs = data.rows.map((r) => ({
    page: r[0], path: r[1], record: r[2], status: STATUS[r[3]], type: r[4], date: r[5], title: r[6],
    snippet: r[7], warnings: r[8], error: r[9], counts: r.slice(10), hay: null,
  }));

  const form = document.getElementById('filters');
  const controls = {
    q: document.getElementById('q'),
    status: document.getElementById('status'),
    type: document.getElementById('type'),
    sort: document.getElementById('sort'),
  };
  const fieldSelects = Array.from(document.querySelectorAll('select[data-field]'));
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
    return { q: controls.q.value.trim(), status: controls.status.value, type: controls.type.value, sort: controls.sort.value, fields };
  }

  function matcher(state) {
    const words = fold(state.q).split(/\s+/).filter(Boolean);
    const fieldTests = Object.keys(state.fields).map((field) => {
      const index = FIELDS.indexOf(field);
      const has = state.fields[field] === 'has';
      return (doc) => ((field === 'warnings' ? doc.warnings : doc.counts[index]) > 0) === has;
    });
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
