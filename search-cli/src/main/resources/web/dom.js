// Small DOM helpers shared by the page's modules. Every text goes in as text (textContent or an attribute),
// never as HTML.
export const $ = (id) => document.getElementById(id);

function build(e, attrs, kids) {
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  });
  kids.forEach((k) => k !== null && k !== undefined && k !== false && e.append(k));
  return e;
}

export const el = (tag, attrs, ...kids) => build(document.createElement(tag), attrs, kids);
export const svg = (tag, attrs, ...kids) => build(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, kids);

/** The URL of a state: only what differs from the defaults. */
export function href(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  (s.filters || []).forEach((f) => p.append('filter', f));
  if (s.year) p.set('year', s.year);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.size && s.size !== 10) p.set('size', s.size);
  if (s.page > 1) p.set('page', s.page);
  if (s.entry) p.set('entry', s.entry);
  return '/?' + p.toString();
}

const LABELS = { kind: 'Kind', country: 'Country', region: 'Region', year: 'Year', stakeholder_type: 'Stakeholder type',
  practice_type: 'Practice type', crisis_type: 'Crisis type', crisis_phase: 'Crisis phase', guideline: 'Guideline',
  category: 'Category', topic: 'Topic', author: 'Author' };

/** The facet dimension ids, as the API names them. */
export const DIMENSIONS = Object.keys(LABELS);

/** A dimension id as people read it. */
export const dimLabel = (dim) => LABELS[dim] || dim.replace(/_/g, ' ');

/** A facet value as shown: a region path by its last part ("Europe/Eastern Europe" is "Eastern Europe"). */
export const shortValue = (value) => String(value).split('/').pop();

/** "1 result", "12 results". */
export const results = (n) => n + (n === 1 ? ' result' : ' results');

/** A click on a link that the page handles itself (plain clicks only; ctrl-click still opens a tab). */
export function onPlainClick(a, action) {
  a.addEventListener('click', (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    action();
  });
  return a;
}
