import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

const packages = ['core', 'quiz', 'explainer', 'checklist', 'mendkit', 'react'];

/** Every source module of a package except stories; generated modules included. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.stories.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const typescript = (options = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', ...options });

/** npm: unbundled ES modules with their sources' layout; dependencies stay imports. */
const npmBuilds = packages.map((name) => ({
  input: sources(`packages/${name}/src`),
  external: (id) => /^(lit|@lit\/|@mendkit\/|zod|react)(\/|$)/.test(id),
  plugins: [typescript()],
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

// Readable chunk names, so a page's requests say what they are: quiz-content-es, strings-ar.
function chunkFileNames({ facadeModuleId }) {
  const path = facadeModuleId?.replaceAll('\\', '/') ?? '';
  const content = /packages\/(\w+)\/src\/generated\/content\/([\w-]+)\.ts$/.exec(path);
  if (content) return `chunks/${content[1]}-content-${content[2]}-[hash].js`;
  const strings = /generated\/locales\/([\w-]+)\.ts$/.exec(path);
  if (strings) return `chunks/strings-${strings[1]}-[hash].js`;
  return 'chunks/[name]-[hash].js';
}

/**
 * CDN: minified ES modules with everything inside (lit included); content, interface strings
 * and the validator are chunks loaded on demand, resolved relative to the entry's own URL so
 * any CDN path works. mendkit.js is built alone so it stays one file; the one-widget entries
 * share their chunks with each other.
 */
const cdn = (input) => ({
  input,
  plugins: [
    nodeResolve({ exportConditions: ['@mendkit/source'], extensions: ['.ts', '.js'] }),
    typescript(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  // No maps for the CDN files: with lit's sources inside they would quadruple the package.
  output: { dir: 'packages/mendkit/dist', format: 'esm', entryFileNames: '[name].js', chunkFileNames },
});

const cdnBuilds = [
  cdn({ mendkit: 'packages/mendkit/cdn/mendkit.ts' }),
  cdn({
    'mend-quiz': 'packages/mendkit/cdn/mend-quiz.ts',
    'mend-explainer': 'packages/mendkit/cdn/mend-explainer.ts',
    'mend-checklist': 'packages/mendkit/cdn/mend-checklist.ts',
  }),
];

export default [...npmBuilds, ...cdnBuilds];
