/**
 * Which files a widget's first screen needs: one rule, used by the autoloader (mendkit.js) in
 * the browser and by `mendkit/preload` on a server, so a page's preload hints name exactly what
 * the autoloader will ask for. No DOM and no Node here.
 */

/**
 * The build's map of files (`dist/files.json`, also written into mendkit.js): for each key
 * (`mend-quiz`, `validate-quiz`, `strings-es`, `quiz-content-en`), the file and every chunk it
 * imports statically, as paths relative to the folder of mendkit.js.
 */
export type FileMap = Record<string, string[]>;

/**
 * Where a widget's content comes from: its built-in document, inline JSON that was stamped by
 * `mendkit validate --stamp`, inline JSON without a stamp (checked in the browser), or `src`.
 */
export type ContentSource = 'built-in' | 'stamped' | 'inline' | 'src';

/** The primary language subtag the files are named by: `es-MX` → `es`; empty means English. */
export const languageKey = (lang: string | null | undefined): string =>
  /^[a-z]*/.exec((lang || 'en').toLowerCase())?.[0] || 'en';

/**
 * The map's keys for one widget: its module, the interface strings of its language, and the
 * validator or the built-in content its content source calls for. Keys the map lacks (English
 * strings are built in) are simply not files.
 */
export function firstScreenKeys(tag: string, lang: string, content: ContentSource, files: FileMap): string[] {
  const kind = tag.replace(/^mend-/, '');
  const language = languageKey(lang);
  const keys = [tag, `strings-${language}`];
  if (content === 'inline') keys.push(`validate-${kind}`);
  if (content === 'built-in') keys.push(`${kind}-content-${files[`${kind}-content-${language}`] ? language : 'en'}`);
  return keys;
}
