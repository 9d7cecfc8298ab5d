#!/usr/bin/env node
'use strict';
// Times wink-nlp (wink-eng-lite-web-model) tokenizing, sentence-splitting and POS-tagging a JSONL(.gz) corpus,
// single-threaded, and prints one JSON object. Reading and parsing the corpus is not timed.
//
// usage: node bench/wink/wink-speed.js [CORPUS] [--runs N] [--warmup N] [--limit N] [--pipe sbd,pos]
//   CORPUS   JSONL or JSONL.gz, one article per line with a string field "text"
//            (default: <repo>/../shared/data/corpora/bbc.jsonl.gz)
//   --runs   timed runs (default 5); the median is reported
//   --warmup untimed runs first (default 2), so V8 has compiled the hot paths
//   --limit  use only the first N articles
//   --pipe   wink annotations to run (default "sbd,pos"; "" = tokenization only)

const path = require('path');
const { loadWink, readText, REPO_ROOT } = require('./common');

function parseArgs(argv) {
  const options = {
    corpus: path.resolve(REPO_ROOT, '..', 'shared', 'data', 'corpora', 'bbc.jsonl.gz'),
    runs: 5,
    warmup: 2,
    limit: Infinity,
    pipe: ['sbd', 'pos'],
  };
  const integer = (name, value, min) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${value}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      i += 1;
      return argv[i];
    };
    if (arg === '--runs') options.runs = integer('--runs', next(), 1);
    else if (arg === '--warmup') options.warmup = integer('--warmup', next(), 0);
    else if (arg === '--limit') options.limit = integer('--limit', next(), 1);
    else if (arg === '--pipe') options.pipe = next().split(',').map((s) => s.trim()).filter(Boolean);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write('usage: node wink-speed.js [CORPUS] [--runs N] [--warmup N] [--limit N] [--pipe sbd,pos]\n');
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.corpus = path.resolve(arg);
  }
  return options;
}

/** Loads the "text" of every JSONL record (line endings normalised to \n, as Herald does). */
function loadCorpus(file, limit) {
  const texts = [];
  let skipped = 0;
  let chars = 0;
  for (const line of readText(file).split('\n')) {
    if (texts.length >= limit) break;
    if (line.trim() === '') continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch (e) {
      skipped += 1;
      continue;
    }
    let text = record && typeof record.text === 'string' ? record.text : '';
    if (text.trim() === '') {
      skipped += 1;
      continue;
    }
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    texts.push(text);
    chars += text.length;
  }
  return { texts, skipped, chars };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const { nlp, its, versions } = loadWink(options.pipe);
  const readStart = process.hrtime.bigint();
  const { texts, skipped, chars } = loadCorpus(options.corpus, options.limit);
  const readMs = Number(process.hrtime.bigint() - readStart) / 1e6;
  if (texts.length === 0) throw new Error(`no article with a non-empty "text" in ${options.corpus}`);

  // One pass over the corpus: readDoc runs tokenization and every annotation in the pipe (sbd, pos) eagerly;
  // the POS tags are then read out of every token, and the sentence count out of every document.
  const pass = () => {
    let tokens = 0;
    let spaceTokens = 0; // wink emits runs of newlines/tabs as tokens (type tabCRLF, POS "SPACE")
    let untagged = 0; // POS "UNK": what every token gets when the pos pipe does not run
    let sentences = 0;
    for (let d = 0; d < texts.length; d += 1) {
      const doc = nlp.readDoc(texts[d]);
      const tags = doc.tokens().out(its.pos);
      tokens += tags.length;
      for (let t = 0; t < tags.length; t += 1) {
        const tag = tags[t];
        if (tag === 'SPACE') spaceTokens += 1;
        else if (tag === 'UNK') untagged += 1;
      }
      sentences += doc.sentences().length();
    }
    return { tokens, spaceTokens, untagged, sentences };
  };

  const runsMs = [];
  let counts = null;
  for (let run = 0; run < options.warmup + options.runs; run += 1) {
    const start = process.hrtime.bigint();
    counts = pass();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run >= options.warmup) runsMs.push(Math.round(ms * 10) / 10);
  }

  const medianMs = median(runsMs);
  const seconds = medianMs / 1000;
  const wordTokens = counts.tokens - counts.spaceTokens;
  const result = {
    tool: 'wink-nlp',
    versions,
    pipe: ['tokenize', ...options.pipe],
    corpus: options.corpus,
    articles: texts.length,
    skipped_records: skipped,
    chars,
    tokens: counts.tokens,
    space_tokens: counts.spaceTokens,
    tokens_excl_space: wordTokens,
    untagged_tokens: counts.untagged,
    sentences: counts.sentences,
    read_ms: Math.round(readMs),
    warmup: options.warmup,
    runs_ms: runsMs,
    median_ms: medianMs,
    articles_per_s: Math.round(texts.length / seconds),
    tokens_per_s: Math.round(counts.tokens / seconds),
    tokens_excl_space_per_s: Math.round(wordTokens / seconds),
    peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`wink-speed: ${e.message}\n`);
  process.exit(1);
}
