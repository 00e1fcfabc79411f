// `npm run bench`: builds, then measures each CDN entry in headless Chromium and prints a table
// against the budgets in DESIGN.md. Timings are medians over fresh page loads; sizes come from
// scripts/size.mjs. Exits non-zero when a budget is missed.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { widgetTags } from '../kinds.js';
import { chromiumArgs, chromiumPath, serve } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const budgets = { firstRenderMs: 16, clickMs: 4 };
const entries = {
  mendkit: widgetTags,
  ...Object.fromEntries(widgetTags.map((tag) => [tag, [tag]])),
};

const sizes = JSON.parse(execFileSync(process.execPath, ['scripts/size.mjs', '--json'], { encoding: 'utf8' }));
const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

// A bare page: the widgets, then the entry's module added by script, so the clock starts
// right before the script is requested.
const benchPage = (params) => {
  const entry = params.get('entry');
  const tags = entries[entry] ?? [];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
${tags.map((tag) => `<${tag} no-persist></${tag}>`).join('\n')}
<script>
  window.bench = { ready: [] };
  document.addEventListener('mend-ready', () => window.bench.ready.push(performance.now()));
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/packages/mendkit/dist/${entry}.js';
  window.bench.start = performance.now();
  document.head.append(script);
</script></body></html>`;
};

/** In the page: time from a click to the updated DOM, over several clicks. */
async function interact(page, tag) {
  return page.evaluate(async (tag) => {
    const el = document.querySelector(tag);
    const root = el.shadowRoot;
    const timed = async (action) => {
      const start = performance.now();
      action();
      await el.updateComplete;
      return performance.now() - start;
    };
    const clicks = [];
    let firstRender = NaN;
    if (tag === 'mend-quiz') {
      firstRender = await timed(() => root.querySelector('button.primary').click());
      for (let i = 0; i < 10 && root.querySelector('input[type=radio]'); i++) {
        const options = root.querySelectorAll('input[type=radio]');
        clicks.push(await timed(() => options[options.length - 1].click()));
        await timed(() => root.querySelector('button[type=submit]').click());
      }
    } else if (tag === 'mend-explainer') {
      const tabs = [...root.querySelectorAll('[role=tab]')];
      for (let i = 0; i < 10; i++) clicks.push(await timed(() => tabs[(i + 1) % tabs.length].click()));
    } else {
      const boxes = [...root.querySelectorAll('input[type=checkbox]')];
      for (let i = 0; i < 10; i++) clicks.push(await timed(() => boxes[i % boxes.length].click()));
    }
    return { firstRender, clicks };
  }, tag);
}

execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serve('.', { '/__bench': benchPage });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows = [];
try {
  for (const [entry, tags] of Object.entries(entries)) {
    const samples = { ready: [], heap: [], firstRender: [], click: {} };
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${server.url}/__bench?entry=${entry}`);
      await page.waitForFunction((n) => window.bench.ready.length >= n, tags.length, { timeout: 10_000 });
      samples.ready.push(await page.evaluate(() => Math.max(...window.bench.ready) - window.bench.start));
      await cdp.send('HeapProfiler.collectGarbage');
      samples.heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20);
      for (const tag of tags) {
        const { firstRender, clicks } = await interact(page, tag);
        if (tag === 'mend-quiz') samples.firstRender.push(firstRender);
        (samples.click[tag] ??= []).push(...clicks);
      }
      await page.close();
    }
    const size = sizes.find((s) => s.what.startsWith(`CDN ${entry}.js`));
    rows.push({
      entry,
      brotliKB: size.brotli / 1024,
      gzipKB: size.gzip / 1024,
      sizeBudgetKB: size.budget / 1024,
      readyMs: median(samples.ready),
      firstRenderMs: median(samples.firstRender),
      clickMs: Object.fromEntries(Object.entries(samples.click).map(([tag, values]) => [tag, median(values)])),
      heapMB: median(samples.heap),
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const fixed = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const failures = [];
const lines = [
  `mendkit bench — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model.trim()} × ${cpus().length}, Chromium headless, median of ${RUNS} loads`,
  '',
  '| entry | brotli KB (≤) | gzip KB | script → ready ms | quiz first question ms (< 16) | click → DOM ms (< 4) | JS heap MB |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
for (const r of rows) {
  if (r.brotliKB > r.sizeBudgetKB) failures.push(`${r.entry}: ${fixed(r.brotliKB)} KB brotli`);
  if (r.firstRenderMs >= budgets.firstRenderMs)
    failures.push(`${r.entry}: first question ${fixed(r.firstRenderMs)} ms`);
  for (const [tag, ms] of Object.entries(r.clickMs))
    if (ms >= budgets.clickMs) failures.push(`${r.entry} ${tag}: click ${fixed(ms)} ms`);
  const clicks = Object.entries(r.clickMs)
    .map(([tag, ms]) => `${tag.slice(5)} ${fixed(ms)}`)
    .join(', ');
  lines.push(
    `| ${r.entry}.js | ${fixed(r.brotliKB)} (${fixed(r.sizeBudgetKB, 0)}) | ${fixed(r.gzipKB)} | ${fixed(r.readyMs, 1)} | ${fixed(r.firstRenderMs)} | ${clicks} | ${fixed(r.heapMB, 1)} |`,
  );
}
console.log(lines.join('\n'));
if (failures.length) {
  console.error(`\nOver budget: ${failures.join('; ')}`);
  process.exit(1);
}
