import { get } from './api.js';
import { roots } from './cameo.js';
import { el, link, clear } from './dom.js';

const pageSize = 20;

// Search with facets: words, source, publication days, entity, event type; results paged in a stable order.
export async function showSearch(view, parameters) {
  const form = facetForm(parameters);
  const results = el('div', { class: 'results', id: 'results' });
  view.append(el('h1', {}, 'Search the archive'), form, results);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) chosen.set(name, value);
    location.hash = `#/search?${chosen}`;
  });
  fillChoices(form);
  try {
    const page = await get('/api/articles', { ...Object.fromEntries(parameters), limit: pageSize });
    showResults(results, page, parameters);
  } catch (error) {
    results.append(el('p', { class: 'error' }, error.message));
  }
}

function facetForm(parameters) {
  const value = name => parameters.get(name) ?? '';
  const input = (name, label, attributes = {}) =>
    el('label', {}, label, el('input', { name, value: value(name), ...attributes }));
  const eventTypes = el('select', { name: 'code' }, el('option', { value: '' }, 'any'),
    Object.entries(roots).map(([code, name]) => el('option', { value: code, selected: value('code') === code }, `${code} ${name}`)));
  return el('form', { class: 'facets', role: 'search' },
    input('q', 'Words', { type: 'search', placeholder: 'e.g. "white house" OR senate', size: 32 }),
    el('label', {}, 'Source', el('select', { name: 'source', 'data-selected': value('source') }, el('option', { value: '' }, 'any'))),
    input('from', 'From', { type: 'date' }),
    input('to', 'To', { type: 'date' }),
    input('entity', 'Entity', { list: 'entity-names', placeholder: 'exact name' }),
    el('datalist', { id: 'entity-names' }),
    el('label', {}, 'Event type', eventTypes),
    el('button', { type: 'submit' }, 'Search'));
}

// The source list and the entity suggestions come from the archive.
async function fillChoices(form) {
  const select = form.querySelector('select[name=source]');
  const sources = await get('/api/sources', { limit: 200 }).catch(() => ({ items: [] }));
  for (const { source, articles } of sources.items)
    select.append(el('option', { value: source, selected: select.dataset.selected === source }, `${source} (${articles})`));
  const entities = await get('/api/entities', { limit: 200 }).catch(() => ({ items: [] }));
  form.querySelector('datalist').append(...entities.items.map(e => el('option', { value: e.name }, `${e.type}, ${e.articles} articles`)));
}

function showResults(results, page, parameters) {
  clear(results);
  if (page.items.length === 0) {
    results.append(el('p', {}, 'No article matches.'));
    return;
  }
  results.append(el('ul', {}, page.items.map(article => el('li', {},
    link('article', article.id, article.title || `Article ${article.id}`),
    el('div', { class: 'meta' }, [article.source, article.published?.slice(0, 10)].filter(Boolean).join(' · ')),
    el('div', { class: 'snippet' }, snippet(article.snippet))))));
  const pager = el('div', { class: 'pager' });
  const at = page.offset;
  if (at > 0) pager.append(pageLink(parameters, Math.max(0, at - page.limit), 'Previous'));
  if (page.next !== null) pager.append(pageLink(parameters, page.next, 'Next'));
  results.append(pager);
}

// Snippets mark matches with [brackets]; they become <mark> elements around text nodes.
function snippet(text) {
  if (!text) return '';
  return text.split(/(\[[^\]]*\])/).map(part =>
    part.startsWith('[') && part.endsWith(']') ? el('mark', { class: 'm-entity' }, part.slice(1, -1)) : part);
}

function pageLink(parameters, offset, label) {
  const next = new URLSearchParams(parameters);
  next.set('offset', offset);
  return el('a', { href: `#/search?${next}` }, label);
}
