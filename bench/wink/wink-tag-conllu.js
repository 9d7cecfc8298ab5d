#!/usr/bin/env node
'use strict';
// Tags the sentences of a gold CoNLL-U file with wink-nlp and writes a system CoNLL-U to stdout, for
// `herald eval conllu --gold GOLD --system OUT` (or any CoNLL 2018-style evaluator) to score.
//
// usage: node bench/wink/wink-tag-conllu.js GOLD.conllu[.gz] [--heads] > wink.conllu
//   Each gold sentence's "# text = ..." is given to wink on its own (so sentence boundaries are gold; if wink
//   splits it further, its pieces are joined back into one sentence). Output per gold sentence:
//   "# sent_id", "# text", then one line per wink token: ID, FORM (the token's original text), LEMMA (wink's
//   lemma), UPOS (wink's tag mapped to UD, see UPOS below), XPOS/FEATS _, HEAD/DEPREL _, DEPS _,
//   MISC SpaceAfter=No where the token is directly followed by the next one in the sentence text.
//   --heads  write HEAD/DEPREL as a flat tree (first word root, the others dep of it) instead of _, for
//            evaluators that insist on integer heads (the official conll18_ud_eval.py does); UAS/LAS are
//            then meaningless.
//   Statistics go to stderr.

const { loadWink, readText } = require('./common');

// wink's tag list (wink-eng-lite-web-model 1.8.1, features.pos.list) is the 17 UD UPOS tags plus two of its own:
// UNK (no tag: what every token keeps when the pos pipe does not run) and SPACE (runs of newlines/tabs, which
// wink keeps as tokens). Everything else is already UD, including the CCONJ/SCONJ split, PUNCT vs SYM
// ($, £, URLs, emoticons and emoji are SYM) and PART for "n't"/"'s"/"to".
const UPOS = {
  ADJ: 'ADJ',
  ADP: 'ADP',
  ADV: 'ADV',
  AUX: 'AUX',
  CCONJ: 'CCONJ',
  DET: 'DET',
  INTJ: 'INTJ',
  NOUN: 'NOUN',
  NUM: 'NUM',
  PART: 'PART',
  PRON: 'PRON',
  PROPN: 'PROPN',
  PUNCT: 'PUNCT',
  SCONJ: 'SCONJ',
  SYM: 'SYM',
  VERB: 'VERB',
  X: 'X',
  UNK: 'X', // untagged
  SPACE: null, // whitespace token: not written (CoNLL-U has no whitespace words)
};

