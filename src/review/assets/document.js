// czdoc review, document page: keyboard navigation between highlighted values, the value beside
// the text follows the focus, legend checkboxes switch kinds on and off. Plain ES2020, no network.
'use strict';
(function () {
  linkNeighbours();
  const text = document.getElementById('text');
  if (!text) return;
  const status = document.getElementById('nav-status');
  const hidden = new Set();
  let currentMark = null;

  /** The first part of every span still switched on, in reading order. */
  function visibleSpans() {
    return Array.from(text.querySelectorAll('mark[id]')).filter((m) => !hidden.has(m.dataset.kind));
  }

  function partsOf(mark) {
    return text.querySelectorAll('mark[data-key="' + mark.dataset.key + '"]');
  }

  function select(mark) {
    text.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
    document.querySelectorAll('.value.current').forEach((v) => v.classList.remove('current'));
    partsOf(mark).forEach((m) => m.classList.add('active'));
    const value = document.getElementById('v-' + mark.dataset.value);
    if (value) {
      value.classList.add('current');
      revealInSidebar(value);
    }
    const spans = visibleSpans();
    currentMark = mark;
    status.textContent = (spans.indexOf(mark) + 1) + ' / ' + spans.length + ' · ' + mark.title + ' · „' + spanText(mark) + '“';
  }

  /** Scrolls only the list of values (never the page) so the value shows in its visible part. */
  function revealInSidebar(value) {
    const list = value.closest('.values');
    if (!list) return;
    const box = list.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    const item = value.getBoundingClientRect();
    if (item.top < top || item.bottom > bottom) list.scrollTop += item.top - top - (bottom - top - item.height) / 2;
  }

  function spanText(mark) {
    return Array.from(partsOf(mark)).map((m) => m.textContent).join('').replace(/\s+/g, ' ');
  }

  function move(step) {
    const spans = visibleSpans();
    if (!spans.length) return;
    const current = spans.indexOf(currentMark);
    const next = current < 0 ? (step > 0 ? 0 : spans.length - 1) : (current + step + spans.length) % spans.length;
    spans[next].scrollIntoView({ block: 'center' });
    spans[next].focus({ preventScroll: true });
  }

  text.addEventListener('focusin', (event) => {
    const mark = event.target.closest('mark[id]');
    if (mark) select(mark);
  });

  // A click on any part of a span (also a continuation) focuses the span.
  text.addEventListener('click', (event) => {
    const part = event.target.closest('mark');
    if (!part || hidden.has(part.dataset.kind)) return;
    const first = document.getElementById('s-' + part.dataset.key);
    if (first) first.focus();
  });

  // Links beside the text jump to a span and focus it.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-jump]');
    if (!link) return;
    const mark = document.getElementById(link.getAttribute('href').slice(1));
    if (!mark) return;
    event.preventDefault();
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    history.replaceState(null, '', link.getAttribute('href'));
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    if (event.target.closest('input, select, textarea, button')) return;
    const key = event.key.toLowerCase();
    if (key === 'j' || key === 'n') move(1);
    else if (key === 'k' || key === 'p') move(-1);
    else return;
    event.preventDefault();
  });

  document.querySelectorAll('input[data-kind-toggle]').forEach((box) => {
    box.addEventListener('change', () => {
      const kind = box.dataset.kindToggle;
      if (box.checked) hidden.delete(kind);
      else hidden.add(kind);
      document.body.classList.toggle('hide-' + kind, !box.checked);
      text.querySelectorAll('mark[id][data-kind="' + kind + '"]').forEach((m) => { m.tabIndex = box.checked ? 0 : -1; });
    });
  });

  /** Previous / next document of the list the index was showing when this page was opened. */
  function linkNeighbours() {
    let order = [];
    try { order = JSON.parse(sessionStorage.getItem('czdoc-review-order') || '[]'); } catch (e) { return; }
    const here = 'docs/' + decodeURIComponent(location.pathname.split('/').pop());
    const at = order.indexOf(here);
    const nav = document.getElementById('doc-nav');
    if (at < 0 || !nav) return;
    const link = (target, rel, label) => target
      ? '<a href="../' + target.replace(/"/g, '&quot;') + '" rel="' + rel + '">' + label + '</a>'
      : '<span class="muted">' + label + '</span>';
    nav.insertAdjacentHTML('beforeend', ' <span class="neighbours">' + link(order[at - 1], 'prev', '↑ Předchozí dokument') +
      ' <span class="muted">' + (at + 1) + ' z ' + order.length + ' ve výběru</span> ' + link(order[at + 1], 'next', 'Další dokument ↓') +
      ' <span class="muted">(<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>Shift</kbd>+<kbd>P</kbd>)</span></span>');
    document.addEventListener('keydown', (event) => {
      if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, select, textarea')) return;
      const target = { N: order[at + 1], P: order[at - 1] }[event.key.toUpperCase()];
      if (target) location.href = '../' + target;
    });
  }

  if (location.hash.startsWith('#s-')) {
    const mark = document.getElementById(location.hash.slice(1));
    if (mark) mark.focus();
  }
})();
