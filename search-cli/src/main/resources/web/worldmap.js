// The world map: Natural Earth country outlines (world.json, built once by search-cli/src/build/world-map from
// npm's world-atlas) drawn as SVG, each country shaded by its drill-sideways count and matched to the country
// facet by ISO 3166 alpha-2 code. A click, Enter or Space on a country filters by it; hover or focus shows
// its name and count. Values without a shape (Global, small states, names the normaliser did not know) are
// listed beside the map.
import { el, svg, results } from './dom.js';

let world; // the shapes, fetched once
export const loadWorld = () => (world = world || fetch('/world.json').then((r) => r.json()));
const SHADES = 5;

/** Draws the map of {@code shapes} (from loadWorld) into box for the country facet values. */
export function renderMap(box, shapes, countries, s, go) {
  const byCode = new Map(countries.filter((c) => c.code).map((c) => [c.code, c]));
  const max = Math.max(1, ...countries.map((c) => c.count));
  const drawn = new Set(shapes.countries.map((c) => c.code));
  const map = svg('svg', { viewBox: `0 0 ${shapes.width} ${shapes.height}`, class: 'map', role: 'group',
    'aria-label': 'Map of results by country; arrow keys move between countries' });
  const tip = el('p', { class: 'map-tip', id: 'map-tip', role: 'status' });
  const filter = (c) => {
    const key = 'country:' + c.value;
    go({ ...s, filters: s.filters.includes(key) ? s.filters : [...s.filters, key], page: 1, entry: '' });
  };
  const focusable = [];
  shapes.countries.forEach((shape) => {
    const c = byCode.get(shape.code);
    if (!c || !c.count) {
      map.append(svg('path', { d: shape.d, class: 'land', 'aria-hidden': 'true' }));
      return;
    }
    const label = `${c.value}: ${results(c.count)}`;
    const shade = Math.min(SHADES, 1 + Math.floor((Math.sqrt(c.count / max)) * (SHADES - 1) + 0.5));
    const p = svg('path', { d: shape.d, id: 'map-' + shape.code, class: `land has s${shade}` + (c.selected ? ' on' : ''),
      tabindex: '-1', role: 'button', 'aria-label': label, 'aria-pressed': String(!!c.selected), 'data-code': shape.code },
    svg('title', { text: label }));
    const show = () => { tip.textContent = label; };
    p.addEventListener('mouseenter', show);
    p.addEventListener('focus', show);
    p.addEventListener('click', () => filter(c));
    p.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        filter(c);
      }
    });
    map.append(p);
    focusable.push(p);
  });
  rove(map, focusable.sort((a, b) => a.getAttribute('aria-label').localeCompare(b.getAttribute('aria-label'))));
  map.addEventListener('mouseleave', () => { tip.textContent = hint; });
  const hint = byCode.size ? 'Select a country to filter by it.' : 'No results are about a single country.';
  tip.textContent = hint;
  box.append(el('div', { class: 'map-wrap' }, el('div', { class: 'map-box' }, map, tip),
    scopes(countries.filter((c) => !c.code || !drawn.has(c.code)), filter)));
}

/**
 * One tab stop for the whole map (a roving tabindex): Tab enters at the selected country, else the first by
 * name; arrow keys, Home and End move between the countries with results, in the order of their names.
 */
function rove(map, countries) {
  if (!countries.length) return;
  (countries.find((p) => p.getAttribute('aria-pressed') === 'true') || countries[0]).setAttribute('tabindex', '0');
  map.addEventListener('keydown', (e) => {
    const i = countries.indexOf(e.target);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? countries.length - 1
      : step ? (i + step + countries.length) % countries.length : -1;
    if (i < 0 || next < 0) return;
    e.preventDefault();
    countries.forEach((p, j) => p.setAttribute('tabindex', j === next ? '0' : '-1'));
    countries[next].focus();
  });
}

/** Global scope and countries not drawn, as buttons. */
function scopes(values, filter) {
  const ul = el('ul', { class: 'scopes', 'aria-label': 'Not on the map' });
  values.forEach((c) => {
    const b = el('button', { type: 'button', class: 'link', 'data-filter': 'country:' + c.value,
      id: 'scope-' + c.value.replace(/[^a-zA-Z0-9]+/g, '-'), 'aria-pressed': String(!!c.selected) },
    el('span', { text: c.value }), el('span', { class: 'count', text: String(c.count) }));
    b.addEventListener('click', () => filter(c));
    ul.append(el('li', {}, b));
  });
  return values.length ? el('div', { class: 'scope-box' }, el('h3', { text: 'Not on the map' }), ul) : el('div');
}
