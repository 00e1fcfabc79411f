// The CDN bundle for pre-rendered pages: hydration support, then every element. It exports
// nothing: its types are the tags'.
import '../dist/define.js';

export {};
