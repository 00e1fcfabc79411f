// The static-site example builds (pre-rendering at build time) and its output page passes the
// same checks as any pre-rendered page: readable without JavaScript, hydrated in place, usable.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { checkPrerenderedPage, launch, serve } from './pages.mjs';

const out = mkdtempSync(join(tmpdir(), 'mendkit-static-site-'));
let server;
let browser;

before(async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['examples/static-site/build.mjs', '--out', out]);
  process.stdout.write(`# ${stdout}`);
  server = await serve(out);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

test('the built page holds the quiz as HTML, with no script needed to read it', (t) => {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  t.assert.match(html, /<mend-quiz\s[^>]*lang="es"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  t.assert.doesNotMatch(html, /<!--\s*mendkit\s/, 'every marker was replaced');
});

test('the built page passes the pre-rendered page checks and the quiz starts', async (t) => {
  const screenshot = join(tmpdir(), 'mendkit-ssr', 'static-site-no-js.png');
  const { page, context, tag } = await checkPrerenderedPage(t, browser, server, '/index.html', {
    kind: 'quiz',
    lang: 'es',
    screenshot,
  });
  t.diagnostic(`screenshot: ${screenshot}`);
  await page.locator(tag).locator('button.primary').click();
  await t.assert.doesNotReject(page.locator(tag).locator('input[type=radio]').first().waitFor());
  await context.close();
});
