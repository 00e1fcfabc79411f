import { MendNote } from './note.js';

if (!customElements.get('mend-note')) customElements.define('mend-note', MendNote);

declare global {
  interface HTMLElementTagNameMap {
    'mend-note': MendNote;
  }
}

export { MendNote };
