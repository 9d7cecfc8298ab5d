import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json';
import { get } from './api.js';

const svgNs = 'http://www.w3.org/2000/svg';
const [width, height] = [960, 500];

// Where events happen, on a world map drawn from the bundled Natural Earth outlines (no tiles, no network).
export async function showMap(view, parameters) {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'map');
  svg.setAttribute('id', 'map');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const heading = document.createElement('h1');
  heading.textContent = 'Where events happen';
  const note = document.createElement('p');
  note.textContent = 'Each circle is a place; its area grows with the number of events there.';
  view.append(heading, note, svg);

  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  for (const country of feature(countries, countries.objects.countries).features) {
    const shape = svgElement('path', { class: 'country', d: path(country) ?? '' });
    shape.append(title(country.properties?.name ?? ''));
    svg.append(shape);
  }
  const places = await get('/api/stats/places', { root: parameters.get('root'), limit: 500 });
  const most = Math.max(1, ...places.map(p => p.events));
  for (const place of places) {
    const at = projection([place.lon, place.lat]);
    if (!at) continue;
    const circle = svgElement('circle', { cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: (2 + 14 * Math.sqrt(place.events / most)).toFixed(1) });
    circle.append(title(`${place.place ?? place.country}: ${place.events} events, ${place.mentions} mentions`));
    svg.append(circle);
  }
}

function svgElement(name, attributes) {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function title(text) {
  const node = svgElement('title', {});
  node.textContent = text;
  return node;
}
