/// <reference types="node" />
/**
 * Preload hints for pages that show widgets (Node). Without them the browser learns of a widget's
 * shared chunk, strings and content only once a script has run; hints in the page let it fetch
 * them all at once, which saves a round trip (hundreds of milliseconds on a slow phone network).
 *
 * ```js
 * import { embedHead } from 'mendkit/preload';
 * embedHead({ kinds: ['quiz'], lang: 'es', base: '/mendkit/' });
 * // <link rel="stylesheet" href="/mendkit/reserve.css">
 * // <link rel="modulepreload" href="/mendkit/chunks/mendkit-core-….js">
 * // <script type="module" src="/mendkit/chunks/strings-es-….js"></script>
 * // <script type="module" src="/mendkit/chunks/quiz-content-es-….js"></script>
 * // <script type="module" src="/mendkit/mend-quiz.js"></script>
 * ```
 *
 * The shared chunks' names carry a hash that changes with each release: write the hints when the
 * page is built, from the same copy of mendkit as the files it links. A stale hint costs one
 * wasted request and nothing else; the scripts still load what they need.
 */
import { readFileSync } from 'node:fs';
import type { KindName } from '@mendkit/core/content';
import { firstScreenKeys, type ContentSource, type FileMap } from './first-screen.js';
import { escapeAttribute, packageFile } from './package-files.js';

export type { ContentSource } from './first-screen.js';

export interface PreloadOptions {
  /** The widgets on the page. */
  kinds: readonly KindName[];
  /** The page's language (BCP 47): picks the interface strings and built-in content. Default `en`. */
  lang?: string;
  /**
   * Where the widgets' content comes from: `built-in` (default), `stamped` (inline JSON written
   * by `mendkit validate --stamp`), `inline` (inline JSON without a stamp: adds the checker) or `src`.
   */
  content?: ContentSource;
  /** The URL of the folder of mendkit's files (mendkit.js, mend-*.js, chunks/), as the page links it. Default `/mendkit/`. */
  base?: string;
}

const distFile = (name: string) => readFileSync(packageFile('dist', name), 'utf8');

// Read once per process: a site build asks for every page it writes.
let cachedMap: FileMap | undefined;
let cachedHydrate: string[] | undefined;

/** The build's map of files (dist/files.json). */
function fileMap(): FileMap {
  cachedMap ??= JSON.parse(distFile('files.json')) as FileMap;
  return cachedMap;
}

/**
 * What a page with pre-rendered widgets loads (see docs/ssr.md): `mendkit-hydrate.js`, a
 * one-line file, and the chunk it imports, which holds everything, relative to the same folder.
 */
export function hydrateFiles(): string[] {
  if (!cachedHydrate) {
    const runtime = /^import"\.\/([\w./-]+\.js)";/.exec(distFile('mendkit-hydrate.js'))?.[1];
    if (!runtime) throw new Error('mendkit/preload: dist/mendkit-hydrate.js does not import its runtime chunk');
    cachedHydrate = ['mendkit-hydrate.js', runtime];
  }
  return [...cachedHydrate];
}

/** A file in the folder at `base`, for an attribute value. */
const fileUrl = (base: string, file: string) => escapeAttribute(base.endsWith('/') ? base + file : `${base}/${file}`);

/**
 * The lines that load a page's pre-rendered widgets (docs/ssr.md): a `modulepreload` hint for
 * the runtime chunk, so it is fetched beside its one-line entry rather than after it, and
 * `mendkit-hydrate.js` as the module script, from the folder at `base`.
 */
export function hydrateHead(base = '/mendkit/'): string {
  const [entry, runtime] = hydrateFiles() as [string, string];
  return [
    `<link rel="modulepreload" href="${fileUrl(base, runtime)}">`,
    `<script type="module" src="${fileUrl(base, entry)}"></script>`,
  ].join('\n');
}

/** The kinds the build has widgets for, from its map of files. */
const knownKinds = (files: FileMap) =>
  Object.keys(files)
    .filter((key) => key.startsWith('mend-'))
    .map((key) => key.slice(5));

/** The map's keys for the first screen of these widgets (see first-screen.ts), each kind checked. */
function firstScreenKeysOf({ kinds, lang = 'en', content = 'built-in' }: PreloadOptions, files: FileMap): string[] {
  return kinds.flatMap((kind) => {
    if (!files[`mend-${kind}`])
      throw new Error(`mendkit/preload: no widget of kind "${kind}" (known: ${knownKinds(files).join(', ')})`);
    return firstScreenKeys(`mend-${kind}`, lang, content, files);
  });
}

/** The files of these keys, each once. */
const filesOf = (keys: string[], files: FileMap) => [...new Set(keys.flatMap((key) => files[key] ?? []))];

/**
 * The files the first screen of these widgets needs, relative to the folder of mendkit.js and
 * each once: exactly what mendkit.js requests for them, and what a widget's own file imports and
 * loads. `embedHead` and the WordPress plugin write these into pages.
 */
export function firstScreenFiles(options: PreloadOptions): string[] {
  const files = fileMap();
  return filesOf(firstScreenKeysOf(options, files), files);
}

/**
 * The lines for a page's `<head>`: `reserve.css` (keeps the widgets' place), a `modulepreload`
 * hint for each shared chunk, and as module scripts, in this order: the interface strings, the
 * validator and the built-in content the first screen needs, then each widget's own file.
 *
 * The widgets' own files rather than the autoloader: the page already names its widgets, and a
 * module script's static imports run as soon as the page is parsed, while mendkit.js can only
 * import a widget a task later, once it has run (about 25 ms sooner to the first screen here).
 * The strings, validator and content run first and list themselves as loaded, so the widget's
 * first render shows its content in its language, instead of "Loading…" (or English strings)
 * while it imports them (see decision 0010).
 * Widgets of these kinds added to the page later work too; for other kinds added later, add
 * mendkit.js as well.
 */
export function embedHead(options: PreloadOptions): string {
  const url = (file: string) => fileUrl(options.base ?? '/mendkit/', file);
  const files = fileMap();
  const keys = firstScreenKeysOf(options, files);
  const needed = filesOf(keys, files);
  // Each key's own file comes first in its list (its chunks follow). Module scripts run in order.
  const widget = (key: string) => key.startsWith('mend-');
  const scripts = new Set(
    [...keys.filter((key) => !widget(key)), ...keys.filter(widget)].flatMap((key) => files[key]?.[0] ?? []),
  );
  return [
    `<link rel="stylesheet" href="${url('reserve.css')}">`,
    ...needed.filter((file) => !scripts.has(file)).map((file) => `<link rel="modulepreload" href="${url(file)}">`),
    ...[...scripts].map((file) => `<script type="module" src="${url(file)}"></script>`),
  ].join('\n');
}
