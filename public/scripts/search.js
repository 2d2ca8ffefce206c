/*
 * The search page (browser JS): loads the Pagefind bundle through the site's base path (given by
 * the `#search` element's data attributes), runs queries with filters (type, entity, year) and
 * either relevance or newest-first order, and shows results with highlighted excerpts.
 * State lives in the URL (`?q=…&sort=newest&type=Person&entity=…&year=2025`), so results can be
 * shared and the header's plain GET form lands here. All text reaches the page as text nodes.
 *
 * The articles are two bundles (the newest month, and an archive kept between builds: see
 * src/lib/search-parts.ts), each merged with a `part` filter naming it. The first results come
 * from the articles alone, the least a search must download; then the entity bundle is merged in
 * and the filter index loaded, and the search runs again with entity pages and filter counts.
 * `#search[data-complete]` marks that second stage as done.
 */
(() => {
  const root = document.getElementById('search');
  if (!root) return;
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-query');
  const sortSelect = document.getElementById('search-sort');
  const status = document.getElementById('search-status');
  const filtersBox = document.getElementById('search-filters');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');

  const PAGE_SIZE = 10;
  /** Entity results whose names are checked against the query (their fragments are small). */
  const BOOST_WINDOW = 5;
  /** Filter groups, in display order, with headings and how many values to show. */
  const GROUPS = [
    { key: 'type', label: 'Type', limit: 10 },
    { key: 'entity', label: 'Entity', limit: 12 },
    { key: 'year', label: 'Year', limit: 12 },
  ];
  // The index's conventions, from the page (src/lib/search-meta.ts owns them).
  const UNDATED = root.dataset.undated;
  const NAME_SEPARATOR = root.dataset.nameSeparator;
  const ENTITY_TYPES = root.dataset.entityTypes.split(NAME_SEPARATOR);
  /** The `part` filter value of each bundle. */
  const PARTS = JSON.parse(root.dataset.parts);

  let pagefind;
  let run = 0;
  let shown = [];
  let offset = 0;
  /** Selected filter values by group; starts from the URL, then follows the checkboxes. */
  let selected = {};

  /** Reads the query, order and selected filters from the URL. */
  const readState = () => {
    const params = new URLSearchParams(location.search);
    const selected = {};
    for (const { key } of GROUPS) selected[key] = params.getAll(key);
    return { q: (params.get('q') || '').trim(), sort: params.get('sort') === 'newest' ? 'newest' : 'relevance', selected };
  };

  /** Writes the state to the URL (replacing the entry: typing is not navigation). */
  const writeState = (state) => {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.sort === 'newest') params.set('sort', 'newest');
    for (const { key } of GROUPS) for (const value of state.selected[key]) params.append(key, value);
    const query = params.toString();
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
  };

  /** Lower case, no accents, words only: "Ahmad al-Sharaa" → "ahmad al sharaa". */
  const normalise = (text) =>
    text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  /** Does the query name this entity (its name or an alias contains the query's words in order)? */
  const namesEntity = (query, names) => {
    const q = ` ${normalise(query)} `;
    if (q.trim().length < 3) return false;
    return names.split(NAME_SEPARATOR).some((name) => ` ${normalise(name)} `.includes(q));
  };

  /** Builds an excerpt from Pagefind's `<mark>`-highlighted text without parsing it as HTML. */
  const excerptNode = (excerpt) => {
    const p = document.createElement('p');
    p.className = 'search-excerpt';
    const decoder = document.createElement('textarea');
    excerpt.split(/(<mark>|<\/mark>)/u).reduce((marked, part) => {
      if (part === '<mark>') return true;
      if (part === '</mark>') return false;
      // Pagefind escapes the page text as HTML entities; a detached textarea decodes them as text.
      decoder.innerHTML = part;
      const text = document.createTextNode(decoder.value);
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        p.append(mark);
      } else p.append(text);
      return marked;
    }, false);
    return p;
  };

  /** One result as a list item: linked title, type and date, excerpt. */
  const resultNode = (data) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    const h2 = document.createElement('h2');
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title || data.url;
    h2.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    const date = data.meta.date && data.meta.date !== UNDATED ? data.meta.date : '';
    meta.textContent = [data.meta.type, date].filter(Boolean).join(' · ');
    li.append(h2, meta, excerptNode(data.excerpt || ''));
    return li;
  };

  /** Filter checkboxes with counts for the current query. */
  const renderFilters = (counts, state) => {
    filtersBox.replaceChildren();
    for (const { key, label, limit } of GROUPS) {
      const values = Object.entries(counts[key] || {})
        .filter(([value, count]) => count > 0 || state.selected[key].includes(value))
        .sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
      const visible = values.filter(([value], i) => i < limit || state.selected[key].includes(value));
      if (visible.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = label;
      fieldset.append(legend);
      for (const [value, count] of visible) {
        const id = `filter-${key}-${normalise(value).replace(/ /gu, '-') || 'x'}`;
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = key;
        box.value = value;
        box.checked = state.selected[key].includes(value);
        const labelEl = document.createElement('label');
        labelEl.htmlFor = id;
        labelEl.textContent = `${value} (${count})`;
        const row = document.createElement('div');
        row.className = 'filter-option';
        row.append(box, labelEl);
        fieldset.append(row);
      }
      filtersBox.append(fieldset);
    }
  };

  /** Shows the next `count` results (a page by default). */
  const showMore = async (current, count = PAGE_SIZE) => {
    const slice = shown.slice(offset, offset + count);
    offset += slice.length;
    const data = await Promise.all(slice.map((r) => r.loaded || r.data()));
    if (current !== run) return;
    for (const d of data) list.append(resultNode(d));
    more.hidden = offset >= shown.length;
  };

  /**
   * Puts entity pages the query names first, keeping Pagefind's order otherwise. The candidates
   * are the best entity results (a search limited to the entity types), so only a few small
   * entity fragments are fetched, wherever the entity ranks among the articles.
   */
  const boostNamedEntities = async (results, q, filters) => {
    const types = filters.type ? filters.type.any.filter((t) => ENTITY_TYPES.includes(t)) : ENTITY_TYPES;
    if (!isMerged(PARTS.entities) || types.length === 0) return results;
    const response = await pagefind.search(q, { filters: { ...filters, type: { any: types } } });
    const head = (response?.results ?? []).slice(0, BOOST_WINDOW);
    await Promise.all(head.map(async (r) => { r.loaded = await r.data(); }));
    const named = head.filter((r) => r.loaded.meta.names && namesEntity(q, r.loaded.meta.names));
    const ids = new Set(named.map((r) => r.id));
    return [...named, ...results.filter((r) => !ids.has(r.id))];
  };

  /** The bundles merged so far, as [url, part], to merge again when Pagefind is restarted. */
  const merged = [];
  /** Whether the bundle of a part (`PARTS.archive`, `PARTS.entities`) is merged into the search. */
  const isMerged = (part) => merged.some(([, p]) => p === part);
  /** Pagefind options of a bundle with its `part` filter. */
  const bundleOptions = (part) => ({ baseUrl: root.dataset.base, excerptLength: 30, mergeFilter: { part } });

  /** Starts Pagefind with the main bundle and the bundles merged so far. */
  const startPagefind = async () => {
    await pagefind.options(bundleOptions(PARTS.current));
    await pagefind.init();
    for (const [url, part] of merged) await pagefind.mergeIndex(url, bundleOptions(part));
  };

  /**
   * Merges the bundle at `url` with its `part` filter (`isMerged` tells whether it did). Pagefind
   * keeps a merged bundle it could not load and then fails every search, so only a bundle that
   * exists and has records is merged (a digest may have no archive yet, or no entity named twice), and
   * when loading one fails all the same (a file missing from a deploy or the offline cache),
   * Pagefind is started again without it.
   */
  const mergeBundle = async (url, part) => {
    try {
      const entry = await (await fetch(`${url}pagefind-entry.json`)).json();
      if (Object.keys(entry.languages ?? {}).length === 0) return;
    } catch {
      return;
    }
    try {
      await pagefind.mergeIndex(url, bundleOptions(part));
      merged.push([url, part]);
    } catch {
      // If even starting again fails, the next search reports it (as a failed first load does).
      try {
        await pagefind.destroy();
        await startPagefind();
      } catch {}
    }
  };

  let extras;
  /**
   * Merges the entity bundle and loads the filter index, once. Searches after it include entity
   * pages and come back with filter counts; without the bundle, articles are still searched.
   */
  const loadExtras = () =>
    (extras ??= (async () => {
      await mergeBundle(root.dataset.entityIndex, PARTS.entities);
      await pagefind.filters();
    })());

  /** Adds up the filter counts of several searches (as Pagefind does for merged bundles). */
  const sumCounts = (all) => {
    const sum = {};
    for (const counts of all) {
      for (const [key, values] of Object.entries(counts)) {
        sum[key] ??= {};
        for (const [value, n] of Object.entries(values)) sum[key][value] = (sum[key][value] || 0) + n;
      }
    }
    return sum;
  };

  /**
   * Newest first. Sorted, Pagefind scores a page by its rank in its own bundle, and a merged
   * search orders by score: bundles would interleave by rank, not date. So each bundle is asked
   * on its own (its `part` filter), newest part first, and the answers are put one after the
   * other: the articles (current, then archive), or the entity pages when only entity types are
   * selected.
   */
  const searchNewest = async (q, filters, onlyEntities) => {
    const parts = onlyEntities ? [PARTS.entities] : [PARTS.current, ...(isMerged(PARTS.archive) ? [PARTS.archive] : [])];
    const responses = await Promise.all(parts.map((part) => pagefind.search(q, { sort: { date: 'desc' }, filters: { ...filters, part: { any: [part] } } })));
    if (responses.some((r) => !r)) return null;
    return { results: responses.flatMap((r) => r.results), filters: sumCounts(responses.map((r) => r.filters)) };
  };

  /**
   * Runs the search for the form's query and order and the selected filters, showing at least
   * `keep` results (a repeated search keeps what the reader had opened).
   */
  const search = async (keep = PAGE_SIZE) => {
    const current = ++run;
    const state = { q: input.value.trim(), sort: sortSelect.value === 'newest' ? 'newest' : 'relevance', selected };
    writeState(state);
    const anyFilter = GROUPS.some(({ key }) => state.selected[key].length > 0);
    if (!state.q && !anyFilter) {
      list.replaceChildren();
      filtersBox.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a word or a name to search the digest.';
      return;
    }
    const filters = {};
    for (const { key } of GROUPS) if (state.selected[key].length) filters[key] = { any: state.selected[key] };
    const newest = state.sort === 'newest';
    const onlyEntities = state.selected.type.length > 0 && state.selected.type.every((t) => ENTITY_TYPES.includes(t));
    const response = newest ? await searchNewest(state.q || null, filters, onlyEntities) : await pagefind.search(state.q || null, { filters });
    if (current !== run || !response) return;
    shown = newest || !state.q ? response.results : await boostNamedEntities(response.results, state.q, filters);
    if (current !== run) return;
    offset = 0;
    list.replaceChildren();
    renderFilters(response.filters, state);
    const n = shown.length;
    status.textContent = n === 0
      ? `No results${state.q ? ` for “${state.q}”` : ''}.`
      : `${n} ${n === 1 ? 'result' : 'results'}${state.q ? ` for “${state.q}”` : ''}${newest ? `, newest first${isMerged(PARTS.entities) && !state.selected.type.length ? ' (articles)' : ''}` : ''}.`;
    await showMore(current, Math.max(PAGE_SIZE, keep));
  };

  let timer;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  };

  const start = async () => {
    const state = readState();
    input.value = state.q;
    sortSelect.value = state.sort;
    status.textContent = 'Loading the search index…';
    try {
      pagefind = await import(root.dataset.pagefind);
      await startPagefind();
      await mergeBundle(root.dataset.archiveIndex, PARTS.archive);
    } catch {
      status.textContent = 'Search is not available here: the search index is built by `npm run build`.';
      return;
    }
    selected = state.selected;
    // Filters from the URL need the filter index (and the entity bundle) before the first search.
    if (GROUPS.some(({ key }) => selected[key].length > 0)) await loadExtras();
    await search();
    performance.mark('search:first-results');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      search();
    });
    input.addEventListener('input', later);
    sortSelect.addEventListener('change', () => search());
    filtersBox.addEventListener('change', () => {
      selected = Object.fromEntries(GROUPS.map(({ key }) => [key, [...filtersBox.querySelectorAll(`input[name="${key}"]:checked`)].map((b) => b.value)]));
      search();
    });
    more.addEventListener('click', () => showMore(run));
    await loadExtras();
    // Again, with entity pages and filter counts, as many results as the reader has opened.
    await search(offset);
    root.dataset.complete = 'true';
  };
  start();
})();
