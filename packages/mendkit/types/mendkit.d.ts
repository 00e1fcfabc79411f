// The CDN bundle defines every element and exports nothing: its types are the tags'.
import '../dist/define.js';

export {};
