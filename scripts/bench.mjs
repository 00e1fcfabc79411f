// `npm run bench`: builds, then measures each CDN entry in headless Chromium and prints a table
// against the budgets in DESIGN.md. Timings are medians over fresh page loads; sizes come from
// scripts/size.mjs. Exits non-zero when a budget is missed.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { widgetTags } from '../kinds.js';
import { chromiumArgs, chromiumPath, serve } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const budgets = { firstRenderMs: 16, clickMs: 4, layoutShift: 0.01 };
const entries = {
  mendkit: widgetTags,
  ...Object.fromEntries(widgetTags.map((tag) => [tag, [tag]])),
};

// size.mjs exits non-zero over budget; the table below reports that itself.
const sizes = JSON.parse(spawnSync(process.execPath, ['scripts/size.mjs', '--json'], { encoding: 'utf8' }).stdout);
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

// The plain embed (reserve.css + one script tag) in a post, the widget near the top; the script
// is added after the first paint, as on a slow connection. Cumulative layout shift is summed.
const shiftPage = (params) => {
  const tag = params.get('tag');
  const words = '<p>' + 'Words of the post that would move if the widget pushed them. '.repeat(8) + '</p>';
  return `<!doctype html><html lang="${params.get('lang')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/packages/mendkit/reserve.css">
<script>
  window.shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  requestAnimationFrame(() => setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/packages/mendkit/dist/mendkit.js';
    document.head.append(script);
  }, 50));
</script></head><body><h1>A post</h1><p>Before the widget.</p><${tag}></${tag}>${words.repeat(10)}</body></html>`;
};

/** Worst cumulative layout shift over the widgets and two languages at one width. */
async function layoutShift(browser, width) {
  let worst = 0;
  for (const tag of ['mend-quiz', 'mend-explainer', 'mend-checklist'])
    for (const lang of ['en', 'ar']) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${server.url}/__shift?tag=${tag}&lang=${lang}`);
      await page.waitForFunction((tag) => document.querySelector(tag)?.status === 'ready', tag, { timeout: 10_000 });
      await page.waitForTimeout(300);
      worst = Math.max(worst, await page.evaluate(() => window.shift));
      await page.close();
    }
  return worst;
}

execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serve('.', { '/__bench': benchPage, '/__shift': shiftPage });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows = [];
const shifts = {};
try {
  for (const width of [360, 1280]) shifts[width] = await layoutShift(browser, width);
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
lines.push('', `| plain embed with reserve.css | layout shift at 360 px (≤ ${budgets.layoutShift}) | at 1280 px |`);
lines.push(
  '| --- | --- | --- |',
  `| worst of quiz, explainer, checklist × en, ar | ${fixed(shifts[360], 4)} | ${fixed(shifts[1280], 4)} |`,
);
for (const [width, shift] of Object.entries(shifts))
  if (!(shift <= budgets.layoutShift)) failures.push(`layout shift ${fixed(shift, 4)} at ${width} px`);
console.log(lines.join('\n'));
if (failures.length) {
  console.error(`\nOver budget: ${failures.join('; ')}`);
  process.exit(1);
}
