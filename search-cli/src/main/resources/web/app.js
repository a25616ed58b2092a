// practice-search web page: the URL holds the whole state (q, filter=dim:value..., year, sort, size, page,
// entry), so a search can be shared and the back button works. Everything shown is built as text; only the
// server's snippets (HTML-escaped text with <mark>) are parsed, and only their <mark> elements are kept.
import { $, el, href, DIMENSIONS, dimLabel, shortValue, results, onPlainClick } from './dom.js';
import { renderFacets, renderYears } from './facets.js';
import { loadWorld, renderMap } from './worldmap.js';
import { renderEntry } from './entry.js';

const SORTS = [['relevance', 'Relevance'], ['year_desc', 'Newest first'], ['year_asc', 'Oldest first']];
const SIZES = [10, 20, 50, 100];
const FACET_LIMIT = 300; // every value, so that the map and the year chart see all of them

function state() {
  const p = new URLSearchParams(location.search);
  const size = +(p.get('size') || 10);
  return { q: p.get('q') || '', filters: p.getAll('filter'), year: p.get('year') || '',
    sort: p.get('sort') || 'relevance', size: SIZES.includes(size) ? size : 10, page: Math.max(1, +(p.get('page') || 1)),
    entry: p.get('entry') || '' };
}

/** Goes to a state: a new history entry (the back button returns), then renders it. */
function go(s) {
  history.pushState(null, '', href(s));
  render();
}

/** The API parameters of a state's search (also those of its export). */
function searchParams(s, extra) {
  const p = new URLSearchParams({ q: s.q, sort: s.sort, ...extra });
  s.filters.forEach((f) => p.append('filter', f));
  if (s.year) p.set('year', s.year);
  return p;
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

let rendering = 0;
async function render() {
  const seq = ++rendering;
  const s = state();
  const focused = document.activeElement && document.activeElement.id;
  syncForm(s);
  const main = $('results');
  try {
    const search = api('/api/search?' + searchParams(s, { page: s.entry ? 1 : s.page, size: s.entry ? 0 : s.size,
      facet_limit: FACET_LIMIT }));
    // year counts are drill-sideways too: the chart shows every year as if no year range were chosen
    const years = s.year ? api('/api/search?' + searchParams({ ...s, year: '' }, { size: 0, facet_limit: FACET_LIMIT })) : null;
    const entry = s.entry ? api('/api/entries/' + encodeURIComponent(s.entry)) : null;
    const shapes = s.entry ? null : await loadWorld();
    const r = await search;
    const yearValues = ((years ? (await years).facets : r.facets).year) || [];
    const e = entry ? await entry : null;
    if (seq !== rendering) return; // a newer state is being shown
    renderFacets($('facet-list'), r.facets, s, go);
    renderYears($('year-chart'), yearValues, s, go);
    if (e) renderEntry(main, e, s, go);
    else renderResults(main, r, s, shapes);
    const again = focused && document.getElementById(focused);
    if (again) again.focus();
    else if (e) main.focus();
  } catch (err) {
    if (seq === rendering) main.replaceChildren(el('p', { class: 'notice', role: 'alert', text: 'Error: ' + err.message }));
  }
}

function syncForm(s) {
  $('q').value = s.q;
  const [from, to] = s.year ? (s.year.includes('..') ? s.year.split('..') : [s.year, s.year]) : ['', ''];
  $('year-from').value = from || '';
  $('year-to').value = to || '';
}

function renderResults(main, r, s, shapes) {
  const out = [chips(r, s), toolbar(r, s)];
  (r.notices || []).forEach((n) => out.push(el('p', { class: 'notice', text: n })));
  if (r.timed_out) out.push(el('p', { class: 'notice', text: 'The search ran out of time: results and counts may be incomplete.' }));
  if (r.suggestion) {
    const b = el('button', { type: 'button', class: 'link', text: r.suggestion });
    b.addEventListener('click', () => go({ ...s, q: r.suggestion, page: 1 }));
    out.push(el('p', { class: 'notice' }, 'Did you mean ', b, '?'));
  }
  if (r.total === 0) out.push(noResults(r, s));
  const where = el('section', { class: 'where', 'aria-labelledby': 'where-h' }, el('h2', { id: 'where-h', text: 'Where' }));
  renderMap(where, shapes, (r.facets && r.facets.country) || [], s, go);
  out.push(where);
  const list = el('section', { class: 'hits', 'aria-labelledby': 'hits-h' }, el('h2', { id: 'hits-h', class: 'sr-only', text: 'Results' }));
  (r.hits || []).forEach((h) => list.append(hit(h, s)));
  out.push(list);
  const pages = Math.min(Math.ceil(r.total / s.size), Math.floor(10000 / s.size));
  if (pages > 1) out.push(pager(s, pages));
  main.replaceChildren(...out);
}

function chips(r, s) {
  const box = el('div', { class: 'chips', id: 'chips', role: 'region', 'aria-label': 'Active filters' });
  const remove = (label, id, next) => {
    const b = el('button', { type: 'button', class: 'chip-x', id, 'aria-label': 'Remove filter ' + label, text: '×' });
    b.addEventListener('click', () => go({ ...next, page: 1 }));
    return b;
  };
  const unknown = new Set((r.unknown_filters || []).map((u) => u.dimension + ':' + u.value));
  s.filters.filter((f) => !unknown.has(f)).forEach((f) => { // an unknown value gets its warning chip instead
    const [dim, value] = [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)];
    const label = dimLabel(dim) + ': ' + shortValue(value);
    box.append(el('span', { class: 'chip', 'data-filter': f }, el('span', { text: label }),
      remove(label, 'chip-' + f.replace(/[^a-zA-Z0-9]+/g, '-'), { ...s, filters: s.filters.filter((x) => x !== f) })));
  });
  if (s.year) {
    const label = 'Year: ' + s.year.replace('..', '–');
    box.append(el('span', { class: 'chip', 'data-filter': 'year' }, el('span', { text: label }),
      remove(label, 'chip-year', { ...s, year: '' })));
  }
  (r.unknown_filters || []).forEach((u) => box.append(unknownChip(u, s)));
  if (box.childElementCount > 0) {
    const all = el('button', { type: 'button', class: 'link', id: 'clear-all', text: 'Clear all' });
    all.addEventListener('click', () => go({ ...s, filters: [], year: '', q: withoutTyped(s.q), page: 1 }));
    box.append(all);
  }
  return box;
}

