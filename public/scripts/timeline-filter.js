// Timeline filters, as progressive enhancement: without this script the timeline reads in full.
// It adds an entity-type and an entity select to each `[data-timeline-filter]` slot and hides the
// events (`ol.timeline > li`) and SVG marks (`.tl-mark`) whose `data-types` / `data-entities` do
// not match, then hides groups left empty. The choice is kept in the URL (`?type=&entity=`).
// A plain file (no inline script) because the Content-Security-Policy allows only 'self' scripts.
(() => {
  const slot = document.querySelector('[data-timeline-filter]');
  if (!slot) return;
  const TYPES = [['', 'All types'], ...[...slot.querySelectorAll('li[data-type-option]')].map((li) => [li.dataset.typeOption, li.textContent.trim()])];
  const options = [...slot.querySelectorAll('li[data-slug]')].map((li) => ({ slug: li.dataset.slug, type: li.dataset.type, name: li.textContent.trim(), count: li.dataset.count }));
  const events = [...document.querySelectorAll('ol.timeline > li')];
  const marks = [...document.querySelectorAll('.timeline-svg .tl-mark')];
  if (events.length === 0) return;

  const form = document.createElement('form');
  form.className = 'timeline-filter';
  form.setAttribute('role', 'search');
  form.setAttribute('aria-label', 'Filter the timeline');
  // A label beside (not around) its select, so the accessible name is just the label.
  const field = (label, name) => {
    const wrap = document.createElement('div');
    const l = document.createElement('label');
    const control = document.createElement('select');
    control.name = name;
    control.id = `timeline-filter-${name}`;
    l.htmlFor = control.id;
    l.textContent = label;
    wrap.append(l, control);
    form.append(wrap);
    return control;
  };
  const option = (value, text) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  };
  const typeSelect = field('Entity type', 'type');
  for (const [value, text] of TYPES) typeSelect.append(option(value, text));
  const entitySelect = field('Entity', 'entity');
  const reset = document.createElement('button');
  reset.type = 'reset';
  reset.textContent = 'Show all';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  form.append(reset, status);

  // The entity list follows the chosen type; a chosen entity of another type is dropped.
  const fillEntities = () => {
    const keep = entitySelect.value;
    entitySelect.replaceChildren(option('', 'All entities'));
    for (const o of options) if (!typeSelect.value || o.type === typeSelect.value) entitySelect.append(option(o.slug, `${o.name} (${o.count})`));
    entitySelect.value = [...entitySelect.options].some((o) => o.value === keep) ? keep : '';
  };

  const matches = (el) => {
    const types = (el.dataset.types || '').split(' ');
    const entities = (el.dataset.entities || '').split(' ');
    return (!typeSelect.value || types.includes(typeSelect.value)) && (!entitySelect.value || entities.includes(entitySelect.value));
  };

  const apply = () => {
    let shown = 0;
    for (const li of events) {
      li.hidden = !matches(li);
      if (!li.hidden) shown++;
    }
    for (const m of marks) m.classList.toggle('is-hidden', !matches(m));
    // Hide month/year sections that have nothing left to show.
    for (const section of document.querySelectorAll('.timeline-group, .timeline-year, .unresolved-dates')) {
      section.hidden = !section.querySelector('ol.timeline > li:not([hidden])');
    }
    status.textContent = shown === events.length ? `${events.length} events` : `Showing ${shown} of ${events.length} events`;
    const url = new URL(location.href);
    for (const [key, value] of [['type', typeSelect.value], ['entity', entitySelect.value]]) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    history.replaceState(history.state, '', url);
  };

  const params = new URLSearchParams(location.search);
  typeSelect.value = TYPES.some(([v]) => v === params.get('type')) ? params.get('type') : '';
  fillEntities();
  entitySelect.value = options.some((o) => o.slug === params.get('entity')) ? params.get('entity') : '';
  typeSelect.addEventListener('change', () => { fillEntities(); apply(); });
  entitySelect.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => { fillEntities(); apply(); }));

  // The deep-linked event's mark stands out in the picture too.
  const markTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    for (const m of marks) m.classList.toggle('is-target', m.dataset.event === id);
  };
  window.addEventListener('hashchange', markTarget);
  markTarget();

  slot.replaceWith(form);
  apply();
})();
