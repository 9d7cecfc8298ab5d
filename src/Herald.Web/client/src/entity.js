import { get } from './api.js';
import { chart } from './charts.js';
import { el } from './dom.js';

// One entity over time: articles naming it per day, with its own tone and that of the articles.
export async function showEntity(view, name) {
  const profile = await get(`/api/entities/${encodeURIComponent(name)}`);
  const container = el('div', { class: 'chart', id: 'entity-chart' });
  const search = new URLSearchParams({ entity: profile.name });
  view.append(el('h1', {}, profile.name),
    el('ul', {}, profile.totals.map(t => el('li', {}, `${t.type}: ${t.articles} articles, ${t.mentions} mentions, average tone ${t.tone ?? 'n/a'}`))),
    el('p', {}, el('a', { href: `#/search?${search}` }, 'Articles naming it')),
    container);
  chart(container, {
    legend: { top: 0 },
    grid: { top: 40, left: 50, right: 50, bottom: 70 },
    xAxis: { type: 'time' },
    yAxis: [{ type: 'value', name: 'articles' }, { type: 'value', name: 'tone' }],
    dataZoom: [{ type: 'slider' }],
    series: [
      { name: 'articles', type: 'bar', data: profile.days.map(d => [d.day, d.articles]) },
      { name: 'its tone', type: 'line', yAxisIndex: 1, data: profile.days.map(d => [d.day, d.tone]) },
      { name: 'articles\u2019 tone', type: 'line', yAxisIndex: 1, data: profile.days.map(d => [d.day, d.article_tone]) },
    ],
  });
}
