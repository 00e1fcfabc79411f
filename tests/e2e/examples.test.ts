import { expect, waitUntil } from '@open-wc/testing';
import { finishQuiz, type HostedWidget } from '../support/walk-quiz.js';
import { sendKeys } from '@web/test-runner-commands';
import { widgetSelector, widgetTags } from '../../kinds.js';

// The host pages in examples/ load the built CDN files as a real site would. Each test opens
// one in an iframe, uses the widgets by clicks and keys, and checks what the page fetched.

type Widget = HostedWidget;
type PageWindow = Window & typeof globalThis & { mendkitCspViolations?: string[]; mendkitPageErrors?: string[] };

async function open(page: string, width = 1000): Promise<{ win: PageWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/examples/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<Widget>(widgetSelector)];
  await waitUntil(() => widgets.every((w) => w.status === 'ready'), `${page}: widgets did not get ready`, {
    timeout: 8000,
  });
  await Promise.all(widgets.map((w) => w.updateComplete));
  return { win, doc, frame };
}

const root = (el: Element) => el.shadowRoot!;
const widget = (doc: Document, tag: string) => doc.querySelector<Widget>(tag)!;

/** Every URL the page fetched, as paths on this origin (or whole URLs elsewhere). */
function requests(win: PageWindow): string[] {
  return (
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .map((url) => (url.startsWith(location.origin) ? url.slice(location.origin.length) : url))
      // The test server injects its own live-reload script into every page it serves.
      .filter((path) => path !== '/__web-dev-server__web-socket.js')
  );
}

function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Text inside the widget stays inside its box, and reads at AA contrast on its card. */
function assertReadable(el: Widget) {
  const box = el.getBoundingClientRect();
  const walker = el.ownerDocument.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const range = el.ownerDocument.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Screen-reader-only text is clipped to nothing on purpose.
    if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      expect(rect.left, `"${node.textContent.trim().slice(0, 30)}" starts outside`).to.be.at.least(box.left - 1);
      expect(rect.right, `"${node.textContent.trim().slice(0, 30)}" ends outside`).to.be.at.most(box.right + 1);
    }
  }
  const card = root(el).querySelector('.base')!;
  const style = getComputedStyle(card);
  // The page's spacing and casing tricks stop at the widget's edge.
  expect([style.letterSpacing, style.wordSpacing, style.textTransform, style.textAlign]).to.deep.equal([
    'normal',
    '0px',
    'none',
    'start',
  ]);
  expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
}

