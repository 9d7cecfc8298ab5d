import cytoscape from 'cytoscape';
import { get } from './api.js';
import { el } from './dom.js';

// Who acts on whom: actors as nodes, an edge per direction with its event count (width) and average
// Goldstein score (colour: red for conflict, green for cooperation).
export async function showNetwork(view, parameters) {
  const container = el('div', { class: 'chart', id: 'network' });
  view.append(el('h1', {}, 'Actor network'),
    el('p', {}, 'The busiest 150 actor pairs. Edge width: events; colour: average Goldstein score, red −10 to green +10.'),
    container);
  const page = await get('/api/network', { limit: 150, root: parameters.get('root'), actor: parameters.get('actor') });
  const actors = new Set(page.items.flatMap(e => [e.source, e.target]));
  const elements = [
    ...[...actors].map(id => ({ data: { id, label: id } })),
    ...page.items.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, events: e.events, goldstein: e.goldstein ?? 0 } })),
  ];
  cytoscape({
    container,
    elements,
    layout: { name: 'cose', animate: false, randomize: false },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 9, width: 14, height: 14, 'background-color': '#2f6fdb' } },
      {
        selector: 'edge',
        style: {
          width: 'mapData(events, 1, 50, 1, 8)',
          'line-color': 'mapData(goldstein, -10, 10, #c0262d, #2b8a3e)',
          'target-arrow-color': 'mapData(goldstein, -10, 10, #c0262d, #2b8a3e)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          opacity: 0.7,
        },
      },
    ],
  });
}
