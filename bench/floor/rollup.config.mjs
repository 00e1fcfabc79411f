// The floor's own build: one minified file per variant, Lit (and zod/mini) inside.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const variant = (name, validator, input = './quiz.js') => ({
  input: here(input),
  plugins: [
    { name: 'validator', resolveId: (id) => (id === 'virtual:validate' ? here(validator) : null) },
    nodeResolve(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  output: { file: here(`./dist/${name}.js`), format: 'esm' },
});

export default [
  variant('floor', './validate-none.js'),
  variant('floor-zod', './validate-zod.js'),
  variant('floor-explainer', './validate-none.js', './explainer.js'),
  variant('floor-checklist', './validate-none.js', './checklist.js'),
];
