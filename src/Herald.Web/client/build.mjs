// Bundles the page into ../wwwroot: src/main.js with its npm libraries into app.js, and public/ as it is.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const out = new URL('../wwwroot/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
cpSync(new URL('public/', import.meta.url).pathname, out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  legalComments: 'linked',
  outfile: `${out}app.js`,
  logLevel: 'warning',
});
