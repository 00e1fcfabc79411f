// Every widget story (and the error panel's) in the built Storybook speaks the language chosen
// in the Locale toolbar: for each such story and each toolbar locale, the widget has that
// `lang`, shows text of that language's content documents and none of the English ones, shows
// no English interface strings (from xliff/), reads right to left in Arabic, and shows the
// error panel only in error stories. Run by `npm run test:playground` (it builds Storybook first).
//
// One page per locale opens iframe.html?globals=locale:<l> (as the toolbar's URL does), then
// moves from story to story the way the Storybook manager does, over the preview's channel:
// a full page load per story would cost a minute more for the same check.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { kindNames, tagOf } from '../../kinds.js';
import { chromiumArgs, chromiumPath, serve } from '../../scripts/static-server.mjs';

const shots = process.env.MENDKIT_SCREENSHOTS; // a folder, to look at what the tests saw
const locales = ['en', 'es', 'fr', 'de', 'ar'];

/** Every string in a JSON document, with its path. */
const strings = (value) =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, v]) => (key === '$schema' || key === 'href' ? [] : strings(v)))
      : [];

/** Strings long enough to belong to one language only (not ids, digits or "A"). */
const words = (list) => [...new Set(list.filter((s) => s.length >= 12 && /\s/.test(s)))];

/** A kind's documents' strings per locale, over every document of that kind in content/. */
function contentStrings(kind) {
  const byLocale = Object.fromEntries(locales.map((l) => [l, []]));
  for (const id of readdirSync(`content/${kind}`))
    for (const file of readdirSync(`content/${kind}/${id}`)) {
      const locale = file.replace(/\.json$/, '');
      byLocale[locale]?.push(...strings(JSON.parse(readFileSync(`content/${kind}/${id}/${file}`, 'utf8'))));
    }
  return Object.fromEntries(locales.map((l) => [l, words(byLocale[l])]));
}

const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Interface strings without placeholders: English sources that translate to something else, and each locale's targets. */
function interfaceStrings() {
  const english = new Set();
  const translated = {};
  for (const locale of locales.filter((l) => l !== 'en')) {
    const xlf = readFileSync(`xliff/${locale}.xlf`, 'utf8');
    translated[locale] = [];
    for (const [, source, target] of xlf.matchAll(/<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g)) {
      if (source === target) continue;
      if (/\s/.test(source) && source.length >= 10) english.add(unescape(source));
      translated[locale].push(unescape(target));
    }
  }
  return { english: [...english], translated };
}

