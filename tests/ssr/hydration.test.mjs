// Pre-rendered pages in Chromium: readable with JavaScript off; with it on, hydration keeps the
// nodes, focus and layout, and each widget works (a whole quiz run, saved answers restored).
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { renderWidget } from 'mendkit/ssr';
import { checkPrerenderedPage, launch, serve } from './pages.mjs';

const shots = join(tmpdir(), 'mendkit-ssr');
mkdirSync(shots, { recursive: true });
const cases = [
  { kind: 'quiz', lang: 'es' },
  { kind: 'explainer', lang: 'en' },
  { kind: 'checklist', lang: 'ar' },
];
const pages = {};
let server;
let browser;

before(async () => {
  for (const { kind, lang } of cases) {
    const widget = await renderWidget({ kind, lang, attrs: { 'no-persist': kind !== 'quiz' } });
    // The module loads after a delay (below), like a slow connection: the test acts before it.
    pages[`/${kind}.html`] = () => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="/packages/mendkit/dist/mendkit-hydrate.js"></script>
<title>${kind}</title></head>
<body><h1>A post</h1><p>Before the widget.</p>${widget}<p>After the widget.</p></body></html>`;
  }
  server = await serve('.', pages);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the pre-rendered quiz reads without JavaScript, hydrates in place and runs to its result', async (t) => {
  const screenshot = join(shots, 'quiz-es-no-js.png');
  const { page, context, tag } = await checkPrerenderedPage(t, browser, server, '/quiz.html', {
    kind: 'quiz',
    lang: 'es',
    screenshot,
  });
  t.diagnostic(`screenshot: ${screenshot}`);
  const quiz = page.locator(tag);
  await quiz.locator('button.primary').click();
  // Two answers, then a reload: the pre-rendered intro hydrates, then the saved place comes back.
  for (let i = 0; i < 2; i++) {
    await quiz.locator('input[type=radio]').last().check();
    await quiz.locator('button.next').click();
  }
  const place = await quiz.locator('h3').first().textContent();
  await page.reload();
  await page.waitForFunction((tag) => document.querySelector(tag)?.status === 'ready', tag);
  await t.assert.doesNotReject(quiz.locator('h3').first().waitFor());
  t.assert.equal(await quiz.locator('h3').first().textContent(), place);
  for (let i = 0; i < 40 && (await quiz.locator('input[type=radio]').count()); i++) {
    await quiz.locator('input[type=radio]').last().check();
    await quiz.locator('button.next').click();
  }
  await t.assert.doesNotReject(quiz.locator('[part~="result"]').waitFor({ timeout: 5000 }));
  await context.close();
});

test('the pre-rendered explainer hydrates in place and its tabs work', async (t) => {
  const screenshot = join(shots, 'explainer-en-no-js.png');
  const { page, context, tag } = await checkPrerenderedPage(t, browser, server, '/explainer.html', {
    kind: 'explainer',
    lang: 'en',
    screenshot,
  });
  t.diagnostic(`screenshot: ${screenshot}`);
  const tabs = page.locator(tag).locator('[role=tab]');
  await tabs.nth(1).click();
  t.assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
  await context.close();
});

test('the pre-rendered checklist (Arabic) hydrates in place and counts a tick', async (t) => {
  const screenshot = join(shots, 'checklist-ar-no-js.png');
  const { page, context, tag } = await checkPrerenderedPage(t, browser, server, '/checklist.html', {
    kind: 'checklist',
    lang: 'ar',
    screenshot,
  });
  t.diagnostic(`screenshot: ${screenshot}`);
  const text = () => page.evaluate((tag) => document.querySelector(tag).shadowRoot.textContent, tag);
  const untouched = await text();
  await page.locator(tag).locator('summary').first().click();
  const box = page.locator(tag).locator('input[type=checkbox]').first();
  await box.check();
  t.assert.ok(await box.isChecked());
  t.assert.notEqual(await text(), untouched, 'the counts follow the tick');
  await context.close();
});
