import { MendElement, onInterfaceLocaleRequest, type MendErrorEvent, type QuizContent } from '@mendkit/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { type TemplateResult, html as litHtml } from 'lit';
import { stubWindowFetch } from '../support/fake-fetch.js';
import { quizFixture } from '../support/fixtures.js';
import { settled, shadow } from '../support/helpers.js';

/** The smallest widget: shows its content's title. */
class TestWidget extends MendElement<'quiz'> {
  protected readonly contentKind = 'quiz';
  protected override readonly defaultContent = {
    en: () => Promise.resolve({ ...quizFixture(), title: 'Built-in title' }),
    es: () => Promise.resolve({ ...quizFixture(), locale: 'es', title: 'Título integrado' }),
    ar: () => Promise.resolve({ ...quizFixture(), locale: 'ar', title: 'عنوان' }),
  };
  protected renderContent(doc: QuizContent): TemplateResult {
    return litHtml`<h2>${doc.title}</h2>`;
  }
}
customElements.define('test-widget', TestWidget);

const title = (el: Element) => shadow(el).querySelector('h2')?.textContent;

function captureConsoleErrors() {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.error = original) };
}

describe('MendElement', () => {
  let consoleErrors: ReturnType<typeof captureConsoleErrors>;
  beforeEach(() => (consoleErrors = captureConsoleErrors()));
  afterEach(() => consoleErrors.restore());

  it('shows its built-in content when the site gives none, and says it is ready', async () => {
    const el = document.createElement('test-widget') as TestWidget;
    const readyEvent = oneEvent(el, 'mend-ready');
    document.body.append(el);
    try {
      const ready = await readyEvent;
      expect(ready.detail).to.deep.equal({ contentId: 'tiny-quiz', version: '1.2.0' });
      expect(ready.bubbles && ready.composed).to.equal(true);
      expect(title(el)).to.equal('Built-in title');
      expect(el.status).to.equal('ready');
    } finally {
      el.remove();
    }
  });

  it('reserves space while loading so the page does not jump', async () => {
    const fetch = stubWindowFetch();
    try {
      const el = await fixture<TestWidget>(html`<test-widget src="/slow.json"></test-widget>`);
      expect(el.status).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
      expect(shadow(el).querySelector('[aria-busy="true"]')).to.not.equal(null);
    } finally {
      fetch.restore();
    }
  });

  describe('with invalid content', () => {
    const invalid = () => ({ ...quizFixture(), version: 'one', title: '' });

    it('renders an alert listing each problem by path, logs once and fires mend-error', async () => {
      const el = document.createElement('test-widget') as TestWidget;
      el.content = invalid();
      const errorEvent = oneEvent(el, 'mend-error') as Promise<MendErrorEvent>;
      document.body.append(el);
      const { detail } = await errorEvent;
      try {
        expect(detail).to.deep.equal({
          contentId: 'tiny-quiz',
          version: 'one',
          kind: 'validation',
          problems: [
            { path: 'version', message: 'should be a semantic version like "1.0.0"' },
            { path: 'title', message: 'is empty' },
          ],
        });
        const panel = shadow(el).querySelector('[role="alert"]');
        expect(panel?.textContent).to.contain('This content has mistakes');
        expect(
          [...panel!.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
        ).to.deep.equal(['version: should be a semantic version like "1.0.0"', 'title: is empty']);
        expect(panel!.querySelector('button')).to.equal(null);
        expect(consoleErrors.calls).to.have.length(1);
        expect(String(consoleErrors.calls[0]?.[0])).to.contain('title: is empty');
      } finally {
        el.remove();
      }
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme`, async () => {
        const el = await settled(
          await fixture<TestWidget>(html`<test-widget theme=${theme} .content=${invalid()}></test-widget>`),
        );
        expect(el.status).to.equal('error');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('with src', () => {
    let fetch: ReturnType<typeof stubWindowFetch>;
    beforeEach(() => (fetch = stubWindowFetch()));
    afterEach(() => fetch.restore());

    it('offers Try again after a network error, and recovers', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src="/quiz.json"></test-widget>`);
      await waitUntil(() => fetch.requests.length === 1);
      fetch.requests[0]!.respond('gone', 404);
      await settled(el);
      expect(el.status).to.equal('error');
      await expect(el).to.be.accessible();
      const retry = shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button');
      expect(retry?.textContent?.trim()).to.equal('Try again');
      retry!.click();
      await waitUntil(() => fetch.requests.length === 2);
      fetch.requests[1]!.respond(JSON.stringify({ ...quizFixture(), title: 'From the server' }));
      await waitUntil(() => el.status === 'ready');
      await el.updateComplete;
      expect(title(el)).to.equal('From the server');
    });

    it('aborts the old request when src changes mid-flight and shows the new one', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src="/first.json"></test-widget>`);
      await waitUntil(() => fetch.requests.length === 1);
      el.src = '/second.json';
      await waitUntil(() => fetch.requests.length === 2);
      expect(fetch.requests[0]!.signal?.aborted).to.equal(true);
      fetch.requests[1]!.respond(JSON.stringify({ ...quizFixture(), title: 'Second' }));
      await waitUntil(() => el.status === 'ready');
      await el.updateComplete;
      expect(title(el)).to.equal('Second');
      expect(consoleErrors.calls).to.have.length(0);
    });

    it('aborts when removed mid-flight, and loads again when put back', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src="/quiz.json"></test-widget>`);
      await waitUntil(() => fetch.requests.length === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(fetch.requests[0]!.signal?.aborted).to.equal(true);
      parent.append(el);
      await waitUntil(() => fetch.requests.length === 2);
      fetch.requests[1]!.respond(JSON.stringify(quizFixture()));
      await waitUntil(() => el.status === 'ready');
      expect(consoleErrors.calls).to.have.length(0);
    });
  });

  it('reads an inline JSON script child', async () => {
    const doc = JSON.stringify({ ...quizFixture(), title: 'Inline title' });
    const el = await settled(
      await fixture<TestWidget>(
        html`<test-widget
          ><script type="application/json">
            ${doc}
          </script></test-widget
        >`,
      ),
    );
    expect(title(el)).to.equal('Inline title');
  });

  it('switches palettes with the theme attribute', async () => {
    const el = await settled(await fixture<TestWidget>(html`<test-widget theme="light"></test-widget>`));
    const surface = () => getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor;
    expect(surface()).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(surface()).to.equal('rgb(22, 27, 34)');
  });

  it('lets a site override colours with custom properties', async () => {
    const el = await settled(
      await fixture<TestWidget>(html`<test-widget style="--mend-color-surface: rgb(1, 2, 3)"></test-widget>`),
    );
    expect(getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('takes direction from its content language', async () => {
    const el = await settled(
      await fixture<TestWidget>(html`<test-widget .content=${{ ...quizFixture(), locale: 'ar' }}></test-widget>`),
    );
    expect(shadow(el).querySelector('.base')?.getAttribute('dir')).to.equal('rtl');
  });

  describe('language', () => {
    let warnings: unknown[][];
    let originalWarn: typeof console.warn;
    beforeEach(() => {
      warnings = [];
      originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
    });
    afterEach(() => (console.warn = originalWarn));

    it('shows the built-in content of its language, a regional tag falling back to the base', async () => {
      const el = await settled(await fixture<TestWidget>(html`<test-widget lang="es-MX"></test-widget>`));
      expect(title(el)).to.equal('Título integrado');
      expect(warnings).to.have.length(0);
    });

    it('falls back to English with a single warning when a language has no content', async () => {
      const first = await settled(await fixture<TestWidget>(html`<test-widget lang="ja"></test-widget>`));
      await settled(await fixture<TestWidget>(html`<test-widget lang="ja"></test-widget>`));
      expect(title(first)).to.equal('Built-in title');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.equal(
        '[mendkit] <test-widget> has no built-in content in "ja"; showing English.',
      );
    });

    it('reloads its built-in content when lang changes on it or an ancestor, and turns right to left', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-widget></test-widget></div>`);
      const el = await settled(wrapper.querySelector<TestWidget>('test-widget')!);
      expect(title(el)).to.equal('Built-in title');
      wrapper.lang = 'ar';
      await waitUntil(() => title(el) === 'عنوان', 'did not switch to Arabic');
      expect(shadow(el).querySelector('.base')?.getAttribute('dir')).to.equal('rtl');
      el.lang = 'es';
      await waitUntil(() => title(el) === 'Título integrado', 'did not switch to Spanish');
      expect(shadow(el).querySelector('.base')?.getAttribute('dir')).to.equal('ltr');
    });

    it('asks for the interface strings in the language of the content it shows', async () => {
      const requested: string[] = [];
      onInterfaceLocaleRequest((locale) => requested.push(locale));
      try {
        await settled(await fixture<TestWidget>(html`<test-widget lang="es"></test-widget>`));
        await settled(await fixture<TestWidget>(html`<test-widget lang="ja"></test-widget>`));
        expect(requested).to.deep.equal(['es', 'en']);
      } finally {
        onInterfaceLocaleRequest(() => undefined);
      }
    });

    it("keeps a site's own content when lang changes", async () => {
      const el = await settled(await fixture<TestWidget>(html`<test-widget .content=${quizFixture()}></test-widget>`));
      el.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(title(el)).to.equal('A tiny quiz');
    });
  });
});