describe('every widget story follows the Locale toolbar', { concurrency: true }, () => {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  // The error panel's own stories show it in a quiz.
  const panel = 'core-error-panel--';
  const kindOf = (story) =>
    story.id.startsWith(panel) ? 'quiz' : kindNames.find((kind) => story.id.startsWith(`widgets-${kind}--`));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && kindOf(e));
  const content = Object.fromEntries(kindNames.map((kind) => [kind, contentStrings(kind)]));
  const ui = interfaceStrings();
  let server;
  let browser;

  before(async () => {
    server = await serve('storybook-static');
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the stories of every kind', () => {
    for (const kind of kindNames)
      assert.ok(stories.filter((s) => kindOf(s) === kind).length >= 5, `${kind} has stories`);
  });

  /** Shows a story as the manager does and waits until its widget is on screen in `lang`. */
  async function show(page, story, lang) {
    await page.evaluate(
      (id) =>
        new Promise((resolve, reject) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const off = () => {
            channel.off('storyRendered', rendered);
            channel.off('storyErrored', failed);
            channel.off('storyThrewException', failed);
          };
          const rendered = (storyId) => {
            if (storyId !== id) return;
            off();
            resolve();
          };
          const failed = (error) => {
            off();
            reject(new Error(`${id}: ${error?.message ?? error?.title ?? 'failed'}`));
          };
          channel.on('storyRendered', rendered);
          channel.on('storyErrored', failed);
          channel.on('storyThrewException', failed);
          channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        }),
      story.id,
    );
    await settle(page, tagOf(kindOf(story)), lang);
  }

  async function settle(page, tag, lang) {
    await page.waitForFunction(
      (tag) => {
        const el = document.querySelector(tag);
        return el && el.status !== 'loading' && el.shadowRoot?.firstElementChild;
      },
      tag,
      { timeout: 10_000 },
    );
    // The story gives the widget its `lang` in the next frame, and a new language's content
    // loads after that: wait a little for both, then let the assertions say what is wrong.
    await page
      .waitForFunction(
        ([tag, lang]) => {
          const el = document.querySelector(tag);
          return el.lang === lang && el.status !== 'loading';
        },
        [tag, lang],
        { timeout: 2000 },
      )
      .catch(() => {});
    await page.evaluate((tag) => document.querySelector(tag).updateComplete, tag);
  }

  /** What a person sees (and hears) of the widget: its text, slotted text and labels. */
  const seen = (page, tag) =>
    page.evaluate((tag) => {
      const el = document.querySelector(tag);
      const texts = [];
      const walk = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType === Node.TEXT_NODE) {
            if (!node.parentElement?.closest('style, script')) texts.push(node.data);
            continue;
          }
          for (const name of ['aria-label', 'title', 'placeholder'])
            if (node.hasAttribute(name)) texts.push(node.getAttribute(name));
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(el.shadowRoot);
      walk(el);
      const base = el.shadowRoot.firstElementChild;
      return {
        text: texts.join(' ').replace(/\s+/g, ' '),
        dir: base?.closest('[dir]')?.getAttribute('dir') ?? el.shadowRoot.querySelector('[dir]')?.getAttribute('dir'),
        error: Boolean(el.shadowRoot.querySelector('.error[role="alert"]')),
        lang: el.getAttribute('lang'),
        contentLang: el.shadowRoot.querySelector('[part~="base"][lang]')?.getAttribute('lang') ?? null,
      };
    }, tag);

  for (const toolbar of locales)
    it(`renders every widget story in "${toolbar}" from the toolbar`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        const [first] = stories;
        await page.goto(`${server.url}/iframe.html?id=${first.id}&viewMode=story&globals=locale:${toolbar}`);
        await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__);
        const checked = [];
        const problems = [];
        for (const [i, story] of stories.entries()) {
          const kind = kindOf(story);
          const tag = tagOf(kind);
          const tags = story.tags ?? [];
          // A story may fix its language: the right-to-left ones are Arabic, a site's own document English.
          const lang = tags.includes('locale-ar') ? 'ar' : tags.includes('site-content') ? 'en' : toolbar;
          if (i === 0) await settle(page, tag, lang);
          else await show(page, story, lang);
          const view = await seen(page, tag);
          const where = `${story.id} (toolbar ${toolbar})`;
          // Every check of every story is collected, so a failure lists all that is wrong at once.
          const check = (ok, what) => ok || problems.push(`${where}: ${what}`);
          check(view.lang === lang, `lang is ${view.lang}, not ${lang}`);
          check(view.dir === (lang === 'ar' ? 'rtl' : 'ltr'), `dir is ${view.dir}`);
          const errorStory = /--error(-|$)/.test(story.id) || story.id.startsWith(panel);
          check(view.error === errorStory, errorStory ? 'shows no error panel' : 'shows the error panel');
          if (!tags.includes('site-content')) {
            if (!errorStory) {
              check(view.contentLang === lang, `content is in ${view.contentLang}`);
              check(
                content[kind][lang].some((s) => view.text.includes(s)),
                `shows no text of the ${lang} content`,
              );
            }
            if (lang !== 'en') {
              const english = content[kind].en.filter((s) => !content[kind][lang].includes(s));
              const leaked = [...english, ...ui.english].filter((s) => view.text.includes(s));
              check(leaked.length === 0, `shows English: ${leaked.slice(0, 3).join(' | ')}`);
              check(
                ui.translated[lang].some((s) => view.text.includes(s)),
                `shows no ${lang} interface strings`,
              );
            }
          }
          checked.push(story.id);
          if (shots && ['ar', 'es'].includes(toolbar)) {
            mkdirSync(shots, { recursive: true });
            await page.screenshot({ path: `${shots}/${story.id}.${toolbar}.png`, fullPage: true });
          }
        }
        assert.deepEqual(problems, []);
        assert.equal(checked.length, stories.length);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });

  it('switches a shown story when the toolbar changes', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    try {
      await page.goto(`${server.url}/iframe.html?id=widgets-quiz--mixed-picture&viewMode=story`);
      await settle(page, 'mend-quiz', 'en');
      for (const locale of ['es', 'ar']) {
        await page.evaluate((locale) => {
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale } });
        }, locale);
        await settle(page, 'mend-quiz', locale);
        const view = await seen(page, 'mend-quiz');
        assert.ok(
          content.quiz[locale].some((s) => view.text.includes(s)),
          `${locale} content after the switch`,
        );
        assert.equal(view.dir, locale === 'ar' ? 'rtl' : 'ltr');
      }
    } finally {
      await page.close();
    }
  });
});
