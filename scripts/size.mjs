// Measures what a reader downloads and fails when a budget from DESIGN.md is passed.
// Run after `npm run build` (npm test does both). `--json` prints the numbers only.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { kinds, widgetTags } from '../kinds.js';
import { stripMsgDescEsbuild } from './strip-msg-desc.mjs';

const KB = 1024;
// The all-widgets bundle is allowed 27.25 KB, not the design's 25, and the checklist's own code
// 6.75 KB: see docs/decisions/0006 and 0007.
const budgets = { cdn: 25 * KB, allWidgets: 27.25 * KB, widget: 6 * KB, content: 4 * KB };
const widgetBudgets = { checklist: 6.75 * KB };
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** One widget's own code: its define module bundled and minified, lit, @lit/* and core left out. */
async function widgetCode(kind) {
  const result = await build({
    entryPoints: [`packages/${kind}/src/mend-${kind}.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['@mendkit/source'],
    // Content is measured on its own below and loads as a separate chunk.
    external: ['lit', 'lit/*', '@lit/*', '@mendkit/core', './content/*'],
    // As the CDN build does (rollup.config.js).
    plugins: [stripMsgDescEsbuild(readFile)],
    logLevel: 'error',
  });
  return result.outputFiles[0].contents;
}

/**
 * A CDN entry as a page first loads it: the entry plus every chunk it imports statically
 * (content, interface strings and the validator are dynamic imports, measured separately).
 */
function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(entry);
  const imports = [
    ...code.toString().matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g),
  ];
  return [code, ...imports.flatMap(([, path]) => staticGraph(join(dirname(entry), path), seen))];
}

const rows = [];
/** Files are fetched and compressed one by one, so a group's size is the sum of its files'. */
const add = (what, files, budget) => {
  const sum = (measure) => [files].flat().reduce((total, file) => total + measure(file), 0);
  rows.push({ what, bytes: sum((f) => f.length), gzip: sum((f) => gzipSync(f).length), brotli: sum(brotli), budget });
};

for (const entry of ['mendkit', ...widgetTags]) {
  const budget = entry === 'mendkit' ? budgets.allWidgets : budgets.cdn;
  add(`CDN ${entry}.js + static chunks`, staticGraph(`packages/mendkit/dist/${entry}.js`), budget);
}
// For pages with server-rendered widgets: everything above plus Lit's hydration support.
add(
  'CDN mendkit-hydrate.js + static chunks',
  staticGraph('packages/mendkit/dist/mendkit-hydrate.js'),
  budgets.allWidgets + 1 * KB, // the all-widgets bundle plus Lit's hydration support
);
for (const [kind, { defaultContent: id }] of Object.entries(kinds)) {
  add(`<mend-${kind}> own code`, await widgetCode(kind), widgetBudgets[kind] ?? budgets.widget);
  for (const file of readdirSync(`content/${kind}/${id}`).sort()) {
    const { $schema: _editorsOnly, ...doc } = JSON.parse(readFileSync(`content/${kind}/${id}/${file}`, 'utf8'));
    add(`${kind} content, ${file.replace('.json', '')}`, Buffer.from(JSON.stringify(doc)), budgets.content);
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  console.log('what'.padEnd(40), 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget'.padStart(10));
  for (const r of rows)
    console.log(
      r.what.padEnd(48),
      kb(r.bytes).padStart(10),
      kb(r.gzip).padStart(10),
      kb(r.brotli).padStart(10),
      `≤ ${kb(r.budget)}`.padStart(10),
      r.brotli > r.budget ? '  OVER' : '',
    );
}
const over = rows.filter((r) => r.brotli > r.budget);
if (over.length) {
  console.error(`size: ${over.map((r) => r.what).join(', ')} over budget (brotli)`);
  process.exit(1);
}
