// The Eleventy plugin (mendkit/eleventy), end to end: a real Eleventy 3 build of the example site
// pre-renders a quiz from a Nunjucks page and an explainer from a Markdown post, copies the
// browser files, and both pages pass the checks every pre-rendered page passes.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtSite, checkPrerenderedPage, quizStarts } from './pages.mjs';

// The command line a site runs (the programmatic API lets the config's folders win over ours).
const site = builtSite('eleventy', (out) => [
  'node_modules/@11ty/eleventy/cmd.cjs',
  '--config=examples/eleventy/eleventy.config.js',
  `--output=${out}`,
  '--quiet',
]);

test('the build writes both pages and the browser files', (t) => {
  for (const file of ['index.html', 'posts/perdonar/index.html', 'mendkit/mendkit-hydrate.js', 'mendkit/reserve.css']) {
    t.assert.ok(existsSync(join(site.out, file)), `${file} was written`);
  }
  const head = readFileSync(join(site.out, 'index.html'), 'utf8');
  t.assert.match(
    head,
    /<link rel="stylesheet" href="\/mendkit\/reserve\.css">\n<link rel="modulepreload" href="\/mendkit\/(chunks\/mendkit-hydrate-runtime-[\w-]+\.js)">\n<script type="module" src="\/mendkit\/mendkit-hydrate\.js"><\/script>/,
  );
  // The hinted runtime is the very chunk the copied entry imports.
  const runtime = /modulepreload" href="\/mendkit\/([^"]+)"/.exec(head)[1];
  t.assert.equal(readFileSync(join(site.out, 'mendkit/mendkit-hydrate.js'), 'utf8'), `import"./${runtime}";\n`);
  t.assert.match(
    head,
    /<mend-quiz\s[^>]*layout="list"[^>]*lang="en"[^>]*>\n<template shadowroot="open" shadowrootmode="open">/,
  );
});

test('Markdown leaves the widget alone: one raw HTML block, not paragraphs', (t) => {
  const html = readFileSync(join(site.out, 'posts/perdonar/index.html'), 'utf8');
  t.assert.match(html, /<mend-explainer\s[^>]*lang="es"[^>]*>\n<template shadowroot="open"/);
  t.assert.doesNotMatch(html, /<p>\s*<mend-explainer|<p>\s*<\/?(template|style)|<\/mend-explainer>\s*<\/p>/);
  t.assert.match(html, /<script type="application\/json" data-mend-prerendered="default">/);
});

test('the Nunjucks page: readable without JavaScript, hydrated in place, the quiz starts', async (t) => {
  const screenshot = join(tmpdir(), 'mendkit-ssr', 'eleventy-quiz-no-js.png');
  const checked = await checkPrerenderedPage(t, site.browser, site.server, '/', {
    kind: 'quiz',
    lang: 'en',
    screenshot,
  });
  t.diagnostic(`screenshot: ${screenshot}`);
  await quizStarts(t, checked);
});

test('the Markdown post: the Spanish explainer reads without JavaScript and hydrates', async (t) => {
  const screenshot = join(tmpdir(), 'mendkit-ssr', 'eleventy-explainer-no-js.png');
  const { context } = await checkPrerenderedPage(t, site.browser, site.server, '/posts/perdonar/', {
    kind: 'explainer',
    lang: 'es',
    screenshot,
  });
  t.diagnostic(`screenshot: ${screenshot}`);
  await context.close();
});

test('a shortcode with a broken document stops the build and names the mistake; attributes stay whole', async (t) => {
  const { default: mendkit } = await import('mendkit/eleventy');
  const shortcodes = {};
  mendkit({ addShortcode: () => {}, addAsyncShortcode: (name, fn) => (shortcodes[name] = fn), on: () => {} });
  await t.assert.rejects(shortcodes.mendkit('quiz', { content: { kind: 'quiz', schemaVersion: 1 } }), (error) => {
    t.assert.equal(error.name, 'RenderWidgetError');
    t.assert.match(error.message, /The quiz content is not valid/);
    return true;
  });
  await t.assert.rejects(shortcodes.mendkit('quiz', { theme: { dark: true } }), /attribute "theme" should be text/);
  // An attribute value with ">" stays whole: the line break goes after the whole opening tag.
  const html = await shortcodes.mendkit('quiz', { lang: 'en', 'support-label': 'Help > now' });
  t.assert.match(html, /^<mend-quiz [^\n]*support-label="Help &gt; now"[^\n]*>\n<template /);
});
