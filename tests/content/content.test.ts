import { validateKind, type KindName } from '@mendkit/core';
import { expect } from '@open-wc/testing';

// Every document in content/ (each kind, id and locale) is checked here, so the built-in
// content the widgets trust without validating at run time is known to be valid.

const files: string[] = await (await fetch('/__mendkit/content-index.json')).json();

describe('content/', () => {
  it('has documents for every widget kind', () => {
    const kinds = new Set(files.map((file) => file.split('/')[1]));
    expect([...kinds].sort()).to.deep.equal(['checklist', 'explainer', 'quiz']);
  });

  for (const file of files) {
    const [, kind, id, name] = file.split('/') as [string, KindName, string, string];
    const locale = name.replace(/\.json$/, '');

    it(`${file} is valid, named after its id and locale, and points at its JSON Schema`, async () => {
      const doc = await (await fetch(`/${file}`)).json();
      const result = validateKind(kind, doc);
      expect(result.ok ? [] : result.problems, file).to.deep.equal([]);
      expect(doc.id).to.equal(id);
      expect(doc.locale).to.equal(locale);
      expect(doc.$schema).to.equal(`../../../packages/core/schemas/${kind}.schema.json`);
      const schema = await fetch(`/packages/core/schemas/${kind}.schema.json`);
      expect(schema.status).to.equal(200);
      expect((await schema.json()).title).to.equal(`mendkit ${kind} content`);
    });
  }

  // Translations say the same things in another language: same ids, same structure, same
  // numbers and rules. Only human-readable text may differ.
  const notText = new Set(['$schema', 'kind', 'id', 'version', 'target', 'href', 'cadence', 'path', 'dimension', 'concept', 'flag', 'flags', 'question', 'option']); // prettier-ignore
  const skeleton = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((item) => skeleton(item, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]));
    return typeof value === 'string' && !notText.has(key) ? 'text' : value;
  };

  for (const file of files.filter((f) => !f.endsWith('/en.json'))) {
    const english = file.replace(/[\w-]+\.json$/, 'en.json');
    it(`${file} has exactly the structure, ids and numbers of ${english}`, async () => {
      const [translated, source] = await Promise.all([file, english].map(async (f) => (await fetch(`/${f}`)).json()));
      expect(files).to.include(english);
      const { locale: _locale, ...rest } = translated;
      const { locale: _sourceLocale, ...sourceRest } = source;
      expect(skeleton(rest)).to.deep.equal(skeleton(sourceRest));
    });
  }
});
