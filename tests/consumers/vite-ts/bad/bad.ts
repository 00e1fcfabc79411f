import 'mendkit/define.js';
import type { ChecklistContent } from 'mendkit';

declare const checklist: ChecklistContent;
document.createElement('mend-quiz').addEventListener('mend-complete', (event) => event.detail.contentid); // EXPECT-ERROR
document.createElement('mend-quiz').content = checklist; // EXPECT-ERROR
document.createElement('mend-explainer').content = { kind: 'explainer' }; // EXPECT-ERROR
document.addEventListener('mend-answer', (event) => event.detail.versoin); // EXPECT-ERROR
