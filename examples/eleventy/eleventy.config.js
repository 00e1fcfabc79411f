// An Eleventy 3 site that pre-renders mendkit widgets at build time:
//   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.js
// The plugin adds the `mendkit` and `mendkitHead` shortcodes and copies the browser files.
import mendkit from 'mendkit/eleventy';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(mendkit);
}

export const config = {
  dir: { input: 'examples/eleventy/src', output: 'examples/eleventy/_site' },
};
