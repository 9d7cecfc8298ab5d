import { get } from './api.js';
import { roots, quadClasses } from './cameo.js';
import { chart } from './charts.js';
import { el } from './dom.js';

// Events per day, stacked by CAMEO root code or quad class.
export async function showTimeline(view, parameters) {
  const by = parameters.get('by') === 'quad' ? 'quad' : 'root';
  const names = by === 'quad' ? quadClasses : roots;
  const container = el('div', { class: 'chart', id: 'timeline' });
  view.append(el('h1', {}, 'Events over time'),
    el('p', {}, 'Grouped by ', el('a', { href: '#/timeline?by=root' }, 'CAMEO root'), ' or ', el('a', { href: '#/timeline?by=quad' }, 'quad class'),
      '. Each event counts once a day, however many articles report it.'),
    container);
  const rows = await get('/api/stats/timeline', { by, from: parameters.get('from'), to: parameters.get('to') });
  const groups = [...new Set(rows.map(r => String(r.grp)))].sort();
  const series = groups.map(group => ({
    name: `${group} ${names[group] ?? ''}`.trim(),
    type: 'bar',
    stack: 'events',
    data: rows.filter(r => String(r.grp) === group).map(r => [r.day, r.events]),
  }));
  chart(container, {
    legend: { type: 'scroll', top: 0 },
    grid: { top: 40, left: 50, right: 20, bottom: 70 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'events' },
    dataZoom: [{ type: 'slider' }, { type: 'inside' }],
    series,
  });
}
