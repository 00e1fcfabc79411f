// This page configures @lit/localize (once per page, as a site using the CDN bundle would).
import '@mendkit/core/localize.js';
import '@mendkit/checklist/mend-checklist.js';
import '@mendkit/explainer/mend-explainer.js';
import '@mendkit/quiz/mend-quiz.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { widgetTags } from '../../kinds.js';
import { settled, shadow } from '../support/helpers.js';

type Widget = HTMLElement & { status: 'loading' | 'ready' | 'error'; updateComplete: Promise<boolean> };

const text = (el: Element) => shadow(el).textContent?.replace(/\s+/g, ' ') ?? '';
const buttons = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].map((b) => b.textContent?.trim() ?? '');
const until = (what: string, check: () => boolean) => waitUntil(check, what, { timeout: 4000 });

describe('localized widgets', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    for (const storage of [localStorage, sessionStorage])
      for (const key of Object.keys(storage)) if (key.startsWith('mendkit:')) storage.removeItem(key);
  });

  it('speak Spanish, content and interface, from lang="es-MX"', async () => {
    const quiz = await settled(await fixture<Widget>(html`<mend-quiz lang="es-MX" persist="none"></mend-quiz>`));
    await until('Spanish buttons', () => buttons(quiz).includes('Empezar'));
    expect(text(quiz)).to.contain('¿Se puede reparar esta relación?');
    expect(shadow(quiz).querySelector('.base')?.getAttribute('dir')).to.equal('ltr');
    await expect(quiz).to.be.accessible();
  });

  it('follow the page language when <html lang> is all a site sets', async () => {
    document.documentElement.lang = 'de';
    const el = await settled(await fixture<Widget>(html`<mend-checklist persist="none"></mend-checklist>`));
    await until('German strings', () => /erledigt/.test(text(el)));
    expect(text(el)).to.contain('Vertrauen');
  });

  it('switch language at run time without losing answers', async () => {
    const quiz = await settled(await fixture<Widget>(html`<mend-quiz lang="en" persist="none"></mend-quiz>`));
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
    const quiz = await settled(await fixture<Widget>(html`<mend-quiz lang="ar" persist="none"></mend-quiz>`));
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
    for (const tag of widgetTags) {
      it(`${tag} passes axe in ${locale}`, async () => {
        const wrapper = await fixture(html`<div lang=${locale}></div>`);
        const el = document.createElement(tag) as Widget;
        el.setAttribute('persist', 'none');
        wrapper.append(el);
        await settled(el);
        expect(el.status).to.equal('ready');
        await expect(el).to.be.accessible();
      });
    }
  }

  // The support strip is the first thing someone in danger sees: it must speak their language.
  const goToSupport: Record<string, string> = {
    en: 'Go to support now',
    es: 'Ir a la ayuda ahora',
    fr: 'Aller vers l’aide maintenant',
    de: 'Jetzt zur Hilfe',
    ar: 'اذهب إلى المساعدة الآن',
  };
  for (const [locale, label] of Object.entries(goToSupport)) {
    it(`shows the support strip on the first safety answer in ${locale}`, async () => {
      const quiz = await settled(await fixture<Widget>(html`<mend-quiz lang=${locale} persist="none"></mend-quiz>`));
      shadow(quiz).querySelector<HTMLButtonElement>('button.primary')!.click();
      await quiz.updateComplete;
      (quiz as unknown as { current: string }).current = 'feel-afraid';
      (quiz as unknown as { requestUpdate(): void }).requestUpdate();
      await quiz.updateComplete;
      shadow(quiz).querySelector<HTMLInputElement>('input[name="feel-afraid"][value="often"]')!.click();
      await quiz.updateComplete;
      const strip = shadow(quiz).querySelector('[part~="support"]');
      expect(strip, 'the strip on the same screen').to.not.equal(null);
      await until(`the strip in ${locale}`, () => buttons(quiz).includes(label));
      expect(strip!.querySelector('a[href]')).to.not.equal(null);
      expect(strip!.querySelector('.leave')).to.not.equal(null);
      if (locale !== 'en') expect(strip!.textContent).not.to.contain('Thank you for saying this');
      await expect(quiz).to.be.accessible();
    });
  }
});
