// The static-site example builds (pre-rendering at build time) and its output page passes the
// same checks as any pre-rendered page: readable without JavaScript, hydrated in place, usable.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtSite, checkPrerenderedPage, quizStarts } from './pages.mjs';

const site = builtSite('static-site', (out) => ['examples/static-site/build.mjs', '--out', out]);

test('the built page holds the quiz as HTML, with no script needed to read it', (t) => {
  const html = readFileSync(join(site.out, 'index.html'), 'utf8');
  t.assert.match(html, /<mend-quiz\s[^>]*lang="es"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  t.assert.doesNotMatch(html, /<!--\s*mendkit\s/, 'every marker was replaced');
});

test('the built page passes the pre-rendered page checks and the quiz starts', async (t) => {
  const screenshot = join(tmpdir(), 'mendkit-ssr', 'static-site-no-js.png');
  const checked = await checkPrerenderedPage(t, site.browser, site.server, '/index.html', {
    kind: 'quiz',
    lang: 'es',
    screenshot,
  });
  t.diagnostic(`screenshot: ${screenshot}`);
  await quizStarts(t, checked);
});
