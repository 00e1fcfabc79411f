// CDN entry for a page that wants only <mend-explainer>.
import '@mendkit/core/localize.js';
import '@mendkit/explainer/mend-explainer.js';
