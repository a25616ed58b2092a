'use strict';
// practice-search web page: the URL holds the whole state (q, filter=dim:value..., year, page, entry), so a
// search can be shared and the back button works. Everything shown is built with textContent; only the
// server's snippets (HTML-escaped text with <mark>) are parsed, and only their <mark> elements are kept.
(function () {
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => (k === 'text' ? (e.textContent = v) : e.setAttribute(k, v)));
    kids.forEach((k) => k && e.append(k));
    return e;
  };

  function state() {
    const p = new URLSearchParams(location.search);
    return { q: p.get('q') || '', filters: p.getAll('filter'), year: p.get('year') || '', page: +(p.get('page') || 1),
      entry: p.get('entry') || '' };
  }

  function go(s, replace) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    s.filters.forEach((f) => p.append('filter', f));
    if (s.year) p.set('year', s.year);
    if (s.page > 1) p.set('page', s.page);
    if (s.entry) p.set('entry', s.entry);
    const url = '/?' + p.toString();
    (replace ? history.replaceState : history.pushState).call(history, null, '', url);
    render();
  }

  function snippet(html) {
    // keep the text and the <mark> elements of the server's escaped snippet, nothing else
    const doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
    const out = el('p', { class: 'snippet' });
    doc.body.firstChild.childNodes.forEach((n) => out.append(n.nodeName === 'MARK' ? el('mark', { text: n.textContent })
      : document.createTextNode(n.textContent)));
    return out;
  }

  async function api(path) {
    const r = await fetch(path);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  }

  async function render() {
    const s = state();
    $('q').value = s.q;
    const [from, to] = s.year ? s.year.split('..') : ['', ''];
    $('year-from').value = from || '';
    $('year-to').value = to || '';
    const main = $('results');
    try {
      if (s.entry) return renderEntry(main, await api('/api/entries/' + encodeURIComponent(s.entry)));
      const p = new URLSearchParams({ q: s.q, page: s.page, size: 10, facet_limit: 12 });
      s.filters.forEach((f) => p.append('filter', f));
      if (s.year) p.set('year', s.year);
      const r = await api('/api/search?' + p.toString());
      renderFacets(r.facets, s);
      renderHits(main, r, s);
    } catch (e) {
      main.replaceChildren(el('p', { class: 'notice', role: 'alert', text: 'Error: ' + e.message }));
    }
  }

  function renderFacets(facets, s) {
    const box = $('facet-list');
    box.replaceChildren();
    Object.entries(facets).forEach(([dim, values]) => {
      const fs = el('fieldset', { 'data-dim': dim }, el('legend', { text: dim.replace('_', ' ') }));
      fs.append(list(dim, values, s));
      box.append(fs);
    });
  }

  function list(dim, values, s) {
    const ul = el('ul');
    values.forEach((v) => {
      const path = v.path || v.value;
      const key = dim + ':' + path;
      const id = 'f-' + key.replace(/[^a-zA-Z0-9]+/g, '-');
      const box = el('input', { type: 'checkbox', id, 'data-filter': key });
      box.checked = s.filters.includes(key);
      box.addEventListener('change', () => {
        const f = s.filters.filter((x) => x !== key);
        if (box.checked) f.push(key);
        go({ ...s, filters: f, page: 1, entry: '' });
      });
      const li = el('li', {}, el('label', { for: id }, box, el('span', { text: v.value }), el('span', { class: 'count', text: String(v.count) })));
      if (v.children && v.children.length) li.append(list(dim, v.children, s));
      ul.append(li);
    });
    return ul;
  }

  function renderHits(main, r, s) {
    const out = [el('p', { class: 'summary', text: r.total + (r.total_relation === 'gte' ? '+' : '') + (r.total === 1 && r.total_relation !== 'gte' ? ' result' : ' results') + (s.q ? ' for “' + s.q + '”' : '') })];
    (r.notices || []).forEach((n) => out.push(el('p', { class: 'notice', text: n })));
    if (r.suggestion) {
      const b = el('button', { type: 'button', class: 'link', text: r.suggestion });
      b.addEventListener('click', () => go({ ...s, q: r.suggestion, page: 1 }));
      out.push(el('p', { class: 'notice' }, document.createTextNode('Did you mean '), b, document.createTextNode('?')));
    }
    if (r.total === 0) {
      const help = el('div', { class: 'notice' }, el('p', { text: 'No results. Try fewer or other words, check the spelling, or remove a filter.' }));
      if (r.relaxation) {
        const b = el('button', { type: 'button', class: 'link', text: 'Remove the ' + r.relaxation.drop + ' filter (' + r.relaxation.hits + ' results)' });
        b.addEventListener('click', () => go({ ...s, filters: s.filters.filter((f) => !f.startsWith(r.relaxation.drop + ':')),
          year: r.relaxation.drop === 'year' ? '' : s.year, page: 1 }));
        help.append(b);
      }
      out.push(help);
    }
    r.hits.forEach((h) => {
      const a = el('a', { href: '/?entry=' + encodeURIComponent(h.id), text: h.title });
      a.addEventListener('click', (e) => { e.preventDefault(); go({ ...s, entry: h.id }); });
      const keys = [h.countries.slice(0, 5).join(', '), h.year, ...(h.practice_types || []), ...(h.stakeholder_types || [])]
        .filter((x) => x).join(' · ');
      out.push(el('article', { class: 'hit' }, el('h2', {}, el('span', { class: 'badge ' + h.kind, text: h.kind }), a),
        el('p', { class: 'keys', text: keys }), snippet(h.snippet)));
    });
    const pages = Math.ceil(r.total / 10);
    if (pages > 1) {
      const nav = el('nav', { class: 'pages', 'aria-label': 'Pages' });
      if (s.page > 1) nav.append(pageButton('Previous', s, s.page - 1));
      nav.append(el('span', { text: 'Page ' + s.page + ' of ' + pages }));
      if (s.page < pages) nav.append(pageButton('Next', s, s.page + 1));
      out.push(nav);
    }
    main.replaceChildren(...out);
  }

  function pageButton(label, s, page) {
    const b = el('button', { type: 'button', text: label });
    b.addEventListener('click', () => go({ ...s, page }));
    return b;
  }

  function renderEntry(main, e) {
    const back = el('button', { type: 'button', class: 'link', text: '← Back to results' });
    back.addEventListener('click', () => history.back());
    const dl = el('dl');
    const fields = [['Kind', e.kind + (e.summary ? ' (summary)' : '')], ['Year', e.year], ['Countries', e.countries],
      ['Regions', e.regions], ['Stakeholders', e.stakeholders], ['Stakeholder types', e.stakeholder_types],
      ['Practice types', e.practice_types], ['Crisis types', e.crisis_types], ['Crisis phases', e.crisis_phases],
      ['Guidelines', e.guidelines], ['Authors', e.authors], ['Categories', e.categories], ['Topics', e.topics],
      ['Sources', e.sources || e.source]];
    fields.forEach(([k, v]) => {
      const text = Array.isArray(v) ? v.join('; ') : v;
      if (text !== null && text !== undefined && text !== '') dl.append(el('dt', { text: k }), el('dd', { text: String(text) }));
    });
    const related = el('ul');
    (e.related || []).forEach((h) => {
      const a = el('a', { href: '/?entry=' + encodeURIComponent(h.id), text: h.title });
      a.addEventListener('click', (ev) => { ev.preventDefault(); go({ ...state(), entry: h.id }); });
      related.append(el('li', {}, el('span', { class: 'badge ' + h.kind, text: h.kind }), a));
    });
    main.replaceChildren(el('article', { class: 'entry' }, back, el('h2', { text: e.title }), dl,
      el('p', { class: 'description', text: e.description }), el('h3', { text: 'Related' }), related));
    main.focus();
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

  document.addEventListener('DOMContentLoaded', () => {
    $('search').addEventListener('submit', (e) => { e.preventDefault(); go({ ...state(), q: $('q').value, page: 1, entry: '' }); });
    $('q').addEventListener('input', suggest);
    $('year-apply').addEventListener('click', () => {
      const f = $('year-from').value, t = $('year-to').value;
      go({ ...state(), year: f || t ? f + '..' + t : '', page: 1, entry: '' });
    });
    window.addEventListener('popstate', render);
    render();
  });
})();
