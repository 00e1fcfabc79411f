// CDN entry for pages with server-rendered widgets: hydration support first (it must run before
// Lit's element class is evaluated), then everything mendkit.js has. Use it instead of
// mendkit.js, not beside it: each CDN file carries its own copy of Lit.
import '../src/hydrate.js';
import '@mendkit/core/localize.js';
import '../src/define.js';
