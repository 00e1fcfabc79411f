// The CDN entry for <mend-explainer> defines it and exports nothing: its types are the tag's.
import '@mendkit/explainer/mend-explainer.js';

export {};
