// Hydration support for server-rendered widgets (mendkit/ssr): import it BEFORE anything that
// loads Lit's element class (`mendkit/define.js`, the widget modules), so pre-rendered widgets
// take over their HTML instead of rendering it again. Pages without pre-rendered widgets skip it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
