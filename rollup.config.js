import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

const packages = ['core', 'quiz', 'explainer', 'checklist', 'mendkit'];

/** Every source module of a package except stories; generated modules included. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.stories.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !file.endsWith(join('mendkit', 'src', 'cdn.ts')));
}

const typescript = (options = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', ...options });

/** npm: unbundled ES modules with their sources' layout; dependencies stay imports. */
const npmBuilds = packages.map((name) => ({
  input: sources(`packages/${name}/src`),
  external: (id) => /^(lit|@lit\/|@mendkit\/|zod)(\/|$)/.test(id),
  plugins: [typescript()],
  output: {
    dir: `packages/${name}/dist`,
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    sourcemap: true,
  },
}));

/** CDN: one self-contained, minified module; content and locales split into chunks loaded on demand. */
const cdnBuild = {
  input: 'packages/mendkit/src/cdn.ts',
  plugins: [
    nodeResolve({ exportConditions: ['@mendkit/source'], extensions: ['.ts', '.js'] }),
    typescript({ minify: false }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  output: {
    dir: 'packages/mendkit/dist',
    format: 'esm',
    entryFileNames: 'mendkit.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
};

export default [...npmBuilds, cdnBuild];
