import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CURRENT_SCHEMA_VERSION, STAMP_FIELD, stampOf, validateKind } from '@mendkit/core/content';
import { firstScreenKeys, type FileMap } from '../../packages/mendkit/src/first-screen.js';

// mendkit.js, the built CDN autoloader, in pages of its own (iframes): it loads a widget's module
// only when its tag is on the page, now or later, and the validator only for content whose
// "validated" stamp is missing or no longer matches. Requests are read from Resource Timing.

type Widget = HTMLElement & { status: string; updateComplete: Promise<boolean> };
type FrameWindow = Window & typeof globalThis;

const dist = '/packages/mendkit/dist';

/** A page of its own (an iframe) with this head and body. */
async function openPage(head: string, body: string, lang = 'en'): Promise<{ win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:700px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

/** A page loading mendkit.js after `head`. */
const open = (body: string, lang = 'en', head = '') =>
  openPage(`${head}\n<script type="module" src="${dist}/mendkit.js"></script>`, body, lang);

/** For a page's head: records what the widget's first render showed (firstUpdated runs right after it). */
const firstRenderProbe = `<script>const define = customElements.define.bind(customElements);
customElements.define = (name, element, options) => {
  const firstUpdated = element.prototype.firstUpdated;
  element.prototype.firstUpdated = function (...args) {
    window.firstRender = { status: this.status, text: this.shadowRoot.textContent };
    return firstUpdated.apply(this, args);
  };
  return define(name, element, options);
};</script>`;
type FirstRender = { status: string; text: string };
const firstRender = (win: FrameWindow) => (win as FrameWindow & { firstRender: FirstRender }).firstRender;

/** The first render showed the content, with the interface strings of its language (quick exit's label). */
function expectReadyIn(first: FirstRender, quickExit: string, what: string) {
  expect(first.status, what).to.equal('ready');
  expect(first.text, what).to.contain(quickExit);
  if (quickExit !== 'Leave quickly') expect(first.text, what).not.to.contain('Leave quickly');
}

/** The files of dist/ the page requested, without their hashes: "mend-quiz.js", "chunks/validate-quiz". */
const requested = (win: FrameWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.startsWith(`${dist}/`))
    .map((path) => path.slice(dist.length + 1).replace(/-[\w-]{8}\.js$/, ''));

const ready = async (el: Widget | null, what: string) => {
  await waitUntil(() => el?.status === 'ready' || el?.status === 'error', `${what} did not settle`, { timeout: 8000 });
  await el!.updateComplete;
  return el!;
};

/** The site's own quiz (a built-in one, given inline), and a stamped copy of it. */
async function siteQuiz(lang = 'en') {
  const raw = (await (await fetch(`/content/quiz/repairable/${lang}.json`)).json()) as Record<string, unknown>;
  const checked = validateKind('quiz', raw);
  if (!checked.ok) throw new Error('the built-in quiz should be valid');
  const { $schema: _editorsOnly, ...doc } = checked.value as Record<string, unknown>;
  return { doc, stamped: { [STAMP_FIELD]: stampOf(doc, CURRENT_SCHEMA_VERSION), ...doc } };
}
const inline = (doc: unknown) =>
  `<script type="application/json">${JSON.stringify(doc).replaceAll('<', '\\u003c')}</script>`;

describe('mendkit.js, the autoloader', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads only the widgets on the page', async () => {
    const { win, doc } = await open('<mend-explainer no-persist></mend-explainer>');
    const explainer = await ready(doc.querySelector<Widget>('mend-explainer'), 'the explainer');
    expect(explainer.status).to.equal('ready');
    expect(win.customElements.get('mend-quiz')).to.equal(undefined);
    expect(win.customElements.get('mend-checklist')).to.equal(undefined);
    const files = requested(win);
    expect(files).to.include('mend-explainer.js');
    expect(files).not.to.include('mend-quiz.js');
    expect(files).not.to.include('mend-checklist.js');
    // Built-in content is trusted: no validator.
    expect(files.filter((f) => f.startsWith('chunks/validate'))).to.deep.equal([]);
  });

  it('loads a widget added later, and nothing before', async () => {
    const { win, doc } = await open('<p>No widget yet.</p>');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requested(win).filter((f) => f.startsWith('mend-'))).to.deep.equal([]);
    const quiz = doc.createElement('mend-quiz') as Widget;
    quiz.setAttribute('no-persist', '');
    doc.body.append(quiz);
    await ready(quiz, 'the quiz added later');
    expect(quiz.status).to.equal('ready');
    expect(quiz.shadowRoot!.textContent).to.contain('Can this relationship be repaired?');
    expect(requested(win)).to.include('mend-quiz.js');
    // A checklist nested in something added later counts too.
    const box = doc.createElement('div');
    box.innerHTML = '<section><mend-checklist no-persist></mend-checklist></section>';
    doc.body.append(box);
    expect((await ready(box.querySelector<Widget>('mend-checklist'), 'the nested checklist')).status).to.equal('ready');
  });

  it('stamped inline content renders without the validator being requested', async () => {
    const { stamped } = await siteQuiz();
    const { win, doc } = await open(`<mend-quiz no-persist>${inline(stamped)}</mend-quiz>`);
    const quiz = await ready(doc.querySelector<Widget>('mend-quiz'), 'the stamped quiz');
    expect(quiz.status).to.equal('ready');
    expect(requested(win).filter((f) => f.startsWith('chunks/validate'))).to.deep.equal([]);
  });

  it('content edited after stamping is validated in full: valid still renders, invalid shows the problem', async () => {
    const { stamped } = await siteQuiz();
    const edited = { ...stamped, title: 'A title changed by hand' };
    const first = await open(`<mend-quiz no-persist>${inline(edited)}</mend-quiz>`);
    const quiz = await ready(first.doc.querySelector<Widget>('mend-quiz'), 'the edited quiz');
    expect(quiz.status).to.equal('ready');
    expect(quiz.shadowRoot!.textContent).to.contain('A title changed by hand');
    expect(requested(first.win)).to.include('chunks/validate-quiz');

    const broken = { ...stamped, title: '' };
    const second = await open(`<mend-quiz no-persist>${inline(broken)}</mend-quiz>`);
    const failed = await ready(second.doc.querySelector<Widget>('mend-quiz'), 'the broken quiz');
    expect(failed.status).to.equal('error');
    expect(requested(second.win)).to.include('chunks/validate-quiz');
    // The built (minified) panel reads as written: the path, a colon, a space, the plain words.
    const problem = failed.shadowRoot!.querySelector('.problems li')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(problem).to.equal('title: is empty');
  });

  it('unstamped inline content: the validator is requested with the widget, not after it', async () => {
    const { doc: content } = await siteQuiz();
    const { win, doc } = await open(`<mend-quiz no-persist>${inline(content)}</mend-quiz>`);
    await ready(doc.querySelector<Widget>('mend-quiz'), 'the unstamped quiz');
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const start = (part: string) => entries.find((e) => e.name.includes(part))!.startTime;
    // Both are asked for by the autoloader in the same task; the validator is not waiting for the quiz.
    expect(start('/chunks/validate-quiz-')).to.be.below(start('/mend-quiz.js') + 50);
  });

  it('with the preload hints mendkit/preload writes, the page asks for every file itself: one round trip', async () => {
    const files = (await (await fetch(`${dist}/files.json`)).json()) as FileMap;
    for (const [lang, content, body] of [
      ['en', 'stamped', `<mend-quiz no-persist>${inline((await siteQuiz()).stamped)}</mend-quiz>`],
      ['es', 'built-in', '<mend-checklist no-persist></mend-checklist>'],
    ] as const) {
      const tag = /<(mend-\w+)/.exec(body)![1]!;
      const hinted = firstScreenKeys(tag, lang, content, files).flatMap((key) => files[key] ?? []);
      const head = [...new Set(hinted)].map((file) => `<link rel="modulepreload" href="${dist}/${file}">`).join('');
      const { win, doc } = await open(body, lang, head);
      expect((await ready(doc.querySelector<Widget>(tag), tag)).status).to.equal('ready');
      const entries = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
        new URL(e.name).pathname.startsWith(`${dist}/`),
      );
      // Every file the widget needed was asked for by the page itself, before mendkit.js could run
      // (the hints come first in the page), and the autoloader's imports asked for nothing more.
      const loader = entries.find((e) => e.name.endsWith('/mendkit.js'))!;
      const others = entries.filter((e) => e !== loader);
      expect(others.map((e) => new URL(e.name).pathname.slice(dist.length + 1)).sort()).to.deep.equal(
        [...new Set(hinted)].sort(),
      );
      for (const e of others) expect(e.startTime, e.name).to.be.at.most(loader.startTime);
    }
  });

  it('the head mendkit/preload writes: the widget loads from its own file, everything asked for by the page', async () => {
    for (const [lang, content, body] of [
      ['en', 'stamped', `<mend-quiz no-persist>${inline((await siteQuiz()).stamped)}</mend-quiz>`],
      ['es', 'built-in', '<mend-checklist no-persist></mend-checklist>'],
    ] as const) {
      const tag = /<(mend-\w+)/.exec(body)![1]!;
      const head = await executeServerCommand<string, object>('mendkit-embed-head', {
        kinds: [tag.slice(5)],
        lang,
        content,
        base: `${dist}/`,
      });
      const { win, doc } = await openPage(head, body, lang);
      const el = await ready(doc.querySelector<Widget>(tag), tag);
      expect(el.status).to.equal('ready');
      expect(el.shadowRoot!.textContent).to.contain(lang === 'es' ? 'confianza' : 'Can this relationship');
      const entries = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
        new URL(e.name).pathname.startsWith(`${dist}/`),
      );
      const named = [...head.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
      // Nothing beyond what the page names (no autoloader), and all of it asked for at once.
      expect(entries.map((e) => new URL(e.name).pathname).sort()).to.deep.equal([...named].sort());
      expect(named.some((url) => url.endsWith('/mendkit.js'))).to.equal(false);
      const script = entries.find((e) => e.name.endsWith(`/${tag}.js`))!;
      for (const e of entries) expect(e.startTime, e.name).to.be.at.most(script.startTime + 1);
    }
  });

  it('through mendkit.js too, the first render shows the content in its language, with no "Loading…" first', async () => {
    const { stamped } = await siteQuiz('es');
    for (const [what, body] of [
      ['stamped', `<mend-quiz no-persist>${inline(stamped)}</mend-quiz>`],
      ['built-in', '<mend-quiz no-persist></mend-quiz>'],
    ] as const) {
      const { win, doc } = await open(body, 'es', firstRenderProbe);
      await ready(doc.querySelector<Widget>('mend-quiz'), `the ${what} Spanish quiz`);
      expectReadyIn(firstRender(win), 'Salir rápido', what);
    }
  });

  it('with that head the first render shows the content in its language: validator, strings and content run first', async () => {
    const { doc: content } = await siteQuiz();
    for (const [lang, source, body, quickExit] of [
      ['en', 'inline', `<mend-quiz no-persist>${inline(content)}</mend-quiz>`, 'Leave quickly'],
      ['es', 'built-in', '<mend-quiz no-persist></mend-quiz>', 'Salir rápido'],
    ] as const) {
      const head = await executeServerCommand<string, object>('mendkit-embed-head', {
        kinds: ['quiz'],
        lang,
        content: source,
        base: `${dist}/`,
      });
      const { win, doc } = await openPage(firstRenderProbe + head, body, lang);
      await ready(doc.querySelector<Widget>('mend-quiz'), `the ${source} quiz in ${lang}`);
      expectReadyIn(firstRender(win), quickExit, `${lang}, ${source}`);
    }
  });

  it('strings that arrive after the widget: it waits for them, and never shows content with English strings', async () => {
    // mend-quiz.js alone: nothing runs the Spanish strings before the widget.
    const { stamped } = await siteQuiz('es');
    const body = `<mend-quiz no-persist>${inline(stamped)}</mend-quiz>`;
    const head = `${firstRenderProbe}<script type="module" src="${dist}/mend-quiz.js"></script>`;
    const { win, doc } = await openPage(head, body, 'es');
    const quiz = await ready(doc.querySelector<Widget>('mend-quiz'), 'the stamped Spanish quiz');
    expect(firstRender(win).status).to.equal('loading');
    expect(quiz.shadowRoot!.textContent).to.contain('Salir rápido');
    expect(quiz.shadowRoot!.textContent).not.to.contain('Leave quickly');
  });
});
