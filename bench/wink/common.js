'use strict';
// Shared helpers for the wink-nlp comparison scripts: installing the pinned npm packages on first use,
// loading wink with a chosen pipe, and reading (optionally gzipped) files.

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const HERE = __dirname;

/** Runs `npm ci` in bench/wink when the pinned packages are not installed yet (output goes to stderr). */
function ensureInstalled() {
  const needed = ['wink-nlp', 'wink-eng-lite-web-model'];
  const missing = needed.filter((name) => !fs.existsSync(path.join(HERE, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return;
  process.stderr.write(`wink: installing ${missing.join(', ')} (npm ci in ${HERE})\n`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HERE, stdio: ['ignore', process.stderr, process.stderr] });
}

/** The version of an installed package, read from its package.json. */
function versionOf(name) {
  return JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * Loads wink-nlp with the English lite web model and the given pipe.
 * wink's readDoc always tokenizes; each pipe entry adds one annotation step on top
 * ('sbd' = sentence boundaries, 'pos' = part-of-speech tags and, lazily, lemmas).
 */
function loadWink(pipe) {
  ensureInstalled();
  const winkNLP = require(path.join(HERE, 'node_modules', 'wink-nlp'));
  const model = require(path.join(HERE, 'node_modules', 'wink-eng-lite-web-model'));
  const nlp = winkNLP(model, pipe);
  return {
    nlp,
    its: nlp.its,
    versions: {
      'wink-nlp': versionOf('wink-nlp'),
      'wink-eng-lite-web-model': versionOf('wink-eng-lite-web-model'),
      node: process.version,
    },
  };
}

/** Reads a whole file as UTF-8 text, gunzipping it first when it starts with the gzip magic bytes. */
function readText(file) {
  let bytes = fs.readFileSync(file);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** The repository root (two levels above this folder). */
const REPO_ROOT = path.resolve(HERE, '..', '..');

module.exports = { ensureInstalled, loadWink, readText, REPO_ROOT };
