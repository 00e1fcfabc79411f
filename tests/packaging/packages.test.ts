import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { kindNames, widgetTags } from '../../kinds.js';

// What `npm publish` would ship, checked against the build `npm test` just made.

const packFiles = (dir: string) => executeServerCommand<string[], { dir: string }>('mendkit-pack-files', { dir });

const common = ['LICENSE', 'README.md', 'package.json'];
// Source maps ship (their sources are inside them); the sources themselves do not.
const forbidden = /(^|\/)(src|tests?|stories|node_modules)\/|\.stories\.|\.test\.|tsbuildinfo/;

describe('published packages', function () {
  this.timeout(120_000);

  for (const dir of ['core', ...kindNames, 'mendkit']) {
    it(`${dir}: ships built code, types and its README and license, and nothing else`, async () => {
      const files = await packFiles(dir);
      for (const file of common) expect(files, dir).to.include(file);
      expect(
        files.filter((file) => forbidden.test(file)),
        'files that should not ship',
      ).to.deep.equal([]);
      expect(files).to.include('dist/index.js');
      expect(files).to.include('dist/index.d.ts');
      // Every module comes with its declarations.
      const modules = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.includes('chunks/'));
      // Browser entry points (the CDN bundles and the iframe embed page's scripts) have no types.
      const cdnEntries = ['mendkit', 'mendkit-hydrate', ...widgetTags, 'embed', 'embed-parent'].map(
        (entry) => `dist/${entry}.js`,
      );
      for (const module of modules.filter((m) => dir !== 'mendkit' || !cdnEntries.includes(m)))
        expect(files, `${module} has no .d.ts`).to.include(module.replace(/\.js$/, '.d.ts'));
    });
  }

  it('core ships the JSON Schemas and the localization entry', async () => {
    const files = await packFiles('core');
    for (const kind of kindNames) expect(files).to.include(`schemas/${kind}.schema.json`);
    expect(files).to.include('dist/localize.js');
    expect(files).to.include('dist/generated/locales/es.js');
  });

  for (const kind of kindNames) {
    it(`${kind}: ships its element manifest and built-in content in every locale`, async () => {
      const files = await packFiles(kind);
      expect(files).to.include('custom-elements.json');
      expect(files).to.include(`dist/mend-${kind}.js`);
      for (const locale of ['ar', 'de', 'en', 'es', 'fr'])
        expect(files).to.include(`dist/generated/content/${locale}.js`);
    });
  }

  it('mendkit ships the CDN files and their chunks', async () => {
    const files = await packFiles('mendkit');
    for (const entry of ['mendkit', ...widgetTags]) expect(files).to.include(`dist/${entry}.js`);
    expect(files.some((f) => /^dist\/chunks\/quiz-content-es-[\w-]+\.js$/.test(f))).to.equal(true);
    expect(files).to.include('custom-elements.json');
  });

  it('installs from the packed tarballs into an empty project and imports in Node', async () => {
    const result = await executeServerCommand<
      { tarballs: number; exports: Record<string, string[]>; head: string },
      undefined
    >('mendkit-install-packed');
    expect(result.tarballs).to.equal(5);
    expect(result.exports['@mendkit/core']).to.include.members(['MendElement', 'validateKind', 'createStore']);
    expect(result.exports['@mendkit/quiz']).to.include('MendQuiz');
    expect(result.exports['@mendkit/explainer']).to.include('MendExplainer');
    expect(result.exports['@mendkit/checklist']).to.include('MendChecklist');
    expect(result.exports['mendkit']).to.include.members([
      'MendQuiz',
      'MendExplainer',
      'MendChecklist',
      'validateKind',
    ]);
    // The Spanish strings run before the quiz's own file, the shared chunk is hinted.
    expect(result.head).to.match(
      /<script type="module" src="\/mendkit\/chunks\/strings-es-[\w-]+\.js"><\/script>\n(.*\n)*<script type="module" src="\/mendkit\/mend-quiz\.js"><\/script>\n?$/,
    );
    expect(result.head).to.match(/<link rel="modulepreload" href="\/mendkit\/chunks\/mendkit-core-[\w-]+\.js">/);
  });
});
