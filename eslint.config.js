import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      'packages/*/src/generated/**',
      'scripts/.tmp/**',
      'examples/static-site/_site/**',
      'examples/eleventy/_site/**',
      // A made-up kind's files, type-checked and linted only inside the add-kind dry run.
      'tests/add-kind/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended ?? {},
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Lit elements declare reactive properties with `declare`, so there is no field to initialise.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: [
      'scripts/**',
      '*.config.js',
      'rollup.config.js',
      'tests/support/*.js',
      'tests/**/*.mjs',
      'packages/*/bin/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Each widget class merges with an interface of typed addEventListener overloads (at the
    // end of its file), which is how DOM types do it.
    files: ['packages/*/src/{quiz,explainer,checklist}.ts'],
    rules: { '@typescript-eslint/no-unsafe-declaration-merging': 'off' },
  },
  {
    // Type-level tests keep values only to look at their types.
    files: ['tests/types/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
