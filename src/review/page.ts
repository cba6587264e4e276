/** The review page of one document: its text with every span highlighted, the values beside it. */
import type { Block, CzdocRecord, Warning } from '../schema/record.js';
import { esc, formatNumber, pageFrame } from './html.js';
import { DOCUMENT_TYPE_LABELS, KINDS, type Kind, type KindId } from './kinds.js';
import { collectSpans, highlightText, mentionsOf, type Anchor, type SpanProblem } from './spans.js';

const PRECISION_LABELS: Record<string, string> = { day: 'den', month: 'měsíc', year: 'rok' };
const ROLE_LABELS: Record<string, string> = { range_start: 'začátek rozsahu', range_end: 'konec rozsahu' };

/** The page's HTML and how many spans of the record do not match its text. */
export function renderDocumentPage(record: CzdocRecord, recordFile: string): { html: string; spanProblems: number } {
  const describe = (kind: KindId, index: number) => `${kindById(kind).one}: ${valueSummary(record, kind, index)}`;
  const { spans, problems } = collectSpans(record, describe);
  const anchors = [...pageAnchors(record), ...warningAnchors(record), ...blockAnchors(record)];
  const brokenKeys = new Set(problems.map((p) => p.key));
  const counts = new Map(KINDS.map((k) => [k.id, spans.filter((s) => s.kind === k.id).length]));
  const title = record.document.title ?? record.source.path;
  const body = `
<a class="skip" href="#text">Přeskočit na text dokumentu</a>
<header class="top">
  <nav aria-label="Navigace" id="doc-nav"><a href="../index.html">← Přehled dokumentů</a></nav>
  <h1>${esc(title)}</h1>
  ${metadata(record, recordFile)}
</header>
<main>
  ${problemsSection(record, problems)}
  <div class="layout">
    <section class="text-pane" aria-labelledby="text-heading">
      <h2 id="text-heading">Text dokumentu</h2>
      ${legend(counts)}
      <p class="hint" id="keys-hint">Klávesy: <kbd>j</kbd> nebo <kbd>n</kbd> další hodnota, <kbd>k</kbd> nebo <kbd>p</kbd> předchozí; <kbd>Tab</kbd> prochází zvýraznění postupně.</p>
      ${record.text ? `<div id="text" class="doc-text" tabindex="-1" aria-describedby="keys-hint">${highlightText(record.text, spans, anchors)}</div>` : '<p id="text" class="none">Záznam neobsahuje žádný text.</p>'}
    </section>
    <aside class="values" aria-labelledby="values-heading">
      <h2 id="values-heading">Extrahované hodnoty</h2>
      ${KINDS.map((kind) => valuesSection(record, kind, brokenKeys)).join('\n')}
      ${blocksSection(record)}
    </aside>
  </div>
  <p id="nav-status" class="nav-status" role="status" aria-live="polite"></p>
</main>`;
  const html = pageFrame({ title: `${title} – kontrola czdoc`, root: '../', bodyClass: 'doc-page', scripts: ['assets/document.js'], body });
  return { html, spanProblems: problems.length };
}

/** A record file that is not valid JSON or does not follow the schema still gets a page. */
export function renderInvalidPage(recordFile: string, message: string): string {
  const body = `
<header class="top">
  <nav aria-label="Navigace" id="doc-nav"><a href="../index.html">← Přehled dokumentů</a></nav>
  <h1>${esc(recordFile)}</h1>
</header>
<main>
  <section class="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">Neplatný záznam</h2>
    <p class="alert error"><span class="icon" aria-hidden="true">✖</span> Soubor nelze načíst jako záznam czdoc. Vytvořte jej znovu (<code>czdoc extract</code>) nebo opravte.</p>
    <pre class="issues">${esc(message)}</pre>
  </section>
</main>`;
  return pageFrame({ title: `${recordFile} – neplatný záznam`, root: '../', bodyClass: 'doc-page', scripts: ['assets/document.js'], body });
}

function kindById(id: KindId): Kind {
  return KINDS.find((k) => k.id === id)!;
}

