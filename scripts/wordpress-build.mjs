// Builds the WordPress plugin: packages/wordpress/dist/mendkit/ (the plugin folder) and
// packages/wordpress/dist/mendkit-wordpress.zip (what a site uploads under Plugins → Add New).
// The plugin ships the self-hosted CDN build of the widgets, so no page loads anything from
// another site. Run after the widgets' build (`npm run build` calls it last).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { zipDirectory } from './wordpress-zip.mjs';

const source = 'packages/wordpress';
const out = join(source, 'dist');
const plugin = join(out, 'mendkit');
const widgets = 'packages/mendkit/dist';

if (!existsSync(join(widgets, 'mendkit.js'))) {
  console.error('wordpress-build: packages/mendkit/dist/mendkit.js is missing; run `npm run build` first.');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });
for (const entry of ['mendkit.php', 'uninstall.php', 'readme.txt', 'includes', 'blocks', 'assets']) {
  cpSync(join(source, entry), join(plugin, entry), { recursive: true });
}
cpSync('packages/core/schemas', join(plugin, 'schemas'), { recursive: true });
cpSync('LICENSE', join(plugin, 'LICENSE'));

// The widgets: the CDN entry points, their chunks and the iframe embed page.
const shipped = readdirSync(widgets).filter(
  (name) =>
    name === 'chunks' ||
    name === 'files.json' ||
    /^(mendkit|mend-(quiz|explainer|checklist))\.js$/.test(name) ||
    name.startsWith('embed'),
);
for (const name of shipped) cpSync(join(widgets, name), join(plugin, 'widgets', name), { recursive: true });

// The settings page's validator: mendkit's own, so it gives the widget's exact messages.
const bundle = await rollup({
  onwarn(warning, warn) {
    // zod's own annotations and import cycles; harmless, and the CDN build hides them too.
    if (warning.code !== 'INVALID_ANNOTATION' && warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
  },
  input: join(source, 'validate-entry.js'),
  plugins: [
    nodeResolve({ exportConditions: ['@mendkit/source'], extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});
await bundle.write({ file: join(plugin, 'assets', 'validate.js'), format: 'esm', inlineDynamicImports: true });
await bundle.close();

writeFileSync(join(out, 'mendkit-wordpress.zip'), zipDirectory(plugin, 'mendkit'));
console.log(`wordpress-build: ${join(out, 'mendkit-wordpress.zip')}`);
