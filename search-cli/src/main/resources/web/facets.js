// The sidebar: every facet dimension as a list of checkboxes with drill-sideways counts (region as a tree,
// the first values shown and a button for the rest), and the year as a bar chart over the range boxes.
import { el, svg, dimLabel, results } from './dom.js';

const SHOWN = 8;
const expanded = new Set(); // dimensions whose whole list the user asked for, kept across renders

export function renderFacets(box, facets, s, go) {
  box.replaceChildren();
  Object.entries(facets || {}).forEach(([dim, values]) => {
    if (dim === 'year' || !values.length) return;
    const fs = el('fieldset', { 'data-dim': dim }, el('legend', { text: dimLabel(dim) }));
    const open = expanded.has(dim) || values.some((v, i) => i >= SHOWN && s.filters.includes(dim + ':' + (v.path || v.value)));
    fs.append(list(dim, open ? values : values.slice(0, SHOWN), s, go));
    if (values.length > SHOWN) {
      const more = el('button', { type: 'button', class: 'link more', id: 'more-' + dim, 'aria-expanded': String(open),
        text: open ? 'Show fewer' : 'Show all ' + values.length });
      more.addEventListener('click', () => {
        if (open) expanded.delete(dim);
        else expanded.add(dim);
        renderFacets(box, facets, s, go);
        document.getElementById('more-' + dim).focus();
      });
      fs.append(more);
    }
    box.append(fs);
  });
}

function list(dim, values, s, go) {
  const ul = el('ul');
  values.forEach((v) => {
    const key = dim + ':' + (v.path || v.value);
    const id = 'f-' + key.replace(/[^a-zA-Z0-9]+/g, '-');
    const box = el('input', { type: 'checkbox', id, 'data-filter': key });
    box.checked = s.filters.includes(key);
    box.addEventListener('change', () => {
      const f = s.filters.filter((x) => x !== key);
      if (box.checked) f.push(key);
      go({ ...s, filters: f, page: 1, entry: '' });
    });
    const li = el('li', {}, el('label', { for: id }, box, el('span', { text: v.value }),
      el('span', { class: 'count', text: String(v.count) })));
    if (v.children && v.children.length) li.append(list(dim, v.children, s, go));
    ul.append(li);
  });
  return ul;
}

/**
 * The year facet as bars, one per year from the first to the last (gaps at zero). A click selects a year, a
 * drag a range; the From/To boxes under it do the same from the keyboard.
 */
export function renderYears(box, values, s, go) {
  const counts = new Map(values.map((v) => [+v.value, v.count]).filter(([y]) => Number.isInteger(y)));
  box.replaceChildren();
  if (!counts.size) return;
  const years = [...counts.keys()];
  const first = Math.min(...years), last = Math.max(...years);
  const max = Math.max(...counts.values());
  const [from, to] = selected(s.year, first, last);
  const n = last - first + 1, w = 240, h = 64, bw = w / n;
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h + 14}`, class: 'year-chart', role: 'img',
    'aria-label': `Results per year, ${first} to ${last}; the most, ${max}, in ${years.find((y) => counts.get(y) === max)}` });
  for (let y = first; y <= last; y++) {
    const c = counts.get(y) || 0;
    const bh = c ? Math.max(2, (c / max) * h) : 0;
    const x = (y - first) * bw;
    // the hit area is the whole column, so short bars are easy to click
    chart.append(svg('rect', { x, y: 0, width: bw, height: h, class: 'col', 'data-year': y }, svg('title', { text: `${y}: ${results(c)}` })),
      svg('rect', { x: x + bw * 0.1, y: h - bh, width: bw * 0.8, height: bh, 'data-year': y,
        class: 'bar' + (s.year && y >= from && y <= to ? ' on' : '') }));
  }
  chart.append(svg('text', { x: 0, y: h + 12, class: 'axis', text: String(first) }),
    svg('text', { x: w, y: h + 12, class: 'axis end', text: String(last) }));
  drag(chart, (a, b) => go({ ...s, year: a === b ? String(a) : a + '..' + b, page: 1, entry: '' }));
  box.append(chart);
}

function selected(year, first, last) {
  if (!year) return [first, last];
  const [f, t] = year.includes('..') ? year.split('..') : [year, year];
  return [f ? +f : -Infinity, t ? +t : Infinity];
}

function drag(chart, pick) {
  let start = null;
  const yearAt = (e) => {
    const t = document.elementFromPoint(e.clientX, e.clientY);
    return t && t.dataset && t.dataset.year ? +t.dataset.year : null;
  };
  const mark = (a, b) => chart.querySelectorAll('.bar').forEach((r) =>
    r.classList.toggle('picking', +r.dataset.year >= Math.min(a, b) && +r.dataset.year <= Math.max(a, b)));
  chart.addEventListener('pointerdown', (e) => {
    start = yearAt(e);
    if (start !== null) {
      chart.setPointerCapture(e.pointerId);
      mark(start, start);
    }
  });
  chart.addEventListener('pointermove', (e) => {
    const y = start !== null && yearAt(e);
    if (y) mark(start, y);
  });
  chart.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = yearAt(e) || start;
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    pick(a, b);
  });
}
