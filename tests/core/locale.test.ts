import { directionOf, formatNumber, matchLocale, resolveLocale } from '@mendkit/core';
import { expect, fixture, html } from '@open-wc/testing';

describe('locale', () => {
  it('resolves the element, then the nearest ancestor, then the document, then English', async () => {
    const tree = await fixture(
      html`<div lang="fr">
        <section><span id="own" lang="de"></span><span id="inherits"></span></section>
      </div>`,
    );
    expect(resolveLocale(tree.querySelector('#own')!)).to.equal('de');
    expect(resolveLocale(tree.querySelector('#inherits')!)).to.equal('fr');
    const loose = await fixture(html`<span></span>`);
    const documentLang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'es';
      expect(resolveLocale(loose)).to.equal('es');
      document.documentElement.lang = '';
      expect(resolveLocale(loose)).to.equal('en');
    } finally {
      document.documentElement.lang = documentLang;
    }
  });

  it('matches exactly, then by base language', () => {
    expect(matchLocale('es-MX', ['en', 'es'])).to.equal('es');
    expect(matchLocale('pt-BR', ['en', 'pt-BR'])).to.equal('pt-BR');
    expect(matchLocale('DE', ['en', 'de'])).to.equal('de');
    expect(matchLocale('ja', ['en', 'es'])).to.equal(undefined);
  });

  it('knows which scripts run right to left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('es')).to.equal('ltr');
  });

  it('formats numbers as Intl does for the locale, English integers without building a formatter', () => {
    for (const n of [0, 7, 14, 999, 1000, 12345, 2.5])
      expect(formatNumber(n, 'en'), String(n)).to.equal(new Intl.NumberFormat('en').format(n));
    expect(formatNumber(1234.5, 'de')).to.equal(new Intl.NumberFormat('de').format(1234.5));
    expect(formatNumber(3, 'ar')).to.equal(new Intl.NumberFormat('ar').format(3));
    expect(formatNumber(3, 'not a locale')).to.equal('3');
  });
});
