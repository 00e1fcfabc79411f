// mendkit/ssr and `mendkit render` in Node: every widget in every locale renders to readable
// HTML, synchronously resolved, with nothing thrown or rejected unhandled.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import process from 'node:process';
import { renderWidget, RenderWidgetError } from 'mendkit/ssr';
import { builtIn, firstScreenText, kinds, locales, plain } from './pages.mjs';

const unhandled = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));
process.on('uncaughtException', (error) => unhandled.push(error));

/** The text a reader sees in the HTML: tags, styles and the inline JSON dropped, entities decoded. */
function visibleText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
}

for (const kind of kinds) {
  for (const lang of locales) {
    test(`${kind} in ${lang} renders its first screen as text`, async (t) => {
      const html = await renderWidget({ kind, lang });
      const doc = builtIn(kind, lang);
      t.assert.match(html, new RegExp(`^<mend-${kind}\\s[^>]*lang="${lang}"`));
      t.assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
      t.assert.doesNotMatch(html, /aria-busy/, 'the loading state was not what got rendered');
      const text = visibleText(html);
      for (const wanted of firstScreenText(kind, doc)) t.assert.ok(text.includes(plain(wanted)), `missing "${wanted}"`);
      // The same document is inlined for the browser to hydrate.
      const inline = /<script type="application\/json" data-mend-prerendered="default">([^<]*)<\/script><\/mend-/.exec(
        html,
      );
      t.assert.ok(inline, 'the content is inlined');
      t.assert.equal(JSON.parse(inline[1]).version, doc.version);
      t.assert.doesNotMatch(html, / (checked|selected|open|disabled)="false"/);
      t.assert.equal(globalThis.window, undefined, 'no window left behind in Node');
    });
  }
}

test('a site’s own content is validated, rendered and inlined safely', async (t) => {
  const doc = builtIn('quiz', 'en');
  const own = { ...doc, id: 'own-quiz', title: 'Our </script><b>own</b> quiz' };
  const html = await renderWidget({
    kind: 'quiz',
    lang: 'en',
    content: own,
    attrs: { theme: 'dark', 'no-persist': true },
  });
  t.assert.match(html, /<mend-quiz\s+theme="dark" no-persist lang="en"/);
  t.assert.ok(html.includes('Our &lt;/script&gt;&lt;b&gt;own&lt;/b&gt; quiz'), 'the title is text, not markup');
  t.assert.equal(html.match(/<\/script>/g).length, 1, 'the content cannot close the inline script');
  const inline = /data-mend-prerendered="site">([^<]*)<\/script>/.exec(html);
  t.assert.equal(JSON.parse(inline[1]).title, own.title);
});

test('invalid content and unknown kinds reject with the problems named', async (t) => {
  await t.assert.rejects(renderWidget({ kind: 'quiz', content: { kind: 'quiz' } }), (error) => {
    t.assert.ok(error instanceof RenderWidgetError);
    t.assert.ok(error.problems.some((p) => p.path === 'questions'));
    return true;
  });
  await t.assert.rejects(renderWidget({ kind: 'poll' }), RenderWidgetError);
  await t.assert.rejects(renderWidget({ kind: 'quiz', attrs: { 'on click': 'x' } }), RenderWidgetError);
});

test('concurrent renders in different languages each get their own interface strings', async (t) => {
  const [es, de] = await Promise.all([
    renderWidget({ kind: 'quiz', lang: 'es' }),
    renderWidget({ kind: 'quiz', lang: 'de' }),
  ]);
  t.assert.match(visibleText(es), /Empezar/);
  t.assert.doesNotMatch(visibleText(de), /Empezar/);
});

const run = promisify(execFile);
const bin = 'packages/mendkit/bin/mendkit.js';

test('`mendkit render` writes a widget, reads --content, and fails clearly', async (t) => {
  const { stdout } = await run(process.execPath, [bin, 'render', 'explainer', '--lang', 'fr']);
  t.assert.ok(visibleText(stdout).includes(plain(builtIn('explainer', 'fr').comparison[0].aspect)));

  const file = join(tmpdir(), `mendkit-render-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ ...builtIn('checklist', 'de'), title: 'Unsere Liste' }));
  const page = await run(process.execPath, [bin, 'render', 'checklist', '--content', file, '--lang', 'de', '--page']);
  t.assert.match(page.stdout, /^<!doctype html>/);
  t.assert.ok(page.stdout.includes('Unsere Liste'));
  // The page hints the runtime chunk the hydrating entry imports, from the same folder.
  const [, runtime] =
    /<link rel="modulepreload" href="https:\/\/cdn\.jsdelivr\.net\/npm\/mendkit@[\w.-]+\/dist\/(chunks\/mendkit-hydrate-runtime-[\w-]+\.js)">\n<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/mendkit@[\w.-]+\/dist\/mendkit-hydrate\.js"><\/script>/.exec(
      page.stdout,
    ) ?? [];
  t.assert.equal(readFileSync('packages/mendkit/dist/mendkit-hydrate.js', 'utf8'), `import"./${runtime}";\n`);

  writeFileSync(file, JSON.stringify({ kind: 'checklist' }));
  const bad = await run(process.execPath, [bin, 'render', 'checklist', '--content', file]).catch((e) => e);
  t.assert.equal(bad.code, 1);
  t.assert.match(bad.stderr, /groups/);
  const unknown = await run(process.execPath, [bin, 'render', 'poll']).catch((e) => e);
  t.assert.equal(unknown.code, 2);
});

test('nothing was thrown or rejected unhandled', async (t) => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.assert.deepEqual(unhandled, []);
});