/** Parses CoNLL-U text into sentences {id, text, forms} (forms only to rebuild a missing "# text"). */
function readGold(file) {
  const sentences = [];
  let current = null;
  const finish = () => {
    if (current && (current.forms.length > 0 || current.text !== null)) {
      if (current.text === null) current.text = current.rebuilt.trimEnd();
      sentences.push(current);
    }
    current = null;
  };
  for (const raw of readText(file).split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      finish();
      continue;
    }
    if (!current) current = { id: null, text: null, forms: [], rebuilt: '' };
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m && m[1] === 'sent_id') current.id = m[2].trim();
      else if (m && m[1] === 'text') current.text = m[2];
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${file}: expected 10 tab-separated fields in: ${line}`);
    // Rebuild the text from surface tokens (multiword-token lines 1-2 and single words not inside one);
    // empty nodes (1.1) have no surface form.
    if (cols[0].includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    const id = range ? Number(range[1]) : Number(cols[0]);
    if (current.coveredTo !== undefined && id <= current.coveredTo) continue;
    if (range) current.coveredTo = Number(range[2]);
    current.forms.push(cols[1]);
    current.rebuilt += cols[1] + (/(^|\|)SpaceAfter=No(\||$)/.test(cols[9]) ? '' : ' ');
  }
  finish();
  return sentences;
}


/**
 * Places wink's tokens in the sentence text, in order, and returns the words to write: {form, lemma, upos, start, end}.
 * wink's token text (its.value, what `token.out()` gives) is the original text, so each token is normally found
 * at the cursor after some whitespace. Whitespace tokens (POS SPACE) and the empty tokens wink sometimes makes
 * (e.g. in "gf..in") are dropped. Fallbacks, all counted in stats:
 *  - a token that cannot be found from the cursor on ("unlocated") is held back until the next token is found;
 *    the text in between then becomes its form (one held token: "recovered", keeping wink's tag; several: split
 *    on whitespace if the pieces match one for one, else "merged" into one word with the first one's tag);
 *  - non-space text that no token covers (wink dropped characters) becomes a word tagged X ("filler").
 */
function placeTokens(text, tokens, stats) {
  const words = [];
  let cursor = 0;
  let pending = [];
  const settle = (gapStart, gapEnd) => {
    // Assigns text[gapStart, gapEnd) to the held-back tokens, or to a filler word if none is held back.
    const lead = text.slice(gapStart, gapEnd).search(/\S/u);
    if (lead < 0) {
      if (pending.length > 0) process.stderr.write(`wink-tag-conllu: dropped ${pending.map((t) => JSON.stringify(t.form)).join(' ')} in: ${text}\n`);
      pending = [];
      return;
    }
    const pieces = [];
    const re = /\S+/gu;
    re.lastIndex = gapStart + lead;
    for (let m = re.exec(text); m && m.index < gapEnd; m = re.exec(text)) {
      const end = Math.min(m.index + m[0].length, gapEnd);
      pieces.push({ start: m.index, end });
    }
    if (pending.length === 0) {
      stats.filler += pieces.length;
      for (const p of pieces) words.push({ form: text.slice(p.start, p.end), lemma: '', upos: 'X', start: p.start, end: p.end });
    } else if (pending.length === pieces.length) {
      stats.recovered += pending.length;
      pending.forEach((t, i) => words.push({ ...t, form: text.slice(pieces[i].start, pieces[i].end), start: pieces[i].start, end: pieces[i].end }));
    } else {
      stats.merged += 1;
      const start = pieces[0].start;
      const end = pieces[pieces.length - 1].end;
      words.push({ ...pending[0], form: text.slice(start, end), start, end });
    }
    pending = [];
  };
  for (const token of tokens) {
    const upos = Object.prototype.hasOwnProperty.call(UPOS, token.pos) ? UPOS[token.pos] : 'X';
    if (upos === null || (token.form.length > 0 && token.form.trim() === '')) {
      stats.spaceTokens += 1;
      continue;
    }
    if (token.form.length === 0) {
      stats.emptyTokens += 1;
      continue;
    }
    const at = text.indexOf(token.form, cursor);
    if (at < 0) {
      stats.unlocated += 1;
      pending.push({ form: token.form, lemma: token.lemma, upos });
      continue;
    }
    stats.located += 1;
    if (pending.length > 0 || /\S/u.test(text.slice(cursor, at))) settle(cursor, at);
    words.push({ form: token.form, lemma: token.lemma, upos, start: at, end: at + token.form.length });
    cursor = at + token.form.length;
  }
  if (pending.length > 0 || /\S/u.test(text.slice(cursor))) settle(cursor, text.length);
  return words;
}

function main() {
  const args = process.argv.slice(2);
  const heads = args.includes('--heads');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: node wink-tag-conllu.js GOLD.conllu[.gz] [--heads] > system.conllu\n');
    process.exit(2);
  }
  const gold = readGold(files[0]);
  const { nlp, its, versions } = loadWink(['sbd', 'pos']);

  const stats = {
    sentences: 0, words: 0, located: 0, unlocated: 0, recovered: 0, merged: 0, filler: 0,
    spaceTokens: 0, emptyTokens: 0, winkSplits: 0, textMismatch: 0,
  };
  const out = [];
  gold.forEach((sentence, index) => {
    const text = sentence.text;
    const doc = nlp.readDoc(text);
    const tokens = [];
    doc.tokens().each((t) => {
      tokens.push({ form: t.out(), pos: t.out(its.pos), lemma: t.out(its.lemma) });
    });
    if (doc.sentences().length() > 1) stats.winkSplits += 1;

    const words = placeTokens(text, tokens, stats);
    // Check: the forms must cover every non-space character of the text, in order (the evaluator aligns on it).
    if (words.map((w) => w.form).join('').replace(/\s+/gu, '') !== text.replace(/\s+/gu, '')) stats.textMismatch += 1;

    stats.sentences += 1;
    out.push(`# sent_id = ${sentence.id !== null ? sentence.id : `wink-${index + 1}`}`);
    out.push(`# text = ${text}`);
    words.forEach((word, i) => {
      const next = words[i + 1];
      const spaceAfter = !(next && word.end >= 0 && next.start === word.end);
      const clean = (s) => (s === undefined || s === null || s === '' ? '_' : String(s).replace(/[\t\n\r]/g, ' '));
      const head = heads ? (i === 0 ? '0' : '1') : '_';
      const deprel = heads ? (i === 0 ? 'root' : 'dep') : '_';
      out.push([i + 1, clean(word.form), clean(word.lemma), word.upos, '_', '_', head, deprel, '_', spaceAfter ? '_' : 'SpaceAfter=No'].join('\t'));
      stats.words += 1;
    });
    out.push('');
  });
  process.stdout.write(`${out.join('\n')}\n`);
  process.stderr.write(`wink-tag-conllu: ${JSON.stringify({ versions, gold: files[0], ...stats })}\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`wink-tag-conllu: ${e.message}\n`);
    process.exit(1);
  }
}

module.exports = { placeTokens, readGold, UPOS };
