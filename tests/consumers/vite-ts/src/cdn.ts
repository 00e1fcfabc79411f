// The CDN entries have types too: importing one types its tags.
import 'mendkit/mend-quiz.js';
import 'mendkit/mendkit.js';

const checklist: HTMLElementTagNameMap['mend-checklist'] = document.createElement('mend-checklist');
checklist.addEventListener('mend-change', (event) => console.log(event.detail.contentId));
