// This page configures @lit/localize (once per page, as a site using the CDN bundle would).
import '@mendkit/core/localize.js';
import '@mendkit/checklist/mend-checklist.js';
import '@mendkit/explainer/mend-explainer.js';
import '@mendkit/quiz/mend-quiz.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { settled, shadow } from '../support/helpers.js';

type Widget = HTMLElement & { status: 'loading' | 'ready' | 'error'; updateComplete: Promise<boolean> };

const text = (el: Element) => shadow(el).textContent?.replace(/\s+/g, ' ') ?? '';
const buttons = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].map((b) => b.textContent?.trim() ?? '');
const until = (what: string, check: () => boolean) => waitUntil(check, what, { timeout: 4000 });

describe('localized widgets', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    for (const key of Object.keys(localStorage)) if (key.startsWith('mendkit:')) localStorage.removeItem(key);
  });

  it('speak Spanish, content and interface, from lang="es-MX"', async () => {
    const quiz = await settled(await fixture<Widget>(html`<mend-quiz lang="es-MX" no-persist></mend-quiz>`));
    await until('Spanish buttons', () => buttons(quiz).includes('Empezar'));
    expect(text(quiz)).to.contain('¿Se puede reparar esta relación?');
    expect(shadow(quiz).querySelector('.base')?.getAttribute('dir')).to.equal('ltr');
    await expect(quiz).to.be.accessible();
  });

  it('follow the page language when <html lang> is all a site sets', async () => {
    document.documentElement.lang = 'de';
    const el = await settled(await fixture<Widget>(html`<mend-checklist no-persist></mend-checklist>`));
    await until('German strings', () => /erledigt/.test(text(el)));
    expect(text(el)).to.contain('Vertrauen');
  });

  it('switch language at run time without losing answers', async () => {
    const quiz = await settled(await fixture<Widget>(html`<mend-quiz lang="en" no-persist></mend-quiz>`));
    shadow(quiz).querySelector<HTMLButtonElement>('button.primary')!.click();
    await quiz.updateComplete;
    const firstOption = shadow(quiz).querySelector<HTMLInputElement>('input[type="radio"]')!;
    firstOption.click();
    await quiz.updateComplete;
    expect(text(quiz)).to.contain('Question 1 of');
    quiz.lang = 'es';
    await until('Spanish question', () => text(quiz).includes('Pregunta 1 de'));
    const checked = shadow(quiz).querySelector<HTMLInputElement>('input[type="radio"]:checked');
    expect(checked?.value ?? checked?.id).to.equal(firstOption.value || firstOption.id);
  });

  it("render Arabic right to left with mirrored bars and the locale's digits", async () => {
    const quiz = await settled(await fixture<Widget>(html`<mend-quiz lang="ar" no-persist></mend-quiz>`));
    await until('Arabic buttons', () => buttons(quiz).includes('البدء'));
    expect(shadow(quiz).querySelector('.base')?.getAttribute('dir')).to.equal('rtl');
    shadow(quiz).querySelector<HTMLButtonElement>('button.primary')!.click();
    await quiz.updateComplete;
    const one = new Intl.NumberFormat('ar').format(1);
    await until('Arabic progress', () => text(quiz).includes(`السؤال ${one} من`));
    const fill = shadow(quiz).querySelector('.fill')!.getBoundingClientRect();
    const track = shadow(quiz).querySelector('.fill')!.parentElement!.getBoundingClientRect();
    // The bar grows from the right edge in a right-to-left layout.
    expect(Math.round(fill.right)).to.equal(Math.round(track.right));
    expect(fill.width).to.be.lessThan(track.width);
  });

  for (const locale of ['ar', 'es']) {
    for (const tag of ['mend-quiz', 'mend-explainer', 'mend-checklist']) {
      it(`${tag} passes axe in ${locale}`, async () => {
        const wrapper = await fixture(html`<div lang=${locale}></div>`);
        const el = document.createElement(tag) as Widget;
        el.setAttribute('no-persist', '');
        wrapper.append(el);
        await settled(el);
        expect(el.status).to.equal('ready');
        await expect(el).to.be.accessible();
      });
    }
  }
});
