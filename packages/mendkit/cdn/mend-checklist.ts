// CDN entry for a page that wants only <mend-checklist>.
import '@mendkit/core/localize.js';
import '@mendkit/checklist/mend-checklist.js';
