import { get } from './api.js';
import { showArticle } from './article.js';
import { el, clear } from './dom.js';
import { showEntity } from './entity.js';
import { showMap } from './map.js';
import { showNetwork } from './network.js';
import { showSearch } from './search.js';
import { showTimeline } from './timeline.js';

// Routes: #/search?..., #/article/ID, #/entity/NAME, #/timeline, #/network, #/map.
const views = {
  search: (view, _, parameters) => showSearch(view, parameters),
  article: (view, id) => showArticle(view, id),
  entity: (view, name) => showEntity(view, name),
  timeline: (view, _, parameters) => showTimeline(view, parameters),
  network: (view, _, parameters) => showNetwork(view, parameters),
  map: (view, _, parameters) => showMap(view, parameters),
};

async function route() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/');
  const show = views[name] ?? views.search;
  const view = clear(document.getElementById('view'));
  document.querySelectorAll('nav a[data-view]').forEach(a => a.classList.toggle('active', a.dataset.view === (views[name] ? name : 'search')));
  view.dataset.state = 'loading';
  try {
    await show(view, decodeURIComponent(rest.join('/')), new URLSearchParams(query));
  } catch (error) {
    view.append(el('p', { class: 'error' }, error.message));
  }
  view.dataset.state = 'ready';
}

async function summary() {
  const stats = await get('/api/stats').catch(() => []);
  const value = what => stats.find(s => s.what === what)?.value;
  document.getElementById('summary').textContent = stats.length
    ? `${value('articles')} articles · ${value('outlets')} outlets · ${value('distinct events')} events`
    : '';
}

window.addEventListener('hashchange', route);
route();
summary();
