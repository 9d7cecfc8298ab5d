import { get } from './api.js';
import { el, link } from './dom.js';

// One article: its text with entities, times, quotes and events marked, and lists of each (and of its places) beside it. Every
// event links to its evidence in the text. The text is split at the marks' edges into text nodes, never parsed.
export async function showArticle(view, id) {
  const record = await get(`/api/articles/${encodeURIComponent(id)}`);
  const { spans, evidence } = markedText(record);
  const text = el('div', { class: 'text', id: 'article-text' }, spans);
  const info = record.article;
  view.append(
    el('h1', {}, info.title || record.id),
    el('p', { class: 'meta' }, [info.source, info.published, info.authors?.join(', ')].filter(Boolean).join(' · ')),
    el('p', { class: 'legend' }, el('span', { class: 'm-entity' }, 'entity'), el('span', { class: 'm-time' }, 'time'),
      el('span', { class: 'm-quote' }, 'quote'), el('span', { class: 'm-event' }, 'event evidence')),
    el('div', { class: 'article' }, text, el('aside', {},
      eventList(record, evidence), entityList(record), placeList(record), quoteList(record), timeList(record))));
}

// The layers as [start, end) ranges of the text, each with its class and what it stands for.
function ranges(record) {
  const out = [];
  record.mentions?.forEach(m => out.push({ start: m.start, end: m.end, kind: 'entity', title: `${m.type}: ${record.entities?.[m.entity]?.name ?? m.text}` }));
  record.times?.forEach(t => out.push({ start: t.start, end: t.end, kind: 'time', title: `${t.type} ${t.value ?? ''}` }));
  record.quotes?.forEach(q => out.push({ start: q.contentStart, end: q.contentEnd, kind: 'quote', title: `quote: ${q.speakerName ?? q.source ?? 'unknown speaker'}` }));
  record.events?.forEach((e, index) => out.push({ start: e.evidenceStart, end: e.evidenceEnd, kind: 'event', event: index, title: `${e.code} ${e.label ?? ''}` }));
  return out.filter(r => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end > r.start);
}

// Splits the text at every range edge; each piece is a text node, wrapped in a <mark> for the ranges covering it.
function markedText(record) {
  const text = record.article.text;
  const all = ranges(record);
  const edges = [...new Set([0, text.length, ...all.flatMap(r => [r.start, r.end])])].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const spans = [];
  const evidence = new Map();
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i], edges[i + 1]];
    const piece = text.slice(start, end);
    const covering = all.filter(r => r.start <= start && r.end >= end);
    if (covering.length === 0) {
      spans.push(piece);
      continue;
    }
    const kinds = [...new Set(covering.map(r => `m-${r.kind}`))].join(' ');
    const mark = el('mark', { class: kinds, title: covering.map(r => r.title).join('\n') }, piece);
    for (const r of covering.filter(r => r.kind === 'event')) {
      if (!evidence.has(r.event)) evidence.set(r.event, []);
      evidence.get(r.event).push(mark);
      mark.dataset.events = `${mark.dataset.events ?? ''} ${r.event}`.trim();
    }
    spans.push(mark);
  }
  return { spans, evidence };
}

function eventList(record, evidence) {
  const items = (record.events ?? []).map((e, index) => el('li', {},
    el('button', { class: 'link event-link', type: 'button', 'data-event': index, onclick: () => highlight(evidence, index) },
      `${e.source ?? '?'} → ${e.code} ${e.label ?? ''} → ${e.target ?? '?'}`),
    el('div', { class: 'meta' }, [e.modality, e.date, record.places?.[e.place]?.name].filter(Boolean).join(' · '))));
  return section('Events', items);
}

// Shows an event's evidence: scrolls to it and highlights it alone.
function highlight(evidence, index) {
  document.querySelectorAll('mark.highlight').forEach(m => m.classList.remove('highlight'));
  const marks = evidence.get(index) ?? [];
  marks.forEach(m => m.classList.add('highlight'));
  marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function entityList(record) {
  const tones = new Map((record.tone?.entities ?? []).map(t => [t.entity, t.score]));
  return section('Entities', (record.entities ?? []).map(e => el('li', {},
    link('entity', e.name, e.name), ` ${e.type}, ${e.mentions.length}×`, tones.has(e.index) ? `, tone ${tones.get(e.index)}` : '')));
}

// Each place with its country and feature, GeoNames id (or none, for a place estimated from the article),
// coordinates, and how the text names it.
function placeList(record) {
  return section('Places', (record.places ?? []).map(p => {
    const named = [['named', p.mentions], ['described', p.descriptions], ['inside names', p.withinNames], ['as nationality', p.demonyms]]
      .filter(([, spans]) => spans?.length).map(([how, spans]) => `${how} ${spans.length}×`);
    const where = Number.isFinite(p.lat) && Number.isFinite(p.lon) ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : null;
    return el('li', {}, p.name, ` ${[p.country, p.feature].filter(Boolean).join(', ')}`,
      el('div', { class: 'meta' }, [p.geonamesId ? `GeoNames ${p.geonamesId}` : 'not in GeoNames', where, ...named].filter(Boolean).join(' · ')));
  }));
}

function quoteList(record) {
  return section('Quotes', (record.quotes ?? []).map(q => el('li', {}, el('q', {}, q.content), ' — ', q.speakerName ?? q.source ?? 'unknown')));
}

function timeList(record) {
  return section('Times', (record.times ?? []).map(t => el('li', {}, t.text, ' = ', t.value ?? '?')));
}

function section(title, items) {
  return el('section', {}, el('h2', {}, `${title} (${items.length})`), items.length ? el('ul', {}, items) : el('p', { class: 'meta' }, 'none'));
}