describe('host pages', function () {
  this.timeout(30_000);
  // Each page starts fresh: widgets resume saved progress, and pages share this origin's storage.
  const forget = () => {
    for (const storage of [localStorage, sessionStorage])
      Object.keys(storage).forEach((key) => key.startsWith('mendkit:') && storage.removeItem(key));
  };
  beforeEach(forget);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    forget();
  });

  for (const page of ['blog-post.html', 'blog-post.html?dark']) {
    it(`${page}: widgets work by clicks and keys and stay readable under a hostile theme`, async () => {
      const { doc, win } = await open(page);
      const explainer = widget(doc, 'mend-explainer');
      const tabs = [...root(explainer).querySelectorAll<HTMLElement>('[role="tab"]')];
      tabs[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await explainer.updateComplete;
      expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
      assertReadable(explainer);

      const quiz = widget(doc, 'mend-quiz');
      expect(quiz.getAttribute('theme')).to.equal(page.endsWith('?dark') ? 'dark' : 'auto');
      assertReadable(quiz);
      await finishQuiz(quiz);
      assertReadable(quiz);
      expect(win.document.cookie).to.equal('');
    });
  }

  it('blog-post.html at 320 px keeps every widget inside its box', async () => {
    const { doc } = await open('blog-post.html', 320);
    for (const tag of ['mend-explainer', 'mend-quiz']) {
      const el = widget(doc, tag);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      assertReadable(el);
    }
  });

  it('an English page fetches only the bundle, English content and nothing from elsewhere', async () => {
    const { win } = await open('blog-post.html');
    const fetched = requests(win);
    const unexpected = fetched.filter((path) => !/^\/(packages\/mendkit\/dist|examples)\//.test(path));
    expect(unexpected).to.deep.equal([]);
    expect(fetched.filter((path) => /(-content-(ar|de|es|fr)-|strings-)/.test(path))).to.deep.equal([]);
    expect(fetched.some((path) => /quiz-content-en-/.test(path))).to.equal(true);
    // Built-in content is trusted: the validator is not even downloaded.
    expect(fetched.some((path) => /validate-/.test(path))).to.equal(false);
  });

  it("coaching.html: the site's own quiz from src, and the outcome reaches the page's own markup", async () => {
    const { doc, win } = await open('coaching.html');
    const quiz = widget(doc, 'mend-quiz');
    expect(root(quiz).textContent).to.contain('Is couples coaching a good next step?');
    const completed = new Promise<CustomEvent>((resolve) =>
      doc.addEventListener('mend-complete', (e) => resolve(e as CustomEvent), { once: true }),
    );
    await finishQuiz(quiz);
    const { detail } = await completed;
    const next = doc.querySelector<HTMLElement>('#next')!;
    expect(next.hidden).to.equal(false);
    expect(next.dataset.outcome).to.equal(detail.outcomeId);
    expect(doc.querySelector('a[slot="cta"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const fetched = requests(win);
    expect(fetched).to.include('/examples/assets/coaching-quiz.json');
    expect(fetched.filter((path) => !/^\/(packages\/mendkit\/dist|examples)\//.test(path))).to.deep.equal([]);
  });

  it('strict-csp.html: everything works with no Content-Security-Policy violation', async () => {
    const { doc, win } = await open('strict-csp.html');
    await finishQuiz(widget(doc, 'mend-quiz'));
    const checklist = widget(doc, 'mend-checklist');
    root(checklist).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await checklist.updateComplete;
    const bar = root(checklist).querySelector<HTMLElement>('.track > .on');
    // The height was set despite the policy (the CSSOM is allowed; a style attribute would not be).
    expect(parseFloat(bar?.style.getPropertyValue('block-size') ?? '')).to.be.greaterThan(0);
    expect(win.mendkitCspViolations).to.deep.equal([]);
  });

  it('coaching.html: a safety answer leads to support, with no booking link anywhere', async () => {
    const { doc } = await open('coaching.html');
    const quiz = widget(doc, 'mend-quiz');
    root(quiz).querySelector<HTMLButtonElement>('button.primary')!.click();
    await quiz.updateComplete;
    for (let step = 0; step < 10 && !root(quiz).querySelector('[part~="support"]'); step++) {
      // The last answer of the safety question is "Yes"; elsewhere the first.
      const safety = root(quiz).querySelector<HTMLInputElement>('input[name="afraid"][value="yes"]');
      (safety ?? root(quiz).querySelector<HTMLInputElement>('input[type="radio"]'))!.click();
      await quiz.updateComplete;
      if (!safety) root(quiz).querySelector<HTMLButtonElement>('button.next')!.click();
      await quiz.updateComplete;
    }
    const goToSupport = [...root(quiz).querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Go to support now',
    );
    goToSupport!.click();
    await quiz.updateComplete;
    await waitUntil(() => !doc.querySelector<HTMLElement>('#next')!.hidden, 'the page heard mend-complete');
    expect(root(quiz).querySelector('slot[name="cta"]'), 'no cta slot on the safety result').to.equal(null);
    const visible = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0;
    expect(visible(doc.querySelector('a[slot="cta"]')), 'the slotted call to action').to.equal(false);
    expect(visible(doc.querySelector('#book')), 'the page’s own booking link').to.equal(false);
    expect(root(quiz).querySelector('.support a[href]')).to.not.equal(null);
  });

  it('strict-csp.html: Leave quickly works under the policy and forgets what was kept', async () => {
    const { doc, win, frame } = await open('strict-csp.html');
    const quiz = widget(doc, 'mend-quiz');
    quiz.setAttribute('quick-exit-url', '/examples/index.html');
    root(quiz).querySelector<HTMLButtonElement>('button.primary')!.click();
    await quiz.updateComplete;
    root(quiz).querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await quiz.updateComplete;
    expect(Object.keys(sessionStorage).some((k) => k.startsWith('mendkit:quiz:'))).to.equal(true);
    expect(win.mendkitCspViolations).to.deep.equal([]);
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    root(quiz).querySelector<HTMLButtonElement>('.leave')!.click();
    await left;
    expect(frame.contentWindow!.location.pathname).to.equal('/examples/index.html');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('mendkit:'))).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('mendkit:'))).to.deep.equal([]);
  });

  it('sandboxed.html: the quiz reaches a result in an iframe sandboxed with allow-scripts only', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.style.cssText = 'width:800px;height:900px;border:0';
    const message = new Promise<{ result: string | null; origin: string }>((resolve) =>
      window.addEventListener('message', function heard(event) {
        if (event.source !== frame.contentWindow || !event.data?.mendkitSandboxWalk) return;
        window.removeEventListener('message', heard);
        resolve(event.data.mendkitSandboxWalk);
      }),
    );
    frame.src = '/examples/sandboxed.html?walk';
    document.body.append(frame);
    const walked = await message;
    expect(walked.origin).to.equal('null'); // really sandboxed: an opaque origin, no forms, no storage
    expect(walked.result).to.be.a('string').and.not.equal('');
  });

  it('trusted-types.html: all three widgets work under require-trusted-types-for with only the lit-html policy', async () => {
    const { doc, win } = await open('trusted-types.html');
    await finishQuiz(widget(doc, 'mend-quiz'));
    const checklist = widget(doc, 'mend-checklist');
    root(checklist).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await checklist.updateComplete;
    const explainer = widget(doc, 'mend-explainer');
    root(explainer).querySelectorAll<HTMLButtonElement>('[role="tab"]')[1]?.click();
    await explainer.updateComplete;
    expect(win.mendkitCspViolations).to.deep.equal([]);
  });

  it('a renamed CDN entry still finds its chunks: no chunk imports an entry by name', async () => {
    // Module specifiers resolve against the importing module's URL, so "./chunks/x.js" works
    // whatever the entry is called; only an import of "../mendkit.js" from a chunk would not.
    const dist = '/packages/mendkit/dist/';
    const seen = new Set<string>();
    const queue = ['mendkit.js', 'mendkit-hydrate.js', 'mend-quiz.js', 'mend-explainer.js', 'mend-checklist.js'];
    const back: string[] = [];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = await (await fetch(dist + file)).text();
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
        const resolved = new URL(spec!, `http://x/${dir}`).pathname.slice(1);
        if (file.startsWith('chunks/') && !resolved.startsWith('chunks/')) back.push(`${file} imports ${spec}`);
        queue.push(resolved);
      }
    }
    expect([...seen].filter((f) => f.startsWith('chunks/')).length).to.be.above(10);
    expect(back).to.deep.equal([]);
  });

  it('double-load.html: two bundles and the npm packages on one page raise nothing', async () => {
    const { doc, win } = await open('double-load.html');
    expect(win.mendkitPageErrors).to.deep.equal([]);
    for (const tag of widgetTags) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
      expect(widget(doc, tag).status).to.equal('ready');
    }
  });
});
