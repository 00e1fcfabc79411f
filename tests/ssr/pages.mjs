// Pre-rendered test pages and the browser checks that every pre-rendered page must pass
// (used by hydration.test.mjs and static-site.test.mjs).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import process from 'node:process';
import { after, before } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/static-server.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

/**
 * Serves `dir` on 127.0.0.1 plus `pages` (path → HTML). While `hold()` is on, scripts (.js)
 * wait for `release()`, like on a slow connection, so a test acts on the page before they run.
 */
export async function serve(dir, pages = {}) {
  let held;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = url.pathname;
    const slow = extname(path) === '.js';
    const answer = () => {
      if (pages[path]) return res.writeHead(200, { 'content-type': types['.html'] }).end(pages[path]());
      let file = join(dir, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
    };
    if (slow && held) held.push(answer);
    else answer();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const answer of waiting) answer();
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
import { kindNames, kinds as registry } from '../../kinds.js';

export const kinds = kindNames;
export const locales = ['en', 'es', 'fr', 'de', 'ar'];

/** The built-in document of a kind and locale, as in content/. */
export function builtIn(kind, locale) {
  return JSON.parse(readFileSync(`content/${kind}/${registry[kind].defaultContent}/${locale}.json`, 'utf8'));
}

/** Content text as a reader sees it: rich-text marks dropped, links reduced to their words. */
export const plain = (text) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What must be readable before any script: the quiz's title and intro, the explainer's
 * comparison (concept names, points and both cells), the checklist's group titles and actions.
 */
export function firstScreenText(kind, doc) {
  if (kind === 'quiz') return [doc.title, doc.intro];
  if (kind === 'explainer')
    return [
      doc.title,
      ...doc.concepts.map((c) => c.name),
      ...doc.comparison.flatMap((row) => [row.aspect, ...Object.values(row.text)]),
    ];
  // The checklist's groups are closed disclosures until the reader opens one.
  return [doc.title, ...doc.groups.map((g) => g.title)];
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

const tags = { quiz: 'mend-quiz', explainer: 'mend-explainer', checklist: 'mend-checklist' };

/** Collects layout shifts from the start of the page (runs before any of the page's scripts). */
function layoutShiftProbe() {
  window.__shifts = [];
  const describe = (node) =>
    node?.nodeType === 1
      ? `<${node.localName}${node.className ? ` class="${node.className}"` : ''}>`
      : (node?.nodeName ?? 'in a shadow root');
  const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      // What moved, and from where to where, so a failure says what to look at.
      const moved = e.sources.map((s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`);
      window.__shifts.push({ value: e.value, at: e.startTime, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The checks every pre-rendered page passes. `open(path, { javaScript })` returns a page on
 * the server; the page holds the `kind` widget in `lang`, and loads its scripts late enough
 * (the server delays them) that the person can focus a control before hydration.
 */
export async function checkPrerenderedPage(t, browser, server, path, { kind, lang, screenshot }) {
  const url = server.url + path;
  const tag = tags[kind];
  const doc = builtIn(kind, lang);

  // 1. JavaScript off: the first screen is there as real, visible text.
  {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 1200 } });
    const page = await context.newPage();
    await page.goto(url);
    for (const text of firstScreenText(kind, doc).slice(0, 12)) {
      const visible = await page.locator(tag).getByText(plain(text), { exact: false }).first().isVisible();
      if (!visible) throw new Error(`${kind}/${lang}: "${plain(text)}" is not visible without JavaScript`);
    }
    // A choice between options (the checklist's path: "everything") may start chosen; ticks may not.
    const ticked = await page.locator(`${tag} input[type=checkbox]:checked`).count();
    if (ticked) throw new Error(`${kind}/${lang}: ${ticked} inputs show as chosen on a first visit`);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    await context.close();
  }

  // 2. JavaScript on: hydration keeps the nodes, the focus and the layout, and the widget works.
  const context = await browser.newContext({ viewport: { width: 800, height: 1200 } });
  await context.addInitScript(layoutShiftProbe);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  // Module scripts hold back DOMContentLoaded: act as soon as the widget's HTML is parsed.
  server.hold();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((tag) => document.querySelector(tag)?.nextElementSibling, tag, { polling: 10 });
  const before = await page.evaluate((tag) => {
    const el = document.querySelector(tag);
    const control = el.shadowRoot.querySelector('button, [role="tab"], input');
    control.focus();
    control.__mendMark = true;
    el.shadowRoot.querySelector('h2').__mendMark = true;
    return { defined: Boolean(customElements.get(tag)), focused: el.shadowRoot.activeElement === control };
  }, tag);
  if (before.defined) throw new Error('the scripts ran before the test could look at the pre-rendered page');
  if (!before.focused) throw new Error('could not focus a pre-rendered control');
  // Hydration starts once the HTML is parsed and painted. A shift before that comes from the
  // HTML arriving in pieces, not from the scripts: it is reported, and only later ones fail.
  const hydrationStart = await page.evaluate(async () => {
    while (document.readyState === 'loading') await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now();
  });
  server.release();
  const after = await page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    const el = document.querySelector(tag);
    while (el.status === 'loading') await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    return {
      status: el.status,
      sameHeading: el.shadowRoot.querySelector('h2').__mendMark === true,
      keptFocus: el.shadowRoot.activeElement?.__mendMark === true,
      shifts: window.__shifts,
    };
  }, tag);
  t.assert.equal(after.status, 'ready');
  t.assert.ok(after.sameHeading, 'hydration reused the pre-rendered heading');
  t.assert.ok(after.keptFocus, 'the focused control kept its focus through hydration');
  const whileLoading = after.shifts.filter((shift) => shift.at < hydrationStart);
  if (whileLoading.length) t.diagnostic(`layout shift while the HTML loaded: ${JSON.stringify(whileLoading)}`);
  t.assert.deepEqual(
    after.shifts.filter((shift) => shift.at >= hydrationStart),
    [],
    'no layout shift during hydration',
  );
  t.assert.deepEqual(problems, []);
  return { page, context, tag };
}

/** A hydrated quiz (what checkPrerenderedPage returned) starts: Start shows a question. Closes its context. */
export async function quizStarts(t, { page, context, tag }) {
  await page.locator(tag).locator('button.primary').click();
  await t.assert.doesNotReject(page.locator(tag).locator('input[type=radio]').first().waitFor());
  await context.close();
}

/**
 * A site built for one test file: `build(out)` gives the Node arguments that write it into a
 * fresh folder; before the tests it is built, served and a Chromium launched, and afterwards
 * all of it goes. The returned handles fill in once the build has run.
 */
export function builtSite(name, build) {
  const site = { out: mkdtempSync(join(tmpdir(), `mendkit-${name}-`)), server: undefined, browser: undefined };
  before(async () => {
    const { stdout } = await promisify(execFile)(process.execPath, build(site.out));
    process.stdout.write(`# ${stdout}`);
    site.server = await serve(site.out);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    rmSync(site.out, { recursive: true, force: true });
  });
  return site;
}
