// One entry: every field, facet values as links that filter the search, regions by name (not path), each
// source as the page's URL where known (a file name otherwise), related entries. Fields are read
// defensively: the entry model grows (title_source, sources), and a missing field is simply not shown.
import { el, href, shortValue, onPlainClick } from './dom.js';

// entry field, label, facet dimension its values filter on (null: shown as text)
const FIELDS = [['kind', 'Kind', 'kind'], ['year', 'Year', 'year'], ['countries', 'Countries', 'country'],
  ['regions', 'Regions', 'region'], ['stakeholders', 'Stakeholders', null],
  ['stakeholder_types', 'Stakeholder types', 'stakeholder_type'], ['practice_types', 'Practice types', 'practice_type'],
  ['crisis_types', 'Crisis types', 'crisis_type'], ['crisis_phases', 'Crisis phases', 'crisis_phase'],
  ['guidelines', 'Guidelines', 'guideline'], ['authors', 'Authors', 'author'], ['categories', 'Categories', 'category'],
  ['topics', 'Topics', 'topic']];

export function renderEntry(main, e, s, go) {
  const back = el('button', { type: 'button', class: 'link back', text: '← Back to results' });
  back.addEventListener('click', () => (history.length > 1 ? history.back() : go({ ...s, entry: '' })));
  const dl = el('dl');
  FIELDS.forEach(([field, label, dim]) => {
    const values = [].concat(e[field] === undefined || e[field] === null || e[field] === '' ? [] : e[field]);
    if (!values.length) return;
    const dd = el('dd');
    values.forEach((v, i) => {
      if (i) dd.append('; ');
      dd.append(dim ? filterLink(dim, String(v), s, go) : String(v));
    });
    if (field === 'kind' && e.summary) dd.append(' (summary of a page not yet read in full)');
    dl.append(el('dt', { text: label }), dd);
  });
  const src = sources(e);
  if (src.length) {
    const dd = el('dd');
    src.forEach((x, i) => dd.append(i ? el('br') : '', x));
    dl.append(el('dt', { text: src.length > 1 ? 'Sources' : 'Source' }), dd);
  }
  const related = el('ul', { class: 'related' });
  (e.related || []).forEach((h) => {
    const a = onPlainClick(el('a', { href: href({ ...s, entry: h.id }), text: h.title || h.id }), () => go({ ...s, entry: h.id }));
    related.append(el('li', {}, el('span', { class: 'badge ' + h.kind, text: h.kind }), a));
  });
  main.replaceChildren(el('article', { class: 'entry' }, back, el('h2', { text: e.title || e.id }), dl,
    el('p', { class: 'description', text: e.description || '' }),
    related.childElementCount ? el('h3', { text: 'Related' }) : null, related.childElementCount ? related : null));
}

/** A value that starts a new search filtered by it (a year selects that year). */
function filterLink(dim, value, s, go) {
  const next = dim === 'year' ? { q: '', filters: [], year: value } : { q: '', filters: [dim + ':' + value], year: '' };
  const target = { ...next, sort: s.sort, size: s.size, page: 1, entry: '' };
  const a = el('a', { href: href(target), class: 'facet-link', 'data-filter': dim + ':' + value, text: shortValue(value),
    title: 'All entries with ' + (dim === 'region' ? value.replace('/', ' › ') : value) });
  return onPlainClick(a, () => go(target));
}

/**
 * Each source as a link to its page: a source that is a URL, else the entry's page URL when known; a file
 * otherwise, by its name only (no directories, no line). Sources are "file:line" or URL strings.
 */
function sources(e) {
  const web = (x) => (typeof x === 'string' && /^https?:\/\//i.test(x) ? x : '');
  const list = (Array.isArray(e.sources) && e.sources.length ? e.sources : [e.source]).filter((x) => x);
  const shown = new Set();
  return list.map((x) => {
    const url = web(x) || web(e.url);
    const name = url || String(x).split(/[\\/]/).pop().replace(/:\d+$/, '');
    if (!name || shown.has(name)) return null;
    shown.add(name);
    return url ? el('a', { href: url, rel: 'noopener noreferrer', class: 'source', text: url })
      : el('span', { class: 'source', text: name });
  }).filter((x) => x);
}
