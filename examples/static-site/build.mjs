// A static site that pre-renders mendkit widgets at build time, with no framework:
//   node examples/static-site/build.mjs [--out dir]
// Every `<!-- mendkit <kind> lang="xx" [attr="value" ...] -->` in src/*.html becomes the widget's
// server-rendered HTML (mendkit/ssr), and the files the browser needs are copied next to the pages.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyBrowserFiles, renderWidget } from 'mendkit/ssr';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? join(here, '_site');
const marker = /<!--\s*mendkit\s+(\w+)((?:\s+[a-z][a-z0-9-]*="[^"]*")*)\s*-->/g;

/** `lang="es" theme="dark"` → { lang: 'es', theme: 'dark' } */
const attributes = (text) =>
  Object.fromEntries([...text.matchAll(/([a-z][a-z0-9-]*)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

async function renderPage(source) {
  const parts = [];
  let last = 0;
  for (const match of source.matchAll(marker)) {
    const { lang, ...attrs } = attributes(match[2]);
    parts.push(source.slice(last, match.index), await renderWidget({ kind: match[1], lang, attrs }));
    last = match.index + match[0].length;
  }
  return parts.join('') + source.slice(last);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let widgets = 0;
for (const file of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.html'))) {
  const source = readFileSync(join(here, 'src', file), 'utf8');
  widgets += [...source.matchAll(marker)].length;
  writeFileSync(join(out, file), await renderPage(source));
}

// The browser files, self-hosted: the hydrating bundle with its chunks, and the reserve stylesheet.
copyBrowserFiles(join(out, 'mendkit'));
process.stdout.write(`static-site: ${widgets} widget(s) pre-rendered into ${out}\n`);
