// The CDN entry for <mend-checklist> defines it and exports nothing: its types are the tag's.
import '@mendkit/checklist/mend-checklist.js';

export {};
