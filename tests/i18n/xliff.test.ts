import { expect } from '@open-wc/testing';

// Every interface string is translated in every locale, keeps its placeholders, and says
// something other than the English (no English left on a translated screen).

const locales = ['ar', 'de', 'es', 'fr'];
/** Targets that may equal their English source because the words are truly the same. */
const sameInEnglish: Record<string, string[]> = { ar: [], de: [], es: [], fr: [] };

async function units(locale: string) {
  const text = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror'), `${locale}.xlf is not well-formed`).to.equal(null);
  return [...doc.querySelectorAll('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id') ?? '',
    source: unit.querySelector('source'),
    target: unit.querySelector('target'),
  }));
}

const placeholders = (el: Element | null) =>
  [...(el?.querySelectorAll('x') ?? [])].map((x) => `${x.getAttribute('id')}=${x.getAttribute('equiv-text')}`).sort();

describe('interface translations (xliff/)', () => {
  it('every locale has the same units', async () => {
    const ids = await Promise.all(locales.map(async (l) => (await units(l)).map((u) => u.id).sort()));
    expect(ids[0]!.length).to.be.greaterThan(50);
    for (const list of ids) expect(list).to.deep.equal(ids[0]);
  });

  for (const locale of locales) {
    it(`${locale}: every unit has a non-empty target with the source's placeholders`, async () => {
      for (const { id, source, target } of await units(locale)) {
        expect(Boolean(target?.textContent?.trim()), `${locale} ${id} has no target`).to.equal(true);
        expect(placeholders(target), `${locale} ${id} placeholders`).to.deep.equal(placeholders(source));
      }
    });

    it(`${locale}: no target is the English source, except listed words`, async () => {
      const same = (await units(locale))
        .filter(({ source, target }) => source?.textContent?.trim() === target?.textContent?.trim())
        .map(({ id }) => id);
      expect(same).to.deep.equal(sameInEnglish[locale]);
    });
  }
});