/** The query without the dim:value filters typed into it. */
function withoutTyped(q, only) {
  return q.replace(/(^|\s)([a-z_]+):("[^"]*"|[^\s"]+)/g, (m, pre, dim, v) =>
    (only && (dim !== only.dimension || v.replace(/"/g, '') !== only.value)) || !DIMENSIONS.includes(dim) ? m : pre).trim();
}

/** A warning chip: a filter value the index does not know, with its did-you-mean. */
function unknownChip(u, s) {
  const key = u.dimension + ':' + u.value;
  const without = { ...s, filters: s.filters.filter((f) => f !== key), q: withoutTyped(s.q, u), page: 1 };
  const label = dimLabel(u.dimension) + ': ' + u.value;
  const message = el('span', { text: '⚠ ' + label + ' is not in the index' });
  if (u.suggestion) {
    const fix = el('button', { type: 'button', class: 'link', id: 'fix-' + key.replace(/[^a-zA-Z0-9]+/g, '-'),
      text: shortValue(u.suggestion) });
    fix.addEventListener('click', () => go({ ...without, filters: [...without.filters, u.dimension + ':' + u.suggestion] }));
    message.append(' — did you mean ', fix, '?');
  }
  const chip = el('span', { class: 'chip warning', role: 'status' }, message);
  const x = el('button', { type: 'button', class: 'chip-x', 'aria-label': 'Remove filter ' + label, text: '×' });
  x.addEventListener('click', () => go(without));
  chip.append(x);
  return chip;
}

function toolbar(r, s) {
  const total = r.total + (r.total_relation === 'gte' ? '+' : '');
  const summary = el('p', { class: 'summary', id: 'summary', text: (r.total === 1 ? '1 result' : total + ' results')
    + (s.q ? ' for “' + s.q + '”' : '') });
  const select = (id, text, options, value, apply) => {
    const sel = el('select', { id }, ...options.map(([v, t]) => el('option', { value: v, text: t, selected: String(v) === String(value) })));
    sel.addEventListener('change', () => go(apply(sel.value)));
    return el('span', { class: 'control' }, el('label', { for: id, text }), sel);
  };
  const exports = ['csv', 'jsonl'].map((f) => el('a', { class: 'button', id: 'export-' + f, download: 'practice-search.' + f,
    href: '/api/export?' + searchParams(s, { format: f }), text: f === 'csv' ? 'Export CSV' : 'Export JSON Lines' }));
  return el('div', { class: 'toolbar' }, summary,
    select('sort', 'Sort', SORTS, s.sort, (v) => ({ ...s, sort: v, page: 1 })),
    select('size', 'Per page', SIZES.map((n) => [n, String(n)]), s.size, (v) => ({ ...s, size: +v, page: 1 })),
    el('span', { class: 'exports', title: 'all results, up to 10,000' }, ...exports));
}

function noResults(r, s) {
  const help = el('div', { class: 'notice' }, el('p', { text: 'No results. Try fewer or other words, check the spelling, or remove a filter.' }));
  if (r.relaxation) {
    const b = el('button', { type: 'button', class: 'link', text: 'Remove the ' + dimLabel(r.relaxation.drop).toLowerCase()
      + ' filter (' + results(r.relaxation.hits) + ')' });
    b.addEventListener('click', () => go({ ...s, filters: s.filters.filter((f) => !f.startsWith(r.relaxation.drop + ':')),
      year: r.relaxation.drop === 'year' ? '' : s.year, page: 1 }));
    help.append(b);
  }
  return help;
}

function snippet(html) {
  // keep the text and the <mark> elements of the server's escaped snippet, nothing else
  const doc = new DOMParser().parseFromString('<p>' + (html || '') + '</p>', 'text/html');
  const out = el('p', { class: 'snippet' });
  doc.body.firstChild.childNodes.forEach((n) => out.append(n.nodeName === 'MARK' ? el('mark', { text: n.textContent })
    : document.createTextNode(n.textContent)));
  return out;
}

function hit(h, s) {
  const a = onPlainClick(el('a', { href: href({ ...s, entry: h.id }), text: h.title || h.id }), () => go({ ...s, entry: h.id }));
  const keys = [(h.countries || []).slice(0, 5).join(', '), h.year, ...(h.practice_types || []), ...(h.stakeholder_types || [])]
    .filter((x) => x).join(' · ');
  return el('article', { class: 'hit', 'data-year': h.year }, el('h3', {}, el('span', { class: 'badge ' + h.kind, text: h.kind }), a),
    keys ? el('p', { class: 'keys', text: keys }) : null, snippet(h.snippet));
}

function pager(s, pages) {
  const nav = el('nav', { class: 'pages', 'aria-label': 'Pages' });
  const button = (label, page) => {
    const b = el('button', { type: 'button', id: 'page-' + label.toLowerCase(), text: label });
    b.addEventListener('click', () => go({ ...s, page }));
    return b;
  };
  if (s.page > 1) nav.append(button('Previous', s.page - 1));
  nav.append(el('span', { text: 'Page ' + s.page + ' of ' + pages }));
  if (s.page < pages) nav.append(button('Next', s.page + 1));
  return nav;
}

let timer;
function suggest() {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const q = $('q').value;
    if (q.length < 2) return;
    const r = await api('/api/suggest?q=' + encodeURIComponent(q));
    $('suggestions').replaceChildren(...r.suggestions.map((t) => el('option', { value: t })));
  }, 150);
}

function start() {
  $('search').addEventListener('submit', (e) => { e.preventDefault(); go({ ...state(), q: $('q').value, page: 1, entry: '' }); });
  $('q').addEventListener('input', suggest);
  $('years').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = $('year-from').value, t = $('year-to').value;
    go({ ...state(), year: f || t ? f + '..' + t : '', page: 1, entry: '' });
  });
  window.addEventListener('popstate', render);
  render();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
