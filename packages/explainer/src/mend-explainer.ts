import { MendExplainer } from './explainer.js';

// Guarded, so two copies of mendkit on one page do not throw.
if (!customElements.get('mend-explainer')) customElements.define('mend-explainer', MendExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'mend-explainer': MendExplainer;
  }
}

export { MendExplainer };
