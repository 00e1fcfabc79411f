// The CDN bundle's entry, a tiny autoloader: it loads a widget's module (the same file as
// mend-<kind>.js, with its chunks) only when that widget's tag is on the page, now or later.
// Whatever the first screen needs next is requested at once, side by side: the widget and its
// chunks, the validator when a widget has unstamped inline content, the interface strings and
// built-in content of the page's language. The interface strings follow the page's language
// (<html lang="es"> is enough), as before. See docs/decisions/0007.
//
// Nothing here is shared with the modules it loads, so no chunk ever imports this file and a
// site may rename or re-host it freely. It keeps no dependencies: every byte delays the rest.

/** Files to request per key (paths relative to this file), written in by the build. */
type Graph = Record<string, string[]>;
const graph = JSON.parse('__MENDKIT_GRAPH__') as Graph;
// The kinds' tags, from the graph's keys ("mend-quiz", …).
const pending = new Set(Object.keys(graph).filter((key) => key.startsWith('mend-')));
const requested = new Set<string>();

function request(key: string): void {
  for (const file of graph[key] ?? []) {
    if (requested.has(file)) continue;
    requested.add(file);
    import(new URL(file, import.meta.url).href).catch((error: unknown) => {
      if (key.startsWith('mend-')) console.error(`[mendkit] could not load <${key}> from ${file}`, error);
      // A chunk requested early is imported again where it is needed, and fails there in words.
    });
  }
}

/** The language a widget shows first: its own `lang` or the closest ancestor's, else English. */
const languageOf = (el: Element) =>
  /^[a-z]*/.exec((el.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase())?.[0];

function discover(root: Element | Document): void {
  for (const tag of pending) {
    const found = [...root.querySelectorAll(tag)];
    if (root instanceof Element && root.localName === tag) found.push(root);
    if (!found.length) continue;
    pending.delete(tag);
    if (customElements.get(tag)) continue; // another copy of mendkit defined it
    const kind = tag.slice(5);
    request(tag);
    for (const el of found) {
      const lang = languageOf(el);
      request(`strings-${lang}`);
      const inline = el.querySelector(':scope > script[type="application/json"]');
      if (inline) {
        // Stamped content skips the validator unless the stamp no longer matches (rare).
        if (!inline.textContent?.includes('"$validated"')) request(`validate-${kind}`);
      } else if (!el.hasAttribute('src')) request(`${kind}-content-${graph[`${kind}-content-${lang}`] ? lang : 'en'}`);
    }
  }
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
});
observer.observe(document.documentElement, { childList: true, subtree: true });
discover(document);
