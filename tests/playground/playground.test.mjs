// The authoring playground (stories/playground) in the built Storybook, driven in headless
// Chromium: an error typed in the editor shows inline and in the list, and fixing it re-renders
// the widget. Run by `npm run test:playground` (it builds Storybook first).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, serve } from '../../scripts/static-server.mjs';

const shots = process.env.MENDKIT_SCREENSHOTS; // a folder, to look at what the tests saw

describe('authoring playground', () => {
  let server;
  let browser;
  let page;
  const requests = [];
  const shot = async (name) => {
    if (!shots) return;
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  };

  before(async () => {
    server = await serve('storybook-static');
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/iframe.html?id=authoring-playground--playground&viewMode=story`);
    await page.locator('mend-quiz h2').waitFor({ timeout: 20_000 });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts from the example: no problems, and the live quiz shows it', async () => {
    await page.getByText('No problems: the widget shows this document.').waitFor();
    assert.equal(await page.locator('mend-quiz h2').textContent(), 'Can this relationship be repaired?');
    await shot('playground-start');
  });

  it('completes field names from the JSON Schema', async () => {
    // Put the cursor on a fresh line inside the document and ask for completion.
    const saved = await page.evaluate(() => document.querySelector('mend-playground').text);
    // Take scaleLabels out, leaving the cursor on its empty line, and start typing its name.
    await page.evaluate(() => {
      const el = document.querySelector('mend-playground');
      const start = el.text.indexOf('  "scaleLabels"');
      const end = el.text.indexOf('\n', start);
      el.text = `${el.text.slice(0, start)}  ${el.text.slice(end)}`;
      el.editor.dispatch({ selection: { anchor: start + 2 } });
      el.editor.focus();
    });
    await page.keyboard.type('"sca');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor({ timeout: 5000 });
    const labels = await options.allTextContents();
    assert.ok(
      labels.some((l) => l.startsWith('scaleLabels')),
      labels.join(', '),
    );
    await shot('playground-completion');
    await page.keyboard.press('Escape');
    await page.evaluate((text) => (document.querySelector('mend-playground').text = text), saved);
    await page.getByText('No problems: the widget shows this document.').waitFor();
  });

  it('shows a typed error inline and in the list; clicking it jumps there; fixing it re-renders the widget', async () => {
    // Select the title's words and delete them, as a person would.
    await page.evaluate(() => {
      const el = document.querySelector('mend-playground');
      const key = el.text.indexOf('"title": "') + '"title": "'.length;
      const end = el.text.indexOf('"', key);
      el.editor.dispatch({ selection: { anchor: key, head: end } });
      el.editor.focus();
    });
    await page.keyboard.press('Delete');
    const item = page.locator('mend-playground ol.problems li');
    await item.first().waitFor();
    assert.deepEqual(await item.allInnerTexts(), ['Line 8, column 3 · title is empty']);
    assert.equal(await page.locator('.cm-lintRange-error').count(), 1);
    assert.equal(await page.getByText('1 problem', { exact: true }).count(), 1);
    // The widget keeps the last good document meanwhile.
    assert.equal(await page.locator('mend-quiz h2').textContent(), 'Can this relationship be repaired?');
    await shot('playground-error');

    // Jump: the editor's cursor moves to the problem.
    await page.evaluate(() => {
      const el = document.querySelector('mend-playground');
      el.editor.dispatch({ selection: { anchor: 0 } });
    });
    await item.getByRole('button').click();
    const selection = await page.evaluate(() => {
      const el = document.querySelector('mend-playground');
      return { from: el.editor.state.selection.main.from, title: el.text.indexOf('"title"') };
    });
    assert.equal(selection.from, selection.title);

    // Fix it by typing a new title.
    await page.evaluate(() => {
      const el = document.querySelector('mend-playground');
      el.editor.dispatch({ selection: { anchor: el.text.indexOf('"title": "') + '"title": "'.length } });
      el.editor.focus();
    });
    await page.keyboard.type('Is this worth mending?');
    await page.getByText('No problems: the widget shows this document.').waitFor();
    await page.locator('mend-quiz h2', { hasText: 'Is this worth mending?' }).waitFor();
    assert.equal(await page.locator('.cm-lintRange-error').count(), 0);
    await shot('playground-fixed');
  });

  it('names a broken link inside text, and a JSON syntax error, with their places', async () => {
    await page.evaluate(() => {
      const el = document.querySelector('mend-playground');
      el.text = el.text.replace('"intro": "', '"intro": "[Call](javascript:alert(1)) ');
    });
    await page.locator('mend-playground ol.problems li', { hasText: 'javascript:' }).waitFor();
    assert.match((await page.locator('mend-playground ol.problems li').innerText()), /^Line 9, column 3 · intro has a link to "javascript:alert\(1"/); // prettier-ignore
    await page.evaluate(() => {
      const el = document.querySelector('mend-playground');
      el.text = el.text.replace('[Call](javascript:alert(1)) ', '').replace('"kind": "quiz",', '"kind": "quiz"');
    });
    await page.locator('mend-playground ol.problems li', { hasText: 'is not valid JSON' }).waitFor();
    assert.match(await page.locator('mend-playground ol.problems li').innerText(), /^Line 4, column 3/);
  });

  it('switches kind and language from the picker and starts from that example', async () => {
    await page.locator('mend-playground select').first().selectOption('checklist');
    await page.locator('mend-playground select').nth(1).selectOption('es');
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.locator('mend-checklist[lang="es"] h2').waitFor();
    await page.getByText('No problems: the widget shows this document.').waitFor();
    await shot('playground-checklist-es');
  });

  it('downloads the document and sends nothing anywhere', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'trust-actions.es.json');
    const origin = new URL(server.url).origin;
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
      [],
    );
  });
});
