// The CDN bundle's entry, a tiny autoloader: it loads a widget's module (the same file as
// mend-<kind>.js, with its chunks) only when that widget's tag is on the page, now or later.
// Whatever the first screen needs next is requested at once, side by side: the widget and its
// chunks, the validator when a widget has unstamped inline content, the interface strings and
// built-in content of the page's language; the widget's own file runs last (see load). The
// interface strings follow the page's language (<html lang="es"> is enough), as before. See
// docs/decisions/0007 and 0010.
//
// Nothing here is shared with the modules it loads, so no chunk ever imports this file and a
// site may rename or re-host it freely. Its one import is the small rule of what a first screen
// needs, shared with `mendkit/preload` so a page's preload hints match these requests exactly.
import { firstScreenKeys, languageKey, type FileMap } from '../src/first-screen.js';

/** Files to request per key (paths relative to this file), written in by the build. */
const graph = JSON.parse('__MENDKIT_GRAPH__') as FileMap;
// The kinds' tags, from the graph's keys ("mend-quiz", …).
const pending = new Set(Object.keys(graph).filter((key) => key.startsWith('mend-')));
const requested = new Map<string, Promise<unknown>>();

/** Imports a key's files (each once); resolves when its own file, the first, has run. */
function request(key: string): Promise<unknown> {
  const runs = (graph[key] ?? []).map((file) => {
    let loading = requested.get(file);
    if (!loading) {
      loading = import(new URL(file, import.meta.url).href);
      loading.catch((error: unknown) => {
        if (key.startsWith('mend-')) console.error(`[mendkit] could not load <${key}> from ${file}`, error);
        // A chunk requested early is imported again where it is needed, and fails there in words.
      });
      requested.set(file, loading);
    }
    return loading;
  });
  return runs[0] ?? Promise.resolve();
}

/**
 * Loads what a widget's first screen needs. Its strings, content and validator run before the
 * widget's own file, which meanwhile is only fetched (see discover): they list themselves as
 * loaded, so the widget's first render shows its content in its language instead of "Loading…",
 * as with the head `mendkit/preload` writes, where module scripts run in order.
 */
function load(tag: string, keys: string[]): void {
  const ahead = keys.filter((key) => key !== tag).map(request);
  void Promise.allSettled(ahead).then(() => {
    void request(tag);
  });
}

/** Fetches a file without running it. */
function fetchOnly(file: string | undefined): void {
  if (!file) return;
  const hint = document.createElement('link');
  hint.rel = 'modulepreload';
  hint.href = new URL(file, import.meta.url).href;
  document.head.append(hint);
}

/** The language a widget shows first: its own `lang` or the closest ancestor's, else English. */
const languageOf = (el: Element) => languageKey(el.closest('[lang]')?.getAttribute('lang'));

/** Where a widget's content comes from; stamped content skips the validator (see first-screen). */
function contentOf(el: Element) {
  const inline = el.querySelector(':scope > script[type="application/json"]');
  if (inline) return inline.textContent?.includes('"$validated"') ? 'stamped' : 'inline';
  return el.hasAttribute('src') ? 'src' : 'built-in';
}

function discover(root: Element | Document): void {
  for (const tag of pending) {
    const found = [...root.querySelectorAll(tag)];
    if (root instanceof Element && root.localName === tag) found.push(root);
    if (!found.length) continue;
    pending.delete(tag);
    if (customElements.get(tag)) continue; // another copy of mendkit defined it
    fetchOnly(graph[tag]?.[0]);
    for (const el of found) load(tag, firstScreenKeys(tag, languageOf(el), contentOf(el), graph));
  }
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
});
observer.observe(document.documentElement, { childList: true, subtree: true });
discover(document);