function metadata(record: CzdocRecord, recordFile: string): string {
  const { source, document, producer } = record;
  const rows: [string, string][] = [
    ['Soubor', `<code>${esc(source.path)}</code>`],
    ['Stav', statusBadge(record.status)],
    ['Typ', `${esc(DOCUMENT_TYPE_LABELS[document.type] ?? document.type)}${document.typeCues.length ? ` <span class="muted">(${esc(document.typeCues.join('; '))})</span>` : ''}`],
    ['Datum dokumentu', document.date ? `<time datetime="${esc(document.date)}">${esc(document.date)}</time>${document.dateSource ? ` <span class="muted">z „${esc(document.dateSource.text)}“</span>` : ''}` : '<span class="muted">neuvedeno</span>'],
    ['Formát', `${esc(source.mediaType)}${source.encoding ? `, ${esc(source.encoding)}` : ''}${source.pages ? `, ${source.pages} str.` : ''}`],
    ['Záznam', `<code>${esc(recordFile)}</code>`],
    ['Zpracováno', `czdoc ${esc(producer.version)} · pipeline ${esc(producer.pipelineVersion)} · rejstřík ${esc(producer.gazetteerVersion)}`],
  ];
  return `<dl class="meta">${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

export function statusBadge(status: 'ok' | 'error' | 'invalid'): string {
  const text = { ok: '✔ v pořádku', error: '✖ chyba', invalid: '✖ neplatný záznam' }[status];
  return `<span class="status status-${status}">${text}</span>`;
}

function problemsSection(record: CzdocRecord, problems: SpanProblem[]): string {
  const items: string[] = [];
  if (record.error) {
    items.push(`<li class="alert error"><span class="icon" aria-hidden="true">✖</span> <strong>Chyba <code>${esc(record.error.code)}</code>:</strong> ${esc(record.error.message)}</li>`);
  }
  record.warnings.forEach((w, i) => {
    const where = hasPosition(record, w) ? ` <a href="#w-${i}">místo v textu</a>${pageLabel(record, w.start)}` : '';
    items.push(`<li class="alert warning"><span class="icon" aria-hidden="true">⚠</span> <strong>Varování <code>${esc(w.code)}</code>:</strong> ${esc(w.message)}${where}</li>`);
  });
  for (const p of problems) {
    items.push(`<li class="alert warning"><span class="icon" aria-hidden="true">⚠</span> <strong>Chybný rozsah (${esc(kindById(p.kind).one.toLowerCase())} <code>${esc(p.key)}</code>):</strong> ${esc(p.message)}</li>`);
  }
  if (!items.length) return '';
  return `<section class="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">Chyby a varování (${items.length})</h2>
    <ul>${items.join('\n')}</ul>
  </section>`;
}

function legend(counts: Map<KindId, number>): string {
  const items = KINDS.map((k) => `<label class="legend-item k-${k.id}"><input type="checkbox" checked data-kind-toggle="${k.id}"> <span class="badge k-${k.id}" aria-hidden="true">${k.badge}</span> <span class="swatch m k-${k.id}">${esc(k.label)}</span> <span class="count">${counts.get(k.id) ?? 0}</span></label>`);
  return `<fieldset class="legend"><legend>Legenda – zvýrazněné druhy hodnot (zaškrtnutím zapnete či vypnete)</legend>${items.join('')}</fieldset>`;
}

/** The values of one kind, each with links to its occurrences (broken spans are named, not linked). */
function valuesSection(record: CzdocRecord, kind: Kind, brokenKeys: Set<string>): string {
  const mentions = mentionsOf(record, kind.id);
  const items = mentions.map((spans, index) => {
    const links = spans.map((s, m) => {
      const key = `${kind.id}-${index}-${m}`;
      return brokenKeys.has(key)
        ? `<li class="broken"><span aria-hidden="true">⚠</span> „${esc(s.text)}“ – rozsah neodpovídá textu</li>`
        : `<li><a href="#s-${key}" data-jump>„${esc(s.text)}“</a>${pageLabel(record, s.start)}</li>`;
    });
    return `<li id="v-${kind.id}-${index}" class="value">
      <span class="badge k-${kind.id}" aria-hidden="true">${kind.badge}</span>
      <div class="value-body">${valueDetails(record, kind.id, index)}<ul class="mentions" aria-label="Výskyty v textu">${links.join('')}</ul></div>
    </li>`;
  });
  const list = items.length ? `<ol class="value-list">${items.join('\n')}</ol>` : '';
  return `<section class="kind-values k-${kind.id}" aria-labelledby="h-${kind.id}">
    <h3 id="h-${kind.id}"><span class="badge k-${kind.id}" aria-hidden="true">${kind.badge}</span> ${esc(kind.label)} <span class="count">(${mentions.length})</span></h3>
    ${list}
  </section>`;
}

/** The normalised value as HTML, machine-readable values in <time>/<data>. */
function valueDetails(record: CzdocRecord, kind: KindId, i: number): string {
  switch (kind) {
    case 'date': {
      const d = record.dates[i]!;
      return `<p class="value-main"><time datetime="${esc(d.value)}">${esc(d.value)}</time></p>
        <p class="value-facts">${facts([PRECISION_LABELS[d.precision], ROLE_LABELS[d.role], d.yearInferred ? 'rok doplněn z data dokumentu' : null])}</p>`;
    }
    case 'amount': {
      const a = record.amounts[i]!;
      return `<p class="value-main"><data value="${a.value}">${esc(formatNumber(a.value))}</data> ${esc(a.currency)}</p>
        <p class="value-facts">${facts([a.qualifier ? `„${a.qualifier}“` : null, ROLE_LABELS[a.role]])}</p>`;
    }
    case 'municipality': {
      const m = record.municipalities[i]!;
      const candidates = m.candidates.length
        ? `<p class="value-facts">nejednoznačné: ${m.candidates.map((c) => `${esc(c.code)} (okres ${esc(c.district)}, ${esc(c.region)})`).join('; ')}</p>`
        : '';
      return `<p class="value-main">${esc(m.name)} <data value="${esc(m.code ?? '')}" class="code">${esc(m.code ?? 'bez kódu')}</data></p>
        <p class="value-facts">${facts([m.district ? `okres ${m.district}` : null, m.region])}</p>${candidates}`;
    }
    case 'region': {
      const r = record.regions[i]!;
      return `<p class="value-main">${esc(r.name)} <data value="${esc(r.code)}" class="code">${esc(r.code)}</data></p>`;
    }
    case 'resolution': {
      const r = record.resolutions[i]!;
      return `<p class="value-main">č. ${esc(r.id)}</p>
        <p class="value-facts">${facts([r.body, r.date ? `ze dne ${r.date}` : r.year ? `rok ${r.year}` : null])}</p>`;
    }
    case 'signatory': {
      const s = record.signatories[i]!;
      return `<p class="value-main">${esc(s.name ?? '(jen organizace)')}</p>
        <p class="value-facts">${facts([s.role, s.organization])}</p>`;
    }
    case 'person': {
      const p = record.persons[i]!;
      return `<p class="value-main">${esc(p.name)}</p>
        <p class="value-facts">${facts([p.titles.length ? `tituly: ${p.titles.join(', ')}` : null, p.roles.length ? `funkce: ${p.roles.join(', ')}` : null])}</p>`;
    }
  }
}

/** The plain-text summary used in mark titles and the navigation status line. */
function valueSummary(record: CzdocRecord, kind: KindId, i: number): string {
  switch (kind) {
    case 'date': {
      const d = record.dates[i]!;
      return [d.value, PRECISION_LABELS[d.precision], ROLE_LABELS[d.role]].filter(Boolean).join(' · ');
    }
    case 'amount': {
      const a = record.amounts[i]!;
      return [`${formatNumber(a.value)} ${a.currency}`, a.qualifier, ROLE_LABELS[a.role]].filter(Boolean).join(' · ');
    }
    case 'municipality': {
      const m = record.municipalities[i]!;
      return [m.name, m.code ?? 'bez kódu', m.district && `okres ${m.district}`, m.region].filter(Boolean).join(' · ');
    }
    case 'region': {
      const r = record.regions[i]!;
      return `${r.name} · ${r.code}`;
    }
    case 'resolution': {
      const r = record.resolutions[i]!;
      return [`č. ${r.id}`, r.body, r.date ?? r.year].filter(Boolean).join(' · ');
    }
    case 'signatory': {
      const s = record.signatories[i]!;
      return [s.name ?? '(jen organizace)', s.role, s.organization].filter(Boolean).join(' · ');
    }
    case 'person': {
      const p = record.persons[i]!;
      return [p.name, ...p.titles, ...p.roles].join(' · ');
    }
  }
}

function facts(parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).map((p) => `<span class="fact">${esc(p)}</span>`).join(' ');
}

/** " · s. 2" when the record has a page map (PDF), else nothing. */
function pageLabel(record: CzdocRecord, offset: number): string {
  const page = record.pageMap.find((p) => offset >= p.start && offset < p.end) ?? record.pageMap.at(-1);
  return page ? ` <span class="page">s. ${page.page}</span>` : '';
}

function pageAnchors(record: CzdocRecord): Anchor[] {
  if (record.pageMap.length < 2) return [];
  return record.pageMap.map((p) => ({
    at: p.start,
    html: `<span class="page-break" id="page-${p.page}" role="separator" aria-label="Strana ${p.page}" data-page="${p.page}"></span>`,
  }));
}

const BLOCK_LABELS: Record<Block['kind'], string> = {
  heading: 'nadpis',
  paragraph: 'odstavec',
  list_item: 'položka seznamu',
  table_row: 'řádek tabulky',
  table_cell: 'buňka',
  signature: 'podpisový blok',
  contact: 'kontakt',
  page_header: 'záhlaví strany',
  page_footer: 'zápatí strany',
};

/** Blocks other than paragraphs and cells (which would only repeat their rows), as the layout found them. */
function shownBlocks(record: CzdocRecord): Array<{ block: Block; index: number }> {
  return record.blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind !== 'paragraph' && block.kind !== 'table_cell');
}

/** A small label where each shown block starts (drawn by CSS, so the text itself stays the record's text). */
function blockAnchors(record: CzdocRecord): Anchor[] {
  return shownBlocks(record).map(({ block, index }) => ({
    at: block.start,
    html: `<span class="block-label b-${block.kind}" id="b-${index}" data-block="${block.kind}" data-start="${block.start}" data-end="${block.end}" data-label="${BLOCK_LABELS[block.kind]}"></span>`,
  }));
}

function blocksSection(record: CzdocRecord): string {
  const items = shownBlocks(record).map(({ block, index }) => {
    const text = record.text.slice(block.start, block.end);
    const short = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    return `<li><a href="#b-${index}" data-jump>${BLOCK_LABELS[block.kind]}</a>: „${esc(short)}“${pageLabel(record, block.start)}</li>`;
  });
  const paragraphs = record.blocks.filter((b) => b.kind === 'paragraph').length;
  return `<section class="kind-values blocks" aria-labelledby="blocks-heading">
    <h3 id="blocks-heading">Struktura dokumentu <span class="count">${items.length}</span></h3>
    <p class="muted">${paragraphs} odstavců; v textu jsou bloky označeny štítkem.</p>
    ${items.length ? `<ul class="block-list">${items.join('')}</ul>` : '<p class="none">Žádné nadpisy, seznamy, tabulky ani podpisové bloky.</p>'}
  </section>`;
}

function warningAnchors(record: CzdocRecord): Anchor[] {
  return record.warnings.flatMap((w, i) => (hasPosition(record, w) ? [{ at: w.start, html: `<span class="warning-anchor" id="w-${i}"></span>` }] : []));
}

function hasPosition(record: CzdocRecord, warning: Warning): warning is Warning & { start: number } {
  return warning.start !== undefined && warning.start >= 0 && warning.start <= record.text.length;
}
