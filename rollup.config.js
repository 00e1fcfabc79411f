import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { widgetTags } from './kinds.js';
import { stripMsgDescRollup } from './scripts/strip-msg-desc.mjs';
import { stripSchemaDocsRollup } from './scripts/strip-schema-docs.mjs';

// Every workspace is built for npm; the kinds' tags name the one-widget CDN entries.
const workspaces = JSON.parse(readFileSync('package.json', 'utf8')).workspaces;
const packages = workspaces.map((path) => path.replace(/^packages\//, ''));

/** Every source module of a package except stories; generated modules included. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.stories.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const typescript = (options = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', ...options });

/**
 * Our html`` and css`` templates, minified (a third of a widget's own code was their
 * indentation). The npm and CDN builds share it: server rendering (npm) and hydration (CDN)
 * must see the very same template strings. CSS is only minified, never lowered for old browsers.
 */
const templates = () =>
  minifyLiterals({
    include: ['packages/*/src/**/*.ts'],
    // Templates the minifier cannot parse (palettes spliced into rules, a tag chosen at run
    // time); anything else it cannot parse stops the build.
    exclude: ['packages/core/src/element/tokens.ts', 'packages/mendkit/src/ssr.ts'],
    failOnError: true,
    // Conservative: a run of whitespace becomes one space, never none, so text joined across
    // template parts (`<code>${path}</code>: ${message}`) keeps its spaces.
    options: { minifyOptions: { minifyCSS: { minify: true }, conservativeCollapse: true } },
  });

/** npm: unbundled ES modules with their sources' layout; dependencies stay imports. */
const npmBuilds = packages.map((name) => ({
  input: sources(`packages/${name}/src`),
  external: (id) => /^(lit|@lit\/|@lit-labs\/|@mendkit\/|zod|react)(\/|$)|^node:/.test(id),
  plugins: [templates(), typescript()],
  output: {
    dir: `packages/${name}/dist`,
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    // The maps carry the TypeScript sources inside (sourcesContent), so a debugger shows them
    // although the packages ship no src/.
    sourcemap: true,
  },
}));

/**
 * The name a chunk goes by, from the module it stands for: `quiz-content-es`, `strings-ar`,
 * `validate-quiz`; undefined for others. Its file name and its key in the file map (files.json).
 */
function chunkKey(facadeModuleId) {
  const path = facadeModuleId?.replaceAll('\\', '/') ?? '';
  const content = /packages\/(\w+)\/src\/generated\/content\/([\w-]+)\.ts$/.exec(path);
  if (content) return `${content[1]}-content-${content[2]}`;
  const strings = /generated\/strings\/([\w-]+)\.ts$/.exec(path);
  if (strings) return `strings-${strings[1]}`;
  const validator = /content\/validators\/(\w+)\.ts$/.exec(path);
  return validator ? `validate-${validator[1]}` : undefined;
}

// Readable chunk names, so a page's requests say what they are: quiz-content-es, strings-ar.
function chunkFileNames({ facadeModuleId, moduleIds }) {
  const key = chunkKey(facadeModuleId);
  if (key) return `chunks/${key}-[hash].js`;
  // The validators' shared part (zod and the common checks) has no facade of its own.
  if (moduleIds.some((id) => /content[\\/]validators[\\/]shared\.ts$/.test(id)))
    return 'chunks/validate-shared-[hash].js';
  return 'chunks/[name]-[hash].js';
}

/**
 * CDN: minified ES modules with everything inside (lit included); content, interface strings
 * and the validator are chunks loaded on demand, resolved relative to the entry's own URL so
 * any CDN path works. mendkit.js is built alone so it stays one file; the one-widget entries
 * share their chunks with each other.
 */
const cdn = (input, extra = []) => ({
  input,
  // Our modules are free of side effects except those that define elements or configure
  // localization (the packages' "sideEffects" say the same to bundlers; modules reached by a
  // relative import would otherwise count as side-effectful and drag the validator in).
  treeshake: {
    moduleSideEffects: (id) =>
      !/[\\/]packages[\\/][a-z]+[\\/]src[\\/]/.test(id) || /[\\/](mend-[a-z]+|localize|define|hydrate)\.ts$/.test(id),
  },
  plugins: [
    ...extra,
    nodeResolve({ exportConditions: ['@mendkit/source'], extensions: ['.ts', '.js'] }),
    templates(),
    stripMsgDescRollup(),
    typescript(),
    stripSchemaDocsRollup(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  // No maps for the CDN files: with lit's sources inside they would quadruple the package.
  output: { dir: 'packages/mendkit/dist', format: 'esm', entryFileNames: '[name].js', chunkFileNames },
});

/**
 * Copies the iframe embed page (packages/mendkit/embed/) and the space-reserving stylesheet
 * beside the CDN entries, so a self-hosted dist/ has everything a page links to.
 */
const embedPage = {
  name: 'mendkit-embed-page',
  generateBundle() {
    for (const fileName of readdirSync('packages/mendkit/embed'))
      this.emitFile({ type: 'asset', fileName, source: readFileSync(join('packages/mendkit/embed', fileName)) });
    this.emitFile({ type: 'asset', fileName: 'reserve.css', source: readFileSync('packages/mendkit/reserve.css') });
  },
};

/**
 * The all-widget entries (mendkit.js, mendkit-hydrate.js) are one-line files importing the real
 * entry from chunks/, so every chunk imports only its siblings and never an entry by name: a site
 * that renames an entry (or serves it under a hashed name) still gets working chunks.
 */
const entryStub = (fileName) => ({
  name: 'mendkit-entry-stub',
  generateBundle(_, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    if (!entry) this.error(`the entry behind ${fileName} was not built`);
    this.emitFile({ type: 'asset', fileName, source: `import"./${entry.fileName}";\n` });
  },
});

/** A CDN build whose public entry is a stub (see entryStub). */
const stubbedCdn = (name, input) => {
  const { output, ...build } = cdn({ [`${name}-runtime`]: input }, [entryStub(`${name}.js`)]);
  return { ...build, output: { ...output, entryFileNames: 'chunks/[name]-[hash].js' } };
};

/**
 * Writes the file map into mendkit.js and beside it as files.json: for each widget tag, each
 * kind's validator, each language's interface strings and built-in content (see chunkKey), the
 * file and every chunk it imports statically, so the autoloader requests them all at once instead
 * of one import level per round trip. Also checks that no chunk imports the autoloader, which a
 * site may rename.
 */
const autoloaderGraph = {
  name: 'mendkit-autoloader-graph',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const loader = bundle['mendkit.js'];
    if (!loader) this.error('mendkit.js was not built');
    const closure = (file, out = []) => {
      if (out.includes(file.fileName)) return out;
      out.push(file.fileName);
      for (const name of file.imports) closure(bundle[name], out);
      return out;
    };
    const graph = {};
    for (const chunk of chunks) {
      if (chunk.imports.includes('mendkit.js') || chunk.dynamicImports.includes('mendkit.js'))
        this.error(`${chunk.fileName} imports mendkit.js`);
      const key = (chunk.isEntry && chunk.name.startsWith('mend-') && chunk.name) || chunkKey(chunk.facadeModuleId);
      if (key) graph[key] = closure(chunk);
    }
    for (const tag of widgetTags) if (!graph[tag]) this.error(`no ${tag}.js for the autoloader`);
    const placeholder = /(["'`])__MENDKIT_GRAPH__\1/;
    if (!placeholder.test(loader.code)) this.error('the autoloader has no __MENDKIT_GRAPH__ to fill in');
    loader.code = loader.code.replace(placeholder, () => JSON.stringify(JSON.stringify(graph)));
    // The same map for servers writing preload hints (mendkit/preload, the WordPress plugin).
    this.emitFile({ type: 'asset', fileName: 'files.json', source: `${JSON.stringify(graph, null, 1)}\n` });
  },
};

/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere) on the files whose
 * functions nearly all run once they load: the shared chunk, the widget files, and the
 * validator, which loads only to check content. The engine then compiles them eagerly, off the
 * main thread while they stream in, instead of lazily one function at a time on it. Strings and
 * content chunks are data. Added after minification, which would drop it as a comment.
 */
const compileHints = {
  name: 'mendkit-compile-hints',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle))
      if (
        file.type === 'chunk' &&
        /^(mend-[a-z]+|chunks\/(mendkit-core|validate-[a-z]+)-[\w-]+)\.js$/.test(file.fileName)
      )
        file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
  },
};

const cdnBuilds = [
  stubbedCdn('mendkit-hydrate', 'packages/mendkit/cdn/mendkit-hydrate.ts'),
  // The autoloader and the one-widget entries in one build, so they share every chunk: the
  // autoloader loads exactly the file a page could name itself.
  {
    ...cdn(
      {
        mendkit: 'packages/mendkit/cdn/mendkit.ts',
        ...Object.fromEntries(widgetTags.map((tag) => [tag, `packages/mendkit/cdn/${tag}.ts`])),
      },
      [embedPage, autoloaderGraph, compileHints],
    ),
  },
];
// Lit and the element runtime every widget needs, in one chunk: left to itself rollup splits off
// 350-byte chunks (quiz-rules, css-properties) that each cost a request for nothing. The list of
// loaded validators goes there too: the validator chunks write to the copy the widgets read.
const shared =
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]localize)[\\/]|packages[\\/]core[\\/]src[\\/](element[\\/]|localize\.ts|content[\\/](quiz-rules|validators[\\/]loaded)\.ts)/;
cdnBuilds[1].output.manualChunks = (id) => (shared.test(id) ? 'mendkit-core' : undefined);

// MENDKIT_BUILD=cdn builds only the CDN files (the bench and size checks need no npm builds).
export default process.env.MENDKIT_BUILD === 'cdn' ? cdnBuilds : [...npmBuilds, ...cdnBuilds];
