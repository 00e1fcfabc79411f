/// <reference types="node" />
/**
 * An Eleventy plugin (Eleventy 3): widgets pre-rendered at build time, with the browser files
 * copied next to the pages.
 *
 * ```js
 * // eleventy.config.js
 * import mendkit from 'mendkit/eleventy';
 * export default (eleventyConfig) => eleventyConfig.addPlugin(mendkit);
 * ```
 * ```njk
 * {% mendkitHead %}                            (in <head>: the reserve stylesheet, the script and its hint)
 * {% mendkit "quiz", { lang: "es" } %}       (anywhere in the body)
 * ```
 */
import { join } from 'node:path';
import { hydrateHead } from './preload.js';
import { copyBrowserFiles, renderWidget, RenderWidgetError, type AttributeValue } from './ssr.js';
import type { KindName } from '@mendkit/core/content';

export interface MendkitEleventyOptions {
  /** Where the browser files go, under the output folder and in page URLs. Default `mendkit`. */
  assets?: string;
}

/** The part of Eleventy's configuration API this plugin uses. */
export interface EleventyConfigLike {
  addShortcode(name: string, shortcode: (...args: never[]) => string): void;
  addAsyncShortcode(name: string, shortcode: (...args: never[]) => Promise<string>): void;
  on(
    event: 'eleventy.after',
    listener: (event: { dir: { output: string }; directories?: { output: string } }) => void,
  ): void;
}

/** What a template may pass after the kind: a language, or the element's attributes with `lang` and `content`. */
export type MendkitShortcodeOptions = string | ({ content?: unknown } & Record<string, AttributeValue | unknown>);

const assetFolder = /^[\w-]+(\/[\w-]+)*$/;

/**
 * Eleventy runs Markdown over shortcode output in `.md` pages. CommonMark keeps HTML raw when its
 * first line is an opening tag alone and no blank line follows, so the output is shaped that way
 * (no widget renders text whose blank lines matter: no <pre>, no <textarea>, no pre-wrap).
 */
const asHtmlBlock = (html: string): string =>
  html.replace(/\n[ \t]*(?=\n)/g, '').replace(/^(<mend-[a-z]+(?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*\s*>)/, '$1\n');

export default function mendkitEleventy(
  eleventyConfig: EleventyConfigLike,
  options: MendkitEleventyOptions = {},
): void {
  const assets = options.assets ?? 'mendkit';
  if (!assetFolder.test(assets)) {
    throw new RenderWidgetError(`mendkit/eleventy: "assets" should be a folder name like "mendkit", not "${assets}"`);
  }

  eleventyConfig.addAsyncShortcode('mendkit', async (kind: KindName, given: MendkitShortcodeOptions = {}) => {
    if (typeof given === 'string') return asHtmlBlock(await renderWidget({ kind, lang: given }));
    const { content, lang, ...rest } = given;
    const attrs: Record<string, AttributeValue> = {};
    for (const [name, value] of Object.entries(rest)) {
      // Nunjucks adds `__keywords` to keyword-argument objects; it is not an attribute.
      if (name === '__keywords') continue;
      if (value !== null && typeof value === 'object') {
        throw new RenderWidgetError(`mendkit shortcode: attribute "${name}" should be text, a number or true/false`);
      }
      attrs[name] = value as AttributeValue;
    }
    return asHtmlBlock(await renderWidget({ kind, lang: typeof lang === 'string' ? lang : undefined, content, attrs }));
  });

  // Root-relative URLs, so pages in sub-folders find the same files.
  eleventyConfig.addShortcode(
    'mendkitHead',
    () => `<link rel="stylesheet" href="/${assets}/reserve.css">\n${hydrateHead(`/${assets}/`)}`,
  );

  eleventyConfig.on('eleventy.after', ({ dir, directories }) => {
    // `directories` (Eleventy 3) holds the output folder after command-line flags; `dir` may not.
    copyBrowserFiles(join(directories?.output ?? dir.output, assets));
  });
}
