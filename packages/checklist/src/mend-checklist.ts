import { MendChecklist } from './checklist.js';

// Guarded, so two copies of mendkit on one page do not throw.
if (!customElements.get('mend-checklist')) customElements.define('mend-checklist', MendChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'mend-checklist': MendChecklist;
  }
}

export { MendChecklist };
